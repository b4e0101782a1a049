/**
 * The language registry: every language the offline engine fully supports has a pack folder
 * (packs/<lang>/: act rules, word lists, rewrite templates) and a morphology module in code.
 * Adding a language is a new entry here, its pack and its morphology (see acts/morphology.ts).
 */
import { fileURLToPath } from 'node:url';

export const PACKS = {
  en: { name: 'English' },
  pl: { name: 'Polski' },
} as const;

export type Lang = keyof typeof PACKS;
export const LANGS = Object.keys(PACKS) as Lang[];

export function isLang(language: string): language is Lang {
  return Object.hasOwn(PACKS, language);
}

/** The packs/ folder that ships with Parley. */
export const PACKS_DIR = fileURLToPath(new URL('../../../packs/', import.meta.url));
