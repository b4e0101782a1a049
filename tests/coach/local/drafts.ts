/**
 * Realistic tense and heated workplace drafts (English and Polish) written for these tests.
 * Each names the context it was written for.
 */
import type { Context } from '../../../src/coach/schemas.ts';

export interface TableDraft {
  name: string;
  language: 'en' | 'pl';
  context: Context | null;
  text: string;
}

export const HEATED_DRAFTS: TableDraft[] = [
  {
    name: 'client demanding a 30% discount',
    language: 'en',
    context: 'client',
    text: "Honestly, your pricing is a joke. Give us 30% off by Friday or we're moving to another vendor. Final offer.",
  },
  {
    name: 'overdue invoice with escalation',
    language: 'en',
    context: 'client',
    text: 'Invoice INV-2041 for 12,400 PLN is now 45 days overdue!!! Pay it by Friday or I will go straight to your CEO.',
  },
  {
    name: 'peer ignoring requests',
    language: 'en',
    context: 'peer',
    text: "You never answer my messages. I've asked about ticket #4521 three times since Monday. Reply TODAY, no excuses.",
  },
  {
    name: 'report whose work missed the mark',
    language: 'en',
    context: 'report',
    text: "This deck is useless. You clearly didn't read the brief from Anna, and the numbers for Q3 are wrong again.",
  },
  {
    name: 'non-apology after an outage',
    language: 'en',
    context: 'client',
    text: 'Sorry if you felt the outage on Tuesday at 14:30 was a big deal, but these things happen and we fixed it in 2 hours.',
  },
  {
    name: 'threat to escalate to the boss',
    language: 'en',
    context: 'peer',
    text: "If JIRA-123 isn't merged by Thursday I'm going to your manager. I'm done waiting on you.",
  },
  {
    name: 'all caps shouting',
    language: 'en',
    context: 'team',
    text: 'WHO PUSHED TO MAIN WITHOUT A REVIEW??? THE BUILD HAS BEEN RED SINCE 9:15 AND NOBODY CARES!!!',
  },
  {
    name: 'sarcasm about a missed deadline',
    language: 'en',
    context: 'peer',
    text: 'Great job missing the deadline again, really impressive. Thanks a lot for the weekend of overtime.',
  },
  {
    name: 'passive-aggressive reminder',
    language: 'en',
    context: 'vendor',
    text: 'As I already explained twice, the delivery for order 7781 was due on March 3. Per my last email, we need it by Wednesday. Obviously.',
  },
  {
    name: 'boss with blame and absolutes',
    language: 'en',
    context: 'boss',
    text: 'You always change the priorities at the last minute and everyone on the team is fed up with it. We lost 3 days on the migration.',
  },
  {
    name: 'insult in a code review',
    language: 'en',
    context: 'peer',
    text: 'What kind of idiot writes code like this? Fix the tests in PR 212 immediately.',
  },
  {
    name: 'Polish: client demanding a discount',
    language: 'pl',
    context: 'client',
    text: 'Wasza oferta to żart. Albo dacie nam 30% rabatu do piątku, albo zmieniamy dostawcę. To nasze ostatnie słowo.',
  },
  {
    name: 'Polish: overdue invoice',
    language: 'pl',
    context: 'client',
    text: 'Faktura FV/2024/03/15 na 12 400 zł jest 45 dni po terminie!!! Jeśli nie zapłacicie do piątku, idę do Waszego prezesa.',
  },
  {
    name: 'Polish: peer ignoring requests',
    language: 'pl',
    context: 'peer',
    text: 'Nigdy nie odpowiadasz na moje wiadomości. Pytam o zgłoszenie #4521 od poniedziałku. Odpisz wreszcie!!!',
  },
  {
    name: 'Polish: report whose work missed the mark',
    language: 'pl',
    context: 'report',
    text: 'Ten raport jest beznadziejny. Znowu pomyliłeś dane za marzec i Kasia musiała wszystko poprawiać w nocy.',
  },
  {
    name: 'Polish: non-apology after an outage',
    language: 'pl',
    context: 'client',
    text: 'Przepraszam, jeśli poczuliście się urażeni, ale awaria we wtorek o 14:30 trwała tylko 2 godziny.',
  },
  {
    name: 'Polish: threat to escalate',
    language: 'pl',
    context: 'peer',
    text: 'Jeśli do czwartku nie skończysz JIRA-123, to idę z tym do Twojego szefa. Mam dość czekania na Ciebie.',
  },
  {
    name: 'Polish: all caps',
    language: 'pl',
    context: 'team',
    text: 'KTO ZNOWU WYPUŚCIŁ WERSJĘ BEZ TESTÓW??? PRODUKCJA LEŻY OD 9:15!!!',
  },
  {
    name: 'Polish: sarcasm',
    language: 'pl',
    context: 'peer',
    text: 'No brawo, gratuluję, znowu spóźnienie. Dzięki za nic, mam przez Ciebie weekend z głowy.',
  },
  {
    name: 'Polish: demand with pressure',
    language: 'pl',
    context: 'vendor',
    text: 'Macie natychmiast wysłać brakujące 120 sztuk z zamówienia 5512. Bez dyskusji. Termin był 10 marca.',
  },
  {
    name: 'Polish: dismissive to a boss',
    language: 'pl',
    context: 'boss',
    text: 'Wszyscy wiedzą, że ten plan nie ma sensu. Uspokój się, zawsze panikujesz przed kwartalnym przeglądem.',
  },
  {
    name: 'guilt trip to a team',
    language: 'en',
    context: 'team',
    text: "After everything I've done for this team, nobody could be bothered to update the roadmap before the 10:00 review? Unbelievable.",
  },
];

/** A tense or heated draft with hostility the analyzer may not flag, and what no rewrite may keep. */
export interface MissedDraft {
  name: string;
  language: 'en' | 'pl';
  context: 'client' | 'peer' | 'boss' | 'report' | 'team' | 'vendor' | null;
  text: string;
  /** Hurtful sentences or phrases that must be gone from every rewrite. */
  gone: RegExp;
  /** Wording every rewrite (except take-a-break) must carry instead. */
  expect?: string[];
}

export const MISSED_HOSTILITY_DRAFTS: MissedDraft[] = [
  {
    name: 'repeat request with an escalation to a named person',
    language: 'en',
    context: null,
    text: "I've asked you three times for the Q3 numbers. Why is this so hard? I need them by 3pm tomorrow or I'm going to Sarah.",
    gone: /why is this so hard|three times|for reference: sarah|going to sarah/i,
    expect: ['I still need the Q3 numbers.'],
  },
  {
    name: 'verdict on a deck with a bare order',
    language: 'en',
    context: 'report',
    text: 'Honestly this deck is sloppy. Did you even proofread it? Redo slides 4-9 before the client call on Monday.',
    gone: /sloppy|did you even|proofread|(?:^|[.!?]\s+)redo\b/i,
    expect: ['Could you rework slides 4-9 before the client call on Monday?'],
  },
  {
    name: 'vendor broke production and a demand for an explanation',
    language: 'en',
    context: 'vendor',
    text: 'Your team broke production AGAIN. This is completely unacceptable and I want a full explanation by EOD.',
    gone: /unacceptable|i want a full explanation/i,
    expect: ['Could you walk me through what happened by EOD?'],
  },
  {
    name: 'Polish: missing report, rhetorical question and escalation',
    language: 'pl',
    context: null,
    text: 'Nie rozumiem, czemu znowu nie ma raportu. Ile razy mam prosić? Jeśli do czwartku nie dostanę danych, idę do Twojego kierownika.',
    gone: /nie rozumiem|czemu znowu|ile razy|dostanę danych/i,
    expect: ['Czy możesz przesłać dane do czwartku?'],
  },
  {
    name: 'challenging question with a fact and a repeat reproach',
    language: 'en',
    context: 'peer',
    text: "Why didn't you update the Jira board? I've asked about ticket ABC-123 twice already. Update it today.",
    gone: /why didn't you|twice|i've asked/i,
    expect: ["I'm still waiting to hear about ticket ABC-123."],
  },
  {
    name: 'how many times and a verdict',
    language: 'en',
    context: null,
    text: 'How many times do I have to tell you? Check the logs before you deploy. This is unacceptable.',
    gone: /how many times|unacceptable/i,
    expect: ['Could you check the logs before you deploy?'],
  },
  {
    name: 'are you kidding and an explanation demand',
    language: 'en',
    context: 'peer',
    text: 'Are you kidding me? The migration broke the billing export AGAIN!! I want a full explanation by 9am.',
    gone: /kidding|i want a full explanation/i,
    expect: ['Could you walk me through what happened by 9am?'],
  },
  {
    name: 'verdict on the work next to a flagged jab',
    language: 'en',
    context: null,
    text: "Did you even test this? The checkout page is a mess. Fix the payment form before Friday's demo.",
    gone: /did you even|is a mess/i,
    expect: ["Could you fix the payment form before Friday's demo?"],
  },
  {
    name: 'explanation demand inside an ultimatum to a named person',
    language: 'en',
    context: 'vendor',
    text: "Your support is a joke. Ticket SUP-311 has been open for 12 days. I want an explanation by Thursday or I'm going to Tom.",
    gone: /a joke|i want an explanation|for reference: tom/i,
    expect: ['Could you walk me through what happened by Thursday?', 'Tom in together'],
  },
  {
    name: 'what were you thinking and a redo',
    language: 'en',
    context: 'report',
    text: 'What were you thinking?? This report is sloppy. Redo the summary by Monday.',
    gone: /what were you thinking|sloppy|(?:^|[.!?]\s+)redo\b/i,
    expect: ['Could you rework the summary by Monday?'],
  },
  {
    name: 'Polish: serio and a mess in the repository',
    language: 'pl',
    context: null,
    text: 'Serio? Znowu bałagan w repozytorium. Posprzątaj to do jutra do 12:00.',
    gone: /serio|bałagan|posprzątaj/i,
    expect: ['Czy możesz posprzątać to do jutra do 12:00?'],
  },
  {
    name: 'Polish: why again, not acceptable and an explanation demand',
    language: 'pl',
    context: null,
    text: 'Dlaczego znowu nie ma testów? To jest nie do przyjęcia. Oczekuję wyjaśnienia do końca dnia.',
    gone: /dlaczego znowu|nie do przyjęcia|oczekuję/i,
    expect: ['Czy możesz do końca dnia wyjaśnić mi, co się stało?'],
  },
  {
    name: 'Polish: third request and do you even read',
    language: 'pl',
    context: null,
    text: 'To już trzeci raz proszę o raport za marzec. Czy Ty w ogóle czytasz moje wiadomości? Wyślij go dzisiaj.',
    gone: /trzeci raz|w ogóle|wyślij/i,
    expect: ['Nadal czekam na raport za marzec.', 'Czy możesz wysłać go dzisiaj?'],
  },
  {
    name: 'Polish: how many times and an escalation to a named person',
    language: 'pl',
    context: null,
    text: 'Ile razy mam prosić o dostęp do serwera?! Jeśli do poniedziałku nie dostanę dostępu, idę do Anny.',
    gone: /ile razy|idę do|dla porządku: do anny|dostanę dostępu/i,
    expect: ['Czy do poniedziałku mogę się spodziewać dostępu?'],
  },
  {
    name: 'Polish: a vendor team addressed in the plural, a verdict and an explanation demand',
    language: 'pl',
    context: 'vendor',
    text: 'Wasz zespół znowu położył produkcję!!! To jest skandaliczne. Oczekuję pełnego wyjaśnienia do 16:00.',
    gone: /skandaliczne|oczekuję|pełnego wyjaśnienia/i,
    expect: ['Czy możecie do 16:00 wyjaśnić mi, co się stało?'],
  },
  {
    name: 'verdict on a plural work product',
    language: 'en',
    context: 'peer',
    text: "Why can't you just follow the checklist? The release notes are garbage. Rewrite them before the 2pm sync.",
    gone: /why can't you|garbage/i,
    expect: ['The release notes need another pass', 'Could you rewrite them before the 2pm sync?'],
  },
];
