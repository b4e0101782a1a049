import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CoachTimeoutError } from '../../src/coach-worker.ts';
import { buildTimedOut } from '../../src/slack/views/messages.ts';
import { postSlashCommand } from '../helpers/slack-requests.ts';
import { type Harness, startHarness } from './harness.ts';

const SECRET = 'heron-basalt-private-draft';

describe('a coach call that runs out of time, over HTTP', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({
      coach: (local) => ({
        ...local,
        review: async () => {
          throw new CoachTimeoutError();
        },
      }),
    });
  });
  afterAll(async () => h?.close());

  it('asks the user kindly for a shorter version and logs only the kind', async () => {
    await postSlashCommand(h.target, {
      text: `Here is my very long draft ${SECRET}`,
      user_id: 'U0SLOW',
      channel_id: 'C0SLOW',
      response_url: h.fake.responseUrl('slow'),
    });
    const { body } = await h.fake.waitForResponse('slow');
    expect(body.text).toBe(buildTimedOut().text);
    expect(body.text).toMatch(/shorter version/);
    const line = h.logs
      .map((l) => JSON.parse(l) as Record<string, unknown>)
      .find((l) => l.msg === 'slack handler failed' && l.user === 'U0SLOW');
    expect(line).toMatchObject({ kind: 'CoachTimeoutError', surface: 'command' });
    expect(h.logs.join('')).not.toContain(SECRET);
  });
});
