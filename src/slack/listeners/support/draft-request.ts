/**
 * In a DM, a message asks for a review of a draft with "review this: …", "check: …",
 * "sprawdź: …", or a quoted message. The words live with the rest of the DM routing in
 * src/coach/dm-intent.ts.
 */
export { draftToReview } from '../../../coach/dm-intent.ts';
