/**
 * The learned act scorer (src/coach/local/acts/scorer.ts): its files load and are validated, it
 * is deterministic and bounded, and through the labeller it catches hostile sentences the rules
 * miss while leaving hard negatives (urgency, "must", firm refusals, sincere apologies) alone.
 * The sentences here were written for this test; none is in data/train or eval/.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { featurize, MAX_FEATURES } from '../../../../src/coach/local/acts/features.ts';
import { labelActs } from '../../../../src/coach/local/acts/label.ts';
import { PackError } from '../../../../src/coach/local/acts/load.ts';
import { HOSTILE_ACTS } from '../../../../src/coach/local/acts/schema.ts';
import {
  ActScorer,
  loadModel,
  ModelFile,
  modelFiles,
  modelFor,
} from '../../../../src/coach/local/acts/scorer.ts';
import { LocalEngine } from '../../../../src/coach/local/engine.ts';
import { LANGS, type Lang } from '../../../../src/coach/local/packs.ts';

function copyModel(lang: Lang, edit: (model: Record<string, unknown>) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'acts-model-'));
  const files = modelFiles(lang);
  const model = JSON.parse(readFileSync(files.model, 'utf8'));
  edit(model);
  writeFileSync(join(dir, 'acts-model.json'), JSON.stringify(model));
  writeFileSync(join(dir, 'acts-model.yml'), readFileSync(files.config));
  return dir;
}

describe('the act model files', () => {
  it.each(LANGS)('%s ships a model that loads and validates', (lang) => {
    const model = loadModel(lang);
    expect(model).not.toBeNull();
    expect(model!.scorer.classes.length).toBeGreaterThan(5);
    expect(model!.config.threshold).toBeGreaterThan(0.5);
    const raw = ModelFile.parse(JSON.parse(readFileSync(modelFiles(lang).model, 'utf8')));
    expect(raw.trainedOn.rows).toBeGreaterThan(500);
    expect(raw.trainedOn.licence).toMatch(/MIT/);
  });

  it('rejects a model whose weights do not match its features, naming the file', () => {
    const dir = copyModel('en', (m) => {
      (m.weights as number[]).pop();
    });
    expect(() => loadModel('en', dir)).toThrow(PackError);
    expect(() => loadModel('en', dir)).toThrow(/acts-model\.json.*one weight per class/s);
  });

  it('rejects a model for another language', () => {
    const dir = copyModel('en', (m) => {
      m.lang = 'pl';
    });
    expect(() => loadModel('en', dir)).toThrow(/a model for pl/);
  });
});

describe('scoring', () => {
  it('is deterministic: the same sentence, the same probabilities, from any instance', () => {
    const file = ModelFile.parse(JSON.parse(readFileSync(modelFiles('en').model, 'utf8')));
    const a = new ActScorer(file);
    const b = new ActScorer(file);
    const text = 'Honestly, nobody here reads the tickets before closing them.';
    expect(Array.from(a.probabilities(text))).toEqual(Array.from(b.probabilities(text)));
    expect(Array.from(a.probabilities(text))).toEqual(Array.from(a.probabilities(text)));
    const sum = a.probabilities(text).reduce((x, y) => x + y, 0);
    expect(sum).toBeCloseTo(1, 6);
  });

  it('folds case and diacritics: Polish without its letters reads the same', () => {
    const pl = modelFor('pl')!.scorer;
    expect(Array.from(pl.probabilities('Zawaliłeś to zupełnie.'))).toEqual(
      Array.from(pl.probabilities('zawaliles to zupelnie.')),
    );
  });

  it('reads a bounded number of features from an 8,000-character adversarial draft', () => {
    const out = new Uint32Array(MAX_FEATURES);
    for (const draft of [
      `A${' '.repeat(7999)}`,
      'idiot'.repeat(1600),
      'you always '.repeat(728),
      '🙃?!'.repeat(2000),
    ]) {
      const n = featurize(draft, out);
      expect(n).toBeLessThanOrEqual(MAX_FEATURES);
      expect(n).toBeGreaterThan(0);
      expect(modelFor('en')!.scorer.score(draft).hostile).toBeGreaterThanOrEqual(0);
    }
  });
});

const hostileActOf = (text: string, lang: Lang) =>
  labelActs(text, lang).sentences.some((s) => s.acts.some((a) => HOSTILE_ACTS.has(a)));

describe('through the labeller', () => {
  // Hostile sentences written for this test, none caught by a pack rule on its own. Known miss at
  // the shipped threshold: "Great job ignoring every single comment I left on the doc." (0.9).
  const unseen: [Lang, string][] = [
    ['en', 'Nobody on your team seems to read anything we send.'],
    ['en', "Sure, because your opinion is the only one that counts, isn't it?"],
    ['pl', 'Znowu nikt z Was nie przeczytał tego, co wysłałem.'],
    ['pl', 'Brawo, kolejny raz zapomniałeś o spotkaniu z klientem.'],
    ['pl', 'Chyba w ogóle nie obchodzi Was, co się dzieje z tym projektem.'],
  ];
  it.each(unseen)('[%s] gives "%s" a hostile act', (lang, text) => {
    expect(hostileActOf(text, lang)).toBe(true);
  });

  it('names the model as the rule, with the act its kind and reason, over the whole sentence', () => {
    const text = 'Nobody on your team seems to read anything we send.';
    const reading = labelActs(text, 'en');
    const hit = reading.sentences.flatMap((s) => s.hits).find((h) => h.ruleId.startsWith('en.model.'));
    expect(hit).toBeDefined();
    expect(hit!.ruleId).toBe(`en.model.${hit!.act}`);
    expect(HOSTILE_ACTS.has(hit!.act)).toBe(true);
    expect(hit!.kind).not.toBeNull();
    expect(hit!.why.length).toBeGreaterThan(10);
    expect(text.slice(hit!.start, hit!.end)).toBe(text);
  });

  // Hard negatives: urgency, obligation, a firm no, a sincere apology, in both languages.
  const calm: [Lang, string][] = [
    ['en', 'URGENT: the payment gateway is down, please join the incident call now.'],
    ['en', 'We must have the signed contract by Friday to keep the start date.'],
    ['en', "I can't approve a discount this quarter, but I can offer a longer payment term."],
    ['en', 'I am sorry, I sent the wrong figures yesterday; the corrected sheet is attached.'],
    ['en', 'Thanks for the quick turnaround on the slides.'],
    ['pl', 'PILNE: serwer produkcyjny nie odpowiada, proszę o dołączenie do rozmowy.'],
    ['pl', 'Musimy dostać podpisaną umowę do piątku, żeby utrzymać termin startu.'],
    ['pl', 'Nie mogę zgodzić się na rabat, ale mogę zaproponować dłuższy termin płatności.'],
    ['pl', 'Przepraszam, wysłałem wczoraj złe liczby; poprawiony plik jest w załączniku.'],
    ['pl', 'Dziękuję Pani za szybką odpowiedź.'],
  ];
  it.each(calm)('[%s] leaves "%s" without a hostile act', (lang, text) => {
    expect(hostileActOf(text, lang)).toBe(false);
    expect(new LocalEngine().review(text).flags).toEqual([]);
  });
});
