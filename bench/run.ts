/** `npm run bench`: every benchmark section, one process, written to BENCHMARKS.md. */
import { writeFileSync } from 'node:fs';
import { report, type Section } from './section.ts';

const sections: Section[] = [];
const only = process.argv[2];
const runners: Record<string, () => Promise<Section>> = {
  analyzer: async () => (await import('./analyzer.ts')).run(),
  slack: async () => (await import('./slack.ts')).run(),
  llm: async () => (await import('./llm.ts')).run(),
  heat: async () => (await import('./heat.ts')).run(),
  soak: async () => (await import('./soak.ts')).run(),
  adversarial: async () => (await import('./adversarial.ts')).run(),
  fleet: async () => (await import('./fleet.ts')).run({ quick: process.argv.includes('--quick') }),
};
for (const [name, run] of Object.entries(runners)) {
  if (only && only !== name) continue;
  process.stderr.write(`bench: ${name}…\n`);
  sections.push(await run());
}
const body = report('Benchmarks', 'npm run bench', sections);
if (!only) writeFileSync(new URL('../BENCHMARKS.md', import.meta.url), body);
process.stdout.write(body);
