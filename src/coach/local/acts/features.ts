/**
 * The act scorer's features, shared by the trainer (scripts/train-acts.ts) and the scorer
 * (acts/scorer.ts) so the two can never disagree: lower-cased, diacritic-folded word unigrams and
 * bigrams (a sentence-start marker included), character 3–5-grams inside each padded word (they
 * carry Polish verb endings: "zrobiłeś", "zawaliliście"), `?` / `!` runs, emoji, and words in
 * capitals. Every feature is hashed (FNV-1a) to a bucket; one pass over the text, no regex, no
 * substrings, and a fixed cap on the features of one sentence, so time is linear and bounded.
 */

/** Buckets are `BITS`-bit integers. */
export const BITS = 22;
const MASK = (1 << BITS) - 1;
/** Set on the bucket of a character n-gram, so a consumer can weigh the two kinds apart. */
export const CHAR_FLAG = 1 << BITS;
/** Letters of one word that feed the character n-grams (longer words are cut). */
const MAX_WORD = 24;
/** Features of one sentence at most: the first few hundred words decide. */
export const MAX_FEATURES = 2048;

const FNV = 0x811c9dc5;
const PRIME = 0x01000193;
const SEED_WORD = fnvChar(FNV, 0x77); // 'w'
const SEED_CHAR = fnvChar(FNV, 0x63); // 'c'
const SEED_BIGRAM = 0x9e3779b9;
const START_TOKEN = fnvChar(SEED_WORD, 0x5e); // '^': the sentence start
const CAPS = fnvChar(SEED_WORD, 0x41); // 'A': a word in capitals
const PAD_START = 0x3c; // '<'
const PAD_END = 0x3e; // '>'

function fnvChar(h: number, c: number): number {
  return Math.imul(h ^ c, PRIME) >>> 0;
}

/** Mixes two token hashes into a bigram hash (murmur3's finaliser). */
function pair(a: number, b: number): number {
  let h = (Math.imul(a, 31) + b + SEED_BIGRAM) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const FOLD = new Map<number, number>();
/** Polish letters NFD does not decompose. */
const SPECIAL: Record<number, number> = { 322: 0x6c, 321: 0x6c }; // ł Ł → l

/** A code point lower-cased and stripped of its diacritics (cached per code point). */
function fold(code: number): number {
  let f = FOLD.get(code);
  if (f !== undefined) return f;
  const special = SPECIAL[code];
  if (special !== undefined) f = special;
  else {
    const base = String.fromCodePoint(code).toLowerCase().normalize('NFD');
    f = base.codePointAt(0) ?? code;
  }
  if (FOLD.size < 4096) FOLD.set(code, f);
  return f;
}

const LETTER = new Map<number, boolean>();
function isLetter(code: number): boolean {
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
  let v = LETTER.get(code);
  if (v === undefined) {
    const ch = String.fromCodePoint(code);
    v = ch.toLowerCase() !== ch.toUpperCase();
    if (LETTER.size < 4096) LETTER.set(code, v);
  }
  return v;
}

const UPPER = new Map<number, boolean>();
function isUpper(code: number): boolean {
  if (code < 0x80) return code >= 0x41 && code <= 0x5a;
  let v = UPPER.get(code);
  if (v === undefined) {
    const ch = String.fromCodePoint(code);
    v = ch !== ch.toLowerCase();
    if (UPPER.size < 4096) UPPER.set(code, v);
  }
  return v;
}

const isDigit = (code: number) => code >= 0x30 && code <= 0x39;
const isApostrophe = (code: number) => code === 0x27 || code === 0x2019;
/** Emoji and pictographs: a token each (🙃, 👏, 🙄). Variation selectors and joiners are skipped. */
const isSymbol = (code: number) =>
  code >= 0x2190 && code !== 0xfe0f && code !== 0x200d && !(code >= 0x1f3fb && code <= 0x1f3ff);

/** The current word's folded letters, padded (one buffer: the engine is single-threaded). */
const WORD = new Int32Array(MAX_WORD + 2);

/**
 * Writes the sentence's feature buckets into `out` and returns how many there are (at most
 * `out.length`). The same text always gives the same buckets.
 */
export function featurize(text: string, out: Uint32Array): number {
  const cap = out.length;
  const word = WORD;
  let n = 0;
  let prev = START_TOKEN;
  let len = 0; // letters of the current word (folded), padding excluded
  let wordHash = SEED_WORD;
  let upper = 0;
  let letters = 0;
  let punct = 0; // the current run of ? or !
  let punctHash = 0;

  const emit = (h: number) => {
    if (n < cap) out[n++] = h & MASK;
  };
  const emitChar = (h: number) => {
    if (n < cap) out[n++] = (h & MASK) | CHAR_FLAG;
  };
  const token = (h: number) => {
    emit(h);
    emit(pair(prev, h));
    prev = h;
  };
  const endWord = () => {
    if (len === 0) return;
    token(wordHash);
    if (letters >= 3 && upper === letters) emit(CAPS);
    // Character n-grams of "<word>".
    const total = Math.min(len, MAX_WORD) + 2;
    word[0] = PAD_START;
    word[total - 1] = PAD_END;
    for (let i = 0; i + 3 <= total; i++) {
      let h = SEED_CHAR;
      for (let k = 0; k < 5 && i + k < total; k++) {
        h = fnvChar(h, word[i + k]!);
        if (k >= 2) emitChar(h);
      }
    }
    len = 0;
    wordHash = SEED_WORD;
    upper = 0;
    letters = 0;
  };
  const endPunct = () => {
    if (punct === 0) return;
    token(punctHash);
    punct = 0;
  };

  for (let i = 0; i < text.length && n < cap; i++) {
    let code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      code = text.codePointAt(i)!;
      i++;
    }
    const letter = isLetter(code);
    if (letter || isDigit(code) || (isApostrophe(code) && len > 0)) {
      endPunct();
      const f = letter ? fold(code) : isDigit(code) ? 0x30 : 0x27;
      if (letter) {
        letters++;
        if (isUpper(code)) upper++;
      }
      wordHash = fnvChar(wordHash, f);
      if (len < MAX_WORD) word[len + 1] = f;
      len++;
      continue;
    }
    endWord();
    if (code === 0x3f || code === 0x21) {
      // "?", "??", "!", "!!", "?!": a run is one token, two or more marks are one kind.
      punct++;
      punctHash = punct === 1 ? fnvChar(SEED_WORD, code) : fnvChar(fnvChar(SEED_WORD, code), code);
      continue;
    }
    endPunct();
    if (isSymbol(code)) token(fnvChar(fnvChar(SEED_WORD, 0x24), code));
  }
  endWord();
  endPunct();
  return n;
}
