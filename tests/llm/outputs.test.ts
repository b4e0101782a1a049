import { zodResponseFormat } from 'openai/helpers/zod';
import { describe, expect, it } from 'vitest';
import { normaliseLanguage, OUTPUTS } from '../../src/llm/outputs.ts';

/** JSON Schema keywords OpenAI's strict structured output accepts (minLength, default, oneOf… are refused). */
const ALLOWED = new Set([
  '$schema',
  'type',
  'properties',
  'required',
  'additionalProperties',
  'items',
  'enum',
  'const',
  'anyOf',
  'description',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'pattern',
  'format',
  'minItems',
  'maxItems',
  '$ref',
  '$defs',
  'definitions',
]);

function keywords(schema: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(schema)) for (const s of schema) keywords(s, out);
  else if (schema && typeof schema === 'object') {
    for (const [key, value] of Object.entries(schema)) {
      out.add(key);
      if (key === 'properties' || key === '$defs' || key === 'definitions') {
        for (const child of Object.values(value as object)) keywords(child, out);
      } else if (key !== 'enum' && key !== 'required' && key !== 'const') keywords(value, out);
    }
  }
  return out;
}

describe('model-facing schemas', () => {
  it.each(Object.entries(OUTPUTS))(
    '%s uses only keywords strict mode accepts and no engine field',
    (name, schema) => {
      const json = zodResponseFormat(schema, name).json_schema.schema;
      expect([...keywords(json)].filter((k) => !ALLOWED.has(k))).toEqual([]);
      expect(Object.keys((json as { properties: object }).properties)).not.toContain('engine');
    },
  );
});

describe('normaliseLanguage', () => {
  it.each([
    ['en', 'en'],
    ['EN', 'en'],
    ['pl-PL', 'pl'],
    ['Polish', 'und'],
    ['', 'und'],
  ])('reads %j as %j', (value, expected) => {
    expect(normaliseLanguage(value, 'und')).toBe(expected);
  });
});
