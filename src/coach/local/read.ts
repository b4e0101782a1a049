/**
 * Read a message someone else sent, offline: a charitable reading of intent, how it may land, the
 * needs behind it, and 2–3 calm replies, each built with a different technique; or exactly one
 * when the user asked for a technique ("Try another technique"). Every reply is checked with the
 * analyzer and dropped if it would itself read as tense.
 */
import type { ReadOptions } from '../coach.ts';
import type { Flag, FlagKind, Reading, Rewrite, Situation } from '../schemas.ts';
import type { TechniqueLibrary } from '../techniques.ts';
import { analyzeActs } from './acts/analyze-acts.ts';
import { analyze } from './analyze.ts';
import { findFigures } from './plans/figures.ts';
import { fillTemplate, techniquePhrase } from './plans/phrases.ts';
import { READING_EN } from './plans/reading-en.ts';
import { READING_PL } from './plans/reading-pl.ts';
import { findRequest, loadReadings, type SenderRequest } from './plans/request.ts';
import type { FlagGroup, ReadingLanguagePack, ReadingText } from './plans/types.ts';
import { planPack } from './prepare.ts';
import { detectSituation, type PlanLanguage, replyLanguage, stableHash } from './situation.ts';

const GROUP: Record<FlagKind, FlagGroup> = {
  threat: 'threat',
  manipulation: 'threat',
  escalation: 'threat',
  blame: 'blame',
  absolute: 'blame',
  insult: 'hostile',
  shouting: 'hostile',
  dismissive: 'hostile',
  sarcasm: 'pointed',
  'passive-aggressive': 'pointed',
  'non-apology': 'pointed',
  demand: 'pressure',
};
const GROUP_ORDER: readonly FlagGroup[] = ['threat', 'blame', 'hostile', 'pointed', 'pressure'];

/** Situations where the reader is usually the one who fell short. */
const FAULT_SITUATIONS: readonly Situation[] = ['apology', 'missed-deadline', 'poor-work'];
const FAULT_WORDS =
  /(?<![\p{L}])(your (?:mistake|fault|error|team broke|outage|bug)|you (?:broke|missed|failed|forgot|didn't deliver|messed up)|(?:twój|twoj|wasz) błąd|wasz(?:a|e|ym)? (?:awari|przestój|system|aplikacj)|(?:wasza|twoja) wina|still broken|not working|doesn't work|nadal nie działa|wciąż nie działa|zawaliliście|zawaliłeś|zepsuliście|zepsułeś|nie dostarczyliście|nie dotrzymaliście)/iu;

/** A money demand that comes with a complaint ("this is unacceptable, we want 30% off"). */
const COMPLAINT =
  /(?<![\p{L}])(unacceptable|not acceptable|ridiculous|disappoint|problem|issue|outage|broken|bug|late|delay|niedopuszczaln|nie do przyjęcia|skandal|rozczarow|problem|awari|błęd|opóźn)/iu;

const LATE = /(?<![\p{L}])(late|delay|deadline|overdue|opóźn|spóźn|termin)/iu;

/** Money talks: "before we settle on a number" fits these; elsewhere it would sound odd. */
const MONEY: readonly Situation[] = ['discount', 'overdue-invoice', 'price-increase'];
const NUMBER_TALK = /number|liczb/i;

/** Phrase picks tried for a requested technique before saying none reads calm: each pick is one analysis. */
const REQUESTED_TRIES = 4;

/**
 * Why a pause helps, for reading packs with no line for it: take-a-break is offered only when
 * asked for, since a reply should answer the message before it proposes to stop answering.
 */
const TAKE_A_BREAK_WHY: Record<PlanLanguage, string> = {
  en: 'Pauses the exchange without walking away from it, and names a time to pick it up, so the pause reads as care.',
  pl: 'Wstrzymuje wymianę wiadomości, ale z niej nie wychodzi, i podaje termin powrotu, więc przerwa brzmi jak troska, a nie unik.',
};

export function readingPack(language: PlanLanguage): ReadingLanguagePack {
  return language === 'pl' ? READING_PL : READING_EN;
}

export function flagGroups(flags: readonly Flag[]): FlagGroup[] {
  const present = new Set(flags.map((f) => GROUP[f.kind]));
  return GROUP_ORDER.filter((g) => present.has(g));
}

interface ReplyParts {
  text: ReadingText;
  /** What the apology acknowledges: the failure itself, even when the message is about money. */
  faultAck: string;
  language: PlanLanguage;
  techniques: TechniqueLibrary;
  seed: number;
  money: boolean;
  /** The sender asked the reader to do something: every reply commits to it (text.offer). */
  requested: boolean;
}

/** Words of four letters or more, lower case. */
function contentWords(text: string): string[] {
  return text.toLowerCase().match(/\p{L}{4,}/gu) ?? [];
}

/** Most of the question's words are already in the sentence. */
function asksTheSame(sentence: string, question: string): boolean {
  const words = contentWords(question);
  const said = new Set(contentWords(sentence));
  return words.length > 0 && words.filter((w) => said.has(w)).length / words.length >= 0.6;
}

/** One reply per technique; null when the technique file is missing. */
function composeReply(id: string, p: ReplyParts): string | null {
  const phrase = (role: string, fill?: Record<string, string>) =>
    techniquePhrase(p.techniques, id, p.language, role, p.seed, fill);
  const { ack, offer, ask, not, want } = p.text;
  switch (id) {
    case 'make-it-safe': {
      const open = phrase('open');
      return open ? [open, ack, offer, phrase('ask')].filter(Boolean).join(' ') : null;
    }
    case 'contrasting': {
      const contrast = phrase('bridge', { not, want });
      if (!contrast) return null;
      return [ack, ...(p.requested ? [offer] : []), contrast, phrase('ask') ?? ask].join(' ');
    }
    case 'apology': {
      const open = phrase('open');
      const rest = p.faultAck === ack ? [] : [ack];
      const fix = p.text.fix ?? phrase('fix');
      return open ? [open, p.faultAck, fix, ...rest, phrase('ask')].filter(Boolean).join(' ') : null;
    }
    case 'shared-purpose': {
      const open = phrase('open');
      return open ? [open, ack, offer, phrase('ask')].filter(Boolean).join(' ') : null;
    }
    case 'interests-not-positions': {
      if (!p.techniques.has(id)) return null;
      const all = p.techniques
        .get(id)
        .phrasing[p.language].filter((x) => x.role === 'open' && (p.money || !NUMBER_TALK.test(x.text)));
      // An opening that already asks the question would make the reply ask it twice.
      const fresh = all.filter((x) => !asksTheSame(x.text, ask));
      const opens = fresh.length > 0 ? fresh : all;
      const open = opens.length > 0 ? opens[p.seed % opens.length]!.text : null;
      // Asked to do something, the reader commits to it first, then asks what else they need.
      if (p.requested) return [ack, offer, ask].join(' ');
      return open ? [ack, open, ask].join(' ') : null;
    }
    case 'take-a-break': {
      const open = phrase('open');
      const pause = phrase('pause');
      return open && pause ? [ack, open, pause, phrase('ask')].filter(Boolean).join(' ') : null;
    }
    default:
      return null;
  }
}

/** A reply is only offered if the analyzer, acts included, reads it as calm, with nothing flagged. */
function isCalm(reply: string): boolean {
  const analysis = analyze(reply);
  return analysis.flags.length === 0 && analysis.risk.level === 'calm';
}

/** The reply parts for a message that asks the reader to do something: answer that, from the reader's side. */
function answerRequest(text: ReadingText, request: SenderRequest, language: PlanLanguage): ReadingText {
  const said = loadReadings(language).requested;
  const fill = { object: request.object };
  return {
    ...text,
    intent: fillTemplate(said.intent, fill),
    ack: said.ack,
    not: said.not,
    want: fillTemplate(said.want, fill),
    offer: request.commit,
    ask: said.ask,
    fix: request.commit,
  };
}

/** The requested technique's reply: the first phrase pick that reads calm, or null. */
function requestedReply(id: string, p: ReplyParts): string | null {
  for (let i = 0; i < REQUESTED_TRIES; i += 1) {
    const reply = composeReply(id, { ...p, seed: p.seed + i });
    if (reply && isCalm(reply)) return reply;
  }
  return null;
}

/**
 * What an unchecked reading says, in the reply language: the offline engine cannot read the
 * message's language, so it offers no reading of intent, needs or replies, only where to get one.
 */
const UNCHECKED_CUES: Record<PlanLanguage, readonly string[]> = {
  en: [
    "The offline coach can't read this language, so it offers no reading or replies. Full coaching works in English and Polish; the model engine can read other languages.",
  ],
  pl: [
    'Trener offline nie czyta tego języka, więc nie proponuje interpretacji ani odpowiedzi. Pełne wsparcie działa po angielsku i po polsku; silnik modelowy czyta też inne języki.',
  ],
};

export function readMessage(message: string, options: ReadOptions, techniques: TechniqueLibrary): Reading {
  // The same reading of acts as a review: a threat of legal action or "you are incompetent" is never calm.
  const { analysis, reading } = analyzeActs(message, { context: options.context ?? null });
  const language = replyLanguage(message, options.language);
  if (!analysis.supported) {
    // Templates keyed on English and Polish words would only pretend to have read it.
    return {
      engine: 'local',
      language,
      checked: false,
      risk: analysis.risk,
      flags: analysis.flags,
      intent: '',
      impact: '',
      needs: [],
      replies: [],
      cues: [...UNCHECKED_CUES[language]],
    };
  }
  const pack = readingPack(language);
  const kind = detectSituation(message);
  const figures = findFigures(message);
  // What the sender asks the reader to do, when the reply can be written in the message's language.
  const request =
    reading && replyLanguage(message) === language ? findRequest(message, reading.sentences, language) : null;
  const situationText = pack.situations[kind](figures);
  const text = request ? answerRequest(situationText, request, language) : situationText;
  const groups = flagGroups(analysis.flags);
  const heated = analysis.risk.level !== 'calm' || analysis.flags.length > 0;
  // Blame aimed at the reader means they may well be (partly) at fault: an apology is worth offering.
  const atFault = FAULT_SITUATIONS.includes(kind) || FAULT_WORDS.test(message) || groups.includes('blame');
  const seed = stableHash(message);

  const intent = [text.intent, groups[0] ? pack.toneIntent[groups[0]] : undefined].filter(Boolean).join(' ');
  const quoted = pack.quote(analysis.flags.slice(0, 2).map((f) => f.text));
  const impact = fillTemplate(pack.impact[analysis.risk.level], { quote: quoted });

  const complaint = MONEY.includes(kind) && (atFault || COMPLAINT.test(message));
  const needs = [
    ...(complaint ? [pack.complaintNeed] : []),
    ...groups
      .map((g) => pack.flagNeeds[g])
      .filter((n): n is string => Boolean(n))
      .slice(0, 2),
    ...planPack(language).plans[kind](figures).theirInterests.slice(0, 3),
  ];

  // Preference order: calm the conversation first when it is heated; own it when the reader may be at fault.
  const preferred = heated
    ? [
        'make-it-safe',
        atFault ? 'apology' : 'contrasting',
        'interests-not-positions',
        'shared-purpose',
        'contrasting',
      ]
    : [
        'shared-purpose',
        'interests-not-positions',
        atFault ? 'apology' : 'contrasting',
        'contrasting',
        'make-it-safe',
      ];
  // An apology acknowledges the failure: the delay when the message is about lateness, else the message's own point.
  const faultAck =
    !request && !FAULT_SITUATIONS.includes(kind) && LATE.test(message)
      ? pack.situations['missed-deadline'](figures).ack
      : text.ack;
  const parts: ReplyParts = {
    text,
    faultAck,
    language,
    techniques,
    seed,
    money: MONEY.includes(kind),
    requested: request !== null,
  };
  const why = (id: string) => pack.why[id] ?? (id === 'take-a-break' ? TAKE_A_BREAK_WHY[language] : '');
  const replies: Rewrite[] = [];
  const requested = options.technique && techniques.has(options.technique) ? options.technique : null;
  if (requested) {
    const reply = requestedReply(requested, parts);
    if (reply) replies.push({ technique: requested, text: reply, why: why(requested) });
  } else {
    for (const id of new Set(preferred)) {
      if (replies.length === 3) break;
      const reply = composeReply(id, parts);
      if (reply && isCalm(reply)) replies.push({ technique: id, text: reply, why: why(id) });
    }
  }

  const sentences = analysis.sentences.length;
  const cues = [
    heated ? pack.cues.cool : null,
    groups.includes('threat') ? pack.cues.ultimatum : null,
    analysis.flags.some((f) => f.kind === 'absolute') ? pack.cues.absolutes : null,
    atFault ? pack.cues.fault : null,
    pack.cues.askFirst,
    analysis.risk.level === 'heated' || message.length > 700 || sentences > 6 ? pack.cues.call : null,
    kind === 'escalation' || kind === 'unresponsive-peer' ? pack.cues.direct : null,
    heated ? null : pack.cues.calm,
  ].filter((c): c is string => c !== null);

  return {
    engine: 'local',
    language,
    checked: true,
    risk: analysis.risk,
    flags: analysis.flags,
    intent,
    impact,
    needs,
    replies,
    cues: cues.slice(0, 4),
  };
}
