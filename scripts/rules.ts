/** Writes RULES.md from the packs (act rules, then the phrase lexicon): `npm run rules`. */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildRulesFile } from '../src/coach/local/lexicon/catalogue.ts';

writeFileSync(fileURLToPath(new URL('../RULES.md', import.meta.url)), buildRulesFile());
