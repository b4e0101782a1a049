#!/usr/bin/env node
/**
 * `npm run build` (and `npm ci`, through `prepare`): compiles src/ to plain JavaScript in dist/
 * (git-ignored) so the `parley` command starts without transpiling TypeScript, and writes each
 * language pack's YAML as JSON beside it (dist/packs/), with each pack compiled (compiled.json),
 * so a start-up parses no YAML for them and builds only the regexes a draft needs.
 * Type checking stays `npm run typecheck`: the build only emits. Plain JavaScript on purpose,
 * since it runs before anything is compiled. Without TypeScript installed (`npm ci --omit=dev`)
 * it says so and exits 0: bin/parley.js then runs the sources through tsx, as before.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const dist = join(root, 'dist');
const require = createRequire(import.meta.url);
// The stamp gets the time the build started: a source saved during the build reads as newer.
const started = new Date();

let tsc;
try {
  tsc = require.resolve('typescript/bin/tsc');
} catch {
  process.stderr.write(
    'parley build: TypeScript is not installed; `parley` will run the sources through tsx.\n',
  );
  process.exit(0);
}

rmSync(dist, { recursive: true, force: true });
const result = spawnSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json')], {
  stdio: 'inherit',
});
if (result.status !== 0) {
  rmSync(dist, { recursive: true, force: true });
  process.stderr.write('parley build: tsc failed; `parley` will run the sources through tsx.\n');
  process.exit(result.status ?? 1);
}

// The packs' YAML as JSON: the same data, validated by the same zod schemas at load.
const { parse } = require('yaml');
const packs = join(root, 'packs');
for (const lang of readdirSync(packs, { withFileTypes: true })) {
  if (!lang.isDirectory()) continue;
  mkdirSync(join(dist, 'packs', lang.name), { recursive: true });
  for (const file of readdirSync(join(packs, lang.name))) {
    if (!file.endsWith('.yml')) continue;
    const data = parse(readFileSync(join(packs, lang.name, file), 'utf8'));
    writeFileSync(join(dist, 'packs', lang.name, file.replace(/\.yml$/, '.json')), JSON.stringify(data));
  }
}

// Each pack compiled once more, as data: its rules' regex sources and their literal prefixes (the
// CLI then builds no regex before a draft needs it). This also fails the build on a broken pack.
const { packData, builtPackFile } = await import(pathToFileURL(join(dist, 'coach/local/acts/load.js')).href);
for (const lang of readdirSync(join(dist, 'packs'))) {
  writeFileSync(builtPackFile(lang), JSON.stringify(packData(lang)));
}

const stamp = join(dist, '.built');
writeFileSync(stamp, `${started.toISOString()}\n`);
utimesSync(stamp, started, started);
