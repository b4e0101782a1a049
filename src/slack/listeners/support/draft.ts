/** The checks every draft or situation goes through before the coach sees it. */
import { isBlankDraft } from '../../../coach/draft-text.ts';
import { MAX_DRAFT_CHARS } from '../../../coach/schemas.ts';

export type DraftCheck =
  | { ok: true; draft: string }
  | { ok: false; reason: 'empty' }
  | { ok: false; reason: 'too-long'; length: number };

/** Slack sends &, < and > as entities in message and command text; the coach wants the characters. */
export function unescapeSlack(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

export function checkDraft(text: string | null | undefined): DraftCheck {
  const draft = unescapeSlack(text ?? '').trim();
  if (isBlankDraft(draft)) return { ok: false, reason: 'empty' };
  if (draft.length > MAX_DRAFT_CHARS) return { ok: false, reason: 'too-long', length: draft.length };
  return { ok: true, draft };
}
