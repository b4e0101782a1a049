/**
 * Facts a rewrite must never lose: numbers, amounts, percentages, dates, weekdays, times, names
 * and invoice/ticket ids, in English and Polish. Matching is tolerant of Polish inflection
 * ("w piątek" and "do piątku" are the same fact; "Anna" and "Annie" the same person), because a
 * rewrite may move a fact into a different grammatical case.
 */

export type FactKind =
  | 'id'
  | 'amount'
  | 'percent'
  | 'date'
  | 'time'
  | 'number'
  | 'weekday'
  | 'name'
  /** A count of something ("45 days", "two invoices", "4 klientów", "3 z 11"). */
  | 'quantity'
  /** How often it happened ("third time this quarter", "po raz czwarty", "trzeci tydzień z rzędu"). */
  | 'repeat'
  /** A day said relative to today ("tomorrow", "this morning", "do końca tygodnia"). */
  | 'relative'
  /** A numbered place in a document or a room ("slide 6", "clause 7.2", "slajdzie 2", "kasę nr 3"). */
  | 'ref';

export interface Fact {
  kind: FactKind;
  /** The fact as written in the text. */
  text: string;
  start: number;
  end: number;
  /** Comparison keys: a fact is present in another text when one of its keys is. */
  key: string;
  /** Facts written next to each other that say one thing ("Friday 14 March", "Jutro o 8", "Baltic Trans"): present when every part is. */
  parts?: Fact[];
  /** The fact with the Polish preposition it came with ("do piątku", "w sobotę"), for restating it whole. */
  phrase?: string;
}

const L = 'A-Za-zĄĆĘŁŃÓŚŹŻąćęłńóśźż';
/**
 * A number: digit groups ("12 000,50") or separated parts ("3.5", "1.2.3"). The repeats are bounded:
 * unbounded, every digit of a long "1,1,1,…" started a scan to its end (quadratic); no real number
 * has more parts.
 */
const NUM = String.raw`\d{1,3}(?:[ \u00a0]\d{3}){1,6}(?:[.,]\d+)?|\d+(?:[.,]\d+){0,6}`;
const B = `(?<![${L}\\d_])`; // left word boundary that understands Polish letters
const E = `(?![${L}\\d_])`; // right word boundary

const ID_RE = new RegExp(
  String.raw`<[@#!][^<>\s]{1,80}>|https?:\/\/[^\s<>]+[^\s<>.,;:!?)]|#\d+|${B}(?:PR|MR|PO|SR|CR)[ -]?\d+${E}|${B}[A-Z][A-Z0-9]{1,9}(?:[-_][A-Z0-9]+)+${E}|${B}[A-Z]{1,6}(?:\/[A-Z0-9]+)+${E}|${B}[A-Z]{1,3}\d+[A-Z0-9]*${E}`,
  'g',
);
const BROADCAST = /^<!(?:channel|here|everyone)(?:\|[^<>]*)?>$/;
const CURRENCY = `PLN|zł(?:otych|ote|oty)?|zl|USD|EUR|GBP|CHF|euro|dollars?|pounds?|dolar(?:ów|y|a)?`;
const AMOUNT_RE = new RegExp(
  String.raw`[$€£][ \u00a0]?(?:${NUM})(?:[kKmM]${E}|[ \u00a0](?:thousand|million|billion|bn|m)${E})?|${B}(?:${NUM})(?:[kKmM]|[ \u00a0]?(?:tys\.|tys|mln|mld|thousand|million|billion)(?=[ \u00a0.]))?\.?[ \u00a0]?(?:${CURRENCY})${E}`,
  'gu',
);
const PERCENT_RE = new RegExp(
  String.raw`${B}(?:${NUM})[ \u00a0]?(?:%|percent${E}|proc(?:ent|\.)[${L}]*)`,
  'gu',
);
const TIME_RE = new RegExp(
  String.raw`${B}\d{1,2}:\d{2}(?:[ \u00a0]?(?:[ap]\.m\.|[ap]m))?${E}|${B}\d{1,2}[ \u00a0]?(?:[ap]\.m\.|[ap]m)(?![${L}])`,
  'gu',
);
const NUMERIC_DATE_RE = new RegExp(
  String.raw`${B}the[ \u00a0]+\d{1,2}(?:st|nd|rd|th)${E}|${B}\d{4}-\d{1,2}-\d{1,2}${E}|${B}\d{1,2}[./]\d{1,2}[./]\d{2,4}${E}|${B}\d{1,2}\/\d{1,2}${E}`,
  'gu',
);
const NUMBER_RE = new RegExp(`${B}(?:${NUM})(?:st|nd|rd|th)?${E}`, 'gu');

// Counts, repeats, relative days and numbered places: matched on the lower-cased text.
const NUM_WORD = String.raw`two|three|four|five|six|seven|eight|nine|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a hundred|a dozen|dwa|dwie|dwóch|dwoje|trzy|trzech|cztery|czterech|pięć|pięciu|sześć|sześciu|siedem|siedmiu|osiem|ośmiu|dziewięć|dziewięciu|dziesięć|dziesięciu`;
/** Words after a number that make no count of it ("3 of them", "2 to 3"): the number stays a number. */
const NOT_UNITS = String.raw`times|razy|of|and|or|to|the|a|an|at|in|on|by|for|with|is|are|was|were|am|pm|more|less|i|z|w|we|na|do|o|od|po|to|się|że|czy|lub|albo|x`;
const QUANTITY_RE = new RegExp(
  String.raw`${B}(?:${NUM}|${NUM_WORD})[ \u00a0]+(?:z|of|out of)[ \u00a0]+(?:${NUM})${E}|${B}(?:${NUM}|${NUM_WORD})[ \u00a0]+(?:(?:more|extra|other|last|full|whole|business|working|calendar|kolejn\p{L}*|ostatni\p{L}*|pełn\p{L}*|roboczych)[ \u00a0]+)?(?!(?:${NOT_UNITS})${E})\p{L}{2,}(?:[ \u00a0]+(?:ago|temu|in a row|z rzędu|running|(?:before|after)[ \u00a0]+(?:the[ \u00a0]+)?\p{L}{3,}))?${E}`,
  'gu',
);
const ORDINAL_EN = String.raw`second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|umpteenth|\d+(?:st|nd|rd|th)`;
const ORDINAL_PL = String.raw`drugi|trzeci|czwarty|piąty|szósty|siódmy|ósmy|dziewiąty|dziesiąty|enty|\d+\.`;
const REPEAT_RE = new RegExp(
  String.raw`${B}(?:${ORDINAL_EN})[ \u00a0]+(?:time|week|weekend|day|month|sprint|release|shift|night|quarter|year|deadline|invoice|email|meeting)s?(?:[ \u00a0]+(?:this|in a)[ \u00a0]+(?:year|quarter|month|week|sprint|row)|[ \u00a0]+running)?${E}|${B}(?:po|już)[ \u00a0]+raz[ \u00a0]+(?:${ORDINAL_PL})(?:[ \u00a0]+w[ \u00a0]+tym[ \u00a0]+(?:tygodniu|miesiącu|roku|kwartale|sprincie))?(?![\p{L}\d])|${B}(?:${ORDINAL_PL})[ \u00a0]+(?:raz|tydzień|dzień|miesiąc|weekend|sprint|dyżur)[ \u00a0]+z[ \u00a0]+rzędu${E}`,
  'gu',
);
const RELATIVE_RE = new RegExp(
  String.raw`${B}(?:today|tonight|tomorrow|yesterday|this (?:morning|afternoon|evening)|(?:this|next|last) (?:week|month|quarter|sprint)|(?:by )?(?:the )?end of (?:the )?(?:day|week|month|quarter|year)|eod|eow|pojutrze|dzisiaj|dziś|jutro|wczoraj|(?:do|przed) końca (?:dnia|tygodnia|miesiąca|kwartału|roku)|w (?:tym|przyszłym|zeszłym) (?:tygodniu|miesiącu|kwartale)|od rana)${E}`,
  'gu',
);
const REF_RE = new RegExp(
  String.raw`${B}(?:(?:slides?|steps?|clauses?|pages?|sections?|phases?|rows?|lines?|tables?|items?|rooms?|levels?|versions?|chapters?|stage|slajd\p{L}*|krok\p{L}*|punkt\p{L}*|paragraf\p{L}*|stron\p{L}*|sekcj\p{L}*|faz\p{L}*|etap\p{L}*|wiersz\p{L}*|tabel\p{L}*|pozycj\p{L}*|sal\p{L}*|pokoj\p{L}*|pokój|rozdzia\p{L}*|wersj\p{L}*)|\p{L}{2,}[ \u00a0]+(?:nr|no\.?))[ \u00a0]+\d+(?:[.-]\d+)*${E}`,
  'gu',
);
/** "o 15", "o 8:30": a Polish time with its preposition. */
const PL_HOUR_RE = new RegExp(
  String.raw`${B}o[ \u00a0]+(?:godz\.[ \u00a0]*)?\d{1,2}(?::\d{2})?(?![\d:${L}])`,
  'gu',
);
/** Titles that belong to the name after them ("Mr. Patel", "Dr Kowalski"). */
const TITLED_NAME_RE = /(?<![\p{L}\d])(?:Mr|Mrs|Ms|Dr|Prof)\.?[ \u00a0]+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?/gu;
/** Acronyms are facts ("VP", "SLA", "CNO"); shouted common words are not. */
const ACRONYM_RE = /(?<![\p{L}\d])[A-Z]{2,4}s?(?![\p{L}\d])/gu;
const NOT_ACRONYMS = new Set(
  (
    'OK TBH FYI ASAP LOL WTF OMG IMO BTW PS AM PM NOT YOU ALL NOW THE AND BUT WHY HOW WHO WHAT STOP DONE ' +
    'EVER JUST ONE TWO SIX TEN ANY CAN DO DID GET GOT HAS HAD IS IT ITS ME MY NO YES SO TO UP US WE OUR ' +
    'OFF OUT ON IN AT BE BY OF OR IF AN AS GO HE SHE HIM HER RUN SEE SAY SET PUT USE WAS WAY WELL WILL ' +
    'WITH THIS THAT THEM THEY SURE VERY MUCH MUST NEED HELP FIX ASK NEW OLD BAD SAD MAD BIG LATE LAST ' +
    'NEXT EACH EVEN AGO WAIT READ SEND GIVE TAKE MAKE LIKE HOUR DAYS WEEK TIME ONCE ONLY BOTH BEEN HAVE ' +
    'FROM INTO OVER SUCH THAN THEN WHEN WERE YOUR MINE REAL TRUE ARE HERE GOOD DONT CANT WONT ISNT ' +
    'PLS THX ETA EOD EOW NIE TAK JUZ CO JAK ILE ALE BO NA ZA PO OD MAM MASZ NIC KTO GDZIE JEST SIE ' +
    'HEJ ZNOW WAM WAS NAS TY WY ON ONA ONO ONI ' +
    // Whom a threat goes over their head to: restated as an escalation line, not a fact to repeat.
    'CEO CFO CTO COO'
  ).split(' '),
);

/** Month name stems (EN and PL, any inflection) → month number. */
const MONTHS: ReadonlyArray<[RegExp, number]> = [
  [/^(?:jan(?:uary)?|stycz\p{L}*)$/iu, 1],
  [/^(?:feb(?:ruary)?|lut\p{L}*)$/iu, 2],
  [/^(?:mar(?:ch)?|marz\p{L}*|marca|marcu)$/iu, 3],
  [/^(?:apr(?:il)?|kwie\p{L}*)$/iu, 4],
  [/^(?:may|maj|maja|maju)$/iu, 5],
  [/^(?:june?|czerw\p{L}*)$/iu, 6],
  [/^(?:july?|lip(?:iec|ca|cu))$/iu, 7],
  [/^(?:aug(?:ust)?|sierp\p{L}*)$/iu, 8],
  [/^(?:sep(?:t(?:ember)?)?|wrze(?:sień|śnia|śniu))$/iu, 9],
  [/^(?:oct(?:ober)?|październik\p{L}*|pazdziernik\p{L}*)$/iu, 10],
  [/^(?:nov(?:ember)?|listopad\p{L}*)$/iu, 11],
  [/^(?:dec(?:ember)?|grud(?:zień|nia|niu|zien))$/iu, 12],
];
// Lower case: case-insensitive matching runs on the lower-cased text (V8's /iu is slow).
const MONTH_WORD = String.raw`january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|stycz\p{L}*|lut\p{L}*|marz\p{L}*|marca|marcu|kwie\p{L}*|maj[au]?|czerw\p{L}*|lip(?:iec|ca|cu)|sierp\p{L}*|wrze(?:sień|śnia|śniu)|październik\p{L}*|listopad\p{L}*|grud(?:zień|nia|niu)`;
const WORD_DATE_RE = new RegExp(
  String.raw`${B}\d{1,2}(?:st|nd|rd|th)?(?:[ \u00a0]+of)?[ \u00a0]+(?:${MONTH_WORD})(?:[ \u00a0]+\d{4})?${E}|${B}(?:${MONTH_WORD})[ \u00a0]+\d{1,2}(?:st|nd|rd|th)?(?:,?[ \u00a0]+\d{4})?${E}`,
  'gu',
);
const MONTH_RE = new RegExp(
  String.raw`${B}(?:January|February|March|April|June|July|August|September|October|November|December|stycz\p{L}*|lut(?:y|ego|ym)|marz(?:ec|ca)|marca|marcu|kwie(?:cień|tnia|tniu)|czerw(?:iec|ca|cu)|lip(?:iec|ca|cu)|sierp(?:ień|nia|niu)|wrze(?:sień|śnia|śniu)|październik(?:a|u)?|listopad(?:a|zie)?|grud(?:zień|nia|niu))${E}`,
  'gu',
);

const WEEKDAYS: ReadonlyArray<[RegExp, string]> = [
  [/^(?:mondays?|mon|poniedział(?:ek|ku|kiem|ki|ków))$/iu, 'mon'],
  [/^(?:tuesdays?|tue|tues|wtor(?:ek|ku|kiem|ki|ków))$/iu, 'tue'],
  [/^(?:wednesdays?|wed|środ(?:a|y|ę|ą|zie|om)|srod(?:a|y|e|zie))$/iu, 'wed'],
  [/^(?:thursdays?|thu|thurs|czwart(?:ek|ku|kiem|ki|ków))$/iu, 'thu'],
  [/^(?:fridays?|fri|piąt(?:ek|ku|kiem|ki|ków)|piat(?:ek|ku|kiem))$/iu, 'fri'],
  [/^(?:saturdays?|sat|sobot(?:a|y|ę|ą|y)|sobocie|sobote)$/iu, 'sat'],
  [/^(?:sundays?|sun|niedziel(?:a|i|ę|ą|e))$/iu, 'sun'],
];
const WEEKDAY_RE = new RegExp(
  `${B}(?:mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?|poniedział(?:ek|ku|kiem|ki|ków)|wtor(?:ek|ku|kiem|ki|ków)|środ(?:a|y|ę|ą|zie|om)|czwart(?:ek|ku|kiem|ki|ków)|piąt(?:ek|ku|kiem|ki|ków)|sobot(?:a|y|ę|ą)|sobocie|niedziel(?:a|i|ę|ą))${E}`,
  'gu',
);
/** Abbreviated weekdays only when capitalised ("sat", "sun" and "wed" are also words). */
const WEEKDAY_ABBR_RE = new RegExp(`${B}(?:Mon|Tue|Tues|Wed|Thu|Thurs|Fri|Sat|Sun)${E}`, 'gu');

/** Capitalised words that are not names (greetings, pronouns of address, sentence words). */
const NOT_NAMES = new Set(
  (
    'i im ive ill id ok hi hey hello dear thanks thank regards best cheers please sorry team mr mrs ms dr ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july ' +
    'august september october november december ' +
    'ty ci cię ciebie tobie tobą twój twoja twoje twojego twojej twoim twoją twoich twoimi twojemu ' +
    'wy was wam wami wasz wasza wasze waszego waszej waszym waszą waszych waszymi waszemu ' +
    'pan pani pana panu panem panią państwo państwa państwu państwem szanowni szanowny szanowna ' +
    'dzień dobry cześć hej witam pozdrawiam dziękuję dzięki przepraszam proszę'
  ).split(' '),
);

/**
 * What every fact needs, case-sensitive: a digit, "#", markup, a link, or a capital that starts a
 * name or an id ("Anna", "INV-…", "AB/C"), or a capitalised weekday or month opening the text.
 * (Under /iu, `\p{Lu}` would match any letter: hence two regexes.)
 */
const MAYBE_FACT_CASED =
  /[\d#<]|http|[\s\S]\p{Lu}(?:\p{Ll}|[\p{Lu}\d/])|^(?:\p{Lu}[\p{Lu}\d/]|Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/u;
/** Weekday, month and percent words in any case and inflection (EN and PL). */
const MAYBE_FACT_WORD =
  /day|dzie|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|dozen|hundred|dwa|dwie|dwó|trzy|trzech|czter|pięć|sześć|siedem|osiem|dziewię|dziesię|second|third|fourth|fifth|raz|tonight|tomorrow|morning|afternoon|evening|week|month|quarter|sprint|eod|eow|jutr|dziś|dzisiaj|wczoraj|końca|tym|przyszłym|zeszłym|rana|ek(?![\p{L}])|ku(?![\p{L}])|ki(?![\p{L}])|ków|kiem|środ|srod|sobot|soboc|stycz|lut|marz|marc|kwie|maj|czerw|lip|sierp|wrze|paźdz|pazdz|listopad|grud|procent/iu;

const NAME_RE = /\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?/gu;

function monthOf(word: string): number | null {
  for (const [re, n] of MONTHS) if (re.test(word)) return n;
  return null;
}

function weekdayOf(word: string): string | null {
  for (const [re, id] of WEEKDAYS) if (re.test(word)) return id;
  return null;
}

function compact(text: string): string {
  return text.toLowerCase().replace(/[\s\u00a0]+/g, '');
}

function dateKey(text: string): string {
  const day = /\d{1,2}(?!\d)/.exec(text.replace(/\d{4}/, ''))?.[0];
  const word = /\p{L}{3,}/u.exec(text.replace(/\b(?:of|st|nd|rd|th)\b/gi, ''))?.[0] ?? '';
  const month = monthOf(word);
  return month && day ? `d:${Number(day)}/${month}` : `x:${compact(text)}`;
}

/** Lower-cased stem of a name, short enough to survive Polish case endings. */
export function nameStem(name: string): string {
  const lower = name.toLowerCase();
  const n = lower.length;
  const keep = n <= 3 ? n - 1 : n <= 5 ? Math.max(3, n - 2) : n - 3;
  return lower.slice(0, Math.max(2, keep));
}

function isSentenceStart(text: string, index: number): boolean {
  let i = index - 1;
  while (i >= 0 && /[\s"'“”„«»([*_>-]/.test(text[i] ?? '')) {
    if (text[i] === '\n') return true;
    i--;
  }
  // An emoji (a surrogate pair) ends a sentence in chat: "🙃 To już trzeci raz" starts a new one.
  return i < 0 || /[.!?…:;\uD800-\uDFFF]/.test(text[i] ?? '');
}

const DIGIT = /\d/;

type Collect = (re: RegExp, kind: FactKind, key: (m: string) => string, source?: string) => void;

/** The kinds that need a digit, most specific first (the order decides overlaps). */
function collectNumeric(collect: Collect, folded: string): void {
  collect(
    AMOUNT_RE,
    'amount',
    (m) => `a:${(/(?<![\d\u00a0 .,])[\d\u00a0 .,]*\d/.exec(m)?.[0] ?? m).replace(/[\s\u00a0]/g, '')}`,
  );
  collect(
    PERCENT_RE,
    'percent',
    (m) => `p:${(/(?<![\d\u00a0 .,])[\d\u00a0 .,]*\d/.exec(m)?.[0] ?? m).replace(/[\s\u00a0]/g, '')}`,
  );
  collect(WORD_DATE_RE, 'date', dateKey, folded);
  collect(NUMERIC_DATE_RE, 'date', (m) => `x:${compact(m)}`);
  collect(TIME_RE, 'time', (m) => `t:${compact(m).replace(/\./g, '')}`, folded);
  collect(REF_RE, 'ref', (m) => `r:${compact(m)}`, folded);
}

/** Every fact in `text`, in order, non-overlapping (the most specific kind wins). */
export function findFacts(text: string): Fact[] {
  // Every fact has a digit, a capital, "#" or a weekday/month word; most sentences can skip the scan.
  if (!MAYBE_FACT_CASED.test(text) && !MAYBE_FACT_WORD.test(text)) return [];
  const taken: Fact[] = [];
  const overlaps = (start: number, end: number) => taken.some((f) => start < f.end && f.start < end);
  const lower = text.toLowerCase();
  // Offsets carry over only when lower-casing kept every length (it almost always does).
  const folded = lower.length === text.length ? lower : text;
  const collect = (re: RegExp, kind: FactKind, key: (m: string) => string, source = text) => {
    re.lastIndex = 0;
    for (let m = re.exec(source); m !== null; m = re.exec(source)) {
      const start = m.index;
      const end = start + m[0].length;
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const found = text.slice(start, end);
      if (!overlaps(start, end)) taken.push({ kind, text: found, start, end, key: key(found) });
    }
  };
  collect(ID_RE, 'id', (m) => `i:${m.toLowerCase()}`);
  // Amounts, percentages, dates with a day, times and numbers all need a digit; most sentences have none.
  const digits = DIGIT.test(text);
  if (digits) collectNumeric(collect, folded);
  if (digits) collect(PL_HOUR_RE, 'time', (m) => `t:${compact(m).replace(/^o(?:godz\.)?/, '')}`, folded);
  collect(REPEAT_RE, 'repeat', (m) => `e:${compact(m)}`, folded);
  collect(QUANTITY_RE, 'quantity', (m) => `q:${compact(m)}`, folded);
  if (digits) {
    collect(NUMBER_RE, 'number', (m) => `n:${m.replace(/[\s\u00a0]/g, '').replace(/(?:st|nd|rd|th)$/, '')}`);
  }
  collect(MONTH_RE, 'date', (m) => `m:${monthOf(m) ?? m.toLowerCase()}`);
  collect(RELATIVE_RE, 'relative', (m) => `l:${compact(m)}`, folded);
  collect(WEEKDAY_RE, 'weekday', (m) => `w:${weekdayOf(m) ?? m.toLowerCase()}`, folded);
  collect(WEEKDAY_ABBR_RE, 'weekday', (m) => `w:${weekdayOf(m) ?? m.toLowerCase()}`);
  ACRONYM_RE.lastIndex = 0;
  for (let m = ACRONYM_RE.exec(text); m !== null; m = ACRONYM_RE.exec(text)) {
    const word = m[0].replace(/s$/, '');
    if (NOT_ACRONYMS.has(word) || overlaps(m.index, m.index + m[0].length)) continue;
    // A run of capitals is shouting ("FIX THIS NOW"), not a list of acronyms.
    if (/\p{Lu}{2,}[ \u00a0]+$/u.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    if (/^[ \u00a0]+\p{Lu}{2,}/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12)))
      continue;
    taken.push({
      kind: 'id',
      text: m[0],
      start: m.index,
      end: m.index + m[0].length,
      key: `i:${m[0].toLowerCase()}`,
    });
  }
  TITLED_NAME_RE.lastIndex = 0;
  for (let m = TITLED_NAME_RE.exec(text); m !== null; m = TITLED_NAME_RE.exec(text)) {
    const surname = /\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.exec(m[0])?.[0] ?? m[0];
    if (!overlaps(m.index, m.index + m[0].length))
      taken.push({
        kind: 'name',
        text: m[0],
        start: m.index,
        end: m.index + m[0].length,
        key: `s:${nameStem(surname)}`,
      });
  }
  NAME_RE.lastIndex = 0;
  for (let m = NAME_RE.exec(text); m !== null; m = NAME_RE.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    const before = text[start - 1] ?? '';
    if (/[\p{L}\d_'’]/u.test(before)) continue;
    if (/[\p{L}\d]/u.test(text[end] ?? '')) continue;
    if (NOT_NAMES.has(m[0].toLowerCase()) || isSentenceStart(text, start) || overlaps(start, end)) continue;
    taken.push({ kind: 'name', text: m[0], start, end, key: `s:${nameStem(m[0])}` });
  }
  // Whole-channel pings (<!here>, <!channel>) notify, they state nothing: a rewrite drops them.
  const sorted = taken
    .filter((f) => !(f.kind === 'id' && BROADCAST.test(f.text)))
    .sort((a, b) => a.start - b.start);
  return withPhrases(text, joinAdjacent(text, sorted));
}

const WHEN: ReadonlySet<FactKind> = new Set(['date', 'weekday', 'time', 'relative']);

/** Facts side by side that say one thing: "Friday 14 March", "3pm today", "Jutro o 8", "Baltic Trans". */
function joinAdjacent(text: string, facts: Fact[]): Fact[] {
  const out: Fact[] = [];
  for (const f of facts) {
    const prev = out[out.length - 1];
    const between = prev ? text.slice(prev.end, f.start) : '';
    const when = prev && WHEN.has(prev.kind) && WHEN.has(f.kind) && /^[ \u00a0]$/.test(between);
    const names = prev && prev.kind === 'name' && f.kind === 'name' && /^[ \u00a0]$/.test(between);
    if (!prev || !(when || names)) {
      out.push(f);
      continue;
    }
    const parts = [...(prev.parts ?? [prev]), f];
    const joined = text.slice(prev.start, f.end);
    out[out.length - 1] = {
      kind: names ? 'name' : parts.some((p) => p.kind === 'date' || p.kind === 'weekday') ? 'date' : 'time',
      text: joined,
      start: prev.start,
      end: f.end,
      key: `j:${compact(joined)}`,
      parts,
    };
  }
  return out;
}

/** A Polish time fact keeps its preposition for restating ("do piątku", "w sobotę", "do 15 marca"). */
const PL_PREPOSITION = /(?<![\p{L}])(do|w|we|od|przed|dnia|na|po)[ \u00a0]+$/iu;

function withPhrases(text: string, facts: Fact[]): Fact[] {
  for (const f of facts) {
    if (!WHEN.has(f.kind) || /^(?:o|do|w|przed|od)[ \u00a0]/iu.test(f.text)) continue;
    const prep = PL_PREPOSITION.exec(text.slice(Math.max(0, f.start - 8), f.start));
    if (prep) f.phrase = `${prep[1]} ${f.text}`;
  }
  return facts;
}

/** The facts in `text` as written, in order, without duplicates. */
export function extractFacts(text: string): string[] {
  return [...new Set(findFacts(text).map((f) => f.text))];
}

/** Keys of everything `text` states, plus the month of every dated fact (so "15 March" covers "March"). */
function keysOf(facts: Fact[]): Set<string> {
  const keys = new Set<string>();
  for (const f of facts) {
    keys.add(f.key);
    const month = /^d:\d+\/(\d+)$/.exec(f.key)?.[1];
    if (month) keys.add(`m:${month}`);
  }
  return keys;
}

function present(fact: Fact, keys: Set<string>, candidate: string, compacted: string): boolean {
  if (keys.has(fact.key)) return true;
  if (fact.parts) return fact.parts.every((p) => present(p, keys, candidate, compacted));
  if (fact.kind === 'name') {
    const stem = fact.key.slice(2);
    NAME_RE.lastIndex = 0;
    for (let m = NAME_RE.exec(candidate); m !== null; m = NAME_RE.exec(candidate)) {
      if (m[0].toLowerCase().startsWith(stem)) return true;
    }
    return false;
  }
  if (fact.kind === 'weekday' || fact.key.startsWith('d:') || fact.key.startsWith('m:')) return false;
  if (fact.kind === 'quantity' || fact.kind === 'repeat' || fact.kind === 'relative' || fact.kind === 'ref')
    return compacted.includes(compact(fact.text));
  // Digits and ids: the written form, ignoring spaces, bounded so "3" is not found inside "30".
  const needle = compact(fact.text).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\d${L}])${needle}(?![\\d])`, 'u').test(compacted);
}

const WORD_CHAR = new RegExp(`[${L}\\d_]`);

/** `text` occurs in `candidate` as written, not inside a longer word or number ("3" in "30"). */
function writtenIn(text: string, candidate: string): boolean {
  for (let at = candidate.indexOf(text); at !== -1; at = candidate.indexOf(text, at + 1)) {
    const before = candidate[at - 1];
    const after = candidate[at + text.length];
    if ((before === undefined || !WORD_CHAR.test(before)) && (after === undefined || !WORD_CHAR.test(after)))
      return true;
  }
  return false;
}

/** Facts of `source` that `candidate` no longer states (as written in `source`). */
export function missingFacts(source: string, candidate: string): string[] {
  return missingFrom(findFacts(source), candidate);
}

/** Like missingFacts, for source facts already found (saves re-scanning the source). */
export function missingFrom(facts: readonly Fact[], candidate: string): string[] {
  if (facts.length === 0) return [];
  // Rewrites usually carry every fact as written: then no scan of the candidate is needed.
  if (facts.every((f) => writtenIn(f.text, candidate))) return [];
  const keys = keysOf(findFacts(candidate));
  const compacted = compact(candidate);
  const missing: string[] = [];
  for (const fact of facts) {
    if (!present(fact, keys, candidate, compacted) && !missing.includes(fact.text)) missing.push(fact.text);
  }
  return missing;
}
