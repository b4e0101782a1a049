/**
 * Techniques live as Markdown files in prompts/techniques/: the single source of coaching
 * knowledge for every engine. The local engine uses the parsed phrasing patterns; the model
 * engine includes the files' text in its prompts.
 *
 * File format:
 *   ---                      front matter (YAML): id, name, name_pl, summary, when
 *   ---
 *   ## How to apply          prose
 *   ## Phrasing (en)         bullets "- role: pattern" (role is a lowercase word, e.g. open, ask)
 *   ## Phrasing (pl)
 *   ## Example (en)          "Before: …" and "After: …" lines
 *   ## Example (pl)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';

/** Languages every technique must cover (the offline engine's full-support languages). */
export const TECHNIQUE_LANGUAGES = ['en', 'pl'] as const;
export type TechniqueLanguage = (typeof TECHNIQUE_LANGUAGES)[number];

export const TechniqueMeta = z.object({
  id: z.string().regex(/^[a-z][a-z-]*$/, 'id must be kebab-case'),
  name: z.string().min(1),
  /** The name shown in Polish replies. */
  name_pl: z.string().min(1),
  summary: z.string().min(10),
  when: z.string().min(10),
});

const Phrase = z.object({ role: z.string().regex(/^[a-z][a-z-]*$/), text: z.string().min(1) });
export type Phrase = z.infer<typeof Phrase>;

const Example = z.object({ before: z.string().min(1), after: z.string().min(1) });

export const Technique = TechniqueMeta.extend({
  howTo: z.string().min(20),
  phrasing: z.object({ en: z.array(Phrase).min(1), pl: z.array(Phrase).min(1) }),
  examples: z.object({ en: Example, pl: Example }),
  /** The whole file body (without front matter), for model prompts. */
  body: z.string(),
});
export type Technique = z.infer<typeof Technique>;

export class TechniqueFileError extends Error {
  constructor(
    readonly file: string,
    problem: string,
  ) {
    super(`${file}: ${problem}`);
    this.name = 'TechniqueFileError';
  }
}

/** Split "---\nyaml\n---\nbody" into its parts. */
export function splitFrontMatter(source: string): { data: unknown; body: string } | null {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(source.replace(/^\uFEFF/, ''));
  if (!match) return null;
  return { data: parseYaml(match[1] ?? ''), body: match[2] ?? '' };
}

/** "## Heading" → its text, up to the next "## " heading. */
function sections(body: string): Map<string, string> {
  const out = new Map<string, string>();
  const parts = body.split(/^##\s+/m).slice(1);
  for (const part of parts) {
    const newline = part.indexOf('\n');
    const heading = (newline === -1 ? part : part.slice(0, newline)).trim().toLowerCase();
    out.set(heading, newline === -1 ? '' : part.slice(newline + 1).trim());
  }
  return out;
}

function parsePhrasing(text: string | undefined): Phrase[] {
  if (!text) return [];
  return text
    .split('\n')
    .map((line) => /^\s*[-*]\s+([a-z][a-z-]*):\s+(.+?)\s*$/.exec(line))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ role: m[1]!, text: m[2]! }));
}

function parseExample(text: string | undefined): { before: string; after: string } | undefined {
  if (!text) return undefined;
  const before = /^\s*\**before:?\**:?\s*(.+)$/im.exec(text)?.[1]?.trim();
  const after = /^\s*\**after:?\**:?\s*(.+)$/im.exec(text)?.[1]?.trim();
  return before && after ? { before, after } : undefined;
}

/** Parse and validate one technique file. Throws TechniqueFileError naming the file and the problem. */
export function parseTechnique(source: string, file: string): Technique {
  const split = splitFrontMatter(source);
  if (!split) throw new TechniqueFileError(file, 'missing front matter (--- … ---)');
  const meta = TechniqueMeta.safeParse(split.data);
  if (!meta.success) throw new TechniqueFileError(file, z.prettifyError(meta.error));
  const s = sections(split.body);
  const candidate = {
    ...meta.data,
    howTo: s.get('how to apply') ?? '',
    phrasing: { en: parsePhrasing(s.get('phrasing (en)')), pl: parsePhrasing(s.get('phrasing (pl)')) },
    examples: { en: parseExample(s.get('example (en)')), pl: parseExample(s.get('example (pl)')) },
    body: split.body.trim(),
  };
  const technique = Technique.safeParse(candidate);
  if (!technique.success) throw new TechniqueFileError(file, z.prettifyError(technique.error));
  const expected = `${technique.data.id}.md`;
  if (!file.endsWith(expected)) throw new TechniqueFileError(file, `file name must be ${expected}`);
  return technique.data;
}

/** The prompts/ folder that ships with Parley. */
export const PROMPTS_DIR = fileURLToPath(new URL('../../prompts/', import.meta.url));

/** Load every technique in prompts/techniques (files starting with "_" are partials, skipped). */
export function loadTechniques(dir: string = join(PROMPTS_DIR, 'techniques')): Technique[] {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.md') && !f.startsWith('_'))
    .sort();
  return files.map((f) => parseTechnique(readFileSync(join(dir, f), 'utf8'), f));
}

/** Technique lookup by id, loaded once per process (files never change at run time). */
export class TechniqueLibrary {
  private readonly byId: Map<string, Technique>;

  constructor(readonly all: readonly Technique[]) {
    this.byId = new Map(all.map((t) => [t.id, t]));
  }

  static load(dir?: string): TechniqueLibrary {
    return new TechniqueLibrary(loadTechniques(dir));
  }

  get ids(): string[] {
    return [...this.byId.keys()];
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  /** The technique's display name in a reply language (Polish replies get the Polish name). */
  nameIn(id: string, language: string): string {
    const technique = this.byId.get(id);
    if (!technique) return id;
    return language === 'pl' ? technique.name_pl : technique.name;
  }

  get(id: string): Technique {
    const technique = this.byId.get(id);
    if (!technique) throw new Error(`Unknown technique "${id}". Known: ${this.ids.join(', ')}`);
    return technique;
  }
}
