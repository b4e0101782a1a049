import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/coach/local/analyze.ts';
import { buildCues } from '../../../src/coach/local/cues.ts';
import { CONTEXTS } from '../../../src/coach/schemas.ts';

const TENSE_EN =
  "You never answer my messages. I've asked about ticket #4521 three times since Monday. Reply TODAY, no excuses.";
const ESCALATION_PL = 'Jeśli do czwartku nie skończysz JIRA-123, to idę z tym do Twojego szefa.';

function cues(draft: string, context: (typeof CONTEXTS)[number] | null = null): string[] {
  return buildCues(draft, analyze(draft, { context }), { context });
}

describe('buildCues', () => {
  it.each([...CONTEXTS, null])('gives two to five distinct cues (context %s)', (context) => {
    const list = cues(TENSE_EN, context);
    expect(list.length).toBeGreaterThanOrEqual(2);
    expect(list.length).toBeLessThanOrEqual(5);
    expect(new Set(list).size).toBe(list.length);
  });

  it('tunes the cues to who the message is for', () => {
    expect(cues(TENSE_EN, 'report').join(' ')).toMatch(/privately/);
    expect(cues(TENSE_EN, 'report').join(' ')).toMatch(/the work, not the person/);
    expect(cues(TENSE_EN, 'boss').join(' ')).toMatch(/impact on goals/);
    expect(cues(TENSE_EN, 'client').join(' ')).toMatch(/relationship separate from the price/);
  });

  it('sends the writer to the person directly when the draft goes over their head', () => {
    const list = cues(ESCALATION_PL);
    expect(list[0]).toMatch(/bezpośrednio z tą osobą/);
  });

  it('suggests a break when the draft is heated', () => {
    const draft = 'What kind of idiot writes code like this? Fix the tests in PR 212 immediately.';
    expect(analyze(draft).risk.level).toBe('heated');
    expect(cues(draft).join(' ')).toMatch(/break/);
  });

  it('asks for a question before a proposal and names the shared goal', () => {
    const list = cues(TENSE_EN, 'peer').join(' ');
    expect(list).toMatch(/question/);
    expect(list).toMatch(/goal you both share/);
  });

  it('answers in Polish for a Polish draft', () => {
    for (const cue of cues(ESCALATION_PL, 'peer')) expect(cue).toMatch(/[ąćęłńóśźż]/);
  });

  it('opens with "reads well" for a calm draft', () => {
    expect(cues('Hi Marek, could you send the Q3 report by Thursday? Thanks!')[0]).toMatch(
      /reads calm and clear/,
    );
    expect(cues('Cześć Kasiu, czy możesz przesłać raport za marzec do czwartku? Dzięki!')[0]).toMatch(
      /Brzmi spokojnie/,
    );
  });

  it('says in English what the offline coach can do for an unsupported language', () => {
    const list = cues('Das ist völlig inakzeptabel!!!');
    expect(list[0]).toMatch(/English and Polish/);
    expect(list.length).toBeGreaterThanOrEqual(2);
  });
});
