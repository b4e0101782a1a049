import { describe, expect, it } from 'vitest';
import { analyze, RISK_THRESHOLDS } from '../../../src/coach/local/analyze.ts';
import type { Flag, FlagKind } from '../../../src/coach/schemas.ts';
import { FLAG_KINDS } from '../../../src/coach/schemas.ts';

/** The one flag of `kind` in `draft`, with its exact span checked against the draft. */
function flagOf(draft: string, kind: FlagKind): Flag {
  const flags = analyze(draft).flags.filter((f) => f.kind === kind);
  expect(flags, `${kind} flags in: ${draft}`).toHaveLength(1);
  const flag = flags[0]!;
  expect(draft.slice(flag.start, flag.end)).toBe(flag.text);
  return flag;
}

function expectSpan(draft: string, kind: FlagKind, text: string): Flag {
  const flag = flagOf(draft, kind);
  const start = draft.indexOf(text);
  expect({ start: flag.start, end: flag.end, text: flag.text }).toEqual({
    start,
    end: start + text.length,
    text,
  });
  return flag;
}

describe('English flags with exact spans', () => {
  const cases: [FlagKind, string, string][] = [
    ['absolute', 'You always ignore my messages.', 'always'],
    ['absolute', 'You’re never on time for the standup.', 'never'],
    ['absolute', 'Every single time you push, the build breaks.', 'Every single time'],
    ['blame', "Honestly, you don't care about this project.", "you don't care"],
    ['blame', 'You messed up the release notes.', 'You messed up'],
    ['blame', 'This is your fault.', 'This is your fault'],
    ['blame', 'You clearly didn’t read the spec.', 'You clearly didn’t read'],
    ['insult', 'That plan is ridiculous.', 'ridiculous'],
    ['insult', "You're incompetent.", "You're incompetent"],
    ['insult', 'What an idiot move.', 'idiot'],
    ['sarcasm', 'Oh great, the deploy failed again.', 'Oh great'],
    ['sarcasm', 'Thanks a lot for breaking the build.', 'Thanks a lot'],
    ['sarcasm', 'Must be nice to leave at three.', 'Must be nice'],
    ['threat', 'Send it by noon or else.', 'or else'],
    ['threat', "Do this again and you'll regret it.", "you'll regret"],
    ['threat', 'Consider this your final notice.', 'Consider this your final notice'],
    ['threat', "If you don't reply today, I will cancel the contract.", "If you don't reply today, I will"],
    ['passive-aggressive', 'Per my last email, the file is attached.', 'Per my last email'],
    ['passive-aggressive', 'As I already explained, the API is read-only.', 'As I already explained'],
    ['passive-aggressive', 'With all due respect, that is not how it works.', 'With all due respect'],
    ['passive-aggressive', 'No offense, but the design is dated.', 'No offense, but'],
    ['passive-aggressive', 'Thanks for finally replying.', 'Thanks for finally replying'],
    ['passive-aggressive', 'Just a friendly reminder that the form is due.', 'Just a friendly reminder'],
    ['non-apology', "I'm sorry if you felt left out.", "I'm sorry if you felt"],
    ['non-apology', "I'm sorry, but the deadline stands.", "I'm sorry, but"],
    ['non-apology', 'Sorry if anyone was offended by the joke.', 'Sorry if anyone was offended'],
    ['dismissive', 'Calm down, it is one bug.', 'Calm down'],
    ['dismissive', "That's not my problem.", "That's not my problem"],
    ['dismissive', "It's not a big deal.", "It's not a big deal"],
    ['dismissive', 'Fine. Whatever.', 'Whatever'],
    ['escalation', "I'll tell your boss about this.", "I'll tell your boss"],
    ['escalation', 'I will escalate this to your manager.', 'I will escalate this to your manager'],
    ['escalation', "Then I'm going over your head.", 'going over your head'],
    [
      'manipulation',
      'After everything I’ve done for you, this is how you thank me.',
      'After everything I’ve done for you',
    ],
    ['manipulation', 'Everyone else already agreed to the new terms.', 'Everyone else already agreed'],
    ['manipulation', 'Sign today or we walk.', 'today or we walk'],
    ['manipulation', 'We expect 50% off the renewal.', 'We expect 50% off'],
    ['demand', 'No excuses this time.', 'No excuses'],
    ['demand', "I don't want to hear it.", "I don't want to hear it"],
    ['demand', 'Fix it now.', 'Fix it now'],
    ['shouting', 'Please READ the ticket before you ask.', 'READ'],
    ['shouting', 'Where is the deck??', '??'],
    ['shouting', 'ANSWER ME TODAY.', 'ANSWER ME TODAY'],
    ['threat', "Pay by Friday or I'm pulling you off the project.", "or I'm pulling you off the project"],
    ['threat', 'This is your last chance.', 'This is your last chance'],
    ['escalation', "I'm escalating this to Mark.", "I'm escalating this to Mark"],
    ['insult', 'Who the hell approved this?', 'Who the hell'],
    ['blame', "I'm sick of covering for you.", "I'm sick of"],
    ['blame', 'You keep ignoring me.', 'You keep ignoring'],
    ['passive-aggressive', 'Not sure why this is so hard.', 'Not sure why this is so hard'],
    [
      'passive-aggressive',
      'Maybe if your team read the docs, this would not happen.',
      'Maybe if your team read',
    ],
    ['dismissive', "That's not going to happen.", "That's not going to happen"],
    ['demand', 'The report is due Friday, no exceptions.', 'no exceptions'],
  ];
  it.each(cases)('flags %s in "%s" as exactly "%s"', (kind, draft, text) => {
    expectSpan(draft, kind, text);
  });

  it('explains every flag and suggests an alternative in English', () => {
    const { flags } = analyze("You never listen. I'll tell your boss!!!");
    expect(flags.length).toBeGreaterThan(0);
    for (const f of flags) {
      expect(f.why.length).toBeGreaterThan(20);
      expect(f.why).toMatch(/[a-z]/);
    }
  });
});

describe('Polish flags with exact spans', () => {
  const cases: [FlagKind, string, string][] = [
    ['absolute', 'Zawsze się spóźniasz na spotkania.', 'Zawsze'],
    ['absolute', 'Ty nigdy nie odpisujesz na czas.', 'nigdy'],
    ['absolute', 'Za każdym razem zapominasz o raporcie.', 'Za każdym razem'],
    ['blame', 'Wiem, że nie obchodzi cię ten projekt.', 'nie obchodzi cię'],
    ['blame', 'To twoja wina.', 'To twoja wina'],
    ['blame', 'Zawaliłaś termin.', 'Zawaliłaś'],
    ['insult', 'Ten raport jest żałosny.', 'żałosny'],
    ['insult', 'Jesteś niekompetentny.', 'Jesteś niekompetentny'],
    ['insult', 'Co za idiota to wdrożył?', 'idiota'],
    ['sarcasm', 'No super, znowu nie działa.', 'No super'],
    ['sarcasm', 'Brawo, znowu spóźnienie.', 'Brawo'],
    ['threat', 'Oddaj to dziś, bo inaczej będzie problem.', 'bo inaczej'],
    ['threat', 'Pożałujesz tego.', 'Pożałujesz'],
    ['threat', 'To ostatnie ostrzeżenie.', 'To ostatnie ostrzeżenie'],
    [
      'threat',
      'Jeśli nie zapłacisz do piątku, to zgłosimy sprawę windykacji.',
      'Jeśli nie zapłacisz do piątku, to zgłosimy',
    ],
    ['passive-aggressive', 'Jak już pisałam, plik jest w folderze.', 'Jak już pisałam'],
    [
      'passive-aggressive',
      'Zgodnie z moim poprzednim mailem, termin to piątek.',
      'Zgodnie z moim poprzednim mailem',
    ],
    ['passive-aggressive', 'Z całym szacunkiem, to nie tak.', 'Z całym szacunkiem'],
    ['passive-aggressive', 'Bez urazy, ale to słaby pomysł.', 'Bez urazy, ale'],
    ['passive-aggressive', 'Dzięki, że w końcu odpisałeś.', 'Dzięki, że w końcu'],
    ['non-apology', 'Przepraszam, jeśli poczułeś się urażony.', 'Przepraszam, jeśli poczułeś się'],
    ['non-apology', 'Przepraszam, ale termin jest nieprzekraczalny.', 'Przepraszam, ale'],
    ['non-apology', 'Przykro mi, że tak to odebrałeś.', 'Przykro mi, że tak to odebrałeś'],
    ['dismissive', 'Uspokój się, to tylko błąd.', 'Uspokój się'],
    ['dismissive', 'To nie mój problem.', 'To nie mój problem'],
    ['dismissive', 'Dobra, jak tam chcesz.', 'jak tam chcesz'],
    ['dismissive', 'Wszystko jedno.', 'Wszystko jedno'],
    ['escalation', 'Powiem twojemu szefowi.', 'Powiem twojemu szefowi'],
    ['escalation', 'Zgłoszę to do twojego przełożonego.', 'Zgłoszę to do twojego przełożonego'],
    ['escalation', 'Eskaluję to jutro.', 'Eskaluję to'],
    [
      'manipulation',
      'Po tym wszystkim, co dla ciebie zrobiłem, tak mi dziękujesz?',
      'Po tym wszystkim, co dla ciebie zrobiłem',
    ],
    ['manipulation', 'Wszyscy inni już się zgodzili.', 'Wszyscy inni już się zgodzili'],
    ['demand', 'Bez wymówek tym razem.', 'Bez wymówek'],
    ['demand', 'Natychmiast to popraw.', 'Natychmiast to popraw'],
    ['shouting', 'Przeczytaj TERAZ ten mail.', 'TERAZ'],
    ['absolute', 'Zawsze muszę ci przypominać o raporcie.', 'Zawsze'],
    ['non-apology', 'Przykro mi, jeśli poczuł się Pan urażony.', 'Przykro mi, jeśli poczuł się Pan urażony'],
    ['threat', 'Oddajcie kod do piątku albo wylatujecie z projektu.', 'albo wylatujecie z projektu'],
    ['escalation', 'Pana szef się o tym dowie.', 'Pana szef się o tym dowie'],
    ['insult', 'To jest kpina.', 'To jest kpina'],
    ['blame', 'Mam tego dość.', 'Mam tego dość'],
    ['dismissive', 'Nie ma takiej opcji.', 'Nie ma takiej opcji'],
    ['demand', 'Raport do piątku, bez wyjątków.', 'bez wyjątków'],
  ];
  it.each(cases)('flags %s in "%s" as exactly "%s"', (kind, draft, text) => {
    expect(analyze(draft).language).toBe('pl');
    expectSpan(draft, kind, text);
  });

  it('explains flags in Polish for Polish drafts', () => {
    const flag = flagOf('To twoja wina.', 'blame');
    expect(flag.why).toMatch(/[ąćęłńóśźż]/);
    expect(flag.suggestion).toMatch(/[ąćęłńóśźż]/);
  });
});

const CALM_EN = [
  'Could you please send the report by Friday?',
  'Thanks, that works.',
  'Never mind, found it.',
  'I always appreciate your help.',
  'This never happened before, so I opened a ticket with the vendor.',
  'Quick status update: the PR is merged, QA starts tomorrow and the PDF export ships in Q3.',
  'FYI the invoice INV-2041 was paid on Monday.',
  'Can you review this ASAP? The demo is at 3pm.',
  'Hi Anna, thanks for the draft. I think we could shorten the intro a bit. What do you think?',
  'Always happy to help, just ping me.',
  'How does that look from your side?',
  'What would work for you?',
  'Could we move the sync to Thursday? Tuesday is packed for our team.',
  'Sorry for the delay, I was out sick. I will send the numbers today.',
  'The API returns a 500 when the ID is missing; I added a test and a fix in the PR.',
  'Good morning! The EOD report is attached. Let me know if anything is unclear.',
  'Great job on the launch, everyone. The customer feedback has been really positive.',
  'Hey team, quick reminder: the retro is at 3pm today.',
  'Please update the ticket when you are done.',
  'You can always ping me if the numbers look off.',
  'Sorry, I can’t make it tomorrow.',
  'I disagree with the approach, but happy to discuss.',
  "Sorry, but I can't make the 3pm — can we push to 4?",
  'Do you always get this error when you run the build, or only on CI?',
  'Can you PLEASE check the PR when you have a sec? 🙏',
  'Thanks for finally getting it over the line, team!',
  'Is this a big deal for the client, or can it wait until Monday?',
];
const CALM_PL = [
  'Czy możesz wysłać raport do piątku?',
  'Dzięki, to mi pasuje.',
  'Nieważne, już znalazłem.',
  'Dzień dobry, w załączniku przesyłam fakturę. Pozdrawiam.',
  'Myślę, że moglibyśmy przesunąć spotkanie na czwartek. Co o tym sądzisz?',
  'Zawsze chętnie pomogę, daj znać.',
  'Przepraszam za opóźnienie, raport wyślę jeszcze dziś.',
  'Wdrożenie poszło dobrze, testy QA zaczynamy jutro.',
  'Uprzejmie przypominam o fakturze FV/11/2025 z terminem na piątek.',
  'Przepraszam, ale nie dam rady o 15:00. Może 16:00?',
  'Czy zawsze dostajesz ten błąd przy buildzie?',
  'Zawsze chętnie ci pomogę.',
];

describe('calm workplace drafts', () => {
  it.each([...CALM_EN, ...CALM_PL])('leaves "%s" unflagged and calm', (draft) => {
    const a = analyze(draft);
    expect(a.flags).toEqual([]);
    expect(a.risk.level).toBe('calm');
    expect(a.risk.score).toBeLessThan(RISK_THRESHOLDS.tense);
  });

  it('keeps an open, inviting closing question from raising risk', () => {
    const base = 'I can take the first half of the migration this week.';
    for (const q of [
      'How does that look from your side?',
      'What would work for you?',
      'Could we pair on the rest?',
    ]) {
      expect(analyze(`${base} ${q}`).risk.score).toBeLessThanOrEqual(analyze(base).risk.score);
    }
  });
});

describe('heated drafts', () => {
  it.each([
    "You always ignore my emails. This is ridiculous. Fix it NOW or I'll tell your boss!!!",
    "If you don't fix this today, I will escalate it to your manager. No excuses.",
    'What is wrong with you? You messed up the release again, you idiot.',
    'Zawsze wszystko zawalasz. To twoja wina, jesteś niekompetentny. Powiem twojemu szefowi!!!',
    'Jak już pisałem, bez wymówek. Natychmiast to popraw, bo inaczej pożałujesz.',
  ])('rates "%s" heated', (draft) => {
    expect(analyze(draft).risk.level).toBe('heated');
  });

  it('rates a draft with any flagged phrase at least tense, however polite around it', () => {
    const a = analyze(
      'Hi Sam, thanks so much for the update! Per my last email, the file is attached. Cheers!',
    );
    expect(a.flags.map((f) => f.kind)).toEqual(['passive-aggressive']);
    expect(a.risk.level).not.toBe('calm');
  });

  it('rates insistence on an overdue invoice as tense without flagging a phrase', () => {
    const a = analyze(
      'Invoice 2041 is 45 days overdue. This is the third reminder. We expect payment this week.',
    );
    expect(a.flags).toEqual([]);
    expect(a.risk.level).toBe('tense');
  });

  it('ranks a hostile question above a polite request', () => {
    const rude = analyze('Why did you delete my edit? Did you even read the talk page?').risk.score;
    const polite = analyze('Hi, would you mind taking a look at my edit when you have a moment? Thanks!').risk
      .score;
    expect(rude).toBeGreaterThan(polite);
  });

  it('treats a wh-question as more direct than a yes/no question', () => {
    const wh = analyze('What does the cache do here?').risk.score;
    const yesNo = analyze('Is the cache enabled here?').risk.score;
    expect(wh).toBeGreaterThan(yesNo);
  });

  it('reads a "but…" or "then…" opener as a direct start', () => {
    const plain = analyze('The build is still red on main.').risk.score;
    expect(analyze('But the build is still red on main.').risk.score).toBeGreaterThan(plain);
    expect(analyze('Then the build is still red on main.').risk.score).toBeGreaterThan(plain);
  });
});

describe('take-it-or-leave-it ultimatums', () => {
  it.each([
    [
      "Your pricing is a joke. Give us 30% off by Friday or we're moving to another vendor. Final offer.",
      'en',
    ],
    [
      'Wasza oferta to żart. Albo dacie nam 30% rabatu do piątku, albo zmieniamy dostawcę. To nasze ostatnie słowo.',
      'pl',
    ],
  ])('flags contempt, the walk-away threat and the final word (%s)', (text, language) => {
    const a = analyze(text, { context: 'client' });
    expect(a.language).toBe(language);
    expect(a.flags.map((f) => f.kind)).toEqual(['insult', 'manipulation', 'manipulation']);
    expect(a.risk.level).toBe('heated');
  });

  it.each([
    'Please send the final offer by Friday.',
    'Our final offer is attached, happy to walk through it.',
    'Ostateczna oferta będzie w piątek.',
    'Albo zmieniamy termin, albo zakres — co wolisz?',
  ])('leaves ordinary talk about offers and options unflagged: %s', (text) => {
    expect(analyze(text).flags).toEqual([]);
  });
});

describe('reproaches and verdicts', () => {
  it.each([
    [
      'How many times do I have to tell you? Check the logs first.',
      'passive-aggressive',
      'How many times do I have to tell you',
    ],
    ['What were you thinking?? Redo the summary.', 'blame', 'What were you thinking'],
    ['Are you kidding me? The export broke again.', 'dismissive', 'Are you kidding me'],
    ['This is completely unacceptable.', 'blame', 'This is completely unacceptable'],
    ['Honestly this deck is sloppy.', 'insult', 'this deck is sloppy'],
    ['Ile razy mam prosić o dostęp?', 'passive-aggressive', 'Ile razy mam prosić'],
    ['To jest nie do przyjęcia.', 'blame', 'To jest nie do przyjęcia'],
  ])('flags "%s" as %s', (text, kind, span) => {
    const flag = analyze(text).flags.find((f) => f.kind === kind);
    expect(flag?.text).toBe(span);
  });

  it.each([
    'How many times did the nightly job fail this week?',
    'What were you thinking of for the Q3 offsite?',
    'The image loading is lazy by design.',
    'Is this acceptable for the client?',
  ])('leaves a plain question or technical remark unflagged: %s', (text) => {
    expect(analyze(text).flags).toEqual([]);
  });
});

describe('pathological input', () => {
  it('finishes a 100,000-character draft of repeated cues and space runs', () => {
    const text = 'why would you     i   think   not\n\n\n'.repeat(3000).slice(0, 100_000);
    const a = analyze(text);
    expect(a.sentences.length).toBeGreaterThan(0);
    expect(a.risk.score).toBeGreaterThanOrEqual(0);
  });
});

describe('spans over Slack markup, emoji and combining characters', () => {
  it('reads around Slack mentions and links without flagging them', () => {
    const draft = '<!channel> <@U123ABC> please see <https://example.com/PAGE|the SPEC> by EOD';
    const a = analyze(draft);
    expect(a.flags).toEqual([]);
    expect(a.risk.level).toBe('calm');
  });

  it('keeps exact spans after Slack markup, emoji and combining marks', () => {
    const draft = '<@U0G9QF9C6> 👩🏽‍💻 Cafe\u0301 ✨ you always break the build 🙄 and you’re useless!!';
    const a = analyze(draft);
    expect(a.flags.map((f) => f.kind)).toEqual(['absolute', 'insult', 'shouting']);
    for (const f of a.flags) expect(draft.slice(f.start, f.end)).toBe(f.text);
    expect(a.flags[0]!.text).toBe('always');
  });

  it('returns sorted, non-overlapping flags whose kinds are in the contract', () => {
    const draft = "Per my last email, YOU NEVER LISTEN. Thanks a lot, genius. I'll tell your boss or else!!!";
    const { flags } = analyze(draft);
    for (let i = 1; i < flags.length; i++) expect(flags[i]!.start).toBeGreaterThanOrEqual(flags[i - 1]!.end);
    for (const f of flags) {
      expect(FLAG_KINDS).toContain(f.kind);
      expect(draft.slice(f.start, f.end)).toBe(f.text);
    }
  });

  it('handles empty and whitespace-only drafts', () => {
    for (const draft of ['', '   ', '\n\n']) {
      const a = analyze(draft);
      expect(a.flags).toEqual([]);
      expect(a.language).toBe('und');
      expect(a.risk.level).toBe('calm');
    }
  });
});

describe('shouting', () => {
  it('ignores acronyms, ids and short capitalised abbreviations', () => {
    expect(
      analyze('The PR for the QA env is up; the PDF in USD is due EOD per the SLA (ID INV-2041).').flags,
    ).toEqual([]);
  });

  it('merges a run of shouted words into one flag', () => {
    expectSpan('Please STOP CHANGING THE API without telling us.', 'shouting', 'STOP CHANGING THE');
  });

  it('flags shouting in languages without a lexicon, but nothing else', () => {
    const a = analyze('Das ist immer so. Bitte SOFORT antworten!!!');
    expect(a.language).toBe('de');
    expect(a.supported).toBe(false);
    expect(a.flags.map((f) => f.kind)).toEqual(['shouting', 'shouting']);
  });
});

describe('sentences', () => {
  it('splits on terminators and newlines but not abbreviations or numbers', () => {
    const draft = 'Hi Mr. Smith, e.g. version 3.5 works... Does it?\nYes! Np. tzn. wszystko gra.';
    const texts = analyze(draft).sentences.map((s) => s.text);
    expect(texts).toEqual([
      'Hi Mr. Smith, e.g. version 3.5 works...',
      'Does it?',
      'Yes!',
      'Np. tzn. wszystko gra.',
    ]);
    for (const s of analyze(draft).sentences) expect(draft.slice(s.start, s.end)).toBe(s.text);
  });
});

describe('signals and risk', () => {
  it('counts politeness signals', () => {
    const s = analyze(
      'Thanks for this! Could you maybe check the numbers? Sorry, we should look together. Are you free?',
    ).signals;
    expect(s.gratitude).toBe(1);
    expect(s.softeners).toBeGreaterThanOrEqual(2);
    expect(s.apology).toBe(1);
    expect(s.sharedPurpose).toBeGreaterThanOrEqual(1);
    expect(s.questions).toBe(2);
  });

  it('is deterministic and bounded', () => {
    const draft = 'You never listen!!! Why did you do that?';
    expect(analyze(draft)).toEqual(analyze(draft));
    const { score } = analyze(draft).risk;
    expect(score).toBeGreaterThanOrEqual(0);
    expect(score).toBeLessThanOrEqual(1);
  });

  it('raises risk a little when writing to a boss or client', () => {
    const draft = 'Why is this still not done?';
    expect(analyze(draft, { context: 'boss' }).risk.score).toBeGreaterThan(
      analyze(draft, { context: 'peer' }).risk.score,
    );
  });

  it('covers every flag kind in the contract', () => {
    expect(FLAG_KINDS).toHaveLength(12);
  });
});

describe('reproaches without a stock phrase', () => {
  it.each([
    "you told me it was done. it clearly isn't.",
    "Who approved this? Because it definitely wasn't me.",
    'Next time, ask before you change my slides.',
    'Can someone explain why the invoice is still unpaid?',
    'mówiłeś że jest zrobione. nie jest.',
    'Kto to zatwierdził? Bo na pewno nie ja.',
    'Może mi ktoś wyjaśnić, czemu faktura dalej nie jest opłacona?',
  ])('reads %j as at least tense', (draft) => {
    expect(analyze(draft).risk.level).not.toBe('calm');
  });

  it.each([
    'Who approved the budget for Q3?',
    'Thanks! Next time I will ask earlier.',
    'Can you explain how the cache works?',
    'You said the demo is on Friday, right? Not Thursday?',
    'Kto zatwierdza budżet na Q3?',
  ])('leaves the plain question or plan %j calm', (draft) => {
    expect(analyze(draft).risk.level).toBe('calm');
  });
});

describe('escalation said as a plan', () => {
  it.each([
    ["Unless you fix the build by Monday I'm going to your manager.", "I'm going to your manager"],
    ['If you miss the 5pm deadline again I will report this to HR.', 'I will report this to HR'],
  ])('flags %j', (draft, phrase) => {
    const flag = analyze(draft).flags.find((f) => f.kind === 'escalation');
    expect(flag?.text).toBe(phrase);
    expect(draft.slice(flag!.start, flag!.end)).toBe(phrase);
  });

  it.each([
    "I'm going to your manager's office to drop off the badge.",
    'We are going to HR for the onboarding session.',
  ])('leaves the errand %j unflagged', (draft) => {
    expect(analyze(draft).flags).toEqual([]);
  });
});

describe('workplace idioms of reproach', () => {
  it.each([
    'The client noticed the typo before we did. Again. How does that happen?',
    'Your team dropped the ball on this one and now I have to explain it to the client.',
    "If this is how you run projects, I'm not surprised we're behind.",
    'Not sure why I have to keep explaining the same thing to your team.',
    'Klient znalazł błąd przed nami. Jak to możliwe?',
    'Twój zespół to zawalił i teraz ja muszę się tłumaczyć klientowi.',
    'Jeśli tak prowadzisz projekty, to nie dziwię się, że mamy opóźnienie.',
  ])('reads %j as at least tense', (draft) => {
    expect(analyze(draft).risk.level).not.toBe('calm');
  });

  it.each([
    'How is the new office? Hope the move went well!',
    'The bug is on our side, I am fixing it now.',
    'Jak to działa w nowej wersji? Chętnie się dowiem.',
    'Problem jest po naszej stronie, już poprawiam.',
  ])('leaves %j calm', (draft) => {
    expect(analyze(draft).risk.level).toBe('calm');
  });
});

describe('general shapes of a complaint', () => {
  it.each([
    "The release notes still haven't been updated. It's been a week.",
    'Nobody told me the launch moved. Great.',
    "I really don't get what's so hard about updating a spreadsheet.",
    "Three weeks and the login page still isn't done.",
    'Nikt mi nie powiedział, że premiera się przesunęła. Super.',
    'Notatki z wydania nadal nie są zaktualizowane. Minął tydzień.',
  ])('reads %j as at least tense', (draft) => {
    expect(analyze(draft).risk.level).not.toBe('calm');
  });

  it.each([
    "The build still isn't green, I'm looking into it.",
    'Nobody told me about the party, sounds fun!',
    'We were supposed to meet at 3, does 4 work instead?',
    'No worries, the fix is in. Great.',
    'Build nadal nie przechodzi, sprawdzam to.',
    'Miało być o 15, czy może być 16?',
  ])('leaves the update or plan %j calm', (draft) => {
    expect(analyze(draft).risk.level).toBe('calm');
  });
});
