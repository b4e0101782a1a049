/**
 * One message reduced to numbers for the thread-heat detector. The text is read here and never
 * kept. What a message does comes from the same act labels the review engine computes
 * (labelActs: reproach, motive, threat, sarcasm, rhetorical, dismissal, non-apology…); how it sits
 * in a conversation comes from the heat pack's cues (mock agreement, a bare acknowledgement,
 * carrying on after being told to stop, blame about someone in the third person). Which of those
 * make a thread hot is decided over the window (window.ts), where the replies are seen together.
 */

import { isExcused, mergeFlags } from '../local/acts/flags.ts';
import { type ActReading, labelActs } from '../local/acts/label.ts';
import { packFor } from '../local/acts/load.ts';
import { addressedByForm } from '../local/acts/morphology.ts';
import { actRisk, combineRisk } from '../local/acts/risk.ts';
import { lowerSameLength } from '../local/analysis/compile.ts';
import { type Analysis, analyze, maskMarkup } from '../local/analyze.ts';
import { isLang, type Lang } from '../local/packs.ts';
import type { Flag } from '../schemas.ts';
import { cuesIn, heatPackFor } from './cues.ts';

/** What one message looked like, as numbers only. */
export interface MessageMeasure {
  /** The risk score of the message's acts and confirmed phrases, 0..1. */
  risk: number;
  /** How many phrases and acts were flagged (after unconfirmed insults are set aside). */
  flags: number;
  /** Sentences that reproach the reader: you / a 2nd-person verb with a judgement, a repeat or a miss. */
  blame: number;
  /** Direct challenging questions ("why did you…", "are you serious?") and curt imperatives. */
  challenge: number;
  /** Contempt, insults, profanity, as whole words. */
  contempt: number;
  /** Talk about the conflict itself: the tone, an attack, being called names. */
  accusation: number;
  /** Negations and "wrong": disagreement, a weak signal on its own. */
  disagreement: number;
  /** 0..1: capitals and "!!!" (urgency in an incident is not hostility: only counts beside a hostile act). */
  shouting: number;
  /** Softeners, thanks, apologies, "let's": they cool a message down. */
  warmth: number;
  /** Second-person mentions of any kind (a weak signal on its own). */
  secondPerson: number;
  /** Sentences with a hostile act (reproach, motive, threat, sarcasm, rhetorical, dismissal, non-apology…). */
  hostileActs?: number;
  /** Sarcasm and mock agreement or praise: the act, or agreement beside 🙃 / 🙂 with "as always". */
  sarcasm?: number;
  /** 1 when agreement comes with a 🙂: mock agreement after a disagreement, sincere otherwise. */
  smileAgree?: number;
  /** 1 when the whole message is a bare acknowledgement ("ok", "noted.", "jasne."). */
  curt?: number;
  /** Carrying on or refusing after being asked to stop. */
  defiance?: number;
  /** Polite formulas that close the talk ("Noted, thanks", "Przyjęłam do wiadomości"). */
  formula?: number;
  /** Commands and warnings that close the discussion, threats included. */
  sharp?: number;
  /** Blame said about someone in the third person ("he never tests", "Marek znowu grzebał"). */
  thirdBlame?: number;
  /** Waving the other person off ("whatever", "nie interesuje mnie"). */
  dismissal?: number;
  /** A third person asks them to stop ("can we not do this here?"). */
  intervene?: number;
  /** Taking the other's point ("fair", "racja", "good catch"). */
  concede?: number;
  /** 1 when the message laughs (😂, haha): friendly mock insults are banter. */
  banter?: number;
  /** Words in the message. */
  words?: number;
}

/** The analyzer fields the detector reads (so callers can pass a full Analysis). */
export type AnalysisLike = Pick<Analysis, 'risk' | 'flags'> &
  Partial<Pick<Analysis, 'language' | 'supported'>>;

const words = (re: string) => new RegExp(`(?<![\\p{L}\\p{N}_'])(?:${re})(?![\\p{L}\\p{N}_])`, 'giu');

// Language-independent weak signals (English and Polish), read as whole words only.
const SECOND_PERSON = words(
  "you|your|yours|you're|youre|you've|you'd|you'll|yourself|u|ur|ty|tobie|ciebie|cię|cie|twój|twoja|twoje|twoim|twojej|twojego|wy|wam|wasz|wasza|\\p{L}{2,30}(?:łeś|łaś)",
);
const CONTEMPT = words(
  [
    'nonsense|ridiculous|stupid|stupidity|absurd|pathetic|idiot|idiots|idiotic|moron|morons|moronic|incompetent|useless|clueless|ignorant',
    'lazy|garbage|crap|bullshit|shit|shitty|damn|fuck|fucking|wtf|lies|liar|lying|rude|childish',
    'hypocrite|hypocritical|disgrace|disgraceful|shameful|unacceptable|dumb|laughable|shut up',
    'bzdura|bzdury|bzdurne|głupi|głupia|głupie|głupota|idiota|idioto|idiotka|idiotyczne|debil|debilu|kretyn|kretynie|żałosne|żałosny|beznadziejne|beznadziejny|niekompetentny|niekompetentna|kłamiesz|kłamca|kłamstwo',
    'bezczelny|bezczelne|skandal|skandaliczne|żenujące|żenada|kpina|cholera|kurwa|chuj|gówno|zamknij się',
  ].join('|'),
);
const DISAGREEMENT = words(
  "not|no|don't|dont|didn't|didnt|doesn't|doesnt|isn't|wasn't|aren't|can't|cant|won't|wont|never|nothing|wrong|nie|nigdy|nic|źle",
);
const CHALLENGE_START =
  /^(?:(?:then|so|and|but|a|no to) )?(?:why|how come|what makes you|who are you|who do you think|are you (?:serious|kidding)|seriously|did you (?:even|actually|really)|do you (?:even|actually|really)|have you (?:even|actually)|can't you|cant you|didn't you|don't you|dlaczego|czemu|po co|czy ty|serio|naprawdę)(?![\p{L}])/iu;
const IMPERATIVE_START =
  /^(?:stop|quit|read|learn|listen|look|get over|go away|leave|drop it|cut it out|grow up|deal with it|przestań\p{L}{0,4}|przeczytaj|słuchaj|daj spokój|odpuść|ogarnij)(?![\p{L}])/iu;
// 🙂 is left out: beside agreement it is as often mock as warm (the window decides).
const WARMTH = words(
  "thanks|thank you|thx|appreciate|appreciated|please|sorry|apologies|i think|i believe|maybe|perhaps|might|could we|let's|lets|good point|fair point|i agree|makes sense|dzięki|dziękuję|proszę|przepraszam|myślę|może|zgadzam się|racja",
);
const WARM_EMOJI = /😊|🙏|❤|👍|🎉/u;
/** Emoji that say the words beside them are not meant. */
const WINK = /🙃|🙄|😒|🤡|👏|😑/u;
const SMILE = /🙂/u;
const WORD_RUN = /[\p{L}\p{N}]+/gu;

/** A Polish 3rd-person past verb ("grzebał", "zepsuła", "olali"): blame about someone else. */
const PL_THIRD_PAST = /(?<![\p{L}])\p{L}{2,30}(?:ł|ła|li|ły)(?![\p{L}])/u;
/** A capitalised word inside a sentence: a name ("Bo Marek znowu…"), not Pan / Pani / I. */
const NAME_INSIDE = /(?<=[\p{L},]\s{1,10})(?!(?:Pan|Pani|Państw|I\b|I'))\p{Lu}\p{Ll}{1,30}(?![\p{L}])/u;

const count = (text: string, re: RegExp) => {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text)) n++;
  return n;
};

interface SentenceView {
  start: number;
  end: number;
  lower: string;
  original: string;
  hostile: boolean;
  acts: readonly string[];
  addressed: boolean;
}

function addressedIn(lang: Lang, lower: string, original: string): boolean {
  const pack = packFor(lang);
  return (
    pack.lists.you.test(lower) || pack.imperativeStart.test(lower) || addressedByForm(lang, lower, original)
  );
}

/**
 * Whether a phrase-lexicon insult is backed by the message's structure: a word matched inside a
 * name ("Baranowski") or said of nobody ("baranina czy kurczak?") is not an insult. An insult
 * counts when the message addresses someone, holds a hostile act, or judges the work.
 */
function insultConfirmed(flag: Flag, sentences: readonly SentenceView[], lang: Lang): boolean {
  if (flag.kind !== 'insult' || !flag.ruleId.includes('.lexicon.')) return true;
  const s = sentences.find((x) => flag.start >= x.start && flag.start < x.end);
  // A capitalised word inside a sentence is a name ("Baranowskiemu"); one in capitals is shouting.
  if (s && flag.start > s.start && /^\p{Lu}\p{Ll}/u.test(flag.text)) return false;
  const negEval = packFor(lang).lists.negEval;
  return sentences.some(
    (x) => x.addressed || x.hostile || negEval.test(x.lower.replace(flag.text.toLowerCase(), '')),
  );
}

const EMPTY: MessageMeasure = {
  risk: 0,
  flags: 0,
  blame: 0,
  challenge: 0,
  contempt: 0,
  accusation: 0,
  disagreement: 0,
  shouting: 0,
  warmth: 0,
  secondPerson: 0,
};

/** Reduce one message to numbers. The text is read here and never kept. */
export function measureMessage(text: string, analysis?: AnalysisLike): MessageMeasure {
  // The phrase lexicon's reading: given by the caller (the Slack layer analyses once), else made here.
  const full = analysis && analysis.language !== undefined ? analysis : undefined;
  const lexicon = full ?? analyze(text, { context: null });
  const lang = lexicon.language ?? 'und';
  const masked = maskMarkup(text);
  const lowerAll = lowerSameLength(masked);
  const wordCount = count(masked, WORD_RUN);
  const base: MessageMeasure = {
    ...EMPTY,
    challenge: 0,
    contempt: count(text, CONTEMPT),
    disagreement: count(text, DISAGREEMENT),
    shouting: shouting(text),
    warmth: count(text, WARMTH) + (WARM_EMOJI.test(text) ? 1 : 0),
    secondPerson: count(text, SECOND_PERSON),
    words: wordCount,
    curt: isCurt(lowerAll) ? 1 : 0,
  };
  for (const raw of masked.split(/(?<=[.!?…])\s+|\n+/u)) {
    const sentence = raw.trim();
    if ((CHALLENGE_START.test(sentence) && sentence.includes('?')) || IMPERATIVE_START.test(sentence))
      base.challenge++;
    else if (/\?!|!\?/.test(sentence) && count(sentence, SECOND_PERSON) > 0) base.challenge++;
  }
  if (!lexicon.supported || !isLang(lang)) {
    return {
      ...base,
      risk: analysis?.risk.score ?? lexicon.risk.score,
      flags: (analysis ?? lexicon).flags.length,
    };
  }
  const reading = labelActs(masked, lang);
  return { ...base, ...fromActs(text, masked, lowerAll, lang, reading, lexicon, analysis, base) };
}

/** A bare acknowledgement in either language: short messages are often taken for another language. */
function isCurt(lower: string): boolean {
  const trimmed = lower.trim();
  if (trimmed.length > 40) return false;
  return (['en', 'pl'] as const).some((l) => cuesIn(heatPackFor(l), trimmed, 'cold').has('cold'));
}

function fromActs(
  text: string,
  masked: string,
  lowerAll: string,
  lang: Lang,
  reading: ActReading,
  lexicon: AnalysisLike,
  given: AnalysisLike | undefined,
  base: MessageMeasure,
): Partial<MessageMeasure> {
  const pack = packFor(lang);
  const heat = heatPackFor(lang);
  const views: SentenceView[] = reading.sentences.map((s) => {
    const lower = lowerAll.slice(s.start, s.end);
    const original = masked.slice(s.start, s.end);
    return {
      start: s.start,
      end: s.end,
      lower,
      original,
      hostile: s.hostile,
      acts: s.acts,
      addressed: addressedIn(lang, lower, original),
    };
  });

  // Flags and risk as the review engine reads them, minus insults the structure does not back.
  const lexiconFlags = lexicon.flags.filter((f) => insultConfirmed(f, views, lang));
  const dropped = lexicon.flags.length - lexiconFlags.length;
  const flags = mergeFlags(reading, text, lexiconFlags);
  const overruled = lexiconFlags.length > 0 && lexiconFlags.every((f) => isExcused(f, reading));
  const acts = actRisk(reading, flags, null);
  const risk =
    dropped > 0
      ? acts
      : Math.max(
          combineRisk(lexicon.risk, acts, overruled).score,
          given && !given.language ? given.risk.score : 0,
        );

  const wink = WINK.test(text);
  const smile = SMILE.test(text);
  let hostileActs = 0;
  let sarcasm = 0;
  let smileAgree = 0;
  let blame = 0;
  let thirdBlame = 0;
  let defiance = 0;
  let formula = 0;
  let sharp = 0;
  let dismissal = 0;
  let meta = 0;
  let intervene = 0;
  let concede = 0;
  // Mock agreement and mock praise are read over the whole message: the 🙃 often stands apart
  // from the words it turns ("Of course it was. It always is 🙂").
  let agreeing = false;
  let repeating = false;
  let complaining = false;
  let ironicSentences = 0;
  for (const v of views) {
    const cues = cuesIn(heat, v.lower);
    const acts = v.acts;
    if (v.hostile) hostileActs++;
    const absolute = pack.lists.absolute.test(v.lower) || pack.lists.mocking.test(v.lower);
    const negEval = pack.lists.negEval.test(v.lower);
    const agree = cues.has('agree') || pack.lists.positive.test(v.lower);
    agreeing ||= agree;
    repeating ||= absolute;
    complaining ||= negEval || pack.lists.failure.test(v.lower);
    if (acts.includes('sarcasm') || cues.has('mock') || (cues.has('formula') && absolute)) ironicSentences++;
    if (v.addressed) {
      const repeatMiss = pack.lists.absolute.test(v.lower) && pack.lists.failure.test(v.lower);
      if (negEval || cues.has('reproach') || repeatMiss) blame++;
    } else {
      const third =
        heat.he.test(v.lower) ||
        NAME_INSIDE.test(v.original) ||
        (lang === 'pl' && PL_THIRD_PAST.test(v.lower) && pack.lists.absolute.test(v.lower));
      // Blame about someone who is not addressed ("he never tests", "niech on wreszcie…").
      if (third && (cues.has('careless') || negEval || cues.has('reproach'))) thirdBlame++;
      else if (cues.has('reproach')) blame++;
    }
    if (cues.has('defiance')) defiance++;
    if (cues.has('formula')) formula++;
    if (cues.has('sharp') || acts.includes('threat')) sharp++;
    if (cues.has('dismissal') || acts.includes('dismissal')) dismissal++;
    if (cues.has('meta')) meta++;
    if (cues.has('intervene')) intervene++;
    if (cues.has('concede')) concede++;
  }
  sarcasm = ironicSentences;
  // 🙃 beside praise, agreement, a repeat or a complaint: the words are not meant.
  if (sarcasm === 0 && wink && (agreeing || repeating || complaining)) sarcasm = 1;
  // 🙂 beside agreement and "as always": mock agreement; beside agreement alone, the window decides.
  else if (sarcasm === 0 && smile && agreeing && repeating) sarcasm = 1;
  else if (sarcasm === 0 && smile && agreeing) smileAgree = 1;
  return {
    risk,
    flags: given && !given.language ? given.flags.length : flags.length,
    blame,
    contempt: dropped > 0 ? count(blankOut(text, lexicon.flags, lexiconFlags), CONTEMPT) : base.contempt,
    accusation: meta,
    hostileActs,
    sarcasm,
    smileAgree,
    defiance,
    formula,
    sharp,
    thirdBlame,
    dismissal,
    intervene,
    concede,
    banter: reading.banter ? 1 : 0,
  };
}

/** The text with the flags that were set aside blanked out (same length), to count what is left. */
function blankOut(text: string, all: readonly Flag[], kept: readonly Flag[]): string {
  let out = text;
  for (const f of all) {
    if (kept.includes(f)) continue;
    out = out.slice(0, f.start) + ' '.repeat(f.end - f.start) + out.slice(f.end);
  }
  return out;
}

/** 0..1 from words in capitals (four letters or more, so "PR" and "API" don't count) and "!!!". */
export function shouting(text: string): number {
  const long = text.match(/\p{L}{4,}/gu) ?? [];
  const caps = long.filter((w) => w === w.toUpperCase() && w !== w.toLowerCase()).length;
  const capsShare = caps >= 2 ? caps / long.length : 0;
  const bursts = (text.match(/[!?]{2,}/g) ?? []).length;
  return Math.min(1, capsShare * 1.25 + 0.25 * bursts);
}

/** Risk scores up to this read as calm (the analyzer's baseline for neutral messages). */
const CALM_RISK = 0.25;

/**
 * How hostile one message reads on its own, 0..1. Round weights chosen by reading (and checked on
 * the development threads), not fitted. Replies that are hostile only in context (a cold "ok"
 * after a reproach, 🙂 after a disagreement, carrying on after "stop") are weighed in the window.
 */
export function hostilityOf(m: MessageMeasure): number {
  const risk = Math.max(0, m.risk - CALM_RISK) / (1 - CALM_RISK);
  const acts = m.hostileActs ?? 0;
  const sarcasm = m.sarcasm ?? 0;
  const hostileHere = acts + sarcasm + (m.thirdBlame ?? 0) + m.blame > 0;
  let x =
    1.2 * risk +
    0.35 * Math.min(acts, 3) +
    0.5 * Math.min(sarcasm, 2) +
    0.3 * Math.min(m.blame, 3) +
    0.4 * Math.min(m.thirdBlame ?? 0, 2) +
    0.2 * Math.min(m.challenge, 2) +
    0.3 * Math.min(m.contempt + m.accusation, 3) +
    0.35 * Math.min(m.sharp ?? 0, 2) +
    0.3 * Math.min(m.dismissal ?? 0, 2) +
    0.3 * Math.min(m.intervene ?? 0, 1) +
    0.03 * Math.min(m.disagreement, 5) +
    0.03 * Math.min(m.secondPerson, 6) +
    // Capitals are urgency unless the message is hostile anyway (incident channels shout).
    (hostileHere ? 0.4 * m.shouting : 0) -
    0.12 * Math.min(m.warmth, 3) -
    0.3 * Math.min(m.concede ?? 0, 2);
  // Laughter with no hostile act: friendly mock insults between people who are joking.
  if (m.banter && acts === 0 && sarcasm === 0) x *= 0.15;
  return 1 - Math.exp(-Math.max(0, x));
}

export { EMPTY as EMPTY_MEASURE };
