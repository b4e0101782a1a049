/**
 * The review of a draft: risk, the phrases that may hurt, rewrites by technique, cues, and the
 * buttons to try again. Buttons carry only a stateId; the draft stays in the listener's cache.
 *
 * A first answer is short (the verdict, the one or two phrases that matter most and the best
 * rewrite, within REVIEW_BUDGET characters of visible text); *Show all rewrites and why* renders
 * the full review in place, *Show less* folds it back.
 */
import type { ActionsBlock, KnownBlock, StaticSelect } from '@slack/types';
import type { Flag, Review, Rewrite, RiskLevel } from '../../coach/schemas.ts';
import {
  ACTION_EDIT_RECHECK,
  ACTION_SHOW_ALL,
  ACTION_SHOW_LESS,
  ACTION_TONE_DIRECT,
  ACTION_TONE_SHORTER,
  ACTION_TONE_WARMER,
  ACTION_TRY_TECHNIQUE,
  ACTION_USE_REWRITE,
  BLOCK_REVIEW_ACTIONS,
  techniqueValue,
  useRewriteValue,
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
import { type QuoteKind, quoteBlock } from './quote.ts';
import { displaySlackText, type Names } from './slack-text.ts';
import { visibleLength } from './visible-text.ts';

export type ReviewNotice = 'fallback' | 'rate-limited' | null;
export interface TechniqueRef {
  id: string;
  name: string;
  /** Shown in Polish replies when given. */
  namePl?: string;
}

/** How many of each list a message shows; the rest is summarised. */
const MAX_FLAGS = 8;
export const MAX_REWRITES = 4;
const MAX_CUES = 5;
/** A quoted phrase or a one-line explanation is never worth more than this. */
const MAX_QUOTE = 300;
const MAX_NOTE = 600;

/** Visible characters of a first answer (a review or a reading): it must read at a glance. */
export const FIRST_ANSWER_BUDGET = 1_200;
/** The phrases a short answer shows, and how long each of its lines may be. */
const SHORT_FLAGS = 2;
const SHORT_QUOTE = 120;
const SHORT_NOTE = 140;
/** A best rewrite is never cut shorter than this to fit the budget (the phrases go first). */
const MIN_REWRITE_PREVIEW = 160;

/** Which phrases matter most: harm to the person and the relationship before style. */
const SEVERITY: readonly Flag['kind'][] = [
  'threat',
  'insult',
  'escalation',
  'blame',
  'manipulation',
  'demand',
  'dismissive',
  'sarcasm',
  'passive-aggressive',
  'non-apology',
  'absolute',
  'shouting',
];

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
    useThis: 'Use this',
    topFlags: 'What matters most',
    best: 'Best rewrite',
    showAll: 'Show all rewrites and why',
    showLess: 'Show less',
    /** What the short answer leaves for "Show all". */
    more: (rewrites: number, flags: number, cut: boolean) => {
      const parts = [
        cut ? 'the whole rewrite' : null,
        rewrites > 0 ? `${rewrites} more ${rewrites === 1 ? 'rewrite' : 'rewrites'}` : null,
        flags > 0 ? `${flags} more ${flags === 1 ? 'phrase' : 'phrases'}` : null,
      ].filter(Boolean);
      return parts.length > 0
        ? `${capitalise(parts.join(', '))}, why, and next moves: *Show all rewrites and why*.`
        : 'Why, and next moves: *Show all rewrites and why*.';
    },
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
    useThis: 'Użyj tego',
    topFlags: 'Najważniejsze',
    best: 'Najlepsza propozycja',
    showAll: 'Pokaż wszystkie propozycje i powody',
    showLess: 'Pokaż mniej',
    more: (rewrites: number, flags: number, cut: boolean) => {
      const parts = [
        cut ? 'cała propozycja' : null,
        rewrites > 0 ? `kolejne propozycje: ${rewrites}` : null,
        flags > 0 ? `kolejne zwroty: ${flags}` : null,
      ].filter(Boolean);
      return parts.length > 0
        ? `${capitalise(parts.join(', '))}, powody i dalsze kroki: *Pokaż wszystkie propozycje i powody*.`
        : 'Powody i dalsze kroki: *Pokaż wszystkie propozycje i powody*.';
    },
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

/** One line, escaped and capped: for quotes and short explanations. Mentions show as names. */
export function inline(text: string, max: number = MAX_NOTE, names: Names = {}): string {
  return escapeMrkdwn(truncate(displaySlackText(text, names).replace(/\s+/g, ' ').trim(), max));
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

/** A phrase as shown: repeats of the same phrase grouped, with how often it occurs. */
export interface FlagGroup {
  flag: Flag;
  count: number;
}

/** An engine may already group repeats (`count`); Parley groups what is left the same way. */
function countOf(flag: Flag): number {
  const count = (flag as Flag & { count?: unknown }).count;
  return typeof count === 'number' && Number.isInteger(count) && count > 1 ? count : 1;
}

/** Repeats grouped (same kind, same words), in the order they first appear. */
export function groupFlags(flags: readonly Flag[]): FlagGroup[] {
  const groups = new Map<string, FlagGroup>();
  for (const flag of flags) {
    const key = `${flag.kind}\u0000${flag.text.replace(/\s+/g, ' ').trim().toLowerCase()}`;
    const group = groups.get(key);
    if (group) group.count += countOf(flag);
    else groups.set(key, { flag, count: countOf(flag) });
  }
  return [...groups.values()];
}

/** The phrases that matter most first: by kind, then by how often they occur. */
export function rankFlags(groups: readonly FlagGroup[]): FlagGroup[] {
  const rank = (g: FlagGroup) => {
    const at = SEVERITY.indexOf(g.flag.kind);
    return at === -1 ? SEVERITY.length : at;
  };
  return [...groups].sort((a, b) => rank(a) - rank(b) || b.count - a.count);
}

export interface FlagTextOptions {
  count?: number;
  /** The short answer: capped lines and no suggestion (it is one click away). */
  short?: boolean;
  names?: Names;
}

export function flagText(flag: Flag, lang: UiLanguage, options: FlagTextOptions = {}): string {
  const { count = 1, short = false, names = {} } = options;
  const times = count > 1 ? ` ×${count}` : '';
  const lines = [
    `> “${inline(flag.text, short ? SHORT_QUOTE : MAX_QUOTE, names)}”${times}`,
    inline(flag.why, short ? SHORT_NOTE : MAX_NOTE, names),
  ];
  if (flag.suggestion && !short)
    lines.push(`_${REVIEW_LABELS[lang].instead}_ ${inline(flag.suggestion, MAX_NOTE, names)}`);
  return lines.join('\n');
}

/** Flag sections, at most MAX_FLAGS, with a "…and N more" line; the label rides on the first. */
export function flagPieces(
  flags: readonly Flag[],
  label: string,
  lang: UiLanguage,
  names: Names = {},
): Piece[] {
  if (flags.length === 0) return [];
  const groups = groupFlags(flags);
  const shown = groups.slice(0, MAX_FLAGS);
  const out = shown.map((g, i) =>
    piece(section(`${i === 0 ? `*${label}*\n` : ''}${flagText(g.flag, lang, { count: g.count, names })}`)),
  );
  if (groups.length > shown.length) {
    out.push(piece(context(REVIEW_LABELS[lang].moreFlags(groups.length - shown.length)), 2));
  }
  return out;
}

/**
 * A rewrite: "*n. Technique* · why", then its text as plain sections (no quote or code block, so
 * it copies cleanly). The heading shares a block with the start of the text so trimming can never
 * leave it alone; continuation chunks of a very long text are the first to go.
 */
export interface RewriteDisplay {
  names?: Names;
  /** Cap the text at this many visible characters (a short answer's preview), ending with "…". */
  maxText?: number;
  /** Cap the "why" line too; 0 leaves it out (a short answer: it is one click away). */
  maxWhy?: number;
  /** The review's state: a *Use this* button (value `stateId:index`, never text) rides on the heading. */
  useStateId?: string;
}

export function rewritePieces(
  rewrite: Rewrite,
  index: number,
  techniques: readonly TechniqueRef[],
  label?: string,
  lang: UiLanguage = 'en',
  display: RewriteDisplay = {},
): Piece[] {
  const names = display.names ?? {};
  const name = escapeMrkdwn(techniqueName(rewrite.technique, techniques, lang));
  const maxWhy = display.maxWhy ?? MAX_NOTE;
  const why = rewrite.why.trim() && maxWhy > 0 ? ` · ${inline(rewrite.why, maxWhy, names)}` : '';
  const heading = `${label ? `*${label}*\n` : ''}*${index + 1}. ${name}*${why}`;
  const shown = displaySlackText(rewrite.text, names);
  const text = display.maxText === undefined ? shown : truncate(shown, display.maxText);
  const [first, ...rest] = headedSections(heading, escapeMrkdwn(text));
  if (first && display.useStateId) {
    first.accessory = button(
      REVIEW_LABELS[lang].useThis,
      ACTION_USE_REWRITE,
      useRewriteValue(display.useStateId, index),
    );
  }
  return [...(first ? [piece(first)] : []), ...pieces(rest, 2)];
}

/** Visible characters of a rewrite's text as a preview would show it. */
export function rewriteLength(rewrite: Rewrite, names: Names = {}): number {
  return displaySlackText(rewrite.text, names).trim().length;
}

export function cuesPiece(cues: readonly string[], lang: UiLanguage, names: Names = {}): Piece[] {
  if (cues.length === 0) return [];
  const items = cues.slice(0, MAX_CUES).map((c) => inline(c, MAX_NOTE, names));
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

/** "Show all rewrites and why" on a short answer, "Show less" on a full one. */
export function detailButton(stateId: string, expanded: boolean, lang: UiLanguage, showAll?: string) {
  const l = REVIEW_LABELS[lang];
  return expanded
    ? button(l.showLess, ACTION_SHOW_LESS, stateId)
    : button(showAll ?? l.showAll, ACTION_SHOW_ALL, stateId, 'primary');
}

/** How a review or reading is shown; kept with its state so every re-render looks the same. */
export interface AnswerDisplay {
  /** The full answer (after "Show all rewrites and why"); short by default. */
  expanded?: boolean;
  /** The draft or message to quote first (answers sent by DM say what they are about). */
  quote?: string | null;
  /** Display names for mentions, when a payload gave them. */
  names?: Names;
}

export interface BuildReviewOptions extends AnswerDisplay {
  /** Key of the listener's cached state; the only thing buttons carry. */
  stateId: string;
  techniques: readonly TechniqueRef[];
  /** Optional header, e.g. "Warmer version". */
  title?: string;
  notice?: ReviewNotice;
}

/** The title and quote a message opens with. */
export function openingPieces(
  opts: { title?: string; quote?: string | null; names?: Names },
  kind: QuoteKind,
  lang: UiLanguage,
): Piece[] {
  const out: Piece[] = [];
  if (opts.title) out.push(piece(header(opts.title), 0));
  if (opts.quote) out.push(piece(quoteBlock(kind, opts.quote, lang, opts.names), 0));
  return out;
}

function verdictPieces(review: Review, opts: BuildReviewOptions, lang: UiLanguage): Piece[] {
  if (review.checked) return [piece(section(riskLine(review.risk.level, lang)), 0)];
  return uncheckedPieces(review.engine, opts.notice, lang);
}

function reviewActions(review: Review, opts: BuildReviewOptions, lang: UiLanguage, detail: boolean): Piece {
  const l = REVIEW_LABELS[lang];
  const elements: ActionsBlock['elements'] = [];
  if (detail) elements.push(detailButton(opts.stateId, Boolean(opts.expanded), lang));
  // Another technique needs a draft the engine can read; an unchecked one would only come back empty.
  const select = review.checked ? techniqueSelect(opts.stateId, opts.techniques, lang) : null;
  if (select) elements.push(select);
  // Tone buttons reshape the rewrites, so they only make sense when there is one.
  if (review.rewrites.length > 0) elements.push(...toneButtons(opts.stateId, lang));
  elements.push(button(l.recheck, ACTION_EDIT_RECHECK, opts.stateId));
  return piece(actions(BLOCK_REVIEW_ACTIONS, elements), 0);
}

function fallbackText(review: Review, lang: UiLanguage): string {
  const l = REVIEW_LABELS[lang];
  return review.checked
    ? l.fallbackText(review.risk.level, groupFlags(review.flags).length, review.rewrites.length)
    : l.unchecked.fallbackText;
}

/** Whether a full review would show anything the short one leaves out. */
function hasDetail(review: Review): boolean {
  return review.flags.length > 0 || review.rewrites.length > 0 || review.cues.length > 0;
}

function buildFullReview(review: Review, opts: BuildReviewOptions, foldable = true): SlackMessage {
  const lang = uiLanguage(review.language);
  const l = REVIEW_LABELS[lang];
  const names = opts.names ?? {};
  const out: Piece[] = [...openingPieces(opts, 'draft', lang), ...verdictPieces(review, opts, lang)];

  if (review.flags.length > 0) out.push(...flagPieces(review.flags, l.flags, lang, names));
  else if (review.checked && review.risk.level === 'calm') out.push(piece(section(l.noFlags)));

  const rewrites = review.rewrites.slice(0, MAX_REWRITES);
  if (rewrites.length > 0) {
    out.push(piece({ type: 'divider' }));
    rewrites.forEach((r, i) => {
      out.push(
        ...rewritePieces(r, i, opts.techniques, i === 0 ? l.rewrites : undefined, lang, {
          names,
          useStateId: opts.stateId,
        }),
      );
    });
  }
  out.push(...cuesPiece(review.cues, lang, names));
  out.push(footer(review.engine, opts.notice, lang));
  out.push(reviewActions(review, opts, lang, foldable && hasDetail(review)));
  return { text: fallbackText(review, lang), blocks: fitMessage(out, { language: lang }) };
}

/** One try at a short review: this many phrases, the best rewrite capped (or not). */
function shortReviewBlocks(
  review: Review,
  opts: BuildReviewOptions,
  flagsShown: number,
  maxText: number | undefined,
): KnownBlock[] {
  const lang = uiLanguage(review.language);
  const l = REVIEW_LABELS[lang];
  const names = opts.names ?? {};
  const groups = rankFlags(groupFlags(review.flags));
  const out: Piece[] = [...openingPieces(opts, 'draft', lang), ...verdictPieces(review, opts, lang)];

  const top = groups.slice(0, flagsShown);
  top.forEach((g, i) => {
    const text = flagText(g.flag, lang, { count: g.count, short: true, names });
    out.push(piece(section(`${i === 0 ? `*${l.topFlags}*\n` : ''}${text}`)));
  });
  if (groups.length === 0 && review.checked && review.risk.level === 'calm')
    out.push(piece(section(l.noFlags)));

  const best = review.rewrites[0];
  const cut = best !== undefined && maxText !== undefined && rewriteLength(best, names) > maxText;
  if (best) {
    out.push(piece({ type: 'divider' }));
    out.push(
      ...rewritePieces(best, 0, opts.techniques, l.best, lang, {
        names,
        maxText,
        maxWhy: 0,
        useStateId: opts.stateId,
      }),
    );
  }
  if (hasDetail(review)) {
    const moreRewrites = Math.max(0, Math.min(review.rewrites.length, MAX_REWRITES) - 1);
    out.push(piece(context(l.more(moreRewrites, groups.length - top.length, cut)), 0));
  }
  out.push(footer(review.engine, opts.notice, lang));
  out.push(reviewActions(review, opts, lang, hasDetail(review)));
  return fitMessage(out, { language: lang });
}

/**
 * Fit a short answer into the budget. The best rewrite whole matters more than a second phrase:
 * first the most detail that leaves it whole, then, when it is long, the most detail that leaves a
 * useful preview of it (the full text is one click away). `compose` builds one try at a level of
 * detail (for a review, how many phrases it shows).
 */
export function fitShortAnswer(
  compose: (level: number, maxText: number | undefined) => KnownBlock[],
  levels: number,
  bestLength: number,
  budget: number = FIRST_ANSWER_BUDGET,
): KnownBlock[] {
  const fits = (blocks: KnownBlock[]) => visibleLength(blocks) <= budget;
  const tries = Array.from({ length: Math.max(0, levels) + 1 }, (_, i) => levels - i);
  for (const level of tries) {
    const whole = compose(level, undefined);
    if (fits(whole)) return whole;
  }
  if (bestLength === 0) return compose(0, undefined);
  for (const level of tries) {
    // The rest of the answer, measured with the shortest preview; the preview gets what is left.
    const probe = compose(level, MIN_REWRITE_PREVIEW);
    const room = budget - (visibleLength(probe) - MIN_REWRITE_PREVIEW);
    if (room < MIN_REWRITE_PREVIEW) continue;
    const cut = compose(level, room - 2);
    return fits(cut) ? cut : probe;
  }
  return compose(0, MIN_REWRITE_PREVIEW);
}

export function buildReview(review: Review, opts: BuildReviewOptions): SlackMessage {
  if (opts.expanded) return buildFullReview(review, opts);
  if (!review.checked) {
    // An unchecked review has no rewrites and is usually short as it is: nothing to fold.
    const whole = buildFullReview(review, opts, false);
    if (visibleLength(whole.blocks) <= FIRST_ANSWER_BUDGET) return whole;
  }
  const lang = uiLanguage(review.language);
  const best = review.rewrites[0];
  const blocks = fitShortAnswer(
    (flagsShown, maxText) => shortReviewBlocks(review, opts, flagsShown, maxText),
    Math.min(SHORT_FLAGS, groupFlags(review.flags).length),
    best ? rewriteLength(best, opts.names) : 0,
  );
  return { text: fallbackText(review, lang), blocks };
}
