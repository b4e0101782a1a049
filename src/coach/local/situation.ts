/**
 * Recognises what kind of difficult conversation a text describes (a situation the user wants to
 * prepare for, or a message someone sent), who the other side probably is, and which language to
 * answer in. Keyword families are stems, so Polish inflection ("rabat", "rabatu", "rabatem") and
 * English variants ("discount", "discounted") match alike. Pure and deterministic.
 */
import type { LanguagePreference } from '../coach.ts';
import type { Context, Situation } from '../schemas.ts';
import { detectLanguage } from './language.ts';
import { LANGS } from './packs.ts';
import { findTopic } from './plans/brief.ts';
import { loadPlans } from './plans/pack.ts';

/** One keyword family: stems (matched at a word start) and how much a hit counts. */
interface Family {
  weight: number;
  stems: string[];
}

/** Families per situation. Stronger, less ambiguous phrases carry more weight. */
const FAMILIES: Record<Exclude<Situation, 'other'>, Family[]> = {
  discount: [
    {
      weight: 3,
      stems: [
        'discount',
        'rabat',
        'rabac', // "rabacie"
        'zniżk',
        'zniżc', // "zniżce"
        'zniżek',
        'upust',
        'price pushback',
        'pushing back on price',
        'pushback on the price',
        'lower the price',
        'lower price',
        'cut the price',
        'reduce the price',
        'price reduction',
        'obniżk',
        'obniżc',
        'obniżyć cen',
        'obniżenie cen',
      ],
    },
    {
      weight: 2,
      stems: [
        'too expensive',
        'cheaper',
        'za drogo',
        'za drog',
        'taniej',
        'tańsz',
        'competitor',
        'konkurencj',
        'match the price',
        'better price',
        'lepszą cenę',
        'lepsza cena',
        'off the price',
        'off our price',
      ],
    },
    { weight: 1, stems: ['budget', 'budżet', 'negotiat', 'negocj', 'quote', 'wycen', 'ofert'] },
  ],
  'overdue-invoice': [
    {
      weight: 3,
      stems: [
        'invoice',
        'faktur',
        'unpaid',
        'niezapłac',
        'nieopłac',
        'past due',
        'late payment',
        'payment reminder',
        'przeterminowan',
        'windykac',
        'zaległ',
      ],
    },
    {
      weight: 2,
      stems: [
        'overdue',
        'outstanding',
        'owe us',
        'owes us',
        'należnoś',
        'dług',
        'nie zapłac',
        "haven't paid",
        'not paid',
      ],
    },
    { weight: 1, stems: ['payment', 'paid', 'płatnoś', 'zapłat', 'przelew', 'wpłat'] },
  ],
  'price-increase': [
    {
      weight: 3,
      stems: [
        'price increase',
        'price rise',
        'raise our price',
        'raise prices',
        'raising our price',
        'raising prices',
        'raise our rate',
        'raising our rate',
        'rate increase',
        'increase our price',
        'increase the price',
        'increasing our price',
        'new pricing',
        'podwyżk',
        'podwyżc', // "podwyżce"
        'podwyżek',
        'podnie',
        'podnosi',
        'wzrost cen',
        'nowy cennik',
        'nowego cennik',
        'nowym cennik',
      ],
    },
    { weight: 1, stems: ['pricing', 'cennik', 'renewal', 'odnowien', 'inflac', 'inflation'] },
  ],
  'missed-deadline': [
    {
      weight: 3,
      stems: [
        'deadline',
        'missed the date',
        'behind schedule',
        'termin',
        'opóźni',
        'opóźn',
        'spóźni',
        'poślizg',
        'nie zdąż',
        'nie dowiez',
        'nie dostarcz',
        'przesunię',
        'przesunąć',
      ],
    },
    {
      weight: 2,
      stems: [
        'delay',
        'late',
        'slipped',
        'slipping',
        'not delivered',
        "didn't deliver",
        'postpone',
        'on time',
        'na czas',
      ],
    },
  ],
  'poor-work': [
    {
      weight: 3,
      stems: [
        'poor work',
        'poor quality',
        'low quality',
        'sloppy',
        'missed the mark',
        'not good enough',
        'below standard',
        'below the standard',
        'rework',
        'redo',
        'jakoś',
        'niedoróbk',
        'do poprawy',
        'do poprawienia',
        'nie spełnia',
        'słab',
        'fuszerk',
        'partacz',
      ],
    },
    {
      weight: 2,
      stems: [
        'quality',
        'feedback',
        'mistakes in',
        'errors in',
        'full of errors',
        'full of bugs',
        'informacj zwrotn',
        'informację zwrotn',
        'poprawk',
        'błęd',
        'pełen błęd',
        'pełno błęd',
      ],
    },
    { weight: 1, stems: ['review', 'code review', 'draft', 'report', 'raport', 'przegląd'] },
  ],
  'unresponsive-peer': [
    {
      weight: 3,
      stems: [
        'not responding',
        "isn't responding",
        "doesn't respond",
        "doesn't reply",
        "doesn't answer",
        "won't reply",
        "won't answer",
        'not replying',
        'no reply',
        'no response',
        'unresponsive',
        'ignoring',
        'ignores',
        'ghosting',
        'ghosted',
        "haven't heard back",
        'not heard back',
        'nie odpowiada',
        'nie odpisuje',
        'nie odpisał',
        'nie odpowiedział',
        'ignoruje',
        'milczy',
        'brak odpowiedzi',
        'zero odzewu',
        'bez odzewu',
        'nie reaguje',
        'never answer',
        'never reply',
        'never respond',
        "don't answer",
        "don't reply",
        "didn't reply",
        "didn't answer",
        'no answer',
        'nie odpowiadasz',
        'nie odpisujesz',
        'nie odpisałeś',
        'nie odpowiedziałeś',
      ],
    },
    {
      weight: 1,
      stems: ['chasing', 'follow up', 'follow-up', 'ping', 'przypomina', 'odzew', 'silence', 'cisza'],
    },
  ],
  apology: [
    {
      weight: 3,
      stems: [
        'apologi',
        'apologis',
        'apologiz',
        'outage',
        'downtime',
        'our mistake',
        'my mistake',
        'our fault',
        'my fault',
        'we messed up',
        'i messed up',
        'we screwed up',
        'przeprosi',
        'przepros',
        'przepraszam',
        'awari',
        'przestój',
        'przestoj',
        'nasz błąd',
        'mój błąd',
        'moja wina',
        'nasza wina',
        'wpadk',
      ],
    },
    {
      weight: 2,
      stems: [
        'incident',
        'incydent',
        'data loss',
        'utrat',
        'sorry',
        'went down',
        'crashed',
        'broken',
        'not working',
        "doesn't work",
        'padł',
        'padła',
        'nie działa',
        'zepsu',
      ],
    },
  ],
  escalation: [
    {
      weight: 3,
      stems: [
        'over my head',
        'over his head',
        'over her head',
        'over their head',
        'escalat',
        'eskalac',
        'eskalow',
        'went to my boss',
        'went to my manager',
        'went straight to',
        'complained to my',
        'complained to our',
        'cc-ed my',
        "cc'd my",
        'copied my boss',
        'ponad moją głową',
        'ponad głową',
        'na skargę',
        'poskarży',
        'naskarży',
        'do mojego szef',
        'do mojego przełożon',
        'went to your manager',
        'went to your boss',
        'tell your manager',
        'tell your boss',
        'talk to your manager',
        'talk to your boss',
        'do twojego szef',
        'do twojego przełożon',
        'twojemu szefowi',
        'twojemu przełożon',
      ],
    },
    {
      weight: 1,
      stems: ['boss', 'manager', 'director', 'szef', 'przełożon', 'kierownik', 'dyrektor', 'zarząd', 'hr'],
    },
  ],
};

/** Ties go to the earlier entry: the more specific, higher-stakes conversations first. */
export const SITUATION_PRIORITY: readonly Exclude<Situation, 'other'>[] = [
  'apology',
  'escalation',
  'overdue-invoice',
  'price-increase',
  'discount',
  'missed-deadline',
  'poor-work',
  'unresponsive-peer',
];

/**
 * A salary negotiation is not a client price increase: "podwyżka" with a boss is a pay rise. The
 * pay-rise topic of either language's plans.yml (salary words, a boss, no client or price) decides,
 * and so does a rise that is someone else's, like the rent (notOurPrice).
 */
function notOurPrice(text: string, lower: string): boolean {
  return LANGS.some((lang) => {
    const plans = loadPlans(lang);
    return (
      findTopic(text, plans)?.id === 'pay-rise' || plans.notOurPrice.some((s) => countStem(lower, s) > 0)
    );
  });
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Compiled stem patterns, built on first use (not at import time) and reused. */
const STEM_PATTERNS = new Map<string, RegExp>();

/** How many times a stem starts a word in `text` (already lower-cased). */
export function countStem(text: string, stem: string): number {
  let pattern = STEM_PATTERNS.get(stem);
  if (!pattern) {
    pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(stem)}`, 'gu');
    STEM_PATTERNS.set(stem, pattern);
  }
  return text.match(pattern)?.length ?? 0;
}

/** Lower-case and fold typographic apostrophes so "didn’t" matches "didn't". */
export function normalise(text: string): string {
  return text.toLowerCase().replace(/[\u2018\u2019\u02bc]/g, "'");
}

/** Score every situation; a family counts each stem hit (capped) times its weight. */
export function situationScores(text: string): Record<Exclude<Situation, 'other'>, number> {
  const lower = normalise(text);
  const scores = {} as Record<Exclude<Situation, 'other'>, number>;
  for (const situation of SITUATION_PRIORITY) {
    let score = 0;
    for (const family of FAMILIES[situation]) {
      for (const stem of family.stems) score += Math.min(countStem(lower, stem), 2) * family.weight;
    }
    scores[situation] = score;
  }
  // "30% off", "20% taniej", "15% rabatu": a percentage next to a price word is a discount ask.
  const percentOff = lower.match(/\d\s?%\s?(?:off|discount|taniej|rabat|zniż|upust|mniej)/gu)?.length ?? 0;
  scores.discount += Math.min(percentOff, 2) * 4;
  if (scores['price-increase'] > 0 && notOurPrice(text, lower)) scores['price-increase'] = 0;
  return scores;
}

/** The kind of situation; "other" when nothing scores at least a single strong hit. */
export function detectSituation(text: string): Situation {
  const scores = situationScores(text);
  let best: Situation = 'other';
  let bestScore = 2; // one weak word is not enough to pick a plan
  for (const situation of SITUATION_PRIORITY) {
    if (scores[situation] > bestScore) {
      best = situation;
      bestScore = scores[situation];
    }
  }
  return best;
}

const CONTEXT_STEMS: [Context, string[]][] = [
  ['client', ['client', 'customer', 'klient', 'klienc', 'zamawiając']],
  ['vendor', ['vendor', 'supplier', 'contractor', 'dostawc', 'podwykonawc', 'wykonawc']],
  [
    'boss',
    [
      'my boss',
      'my manager',
      'mój szef',
      'moj szef',
      'moim szef',
      'mojego szef',
      'przełożon',
      'moja szefowa',
    ],
  ],
  [
    'report',
    ['my report', 'direct report', 'junior', 'intern', 'mój podwładn', 'podwładn', 'stażyst', 'praktykant'],
  ],
  ['team', ['the team', 'my team', 'our team', 'zespół', 'zespole', 'zespołu', 'zespołem']],
  ['peer', ['colleague', 'coworker', 'co-worker', 'peer', 'teammate', 'kolega', 'koleżank', 'współpracowni']],
];

/** Who the other side is by default, when neither the user nor the text says. */
const DEFAULT_CONTEXT: Record<Situation, Context> = {
  discount: 'client',
  'overdue-invoice': 'client',
  'price-increase': 'client',
  'missed-deadline': 'peer',
  'poor-work': 'report',
  'unresponsive-peer': 'peer',
  apology: 'client',
  escalation: 'peer',
  other: 'peer',
};

/** The user's explicit context wins; then what the text names; then the situation's usual counterpart. */
export function inferContext(text: string, situation: Situation, explicit?: Context | null): Context {
  if (explicit) return explicit;
  const lower = normalise(text);
  let best: Context | null = null;
  let bestCount = 0;
  for (const [context, stems] of CONTEXT_STEMS) {
    // In these stories "my boss" is the third party someone went to, not the person to talk to.
    if (context === 'boss' && (situation === 'escalation' || situation === 'unresponsive-peer')) continue;
    const count = stems.reduce((n, stem) => n + countStem(lower, stem), 0);
    if (count > bestCount) {
      best = context;
      bestCount = count;
    }
  }
  return best ?? DEFAULT_CONTEXT[situation];
}

/** Languages the offline engine writes plans and replies in. */
export type PlanLanguage = 'en' | 'pl';

const POLISH_LETTERS = /[ąćęłńśźż]/giu;
const POLISH_WORDS =
  /(?<![\p{L}])(się|nie|jest|że|żeby|chcę|chce|mam|mamy|klient|jak|dla|przez|ale|już|który|która|tego|bardzo|czy)(?![\p{L}])/giu;

/**
 * The language to answer in: an explicit preference wins, then the analyzer's language detection
 * (the same detector analyze() uses, without the cost of a full analysis).
 * Polish letters and function words back the analyzer up, so a Polish text never gets an English plan.
 */
export function replyLanguage(text: string, preference?: LanguagePreference | null): PlanLanguage {
  if (preference === 'en' || preference === 'pl') return preference;
  const detected = detectLanguage(text);
  if (detected === 'pl') return 'pl';
  const letters = text.match(POLISH_LETTERS)?.length ?? 0;
  const words = text.match(POLISH_WORDS)?.length ?? 0;
  return letters + words >= 3 || (letters >= 1 && words >= 1) ? 'pl' : 'en';
}

/** A small stable hash (FNV-1a) so "varied" wording stays deterministic. */
export function stableHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Pick one of `items` by a seed, deterministically. */
export function pick<T>(items: readonly T[], seed: number): T {
  return items[Math.abs(seed) % items.length]!;
}
