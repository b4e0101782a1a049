import { describe, expect, it } from 'vitest';
import { cuesIn, heatPackFor } from '../../src/coach/heat/cues.ts';
import { HeatDetector, measureMessage } from '../../src/coach/heat.ts';
import { lowerSameLength } from '../../src/coach/local/analysis/compile.ts';
import { analyze } from '../../src/coach/local/analyze.ts';

/** Feeds a thread a minute apart, as the Slack layer does; returns how many reminders it got. */
function reminders(messages: [string, string][]): number {
  const detector = new HeatDetector();
  return messages.filter(
    ([user, text], i) =>
      detector.observe(
        { channel: 'C1', thread: 't', user, at: i * 60_000, measure: measureMessage(text, analyze(text)) },
        { sensitivity: 'medium' },
      ).remind,
  ).length;
}

describe('thread heat from acts', () => {
  it('reminds a sarcastic exchange with 🙃 and mock agreement, once', () => {
    const n = reminders([
      ['a', 'Release is moved to Friday.'],
      ['b', 'Wow, great planning as always 🙃'],
      ['a', 'It was moved because QA found blockers.'],
      ['b', 'Sure, sure. Totally unexpected 🙃'],
      ['c', 'Can we not do this here?'],
      ['b', "Oh absolutely, let's keep pretending everything's fine 🙂"],
      ['a', 'Great, thanks for the support 🙃'],
    ]);
    expect(n).toBe(1);
  });

  it('stays quiet in an incident channel in capitals', () => {
    const n = reminders([
      ['a', 'PROD IS DOWN. API returning 500s for all EU customers!!'],
      ['b', 'ON IT. Checking the load balancer now.'],
      ['c', 'KILL THE JOB NOW'],
      ['a', 'AWARIA! Płatności nie przechodzą od 10 minut!!!'],
      ['b', 'Confirmed, 200s are back.'],
    ]);
    expect(n).toBe(0);
  });

  it('stays quiet in banter with mock insults and laughing emoji', () => {
    const n = reminders([
      ['a', 'Who ate the last slice of cake 😂'],
      ['b', 'You absolute monster, I saw the crumbs on your desk 😂'],
      ['c', "You're the worst, you know that 😂 bring a cake tomorrow"],
      ['a', 'ty idioto 😂😂'],
    ]);
    expect(n).toBe(0);
  });
});

describe('heat packs', () => {
  for (const lang of ['en', 'pl'] as const) {
    for (const rule of heatPackFor(lang).rules) {
      it(`${rule.id} matches its examples and not its counter-examples`, () => {
        const hit = (s: string) => rule.patterns.some((re) => re.test(lowerSameLength(s).trim()));
        for (const s of rule.examples.match) expect(hit(s), s).toBe(true);
        for (const s of rule.examples.noMatch) expect(hit(s), s).toBe(false);
      });
    }
  }
  it('reads cues through cuesIn', () => {
    expect(cuesIn(heatPackFor('en'), 'noted.', 'cold').has('cold')).toBe(true);
  });
});
