/**
 * What the words alone cannot say: who a sentence addresses when no pronoun does. English needs
 * only the pronoun list and imperatives (in the pack); Polish carries the person in the verb
 * ending (-sz, -cie, -łeś, -liście…) and the polite form in Pan / Pani / Państwo + 3rd person.
 * Morphology is code; the words are data.
 */
import type { Lang } from '../packs.ts';

/** 2nd-person verb endings: present -asz/-esz/-isz/-ysz, plural -acie/-ecie/-icie, past -łeś/-łaś/-liście/-łyście, conditional -łbyś. */
const PL_SECOND_PERSON =
  /(?<![\p{L}])\p{L}{2,}(?:asz|esz|isz|ysz|łeś|łaś|łbyś|łabyś|liście|łyście|libyście|łybyście|acie|ecie|icie)(?![\p{L}])/gu;
/** Locative nouns and adverbs that end like a 2nd-person verb ("w budżecie", "całkowicie"). */
const PL_NOT_VERBS = new Set([
  'całkowicie',
  'znakomicie',
  'należycie',
  'obficie',
  'wyśmienicie',
  'rozmaicie',
  'kobiecie',
  'świecie',
  'gazecie',
  'planecie',
  'pakiecie',
  'budżecie',
  'internecie',
  'bilecie',
  'komitecie',
  'kabinecie',
  'formacie',
  'temacie',
  'etacie',
  'mandacie',
  'kwadracie',
  'afisz',
  'fetysz',
  'listopadzie',
]);
const PL_PREPOSITION = /(?:^|\s)(?:w|we|na|o|po|przy)\s+$/u;

function polishSecondPerson(lower: string, original: string): boolean {
  PL_SECOND_PERSON.lastIndex = 0;
  for (let m = PL_SECOND_PERSON.exec(lower); m !== null; m = PL_SECOND_PERSON.exec(lower)) {
    const word = m[0];
    if (PL_NOT_VERBS.has(word)) continue;
    if (PL_PREPOSITION.test(lower.slice(Math.max(0, m.index - 5), m.index))) continue;
    // A capitalised word inside a sentence is a name ("Łukasz"), not a verb.
    const first = original[m.index] ?? '';
    if (m.index > 0 && first !== first.toLowerCase()) continue;
    return true;
  }
  return false;
}

/** Polite address: Pan / Pani / Państwo written with a capital (lower case is often "the lady"). */
const PL_POLITE =
  /(?<![\p{L}])(?:Pan|Pana|Panu|Panem|Pani|Panią|Państwo|Państwa|Państwu|Państwem)(?![\p{L}])/u;

/** Whether the sentence addresses the reader through morphology (beyond the pack's pronoun list). */
export function addressedByForm(lang: Lang, lower: string, original: string): boolean {
  if (lang !== 'pl') return false;
  return PL_POLITE.test(original) || polishSecondPerson(lower, original);
}

export type PolishAddress = 'ty' | 'wy' | 'pan' | 'pani' | 'panstwo';

const PL_POLITE_FORMS: ReadonlyArray<[PolishAddress, RegExp]> = [
  ['panstwo', /(?<![\p{L}])(?:Państwo|Państwa|Państwu|Państwem|Szanowni)(?![\p{L}])/u],
  ['pani', /(?<![\p{L}])(?:Pani|Panią|Szanowna)(?![\p{L}])/u],
  ['pan', /(?<![\p{L}])(?:Pan|Pana|Panu|Panem|Szanowny)(?![\p{L}])/u],
];
const PL_YOU_SINGULAR =
  /(?<![\p{L}])(?:masz|jesteś|byłeś|byłaś|ty|cię|ciebie|tobie|tobą|twój|twoja|twoje|twojego|twojej|twoim|twoją|twoich|twoimi|twojemu)(?![\p{L}])/u;
const PL_YOU_PLURAL =
  /(?<![\p{L}])(?:macie|jesteście|byliście|byłyście|wy|was|wam|wami|wasz|wasza|wasze|waszego|waszej|waszym|waszą|waszych|waszymi|waszemu|wszystkich|\p{L}{2,}(?:jcie|bcie|ńcie|źcie|ćcie|dźcie|pcie|wcie|szcie|żcie))(?![\p{L}])/u;
const PL_PLURAL_ENDING = /(?:acie|ecie|icie|liście|łyście|libyście|łybyście)$/u;

/** Singular and plural 2nd-person verbs in a lower-cased Polish text. */
function verbNumbers(lower: string, original: string): { singular: boolean; plural: boolean } {
  const out = { singular: false, plural: false };
  PL_SECOND_PERSON.lastIndex = 0;
  for (let m = PL_SECOND_PERSON.exec(lower); m !== null; m = PL_SECOND_PERSON.exec(lower)) {
    const word = m[0];
    if (PL_NOT_VERBS.has(word)) continue;
    if (PL_PREPOSITION.test(lower.slice(Math.max(0, m.index - 5), m.index))) continue;
    const first = original[m.index] ?? '';
    if (m.index > 0 && first !== first.toLowerCase()) continue;
    if (PL_PLURAL_ENDING.test(word)) out.plural = true;
    else out.singular = true;
  }
  return out;
}

/**
 * The form of address a Polish draft uses towards its reader: a polite form when one is written,
 * else Wy or Ty from pronouns and verb endings; null when the draft addresses nobody.
 */
export function polishAddress(text: string): PolishAddress | null {
  for (const [form, re] of PL_POLITE_FORMS) if (re.test(text)) return form;
  const lower = text.toLowerCase();
  const verbs = verbNumbers(lower, text);
  const plural = verbs.plural || PL_YOU_PLURAL.test(lower);
  const singular = verbs.singular || PL_YOU_SINGULAR.test(lower);
  if (plural && !singular) return 'wy';
  if (singular && !plural) return 'ty';
  if (singular && plural) return PL_YOU_SINGULAR.test(lower) ? 'ty' : 'wy';
  return null;
}
