/**
 * A practice run: Parley plays the other side in character, with an optional out-of-character
 * aside, and gives feedback on the user's turns when the run ends.
 */
import type { PracticeFeedback, PracticeReply } from '../../coach/schemas.ts';
import { ACTION_PRACTICE_END, BLOCK_PRACTICE_ACTIONS } from '../ids.ts';
import {
  actions,
  bullets,
  button,
  context,
  humanizeId,
  type SlackMessage,
  section,
  sections,
  techniqueName,
  uiLanguage,
} from './blocks.ts';
import { escapeMrkdwn, truncate } from './escape.ts';
import { fitMessage, type Piece, piece, pieces } from './limits.ts';
import { footer, inline, type ReviewNotice, type TechniqueRef } from './review.ts';

const MAX_ITEMS = 6;

export const PRACTICE_LABELS = {
  en: {
    them: 'Them',
    coach: 'Coach',
    end: 'End practice',
    replyHint: 'Reply in this thread as you would in the real conversation.',
    feedbackTitle: 'How the practice went',
    strengths: 'What worked',
    slips: 'Where it slipped',
    nextTime: 'Next time',
    feedbackText: 'Parley: feedback on your practice run.',
  },
  pl: {
    them: 'Rozmówca',
    coach: 'Trener',
    end: 'Zakończ ćwiczenie',
    replyHint: 'Odpowiedz w tym wątku tak, jak w prawdziwej rozmowie.',
    feedbackTitle: 'Jak poszło ćwiczenie',
    strengths: 'Co zadziałało',
    slips: 'Co poszło gorzej',
    nextTime: 'Następnym razem',
    feedbackText: 'Parley: podsumowanie ćwiczenia.',
  },
} as const;

export interface BuildPracticeReplyOptions {
  stateId: string;
  notice?: ReviewNotice;
}

export function buildPracticeReply(reply: PracticeReply, opts: BuildPracticeReplyOptions): SlackMessage {
  const lang = uiLanguage(reply.language);
  const l = PRACTICE_LABELS[lang];
  const out: Piece[] = [
    ...pieces(sections(escapeMrkdwn(reply.text.trim()), `:speech_balloon: ${l.them}`)),
    ...practiceTail(reply, opts),
  ];
  // The counterpart's line is the whole point, so the fallback carries it (escaped, short).
  const text = `${l.them}: ${escapeMrkdwn(truncate(reply.text.replace(/\s+/g, ' ').trim(), 300))}`;
  return { text, blocks: fitMessage(out, { language: lang }) };
}

/**
 * What follows a counterpart line streamed into the thread: the coach's aside (or the reply
 * hint), the notice and the End practice button, without the line itself.
 */
export function buildPracticeActions(reply: PracticeReply, opts: BuildPracticeReplyOptions): SlackMessage {
  const lang = uiLanguage(reply.language);
  const l = PRACTICE_LABELS[lang];
  const aside = reply.aside?.trim();
  const text = aside ? `${l.coach}: ${escapeMrkdwn(truncate(aside.replace(/\s+/g, ' '), 300))}` : l.replyHint;
  return { text, blocks: fitMessage(practiceTail(reply, opts), { language: lang }) };
}

/** Prefix of a streamed counterpart line (no words, so it needs no language). */
export const PRACTICE_STREAM_PREFIX = '💬 ';

/**
 * A counterpart line as streamed Markdown. Escaping works character by character, so the
 * escaped chunks add up to the escaped whole: `<!channel>` never becomes a mention.
 */
export function practiceLineToMarkdown(chunk: string): string {
  return escapeMrkdwn(chunk);
}

function practiceTail(reply: PracticeReply, opts: BuildPracticeReplyOptions): Piece[] {
  const lang = uiLanguage(reply.language);
  const l = PRACTICE_LABELS[lang];
  const aside = reply.aside?.trim();
  const out: Piece[] = [piece(context(aside ? `_${l.coach}: ${inline(aside)}_` : l.replyHint), 2)];
  if (opts.notice) out.push(footer(reply.engine, opts.notice, lang));
  out.push(piece(actions(BLOCK_PRACTICE_ACTIONS, [button(l.end, ACTION_PRACTICE_END, opts.stateId)]), 0));
  return out;
}

export interface BuildPracticeFeedbackOptions {
  /** Technique names for the strengths list; ids are shown readable when missing. */
  techniques?: readonly TechniqueRef[];
  notice?: ReviewNotice;
}

export function buildPracticeFeedback(
  feedback: PracticeFeedback,
  opts: BuildPracticeFeedbackOptions = {},
): SlackMessage {
  const lang = uiLanguage(feedback.language);
  const l = PRACTICE_LABELS[lang];
  const techniques = opts.techniques ?? [];
  const out: Piece[] = [
    piece(section(`:checkered_flag: *${l.feedbackTitle}*`), 0),
    ...pieces(sections(escapeMrkdwn(feedback.summary.trim()))),
  ];
  const strengths = feedback.strengths
    .slice(0, MAX_ITEMS)
    .map((s) => `*${escapeMrkdwn(techniqueName(s.technique, techniques, lang))}*: ${inline(s.note)}`);
  const slips = feedback.slips
    .slice(0, MAX_ITEMS)
    .map((s) => `*${escapeMrkdwn(humanizeId(s.kind))}*: ${inline(s.note)}`);
  const next = feedback.nextTime.slice(0, MAX_ITEMS).map((s) => inline(s));
  if (strengths.length > 0) out.push(...pieces(sections(bullets(strengths), l.strengths)));
  if (slips.length > 0) out.push(...pieces(sections(bullets(slips), l.slips)));
  if (next.length > 0) out.push(...pieces(sections(bullets(next), l.nextTime)));
  out.push(footer(feedback.engine, opts.notice, lang));
  return { text: l.feedbackText, blocks: fitMessage(out, { language: lang }) };
}
