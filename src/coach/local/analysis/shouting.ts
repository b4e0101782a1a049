/**
 * Shouting in any language: runs of capitalised words that are not acronyms, and stacked
 * "!!", "??", "?!". Acronyms (PR, QA, PDF, EOD, ASAP, invoice ids like INV-2041) are not shouting.
 */
export interface Span {
  start: number;
  end: number;
}

/** Common all-caps abbreviations in workplace chat: never shouting on their own. */
const ACRONYMS = new Set(
  (
    'ASAP FYI FAQ TBD TBA TBC EOD EOW EOM COB ETA OOO WFH PTO ROI KPI OKR SLA SLO SLI API SDK CLI UI UX ' +
    'PDF CSV XLS XLSX DOC DOCX PNG JPG JPEG GIF SVG HTML CSS JSON YAML XML HTTP HTTPS URL URI DNS SSL TLS SSH VPN ' +
    'AWS GCP SQL NOSQL CRM ERP SAAS CEO CTO CFO COO CIO CMO VP HR PM QA PR MR ID IDS USD EUR GBP PLN CHF JPY VAT ' +
    'NDA SOW RFP RFQ MVP POC UAT CI CD OK TODO FIXME README NOTE NB PS CC BCC RE FW FWD AM PM UTC GMT CET CEST PST EST ' +
    'EU US USA UK NYC LA IT AI ML LLM GPU CPU RAM SSD OS IOS MAC PC TV IP TCP UDP NASA GDPR HIPAA SOC ISO IBAN SWIFT ' +
    'BTW IMO IMHO AFAIK TL DR TLDR LGTM WIP RFC PTAL ACK NACK OKAY ZUS NIP REGON VAT PIT CIT KRS RODO UE SA SP ZOO ' +
    'IBM SAP AMD NPM GIT SRE DEVOPS QBR EOY YOY MOM QOQ ARR MRR CAC LTV B2B B2C'
  ).split(' '),
);

const CAPS_WORD = /(?<![\p{L}\p{M}\p{N}_\-@#/.:])\p{Lu}[\p{Lu}\p{M}'’]*\p{Lu}(?![\p{L}\p{M}\p{N}_\-@/])/gu;
const PUNCT = /[!?¡¿]*(?:!!|\?\?|\?!|!\?)[!?]*/g;
const ONLY_SPACE = /^[\s,]*$/;

interface Word extends Span {
  acronym: boolean;
  shout: boolean;
  courtesy: boolean;
}

/** Courtesy words in capitals plead rather than shout ("Can you PLEASE check?"). */
const COURTESY = new Set([
  'PLEASE',
  'PLS',
  'PLZ',
  'THANKS',
  'THANK',
  'THX',
  'SORRY',
  'BITTE',
  'DANKE',
  'PROSZĘ',
  'DZIĘKI',
  'DZIĘKUJĘ',
  'PRZEPRASZAM',
]);

const VOWEL = /[AEIOUYĄĘÓÄÖÜÉÈÀ]/;

/**
 * Spans of shouting and stacked punctuation. A run of capitalised words is shouting when it has
 * an emphasis word ("NOW", "NEVER"), a long word-like word ("SOFORT", "IMMEDIATELY"), or three or more
 * words that are not known acronyms; the span runs from its first to its last non-acronym word.
 * Single unknown short capitals (GDPR, LDAP, NRHP) are taken as acronyms.
 */
export function findShouting(text: string, emphasis: ReadonlySet<string>): Span[] {
  const spans: Span[] = [];
  let run: Word[] = [];
  CAPS_WORD.lastIndex = 0;
  const caps = mayHaveCapsWord(text);
  for (let m = caps ? CAPS_WORD.exec(text) : null; m !== null; m = CAPS_WORD.exec(text)) {
    const bare = m[0].replace(/['’]/g, '');
    const acronym = ACRONYMS.has(bare);
    const shout = !acronym && (emphasis.has(bare) || (bare.length >= 6 && VOWEL.test(bare)));
    const prev = run[run.length - 1];
    if (prev !== undefined && !ONLY_SPACE.test(text.slice(prev.end, m.index))) {
      pushRun(run, spans);
      run = [];
    }
    run.push({ start: m.index, end: m.index + m[0].length, acronym, shout, courtesy: COURTESY.has(bare) });
  }
  pushRun(run, spans);
  PUNCT.lastIndex = 0;
  for (let m = PUNCT.exec(text); m !== null; m = PUNCT.exec(text)) {
    spans.push({ start: m.index, end: m.index + m[0].length });
  }
  return spans.sort((a, b) => a.start - b.start);
}

/**
 * False when the text surely has no word of two or more capitals: no two ASCII capitals in a row
 * (apostrophes between them allowed) and nothing outside ASCII. Most drafts; the Unicode regex
 * is the costly part of this detector.
 */
function mayHaveCapsWord(text: string): boolean {
  let upper = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) {
      if (upper) return true;
      upper = true;
    } else if (c >= 128) return true;
    else if (c !== 39) upper = false;
  }
  return false;
}

function pushRun(run: Word[], spans: Span[]): void {
  const words = run.filter((w) => !w.acronym);
  if (words.length === 0) return;
  if (words.length === 1 && words[0]!.courtesy) return;
  if (!words.some((w) => w.shout) && words.length < 3) return;
  spans.push({ start: words[0]!.start, end: words[words.length - 1]!.end });
}
