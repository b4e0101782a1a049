/**
 * Language detection for short chat messages: function words and letters that only some
 * languages use. Short Latin-script text with no clear signal defaults to English (most workplace
 * chat is); a longer one with no English in it at all is "und", so a language Parley has no
 * profile for is never coached as if it were English. Czech, Slovak and Croatian have profiles of
 * their own because they share short words with Polish ("do", "mi", "to") and would otherwise be
 * coached with the Polish lexicon. Cyrillic text is told apart as Ukrainian or Russian by the
 * letters only one of them uses; other scripts are "und".
 */

import { letterAt, pairAt } from './analysis/chars.ts';

export const SUPPORTED_LANGUAGES: readonly string[] = ['en', 'pl'];

interface Profile {
  code: string;
  words: ReadonlySet<string>;
  /** Letters that are strong evidence for this language. */
  letters: RegExp | null;
}

const words = (s: string): ReadonlySet<string> => new Set(s.split(' '));

const PROFILES: readonly Profile[] = [
  {
    code: 'en',
    words: words(
      "the and you your is are was were to of in it that this for on with be have has not do does did i we they he she my me can could would will should please thanks thank what why how when where hi hey but or if at as so just from about an a ok okay yes no sorry its it’s it's i'm don't can't",
    ),
    letters: null,
  },
  {
    code: 'pl',
    words: words(
      'nie że się jest to czy proszę już jak co w z na do i a ale o po dla od za ten ta te tego tej jestem jesteś są był była było może mogę możesz dzięki dziękuję cześć tak też tylko bo mi mnie ci cię jego jej ich nas was my wy ty już jeszcze będzie bardzo dzień dobry gdzie kiedy dlaczego czemu który która które oraz albo lub przez przy pan pani mam masz ma twoja twój twoje twoim wina wszystko jedno dobra bez tym razem teraz natychmiast powiem zrobić zrobię zrób dzięki pozdrawiam witam hej siema spoko okej sorki szef szefowi przełożonego maila raport termin jutro dzisiaj dziś piątek spotkanie projekt sprawa zawsze nigdy ciągle znowu nic nikt coś ktoś wiesz wiem mamy możemy musimy trzeba żeby jeśli jeżeli więc inaczej super brawo serio poważnie',
    ),
    letters: /[ąćęłńśźżĄĆĘŁŃŚŹŻ]/g,
  },
  {
    code: 'cs',
    words: words(
      'aby ale ani asi až bude budeme byl byla bylo být co či dnes jak jako je jeho jen jenom ještě jestli jsem jsi jsme jste kde kdy když mě mně mít můžeš může můžete můžu mohl nebo nechci nemám není nevím něco nic pak pokud potom pro proč prosím protože před při se si také taky tam ten tento teď tohle toho ty už ve vím vás váš vy za zase že děkuji díky ahoj dobrý den zítra termín prosim dekuji diky nevim jeste muzes muze neni proc protoze',
    ),
    letters: /[ěřůťďňĚŘŮŤĎŇ]/g,
  },
  {
    code: 'sk',
    words: words(
      'aby ale ani až bude bol bola bolo byť čo či dnes ako je jeho len ešte som si sme ste kde kedy keď mi mne mať môžeš môže môžete nie alebo nechcem nemám neviem niečo nič ak potom pre prečo prosím pretože pred pri sa tak tiež tam ten toho tú ty už vo viem vás váš vy za zase že ďakujem vďaka ahoj dobrý deň zajtra termín prosim dakujem neviem preco pretoze mozes moze',
    ),
    letters: /[ôľĺŕäťďňÔĽĹŔ]/g,
  },
  {
    code: 'hr',
    words: words(
      'ali ako bi bio bila bilo biti da do ga ja je jer još kad kada kako li mi mogu možeš može možete ne nije nisam nešto ništa on ona oni onda opet sa se si smo ste su sve što tako taj ti uvijek već vi vaš vaše zašto hvala molim bok pozdrav sutra danas rok jos mozes moze sto zasto vec',
    ),
    letters: /[đĐ]/g,
  },
  {
    code: 'de',
    words: words(
      'der die das und ist nicht ich du sie wir ein eine zu mit auf für von den dem des im ist sind war bitte danke ja nein aber oder wenn wie was warum können kannst hast habe haben noch schon auch nur mein dein sehr',
    ),
    letters: /[äöüßÄÖÜ]/g,
  },
  {
    code: 'fr',
    words: words(
      'le la les et est un une des du de je tu vous nous il elle ce cette pas ne que qui pour avec dans sur mais ou merci bonjour oui non très être avoir sont était fait peux pouvez votre vos mon ton',
    ),
    letters: /[éèêàçùœÉÈÊÀÇ]/g,
  },
  {
    code: 'es',
    words: words(
      'el la los las y es un una de del que en por para con no sí pero yo tú usted nosotros esto esta este gracias hola por favor muy está están son fue puedes puede qué cómo cuando donde también',
    ),
    letters: /[ñ¿¡Ñ]/g,
  },
  {
    code: 'it',
    words: words(
      'il lo la gli le e è un una di del della che non per con su ma io tu lei noi voi questo questa grazie ciao per favore molto sono sei siamo fatto puoi può anche come quando dove perché',
    ),
    letters: /[ìòÌÒ]/g,
  },
  {
    code: 'pt',
    words: words(
      'o a os as e é um uma de do da dos das que não para com em por mas eu você nós isso este esta obrigado obrigada olá muito está são foi pode também como quando onde porque',
    ),
    letters: /[ãõÃÕ]/g,
  },
  {
    code: 'nl',
    words: words(
      'de het een en is niet ik je jij u wij we zij van in op voor met aan dat dit die maar of bedankt dank hallo ja nee zeer zijn was kan kun kunt heb hebt heeft ook nog wel graag alsjeblieft',
    ),
    letters: /ij/g,
  },
];

/** Letter clusters typical of each orthography, for short texts with few function words. */
const CLUSTERS: readonly [string, RegExp][] = [
  ['pl', /(?:sz|cz|rz|dz|ść|ów|ie)(?=\p{L})|(?:ego|emu|ych|ami|ać|ić|ę|ą)(?!\p{L})|w(?=[szkcp])/gu],
  ['en', /th|wh|ee|oo|ou|(?:ing|ed|ly|tion|ck)(?!\p{L})/gu],
];

/**
 * Letters Polish never uses (Czech, Slovak and Croatian carons, the accents of western languages),
 * and ć, ś, ź, ń before a vowel, where Polish spells "ci", "si", "zi", "ni" (Croatian "hoćemo",
 * "treći"). A draft that has them is not Polish, whatever short words it shares with Polish.
 */
const NOT_POLISH = /[áéíúýčšžřůěťďňľĺŕôäöüßđàâçèêëîïñãõùûœ]|[ćśźń](?=[aeiouy])/g;

/** Cyrillic: letters only Ukrainian uses, letters only Russian uses. */
const CYRILLIC = /[\u0400-\u04FF]/;
const UKRAINIAN = /[іїєґ]/i;
const RUSSIAN = /[ыэъё]/i;

/** Below this many words, accented text with no signal is English by default; from it on, "und". */
const UNKNOWN_FROM_TOKENS = 4;

const LATIN = /[a-zA-Z\u00C0-\u024F]/;
const NON_ASCII = /[^\t\n\r\u0020-\u007e]/;

/** Function word → indexes of the profiles that use it, built once. */
const WORD_PROFILES = new Map<string, number[]>();
PROFILES.forEach((p, i) => {
  for (const w of p.words) WORD_PROFILES.set(w, [...(WORD_PROFILES.get(w) ?? []), i]);
});
const EN = 0;
const PL = 1;

/**
 * The function words as a character trie in one typed table, walked while a token is read, so
 * looking a token up needs no slice and no hashing. Built on the first detection.
 */
interface WordTrie {
  /** Child at `node * width + letter`, 0 for none (the root is never a child). */
  next: Int32Array;
  width: number;
  /** Letter index per ASCII code (-1: in no function word), and for other codes. */
  ascii: Int16Array;
  letter: Map<number, number>;
  /** Profiles using the word that ends at a node. */
  profiles: (number[] | undefined)[];
}
let trie: WordTrie | null = null;

function wordTrie(): WordTrie {
  if (trie) return trie;
  const letter = new Map<number, number>();
  for (const w of WORD_PROFILES.keys()) {
    for (let i = 0; i < w.length; i++)
      if (!letter.has(w.charCodeAt(i))) letter.set(w.charCodeAt(i), letter.size);
  }
  const width = letter.size;
  let size = 1;
  for (const w of WORD_PROFILES.keys()) size += w.length;
  const next = new Int32Array(size * width);
  const profiles: (number[] | undefined)[] = [];
  let nodes = 1;
  for (const [w, langs] of WORD_PROFILES) {
    let at = 0;
    for (let i = 0; i < w.length; i++) {
      const slot = at * width + letter.get(w.charCodeAt(i))!;
      if (next[slot] === 0) next[slot] = nodes++;
      at = next[slot]!;
    }
    profiles[at] = langs;
  }
  const ascii = new Int16Array(128).fill(-1);
  for (const [code, l] of letter) if (code < 128) ascii[code] = l;
  trie = { next, width, ascii, letter, profiles };
  return trie;
}

/** ISO 639-1 code of the text's language, "und" when unknown. */
export function detectLanguage(text: string): string {
  if (!LATIN.test(text)) return detectCyrillic(text);
  const lower = text.toLowerCase();
  const scores = new Float64Array(PROFILES.length);
  let tokens = 0;
  const { next, width, ascii, letter, profiles } = wordTrie();
  // Tokens are runs of letters and apostrophes (`[\p{L}'’]+`), read with a plain loop while
  // walking the function-word trie (-1: this token is no function word).
  for (let i = 0; i < lower.length; ) {
    const start = i;
    let at = 0;
    while (i < lower.length) {
      const c = lower.charCodeAt(i);
      const len = c === 39 || c === 0x2019 ? 1 : letterAt(lower, i);
      if (len === 0) break;
      if (at >= 0) {
        const l = len !== 1 ? -1 : c < 128 ? ascii[c]! : (letter.get(c) ?? -1);
        at = l < 0 ? -1 : next[at * width + l]! || -1;
      }
      i += len;
    }
    if (i === start) {
      i += pairAt(lower, i) ? 2 : 1;
      continue;
    }
    tokens++;
    const langs = at > 0 ? profiles[at] : undefined;
    if (langs) for (const p of langs) scores[p]! += 1;
  }
  if (NON_ASCII.test(lower) || lower.includes('ij')) {
    PROFILES.forEach((p, i) => {
      if (p.letters === null) return;
      const hits = lower.match(p.letters)?.length ?? 0;
      // Polish letters are near-unique evidence; others share accents with neighbours.
      scores[i]! += Math.min(hits, 4) * (p.code === 'pl' ? 1.5 : 0.75);
    });
  }
  // Short texts with few function words: letter clusters decide between English and Polish.
  if (scores[EN]! < 3) {
    for (const [code, re] of CLUSTERS) {
      const hits = lower.match(re)?.length ?? 0;
      scores[PROFILES.findIndex((p) => p.code === code)]! += 0.25 * Math.min(hits, 8);
    }
  }
  if (NON_ASCII.test(lower)) {
    const foreign = lower.match(NOT_POLISH)?.length ?? 0;
    scores[PL]! -= 1.5 * Math.min(foreign, 4);
  }
  let best = EN;
  for (let i = 1; i < PROFILES.length; i++) if (scores[i]! > scores[best]!) best = i;
  const bestScore = scores[best]!;
  // A single ambiguous word ("a", "to", "die") is not enough to leave the English default, but a
  // sentence with accented letters and nothing English in it (Finnish, Hungarian…) is no English
  // draft. Plain ASCII with no signal stays English: terse chat ("Build broken, reverting") is.
  const unknown = tokens >= UNKNOWN_FROM_TOKENS && scores[EN]! < 0.5 && NON_ASCII.test(lower);
  if (best !== EN && (bestScore < 1 || (bestScore < 1.5 && tokens > 1))) return unknown ? 'und' : 'en';
  if (best === EN && unknown) return 'und';
  return PROFILES[best]!.code;
}

/** Ukrainian or Russian by the letters only one of them has; other Cyrillic and other scripts: "und". */
function detectCyrillic(text: string): string {
  if (!CYRILLIC.test(text)) return 'und';
  const uk = UKRAINIAN.test(text);
  const ru = RUSSIAN.test(text);
  return uk === ru ? 'und' : uk ? 'uk' : 'ru';
}

export function isSupported(language: string): boolean {
  return SUPPORTED_LANGUAGES.includes(language);
}
