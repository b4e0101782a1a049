/**
 * "Coach this message" on someone else's message: how they may have meant it, how it may land,
 * what they may need, and replies built with named techniques.
 */
import type { ActionsBlock } from '@slack/types';
import type { Reading } from '../../coach/schemas.ts';
import { BLOCK_READING_ACTIONS } from '../ids.ts';
import {
  actions,
  bullets,
  context,
  type SlackMessage,
  section,
  sections,
  techniqueName,
  uiLanguage,
} from './blocks.ts';
import { escapeMrkdwn } from './escape.ts';
import { fitMessage, type Piece, piece, pieces } from './limits.ts';
import {
  cuesPiece,
  flagPieces,
  footer,
  inline,
  REVIEW_LABELS,
  type ReviewNotice,
  rewritePieces,
  riskLine,
  type TechniqueRef,
  techniqueSelect,
  toneButtons,
  uncheckedPieces,
} from './review.ts';

const MAX_NEEDS = 5;
const MAX_REPLIES = 3;

export const READING_LABELS = {
  en: {
    title: 'How this message may land',
    flags: 'Phrases that may sting',
    intent: 'What they may mean',
    impact: 'How it may land',
    needs: 'What they may need',
    replies: 'Ways to reply',
    noReplyWith: (technique: string) => `I couldn't write a calm reply with ${technique} for this message.`,
    fallbackText: (level: string, replies: number) =>
      `Parley read this message: ${level}. ${replies} ${replies === 1 ? 'reply' : 'replies'} to try.`,
    uncheckedText: "Parley couldn't read this message: the offline coach reads English and Polish only.",
  },
  pl: {
    title: 'Jak ta wiadomość może zostać odebrana',
    flags: 'Zwroty, które mogą zaboleć',
    intent: 'Co mogą mieć na myśli',
    impact: 'Jak to może zabrzmieć',
    needs: 'Czego mogą potrzebować',
    replies: 'Jak odpowiedzieć',
    noReplyWith: (technique: string) =>
      `Nie udało się napisać spokojnej odpowiedzi z techniką ${technique} do tej wiadomości.`,
    fallbackText: (level: string, replies: number) =>
      `Parley przeczytał wiadomość: ${level}. Propozycje odpowiedzi: ${replies}.`,
    uncheckedText:
      'Parley nie przeczytał tej wiadomości: trener offline czyta tylko po angielsku i po polsku.',
  },
} as const;

export interface BuildReadingOptions {
  stateId: string;
  techniques: readonly TechniqueRef[];
  notice?: ReviewNotice;
  /** "Try another technique" asked for a technique id no reply uses: said plainly, by its name. */
  missingTechnique?: string | null;
}

/**
 * A message in a language the offline engine cannot read: say so in place of a reading, with its
 * findings (capitals, punctuation) and cues, and nothing to retry with another technique.
 */
function buildUncheckedReading(reading: Reading, opts: BuildReadingOptions): SlackMessage {
  const lang = uiLanguage(reading.language);
  const out: Piece[] = [
    piece(section(`*${READING_LABELS[lang].title}*`), 0),
    ...uncheckedPieces(reading.engine, opts.notice, lang),
    ...flagPieces(reading.flags, READING_LABELS[lang].flags, lang),
    ...cuesPiece(reading.cues, lang),
    footer(reading.engine, opts.notice, lang),
  ];
  return { text: READING_LABELS[lang].uncheckedText, blocks: fitMessage(out, { language: lang }) };
}

export function buildReading(reading: Reading, opts: BuildReadingOptions): SlackMessage {
  if (!reading.checked) return buildUncheckedReading(reading, opts);
  const lang = uiLanguage(reading.language);
  const l = READING_LABELS[lang];
  const out: Piece[] = [
    piece(section(`*${l.title}*\n${riskLine(reading.risk.level, lang)}`), 0),
    ...pieces(sections(escapeMrkdwn(reading.intent.trim()), l.intent)),
    ...pieces(sections(escapeMrkdwn(reading.impact.trim()), l.impact)),
  ];
  if (reading.needs.length > 0) {
    out.push(...pieces(sections(bullets(reading.needs.slice(0, MAX_NEEDS).map((n) => inline(n))), l.needs)));
  }
  out.push(...flagPieces(reading.flags, l.flags, lang).map((p) => ({ ...p, priority: 2 as const })));

  const replies = reading.replies.slice(0, MAX_REPLIES);
  if (replies.length > 0 || opts.missingTechnique) out.push(piece({ type: 'divider' }));
  if (opts.missingTechnique) {
    const name = techniqueName(opts.missingTechnique, opts.techniques, lang);
    out.push(piece(context(l.noReplyWith(inline(name))), 0));
  }
  replies.forEach((r, i) => {
    out.push(...rewritePieces(r, i, opts.techniques, i === 0 ? l.replies : undefined, lang));
  });
  out.push(...cuesPiece(reading.cues, lang));
  out.push(footer(reading.engine, opts.notice, lang));

  const elements: ActionsBlock['elements'] = [];
  const select = techniqueSelect(opts.stateId, opts.techniques, lang);
  if (select) elements.push(select);
  if (replies.length > 0) elements.push(...toneButtons(opts.stateId, lang));
  if (elements.length > 0) out.push(piece(actions(BLOCK_READING_ACTIONS, elements), 0));

  return {
    text: l.fallbackText(REVIEW_LABELS[lang].risk[reading.risk.level], reading.replies.length),
    blocks: fitMessage(out, { language: lang }),
  };
}
