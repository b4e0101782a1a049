/**
 * Loads a language pack (packs/<lang>/acts.yml and words.yml), validates it with zod and compiles
 * every pattern once. A broken pack fails loudly with the file and the problem; draft text never
 * appears in these errors.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import type { FlagKind } from '../../schemas.ts';
import { type Lang, PACKS_DIR } from '../packs.ts';
import { assertLinear, compilePattern, END, expandBody, type Lists, PatternError, START } from './dialect.ts';
import {
  type Act,
  type ActRule,
  ActsFile,
  type Condition,
  LIST_NAMES,
  type ListName,
  WordsFile,
} from './schema.ts';

export class PackError extends Error {
  constructor(file: string, problem: string) {
    super(`${file}: ${problem}`);
    this.name = 'PackError';
  }
}

export interface CompiledRule {
  /** Stable id, "<lang>.<act>.<name>": what a flag reports and a workspace may allow. */
  id: string;
  act: Act;
  kind: FlagKind | null;
  patterns: RegExp[];
  requires: readonly Condition[];
  unless: readonly Condition[];
  why: string;
  suggestion: string | null;
  examples: { match: string[]; noMatch: string[] };
}

export interface CompiledPack {
  lang: Lang;
  rules: CompiledRule[];
  /** One regex per word list (guarded, unanchored), for the structure code. */
  lists: Record<ListName, RegExp>;
  raw: Lists;
  /** Structure regexes built from the lists (lower-cased sentence text). */
  greeting: RegExp;
  signoff: RegExp;
  signoffLine: RegExp;
  imperativeStart: RegExp;
  negatedEval: RegExp;
}

export function readYaml<T>(file: string, schema: z.ZodType<T>): T {
  let data: unknown;
  try {
    data = parseYaml(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new PackError(file, `not valid YAML: ${(error as Error).message}`);
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) throw new PackError(file, z.prettifyError(parsed.error));
  return parsed.data;
}

function compileRule(lang: Lang, rule: ActRule, lists: Lists, file: string): CompiledRule {
  const id = `${lang}.${rule.id}`;
  try {
    return {
      id,
      act: rule.act,
      kind: rule.kind,
      patterns: rule.patterns.map((p, i) => compilePattern(p, lists, `${id} pattern ${i + 1}`)),
      requires: rule.requires,
      unless: rule.unless,
      why: rule.why,
      suggestion: rule.suggestion,
      examples: rule.examples,
    };
  } catch (error) {
    if (error instanceof PatternError) throw new PackError(file, error.message);
    throw error;
  }
}

export function loadPack(lang: Lang, dir: string = join(PACKS_DIR, lang)): CompiledPack {
  const wordsFile = join(dir, 'words.yml');
  const actsFile = join(dir, 'acts.yml');
  const words = readYaml(wordsFile, WordsFile);
  const acts = readYaml(actsFile, ActsFile);
  const raw = words.lists;
  const lists = {} as Record<ListName, RegExp>;
  for (const name of LIST_NAMES) {
    try {
      for (const w of raw[name]!) assertLinear(w, `list ${name}`);
      lists[name] = new RegExp(`${START}(?:${expandBody(`{${name}}`, raw)})${END}`, 'u');
    } catch (error) {
      throw new PackError(wordsFile, (error as Error).message);
    }
  }
  const ids = new Set<string>();
  const rules = acts.rules.map((r) => {
    if (ids.has(r.id)) throw new PackError(actsFile, `duplicate rule id ${r.id}`);
    ids.add(r.id);
    return compileRule(lang, r, raw, actsFile);
  });
  const list = (name: ListName) => expandBody(`{${name}}`, raw);
  return {
    lang,
    rules,
    lists,
    raw,
    greeting: new RegExp(`^\\s{0,10}(?:${list('greeting')})${END}`, 'u'),
    signoff: new RegExp(`^(?:${list('signoff')})${END}`, 'u'),
    signoffLine: new RegExp(
      `^(?:${list('signoff')})[,!.]{0,3}(?:\\s{1,10}[\\p{L}'’-]{1,30}){0,2}[.!]{0,3}$`,
      'u',
    ),
    imperativeStart: new RegExp(
      `^(?:(?:please|proszę|just|then|so|now|dobra|no|i)[,]?\\s{1,10})?(?:${list('imperative')})${END}`,
      'u',
    ),
    negatedEval: new RegExp(
      `(?:${START}(?:not|nie|never|nigdy|no longer)|n't)\\s{1,10}(?:[^\\s.!?]{1,30}\\s{1,10}){0,1}(?:${list('negEval')})${END}`,
      'u',
    ),
  };
}

const CACHE = new Map<Lang, CompiledPack>();

/** The compiled pack of a language, loaded on its first draft. */
export function packFor(lang: Lang): CompiledPack {
  let pack = CACHE.get(lang);
  if (!pack) {
    pack = loadPack(lang);
    CACHE.set(lang, pack);
  }
  return pack;
}

/** Every compiled pattern of a pack (rules and lists), for the generic adversarial test. */
export function compiledPatterns(lang: Lang): { id: string; pattern: RegExp }[] {
  const pack = packFor(lang);
  return [
    ...pack.rules.flatMap((r) => r.patterns.map((pattern, i) => ({ id: `${r.id}#${i + 1}`, pattern }))),
    ...Object.entries(pack.lists).map(([name, pattern]) => ({ id: `${lang}.list.${name}`, pattern })),
  ];
}
