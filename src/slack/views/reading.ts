/**
 * "Coach this message" on someone else's message, written from the reader's side: how it may land
 * on you, what they may mean and need, and replies Parley suggests (never their words). A first
 * answer is short, like a review's; *Show all replies and why* expands it in place.
 */
import type { ActionsBlock, KnownBlock } from '@slack/types';
import type { Reading, RiskLevel } from '../../coach/schemas.ts';
import { BLOCK_READING_ACTIONS } from '../ids.ts';
import {
  actions,
  bullets,
  context,
  type SlackMessage,
  section,
  sections,
  techniqueName,
  type UiLanguage,
  uiLanguage,
} from './blocks.ts';
import { fitMessage, type Piece, piece, pieces } from './limits.ts';
import {
  type AnswerDisplay,
  cuesPiece,
  detailButton,
  fitShortAnswer,
  flagPieces,
  footer,
  groupFlags,
  inline,
  openingPieces,
  REVIEW_LABELS,
  type ReviewNotice,
  rewriteLength,
  rewritePieces,
  type TechniqueRef,
  techniqueSelect,
  toneButtons,
  uncheckedPieces,
} from './review.ts';

const MAX_NEEDS = 5;
export const MAX_REPLIES = 3;
/** A short reading's lines: what they may mean, how it may land, and the top needs. */
const SHORT_LINE = 260;
const SHORT_NEEDS = 2;

const RISK_EMOJI: Record<RiskLevel, string> = {
  calm: ':large_green_circle:',
  tense: ':large_yellow_circle:',
  heated: ':red_circle:',
};

export const READING_LABELS = {
  en: {
    title: 'How this may land on you',
    /** The verdict from the reader's side: nothing here is about sending. */
    meaning: {
      calm: 'Reads calm. Nothing here looks meant to hurt.',
      tense: 'Some phrases may sting. They may not mean it the way it reads.',
      heated: 'This may feel like an attack. Take a moment before you reply.',
    },
    flags: 'Phrases that may sting',
    intent: 'What they may mean',
    impact: 'How it may land on you',
    needs: 'What they may need',
    replies: "Replies you could send (Parley's suggestions)",
    bestReply: "A reply you could send (Parley's suggestion)",
    showAll: 'Show all replies and why',
    more: (replies: number, cut: boolean) => {
      const parts = [
        cut ? 'the whole reply' : null,
        replies > 0 ? `${replies} more ${replies === 1 ? 'reply' : 'replies'}` : null,
      ].filter(Boolean);
      const lead = parts.length > 0 ? `${parts.join(', ')}, the phrases, why` : 'The phrases, why';
      return `${lead.charAt(0).toUpperCase()}${lead.slice(1)} and next moves: *Show all replies and why*.`;
    },
    noReplyWith: (technique: string) => `I couldn't write a calm reply with ${technique} for this message.`,
    fallbackText: (level: string, replies: number) =>
      `Parley read this message: ${level}. ${replies} ${replies === 1 ? 'reply' : 'replies'} to try.`,
    uncheckedText: "Parley couldn't read this message: the offline coach reads English and Polish only.",
  },
  pl: {
    title: 'Jak ta wiadomość może na Ciebie podziałać',
    meaning: {
      calm: 'Brzmi spokojnie. Nic tu nie wygląda na celowo raniące.',
      tense: 'Niektóre zwroty mogą zaboleć. Autor mógł nie mieć tego na myśli.',
      heated: 'To może zabrzmieć jak atak. Daj sobie chwilę przed odpowiedzią.',
    },
    flags: 'Zwroty, które mogą zaboleć',
    intent: 'Co mogą mieć na myśli',
    impact: 'Jak to może na Ciebie podziałać',
    needs: 'Czego mogą potrzebować',
    replies: 'Odpowiedzi, które możesz wysłać (propozycje Parleya)',
    bestReply: 'Odpowiedź, którą możesz wysłać (propozycja Parleya)',
    showAll: 'Pokaż wszystkie odpowiedzi i powody',
    more: (replies: number, cut: boolean) => {
      const parts = [
        cut ? 'cała odpowiedź' : null,
        replies > 0 ? `kolejne odpowiedzi: ${replies}` : null,
      ].filter(Boolean);
      const lead = parts.length > 0 ? `${parts.join(', ')}, zwroty, powody` : 'Zwroty, powody';
      return `${lead.charAt(0).toUpperCase()}${lead.slice(1)} i dalsze kroki: *Pokaż wszystkie odpowiedzi i powody*.`;
    },
    noReplyWith: (technique: string) =>
      `Nie udało się napisać spokojnej odpowiedzi z techniką ${technique} do tej wiadomości.`,
    fallbackText: (level: string, replies: number) =>
      `Parley przeczytał wiadomość: ${level}. Propozycje odpowiedzi: ${replies}.`,
    uncheckedText:
      'Parley nie przeczytał tej wiadomości: trener offline czyta tylko po angielsku i po polsku.',
  },
} as const;

export interface BuildReadingOptions extends AnswerDisplay {
  stateId: string;
  techniques: readonly TechniqueRef[];
  /** Optional header, e.g. "Warmer" after a tone button. */
  title?: string;
  notice?: ReviewNotice;
  /** "Try another technique" asked for a technique id no reply uses: said plainly, by its name. */
  missingTechnique?: string | null;
}

/** The title line with the reader's verdict. */
function verdictLine(level: RiskLevel, lang: UiLanguage): string {
  const l = READING_LABELS[lang];
  return `*${l.title}*\n${RISK_EMOJI[level]} *${REVIEW_LABELS[lang].risk[level]}* · ${l.meaning[level]}`;
}

/**
 * A message in a language the offline engine cannot read: say so in place of a reading, with its
 * findings (capitals, punctuation) and cues, and nothing to retry with another technique.
 */
function buildUncheckedReading(reading: Reading, opts: BuildReadingOptions): SlackMessage {
  const lang = uiLanguage(reading.language);
  const names = opts.names ?? {};
  const out: Piece[] = [
    ...openingPieces(opts, 'message', lang),
    piece(section(`*${READING_LABELS[lang].title}*`), 0),
    ...uncheckedPieces(reading.engine, opts.notice, lang),
    ...flagPieces(reading.flags, READING_LABELS[lang].flags, lang, names),
    ...cuesPiece(reading.cues, lang, names),
    footer(reading.engine, opts.notice, lang),
  ];
  return { text: READING_LABELS[lang].uncheckedText, blocks: fitMessage(out, { language: lang }) };
}

function readingActions(reading: Reading, opts: BuildReadingOptions, lang: UiLanguage): Piece {
  const elements: ActionsBlock['elements'] = [
    detailButton(opts.stateId, Boolean(opts.expanded), lang, READING_LABELS[lang].showAll),
  ];
  const select = techniqueSelect(opts.stateId, opts.techniques, lang);
  if (select) elements.push(select);
  // Tone buttons reshape Parley's suggested replies, never the message that was read.
  if (reading.replies.length > 0) elements.push(...toneButtons(opts.stateId, lang));
  return piece(actions(BLOCK_READING_ACTIONS, elements), 0);
}

function missingPieces(opts: BuildReadingOptions, lang: UiLanguage): Piece[] {
  if (!opts.missingTechnique) return [];
  const name = techniqueName(opts.missingTechnique, opts.techniques, lang);
  return [piece(context(READING_LABELS[lang].noReplyWith(inline(name))), 0)];
}

function fallbackText(reading: Reading, lang: UiLanguage): string {
  return READING_LABELS[lang].fallbackText(
    REVIEW_LABELS[lang].risk[reading.risk.level],
    reading.replies.length,
  );
}

function buildFullReading(reading: Reading, opts: BuildReadingOptions): SlackMessage {
  const lang = uiLanguage(reading.language);
  const l = READING_LABELS[lang];
  const names = opts.names ?? {};
  const out: Piece[] = [
    ...openingPieces(opts, 'message', lang),
    piece(section(verdictLine(reading.risk.level, lang)), 0),
    ...pieces(sections(inlineBlock(reading.intent, names), l.intent)),
    ...pieces(sections(inlineBlock(reading.impact, names), l.impact)),
  ];
  if (reading.needs.length > 0) {
    const needs = reading.needs.slice(0, MAX_NEEDS).map((n) => inline(n, undefined, names));
    out.push(...pieces(sections(bullets(needs), l.needs)));
  }
  out.push(...flagPieces(reading.flags, l.flags, lang, names).map((p) => ({ ...p, priority: 2 as const })));

  const replies = reading.replies.slice(0, MAX_REPLIES);
  if (replies.length > 0 || opts.missingTechnique) out.push(piece({ type: 'divider' }));
  out.push(...missingPieces(opts, lang));
  replies.forEach((r, i) => {
    out.push(...rewritePieces(r, i, opts.techniques, i === 0 ? l.replies : undefined, lang, { names }));
  });
  out.push(...cuesPiece(reading.cues, lang, names));
  out.push(footer(reading.engine, opts.notice, lang));
  out.push(readingActions(reading, opts, lang));
  return { text: fallbackText(reading, lang), blocks: fitMessage(out, { language: lang }) };
}

/** Model or engine prose for a section: escaped, names for mentions, no length cap of its own. */
function inlineBlock(text: string, names: AnswerDisplay['names']): string {
  return inline(text, 2_900, names);
}

/**
 * Levels of detail of a short reading, most first: how it may land and what they may mean always
 * (at level 1 and up), then one need, then two. Level 0 keeps only how it may land.
 */
const READING_LEVELS = 1 + SHORT_NEEDS;

function shortReadingBlocks(
  reading: Reading,
  opts: BuildReadingOptions,
  level: number,
  maxText: number | undefined,
): KnownBlock[] {
  const lang = uiLanguage(reading.language);
  const l = READING_LABELS[lang];
  const names = opts.names ?? {};
  const out: Piece[] = [
    ...openingPieces(opts, 'message', lang),
    piece(section(verdictLine(reading.risk.level, lang)), 0),
  ];
  if (reading.impact.trim())
    out.push(piece(section(`*${l.impact}*\n${inline(reading.impact, SHORT_LINE, names)}`)));
  if (level >= 1 && reading.intent.trim()) {
    out.push(piece(section(`*${l.intent}*\n${inline(reading.intent, SHORT_LINE, names)}`)));
  }
  const needs = reading.needs.slice(0, Math.max(0, level - 1)).map((n) => inline(n, SHORT_LINE, names));
  if (needs.length > 0) out.push(piece(section(`*${l.needs}*\n${bullets(needs)}`)));

  const best = reading.replies[0];
  const cut = best !== undefined && maxText !== undefined && rewriteLength(best, names) > maxText;
  if (best || opts.missingTechnique) out.push(piece({ type: 'divider' }));
  out.push(...missingPieces(opts, lang));
  if (best) {
    out.push(...rewritePieces(best, 0, opts.techniques, l.bestReply, lang, { names, maxText, maxWhy: 0 }));
  }
  const moreReplies = Math.max(0, Math.min(reading.replies.length, MAX_REPLIES) - 1);
  out.push(piece(context(l.more(moreReplies, cut)), 0));
  out.push(footer(reading.engine, opts.notice, lang));
  out.push(readingActions(reading, opts, lang));
  return fitMessage(out, { language: lang });
}

export function buildReading(reading: Reading, opts: BuildReadingOptions): SlackMessage {
  if (!reading.checked) return buildUncheckedReading(reading, opts);
  if (opts.expanded) return buildFullReading(reading, opts);
  const lang = uiLanguage(reading.language);
  const best = reading.replies[0];
  const blocks = fitShortAnswer(
    (level, maxText) => shortReadingBlocks(reading, opts, level, maxText),
    Math.min(READING_LEVELS, 1 + reading.needs.length),
    best ? rewriteLength(best, opts.names) : 0,
  );
  return { text: fallbackText(reading, lang), blocks };
}

/** Whether a reading has nothing to coach: it reads calm and nothing in it may sting. */
export function nothingToCoach(reading: Reading): boolean {
  return reading.checked && reading.risk.level === 'calm' && groupFlags(reading.flags).length === 0;
}

export type NothingReason = 'calm' | 'automated' | 'no-text';

export const NOTHING_TO_COACH: Record<UiLanguage, Record<NothingReason, string>> = {
  en: {
    calm: 'This message reads calm and friendly, so there is nothing here to coach. Reply as you normally would.',
    automated: 'This is an automated message from an app, so there is nothing here to coach.',
    'no-text': 'This message has no text (a file or an attachment), so there is nothing here to coach.',
  },
  pl: {
    calm: 'Ta wiadomość brzmi spokojnie i życzliwie, więc nie ma tu czego poprawiać. Odpowiedz jak zwykle.',
    automated: 'To automatyczna wiadomość z aplikacji, więc nie ma tu czego poprawiać.',
    'no-text': 'Ta wiadomość nie ma tekstu (to plik lub załącznik), więc nie ma tu czego poprawiać.',
  },
};

/** One short line instead of a reading: a thank-you, a bot's alert, a file with no text. */
export function buildNothingToCoach(reason: NothingReason, lang: UiLanguage = 'en'): SlackMessage {
  const text = NOTHING_TO_COACH[lang][reason];
  return { text, blocks: [section(`:white_check_mark: ${text}`)] };
}
