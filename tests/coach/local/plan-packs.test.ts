/** Every topic of packs/<lang>/plans.yml matches its examples and none of its counter-examples. */
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../../src/coach/local/packs.ts';
import { findTopic } from '../../../src/coach/local/plans/brief.ts';
import { renderPlan } from '../../../src/coach/local/plans/build.ts';
import { loadPlans } from '../../../src/coach/local/plans/pack.ts';

describe.each(LANGS)('packs/%s/plans.yml', (lang) => {
  const plans = loadPlans(lang);
  for (const topic of plans.topics) {
    it.each(topic.examples.match)(`${topic.id} matches "%s"`, (text) => {
      expect(findTopic(text, plans)?.id).toBe(topic.id);
    });
    it.each(topic.examples.noMatch)(`${topic.id} does not match "%s"`, (text) => {
      expect(findTopic(text, plans)?.id).not.toBe(topic.id);
    });
  }

  it('has the same topics and people as the other languages, by id', () => {
    for (const other of LANGS) {
      expect(loadPlans(other).topics.map((t) => t.id)).toEqual(plans.topics.map((t) => t.id));
      // Every person resolves in every language, by id or as the variant of one.
      const ids = new Set(loadPlans(other).people.map((p) => p.id));
      for (const person of plans.people) expect(ids.has(person.variantOf ?? person.id), person.id).toBe(true);
    }
  });

  it('renders every template with nothing known, without a placeholder or an empty field', () => {
    const none = { who: plans.someone.name, Who: plans.someone.name, with: plans.someone.with };
    for (const template of [plans.built, ...plans.topics.map((t) => t.plan)]) {
      const text = renderPlan(template, { ...none, story: 'x y' });
      for (const [field, value] of Object.entries(text)) {
        if (field === 'questions') continue;
        expect(JSON.stringify(value), field).not.toMatch(/\{[A-Za-z]+\}/);
        expect(value.length, field).toBeGreaterThan(0);
      }
    }
  });
});
