#!/usr/bin/env node
// The `parley` command. Runs the compiled CLI in dist/ (built by `npm run build`, which `npm ci`
// runs through `prepare`) when that build is at least as new as every file in src/ and packs/:
// transpiling TypeScript at each start was most of a first review's time. Otherwise (no build,
// or a source edited since) it runs the TypeScript through tsx, so an edit never runs stale code
// and there is still no build step to forget. PARLEY_FROM_SOURCE=1 forces the sources.
import { readdirSync, statSync } from 'node:fs';

const root = new URL('../', import.meta.url);

/** Whether any file under `dir` was modified after `since` (ms). */
function changedSince(dir, since) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const url = new URL(entry.name + (entry.isDirectory() ? '/' : ''), dir);
    if (entry.isDirectory() ? changedSince(url, since) : statSync(url).mtimeMs > since) return true;
  }
  return false;
}

function buildIsFresh() {
  if (process.env.PARLEY_FROM_SOURCE === '1') return false;
  try {
    const built = statSync(new URL('dist/.built', root)).mtimeMs;
    return !changedSince(new URL('src/', root), built) && !changedSince(new URL('packs/', root), built);
  } catch {
    return false;
  }
}

if (buildIsFresh()) {
  await import('../dist/cli.js');
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli.ts');
}
