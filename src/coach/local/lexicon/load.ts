/**
 * Loads a language's phrase lexicon (packs/<lang>/lexicon.yml): validated with zod, its `{NAME}`
 * fragments expanded, and handed to analyze.ts as the `Lexicon` it compiles. A broken file fails
 * loudly with the file and the problem (an unknown fragment, a duplicate id); draft text never
 * appears in these errors.
 */
import { join } from 'node:path';
import { PackError, readYaml } from '../acts/load.ts';
import { SENTENCE_START } from '../analysis/anchors.ts';
import type { Lexicon } from '../analysis/types.ts';
import { type Lang, PACKS_DIR } from '../packs.ts';
import { LexiconFile } from './schema.ts';

/** Fragments every lexicon may use without defining them. */
const BUILT_IN: Readonly<Record<string, string>> = { SENTENCE_START };

/** `{NAME}` outside `\p{…}`/`\P{…}`: a lower-case `{you}` is a pack word list, not a fragment. */
const REFERENCE = /(?<!\\[pP])\{([A-Z][A-Z0-9_]*)\}/g;

class Fragments {
  readonly used = new Set<string>();
  private readonly done = new Map<string, string>();

  constructor(
    private readonly defs: Readonly<Record<string, string>>,
    private readonly file: string,
  ) {
    for (const name of Object.keys(defs))
      if (Object.hasOwn(BUILT_IN, name)) throw new PackError(file, `defs: {${name}} is built in`);
  }

  /** The pattern with every fragment written out; `where` names the rule in an error. */
  expand(pattern: string, where: string, seen: readonly string[] = []): string {
    return pattern.replace(REFERENCE, (_ref, name: string) => {
      this.used.add(name);
      if (Object.hasOwn(BUILT_IN, name)) return BUILT_IN[name]!;
      if (!Object.hasOwn(this.defs, name))
        throw new PackError(this.file, `${where}: unknown fragment {${name}}`);
      if (seen.includes(name)) throw new PackError(this.file, `defs: {${name}} refers to itself`);
      let body = this.done.get(name);
      if (body === undefined) {
        body = this.expand(this.defs[name]!, `defs.${name}`, [...seen, name]);
        this.done.set(name, body);
      }
      return body;
    });
  }
}

export function loadLexicon(lang: Lang, dir: string = join(PACKS_DIR, lang)): Lexicon {
  const file = join(dir, 'lexicon.yml');
  const data = readYaml(file, LexiconFile);
  const fragments = new Fragments(data.defs, file);
  const ids = new Set<string>();
  const rules = data.rules.map((rule) => {
    if (ids.has(rule.id)) throw new PackError(file, `duplicate rule id ${rule.id}`);
    ids.add(rule.id);
    return { ...rule, pattern: fragments.expand(rule.pattern, rule.id) };
  });
  const cues = data.cues.map((cue, i) => ({
    ...cue,
    pattern: fragments.expand(cue.pattern, `cue ${i + 1}`),
  }));
  const hostile = fragments.expand(data.hostile, 'hostile');
  // An unused fragment is a leftover: it would be read as if it mattered.
  for (const name of Object.keys(data.defs))
    if (!fragments.used.has(name)) throw new PackError(file, `defs: {${name}} is never used`);
  return { kinds: data.kinds, rules, cues, hostile, shoutWords: data.shoutWords };
}

const CACHE = new Map<Lang, Lexicon>();

/** The lexicon of a language, read on its first draft. */
export function lexiconOf(lang: Lang): Lexicon {
  let lexicon = CACHE.get(lang);
  if (!lexicon) {
    lexicon = loadLexicon(lang);
    CACHE.set(lang, lexicon);
  }
  return lexicon;
}
