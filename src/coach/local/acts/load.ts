/**
 * Loads a language pack (packs/<lang>/acts.yml and words.yml), validates it with zod and compiles
 * every pattern once. A broken pack fails loudly with the file and the problem; draft text never
 * appears in these errors.
 *
 * The compiled CLI (dist/, see scripts/build.mjs) starts from the pack as the build compiled it
 * (dist/packs/<lang>/compiled.json: regex sources and literal prefixes, validated at build time)
 * when that file is at least as new as the YAML, and compiles each pattern only when a draft first
 * gets to try it: parsing YAML and building ~600 Unicode regexes was a third of a first review.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import type { FlagKind } from '../../schemas.ts';
import { Matcher } from '../analysis/dispatch.ts';
import { firstPrefixes } from '../analysis/first-chars.ts';
import { type Lang, PACKS_DIR } from '../packs.ts';
import {
  assertLinear,
  compilePattern,
  END,
  expandBody,
  expandPattern,
  type Lists,
  PatternError,
  START,
} from './dialect.ts';
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
  /** Each pattern's full regex source (dialect expanded, word guards added). */
  sources: readonly string[];
  /** The pack-wide index of this rule's first pattern (pattern `i` is `first + i`, see `candidates`). */
  first: number;
  /** Pattern `i`, compiled on first use. */
  pattern(i: number): RegExp;
  /** Every pattern, compiled. */
  readonly patterns: RegExp[];
  requires: readonly Condition[];
  unless: readonly Condition[];
  why: string;
  suggestion: string | null;
  examples: { match: string[]; noMatch: string[] };
}

export interface CompiledPack {
  lang: Lang;
  rules: CompiledRule[];
  /**
   * Every rule pattern (pack-wide index, rules in order) in one prefix trie: `candidatesIn` finds the
   * patterns a sentence could match without running them, so the labeller tries only those.
   */
  candidates: Matcher;
  /** The rule of each pack-wide pattern index. */
  ruleOfPattern: CompiledRule[];
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

/**
 * Characters of literal prefix in the candidate trie. 8 leaves ~4 candidate patterns per English
 * sentence of the politeness requests (10: 3.8, 6: 5.6, 4: 13) with a trie half the size of 10's.
 */
const CANDIDATE_DEPTH = 8;

/** A compiled pack as data (regex sources, prefixes): what the build writes and the CLI reads. */
export interface PackData {
  lang: Lang;
  rules: (Omit<CompiledRule, 'pattern' | 'patterns' | 'first'> & { sources: string[] })[];
  /** `firstPrefixes` of every pattern in pack-wide order, at CANDIDATE_DEPTH. */
  prefixes: (string[] | null)[];
  lists: Record<ListName, string>;
  raw: Lists;
  greeting: string;
  signoff: string;
  signoffLine: string;
  imperativeStart: string;
  negatedEval: string;
}

/** True when this module runs from the compiled build (dist/…/load.js), not from src/ via tsx. */
const COMPILED = import.meta.url.endsWith('.js');
/** dist/packs/: the build's JSON of each pack (only read by the compiled build). */
const BUILT_PACKS = fileURLToPath(new URL('../../../packs/', import.meta.url));

/** `file`, when the build's JSON copy of it exists and is at least as new as every `sources`. */
function builtCopy(file: string, sources: readonly string[]): string | null {
  if (!COMPILED || !existsSync(file)) return null;
  const built = statSync(file).mtimeMs;
  return sources.every((s) => statSync(s).mtimeMs <= built) ? file : null;
}

/** The build's JSON of a YAML file under packs/, when it is there and fresh. */
function jsonCopyOf(file: string): string | null {
  const rel = relative(PACKS_DIR, file);
  if (rel.startsWith('..') || !rel.endsWith('.yml')) return null;
  return builtCopy(join(BUILT_PACKS, rel.replace(/\.yml$/, '.json')), [file]);
}

export function readYaml<T>(file: string, schema: z.ZodType<T>): T {
  let data: unknown;
  try {
    const json = jsonCopyOf(file);
    data = json ? JSON.parse(readFileSync(json, 'utf8')) : parseYaml(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new PackError(file, `not valid YAML: ${(error as Error).message}`);
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) throw new PackError(file, z.prettifyError(parsed.error));
  return parsed.data;
}

/** A rule whose patterns are compiled when first asked for (or given compiled already). */
function ruleOf(data: PackData['rules'][number], first: number, compiled?: RegExp[]): CompiledRule {
  const regexes: (RegExp | undefined)[] = compiled ?? new Array(data.sources.length).fill(undefined);
  const pattern = (i: number): RegExp => {
    let re = regexes[i];
    if (re === undefined) {
      re = new RegExp(data.sources[i]!, 'u');
      regexes[i] = re;
    }
    return re;
  };
  return {
    ...data,
    first,
    pattern,
    get patterns() {
      return data.sources.map((_, i) => pattern(i));
    },
  };
}

/** A pack from its data; `compiled` holds each rule's patterns when they were built already. */
function packOf(data: PackData, compiled?: RegExp[][]): CompiledPack {
  let first = 0;
  const rules = data.rules.map((r, i) => {
    const rule = ruleOf(r, first, compiled?.[i]);
    first += r.sources.length;
    return rule;
  });
  const lists = {} as Record<ListName, RegExp>;
  for (const name of LIST_NAMES) lists[name] = new RegExp(data.lists[name], 'u');
  return {
    lang: data.lang,
    rules,
    candidates: new Matcher([data.rules.flatMap((r) => r.sources)], 'u', {
      depth: CANDIDATE_DEPTH,
      prefixes: data.prefixes,
    }),
    ruleOfPattern: rules.flatMap((r) => r.sources.map(() => r)),
    lists,
    raw: data.raw,
    greeting: new RegExp(data.greeting, 'u'),
    signoff: new RegExp(data.signoff, 'u'),
    signoffLine: new RegExp(data.signoffLine, 'u'),
    imperativeStart: new RegExp(data.imperativeStart, 'u'),
    negatedEval: new RegExp(data.negatedEval, 'u'),
  };
}

/** Validate and compile a pack's YAML: every pattern is built now, so a broken one fails here. */
function compileYaml(lang: Lang, dir: string): { data: PackData; compiled: RegExp[][] } {
  const wordsFile = join(dir, 'words.yml');
  const actsFile = join(dir, 'acts.yml');
  const words = readYaml(wordsFile, WordsFile);
  const acts = readYaml(actsFile, ActsFile);
  const raw = words.lists;
  const lists = {} as Record<ListName, string>;
  for (const name of LIST_NAMES) {
    try {
      for (const w of raw[name]!) assertLinear(w, `list ${name}`);
      lists[name] = `${START}(?:${expandBody(`{${name}}`, raw)})${END}`;
      new RegExp(lists[name], 'u');
    } catch (error) {
      throw new PackError(wordsFile, (error as Error).message);
    }
  }
  const ids = new Set<string>();
  const compiled: RegExp[][] = [];
  const rules = acts.rules.map((r: ActRule) => {
    if (ids.has(r.id)) throw new PackError(actsFile, `duplicate rule id ${r.id}`);
    ids.add(r.id);
    const id = `${lang}.${r.id}`;
    try {
      compiled.push(r.patterns.map((p, i) => compilePattern(p, raw, `${id} pattern ${i + 1}`)));
    } catch (error) {
      if (error instanceof PatternError) throw new PackError(actsFile, error.message);
      throw error;
    }
    return {
      id,
      act: r.act,
      kind: r.kind,
      sources: r.patterns.map((p) => expandPattern(p, raw)),
      requires: r.requires,
      unless: r.unless,
      why: r.why,
      suggestion: r.suggestion,
      examples: r.examples,
    };
  });
  const list = (name: ListName) => expandBody(`{${name}}`, raw);
  const data: PackData = {
    lang,
    rules,
    prefixes: rules.flatMap((r) =>
      r.sources.map((s) => {
        const p = firstPrefixes(s, CANDIDATE_DEPTH);
        return p ? [...p] : null;
      }),
    ),
    lists,
    raw,
    greeting: `^\\s{0,10}(?:${list('greeting')})${END}`,
    signoff: `^(?:${list('signoff')})${END}`,
    signoffLine: `^(?:${list('signoff')})[,!.]{0,3}(?:\\s{1,10}[\\p{L}'’-]{1,30}){0,2}[.!]{0,3}$`,
    imperativeStart: `^(?:(?:please|proszę|just|then|so|now|dobra|no|i)[,]?\\s{1,10})?(?:${list('imperative')})${END}`,
    negatedEval: `(?:${START}(?:not|nie|never|nigdy|no longer)|n't)\\s{1,10}(?:[^\\s.!?]{1,30}\\s{1,10}){0,1}(?:${list('negEval')})${END}`,
  };
  return { data, compiled };
}

export function loadPack(lang: Lang, dir: string = join(PACKS_DIR, lang)): CompiledPack {
  const { data, compiled } = compileYaml(lang, dir);
  return packOf(data, compiled);
}

/** A pack as data, for the build to write (scripts/build.mjs). */
export function packData(lang: Lang, dir: string = join(PACKS_DIR, lang)): PackData {
  return compileYaml(lang, dir).data;
}

/** Where the build writes a language's compiled pack (read back only when newer than its YAML). */
export function builtPackFile(lang: Lang): string {
  return join(BUILT_PACKS, lang, 'compiled.json');
}

const CACHE = new Map<Lang, CompiledPack>();

/** The compiled pack of a language, loaded on its first draft. */
export function packFor(lang: Lang): CompiledPack {
  let pack = CACHE.get(lang);
  if (!pack) {
    const dir = join(PACKS_DIR, lang);
    const built = builtCopy(builtPackFile(lang), [join(dir, 'acts.yml'), join(dir, 'words.yml')]);
    pack = built ? packOf(JSON.parse(readFileSync(built, 'utf8')) as PackData) : loadPack(lang, dir);
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
