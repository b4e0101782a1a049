/**
 * Practice runs, offline: Parley plays the other side. The counterpart's move follows the situation's
 * arc (push → object → test a non-negotiable → soften → agree); its stance reacts to how the user's
 * last turn reads (blame and threats harden it; shared purpose, questions and options soften it).
 * Deterministic: variety comes from the turn index and a hash of the text, never from randomness.
 */
import type { PracticeInput } from '../coach.ts';
import type { Flag, PracticeFeedback, PracticeMove, PracticeReply, Situation } from '../schemas.ts';
import type { TechniqueLibrary } from '../techniques.ts';
import { analyzeActs } from './acts/analyze-acts.ts';
import type { ActReading, LabeledSentence } from './acts/label.ts';
import type { Act } from './acts/schema.ts';
import { analyze } from './analyze.ts';
import { PRACTICE_EN } from './plans/counterpart-en.ts';
import { loadCounterpart } from './plans/counterpart-pack.ts';
import { PRACTICE_PL } from './plans/counterpart-pl.ts';
import { findFigures } from './plans/figures.ts';
import { fillTemplate } from './plans/phrases.ts';
import type { PracticeLanguagePack } from './plans/types.ts';
import { flagGroups } from './read.ts';
import { detectSituation, type PlanLanguage, pick, replyLanguage, stableHash } from './situation.ts';

const MOVES: readonly PracticeMove[] = ['push', 'object', 'test', 'soften', 'agree'];
/** Without a turn that lands well, the counterpart softens but never fully agrees. */
const LAST_NEUTRAL_STEP = 3;

export type Stance = PracticeReply['stance'];

// Cues that make a turn land well. Word starts use a Unicode-aware boundary so Polish stems match.
const W = '(?<![\\p{L}])';
const CONTRAST = new RegExp(
  [
    `${W}(?:i'm not|i am not|i don't|i do not|this isn't|it's not|this is not|it is not)\\b[^.?!]{0,120}?[;,.]?(?<!\\s)\\s*(?:but |i do |i am |i want|i'd like|what i want|it's about|i'm saying|i am saying)`,
    `${W}nie chodzi mi o[^.?!]{0,160}?chodzi mi o`,
    `${W}nie chcę[^.?!]{0,160}?(?:chcę|zależy mi)`,
    `${W}nie mówię, że[^.?!]{0,160}?mówię`,
  ].join('|'),
  'iu',
);
const SHARED = new RegExp(
  `${W}(?:we both|both of us|we all want|our (?:shared|common) goal|the same goal|together|nam obu|obu nam|obojgu nam|nam obojgu|oboje|obu stronom|obie strony|wspóln|razem)`,
  'iu',
);
const OPEN_QUESTION = new RegExp(
  `${W}(?:what|how|which|why|where|when)${'(?![\\p{L}])'}[^?]{0,160}\\?|${W}(?:co|jak|jaki|jaka|jakie|która|który|które|dlaczego|czego|czym|kiedy|gdzie)(?![\\p{L}])[^?]{0,160}\\?`,
  'iu',
);
const ACKNOWLEDGE = new RegExp(
  `${W}(?:i understand|i hear you|i hear that|i see why|i can see|that makes sense|fair point|i appreciate|i value|i respect|rozumiem|słyszę|to ma sens|masz rację|doceniam|cenię|szanuję)`,
  'iu',
);
const OPTIONS = new RegExp(
  `${W}(?:what if|we could|you could|how about|option|would it help|in exchange|instead|a longer|phased|payment plan|instalment|installment|price lock|moglibyśmy|możemy|możecie|propozycj|opcj|w zamian|a gdyby|co powiesz|co Pan powie|zamiast|etap|rat[ayę]|dłuższ)`,
  'iu',
);
const APOLOGY = new RegExp(
  `${W}(?:i'm sorry|i am sorry|i apologi[sz]e|we apologi[sz]e|my mistake|my fault|that's on me|that was on us|this one is on us|przepraszam|przepraszamy|mój błąd|moja wina|nasz błąd|nasza wina)`,
  'iu',
);
const BREAK = new RegExp(
  `${W}(?:take a break|a short break|pause|ten minutes|10 minutes|come back to (?:this|it)|pick (?:this|it) up|przerw|wróćmy do tego|wrócić do tego|dziesięć minut|10 minut)`,
  'iu',
);

// Giving in: an agreement word plus the full demand (their percentage, "for free"), with no trade attached.
const AGREE = new RegExp(
  `${W}(?:fine|ok|okay|alright|all right|sure|deal|agreed|you win|whatever you want|dobrze|dobra|ok|zgoda|niech będzie|w porządku|jasne|wygrałeś|jak chcesz)(?![\\p{L}])`,
  'iu',
);
const GIVE_ALL = new RegExp(
  `${W}(?:for free|free of charge|no charge|at no cost|don't worry about (?:the )?(?:invoice|payment|paying)|no need to pay|forget (?:about )?the (?:invoice|increase)|keep the old price|drop the increase|za darmo|gratis|bez opłat|nie musicie płacić|zapomnijmy o (?:fakturze|podwyżce)|zostawimy starą cenę|rezygnujemy z podwyżki)`,
  'iu',
);
const CONDITIONAL = new RegExp(
  `${W}(?:if|provided|as long as|in exchange|in return|only if|on condition|jeśli|jeżeli|pod warunkiem|w zamian|o ile|tylko jeśli)(?![\\p{L}])`,
  'iu',
);

const HEATING_KINDS = new Set<Flag['kind']>([
  'blame',
  'absolute',
  'insult',
  'threat',
  'shouting',
  'dismissive',
  'sarcasm',
  'passive-aggressive',
  'demand',
  'escalation',
  'manipulation',
]);

function practicePack(language: PlanLanguage): PracticeLanguagePack {
  return language === 'pl' ? PRACTICE_PL : PRACTICE_EN;
}

function userTurns(input: PracticeInput): string[] {
  return input.turns.filter((t) => t.role === 'user').map((t) => t.text);
}

function languageOf(input: PracticeInput): PlanLanguage {
  return replyLanguage([input.situation, ...userTurns(input)].join('\n'), input.language);
}

function situationOf(input: PracticeInput): Situation {
  return input.plan?.situation ?? detectSituation(input.situation);
}

/** Turns that land well: shared purpose, open questions, contrasting, acknowledging, options. */
function landsWell(text: string): boolean {
  return (
    SHARED.test(text) ||
    OPEN_QUESTION.test(text) ||
    CONTRAST.test(text) ||
    ACKNOWLEDGE.test(text) ||
    OPTIONS.test(text) ||
    APOLOGY.test(text) ||
    BREAK.test(text)
  );
}

/** What one user turn does, by its acts (acts/*), with the flags they and the lexicon raise. */
interface TurnReading {
  flags: Flag[];
  sentences: LabeledSentence[];
  heated: boolean;
  /** The sentence that makes a threat or an ultimatum, if any. */
  threat: LabeledSentence | null;
}

const REPROACH_ACTS: ReadonlySet<Act> = new Set(['reproach', 'motive', 'dismissal', 'sarcasm', 'rhetorical']);

const TURN_CACHE = new Map<string, TurnReading>();

function readTurn(text: string): TurnReading {
  const cached = TURN_CACHE.get(text);
  if (cached) return cached;
  const { analysis, reading } = analyzeActs(text);
  const sentences = (reading as ActReading | null)?.sentences ?? [];
  const flags = analysis.flags;
  const turn: TurnReading = {
    flags,
    sentences,
    heated:
      analysis.risk.level === 'heated' ||
      flags.some((f) => HEATING_KINDS.has(f.kind)) ||
      sentences.some((x) => x.hostile),
    threat: sentences.find((x) => x.acts.includes('threat')) ?? null,
  };
  // A practice replays every earlier turn on each move: read each one once.
  if (TURN_CACHE.size > 500) TURN_CACHE.clear();
  TURN_CACHE.set(text, turn);
  return turn;
}

/** How one user turn changes the counterpart's mood; heat wins over politeness. */
export function stanceFor(text: string): Stance {
  if (readTurn(text).heated) return 'harder';
  return landsWell(text) ? 'softer' : 'same';
}

/** Where the counterpart is on its arc after the user's turns. */
function progress(turns: string[]): { step: number; stances: Stance[] } {
  let step = 0;
  const stances: Stance[] = [];
  for (const text of turns) {
    const stance = stanceFor(text);
    stances.push(stance);
    if (stance === 'same') step = Math.min(step + 1, LAST_NEUTRAL_STEP);
    else if (stance === 'softer') step = Math.min(step + 1 + (OPTIONS.test(text) && step >= 1 ? 1 : 0), 4);
    // 'harder': no progress; the counterpart digs in.
  }
  return { step, stances };
}

function asideFor(text: string, pack: PracticeLanguagePack): string | null {
  const turn = readTurn(text);
  const flags = turn.flags.filter((f) => HEATING_KINDS.has(f.kind));
  const group = flagGroups(flags)[0];
  if (group && flags[0]) return fillTemplate(pack.asides[group], { quote: flags[0].text });
  return turn.heated ? pack.asides.heated : null;
}

export function practiceTurn(input: PracticeInput, _techniques: TechniqueLibrary): PracticeReply {
  const language = languageOf(input);
  const pack = practicePack(language);
  const lines = pack.lines[situationOf(input)](findFigures(input.situation));
  const turns = userTurns(input);
  const last = turns.at(-1);
  if (last === undefined) {
    return { engine: 'local', language, move: 'push', stance: 'same', text: lines.push[0]!, aside: null };
  }

  const { step, stances } = progress(turns);
  const stance = stances.at(-1)!;
  // The turn index alternates lines while the counterpart stays on one move; the hash varies the rest.
  const seed = turns.length;
  const hash = stableHash(last);
  let move: PracticeMove;
  let text: string;
  if (caved(last, demandsOf(input))) {
    // They got everything they asked for: of course they agree, and the debrief will point it out.
    return {
      engine: 'local',
      language,
      move: 'agree',
      stance: 'softer',
      text: pick(lines.agree, hash),
      aside: null,
    };
  }
  const threat = readTurn(last).threat;
  if (threat) {
    // An ultimatum buys nothing: the counterpart names it and repeats its position.
    const said = loadCounterpart(language);
    return {
      engine: 'local',
      language,
      move: 'push',
      stance: 'harder',
      text: `${pick(said.ultimatum, hash)} ${pick(lines.push, seed + 1)}`,
      aside: fillTemplate(said.aside, { quote: shortQuote(threat.text) }),
    };
  }
  if (stance !== 'harder' && BREAK.test(last)) {
    // A break is accepted, but the counterpart's position stays where it was.
    return {
      engine: 'local',
      language,
      move: MOVES[step]!,
      stance,
      text: pick(pack.pause, hash),
      aside: null,
    };
  }
  if (stance === 'harder') {
    move = 'push';
    text = `${pick(pack.firmer, hash)} ${pick(lines.push, seed + 1)}`;
  } else {
    move = MOVES[step]!;
    const line = pick(lines[move], seed);
    text = stance === 'softer' && move !== 'agree' ? `${pick(lines.reveal, hash)} ${line}` : line;
  }
  return {
    engine: 'local',
    language,
    move,
    stance,
    text,
    aside: stance === 'harder' ? asideFor(last, pack) : null,
  };
}

/** A sentence shortened for a note. */
function shortQuote(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.length <= 120 ? clean : `${clean.slice(0, 118).trim()}…`;
}

/** The sentence of a turn that shows the technique (or slip), shortened for a feedback note. */
function quote(text: string, match?: RegExpExecArray | null): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  const at = match ? Math.min(clean.length, Math.max(0, clean.indexOf(match[0].trim()))) : 0;
  const before = clean.slice(0, at);
  const start = Math.max(before.lastIndexOf('. '), before.lastIndexOf('? '), before.lastIndexOf('! '));
  const end = clean.slice(at).search(/[.?!](\s|$)/);
  const sentence = clean.slice(start === -1 ? 0 : start + 2, end === -1 ? clean.length : at + end + 1).trim();
  return sentence.length <= 120 ? sentence : `${sentence.slice(0, 118).trim()}…`;
}

const STRENGTH_CUES: readonly [string, RegExp][] = [
  ['contrasting', CONTRAST],
  ['shared-purpose', SHARED],
  ['interests-not-positions', OPEN_QUESTION],
  ['apology', APOLOGY],
  ['take-a-break', BREAK],
  ['make-it-safe', ACKNOWLEDGE],
];

function plural(language: PlanLanguage, n: number, forms: [string, string, string]): string {
  if (language === 'en') return `${n} ${n === 1 ? forms[0] : forms[1]}`;
  const mod10 = n % 10;
  const mod100 = n % 100;
  if (n === 1) return `${n} ${forms[0]}`;
  return `${n} ${mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14) ? forms[1] : forms[2]}`;
}

/** The percentages the other side asked for, from the situation and the counterpart's lines. */
function demandsOf(input: PracticeInput): string[] {
  return [input.situation, ...input.turns.filter((t) => t.role === 'counterpart').map((t) => t.text)]
    .map((t) => findFigures(t).percent)
    .filter((p): p is string => p !== null);
}

/** The user gave in on the demand without a trade: "fine, 30% it is", "ok, we'll do it for free". */
function caved(text: string, demands: string[]): RegExpExecArray | null {
  if (CONDITIONAL.test(text)) return null;
  const agree = AGREE.exec(text);
  if (!agree) return null;
  const giveAll = GIVE_ALL.exec(text);
  if (giveAll) return giveAll;
  for (const demand of demands) {
    const at = text.replace(/\s/g, '').indexOf(demand.replace(/\s/g, ''));
    if (at !== -1) return agree;
  }
  return null;
}

export function debriefPractice(input: PracticeInput, _techniques: TechniqueLibrary): PracticeFeedback {
  const language = languageOf(input);
  const pack = practicePack(language).debrief;
  const turns = userTurns(input);
  if (turns.length === 0) {
    return {
      engine: 'local',
      language,
      summary: pack.empty,
      strengths: [],
      slips: [],
      nextTime: [pack.emptyNext],
    };
  }

  const strengths: PracticeFeedback['strengths'] = [];
  for (const [technique, cue] of STRENGTH_CUES) {
    for (const text of turns) {
      const match = cue.exec(text);
      // An apology that is really a non-apology ("sorry if you felt…") is not a strength.
      if (!match || (technique === 'apology' && analyze(text).flags.some((f) => f.kind === 'non-apology')))
        continue;
      strengths.push({
        technique,
        note: fillTemplate(pack.strengthNotes[technique]!, { quote: quote(text, match) }),
      });
      break;
    }
  }

  const demands = demandsOf(input);
  const said = loadCounterpart(language).debrief;
  const slips: PracticeFeedback['slips'] = [];
  const slipGroups = new Set<string>();
  let conceded = false;
  turns.forEach((text, index) => {
    const turn = index + 1;
    const read = readTurn(text);
    const flags = read.flags.filter((f) => HEATING_KINDS.has(f.kind) || f.kind === 'non-apology');
    // One note per sentence that hurts, named by its act: a threat, a reproach, or the flag's kind.
    const noted = new Set<LabeledSentence | Flag>();
    for (const flag of flags) {
      const sentence = read.sentences.find((x) => flag.start >= x.start && flag.start < x.end);
      if (noted.has(sentence ?? flag)) continue;
      noted.add(sentence ?? flag);
      const kind = slipKind(flag, sentence);
      const template = kind === 'threat' ? said.threat : kind === 'reproach' ? said.reproach : said.other;
      const quoteText = shortQuote(sentence?.text ?? flag.text);
      slips.push({
        kind,
        note: fillTemplate(template, { turn: String(turn), quote: quoteText, why: flag.why }),
      });
    }
    // A hostile sentence the flags missed still counts, by its act.
    for (const sentence of read.sentences) {
      if (!sentence.hostile || noted.has(sentence)) continue;
      const kind = sentence.acts.includes('threat') ? 'threat' : 'reproach';
      const why = sentence.hits.find((h) => h.act === sentence.primary)?.why ?? '';
      const template = kind === 'threat' ? said.threat : said.reproach;
      slips.push({
        kind,
        note: fillTemplate(template, { turn: String(turn), quote: shortQuote(sentence.text), why }).trim(),
      });
    }
    for (const group of flagGroups(flags)) slipGroups.add(group);
    const cave = caved(text, demands);
    if (cave) {
      slips.push({
        kind: 'caving',
        note: fillTemplate(said.caving, { turn: String(turn), quote: quote(text, cave) }),
      });
      return;
    }
    const offer = concession(read);
    if (offer && CONDITIONAL.test(offer.text)) {
      strengths.push({
        technique: 'interests-not-positions',
        note: fillTemplate(said.trade, { turn: String(turn), quote: shortQuote(offer.text) }),
      });
    } else if (offer) {
      conceded = true;
      slips.push({
        kind: 'concession',
        note: fillTemplate(said.concession, { turn: String(turn), quote: shortQuote(offer.text) }),
      });
    }
  });

  const used = new Set(strengths.map((s) => s.technique));
  const nextTime = [
    ...(slips.some((s) => s.kind === 'caving') ? [pack.cavingTip] : []),
    ...(conceded ? [said.concessionTip] : []),
    ...[...slipGroups]
      .map((g) => pack.slipTips[g as keyof typeof pack.slipTips])
      .filter((t): t is string => !!t),
    ...Object.entries(pack.tips)
      .filter(([id]) => !used.has(id))
      .map(([, tip]) => tip),
  ].slice(0, 3);

  const names = strengths.map((s) => pack.techniqueNames[s.technique] ?? s.technique);
  const list = language === 'pl' ? names.join(', ') : joinEnglish(names);
  const turnCount = plural(
    language,
    turns.length,
    language === 'pl' ? ['wypowiedź', 'wypowiedzi', 'wypowiedzi'] : ['turn', 'turns', 'turns'],
  );
  const slipCount =
    language === 'pl'
      ? plural(language, slips.length, ['potknięcie', 'potknięcia', 'potknięć'])
      : slips.length === 1
        ? 'is one slip'
        : `are ${slips.length} slips`;
  const template =
    strengths.length > 0
      ? slips.length === 0
        ? pack.summaryStrong
        : pack.summaryMixed
      : slips.length === 0
        ? pack.summaryWeak
        : pack.summarySlipsOnly;
  const summary = fillTemplate(template, { turns: turnCount, techniques: list, slips: slipCount });

  return { engine: 'local', language, summary, strengths, slips, nextTime };
}

/** A sentence that puts a figure on the table (an offer with a percentage or an amount). */
function concession(read: TurnReading): LabeledSentence | null {
  return (
    read.sentences.find((x) => {
      if (!x.acts.includes('proposal')) return false;
      const f = findFigures(x.text);
      return f.percent !== null || f.amount !== null;
    }) ?? null
  );
}

/** Threat and reproach by the sentence's act; other flags keep their kind (shouting, an order…). */
function slipKind(flag: Flag, sentence: LabeledSentence | undefined): string {
  if (sentence?.acts.includes('threat')) return 'threat';
  if (sentence?.acts.some((a) => REPROACH_ACTS.has(a))) return 'reproach';
  if (flag.kind === 'threat' || flag.kind === 'manipulation' || flag.kind === 'escalation') return 'threat';
  if (['blame', 'absolute', 'insult', 'dismissive', 'sarcasm', 'passive-aggressive'].includes(flag.kind))
    return 'reproach';
  return flag.kind;
}

function joinEnglish(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
