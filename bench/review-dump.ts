/**
 * `npx tsx bench/review-dump.ts OUT.jsonl`: every output of the offline review path, one JSON
 * line per draft, so a speed change can be shown to change nothing (diff the files before and
 * after). Covers the dev drafts, the Wikipedia politeness requests (when the shared data is
 * there), every pack rule's examples, and long and adversarial drafts; each line holds the full
 * review and the act reading (every sentence's acts and hits). Written to a local file only.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { analyzeActs } from '../src/coach/local/acts/analyze-acts.ts';
import { packFor } from '../src/coach/local/acts/load.ts';
import { LocalEngine } from '../src/coach/local/engine.ts';
import { LANGS } from '../src/coach/local/packs.ts';
import type { Context } from '../src/coach/schemas.ts';
import { loadPoliteness } from './eval-politeness.ts';

interface Case {
  text: string;
  context?: Context;
}

function cases(): Case[] {
  const out: Case[] = [];
  const dev = new URL('../eval/dev/dev-c.jsonl', import.meta.url);
  for (const line of readFileSync(dev, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const d = JSON.parse(line) as { text: string; context?: Context };
    out.push({ text: d.text }, ...(d.context ? [{ text: d.text, context: d.context }] : []));
  }
  for (const row of loadPoliteness('wikipedia') ?? []) out.push({ text: row.text });
  for (const lang of LANGS)
    for (const rule of packFor(lang).rules)
      for (const text of [...rule.examples.match, ...rule.examples.noMatch]) out.push({ text });
  const long = out.slice(0, 40).map((c) => c.text);
  out.push({ text: long.join(' ') }, { text: long.join('\n\n') });
  out.push(
    { text: `Fix ${' '.repeat(5000)}this now or we walk.` },
    { text: 'You never listen. '.repeat(300) },
    { text: `A${'a'.repeat(3000)} you are useless` },
    { text: 'YOU ALWAYS DO THIS!!! 🙃🙃🙃 wow, another flawless release' },
  );
  return out;
}

const out = process.argv[2];
if (!out) {
  process.stderr.write('usage: npx tsx bench/review-dump.ts OUT.jsonl\n');
  process.exit(2);
}
const engine = new LocalEngine();
const lines = cases().map(({ text, context }) => {
  const options = context ? { context } : {};
  const review = engine.review(text, options);
  const { reading } = analyzeActs(text, { context: context ?? null });
  return JSON.stringify({ review, reading });
});
writeFileSync(out, `${lines.join('\n')}\n`);
process.stderr.write(`${lines.length} reviews written\n`);
