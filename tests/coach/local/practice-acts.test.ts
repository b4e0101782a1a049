/**
 * Practice reads each user turn by its acts (acts/*): an ultimatum never buys a concession from the
 * counterpart, and the debrief names the threats, reproaches and concessions, each with its turn.
 */
import { describe, expect, it } from 'vitest';
import { analyzeActs } from '../../../src/coach/local/acts/analyze-acts.ts';
import { LANGS } from '../../../src/coach/local/packs.ts';
import { loadCounterpart } from '../../../src/coach/local/plans/counterpart-pack.ts';
import { debriefPractice, practiceTurn } from '../../../src/coach/local/practice.ts';
import { PracticeFeedback, PracticeReply, type PracticeTurnInput } from '../../../src/coach/schemas.ts';
import { TechniqueLibrary } from '../../../src/coach/techniques.ts';

const techniques = TechniqueLibrary.load();
const RENEWAL = 'Our client wants 25% off the renewal and threatens to go to a competitor.';
const RENEWAL_PL = 'Klient chce 25% rabatu przy odnowieniu, inaczej przejdzie do konkurencji.';

function play(situation: string, userLines: string[]) {
  const turns: PracticeTurnInput[] = [];
  const replies: PracticeReply[] = [];
  const first = practiceTurn({ situation, turns: [] }, techniques);
  turns.push({ role: 'counterpart', text: first.text });
  replies.push(first);
  for (const line of userLines) {
    turns.push({ role: 'user', text: line });
    const reply = practiceTurn({ situation, turns: [...turns] }, techniques);
    expect(PracticeReply.parse(reply)).toEqual(reply);
    replies.push(reply);
    turns.push({ role: 'counterpart', text: reply.text });
  }
  return { turns, replies };
}

describe('the counterpart and an ultimatum', () => {
  it('names the ultimatum and holds its position instead of moving toward a deal', () => {
    const { replies } = play(RENEWAL, [
      'What budget are you working with?',
      'Sign the renewal by Friday or we walk.',
    ]);
    const reply = replies[2]!;
    expect(reply.stance).toBe('harder');
    expect(reply.move).toBe('push');
    expect(reply.text).toMatch(/ultimatum|threat|take-it-or-leave-it/i);
    expect(reply.text).toContain('25%');
    expect(reply.aside).toContain('Sign the renewal by Friday or we walk.');
  });

  it('never reaches agreement through threats', () => {
    const { replies } = play(RENEWAL, [
      'Sign by Friday or we walk.',
      'Accept our price or we walk away from this deal.',
      'Sign by Monday or we walk.',
      'Sign it now or we walk.',
    ]);
    expect(replies.slice(1).every((r) => r.move === 'push' && r.stance === 'harder')).toBe(true);
  });

  it('does the same in Polish', () => {
    const { replies } = play(RENEWAL_PL, ['Albo podpiszecie do piątku, albo koniec współpracy.']);
    const reply = replies[1]!;
    expect(reply.language).toBe('pl');
    expect(reply.stance).toBe('harder');
    expect(reply.text).toMatch(/ultimatum|groźb|albo, albo/);
    expect(reply.move).not.toBe('agree');
  });
});

describe('the debrief names threats, reproaches and concessions with their turn', () => {
  it('in English', () => {
    const { turns } = play(RENEWAL, [
      'What matters most to you in this renewal?',
      'Sign by Friday or we walk.',
      "You always squeeze us, it's your fault.",
      'We can give you 10% off.',
      'We can do 15% off if you sign for two years.',
    ]);
    const feedback = debriefPractice({ situation: RENEWAL, turns }, techniques);
    expect(PracticeFeedback.parse(feedback)).toEqual(feedback);
    const byKind = (kind: string) => feedback.slips.filter((s) => s.kind === kind).map((s) => s.note);
    expect(byKind('threat')).toEqual([expect.stringMatching(/^Turn 2: "Sign by Friday or we walk\."/)]);
    expect(byKind('reproach').join(' ')).toMatch(/^Turn 3: "You always squeeze us, it's your fault\."/);
    expect(byKind('concession')).toEqual([
      expect.stringMatching(/^Turn 4: you conceded "We can give you 10% off\."/),
    ]);
    // A trade is not a slip: it is named as a strength, with its turn.
    expect(feedback.strengths.map((s) => s.note).join(' ')).toMatch(/Turn 5: you traded rather than gave/);
    expect(feedback.slips.map((s) => s.note).join(' ')).not.toMatch(/Turn 1|Turn 5/);
    expect(feedback.nextTime.join(' ')).toMatch(/in return/);
  });

  it('in Polish', () => {
    const { turns } = play(RENEWAL_PL, [
      'Albo podpiszecie do piątku, albo koniec współpracy.',
      'Znowu nie przeczytaliście umowy.',
      'Możemy dać 10% rabatu.',
    ]);
    const feedback = debriefPractice({ situation: RENEWAL_PL, turns }, techniques);
    const notes = (kind: string) =>
      feedback.slips
        .filter((s) => s.kind === kind)
        .map((s) => s.note)
        .join(' ');
    expect(notes('threat')).toMatch(/^Wypowiedź 1: „Albo podpiszecie/);
    expect(notes('reproach')).toMatch(/^Wypowiedź 2: „Znowu nie przeczytaliście umowy\.”/);
    expect(notes('concession')).toMatch(/^Wypowiedź 3: oddałeś „Możemy dać 10% rabatu\.”/);
  });

  it('a calm practice has nothing to name', () => {
    const { turns } = play(RENEWAL, ['I understand the budget pressure. What are you comparing us with?']);
    expect(debriefPractice({ situation: RENEWAL, turns }, techniques).slips).toEqual([]);
  });
});

describe.each(LANGS)('packs/%s/counterpart.yml examples', (lang) => {
  const pack = loadCounterpart(lang);
  const acts = (text: string) =>
    analyzeActs(text, { language: lang }).reading!.sentences.flatMap((s) => s.acts);
  it.each(pack.examples.threat)('"%s" reads as a threat', (text) => expect(acts(text)).toContain('threat'));
  it.each(pack.examples.reproach)('"%s" reads as a reproach', (text) => {
    const situation = lang === 'pl' ? RENEWAL_PL : RENEWAL;
    const feedback = debriefPractice({ situation, turns: [{ role: 'user', text }] }, techniques);
    expect(feedback.slips.map((s) => s.kind)).toContain('reproach');
  });
  it.each([...pack.examples.concession, ...pack.examples.trade])('"%s" is an offer', (text) =>
    expect(acts(text)).toContain('proposal'),
  );
});
