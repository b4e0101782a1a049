/** `npm run eval`: quality on public labelled data in ../shared/data, written to EVAL.md. */
import { writeFileSync } from 'node:fs';
import { report, type Section } from './section.ts';

const sections: Section[] = [];
const only = process.argv[2];
const runners: Record<string, () => Promise<Section>> = {
  politeness: async () => (await import('./eval-politeness.ts')).run(),
  cga: async () => (await import('./eval-cga.ts')).run(),
};
for (const [name, run] of Object.entries(runners)) {
  if (only && only !== name) continue;
  process.stderr.write(`eval: ${name}…\n`);
  sections.push(await run());
}
const body = report('Evaluation', 'npm run eval', sections);
if (!only) writeFileSync(new URL('../EVAL.md', import.meta.url), body);
process.stdout.write(body);
