/** RULES.md, second half: every phrase-lexicon rule, generated from packs/<lang>/lexicon.yml. */
import { buildCatalogue } from '../acts/catalogue.ts';
import { LANGS, PACKS } from '../packs.ts';
import { lexiconOf } from './load.ts';

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function buildLexiconCatalogue(): string {
  const out: string[] = [
    '# Phrase lexicon rules',
    '',
    'Generated from `packs/<lang>/lexicon.yml` by `npm run rules`; do not edit by hand. These fixed',
    'phrases are found in one pass over the draft; a flag from one reports `<lang>.lexicon.<id>`. Where',
    'no act rule covers a phrase, the lexicon flag is what the user sees. A rule with no reason of its',
    "own gives its kind's reason; `needs hostile` rules only fire near hostile or complaining words.",
    '',
  ];
  for (const lang of LANGS) {
    const lexicon = lexiconOf(lang);
    out.push(
      `## ${PACKS[lang].name} (\`${lang}\`)`,
      '',
      '| id | flag | why | example |',
      '|---|---|---|---|',
    );
    for (const r of lexicon.rules) {
      const why = `${r.why ?? lexicon.kinds[r.kind].why}${r.needsHostile ? ' *(needs hostile)*' : ''}`;
      out.push(`| \`${lang}.lexicon.${r.id}\` | ${r.kind} | ${cell(why)} | ${cell(r.examples.match[0]!)} |`);
    }
    out.push('');
  }
  return out.join('\n');
}

/** The whole of RULES.md: the act rules, then the phrase lexicon. */
export function buildRulesFile(): string {
  return `${buildCatalogue()}\n${buildLexiconCatalogue()}`;
}
