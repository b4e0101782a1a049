/**
 * Prompts are Markdown files in prompts/ with small front matter:
 *
 *   ---
 *   id: review
 *   inputs: [language, draft]          placeholders the body uses as {{name}}
 *   output: Review                     a key of OUTPUTS (the zod schema's name); absent for system/partials
 *   includes: [_safety.md, techniques/*.md]   inserted where the body says {{> path}}
 *   ---
 *
 * Includes are partials (files starting with "_", inserted whole) or technique files, inserted as
 * their essential guidance: name, id, summary, when and how to apply (`#summary` after the path
 * keeps only name, id, summary and when; `#how` only how to apply). Phrasing and examples stay out to keep prompts small.
 * `*` in the last path segment includes every matching file. Include paths must stay inside
 * prompts/. Includes are resolved once at load; rendering only fills placeholders.
 */
import { existsSync, readdirSync, readFileSync, realpathSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { z } from 'zod';
import { PROMPTS_DIR, parseTechnique, splitFrontMatter, type Technique } from '../coach/techniques.ts';
import { isOutputName, type OutputName } from './outputs.ts';

export const PromptMeta = z.strictObject({
  id: z.string().regex(/^_?[a-z][a-z-]*$/, 'id must be kebab-case'),
  inputs: z.array(z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/)).default([]),
  output: z.string().nullable().default(null),
  includes: z.array(z.string().min(1)).default([]),
});
export type PromptMeta = z.infer<typeof PromptMeta>;

export class PromptFileError extends Error {
  constructor(
    readonly file: string,
    problem: string,
  ) {
    super(`${file}: ${problem}`);
    this.name = 'PromptFileError';
  }
}

const PLACEHOLDER = /\{\{\s*([a-zA-Z][a-zA-Z0-9]*)\s*\}\}/g;
const INCLUDE = /\{\{>\s*([^}\s]+)\s*\}\}/g;
const TOKEN = /\{\{>\s*([^}\s]+)\s*\}\}|\{\{\s*([a-zA-Z][a-zA-Z0-9]*)\s*\}\}/g;

/** Placeholder names a body uses, in order of first use. */
export function placeholdersIn(body: string): string[] {
  return [...new Set([...body.matchAll(PLACEHOLDER)].map((m) => m[1]!))];
}

/** Include references ({{> path}}) a body uses. */
export function includeRefsIn(body: string): string[] {
  return [...new Set([...body.matchAll(INCLUDE)].map((m) => m[1]!))];
}

/**
 * Resolve an include path (relative to prompts/) to the files it names. Rejects absolute paths,
 * "..", backslashes and anything that would land outside `dir`; `*` only in the last segment.
 */
export function resolveInclude(dir: string, ref: string, file = ref): string[] {
  if (isAbsolute(ref) || /^[a-zA-Z]:/.test(ref) || ref.includes('\\')) {
    throw new PromptFileError(file, `include "${ref}" must be a relative path inside prompts/`);
  }
  const segments = ref.split('/');
  if (segments.some((s) => s === '..' || s === '.' || s === '')) {
    throw new PromptFileError(
      file,
      `include "${ref}" must stay inside prompts/ (no "..", "." or empty parts)`,
    );
  }
  if (segments.slice(0, -1).some((s) => s.includes('*'))) {
    throw new PromptFileError(file, `include "${ref}": "*" is only allowed in the file name`);
  }
  const root = resolve(dir);
  const name = segments.at(-1)!;
  const folder = resolve(root, ...segments.slice(0, -1));
  const inside = (path: string) => {
    const rel = relative(root, path);
    return rel !== '' && !rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel);
  };
  if (!inside(resolve(folder, name))) {
    throw new PromptFileError(file, `include "${ref}" must stay inside prompts/`);
  }
  let paths: string[];
  if (name.includes('*')) {
    const pattern = new RegExp(`^${name.split('*').map(escapeRegExp).join('[^/]*')}$`);
    paths = existsSync(folder)
      ? readdirSync(folder)
          .filter((f) => pattern.test(f) && !f.startsWith('_'))
          .sort()
          .map((f) => resolve(folder, f))
      : [];
  } else {
    paths = existsSync(resolve(folder, name)) ? [resolve(folder, name)] : [];
  }
  if (paths.length === 0) throw new PromptFileError(file, `include "${ref}" matches no file`);
  // A symbolic link could still point elsewhere: check where the files really are.
  const realRoot = realpathSync(root);
  for (const path of paths) {
    const rel = relative(realRoot, realpathSync(path));
    if (rel.startsWith('..') || isAbsolute(rel)) {
      throw new PromptFileError(file, `include "${ref}" must stay inside prompts/ (it links outside)`);
    }
  }
  if (!name.endsWith('.md')) throw new PromptFileError(file, `include "${ref}" must be a .md file`);
  return paths;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Fragments a technique include may select. */
export const TECHNIQUE_FRAGMENTS = ['summary', 'how'] as const;

/** What a technique file contributes to a prompt: its essential guidance, never its examples. */
export function techniqueGuidance(t: Technique, fragment: string | null = null): string {
  const card = `- ${t.name} (id: ${t.id}): ${t.summary} Use when: ${t.when}`;
  const how = `${t.howTo.replace(/\s*\n\s*/g, ' ')}`;
  if (fragment === 'summary') return card;
  if (fragment === 'how') return `- How to apply ${t.name} (id: ${t.id}): ${how}`;
  return `${card}\n  How: ${how}`;
}

/** "techniques/*.md#summary" → ["techniques/*.md", "summary"]. */
export function splitFragment(ref: string): [string, string | null] {
  const hash = ref.indexOf('#');
  return hash === -1 ? [ref, null] : [ref.slice(0, hash), ref.slice(hash + 1)];
}

type Segment = string | { input: string };

export interface Prompt {
  id: string;
  file: string;
  inputs: string[];
  output: OutputName | null;
  /** Literal text (includes already inserted) and placeholders. */
  segments: Segment[];
}

export interface ParsedPromptFile {
  meta: PromptMeta;
  body: string;
}

/** Parse a prompt file's front matter and body; throws PromptFileError naming the problem. */
export function parsePromptFile(source: string, file: string): ParsedPromptFile {
  const split = splitFrontMatter(source);
  if (!split) throw new PromptFileError(file, 'missing front matter (--- … ---)');
  const meta = PromptMeta.safeParse(split.data ?? {});
  if (!meta.success) throw new PromptFileError(file, z.prettifyError(meta.error));
  if (meta.data.output !== null && !isOutputName(meta.data.output)) {
    throw new PromptFileError(file, `output "${meta.data.output}" is not a known schema name`);
  }
  return { meta: meta.data, body: split.body.trim() };
}

/** Load one prompt file and insert its includes. */
export function loadPrompt(dir: string, name: string): Prompt {
  const file = name;
  const { meta, body } = parsePromptFile(readFileSync(join(dir, name), 'utf8'), file);
  const used = placeholdersIn(body);
  const declared = meta.inputs;
  const undeclared = used.filter((n) => !declared.includes(n));
  const unused = declared.filter((n) => !used.includes(n));
  if (undeclared.length || unused.length) {
    throw new PromptFileError(
      file,
      `inputs and placeholders differ (undeclared: ${undeclared.join(', ') || '-'}; unused: ${unused.join(', ') || '-'})`,
    );
  }
  const refs = includeRefsIn(body);
  const missing = refs.filter((r) => !meta.includes.includes(r));
  const unreferenced = meta.includes.filter((r) => !refs.includes(r));
  if (missing.length || unreferenced.length) {
    throw new PromptFileError(
      file,
      `includes and {{> …}} references differ (not declared: ${missing.join(', ') || '-'}; not used: ${unreferenced.join(', ') || '-'})`,
    );
  }
  const texts = new Map(meta.includes.map((ref) => [ref, includeText(dir, ref, file)]));

  const segments: Segment[] = [];
  let last = 0;
  for (const match of body.matchAll(TOKEN)) {
    segments.push(body.slice(last, match.index));
    if (match[1] !== undefined) segments.push(texts.get(match[1])!);
    else segments.push({ input: match[2]! });
    last = match.index + match[0].length;
  }
  segments.push(body.slice(last));
  return {
    id: meta.id,
    file,
    inputs: declared,
    output: meta.output as OutputName | null,
    segments: mergeLiterals(segments),
  };
}

function mergeLiterals(segments: Segment[]): Segment[] {
  const out: Segment[] = [];
  for (const s of segments) {
    const prev = out.at(-1);
    if (typeof s === 'string' && typeof prev === 'string') out[out.length - 1] = prev + s;
    else if (s !== '') out.push(s);
  }
  return out;
}

function includeText(dir: string, ref: string, file: string): string {
  const [path, fragment] = splitFragment(ref);
  const paths = resolveInclude(dir, path, file);
  if (
    fragment !== null &&
    (!path.startsWith('techniques/') || !(TECHNIQUE_FRAGMENTS as readonly string[]).includes(fragment))
  ) {
    throw new PromptFileError(
      file,
      `include "${ref}": unknown fragment (techniques support ${TECHNIQUE_FRAGMENTS.map((f) => `#${f}`).join(', ')})`,
    );
  }
  const root = resolve(dir);
  return paths
    .map((path) => {
      const rel = relative(root, path).split(sep).join('/');
      const source = readFileSync(path, 'utf8');
      const base = rel.split('/').at(-1)!;
      if (rel.startsWith('techniques/')) return techniqueGuidance(parseTechnique(source, base), fragment);
      if (!base.startsWith('_')) {
        throw new PromptFileError(
          file,
          `include "${ref}": only partials (_*.md) and techniques/ can be included`,
        );
      }
      const partial = parsePromptFile(source, rel);
      if (partial.meta.inputs.length || placeholdersIn(partial.body).length || partial.meta.includes.length) {
        throw new PromptFileError(rel, 'partials take no inputs and include nothing');
      }
      return partial.body;
    })
    .join('\n');
}

/** Every prompt in `dir` (partials, starting with "_", are only loaded through includes). */
export function loadPrompts(dir: string = PROMPTS_DIR): Map<string, Prompt> {
  const prompts = new Map<string, Prompt>();
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.md') && !f.startsWith('_'))
    .sort();
  for (const f of files) {
    const prompt = loadPrompt(dir, f);
    if (`${prompt.id}.md` !== f) throw new PromptFileError(f, `file name must be ${prompt.id}.md`);
    prompts.set(prompt.id, prompt);
  }
  return prompts;
}

/**
 * Untrusted text is fenced by <<<NAME … NAME>>> markers in the prompt files; make sure no value
 * can close (or open) a fence itself.
 */
export function neutraliseMarkers(value: string): string {
  return value.replace(/<<</g, '‹‹‹').replace(/>>>/g, '›››');
}

/** Fill a prompt's placeholders. Every declared input must be given, and nothing else. */
export function renderPrompt(prompt: Prompt, inputs: Record<string, string>): string {
  const given = Object.keys(inputs);
  const missing = prompt.inputs.filter((n) => typeof inputs[n] !== 'string');
  const extra = given.filter((n) => !prompt.inputs.includes(n));
  if (missing.length || extra.length) {
    throw new Error(
      `prompt "${prompt.id}": inputs differ (missing: ${missing.join(', ') || '-'}; unexpected: ${extra.join(', ') || '-'})`,
    );
  }
  let out = '';
  for (const s of prompt.segments) out += typeof s === 'string' ? s : neutraliseMarkers(inputs[s.input]!);
  return out;
}
