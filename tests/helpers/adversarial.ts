/**
 * The guard against catastrophic backtracking, shared by tests/coach/local/adversarial-*.test.ts
 * and bench/adversarial.ts: every regex of the offline engine, adversarial inputs built for each,
 * and a robust comparison against an ordinary text of the same length measured in the same run.
 *
 * Patterns are found, not listed: every regex literal in the engine's source files (read with the
 * TypeScript parser, so inline ones inside functions count too), every `new RegExp` the modules
 * build while they load and while they review a few ordinary drafts (caught by wrapping the
 * constructor), and every lexicon phrase and cue compiled on its own. A new pattern anywhere in
 * those files is checked without touching this file.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** The engine's pattern-holding sources: the whole offline engine and the heat detector. */
const SOURCE_ROOTS = ['src/coach/local', 'src/coach/heat.ts', 'src/coach/heat'];

export interface Pattern {
  /** Where it came from: "src/coach/local/rewrite/clean.ts:123", "lexicon en rule 12", … */
  origin: string;
  regex: RegExp;
  /** How the engine runs it, when not as a plain scan (lexicon patterns run through the Matcher). */
  scan?: (text: string) => void;
}

/** Input length: long enough that a quadratic pattern stands out from noise by orders of magnitude. */
export const LENGTH = 8000;

function sourceFiles(): string[] {
  const out: string[] = [];
  const walk = (path: string) => {
    if (statSync(path).isDirectory()) for (const name of readdirSync(path)) walk(join(path, name));
    else if (path.endsWith('.ts')) out.push(path);
  };
  for (const root of SOURCE_ROOTS) walk(join(ROOT, root));
  return out.sort();
}

/** Every regex literal in the engine's sources, with file and line. */
export function literalPatterns(): Pattern[] {
  const out: Pattern[] = [];
  for (const file of sourceFiles()) {
    const text = readFileSync(file, 'utf8');
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node) => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const literal = node.getText(source);
        const slash = literal.lastIndexOf('/');
        const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
        out.push({
          origin: `${relative(ROOT, file)}:${line}`,
          regex: new RegExp(literal.slice(1, slash), literal.slice(slash + 1)),
        });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return out;
}

/**
 * Runs `load` with the RegExp constructor wrapped, and returns every regex built meanwhile
 * (module-level `new RegExp(...)`, lazily compiled lexicon patterns, per-call ones).
 */
export async function constructedPatterns(load: () => Promise<void>): Promise<Pattern[]> {
  const original = globalThis.RegExp;
  const seen: RegExp[] = [];
  globalThis.RegExp = new Proxy(original, {
    construct(target, args, newTarget) {
      const regex = Reflect.construct(target, args, newTarget) as RegExp;
      seen.push(regex);
      return regex;
    },
  });
  try {
    await load();
  } finally {
    globalThis.RegExp = original;
  }
  return seen.map((regex) => ({ origin: `new RegExp /${regex.source.slice(0, 60)}/`, regex }));
}

/** Each pattern once (by source and flags), ignoring the g/y flags the runner sets itself. */
export function unique(patterns: Pattern[]): Pattern[] {
  const seen = new Set<string>();
  return patterns.filter((p) => {
    const key = `${p.regex.flags.replace(/[gy]/g, '')}/${p.regex.source}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Ordinary chat text, English and Polish, with names, numbers and a question: the baseline. */
const ORDINARY_UNIT =
  'Hi Anna, could you send the Q3 report by Friday 14:30? We need it for the review with Mark. ' +
  'Thanks a lot, the numbers look good so far. Cześć Tomek, czy możesz przesłać raport do piątku? ' +
  'Dzięki, to dla nas ważne. ';

export function ordinaryText(length = LENGTH): string {
  return ORDINARY_UNIT.repeat(Math.ceil(length / ORDINARY_UNIT.length)).slice(0, length);
}

function fill(unit: string, length: number, head = '', tail = ''): string {
  const body = length - head.length - tail.length;
  return head + unit.repeat(Math.ceil(body / unit.length)).slice(0, Math.max(body, 0)) + tail;
}

/** Literal words of a regex source ("(?:i'm|i am)\\s+so" → ["i'm", "i", "am", "so"]): its own text. */
function wordsOf(source: string): string[] {
  return source
    .replace(/\\[pP]\{[^}]*\}|\\[a-zA-Z]|\[[^\]]*\]|\{\d+(?:,\d*)?\}/g, ' ')
    .split(/[^\p{L}\d'’-]+/u)
    .filter((w) => w.length > 0)
    .slice(0, 6);
}

/** Inputs that make backtracking regexes blow up: long runs, repeats, the pattern's own words. */
export function adversarialInputs(source: string, length = LENGTH): Map<string, string> {
  const inputs = new Map<string, string>();
  const add = (name: string, text: string) => inputs.set(name, text.slice(0, length));
  for (const [name, unit] of [
    ['spaces', ' '],
    ['newlines', '\n'],
    ['tabs and spaces', ' \t'],
    ['?', '?'],
    ['!', '!'],
    ['.', '.'],
    [',', ','],
    ['?!', '?!'],
    ['-', '-'],
    ['" ?"', ' ?'],
    ['". "', '. '],
    ['", "', ', '],
    ['a', 'a'],
    ['"a "', 'a '],
    ['"you "', 'you '],
    ['"Anna "', 'Anna '],
    ['"YOU "', 'YOU '],
    ['digits', '1'],
    ['"1 "', '1 '],
    ['"1."', '1.'],
    ['"1:"', '1:'],
    ['"1,"', '1,'],
  ] as const) {
    add(`${name} run`, fill(unit, length));
    add(`${name} run, then X`, fill(unit, length, '', 'X'));
    add(`word then ${name} run`, fill(unit, length, 'You ', '.'));
  }
  add('capitalised word + spaces', fill(' ', length, 'YOU'));
  add('Capitalised word + spaces', fill(' ', length, 'Anna'));
  add('YOU + ? run + X', fill('?', length, 'YOU', 'X'));
  const words = wordsOf(source);
  for (let k = 1; k <= Math.min(words.length, 3); k++) {
    const prefix = words.slice(0, k).join(' ');
    add(`own prefix "${prefix}" repeated`, fill(`${prefix} `, length));
    add(`own prefix "${prefix}" glued`, fill(prefix, length));
    add(`own prefix "${prefix}" + spaces`, fill(' ', length, prefix, 'X'));
  }
  return inputs;
}

/**
 * One run of a regex over a whole text, as a global scan. A sticky regex is tried once, at the
 * start: its callers anchor it where they choose (a scan that tries it at every position builds
 * it from lexicon sources, which are checked unanchored on their own).
 */
function scanAll(regex: RegExp, text: string): number {
  regex.lastIndex = 0;
  if (regex.sticky) return regex.test(text) ? 1 : 0;
  let n = 0;
  for (let m = regex.exec(text); m !== null; m = regex.exec(text)) {
    n++;
    if (m[0].length === 0) regex.lastIndex++;
  }
  return n;
}

/** A copy to scan with: global (or still sticky), so a caller's lastIndex is never disturbed. */
export function scannable(regex: RegExp): RegExp {
  return new RegExp(regex.source, regex.sticky ? regex.flags : `${regex.flags}g`.replace(/g(?=.*g)/, ''));
}

/** The fastest of `reps` runs: noise only ever adds time. */
export function fastest(reps: number, run: () => void): number {
  let best = Number.POSITIVE_INFINITY;
  for (let r = 0; r < reps; r++) {
    const started = performance.now();
    run();
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

/** Only growth faster than linear can reach this ratio over an ordinary text of the same length. */
export const MAX_RATIO = 10;
/** Below this, a slow input is noise or a linear constant, never a blow-up. */
export const FLOOR_MS = 50;

export interface Worst {
  origin: string;
  source: string;
  input: string;
  /** The input length the figures are for: growth is cut short once a blow-up is plain. */
  length: number;
  ms: number;
  ordinaryMs: number;
  ratio: number;
  /**
   * Past LENGTH: how much slower than at LENGTH, against how much longer. A linear pattern with a
   * large constant can cross the floor on a long input; only faster growth than length^1.5 fails.
   */
  growth?: { times: number; longer: number };
}

/** Screening lengths: every input is tried at the first, and at the second unless already slow. */
const SCREENS = [1000, 2000];
/** Inputs that grow past screening: the slowest few, since tiny times rank by noise. */
const SUSPECTS = 3;
/**
 * How far past LENGTH a suspect grows while it stays under the floor but over the ratio: a
 * quadratic pattern that takes 30 ms at 8,000 characters takes 120 ms at 16,000, a linear one
 * stays a small fraction of the floor.
 */
const MAX_GROWTH = 4;
/** A single run this slow is a blow-up already: longer inputs would only take longer. */
const PLAIN_BLOW_UP_MS = 20 * FLOOR_MS;

/**
 * The worst adversarial input for a pattern, with its time and the ordinary baseline measured in
 * the same run. Every input is screened once at short lengths; the slowest few are then timed at
 * doubling lengths up to `length` (min of three runs), and on up to MAX_GROWTH times it while
 * they stay over the ratio but under the floor. A single run over PLAIN_BLOW_UP_MS ends the
 * growth, so a cubic pattern fails in seconds instead of hanging.
 */
export function worstInput(pattern: Pattern, length = LENGTH): Worst {
  const regex = scannable(pattern.regex);
  const scan = pattern.scan ?? ((text: string) => scanAll(regex, text));
  const source = pattern.regex.source;
  const [short, long] = SCREENS.map((n) => Math.min(n, length)) as [number, number];
  const shortInputs = adversarialInputs(source, short);
  const screened: { input: string; ms: number }[] = [];
  for (const [input, text] of adversarialInputs(source, long)) {
    const first = fastest(1, () => scan(shortInputs.get(input)!));
    // Slow already at the short length: a cubic pattern would take 8x as long at the next.
    const ms = first >= PLAIN_BLOW_UP_MS / 8 ? first * 8 : fastest(1, () => scan(text));
    screened.push({ input, ms });
  }
  screened.sort((a, b) => b.ms - a.ms);
  let worst: Worst | null = null;
  for (const { input } of screened.slice(0, SUSPECTS)) {
    const found = grow(pattern, scan, input, long, length);
    if (worst === null || worse(found, worst)) worst = found;
    if (blowsUp(found)) break;
  }
  return worst!;
}

/** One input timed at doubling lengths from `from` (see worstInput). */
function grow(
  pattern: Pattern,
  scan: (text: string) => void,
  input: string,
  from: number,
  length: number,
): Worst {
  const source = pattern.regex.source;
  let worst: Worst | null = null;
  let atLength = 0;
  for (let n = from; n / 2 < length * MAX_GROWTH; n *= 2) {
    const at = n / 2 < length ? Math.min(n, length) : n;
    const text = adversarialInputs(source, at).get(input)!;
    // One run first: a plain blow-up needs no repeats to be sure of.
    const once = fastest(1, () => scan(text));
    const ms =
      once >= PLAIN_BLOW_UP_MS
        ? once
        : Math.min(
            once,
            fastest(2, () => scan(text)),
          );
    const ordinary = ordinaryText(at);
    const ordinaryMs = fastest(3, () => scan(ordinary));
    worst = {
      origin: pattern.origin,
      source,
      input,
      length: at,
      ms,
      ordinaryMs,
      ratio: ms / Math.max(ordinaryMs, 0.001),
    };
    if (at === length) atLength = ms;
    if (at > length) worst.growth = { times: ms / Math.max(atLength, 0.001), longer: at / length };
    if (ms >= PLAIN_BLOW_UP_MS) break;
    // At LENGTH, only a suspect under the floor grows on; past it, growth is judged over the
    // whole MAX_GROWTH (16x for a quadratic pattern, 4x for a linear one, whatever the noise).
    if (at === length && (ms > FLOOR_MS || worst.ratio <= MAX_RATIO)) break;
    if (at > length && worst.ratio <= MAX_RATIO) break;
  }
  return worst!;
}

/** Blow-ups first, then by ratio. */
export function worse(a: Worst, b: Worst): boolean {
  const blowA = blowsUp(a);
  const blowB = blowsUp(b);
  return blowA !== blowB ? blowA : a.ratio > b.ratio;
}

/** Over the floor and over the ratio (before any growth past LENGTH is judged). */
function blowsUpAt(ms: number, ordinaryMs: number): boolean {
  return ms > FLOOR_MS && ms > ordinaryMs * MAX_RATIO;
}

/** Slow beyond both the ratio and the floor: what the guard fails on. */
export function blowsUp(w: Worst): boolean {
  if (!blowsUpAt(w.ms, w.ordinaryMs)) return false;
  if (w.growth === undefined || w.ms >= PLAIN_BLOW_UP_MS) return true;
  // Judged only once grown the whole way: one doubling is too little to tell 2x from 4x in noise.
  return w.growth.longer >= MAX_GROWTH && w.growth.times > w.growth.longer ** 1.5;
}

/** Ordinary drafts the engine reviews while the RegExp constructor is watched (lazy patterns). */
const WARM_UP = [
  'Hi Anna, you never send the report on time. Fix it NOW or I will go to your manager!! Thanks, Tom',
  'Cześć, znowu nie wysłałeś raportu. Napraw to natychmiast albo idę do szefa! Pozdrawiam',
  'Could you send the Q3 numbers by Friday 14:30? Thanks a lot, we need them for the review.',
];

/** Every pattern of the offline engine and the heat detector, each once. */
export async function allPatterns(): Promise<Pattern[]> {
  const built = await constructedPatterns(async () => {
    const { LocalEngine } = await import('../../src/coach/local/engine.ts');
    const { HeatDetector, measureMessage } = await import('../../src/coach/heat.ts');
    const engine = new LocalEngine();
    for (const draft of WARM_UP) {
      const review = engine.review(draft);
      for (const rewrite of review.rewrites) engine.retone(draft, rewrite, 'shorter');
      engine.read(draft);
      measureMessage(draft);
    }
    engine.prepare('A client wants a 30% discount on the renewal by Friday.');
    new HeatDetector();
  });
  // The phrase lexicons, as loaded from packs/<lang>/lexicon.yml (fragments expanded).
  const { lexiconOf } = await import('../../src/coach/local/lexicon/load.ts');
  const { LANGS } = await import('../../src/coach/local/packs.ts');
  const { expand, lowerSameLength } = await import('../../src/coach/local/analysis/compile.ts');
  const { Matcher } = await import('../../src/coach/local/analysis/dispatch.ts');
  const lexicon: Pattern[] = [];
  // Run as the analyzer runs them: through the Matcher, on the lower-cased draft, tried only where
  // their literal prefix starts (a bare global scan would try lookbehinds the Matcher never does).
  const viaMatcher = (origin: string, pattern: string): Pattern => {
    const matcher = new Matcher([[expand(pattern, false)]], 'u');
    return {
      origin,
      regex: new RegExp(expand(pattern), 'u'),
      scan: (text) => matcher.scan(lowerSameLength(text), () => {}),
    };
  };
  for (const name of LANGS) {
    const lex = lexiconOf(name);
    for (const [i, rule] of lex.rules.entries())
      lexicon.push(viaMatcher(`lexicon ${name} rule ${i} (${rule.kind})`, rule.pattern));
    for (const [i, cue] of lex.cues.entries())
      lexicon.push(viaMatcher(`lexicon ${name} cue ${i}`, cue.pattern));
    lexicon.push({ origin: `lexicon ${name} hostile`, regex: new RegExp(expand(lex.hostile), 'u') });
  }
  // The language packs' act rules and word lists, compiled once at load (acts/load.ts).
  const { compiledPatterns } = await import('../../src/coach/local/acts/load.ts');
  for (const name of ['en', 'pl'] as const)
    for (const { id, pattern } of compiledPatterns(name))
      lexicon.push({ origin: `pack ${id}`, regex: pattern });
  // The Matcher's own sticky copies of lexicon patterns are checked above, the way it runs them.
  const viaLexicon = new Set(
    LANGS.map(lexiconOf).flatMap((lex) => [...lex.rules, ...lex.cues].map((r) => expand(r.pattern, false))),
  );
  const others = built.filter((p) => !(p.regex.sticky && viaLexicon.has(p.regex.source)));
  return unique([...literalPatterns(), ...lexicon, ...others]);
}

/** Whole drafts that stalled the review before its patterns were made linear, and their kin. */
export function adversarialDrafts(length = LENGTH): Map<string, string> {
  const drafts = new Map<string, string>();
  const add = (name: string, draft: string) => drafts.set(name, draft.slice(0, length));
  add('"YOU" + 2,000 "?" + "X"', `YOU${'?'.repeat(2000)}X`);
  add('"YOU" + "?" run + "X"', fill('?', length, 'YOU', 'X'));
  add('"YOU" + spaces', fill(' ', length, 'YOU'));
  add('capitalised word + 7,994 spaces', fill(' ', 7998, 'Anna'));
  add('capitalised word + spaces + letter', fill(' ', length, 'Anna', 'x'));
  add('sign-off + spaces + letter', fill(' ', length, 'Thanks', 'X'));
  add('greeting + spaces + letter', fill(' ', length, 'Hi Anna', 'x'));
  add('"!" run', fill('!', length, 'STOP', ' now'));
  add('" ?" run', fill(' ?', length, 'Why'));
  add('newlines', fill('\n', length, 'You never reply', 'x'));
  add('repeated "you "', fill('you ', length));
  add('repeated "YOU "', fill('YOU ', length));
  add('repeated "1,"', fill('1,', length, 'Pay $'));
  add('Polish word + spaces', fill(' ', length, 'Jeśli', 'nie'));
  return drafts;
}

/** An ordinary heated draft of the given length: the whole-review baseline. */
export function ordinaryDraft(length = LENGTH): string {
  const unit =
    'Hi Anna, you never send the report on time and this is unacceptable. Fix it by Friday 14:30 ' +
    'or I will go to Mark. Could you also check the numbers? Thanks. ';
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}
