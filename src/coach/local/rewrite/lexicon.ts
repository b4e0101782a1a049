/**
 * The rewriter's words, per language: what replaces a dropped judgement, threat or order, the
 * verbs that start an order, and why each technique should land better. English and Polish only
 * (the offline engine's full-support languages); everything here must itself read calm.
 */
import type { FlagKind } from '../../schemas.ts';
import { habitObservation, habitOf, impactOf, requestFromRemainder } from './topic.ts';

export type RewriteLanguage = 'en' | 'pl';

/*
 * Linear-time rules for the patterns below (each is checked by tests/coach/local/adversarial-patterns):
 * a pattern that opens with a run (`,?\s+…`) never starts inside that run (`(?:,|(?<!\s))\s+`),
 * because a match from inside it would match from its start too; and no pattern ends on `…+$`
 * over a run (trim with a loop instead, see analysis/trim.ts).
 */
export interface RewriteLexicon {
  /** Replaces a judgement of the person with an observation and its impact. */
  observation: string;
  /** The observation in a draft about a price or discount, where "what happened" does not fit. */
  priceObservation: string;
  /** A draft about a price, discount or offer (narrower than `money`: not invoices or payments). */
  price: RegExp;
  /** Replaces a threat or ultimatum with a calm next step. */
  nextStep: string;
  /** Replaces going over someone's head with going to them directly. */
  direct: string;
  /** A plain request when an order had to be dropped entirely. */
  request: string;
  /** Owns the problem when the draft's apology shifted the blame (used by non-apology techniques). */
  ownership: string;
  /** The honest need behind guilt-tripping or false urgency. */
  need: string;
  /** When nothing of the draft's wording could be kept. */
  topic: string;
  /** Introduces facts that had to be lifted out of a dropped sentence. */
  factsIntro: string;
  /** Tone variants. */
  thanks: string;
  goalLine: string;
  /** Frames the user's own goal: {goal} is replaced with the goal text. */
  goalFrame: string;
  closeWarm: string;
  /** Absolute words and the specific wording that replaces them (lower case). */
  absolutes: ReadonlyArray<[RegExp, string]>;
  /** Turns an order clause into a request, or returns null when the clause is not an order. */
  toRequest: (clause: string, forceOrder: boolean) => string | null;
  why: Record<string, string>;
  dropped: Record<FlagKind, string>;
  droppedIntro: string;
  /** Words that may not end a kept clause (it would dangle). */
  dangling: RegExp;
  /** Words that may not start a kept clause. */
  leading: RegExp;
  /** Words that show a clause is about money or a price (interests-not-positions). */
  money: RegExp;
  /** Second-person words: an absolute in such a clause judges the person. */
  secondPerson: RegExp;
  /** Pressure words stripped from an order before it becomes a request. */
  pressure: RegExp;
  /** A sentence that opens with pressure ("You need to …", "Macie …"). */
  pressureStart: RegExp;
  /** The condition half of a threat ("If you don't …", "Jeśli nie …"). */
  condition: RegExp;
  /** Turns that condition into a request, or null. */
  fromCondition: (clause: string) => string | null;
  /** "You always miss deadlines" → an observation naming the habit instead of the person; null when none. */
  habit: (clause: string) => string | null;
  /** "I'm sick of covering for you" → the impact it reports, said plainly; null when none. */
  impact: (clause: string) => string | null;
  /** What is left once a jab is cut from the front ("for the invoice to be paid") → a request; null when none. */
  askedFor: (remainder: string) => string | null;
  /** The separator that introduces an excuse after an apology. */
  but: RegExp;
  /** One-word courtesies that stay even in a tense draft. */
  courtesy: RegExp;
  /** Says "I disagree" plainly where the draft dismissed or conceded in a huff. */
  disagree: string;
  /** Owns only the impact, when the draft denies fault (no invented admission). */
  impactApology: string;
  /** Venting that carries no content ("I'm sick of…", "this is a joke"); matched on lower case. */
  venting: RegExp;
  /** A refusal or a sulky concession ("whatever, do it your way"); matched on lower case. */
  refusal: RegExp;
  /** Words that make a courtesy sting ("thanks for *finally* replying"); matched on lower case. */
  stings: RegExp;
  /** The draft denies fault ("it wasn't our fault"); matched on lower case. */
  denial: RegExp;
  /** A sentence that blames through a hypothetical ("Maybe if your team read…"); lower case. */
  blameShift: RegExp;
  /** Third-person subjects (he, she, they): the message may be about someone else. Lower case. */
  thirdPerson: RegExp;
  /** A rough finite-verb shape; a leftover without one is a fragment. Lower case. */
  verb: RegExp;
  /** A leftover noun phrase the draft insisted on ("30% off") as a request. */
  agreeOn: (phrase: string) => string;
  /** Prepositions that may not start a lifted fact phrase ("to Mark"). */
  factLead: RegExp;
  /** The "or else" half of an ultimatum ("… or we walk"); matched on lower case. */
  ultimatum: RegExp;
  /** A clause that cannot stand without a main clause ("when there is a deadline"); lower case. */
  subordinate: RegExp;
  /** The threat after a condition ("If …, I'm going to your manager"); matched on lower case. */
  conditionalThreat: RegExp;
  /** Sentence-level safety net for tense drafts: what the analyzer may miss (see reframe.ts). */
  reframe: ReframeLexicon;
  /** Brings a person named only in a dropped threat in together, instead of going over a head. */
  involve: (names: string) => string;
}

/** Patterns of the sentence-level safety net; all matched on lower case. */
export interface ReframeLexicon {
  /** A rhetorical or challenging question ("why is this so hard", "ile razy mam…"). */
  rhetorical: RegExp;
  /** "Why didn't you send X?" / "Did you even check X?": the rest, as a plain request, when it holds a fact. */
  challenge: RegExp;
  /** An evaluative judgement of work or the person without facts ("this deck is sloppy"). */
  judgement: RegExp;
  /** The subject of a judgement ("this deck is …" → "deck"); group 1. */
  judgedThing: RegExp;
  /** Work products ("deck", "release notes"): only a judged work product gets "needs another pass". */
  work: RegExp;
  /** The observation that replaces a judgement of a thing: {thing} is its subject. */
  needsWork: string;
  /** The same for a plural subject ("the release notes are …"). */
  needWork: string;
  /** The verbs of a plural subject (group 2 of judgedThing). */
  plural: RegExp;
  /** "I don't understand why …" / "Nie rozumiem, czemu …": group 1 is what it is about. */
  puzzled: RegExp;
  /** "again", "znowu": reproach words dropped from an observation. */
  again: RegExp;
  /** A demand for an explanation; group 1 is what follows (a deadline). */
  explanation: RegExp;
  /** The request that replaces it: {rest} is the deadline or ''. */
  explain: string;
  /** What may follow an explanation demand for it to be about "what happened": a deadline. */
  deadline: RegExp;
  /** The request for an answer about something else ("an answer on the budget"): {rest} follows. */
  getBack: string;
  /** "I've asked you three times for X"; group 1 is X after "for", group 2 after "about". */
  repeated: RegExp;
  /** The repetition count ("three times", "3 times", "trzeci raz"). */
  count: RegExp;
  /** "I still need {x}." */
  stillNeed: string;
  /** "I'm still waiting to hear about {x}." */
  stillAbout: string;
  /** The same when {x} says since when ("… since Monday"); null where stillAbout already fits. */
  waitingSince: string | null;
  /** Splits a sentence into clauses the net judges one by one. */
  clauses: RegExp;
}

const EN_VERBS = new Set(
  (
    'fix send pay ship call check update finish deliver reply answer respond get give stop make do tell let look ' +
    'review test sort submit share approve sign confirm provide explain complete resolve merge deploy push remove add ' +
    'change move book schedule prepare write read come take bring start handle cancel refund transfer process return ' +
    'clean correct revert release escalate follow stick get keep put set wrap email ping loop ' +
    'redo rework rewrite proofread resend rerun re-run double-check recheck clarify investigate rebuild retest'
  ).split(' '),
);

const EN_NOT_ORDER =
  /^(?:i|i'm|i've|i'll|i'd|we|we're|we've|you|you're|you've|they|he|she|it|it's|this|that|these|those|the|a|an|our|your|my|their|there|here|is|are|was|were|will|would|could|can|should|please|thanks|thank|if|when|what|why|how|who|where|which|so|and|but|or|also|not|no|yes|ok|okay)$/i;

const EN_OBJECT =
  /^(?:it|this|that|these|those|the|a|an|me|us|them|him|her|your|my|our|their|all|everything|some|back|out|up|on|in|to)$/i;
const EN_FINITE =
  /^(?:is|are|was|were|has|have|had|will|would|should|can|could|must|needs|went|looks|seems|got)$/i;

function enRequest(clause: string, forceOrder: boolean): string | null {
  const text = clause.replace(/^(?:just|now|so|and)\s+/i, '').trim();
  const [first = '', next = ''] = text.match(/[\p{L}\d'’-]+/gu) ?? [];
  if (!first) return null;
  const lower = first.toLowerCase();
  if (/^please$/i.test(first) || EN_FINITE.test(next)) return null;
  // "Do you understand …?" is a question already, not an order to "do".
  if (/^(?:do|does|did)$/i.test(first) && /^(?:you|we|they|i|he|she|it|anyone|someone|people)$/i.test(next))
    return null;
  const order =
    EN_VERBS.has(lower) ||
    (forceOrder && EN_OBJECT.test(next) && !EN_NOT_ORDER.test(lower) && !/(?:ed|ing|s)$/.test(lower));
  if (!order) return null;
  const body = text.replace(/(?<![.!?])[.!?]+$/, '').trim();
  // "Redo it" reads as a verdict on the work; "rework it" asks for the same thing.
  const softer = EN_SOFTER[lower];
  return `Could you ${softer ? `${softer}${body.slice(first.length)}` : lowerFirst(body)}?`;
}

const EN_SOFTER: Record<string, string> = { redo: 'rework', 'do-over': 'rework' };

/** The subject groups start and end on a non-space: a run of spaces is read once, not split every way. */
function enCondition(clause: string): string | null {
  const body = clause.replace(/(?<![.!?])[.!?]+$/, '').trim();
  let m = /^(?:if|unless)\s+you\s+(?:don't|do not|can't|cannot|won't|will not)\s+(.+)$/i.exec(body);
  if (m) return `Could you ${m[1]}?`;
  m = /^unless\s+you\s+(.+)$/i.exec(body);
  if (m) return `Could you ${m[1]}?`;
  m = /^if\s+I\s+(?:don't|do not|can't|cannot)\s+(\S+)\s+(.+)$/i.exec(body);
  if (m) return `Could I ${m[1]} ${m[2]}?`;
  m = /^if\s+(\S+?)['’]s\s+not\s+(.+)$/i.exec(body);
  if (m) return `Could ${lowerFirst(m[1] ?? '')} be ${m[2]}?`;
  m = /^if\s+(\S.*?)(?<!\s)\s+(?:isn't|is not|aren't|are not|wasn't|was not|weren't|were not)\s+(.+)$/i.exec(
    body,
  );
  if (m) return `Could ${lowerFirst(m[1] ?? '')} be ${m[2]}?`;
  m = /^if\s+(\S.*?)(?<!\s)\s+(?:doesn't|does not|don't|do not)\s+(.+)$/i.exec(body);
  if (m) return `Could ${lowerFirst(m[1] ?? '')} ${m[2]}?`;
  return null;
}

function plCondition(clause: string): string | null {
  const body = clause.replace(/(?<![.!?])[.!?]+$/, '').trim();
  const m = /^(?:a\s+)?(?:jeśli|jeżeli|jak|gdy)\s+(?:(\S.*?)(?<!\s)\s+)?nie\s+(.+)$/iu.exec(body);
  if (!m) return null;
  const before = (m[1] ?? '').trim();
  // "nie będzie poprawki" takes the genitive; "co do" keeps it grammatical as a question.
  const existential = /^(?:będzie|ma|było|będą)\s+(.+)$/u.exec(m[2] ?? '');
  if (existential) return `Czy możemy się upewnić co do ${existential[1]}${before ? ` ${before}` : ''}?`;
  // Without its "nie" the object leaves the genitive: "nie dostanę danych" → "dane".
  const rest = (m[2] ?? '').replace(PL_GENITIVE_WORD, (w) => PL_GENITIVE_TO_ACCUSATIVE[w] ?? w);
  const received = PL_RECEIVE.exec(rest);
  if (received) {
    const thing = received[1] ?? '';
    // An object left in the genitive (not in the table) still reads right after "spodziewać się".
    if (thing === (m[2] ?? '').replace(PL_RECEIVE, '$1'))
      return `Czy ${before ? `${before} ` : ''}mogę się spodziewać ${thing}?`;
    return `Czy możesz przesłać ${thing}${before ? ` ${before}` : ''}?`;
  }
  return `Czy ${before ? `${before} ` : ''}${rest}?`;
}

/** Polish imperatives (singular / plural) → infinitive, so an order becomes "Czy możesz …?". */
const PL_IMPERATIVES: ReadonlyArray<[string, string]> = [
  ['napraw', 'naprawić'],
  ['popraw', 'poprawić'],
  ['wyślij', 'wysłać'],
  ['prześlij', 'przesłać'],
  ['podeślij', 'podesłać'],
  ['przyślij', 'przysłać'],
  ['zapłać', 'zapłacić'],
  ['ureguluj', 'uregulować'],
  ['odpisz', 'odpisać'],
  ['odpowiedz', 'odpowiedzieć'],
  ['sprawdź', 'sprawdzić'],
  ['dokończ', 'dokończyć'],
  ['skończ', 'skończyć'],
  ['zadzwoń', 'zadzwonić'],
  ['przygotuj', 'przygotować'],
  ['dostarcz', 'dostarczyć'],
  ['potwierdź', 'potwierdzić'],
  ['wyjaśnij', 'wyjaśnić'],
  ['zrób', 'zrobić'],
  ['oddaj', 'oddać'],
  ['daj', 'dać'],
  ['zajmij', 'zająć'],
  ['przeczytaj', 'przeczytać'],
  ['zaktualizuj', 'zaktualizować'],
  ['wdróż', 'wdrożyć'],
  ['usuń', 'usunąć'],
  ['dodaj', 'dodać'],
  ['zmień', 'zmienić'],
  ['przejrzyj', 'przejrzeć'],
  ['zatwierdź', 'zatwierdzić'],
  ['podpisz', 'podpisać'],
  ['odeślij', 'odesłać'],
  ['zwróć', 'zwrócić'],
  ['ogarnij', 'ogarnąć'],
  ['zamknij', 'zamknąć'],
  ['uzupełnij', 'uzupełnić'],
  ['zgłoś', 'zgłosić'],
  ['wrzuć', 'wrzucić'],
  ['przerób', 'przerobić'],
  ['wytłumacz', 'wytłumaczyć'],
  ['doślij', 'dosłać'],
  ['uzasadnij', 'uzasadnić'],
  ['posprzątaj', 'posprzątać'],
  ['uporządkuj', 'uporządkować'],
  ['przetestuj', 'przetestować'],
  ['napisz', 'napisać'],
];

/** Common work nouns in the genitive a negation leaves behind → accusative ("danych" → "dane"). */
const PL_GENITIVE_TO_ACCUSATIVE: Record<string, string> = {
  danych: 'dane',
  raportu: 'raport',
  raportów: 'raporty',
  odpowiedzi: 'odpowiedź',
  plików: 'pliki',
  pliku: 'plik',
  materiałów: 'materiały',
  faktury: 'fakturę',
  wyników: 'wyniki',
  informacji: 'informacje',
  poprawek: 'poprawki',
  poprawki: 'poprawkę',
  zestawienia: 'zestawienie',
  prezentacji: 'prezentację',
  specyfikacji: 'specyfikację',
  dokumentów: 'dokumenty',
  dokumentu: 'dokument',
  liczb: 'liczby',
  kodu: 'kod',
  płatności: 'płatność',
  umowy: 'umowę',
  oferty: 'ofertę',
  decyzji: 'decyzję',
  zgody: 'zgodę',
  potwierdzenia: 'potwierdzenie',
  wyceny: 'wycenę',
  analizy: 'analizę',
  slajdów: 'slajdy',
  testów: 'testy',
  projektu: 'projekt',
  zamówienia: 'zamówienie',
  przelewu: 'przelew',
  podsumowania: 'podsumowanie',
  notatki: 'notatkę',
  planu: 'plan',
  budżetu: 'budżet',
};
const PL_GENITIVE_WORD = new RegExp(
  `(?<![\\p{L}])(?:${Object.keys(PL_GENITIVE_TO_ACCUSATIVE).join('|')})(?![\\p{L}])`,
  'gu',
);
/** First-person "I (don't) get" verbs: the question becomes a request to send. */
const PL_RECEIVE =
  /^(?:dostanę|otrzymam|dostaniemy|otrzymamy|zobaczę|zobaczymy|będę miał|będę miała|będziemy mieli)\s+(.+)$/u;
const PL_IMPERATIVE = new Map<string, { inf: string; plural: boolean }>();
for (const [imp, inf] of PL_IMPERATIVES) {
  PL_IMPERATIVE.set(imp, { inf, plural: false });
  PL_IMPERATIVE.set(`${imp}cie`, { inf, plural: true });
}

function plRequest(clause: string, forceOrder: boolean): string | null {
  const text = clause.replace(/^(?:po prostu|no|to|i|a|albo|lub)\s+/i, '').trim();
  const first = /^[\p{L}]+/u.exec(text)?.[0] ?? '';
  if (!first) return null;
  const verb = PL_IMPERATIVE.get(first.toLowerCase());
  const body = text.replace(/(?<![.!?])[.!?]+$/, '').trim();
  if (verb) {
    const rest = body.slice(first.length);
    return `Czy ${verb.plural ? 'możecie' : 'możesz'} ${verb.inf}${rest}?`;
  }
  // "Masz to naprawić" without its "masz": an infinitive near the start.
  if (
    forceOrder &&
    /^(?:[\p{L}]+\s+){0,2}[\p{L}]+(?:ć|c)(?![\p{L}])/u.test(body) &&
    !/^(?:nie|czy|jak)$/i.test(first)
  ) {
    return `Czy możesz ${lowerFirst(body)}?`;
  }
  // "(Albo) dacie nam 30% rabatu": a verb in the indicative (vowel + "cie"/"sz"), not an
  // imperative, asked as a yes/no question.
  if (
    forceOrder &&
    /[aeiouyąęó](?:cie|sz)$/i.test(first) &&
    !/^(?:nasz|wasz|jesz|już|też|lecz|jeszcze)$/i.test(first)
  ) {
    return `Czy ${lowerFirst(body)}?`;
  }
  if (
    forceOrder &&
    /(?:ij|yj|aj|uj|cie|ń|ź|ć|dź|rz|ść)$/i.test(first) &&
    !/^(?:nie|się|już|jak|tak|czy|gdzie|kiedy|teraz)$/i.test(first)
  ) {
    return `Proszę, ${lowerFirst(body)}.`;
  }
  return null;
}

export function lowerFirst(text: string): string {
  const first = /^\p{L}+/u.exec(text)?.[0] ?? '';
  // Keep acronyms and ids ("API", "INV-2041") as written.
  if (first.length > 1 && first === first.toUpperCase()) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}

export const LEXICONS: Record<RewriteLanguage, RewriteLexicon> = {
  en: {
    observation: "This has had an impact on our work, and I'd like us to look at what happened together.",
    priceObservation:
      "I see the numbers differently, and I'd like us to find an option that works for both sides.",
    price: /\b(?:discount|price|prices|pricing|quote|offer|rate|rates|fee|fees)\b|%/i,
    nextStep:
      "If we can't sort it out between us, I'd like us to agree together on who else should weigh in.",
    direct: "I'd like to sort this out with you directly first.",
    request: 'Could you let me know when you can look at this?',
    ownership: 'I am sorry for the trouble this caused; it was on our side.',
    need: 'This matters to me because it affects our plans.',
    topic: "I'd like to talk about how we handle this.",
    factsIntro: 'For reference:',
    thanks: 'Thank you for taking the time to look at this.',
    goalLine: 'We both want this to go well.',
    goalFrame: 'What I hope we can reach together: {goal}.',
    closeWarm: 'I appreciate your help.',
    absolutes: [
      [/^every single time$/i, 'several times'],
      [/^every time$/i, 'several times'],
      [/^all the time$/i, 'often'],
      [/^always$/i, 'often'],
      [/^constantly$/i, 'often'],
      [/^never$/i, 'rarely'],
      [/^everyone$/i, 'several people'],
      [/^everybody$/i, 'several people'],
      [/^nobody$/i, 'few people'],
      [/^no one$/i, 'few people'],
    ],
    toRequest: enRequest,
    why: {
      contrasting:
        'It first rules out the blame they might hear, then keeps to the facts and one clear request, so they can respond to the issue instead of defending themselves.',
      apology:
        'It owns the mistake without excuses or a "but" and says what happens next, which is what rebuilds trust.',
      'shared-purpose':
        'It starts from the goal you both share, so the request reads as a step towards it rather than as pressure.',
      'interests-not-positions':
        'It asks what is behind their position and opens options, so the talk moves from who wins to what works for both sides.',
      'make-it-safe':
        'It steps back from the fight, shows respect and sticks to facts they can check, so they can lower their guard before you return to the issue.',
      'take-a-break':
        "It pauses a thread that is running hot and names when you'll pick it up, so the break reads as care, not avoidance.",
      default: 'It keeps your facts and your request and leaves out what would put them on the defensive.',
    },
    dropped: {
      absolute: 'the absolutes',
      blame: 'the blame',
      insult: 'the insult',
      sarcasm: 'the sarcasm',
      threat: 'the threat',
      shouting: 'the shouting',
      'passive-aggressive': 'the passive-aggressive remarks',
      'non-apology': 'the non-apology',
      dismissive: 'the dismissive wording',
      escalation: 'the escalation',
      manipulation: 'the pressure tactics',
      demand: 'the bare orders',
    },
    droppedIntro: 'It also drops',
    dangling:
      /\b(?:and|or|but|so|the|a|an|to|of|for|with|your|my|our|is|are|be|was|were|has|have|had|will|would|that|this|if|because|than|as|at|on|by|in)$/i,
    leading: /^(?:and|or|but|so|because|then|also)\b\s*/i,
    money:
      /\b(?:discount|price|pricing|cost|costs|budget|rate|rates|fee|fees|quote|offer|invoice|payment|contract|percent)\b|%/i,
    secondPerson: /\b(?:you|your|you're|you've|yours)\b/i,
    pressure:
      /\b(?:right now|now|immediately|asap|at once|this instant|no excuses|no exceptions|no questions asked|i expect you to|i demand that you|i demand|you need to|you must|you have to|you will|you'd better|just|finally|for once|already)\b/gi,
    pressureStart: /^(?:you need to|you must|you have to|you'd better|i expect you to|i need you to)\s/i,
    condition: /^(?:if|unless)\s/i,
    fromCondition: enCondition,
    habit: (clause) => {
      const habit = habitOf(clause);
      return habit ? habitObservation(habit) : null;
    },
    impact: impactOf,
    askedFor: requestFromRemainder,
    but: /\bbut\b/i,
    courtesy: /^(?:thanks|thank|please|hi|hello|hey|cheers|ok|okay|yes|sure)\b/i,
    disagree: 'I see it differently; could we talk it through?',
    impactApology: "I'm sorry for the disruption this caused.",
    venting:
      /\b(?:i'm|i am|we're|we are)\s+(?:so\s+|really\s+|just\s+)?(?:sick|tired|fed up|done|over it)\b|\b(?:had enough|had it with)\b|\bdo your (?:damn |fucking )?job\b|\bget your (?:act|shit|stuff) together\b|\bgrow up\b|\bi'm not your (?:babysitter|mom|mum|mother|nanny|secretary)\b|\bwaste of (?:my|our) time\b|\bwhat a (?:disaster|shit ?show|circus|farce|clusterfuck)\b|\bfed up\b|\bsick and tired\b|\bunbelievable\b|\bridiculous\b|\bthis is a joke\b|\bwhat a joke\b|\bwhat a mess\b|\bwould kill for\b|\bnobody (?:tells|cares|listens|bothers)\b|\bno one (?:tells|cares|listens|bothers)\b|\b(?:i|we) can't (?:keep|take|stand)\b|\bhow hard (?:can it be|is it)\b|\bseriously\?|\bgive me a break\b|\bof course (?:it|you|they)\b|\bas usual\b|\bwhy do i even\b|\bi give up\b|\bthanks for nothing\b|\bfinal offer\b|\btake it or leave it\b|\bnot mine\b|\bnot my (?:call|fault|problem|job)\b|\bdon't (?:ask me|come (?:back )?to me|come crying)\b/u,
    refusal:
      /\b(?:whatever|do it your way|have it your way|suit yourself|fine by me|absolutely not|no way|not going to happen|not happening|forget it)\b/u,
    stings: /\b(?:finally|even|actually|at last|for once|already|really)\b\s*/gu,
    denial:
      /\b(?:wasn't|was not|isn't|is not|not) (?:our|my) (?:fault|problem|responsibility|mistake)\b|\bnot on (?:us|me)\b|\bnothing to do with (?:us|me)\b/u,
    blameShift: /^(?:(?:maybe|perhaps)\s+if|if only|if you had|if your)\s/u,
    thirdPerson: /\b(?:he|she|they|he's|she's|they're|his|her|their|him|them)\b/u,
    verb: /\b(?:is|are|was|were|be|been|am|has|have|had|do|does|did|will|would|can|could|should|must|may|might|need|needs|want|wants|i|we|you|they|he|she|it|let|let's)\b|['’](?:s|re|ve|ll|d|m)\b|\b\p{L}+(?:ed|ing)\b|\b\p{L}{3,}[^s]s\b/u,
    agreeOn: (phrase) => `Could we agree on ${lowerFirst(phrase)}?`,
    factLead: /^(?:to|for|with|about|from|towards?)\s+/iu,
    subordinate:
      /^(?:when|whenever|if|as soon as|because|since|while|until|before|after|every (?:single )?time|each time|several times|often)\s/u,
    conditionalThreat:
      /(?:,|(?<!\s))\s+(?:then\s+)?(?:i|we)(?:['’]ll|['’]m|['’]re| will| am| are| shall)\s+(?:going\s+(?:to\s+)?|have to\s+)?(?:go(?:ing)? (?:to|over|straight)|escalat\w*|report\w*|stop\w*|cancel\w*|involv\w*|rais\w* (?:it|this)|pull\w*|cc\w*|loop\w* in|terminat\w*|revisit\w*|tak\w* (?:this|it|legal)|hand\w* (?:it|this|the \w+)|send\w* (?:it|this|the \w+) to|pass\w* (?:it|this|the \w+) (?:on|to)|refer\w*|suspend\w*|cut\w* (?:off|you off)|block\w*|sue)\b/u,
    involve: (names) => `If we can't sort it out between us, I'd suggest we bring ${names} in together.`,
    reframe: {
      rhetorical:
        /^(?:why (?:is|was|are|were) (?:this|that|it|everything) (?:so|this|that|always)\b|why (?:can't|cant|couldn't|won't|didn't|don't|doesn't|haven't|hasn't|isn't|aren't|wasn't|do i (?:have|need) to|does it always|on earth|the hell|again)\b|why (?:is|are|was) (?:it|this|that|everything) (?:still|again|never|always)\b|did (?:you|anyone|anybody) (?:even|actually|really|bother)\b|do you (?:even|actually|really) (?:care|read|check|know|listen|test)\b|have you (?:even|actually)\b|are you (?:kidding|serious|joking|for real|even|out of your)\b|you can't be serious|what (?:were|was) (?:you|they|he|she) thinking|what(?:'s| is) wrong with|what the (?:hell|heck)|how (?:many|much) (?:more )?times|how hard (?:can it be|is it)|how (?:is|was|can) (?:this|that|it) (?:so |be so |this |that )?(?:hard|difficult|complicated)|is (?:this|that|it) (?:really |seriously )?(?:so |that |too )?(?:hard|difficult|much to ask)|seriously\s*[?!.,]*$|seriously\?|really\?|who (?:does|do|would do) (?:that|this)|can't you (?:just|even|ever)|is anyone (?:even )?(?:listening|reading))/u,
      challenge: /^why (?:didn't|don't|won't|can't|cannot) you\s+(.+?)\??$/u,
      judgement:
        /^(?:(?:honestly|frankly|quite frankly|to be honest|tbh|look|ok|okay|well|sorry),?\s+)?(?:this|that|it|the|your|this whole|the whole|all of this)\b[^.?!]{0,40}?\s(?:is|was|looks|are|were|reads|feels|seems)\s(?:(?:just|frankly|honestly|completely|totally|absolutely|utterly|really|so|pretty|very|quite|beyond|simply|a bit|kind of|frankly)\s)*(?:sloppy|unacceptable|garbage|rubbish|trash|crap|crappy|a mess|messy|a disaster|a joke|a shambles|embarrassing|pathetic|useless|terrible|awful|horrible|horrendous|amateurish|amateur hour|unprofessional|ridiculous|lazy|careless|inexcusable|not acceptable|not good enough|nowhere near good enough|below (?:standard|par)|subpar|sub-par|shoddy|worthless|nonsense|appalling|atrocious|a waste of time|half-baked|half-assed|a train ?wreck|laughable)\b|^(?:this is|what) (?:such )?(?:a mess|a disaster|a shambles|amateur hour)\b/u,
      judgedThing:
        /^(?:(?:honestly|frankly|quite frankly|to be honest|tbh|look|ok|okay|well|sorry),?\s+)?(?:this|these|the|your)\s+([a-z][a-z0-9-]*(?:\s[a-z][a-z0-9-]*)?)\s+(is|was|looks|reads|feels|seems|are|were|look)\s/u,
      work: /(?:^|\s)(?:deck|slides?|report|code|pr|doc|document|draft|presentation|proposal|design|spec|summary|analysis|email|copy|page|notes|build|work|tests?|deliverable|plan|estimate|invoice|data|numbers|dashboard|website|site|app|feature|ui|layout|mockups?|article|post|script|query|translation|content|brief|update|release|pitch|budget|forecast|schedule|timeline|roadmap|backlog|readme|docs|documentation|changelog|migration|config|patch|fix|diff|writeup|write-up|wording|text|table|chart|spreadsheet|sheet|file|files|output|demo|prototype|quote)$/u,
      needsWork: 'The {thing} needs another pass before it goes out.',
      needWork: 'The {thing} need another pass before they go out.',
      plural: /^(?:are|were|look)$/u,
      puzzled:
        /^(?:i (?:don't|do not|can't|cannot) (?:understand|see|get|fathom)\s+(?:why|how)|i (?:can't|cannot|don't|do not) believe(?:\s+(?:that|how|why))?|i have no idea (?:why|how))\s+(.+)$/u,
      again: /(?<!\s)\s*\b(?:again|yet again|once again|still|even|already|always|constantly|as usual)\b/gu,
      explanation:
        /^(?:and\s+)?(?:i|we)\s+(?:want|demand|expect|need|require|deserve)\s+(?:(?:a|an|some)\s+)?(?:(?:full|complete|proper|detailed|written|immediate|clear|real|honest|formal)\s+)*(?:explanation|explanations|answer|answers|justification|account)(?:\s+(?:of|for|about|on)\s+(?:what happened|this|that|it|why[^,]*?(?=\s(?:by|before|until|today|tomorrow|within)\b|$)))?(.*?)[.!]?$/u,
      explain: 'Could you walk me through what happened{rest}?',
      deadline:
        /^\s*(?:(?:by|before|until|within|no later than|today|tonight|tomorrow|asap|this|end of|eod|eow|cob|first thing)\b.*)?$/iu,
      getBack: 'Could you get back to me{rest}?',
      repeated:
        /^(?:i've|i have|i)\s+(?:already\s+)?(?:asked|requested|reminded)\s+(?:you\s+)?(?:(?:\w+|\d+)\s+times\s+|twice\s+|multiple times\s+|again and again\s+|repeatedly\s+)?(?:(?:for|about)\s+)?(.+?)[.!]?$/u,
      count:
        /(?<!\s)\s*\b(?:(?:\w+|\d+)\s+times|twice|multiple times|again and again|repeatedly|already|now)\b/gu,
      stillNeed: 'I still need {x}.',
      stillAbout: "I'm still waiting to hear about {x}.",
      waitingSince: "I've been waiting to hear about {x}.",
      clauses: /(?:,|(?<!\s))\s+(?:and|but|so)\s+|(?<!\s)\s*;\s*/u,
    },
    ultimatum:
      /(?:,|(?<!\s))\s+(?:or else|or|otherwise)\s+(?:we|i)(?:['’]ll|['’]re| will| are)?\s+(?:going to\s+)?(?:walk|leave|cancel|go|move|moving|switch|switching|stop|pull|terminate|end|take|drop|find|report|escalate|sue)\b/u,
  },
  pl: {
    observation: 'To odbiło się na naszej pracy i chcę, żebyśmy razem przyjrzeli się temu, co się stało.',
    priceObservation: 'Inaczej patrzę na te liczby i chcę, żebyśmy znaleźli wariant dobry dla obu stron.',
    price: /(?:rabat|zniżk|upust|cen[aęyi]\b|cennik|wycen|ofert|stawk|%|procent)/i,
    nextStep:
      'Jeśli nie uda nam się tego rozwiązać między sobą, proponuję, żebyśmy razem ustalili, kogo jeszcze warto włączyć.',
    direct: 'Najpierw chcę wyjaśnić to bezpośrednio z Tobą.',
    request: 'Czy możesz dać mi znać, kiedy będziesz w stanie się tym zająć?',
    ownership: 'Przepraszam za kłopot; to leżało po naszej stronie.',
    need: 'To jest dla mnie ważne, bo wpływa na nasze plany.',
    topic: 'Chcę porozmawiać o tym, jak to rozwiązać.',
    factsIntro: 'Dla porządku:',
    thanks: 'Dziękuję, że poświęcasz temu czas.',
    goalLine: 'Obojgu nam zależy, żeby to się udało.',
    goalFrame: 'Zależy mi na tym, żebyśmy razem osiągnęli to: {goal}.',
    closeWarm: 'Dziękuję za pomoc.',
    absolutes: [
      [/^za każdym razem$/i, 'kilka razy'],
      [/^ciągle$/i, 'często'],
      [/^wiecznie$/i, 'często'],
      [/^zawsze$/i, 'często'],
      [/^nigdy$/i, 'ostatnio'],
      [/^wszyscy$/i, 'kilka osób'],
    ],
    toRequest: plRequest,
    why: {
      contrasting:
        'Najpierw wyklucza odczytanie tego jako pretensji, a potem trzyma się faktów i jednej jasnej prośby, więc druga strona może odnieść się do sprawy, zamiast się bronić.',
      apology:
        'Bierze odpowiedzialność za błąd bez wymówek i bez „ale” oraz mówi, co dalej, a to właśnie odbudowuje zaufanie.',
      'shared-purpose':
        'Zaczyna od wspólnego celu, więc prośba brzmi jak krok w jego stronę, a nie jak nacisk.',
      'interests-not-positions':
        'Pyta, co stoi za stanowiskiem drugiej strony, i otwiera możliwości, więc rozmowa przechodzi od tego, kto wygra, do tego, co zadziała dla obu stron.',
      'make-it-safe':
        'Robi krok wstecz od sporu, okazuje szacunek i trzyma się sprawdzalnych faktów, więc druga strona może opuścić gardę, zanim wrócicie do sprawy.',
      'take-a-break':
        'Zatrzymuje rozgrzany wątek i mówi, kiedy do niego wrócicie, więc przerwa brzmi jak troska, a nie unik.',
      default: 'Zachowuje Twoje fakty i prośbę, a pomija to, co postawiłoby drugą stronę w defensywie.',
    },
    dropped: {
      absolute: 'uogólnienia',
      blame: 'obwinianie',
      insult: 'obraźliwe słowa',
      sarcasm: 'sarkazm',
      threat: 'groźbę',
      shouting: 'krzyk (wielkie litery i wykrzykniki)',
      'passive-aggressive': 'pasywną agresję',
      'non-apology': 'pozorne przeprosiny',
      dismissive: 'lekceważące zwroty',
      escalation: 'eskalację',
      manipulation: 'presję',
      demand: 'rozkazy',
    },
    droppedIntro: 'Pomija też:',
    dangling:
      /(?:^|\s)(?:i|a|ale|lub|albo|że|żeby|bo|do|na|w|z|o|od|po|za|dla|to|jest|się|nie|czy|jak|który|która|które)$/i,
    leading:
      /^(?:i|a|ale|lub|albo|bo|więc|że|to(?!\s+(?:tylko|jest|był|była|było|są|nie)(?![\p{L}])))(?=\s)\s*/iu,
    money: /(?:rabat|zniżk|upust|cen[aęyi]|koszt|budżet|stawk|faktur|płatnoś|wpłat|umow|ofert|%|procent)/i,
    secondPerson:
      /(?<![\p{L}])(?:ty|cię|ciebie|tobie|twój|twoja|twoje|twoim|twojego|twojej|wy|was|wam|wasz|wasza|wasze|waszego|waszej|\p{L}+(?:asz|esz|isz|ysz|acie|ecie|icie|ycie))(?![\p{L}])/iu,
    pressure:
      /(?<![\p{L}])(?:natychmiast|od razu|teraz|już|bez dyskusji|bez wymówek|bez gadania|masz|macie|musisz|musicie|oczekuję|żądam|wymagam|po prostu|wreszcie|w końcu|nareszcie)(?![\p{L}])/giu,
    pressureStart: /^(?:masz|macie|musisz|musicie|oczekuję|wymagam|żądam)(?![\p{L}])/iu,
    condition: /^(?:a\s+)?(?:jeśli|jeżeli|jak|gdy)(?![\p{L}])/iu,
    fromCondition: plCondition,
    // Not written for Polish yet: the general observation line stands in (see topic.ts).
    habit: () => null,
    impact: () => null,
    askedFor: () => null,
    but: /(?:^|\s)(?:ale|lecz|jednak)(?:\s|$)/i,
    courtesy: /^(?:dzięki|dziękuję|proszę|cześć|hej|witam|ok|okej|tak|jasne)(?![\p{L}])/iu,
    disagree: 'Widzę to inaczej; czy możemy o tym spokojnie porozmawiać?',
    impactApology: 'Przepraszam za utrudnienia, które to spowodowało.',
    venting:
      /(?<![\p{L}])(?:mam (?:już )?(?:dość|dosyć|serdecznie dość)|mam (?:już )?tego (?:serdecznie )?(?:dość|dosyć)|po dziurki w nosie|powyżej uszu|(?:zrób|zróbcie|rób|róbcie)(?: w końcu| wreszcie)? (?:swoją|swoje) (?:robotę|pracę)|ogarnij(?:cie)? się|weź(?:cie)? się w garść|co za (?:bałagan|balagan|burdel|syf|cyrk)|jeden wielki (?:bałagan|balagan|cyrk)|ile (?:jeszcze )?można|chyba (?:żartujesz|żartujecie)|jaja sobie|nie wytrzymam|to jakiś żart|co za żart|to żart|do niczego|szkoda gadać|ręce opadają|brak słów|nie do wiary|niewiarygodne|żenada|żenujące|masakra|dramat|jak zwykle|oczywiście, że nie|nikt (?:nic )?(?:nie mówi|nie słucha|nie czyta)|nikogo to nie obchodzi|poddaję się|zabiliby za|ostateczna oferta|ostatnie słowo|nie (?:proś|proście|przychodź|przychodźcie)(?: potem)? (?:mnie|do mnie))(?![\p{L}])/u,
    refusal:
      /(?<![\p{L}])(?:nieważne|jak tam chcesz|rób(?:cie)? jak (?:chcesz|chcecie|uważasz|uważacie)|róbcie po swojemu|rób po swojemu|niech ci będzie|nie ma mowy|wykluczone|nie ma opcji|absolutnie nie|zapomnij)(?![\p{L}])/u,
    stings:
      /(?<![\p{L}])(?:w końcu|wreszcie|nareszcie|łaskawie|raczył\p{L}*|chociaż raz|już)(?![\p{L}])\s*/gu,
    denial:
      /(?<![\p{L}])(?:nie (?:była |jest )?(?:to )?(?:nasza|moja) wina|nie z (?:naszej|mojej) winy|nie nasz problem|nie mój problem|nie mamy z tym nic wspólnego)(?![\p{L}])/u,
    blameShift: /^(?:może\s+)?(?:gdyby|jakby)(?![\p{L}])|^może\s+(?:jeśli|jak)(?![\p{L}])/u,
    thirdPerson: /(?<![\p{L}])(?:on|ona|oni|one|jego|jej|niego|niej|nich|nią|nim)(?![\p{L}])/u,
    verb: /(?<![\p{L}])(?:nie|się)\s+\p{L}{3,}|(?<![\p{L}])(?:jest|są|mija|trwa|czeka|brakuje|zostaje|wynosi|dotyczy|wymaga|był\p{L}*|będzie\p{L}*|ma|mam|mamy|macie|mają|masz|może\p{L}*|mogę|musi\p{L}*|trzeba|należy|chcę|chce\p{L}*|proszę|czy)(?![\p{L}])|(?<![\p{L}])\p{L}{2,}(?:ł|ła|ło|li|ły|łem|łam|liśmy|łyśmy|ć|my|cie|ją|esz|isz|ysz|uje|ują|uję|ię|ję|iemy|imy|ymy|am|em)(?![\p{L}])/u,
    agreeOn: (phrase) => `Czy możemy ustalić ${lowerFirst(phrase)}?`,
    factLead: /^(?:dla|do|z|ze|o|od|wobec)\s+/iu,
    subordinate:
      /^(?:jak|gdy|kiedy|jeśli|jeżeli|bo|że|zanim|dopóki|odkąd|ponieważ|za każdym razem|kilka razy|często)(?![\p{L}])/u,
    conditionalThreat:
      /(?:,|(?<!\s))\s+(?:to\s+)?(?:idę|pójdę|zgłoszę|zgłosimy|eskaluję|eskalujemy|wstrzymamy|wstrzymujemy|anulujemy|anuluję|zrywamy|zerwiemy|wypowiemy|wypowiadamy|napiszę do|piszę do|dzwonię do|zadzwonię do|włączę|poinformuję|(?:sprawa )?trafi (?:do|na)|przekażemy|przekażę|skierujemy|skieruję|naliczymy|zablokujemy|oddamy)(?![\p{L}])/u,
    involve: (names) =>
      `Jeśli nie uda nam się tego rozwiązać między sobą, proponuję, żebyśmy razem poprosili o wsparcie ${names}.`,
    reframe: {
      rhetorical:
        /^(?:czemu|dlaczego)\s+(?:(?:to|ty|wy)\s+)?(?:znowu|znów|ciągle|wciąż|zawsze|nigdy|jeszcze nie|nie (?:możesz|możecie|potrafisz|potraficie|umiesz|umiecie)|to (?:jest )?(?:takie|tak) trudne|tak trudno|muszę|mam)(?![\p{L}])|^ile (?:razy|jeszcze) (?:mam|muszę|trzeba|będę|można)(?![\p{L}])|^czy (?:ty |wy )?(?:w ogóle|chociaż|choć|naprawdę|serio|kiedykolwiek)(?![\p{L}])|^co (?:ty|wy|pan|pani) sobie (?:myśli|wyobraża)\p{L}*|^co (?:ty|wy) (?:wyprawia|robi)\p{L}*|^co (?:to|tu) (?:ma być|ma znaczyć|się dzieje)|^serio\s*[?!.,]*$|^serio\?|^naprawdę\?|^żartuje\p{L}*|^jaja sobie|^czy to (?:naprawdę |serio )?(?:takie |tak )?(?:trudne|trudno|dużo)|^jak (?:można|mogłeś|mogłaś|mogliście|mogłyście)(?![\p{L}])|^kto tak robi|^czy ktoś (?:tu )?(?:w ogóle )?(?:to )?(?:czyta|słucha|sprawdza)/u,
      challenge: /^(?:czemu|dlaczego) (?:nie|jeszcze nie)\s+(.+?)\??$/u,
      judgement:
        /(?:^|\s)(?:jest|są|było|był|była|to)\s+(?:(?:po prostu|kompletnie|totalnie|całkowicie|absolutnie|zupełnie|naprawdę|szczerze mówiąc|jakaś|jakiś|jedna wielka|jeden wielki|zwykła|zwykły|kompletna|kompletny)\s+)*(?:do niczego|nie do przyjęcia|niedopuszczaln\p{L}*|fuszerk\p{L}*|bałagan\p{L}*|beznadziejn\p{L}*|żałosn\p{L}*|niechlujn\p{L}*|skandal\p{L}*|kompromitacj\p{L}*|kompromitując\p{L}*|amatorszczyzn\p{L}*|amatorsk\p{L}*|partacki\p{L}*|partactw\p{L}*|śmieci\p{L}*|badziewi\p{L}*|tragedi\p{L}*|tragiczn\p{L}*|porażk\p{L}*|dno|chaos\p{L}*|burdel\p{L}*|syf\p{L}*|niedoróbk\p{L}*|słab\p{L}*|fatalnie|fataln\p{L}*|okropn\p{L}*|niepoważn\p{L}*|nieprofesjonaln\p{L}*|żenując\p{L}*|wstyd\p{L}*)(?![\p{L}])|^(?:co za|totalna|kompletna|jedna wielka|jakaś) (?:fuszerka|bałagan|porażka|amatorszczyzna|kompromitacja|partanina|katastrofa)|^(?:(?:znowu|znów|kolejny|kolejna|znowu jakiś|znowu jakaś)\s+)?(?:fuszerka|bałagan|porażka|amatorszczyzna|kompromitacja|partanina|wstyd|chaos|syf|burdel)(?![\p{L}])/u,
      judgedThing:
        /^(?:(?:szczerze(?: mówiąc)?|no|dobra|słuchaj),?\s+)?(?:ten|ta|to|te|twój|twoja|twoje|twoi|wasz|wasza|wasze)\s+(\p{L}+)\s+(jest|był|była|było|są|były)\s/u,
      work: /^(?:raport|prezentacja|kod|dokument|projekt|tekst|analiza|oferta|strona|aplikacja|wycena|zestawienie|plan|mail|specyfikacja|tłumaczenie|makieta|slajd|opis|podsumowanie|arkusz|plik|wdrożenie|build|release|skrypt|formularz|harmonogram|budżet|szkic|materiał|artykuł|wpis|test|testy|moduł|raporcik|deck|przegląd|notatka|umowa|faktura|zamówienie|slajdy|testy|pliki|dane|materiały|wyniki|liczby|dokumenty|opisy|teksty|makiety)$/u,
      needsWork: '{Thing} wymaga jeszcze dopracowania.',
      needWork: '{Thing} wymagają jeszcze dopracowania.',
      plural: /^(?:są|były)$/u,
      puzzled:
        /^(?:(?:ja\s+)?(?:nie rozumiem|nie pojmuję|nie wiem|nie mogę uwierzyć|nie wierzę)),?\s+(?:czemu|dlaczego|jak|że|jakim cudem)\s+(.+)$/u,
      again:
        /(?<!\s)\s*(?<![\p{L}])(?:znowu|znów|po raz kolejny|kolejny raz|ciągle|wciąż|nadal|zawsze|jak zwykle|już|nawet)(?![\p{L}])/gu,
      explanation:
        /^(?:i\s+)?(?:oczekuję|chcę|żądam|wymagam|domagam się|proszę o)\s+(?:(?:pełnego|pełne|natychmiastowego|natychmiastowe|szczegółowego|szczegółowe|pisemnego|pisemne|jasnego|jasne|porządnego|porządne|rzetelnego|rzetelne)\s+)*(?:wyjaśnie\p{L}*|wytłumacze\p{L}*|wyjaśnień|tłumacze\p{L}*|odpowiedzi|informacji)(?:,?\s+(?:co|jak|dlaczego|czemu)\s+(?:się )?(?:stało|stała|doszło do tego|to się stało))?(.*?)[.!]?$/u,
      explain: 'Czy możesz{rest} wyjaśnić mi, co się stało?',
      deadline:
        /^\s*(?:(?:do|przed|dziś|dzisiaj|jutro|najpóźniej|w ciągu|jeszcze dziś|natychmiast)(?![\p{L}]).*)?$/iu,
      getBack: 'Czy możesz dać mi znać{rest}?',
      repeated:
        /^(?:to\s+)?(?:już\s+)?(?:\p{L}+\s+)?(?:raz|razy)\s+(?:już\s+)?(?:proszę|pytam|piszę|przypominam)\s+(?:Cię\s+|was\s+)?(?:o|w sprawie)\s+(.+?)[.!]?$|^(?:proszę|pytam|piszę|przypominam)\s+(?:już\s+)?(?:o to\s+|w tej sprawie\s+)?(?:po raz\s+)?(?:\p{L}+\s+)?(?:raz|razy)(.*)$/u,
      count:
        /(?<!\s)\s*(?<![\p{L}])(?:już|\p{L}+ raz|(?<!\d)\d+ razy|kilka razy|wiele razy|po raz \p{L}+)(?![\p{L}])/gu,
      stillNeed: 'Nadal czekam na {x}.',
      stillAbout: 'Nadal czekam na odpowiedź w sprawie {x}.',
      waitingSince: null,
      clauses: /(?:,|(?<!\s))\s+(?:a|ale)\s+|(?<!\s)\s*;\s*|,\s+i\s+/u,
    },
    ultimatum:
      /(?:,|(?<!\s))\s+(?:albo|lub|bo inaczej|inaczej|w przeciwnym razie)\s+(?:(?:my|ja)\s+)?(?:anulujemy|anuluję|odchodzimy|odejdziemy|zmieniamy|zmienimy|rezygnujemy|zrezygnujemy|zrywamy|zerwiemy|wypowiadamy|wypowiemy|kończymy|zakończymy|idę|pójdę|idziemy|pójdziemy|zgłoszę|zgłosimy|wstrzymujemy|wstrzymamy|szukamy|poszukamy)(?![\p{L}])/u,
  },
};
