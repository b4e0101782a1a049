import { findFacts } from '../facts.ts';

/**
 * The headline figures of a situation or message (the first percentage, amount, date and duration),
 * so plans, replies and the practice counterpart can say "another 30% off" instead of "a discount".
 * Figures are copied verbatim from the text: Parley never invents or rounds a number.
 */

export interface Figures {
  /** "INV-2041", "#512" */
  id: string | null;
  /** "30%", "15 %" */
  percent: string | null;
  /** "€12,000", "$5k", "4 500 zł", "20 000 PLN" */
  amount: string | null;
  /** "Friday", "15 March", "15.03", "piątek", "end of the month" */
  date: string | null;
  /** "60 days", "3 weeks", "2 tygodnie" */
  duration: string | null;
  /** The ask comes on top of an earlier one ("another 30%", "kolejne 10%"). */
  more: boolean;
}

const MORE = /(?<![\p{L}])(another|additional|extra|further|more|kolejn|dodatkow|jeszcze)/iu;

const PERCENT = /(?<![\p{L}\p{N}])\d{1,3}(?:[.,]\d+)?\s?%/u;

const NUMBER = String.raw`\d{1,3}(?:[ ,.\u00a0]\d{3})*(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?`;
const AMOUNT_BEFORE = new RegExp(
  String.raw`(?:[$€£]|USD|EUR|GBP|PLN)\s?(?:${NUMBER})\s?(?:k|m|tys\.?)?(?![\p{L}\p{N}])`,
  'u',
);
const AMOUNT_AFTER = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:${NUMBER})\s?(?:k|tys\.?|mln)?\s?(?:zł|zl|złotych|pln|eur|euro|usd|dollars|dolarów|€|\$)(?![\p{L}])`,
  'iu',
);

const DAY_EN =
  'monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|today|end of (?:the )?(?:day|week|month|quarter)|next week|next month';
const DAY_PL =
  'poniedziałek|poniedziałku|wtorek|wtorku|środa|środę|środy|czwartek|czwartku|piątek|piątku|sobota|sobotę|niedziela|niedzielę|jutro|dzisiaj|dziś|koniec (?:tygodnia|miesiąca|kwartału)|końca (?:tygodnia|miesiąca|kwartału)|przyszłym tygodniu|przyszły tydzień';
const MONTH_EN =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const MONTH_PL =
  'stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia';
const DATE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:\d{1,2}\.\d{1,2}(?:\.\d{2,4})?|\d{4}-\d{2}-\d{2}|\d{1,2}(?:st|nd|rd|th)?\s(?:${MONTH_EN}|${MONTH_PL})|(?:${MONTH_EN})\s\d{1,2}(?:st|nd|rd|th)?|${DAY_EN}|${DAY_PL})(?![\p{L}\p{N}])`,
  'iu',
);

const DURATION =
  /(?<![\p{L}\p{N}])\d{1,3}\s?(?:days?|weeks?|months?|hours?|dni|dzień|tygodni(?:e|a)?|miesiące|miesięcy|miesiąc|godzin(?:y)?)(?![\p{L}])/iu;

function first(pattern: RegExp, text: string): string | null {
  return pattern.exec(text)?.[0]?.trim() ?? null;
}

/** The shared fact extractor (facts.ts) first, so plans and rewrites agree on what a fact is; own patterns fill gaps. */
export function findFigures(text: string): Figures {
  const facts = findFacts(text);
  const fact = (...kinds: string[]) => facts.find((f) => kinds.includes(f.kind))?.text ?? null;
  return {
    id: fact('id'),
    percent: fact('percent') ?? first(PERCENT, text)?.replace(/\s/g, '') ?? null,
    amount: fact('amount') ?? first(AMOUNT_BEFORE, text) ?? first(AMOUNT_AFTER, text),
    date: fact('date', 'weekday') ?? first(DATE, text),
    duration: first(DURATION, text),
    more: MORE.test(text),
  };
}

/** Every figure found, for checks that a reply only repeats what the message said. */
export function figureList(figures: Figures): string[] {
  return [figures.id, figures.percent, figures.amount, figures.date, figures.duration].filter(
    (f): f is string => f !== null,
  );
}

const PL_WEEKDAY_ACCUSATIVE: Record<string, string> = {
  poniedziałek: 'w poniedziałek',
  poniedziałku: 'w poniedziałek',
  wtorek: 'we wtorek',
  wtorku: 'we wtorek',
  środa: 'w środę',
  środę: 'w środę',
  środy: 'w środę',
  czwartek: 'w czwartek',
  czwartku: 'w czwartek',
  piątek: 'w piątek',
  piątku: 'w piątek',
  sobota: 'w sobotę',
  sobotę: 'w sobotę',
  niedziela: 'w niedzielę',
  niedzielę: 'w niedzielę',
};

/** A Polish "when" phrase for a found date: "w poniedziałek", "dnia 15.03", "jutro". */
export function plWhen(date: string): string {
  const lower = date.toLowerCase();
  if (PL_WEEKDAY_ACCUSATIVE[lower]) return PL_WEEKDAY_ACCUSATIVE[lower];
  if (/^\d/.test(date)) return `dnia ${date}`;
  return date;
}
