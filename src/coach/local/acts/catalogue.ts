/** RULES.md: the catalogue of every act rule, generated from the packs (`npm run rules`). */
import { LANGS, PACKS } from '../packs.ts';
import { packFor } from './load.ts';

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function buildCatalogue(): string {
  const out: string[] = [
    '# Offline coach rules',
    '',
    'Generated from `packs/<lang>/acts.yml` by `npm run rules`; do not edit by hand. Every flag the',
    'offline coach reports carries the `ruleId` of the rule that produced it. `requires` and `unless`',
    'are structural conditions the labeller checks in code (who is addressed, a question, a complaint',
    'nearby, a condition, laughter); rules with no flag kind label neutral acts the rewrites are built from.',
    '',
  ];
  for (const lang of LANGS) {
    const pack = packFor(lang);
    out.push(
      `## ${PACKS[lang].name} (\`${lang}\`)`,
      '',
      '| id | act | flag | needs | why | example |',
      '|---|---|---|---|---|---|',
    );
    for (const r of pack.rules) {
      const needs = [...r.requires, ...r.unless.map((u) => `not ${u}`)].join(', ') || '–';
      out.push(
        `| \`${r.id}\` | ${r.act} | ${r.kind ?? '–'} | ${needs} | ${cell(r.why)} | ${cell(r.examples.match[0] ?? '')} |`,
      );
    }
    out.push('');
  }
  return out.join('\n');
}
