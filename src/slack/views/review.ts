/**
 * The review of a draft: risk, the phrases that may hurt, rewrites by technique, cues, and the
 * buttons to try again. Buttons carry only a stateId; the draft stays in the listener's cache.
 */
import type { ActionsBlock, KnownBlock, StaticSelect } from '@slack/types';
import type { Flag, Review, Rewrite, RiskLevel } from '../../coach/schemas.ts';
import {
  ACTION_EDIT_RECHECK,
  ACTION_TONE_DIRECT,
  ACTION_TONE_SHORTER,
  ACTION_TONE_WARMER,
  ACTION_TRY_TECHNIQUE,
  BLOCK_REVIEW_ACTIONS,
  techniqueValue,
} from '../ids.ts';
import {
  actions,
  bullets,
  button,
  context,
  headedSections,
  header,
  option,
  plain,
  type SlackMessage,
  section,
  sections,
  techniqueName,
  type UiLanguage,
  uiLanguage,
} from './blocks.ts';
import { escapeMrkdwn, truncate } from './escape.ts';
import { fitMessage, type Piece, piece, pieces } from './limits.ts';

export type ReviewNotice = 'fallback' | 'rate-limited' | null;
export interface TechniqueRef {
  id: string;
  name: string;
  /** Shown in Polish replies when given. */
  namePl?: string;
}

/** How many of each list a message shows; the rest is summarised. */
const MAX_FLAGS = 8;
const MAX_REWRITES = 4;
const MAX_CUES = 5;
/** A quoted phrase or a one-line explanation is never worth more than this. */
const MAX_QUOTE = 300;
const MAX_NOTE = 600;

const RISK_EMOJI: Record<RiskLevel, string> = {
  calm: ':large_green_circle:',
  tense: ':large_yellow_circle:',
  heated: ':red_circle:',
};

export const REVIEW_LABELS = {
  en: {
    risk: { calm: 'Calm', tense: 'Tense', heated: 'Heated' },
    meaning: {
      calm: 'Reads calm. Good to send.',
      tense: 'Some phrases may land harder than you mean.',
      heated: 'Likely to start a fight. Worth a rewrite before you send it.',
    },
    flags: 'Phrases that may hurt',
    noFlags: 'Nothing here looks likely to hurt.',
    instead: 'Instead:',
    moreFlags: (n: number) => `…and ${n} more.`,
    rewrites: 'Ways to say it',
    cues: 'Next moves',
    engine: { local: 'Offline coach', openai: 'AI coach' },
    privacy: 'Parley never stores what you check.',
    notice: {
      fallback: 'The AI coach was unavailable, so the offline coach answered.',
      'rate-limited': 'You reached the AI coach limit for now, so the offline coach answered.',
    },
    tryTechnique: 'Try another technique',
    shorter: 'Shorter',
    warmer: 'Warmer',
    direct: 'More direct',
    recheck: 'Edit & recheck',
    /** The notification text: a sentence, with only the counts that are not zero. */
    fallbackText: (level: RiskLevel, flags: number, rewrites: number) => {
      const found = [
        flags > 0 ? `${flags} ${flags === 1 ? 'phrase' : 'phrases'} may hurt` : null,
        rewrites > 0 ? `${rewrites} ${rewrites === 1 ? 'rewrite' : 'rewrites'} to try` : null,
      ].filter(Boolean);
      const word = REVIEW_LABELS.en.risk[level];
      if (found.length > 0) return `Parley review: ${word}. ${capitalise(found.join('; '))}.`;
      return `Parley review: ${word}. ${level === 'calm' ? 'Nothing here looks likely to hurt.' : REVIEW_LABELS.en.meaning[level]}`;
    },
    unchecked: {
      title: "I can't check this language offline.",
      body: 'The offline coach reads English and Polish only, so it gives no verdict here: it could only look at capitals and punctuation.',
      useModel: 'The AI coach can check other languages; ask whoever runs Parley to turn it on.',
      fallbackText: "Parley couldn't check this draft: the offline coach reads English and Polish only.",
    },
  },
  pl: {
    risk: { calm: 'Spokojnie', tense: 'Napięcie', heated: 'Gorąco' },
    meaning: {
      calm: 'Brzmi spokojnie. Można wysyłać.',
      tense: 'Niektóre zwroty mogą zabrzmieć ostrzej, niż chcesz.',
      heated: 'To może wywołać kłótnię. Warto przeredagować przed wysłaniem.',
    },
    flags: 'Zwroty, które mogą zranić',
    noFlags: 'Nic tu nie wygląda na raniące.',
    instead: 'Zamiast tego:',
    moreFlags: (n: number) => `…i jeszcze ${n}.`,
    rewrites: 'Jak to powiedzieć',
    cues: 'Co dalej',
    engine: { local: 'Trener offline', openai: 'Trener AI' },
    privacy: 'Parley nie zapisuje sprawdzanych tekstów.',
    notice: {
      fallback: 'Trener AI był niedostępny, więc odpowiedział trener offline.',
      'rate-limited': 'Osiągnięto na razie limit trenera AI, więc odpowiedział trener offline.',
    },
    tryTechnique: 'Spróbuj innej techniki',
    shorter: 'Krócej',
    warmer: 'Cieplej',
    direct: 'Bardziej wprost',
    recheck: 'Edytuj i sprawdź ponownie',
    fallbackText: (level: RiskLevel, flags: number, rewrites: number) => {
      const found = [
        flags > 0 ? `zwroty do poprawy: ${flags}` : null,
        rewrites > 0 ? `propozycje: ${rewrites}` : null,
      ].filter(Boolean);
      const word = REVIEW_LABELS.pl.risk[level];
      if (found.length > 0) return `Parley: ${word}. ${capitalise(found.join('; '))}.`;
      return `Parley: ${word}. ${level === 'calm' ? 'Nic tu nie wygląda na raniące.' : REVIEW_LABELS.pl.meaning[level]}`;
    },
    unchecked: {
      title: 'Nie umiem sprawdzić tego języka offline.',
      body: 'Trener offline czyta tylko po angielsku i po polsku, więc nie ocenia tego tekstu: sprawdził tylko wielkie litery i interpunkcję.',
      useModel:
        'Trener AI sprawdza też inne języki; poproś osobę, która zarządza Parleyem, o jego włączenie.',
      fallbackText: 'Parley nie sprawdził tego tekstu: trener offline czyta tylko po angielsku i po polsku.',
    },
  },
} as const;

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** One line, escaped and capped: for quotes and short explanations. */
export function inline(text: string, max: number = MAX_NOTE): string {
  return escapeMrkdwn(truncate(text.replace(/\s+/g, ' ').trim(), max));
}

/** The risk line: emoji, level word and what it means. */
export function riskLine(level: RiskLevel, lang: UiLanguage): string {
  const l = REVIEW_LABELS[lang];
  return `${RISK_EMOJI[level]} *${l.risk[level]}* · ${l.meaning[level]}`;
}

/**
 * What stands where the risk line would be when the engine could not read the language: no level,
 * no "Good to send". The AI coach is suggested unless it is already on (a notice says it answered
 * for a while, or stood back this time).
 */
export function uncheckedPieces(
  engine: Review['engine'],
  notice: ReviewNotice | undefined,
  lang: UiLanguage,
): Piece[] {
  const u = REVIEW_LABELS[lang].unchecked;
  const out = [piece(section(`:grey_question: *${u.title}*\n${u.body}`), 0)];
  if (engine === 'local' && !notice) out.push(piece(context(u.useModel), 1));
  return out;
}

export function flagText(flag: Flag, lang: UiLanguage): string {
  const lines = [`> “${inline(flag.text, MAX_QUOTE)}”`, inline(flag.why)];
  if (flag.suggestion) lines.push(`_${REVIEW_LABELS[lang].instead}_ ${inline(flag.suggestion)}`);
  return lines.join('\n');
}

/** Flag sections, at most MAX_FLAGS, with a "…and N more" line; the label rides on the first. */
export function flagPieces(flags: readonly Flag[], label: string, lang: UiLanguage): Piece[] {
  if (flags.length === 0) return [];
  const shown = flags.slice(0, MAX_FLAGS);
  const out = shown.map((flag, i) =>
    piece(section(`${i === 0 ? `*${label}*\n` : ''}${flagText(flag, lang)}`)),
  );
  if (flags.length > shown.length) {
    out.push(piece(context(REVIEW_LABELS[lang].moreFlags(flags.length - shown.length)), 2));
  }
  return out;
}

/**
 * A rewrite: "*n. Technique* · why", then its text as plain sections (no quote or code block, so
 * it copies cleanly). The heading shares a block with the start of the text so trimming can never
 * leave it alone; continuation chunks of a very long text are the first to go.
 */
export function rewritePieces(
  rewrite: Rewrite,
  index: number,
  techniques: readonly TechniqueRef[],
  label?: string,
  lang: UiLanguage = 'en',
): Piece[] {
  const name = escapeMrkdwn(techniqueName(rewrite.technique, techniques, lang));
  const why = rewrite.why.trim() ? ` · ${inline(rewrite.why)}` : '';
  const heading = `${label ? `*${label}*\n` : ''}*${index + 1}. ${name}*${why}`;
  const [first, ...rest] = headedSections(heading, escapeMrkdwn(rewrite.text));
  return [...(first ? [piece(first)] : []), ...pieces(rest, 2)];
}

export function cuesPiece(cues: readonly string[], lang: UiLanguage): Piece[] {
  if (cues.length === 0) return [];
  const items = cues.slice(0, MAX_CUES).map((c) => inline(c));
  return pieces(sections(bullets(items), REVIEW_LABELS[lang].cues));
}

/** Context footer: which coach answered (rendering only), privacy, and a quiet notice. */
export function footer(engine: Review['engine'], notice: ReviewNotice | undefined, lang: UiLanguage): Piece {
  const l = REVIEW_LABELS[lang];
  const parts = [`${l.engine[engine]} · ${l.privacy}`];
  if (notice) parts.push(`_${l.notice[notice]}_`);
  return piece(context(...parts), 0);
}

/** "Try another technique" select; value `stateId:techniqueId`. */
export function techniqueSelect(
  stateId: string,
  techniques: readonly TechniqueRef[],
  lang: UiLanguage,
): StaticSelect | null {
  if (techniques.length === 0) return null;
  return {
    type: 'static_select',
    action_id: ACTION_TRY_TECHNIQUE,
    placeholder: plain(REVIEW_LABELS[lang].tryTechnique, 150),
    // Slack allows at most 100 options.
    options: techniques
      .slice(0, 100)
      .map((t) => option(techniqueName(t.id, techniques, lang), techniqueValue(stateId, t.id))),
  };
}

export function toneButtons(stateId: string, lang: UiLanguage): ActionsBlock['elements'] {
  const l = REVIEW_LABELS[lang];
  return [
    button(l.shorter, ACTION_TONE_SHORTER, stateId),
    button(l.warmer, ACTION_TONE_WARMER, stateId),
    button(l.direct, ACTION_TONE_DIRECT, stateId),
  ];
}

export interface BuildReviewOptions {
  /** Key of the listener's cached state; the only thing buttons carry. */
  stateId: string;
  techniques: readonly TechniqueRef[];
  /** Optional header, e.g. "Warmer version". */
  title?: string;
  notice?: ReviewNotice;
}

export function buildReview(review: Review, opts: BuildReviewOptions): SlackMessage {
  const lang = uiLanguage(review.language);
  const l = REVIEW_LABELS[lang];
  const out: Piece[] = [];
  if (opts.title) out.push(piece(header(opts.title), 0));
  if (review.checked) out.push(piece(section(riskLine(review.risk.level, lang)), 0));
  else out.push(...uncheckedPieces(review.engine, opts.notice, lang));

  if (review.flags.length > 0) out.push(...flagPieces(review.flags, l.flags, lang));
  else if (review.checked && review.risk.level === 'calm') out.push(piece(section(l.noFlags)));

  const rewrites = review.rewrites.slice(0, MAX_REWRITES);
  if (rewrites.length > 0) {
    out.push(piece({ type: 'divider' }));
    rewrites.forEach((r, i) => {
      out.push(...rewritePieces(r, i, opts.techniques, i === 0 ? l.rewrites : undefined, lang));
    });
  }
  out.push(...cuesPiece(review.cues, lang));
  out.push(footer(review.engine, opts.notice, lang));

  const elements: ActionsBlock['elements'] = [];
  // Another technique needs a draft the engine can read; an unchecked one would only come back empty.
  const select = review.checked ? techniqueSelect(opts.stateId, opts.techniques, lang) : null;
  if (select) elements.push(select);
  // Tone buttons reshape a rewrite, so they only make sense when there is one.
  if (rewrites.length > 0) elements.push(...toneButtons(opts.stateId, lang));
  elements.push(button(l.recheck, ACTION_EDIT_RECHECK, opts.stateId));
  out.push(piece(actions(BLOCK_REVIEW_ACTIONS, elements), 0));

  const blocks: KnownBlock[] = fitMessage(out, { language: lang });
  return {
    text: review.checked
      ? l.fallbackText(review.risk.level, review.flags.length, review.rewrites.length)
      : l.unchecked.fallbackText,
    blocks,
  };
}
