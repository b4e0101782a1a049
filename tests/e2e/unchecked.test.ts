import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postSlashCommand } from '../helpers/slack-requests.ts';
import { type Harness, startHarness } from './harness.ts';

describe('/coach with a draft in a language the offline coach cannot read', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => h?.close());

  it('says plainly it cannot check it, with no "Calm · Good to send" and no rewrites', async () => {
    await postSlashCommand(h.target, {
      text: 'Das ist jetzt schon das dritte Mal, dass die Frist verpasst wurde. Kannst du das bitte klären?',
      response_url: h.fake.responseUrl('german'),
    });
    const { body } = await h.fake.waitForResponse('german');
    const blocks = JSON.stringify(body.blocks);
    expect(blocks).toContain("I can't check this language offline.");
    expect(blocks).toContain('The AI coach can check other languages');
    expect(blocks).not.toContain('Calm');
    expect(blocks).not.toContain('Good to send');
    expect(blocks).not.toContain('Ways to say it');
    expect(body.text).toBe(
      "Parley couldn't check this draft: the offline coach reads English and Polish only.",
    );
  });
});
