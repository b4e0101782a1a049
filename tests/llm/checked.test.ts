/**
 * `checked` on the model engine: the model reads every language, so a review it answered is
 * checked; when the offline coach stands in for it on a German draft, the review says it is not.
 * The model is never asked for the field: code sets it, so a model cannot claim it.
 */
import { zodResponseFormat } from 'openai/helpers/zod';
import { afterEach, describe, expect, it } from 'vitest';
import { Review } from '../../src/coach/schemas.ts';
import { OUTPUTS } from '../../src/llm/outputs.ts';
import { goodReview, type Harness, harness } from './fixtures.ts';

const GERMAN = 'Das ist jetzt schon das dritte Mal, dass die Frist verpasst wurde. Mach es endlich!';

let h: Harness | undefined;
afterEach(async () => {
  await h?.fake.close();
  h = undefined;
});

describe('checked on the model engine', () => {
  it('is true when the model answered a German draft', async () => {
    h = await harness();
    h.fake.enqueue({
      json: {
        ...goodReview(),
        language: 'de',
        flags: [],
        rewrites: [
          {
            technique: 'shared-purpose',
            text: 'Uns beiden ist die Frist wichtig. Können wir kurz besprechen, was beim nächsten Mal hilft?',
            why: 'Beginnt mit dem gemeinsamen Ziel.',
          },
        ],
      },
    });
    const review = Review.parse(await h.coach.review(GERMAN));
    expect(review).toMatchObject({ engine: 'openai', language: 'de', checked: true });
  });

  it('is false when the offline coach answered the German draft instead, and it offers no rewrites', async () => {
    h = await harness();
    h.fake.enqueue({ content: '' });
    const notices: string[] = [];
    const review = await h.coach.review(GERMAN, { notify: (n) => notices.push(n) });
    expect(notices).toEqual(['fallback']);
    expect(review).toMatchObject({ engine: 'local', checked: false, rewrites: [] });
  });

  it('is never part of what the model is asked for, in reviews or readings', () => {
    for (const name of ['Review', 'Reading'] as const) {
      const json = zodResponseFormat(OUTPUTS[name], name).json_schema.schema as { properties: object };
      expect(Object.keys(json.properties)).not.toContain('checked');
    }
  });

  it('ignores a model that sends checked: false of its own accord', async () => {
    h = await harness();
    h.fake.enqueue({ json: { ...goodReview(), checked: false } });
    const review = await h.coach.review('You ALWAYS miss deadlines. Fix it NOW.');
    expect(review.checked).toBe(true);
  });
});
