/**
 * Turns an analysed draft into rewrite material: the sentences worth keeping (shouting calmed,
 * flagged clauses dropped or transformed), the calm sentences that replace what was dropped, and
 * the facts that must be carried over. Techniques then wrap this material (see compose.ts).
 */
import type { Flag, FlagKind } from '../../schemas.ts';
import { letterCase } from '../analysis/chars.ts';
import { isSpaceChar, spaceOr, trimEndWhere, trimStartWhere } from '../analysis/trim.ts';
import { type Analysis, analyze } from '../analyze.ts';
import { findFacts, missingFrom } from '../facts.ts';
import type { RewriteLexicon } from './lexicon.ts';
import { reframeClause, reframeSentence } from './reframe.ts';

export interface Piece {
  text: string;
  /** States a fact of the draft (kept by "shorter" and "take a break"). */
  hasFact: boolean;
  /** A request ("Could you …?"), led with by "more direct". */
  request: boolean;
  /** Set when this sentence stands in for something dropped. */
  comp?: Compensation;
  /** Worded by the rewriter, not the draft: follows the draft's plural address like stand-ins do. */
  template?: boolean;
}

export type Compensation =
  | 'observation'
  | 'nextStep'
  | 'direct'
  | 'request'
  | 'ownership'
  | 'need'
  | 'disagree'
  /** Brings in together the person a dropped threat named (never a lexicon line of its own). */
  | 'involve';

export interface Material {
  greeting: string | null;
  signoff: string | null;
  /** Kept and transformed sentences, in draft order. */
  body: Piece[];
  /** Sentences without any flag, shouting calmed: the conservative fallback keeps only these. */
  neutral: Piece[];
  /** Which stand-in sentences the body holds (each at most once). */
  compensations: Compensation[];
  /** Flag kinds the rewrite leaves out, in draft order. */
  dropped: FlagKind[];
  /** What is left of dropped clauses that held facts ("the outage on Tuesday at 14:30"). */
  factPhrases: string[];
  /** The draft denies fault: a rewrite owns the impact only, never an invented admission. */
  denies: boolean;
  /** Pieces of the draft's own wording the body keeps (not stand-ins): its point. */
  ownPieces: number;
}

/** Whole-channel pings: a de-escalating rewrite never notifies everyone. */
const BROADCAST = /<!(?:channel|here|everyone)(?:\|[^<>\n]*)?>/gu;
const EYE_ROLL =
  /🙄|🙃|😒|🤦(?:\u200d[♂♀]\ufe0f?)?|:(?:roll_eyes|upside_down_face|unamused|face_palm|facepalm):/gu;
/** Tokens no cleanup step may touch: Slack markup, URLs, code, mentions, channels. */
const UNTOUCHABLE_START = /^(?:<|`|@|#|https?:|www\.)/u;
/** A sentence shaped like a status line or list item ("Design: done"): facts, not prose. */
const LIST_LINE = /^[\p{L}\d][^:\n]{0,30}:\s+\S/u;
/** A separator that introduces the consequence of an ultimatum ("… or we walk"). */
const OR_ELSE = /^,?\s+(?:or|or else|otherwise|albo|lub|bo inaczej|inaczej)\s+$/iu;

/** Short all-caps words that are shouting rather than acronyms. */
const SHOUT_WORDS = new Set(
  (
    'now not no yes why what how who this that you your are is it the and or all my me we do dont cant wont can ' +
    'will stop just even to of in on at for get fix pay be one so have has got was were want need must asap am ' +
    'did done any our us its bad ok fine again still ever real big huge yet off out up who lol wtf omg ' +
    'nie to jest tak już juz teraz znowu zawsze nigdy co jak mam ma się sie do na w z i a bo że ze tego dość dosc ' +
    'ile czy kto po za od już też tez ten ta te mi mnie ty wy was wam my nas nam no'
  ).split(' '),
);

const GREETING_WORD =
  /^(?:hi|hello|hey|dear|good (?:morning|afternoon|evening)|cześć|czesc|hej|witam|witaj|dzień dobry|dzien dobry|szanown\p{L}*)/iu;
/**
 * Who the greeting is for: capitalised names, or a word for the group ("Hi all,", "Hej zespole,").
 * Case-sensitive on purpose: under /iu, `\p{Lu}` matches any letter, and "Hey you idiot," is no greeting.
 */
const GREETING_TO =
  /(?:\s+(?:\p{Lu}[\p{L}-]*|all|team|everyone|everybody|folks|guys|there|wszystkim|wszyscy|zespole|państwu))?(?:\s+\p{Lu}[\p{L}-]*){0,2}\s*[,!\n]/uy;

/** The greeting that opens a sentence ("Hi Anna,"), or null. */
function greetingOf(sentence: string): string | null {
  const word = GREETING_WORD.exec(sentence);
  if (!word) return null;
  GREETING_TO.lastIndex = word[0].length;
  return GREETING_TO.test(sentence) ? sentence.slice(0, GREETING_TO.lastIndex) : null;
}
/**
 * A sign-off on its own line at the end ("Thanks,\nTom"), with at most a short name line after it.
 * Matched on the draft without its trailing whitespace, and with one run of spaces around the
 * punctuation: `[ \t]*[,.!]?[ \t]*\s*$` split a long run of spaces in cubically many ways.
 */
const SIGNOFF =
  /(?:^|\n)[ \t]*((?:thanks|thank you|many thanks|regards|best|best regards|kind regards|cheers|pozdrawiam|pozdrowienia|serdecznie pozdrawiam|dzięki|dziękuję|z poważaniem)[ \t]*(?:[,.!][ \t]*)?(?:\n[ \t]*[^\n]{1,40})?)$/iu;

/** Calm the shouting in one sentence: CAPS words to normal case (not ids or acronyms), "!!!" to ".". */
export function calmShouting(text: string, first = true): string {
  const { letters, upper, upperPair } = letterCase(text);
  const allCaps = letters >= 6 && upper / letters > 0.6;
  if (allCaps)
    text = text
      .replace(/(?<![\p{L}\d])([B-HJ-Z])(?![\p{L}\d'’-])/gu, (m) => m.toLowerCase())
      .replace(/(?<![\p{L}\d])A(?=\s)/gu, 'a');
  // Nothing shouted (no two capitals in a row, no "!", no "??"/"?!", no " ?"): nothing to calm.
  const shouted = allCaps
    ? /\p{Lu}\p{Lu}|!|[!?]{2}|\s\?/u.test(text)
    : upperPair || text.includes('!') || text.includes('??') || /\s\?/.test(text);
  if (!shouted) return first ? capitalise(text) : text;
  const facts = findFacts(text).filter((f) => f.kind !== 'name');
  // Not from inside a run of capitals (the lookbehind): a match there would start at the run's
  // first capital anyway, and trying each one made "YOUYOU…1" quadratic.
  let out = text.replace(/(?<!\p{Lu})[\p{Lu}][\p{Lu}'’]+(?![\p{L}\d/_-])/gu, (word, offset: number) => {
    if (/[\d/_-]/.test(text[offset - 1] ?? '')) return word;
    if (facts.some((f) => offset < f.end && f.start < offset + word.length)) return word;
    const lower = word.toLowerCase();
    if (allCaps || word.length >= 5 || SHOUT_WORDS.has(lower.replace(/['’]/g, ''))) return lower;
    return word;
  });
  out = out
    // Each run starts only where a run begins (the lookbehinds) and the "?" is checked by a
    // lookahead: `\s*[!?]*\?[!?]*` alone backtracked cubically through a long "???…" run.
    .replace(/(?<!\s)\s*(?<![!?])(?=[!?]*\?)[!?]+(?=\s|$)/g, '?')
    .replace(/(?<!\s)\s*(?<!!)!+(?=\s|$)/g, '.')
    .replace(/\.{2,}(?!\.)/g, (m) => (m.length === 3 ? m : '.'))
    .replace(
      /(?<![\p{L}])i(?=['’](?:m|ve|ll|d)(?![\p{L}])|\s+(?:am|have|was|will|think|need|want)(?![\p{L}]))/gu,
      'I',
    );
  return first ? capitalise(out) : out;
}

export function capitalise(text: string): string {
  const i = text.search(/[\p{L}<`@#]/u);
  if (i < 0) return text;
  // "<!here>", "@anna", a URL or a code span keep their exact letters.
  if (UNTOUCHABLE_START.test(text.slice(i))) return text;
  // "30% off" starts with its number: the word after it stays as written.
  if (/[\p{L}\d]/u.test(text.slice(0, i))) return text;
  return text.slice(0, i) + text.charAt(i).toUpperCase() + text.slice(i + 1);
}

/** Spaces and clause punctuation a kept piece may not end (or start) with. */
const LOOSE_END = spaceOr(',;:–—-');
/** The same at a piece's start, where a stray sentence end goes too. */
const LOOSE_START = spaceOr(',;:.!?–—-');
const isBang = (ch: string) => ch === '!';
const isStop = (ch: string) => ch === '.' || ch === '!' || ch === '?';
const isStopOrEllipsis = (ch: string) => isStop(ch) || ch === '…';
const GREETING_END = spaceOr('!,');

function finish(text: string, question: boolean): string {
  const trimmed = trimStartWhere(trimEndWhere(text, LOOSE_END), LOOSE_END);
  if (!trimmed) return '';
  if (/[.?…]$/.test(trimmed)) return trimmed;
  if (/!$/.test(trimmed)) return `${trimEndWhere(trimmed, isBang)}.`;
  return `${trimmed}${question ? '?' : '.'}`;
}

interface Clause {
  start: number; // offsets into the draft
  end: number;
  sep: string; // the separator before this clause
}

/**
 * A separator never starts inside a run of spaces (the lookbehinds): it would match wherever the
 * run's start does, and trying each position of a long run made the split quadratic.
 */
function splitClauses(draft: string, start: number, end: number, language: string): Clause[] {
  const text = draft.slice(start, end);
  const re =
    language === 'pl'
      ? /(?:,|(?<!\s))\s+(?:i|a|ale|lecz|lub|albo|bo|więc|bo inaczej|inaczej)\s+|(?<!\s)\s*[;–—]\s*|,\s+|:\s+/giu
      : /(?:,|(?<!\s))\s+(?:and|but|or|so|because|otherwise|or else)\s+|(?<!\s)\s*[;–—]\s*|,\s+|:\s+/giu;
  const clauses: Clause[] = [];
  let last = 0;
  let sep = '';
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m.index > last) clauses.push({ start: start + last, end: start + m.index, sep });
    sep = m[0];
    last = m.index + m[0].length;
  }
  if (last < text.length) clauses.push({ start: start + last, end, sep });
  return clauses;
}

function removeSpans(draft: string, clause: Clause, flags: Flag[]): string {
  let out = '';
  let at = clause.start;
  for (const f of flags) {
    const s = Math.max(f.start, clause.start);
    const e = Math.min(f.end, clause.end);
    if (s > at) out += draft.slice(at, s);
    at = Math.max(at, e);
  }
  if (at < clause.end) out += draft.slice(at, clause.end);
  return out.replace(/\s{2,}/g, ' ').trim();
}

/** Strip dangling words at either end; null when too little is left to stand alone. */
function meaningful(text: string, lex: RewriteLexicon, minWords = 3): string | null {
  let t = trimEndWhere(trimStartWhere(text, LOOSE_START), LOOSE_END);
  for (let i = 0; i < 3; i++) {
    const before = t;
    t = trimEndWhere(t.replace(lex.leading, ''), LOOSE_END);
    const last = lastWord(trimEndWhere(t, isStop));
    if (last && lex.dangling.test(` ${last}`)) t = t.slice(0, t.lastIndexOf(last)).trim();
    if (t === before) break;
  }
  const words = t.match(/[\p{L}\d][\p{L}\d'’%/.,-]*/gu) ?? [];
  if (words.length < minWords && !(words.length >= 2 && findFacts(t).length > 0)) return null;
  return t;
}

/** A "?" in the run of spaces, "!" and "?" that ends the text (what `/\?[\s!?]*$/` tests), read once. */
function endsAsQuestion(text: string): boolean {
  for (let i = text.length - 1; i >= 0; i--) {
    const ch = text[i]!;
    if (ch === '?') return true;
    if (ch !== '!' && !isSpaceChar(ch)) return false;
  }
  return false;
}

/** The last run of non-space characters when the text ends with one (what `/\S+$/` finds), else ''. */
function lastWord(text: string): string {
  let start = text.length;
  while (start > 0 && !isSpaceChar(text[start - 1]!)) start--;
  return text.slice(start);
}

const REPLACED_BY: Partial<Record<FlagKind, Compensation>> = {
  blame: 'observation',
  threat: 'nextStep',
  escalation: 'direct',
  'non-apology': 'ownership',
  manipulation: 'need',
};

/** Build the rewrite material for a supported-language draft. */
export function buildMaterial(input: string, analysis: Analysis, lex: RewriteLexicon): Material {
  // Broadcast pings become spaces: same length, so every offset of the analysis still holds.
  let draft = input.includes('<!') ? input.replace(BROADCAST, (m) => ' '.repeat(m.length)) : input;
  // An eye-roll is sarcasm without words: it goes with the heat.
  if (analysis.risk.level !== 'calm') draft = draft.replace(EYE_ROLL, (m) => ' '.repeat(m.length));
  const compensations: Compensation[] = [];
  const dropped: FlagKind[] = [];
  const factPhrases: string[] = [];
  let pending: Compensation[] = [];
  const addComp = (c: Compensation) => {
    if (!compensations.includes(c)) {
      compensations.push(c);
      pending.push(c);
    }
  };
  const body: Piece[] = [];
  const neutral: Piece[] = [];
  const priced = lex.price.test(input);
  const flushPending = (skipRequest = false) => {
    for (const comp of pending) {
      if (comp === 'request' && skipRequest) continue;
      if (comp === 'involve') continue;
      // In a talk about price, "what happened" does not fit: the observation is about the numbers.
      const text = comp === 'observation' && priced ? lex.priceObservation : lex[comp];
      body.push({ text, hasFact: false, request: comp === 'request', comp });
    }
    pending = [];
  };
  const liftFacts = (text: string | null) => {
    const rest = upToLastFact(text);
    if (!rest) return;
    const phrase = factPhrase(rest, lex);
    if (phrase && phrase.split(/\s+/).length <= 10) factPhrases.push(calm(phrase, false));
  };
  let greeting: string | null = null;
  let signoff: string | null = null;
  const sentences = analysis.sentences;
  const flags = analysis.flags;
  const tense = analysis.risk.level !== 'calm';
  const lowerDraft = draft.toLowerCase();
  const denies = lex.denial.test(lowerDraft);
  for (const f of flags) if (!dropped.includes(f.kind)) dropped.push(f.kind);
  const draftHasOrders = flags.some((f) => f.kind === 'demand');
  /** Names that came only with a dropped threat ("… or I'm going to Sarah"). */
  const threatNames: string[] = [];
  // The same sentence or clause is often calmed in several branches: once is enough.
  const calmCache = new Map<string, string>();
  const calm = (t: string, first = true) => {
    const key = first ? `1${t}` : `0${t}`;
    let out = calmCache.get(key);
    if (out === undefined) {
      out = calmShouting(t, first);
      calmCache.set(key, out);
    }
    return out;
  };
  const factCache = new Map<string, boolean>();
  const hasFact = (t: string) => {
    let found = factCache.get(t);
    if (found === undefined) {
      found = findFacts(t).length > 0;
      factCache.set(t, found);
    }
    return found;
  };

  const sign = SIGNOFF.exec(draft.trimEnd());
  const signStart = sign ? sign.index + sign[0].indexOf(sign[1] ?? '') : draft.length;
  if (sign?.[1] && !flags.some((f) => f.end > signStart)) {
    signoff = sign[1].trim().replace(/(?<![ \t])[ \t]*\n\s*/g, '\n');
  }

  /** What is left of a cut sentence, unless it is a short fragment with no verb ("30% Rabatu."). */
  const keep = (piece: Piece, cut: boolean) => {
    const short = (piece.text.match(/\S+/g)?.length ?? 0) <= 6;
    if (!cut || !short || piece.request || piece.comp || isSentence(piece.text, lex)) body.push(piece);
    else if (piece.hasFact) liftFacts(trimEndWhere(piece.text, isStopOrEllipsis));
  };

  sentences.forEach((sentence, index) => {
    let start = sentence.start;
    const end = signoff ? Math.min(sentence.end, signStart) : sentence.end;
    if (start >= end) return;
    if (index === 0) {
      const g = greetingOf(draft.slice(start, end));
      if (g && !flags.some((f) => f.start < start + g.length && f.end > start)) {
        greeting = `${trimEndWhere(g, GREETING_END)},`;
        start += g.length;
      }
    }
    const raw = draft.slice(start, end).trim();
    if (!raw) return;
    const inside = flags.filter((f) => f.start < end && f.end > start);
    const question = endsAsQuestion(raw);
    const lowerRaw = raw.toLowerCase();
    if (tense && inside.every((f) => f.kind === 'shouting' || f.kind === 'insult')) {
      // What the analyzer missed (rhetorical questions, verdicts, demands for explanations), and
      // flagged verdicts on a piece of work, which read better reframed than dropped.
      const reframed = reframeSentence(calm(raw), lex);
      if (reframed) {
        if (reframed.observation && !compensations.includes('disagree')) addComp('observation');
        if (reframed.lost) liftFacts(reframed.lost);
        flushPending();
        for (const s of reframed.sentences) {
          const piece = { text: s.text, hasFact: hasFact(s.text), request: s.request, template: s.template };
          body.push(piece);
          neutral.push(piece);
        }
        return;
      }
    }
    if (inside.length === 0) {
      // A one-word verdict in a tense draft ("Unbelievable." "Obviously.") only adds heat.
      if (tense && /^[\p{L}]+[.!?]*$/u.test(raw) && !lex.courtesy.test(raw)) return;
      const text = finish(calm(raw), question);
      if (!text) return;
      const factual = hasFact(text);
      if (tense && lex.refusal.test(lowerRaw)) {
        // "Absolutely not." says "I disagree"; say it plainly and invite the talk instead.
        addComp('disagree');
        flushPending();
        return;
      }
      if (tense && lex.blameShift.test(lowerRaw)) {
        // "Maybe if your team had read the docs, …": blame through a hypothetical; its facts stay.
        if (factual) liftFacts(raw);
        return;
      }
      if (tense && isVenting(raw, lowerRaw, factual, question, lex)) {
        // Venting carries no content of its own: an observation and its impact stand in for it
        // (after "I see it differently", the disagreement already says it).
        if (!compensations.includes('disagree')) addComp('observation');
        if (factual) liftFacts(raw);
        flushPending();
        return;
      }
      const ultimatum = question
        ? null
        : (lex.ultimatum.exec(lowerRaw) ??
          (lex.condition.test(lowerRaw) ? lex.conditionalThreat.exec(lowerRaw) : null));
      if (tense && ultimatum && ultimatum.index > 0) {
        // "20% off or we cancel the order" the analyzer let through: the ask stays, the "or else" goes.
        const ask = trimEndWhere(raw.slice(0, ultimatum.index), LOOSE_END);
        const named = findFacts(raw.slice(ultimatum.index));
        // "…, idę do Anny": the name came with the threat; she is brought in together instead.
        if (named.length > 0 && named.every((f) => f.kind === 'name'))
          for (const f of named) if (!threatNames.includes(f.text)) threatNames.push(f.text);
        const askFacts = hasFact(ask);
        const request =
          (lex.condition.test(ask) ? lex.fromCondition(calm(ask)) : null) ??
          lex.toRequest(calm(ask), true) ??
          (askFacts && !isSentence(ask, lex) ? lex.agreeOn(calm(ask, false)) : null);
        const statement = request ? null : meaningful(calm(ask), lex);
        if (request) body.push({ text: finish(capitalise(request), true), hasFact: askFacts, request: true });
        else if (statement) body.push({ text: finish(statement, false), hasFact: askFacts, request: false });
        else if (factual && !lex.condition.test(ask)) liftFacts(raw);
        addComp('nextStep');
        flushPending();
        return;
      }
      neutral.push({ text, hasFact: factual, request: question });
      // An order the analyzer let through ("You need to …") in a draft that gives orders elsewhere.
      // A bare order in a tense draft ("Popraw go do jutra.") reads better as a request.
      const request =
        draftHasOrders && lex.pressureStart.test(text)
          ? lex.toRequest(stripPressure(text, lex), true)
          : tense && !question
            ? lex.toRequest(text, false)
            : null;
      body.push(
        request
          ? { text: request, hasFact: hasFact(request), request: true }
          : { text, hasFact: factual, request: question },
      );
      return;
    }
    if (inside.every((f) => f.kind === 'passive-aggressive' || f.kind === 'shouting')) {
      // "Thanks for finally replying" → "Thanks for replying", when that alone reads calm.
      const plain = unstung(raw, lex);
      if (plain) {
        const text = finish(calm(plain), question);
        if (text) keep({ text, hasFact: hasFact(text), request: question }, false);
        return;
      }
    }
    const clauses = splitClauses(draft, start, end, analysis.language);
    const kept: string[] = [];
    // Which kept clauses were cut (a flagged span removed) or are only a swapped "always"; and
    // whether a clause was dropped, leaving such pieces without their main clause.
    let cutKept = false;
    let swapsOnly = true;
    let droppedClause = false;
    const requests: string[] = [];
    const reframed: Piece[] = [];
    const threatened = inside.some((f) => f.kind === 'threat' || f.kind === 'escalation');
    const ultimatum = threatened || inside.some((f) => f.kind === 'manipulation');
    const orderish = threatened || inside.some((f) => f.kind === 'demand');
    const hostile = inside.some((f) => f.kind !== 'shouting');
    // "Maybe if your team read the docs, …": blame through a hypothetical; only its facts stay.
    const shifting = !threatened && hostile && lex.blameShift.test(lowerRaw);
    // "Whatever, do it your way": a sulky concession is not a request; say "I disagree" instead.
    const conceding = inside.some((f) => f.kind === 'dismissive') && lex.refusal.test(lowerRaw);
    let dropNext = false;
    let afterThreat = false;
    clauses.forEach((clause, ci) => {
      const own = inside.filter((f) => f.start < clause.end && f.end > clause.start);
      const kinds = new Set(own.map((f) => f.kind));
      const source = draft.slice(clause.start, clause.end);
      let text: string | null = source;
      let request: string | null = null;
      let swapped = false;
      /** Contempt worded as an order ("do your job"), dropped like venting: no request stands in. */
      let vented = false;
      /** What follows a threat's condition once that is asked for as a request. */
      let threatPart: Clause | null = null;
      const consequence = ultimatum && (afterThreat || OR_ELSE.test(clause.sep));
      if (own.some((f) => f.kind === 'threat' || f.kind === 'escalation')) afterThreat = true;
      if (dropNext || shifting || conceding) {
        // The excuse after "sorry, but": an apology with a "but" is not one.
        text = null;
        dropNext = false;
      } else if (own.length === 0 || own.every((f) => f.kind === 'shouting')) {
        // Short asides next to a jab ("…, really impressive") carry its tone, not content.
        if (own.length === 0 && hostile && !hasFact(source) && !meaningful(source, lex)) text = null;
        else if (threatened && lex.condition.test(source.trim())) {
          request = lex.fromCondition(calm(source.trim()));
          text = null;
        } else if (consequence && !lex.condition.test(source.trim())) {
          // What happens "or else" is the threat itself, even where the analyzer flagged less.
          text = null;
        } else if (lex.venting.test(source.toLowerCase())) text = null;
      } else if (
        kinds.has('blame') ||
        kinds.has('insult') ||
        kinds.has('non-apology') ||
        kinds.has('sarcasm')
      ) {
        text = null;
        if (kinds.has('sarcasm')) addComp('observation');
        // "I'm sick of covering for you" vents, but the impact it reports is real: say that.
        const impact = kinds.has('blame') ? lex.impact(source) : null;
        if (impact) reframed.push({ text: impact, hasFact: false, request: false, template: true });
        if (kinds.has('non-apology')) dropNext = lex.but.test(clauses[ci + 1]?.sep ?? '');
      } else if (kinds.has('threat') || kinds.has('escalation')) {
        text = null;
        // "If this isn't paid by Friday we'll hand it over …": without a comma the condition shares
        // the threat's clause; it names the need, so it is asked for, not noted as a bare fact.
        const cut = conditionEnd(draft, clause, own, lex);
        if (cut !== null) {
          request = lex.fromCondition(calm(draft.slice(clause.start, cut).trim()));
          if (request) threatPart = { ...clause, start: cut };
        }
      } else if (kinds.has('demand') && lex.venting.test(source.toLowerCase())) {
        // "Do your job", "Zrób w końcu swoją robotę": contempt worded as an order asks for nothing;
        // it goes like venting, and an observation stands in for it.
        text = null;
        vented = true;
        if (!compensations.includes('disagree')) addComp('observation');
      } else if (kinds.has('dismissive')) {
        // "Calm down", "That's not going to happen": nothing to keep but the disagreement.
        text = null;
        if (lex.refusal.test(source.toLowerCase())) addComp('disagree');
      } else if (kinds.has('absolute') && lex.secondPerson.test(source)) {
        // "You always …" judges the person: an observation replaces it, naming the habit when it
        // can ("I've noticed a pattern around missing deadlines…"), so the point survives.
        const habit = lex.habit(source);
        if (habit && !compensations.includes('observation')) {
          compensations.push('observation');
          reframed.push({ text: habit, hasFact: false, request: false, template: true });
          droppedClause = true;
          return;
        }
        text = null;
        addComp('observation');
      } else if (own.every((f) => f.kind === 'absolute' || f.kind === 'shouting')) {
        text = swapAbsolutes(draft, clause, own, lex);
        if (text !== null) swapped = true;
        if (text === null) addComp('observation');
      } else if (kinds.has('demand') && tense && lex.reframe.explanation.test(source.trim().toLowerCase())) {
        // "I want a full explanation by EOD": asked as a question about what happened, deadline kept.
        const alt = reframeClause(calm(source.trim()), lex);
        if (alt?.text) {
          reframed.push({
            text: alt.text,
            hasFact: hasFact(alt.text),
            request: true,
            template: alt.template,
          });
          droppedClause = true;
          return;
        }
        text = null;
      } else if (kinds.has('demand')) {
        // The order's content is worth keeping; only its pressure goes.
        const others = own.filter((f) => f.kind !== 'demand' && f.kind !== 'shouting');
        // "Napraw to NATYCHMIAST" leaves two words that still make a request.
        const plain = stripPressure(removeSpans(draft, clause, others), lex);
        text = lex.toRequest(plain, true) ? plain : meaningful(plain, lex);
      } else if (own.every((f) => f.kind === 'passive-aggressive' || f.kind === 'shouting')) {
        // "Thanks for finally replying" → "Thanks for replying", when that alone reads calm; the
        // tail of a jab ("[As I already said] in my last email") is no sentence of its own.
        text = unstung(source, lex) ?? meaningful(removeSpans(draft, clause, own), lex);
        // "[This is the third time I'm asking] for the invoice to be paid": ask for it plainly.
        const asked = text ? lex.askedFor(text) : null;
        if (asked) {
          request = asked;
          text = null;
        }
        if (text && !hasFact(text) && !isSentence(text, lex) && text.split(/\s+/).length <= 4) text = null;
        if (text && leftObject(text, own, lex)) text = null;
      } else {
        text = meaningful(removeSpans(draft, clause, own), lex);
        if (text && leftObject(text, own, lex)) text = null;
      }
      // A clause that still carries its flagged words ("… i nie będziemy dyskutować") goes whole.
      if (
        text &&
        own.some((f) => f.kind !== 'shouting' && text?.toLowerCase().includes(f.text.toLowerCase()))
      )
        text = null;
      // "30% off" once "or we walk" is gone: the position itself, asked for plainly.
      if (
        text &&
        (ultimatum || orderish) &&
        !isSentence(text, lex) &&
        hasFact(text) &&
        text.split(/\s+/).length <= 6
      ) {
        request = lex.agreeOn(calm(trimEndWhere(text.trim(), isStopOrEllipsis), false));
        text = null;
      }
      for (const k of kinds) {
        const comp = REPLACED_BY[k];
        if (comp && (text === null || k === 'manipulation')) addComp(comp);
      }
      if (text === null) {
        droppedClause = true;
        if (kinds.has('demand') && !request && !vented) addComp('request');
        if (request) requests.push(request);
        // Past an asked-for condition, the threat's own words still decide names and facts.
        const rest = request ? threatPart : clause;
        if (!rest) return;
        const names = findFacts(draft.slice(rest.start, rest.end));
        if (
          (threatened || consequence) &&
          names.length > 0 &&
          names.every((f) => f.kind === 'name') &&
          (kinds.has('threat') || kinds.has('escalation') || consequence)
        ) {
          // The name came with the threat: it is no fact to restate, only someone to bring in together.
          for (const f of names) if (!threatNames.includes(f.text)) threatNames.push(f.text);
        } else if (
          names.length > 0 &&
          !(threatened && lex.condition.test(draft.slice(rest.start, rest.end).trim()))
        )
          liftFacts(meaningful(removeSpans(draft, rest, own), lex, 1));
        // A threat's condition that could not be asked for is no fact either ("For reference: this
        // happens again on Monday" states what was only supposed): its facts are noted alone.
        return;
      }
      const calmed = calm(text.trim(), kept.length === 0);
      // A verdict or a demand for an explanation next to a flagged phrase, the analyzer let through.
      const alt = tense ? reframeClause(calmed, lex) : undefined;
      if (alt) {
        if (alt.observation && !compensations.includes('disagree')) addComp('observation');
        if (alt.text)
          reframed.push({
            text: alt.text,
            hasFact: hasFact(alt.text),
            request: alt.request,
            template: alt.template,
          });
        if (!alt.text || missingFrom(findFacts(calmed), alt.text).length > 0) liftFacts(calmed);
        droppedClause = true;
        return;
      }
      // The ask of an ultimatum ("Albo dacie nam 30%…, albo…") is a request once its "or else" is gone.
      request = lex.toRequest(stripPressure(calmed, lex), orderish || ultimatum);
      if (request) requests.push(request);
      else {
        kept.push(kept.length === 0 ? calmed : `${calmSeparator(clause.sep)}${calmed}`);
        if (own.some((f) => f.kind !== 'shouting')) cutKept = true;
        if (!swapped && !lex.subordinate.test(calmed.toLowerCase())) swapsOnly = false;
      }
    });
    if (conceding) addComp('disagree');
    // "Every time there is a deadline" once "you disappear" is gone: no sentence is left.
    const orphaned = kept.length > 0 && swapsOnly && droppedClause;
    if (orphaned) liftFacts(kept.join(''));
    const statement = kept.length > 0 && !orphaned ? meaningful(kept.join(''), lex, 1) : null;
    if (statement) {
      const text = finish(capitalise(statement), question && requests.length === 0);
      if (text) keep({ text, hasFact: hasFact(text), request: question }, cutKept);
    }
    body.push(...reframed);
    for (const r of requests)
      body.push({ text: finish(capitalise(r), true), hasFact: hasFact(r), request: true });
    flushPending(requests.length > 0);
  });
  // Going to the person directly already answers the threat; both would read as a lecture.
  const direct = compensations.includes('direct');
  const hasRequest = body.some((p) => p.request && p.comp === undefined);
  const kept = body
    .filter((p) => !(direct && p.comp === 'nextStep') && !(hasRequest && p.comp === 'request'))
    .map((p) => (denies && p.comp === 'ownership' ? { ...p, text: lex.impactApology } : p));
  if (threatNames.length > 0) {
    const involve: Piece = {
      text: lex.involve(threatNames.join(analysis.language === 'pl' ? ', ' : ' and ')),
      hasFact: true,
      request: false,
      comp: 'involve',
    };
    const next = kept.findIndex((p) => p.comp === 'nextStep');
    const after = kept.findIndex((p) => p.comp === 'direct');
    if (next >= 0) kept[next] = involve;
    else if (after >= 0) kept.splice(after + 1, 0, involve);
    else kept.push(involve);
  }
  return {
    greeting,
    signoff,
    body: kept,
    neutral,
    compensations: kept.flatMap((p) => (p.comp ? [p.comp] : [])),
    dropped,
    factPhrases,
    denies,
    ownPieces: kept.filter((p) => !p.comp).length,
  };
}

/** Content-free venting: a marker of it, or a sentence that alone reads hostile and states no fact. */
function isVenting(
  raw: string,
  lower: string,
  factual: boolean,
  question: boolean,
  lex: RewriteLexicon,
): boolean {
  if (lex.venting.test(lower)) return true;
  if (factual || (question && !/^(?:seriously|really|are you|do you even|czy ty|serio)/u.test(lower)))
    return false;
  // Only a sentence aimed at the reader can judge them; the rest is not worth a second analysis.
  if (!lex.secondPerson.test(raw) || lex.toRequest(raw, false)) return false;
  // Alone, without the rest of the draft to dilute it, the sentence reads hostile.
  const alone = analyze(raw, { collapsed: true });
  return alone.risk.level !== 'calm' || alone.flags.some((f) => f.kind !== 'shouting' && f.kind !== 'demand');
}

/** The clause without the words that made a courtesy sting, when that alone reads calm. */
function unstung(source: string, lex: RewriteLexicon): string | null {
  lex.stings.lastIndex = 0;
  if (!lex.stings.test(source.toLowerCase())) return null;
  lex.stings.lastIndex = 0;
  // Case-folded matching: find the spans on the lower-cased text, cut them from the original.
  const lower = source.toLowerCase();
  if (lower.length !== source.length) return null;
  let out = '';
  let at = 0;
  for (let m = lex.stings.exec(lower); m !== null; m = lex.stings.exec(lower)) {
    out += source.slice(at, m.index);
    at = m.index + m[0].length;
  }
  lex.stings.lastIndex = 0;
  out = (out + source.slice(at)).replace(/\s{2,}/g, ' ').trim();
  if (!out) return null;
  const check = analyze(out, { collapsed: true });
  return check.flags.length === 0 && check.risk.level === 'calm' ? out : null;
}

/**
 * Where the condition that opens a threat's own clause ends ("If this isn't paid by Friday" of
 * "… we'll hand it over to collections"): the offset where the threat's main clause starts, or
 * null when the clause opens with no condition.
 */
function conditionEnd(draft: string, clause: Clause, own: Flag[], lex: RewriteLexicon): number | null {
  const source = draft.slice(clause.start, clause.end);
  const lead = source.length - source.trimStart().length;
  if (!lex.condition.test(source.trimStart())) return null;
  const threat = own.find((f) => f.kind === 'threat' || f.kind === 'escalation');
  if (!threat) return null;
  // The flag may hold the condition too ("If you don't fix this by Monday I'm going to").
  const holds = threat.start <= clause.start + lead;
  const before = source.slice(0, (holds ? threat.end : threat.start) - clause.start);
  // Where the main clause starts: "…, we'll …" / "… przekażemy …"; else right after the last fact.
  const lower = source.toLowerCase();
  // Case-folded offsets only hold when folding kept the length.
  const main = lower.length === source.length ? lex.conditionalThreat.exec(lower) : null;
  const cut =
    main && main.index > lead && main.index <= before.length
      ? source.slice(0, main.index)
      : (upToLastFact(before) ?? '');
  const condition = cut.trim();
  const end = clause.start + lead + condition.length;
  // Another flagged phrase inside the condition would carry into the question.
  if (!condition || own.some((f) => f !== threat && f.kind !== 'shouting' && f.start < end)) return null;
  return end;
}

/** A nonsense stem: a word that still reads as a verb with only its last letters kept on it is one by ending alone. */
const STEM = 'qqq';

/** The flagged phrase ends on its verb ("Nobody reads", "nikt nie czyta"): its object is not in it. */
function endsOnVerb(flag: Flag, lex: RewriteLexicon): boolean {
  const words = flag.text.toLowerCase().match(/[\p{L}'’]+/gu) ?? [];
  const last = words.at(-1) ?? '';
  const prev = words.at(-2) ?? '';
  if (lex.verb.test(last)) return true;
  // "nie czyta": a verb only with the word before it, which is no verb on its own.
  return prev !== '' && !lex.verb.test(prev) && lex.verb.test(`${prev} ${last}`);
}

/**
 * What is left once a flagged phrase took the clause's verb ("[Nobody reads] my messages
 * apparently"): the verb's object, with no verb of its own. Words that look like verbs only by
 * their ending ("messages", "maili") do not count: plural nouns share those endings.
 */
function leftObject(text: string, own: Flag[], lex: RewriteLexicon): boolean {
  if (!own.some((f) => f.kind !== 'shouting' && endsOnVerb(f, lex))) return false;
  if (/\?\s*$/.test(text) || LIST_LINE.test(text) || lex.courtesy.test(text) || lex.toRequest(text, false))
    return false;
  const words = text.toLowerCase().match(/[\p{L}'’]+/gu) ?? [];
  return !words.some((w) => lex.verb.test(w) && (w.length <= 4 || !lex.verb.test(`${STEM}${w.slice(-3)}`)));
}

/** A sentence has a verb, is a question, or is a status/list line; anything else is a fragment. */
export function isSentence(text: string, lex: RewriteLexicon): boolean {
  const lower = text.toLowerCase();
  return (
    /\?\s*$/.test(text) ||
    LIST_LINE.test(text) ||
    lex.verb.test(lower) ||
    lex.courtesy.test(text) ||
    lex.toRequest(text, false) !== null
  );
}

/** A lifted fact phrase without a leading condition, conjunction or preposition ("to Mark" → "Mark"). */
function factPhrase(text: string, lex: RewriteLexicon): string | null {
  let t = text.trim();
  for (let i = 0; i < 3; i++) {
    const before = t;
    t = t.replace(lex.leading, '').replace(lex.condition, '').replace(lex.factLead, '').trim();
    if (t === before) break;
  }
  return t || null;
}

const UNIT =
  /^[\s\u00a0]*(?:days?|hours?|minutes?|weeks?|months?|years?|times|people|pcs|items|dni|dzień|godzin\p{L}*|minut\p{L}*|tygodni\p{L}*|miesią\p{L}*|miesięc\p{L}*|lat|razy|osób|osoby|sztuk\p{L}*)(?![\p{L}])/u;

/** What is left of a dropped clause, cut after its last fact ("the outage on Tuesday at 14:30"). */
function upToLastFact(text: string | null): string | null {
  if (!text) return null;
  const facts = findFacts(text);
  const last = facts.at(-1);
  if (!last) return null;
  const unit = UNIT.exec(text.slice(last.end))?.[0] ?? '';
  return text.slice(0, last.end + unit.length).trim();
}

/** A separator as written, in lower case when it was shouted ("AND" → "and"). */
function calmSeparator(sep: string): string {
  return sep.trim() === '' ? ' ' : sep.toLowerCase();
}

function stripPressure(text: string, lex: RewriteLexicon): string {
  return text
    .replace(lex.pressure, ' ')
    .replace(/\s{2,}/g, ' ')
    .replace(/(?<!\s)\s+([,.?])/g, '$1')
    .trim();
}

/** "always" → "often" in a clause that does not judge the person; null when a word has no swap. */
function swapAbsolutes(draft: string, clause: Clause, own: Flag[], lex: RewriteLexicon): string | null {
  let out = '';
  let at = clause.start;
  for (const f of own) {
    if (f.kind !== 'absolute') continue;
    const swap = lex.absolutes.find(([re]) => re.test(f.text.trim()))?.[1];
    if (!swap) return null;
    out += draft.slice(at, f.start) + swap;
    at = f.end;
  }
  return out + draft.slice(at, clause.end);
}
