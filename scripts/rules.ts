/** Writes RULES.md from the packs: `npm run rules`. */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildCatalogue } from '../src/coach/local/acts/catalogue.ts';

writeFileSync(fileURLToPath(new URL('../RULES.md', import.meta.url)), buildCatalogue());
