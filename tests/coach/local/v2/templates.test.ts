/**
 * The rewrite packs: every line Parley writes from them reads calm with no flag, in every Polish
 * form of address, so a rewrite only needs its draft-worded sentences analysed again.
 */
import { describe, expect, it } from 'vitest';
import { analyzeActs } from '../../../../src/coach/local/acts/analyze-acts.ts';
import { rewritesFor } from '../../../../src/coach/local/compose/templates.ts';
import { LANGS } from '../../../../src/coach/local/packs.ts';

const SLOTS: Record<string, string> = {
  phrase: 'send the report by Friday',
  clause: 'the report is sent by Friday',
  object: 'the report',
  terms: 'the report',
  need: 'you to send the report by Friday',
  goal: 'the report lands by Friday',
  deadline: 'Friday',
  name: 'Anna',
};

function lines(lang: (typeof LANGS)[number]): string[] {
  const pack = rewritesFor(lang);
  const out: string[] = [];
  const walk = (v: unknown) => {
    if (typeof v === 'string') out.push(v);
    else if (Array.isArray(v)) return;
    else if (v && typeof v === 'object') for (const x of Object.values(v)) walk(x);
  };
  walk(pack.lines);
  walk(pack.goals);
  for (const t of Object.values(pack.techniques)) walk({ ...t, fit: null, why: null });
  return out.filter((l) => /\p{L}{3}/u.test(l) && !/^(?:you|us|to|for|czy|to,)\b/iu.test(l));
}

describe('every rewrite line in every pack', () => {
  for (const lang of LANGS) {
    const pack = rewritesFor(lang);
    const forms = Object.keys(pack.address).length > 0 ? Object.keys(pack.address) : [null];
    it.each(lines(lang))(`${lang}: "%s" reads calm with no flag`, (line) => {
      for (const form of forms) {
        const slots = form ? (pack.address[form as keyof typeof pack.address] ?? {}) : {};
        const text = line.replace(
          /\{(a\.)?([a-z]+)\}/gi,
          (_w, a, name: string) => (a ? slots[name] : SLOTS[name]) ?? name,
        );
        const { analysis } = analyzeActs(text, { language: lang });
        expect(
          analysis.flags.map((f) => f.ruleId),
          text,
        ).toEqual([]);
        expect(analysis.risk.level, text).toBe('calm');
      }
    });
  }
});
