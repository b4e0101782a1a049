import { describe, expect, it } from 'vitest';
import { LocalEngine } from '../../src/coach/local/engine.ts';
import { createCoach } from '../../src/engine.ts';
import { ModelCoach } from '../../src/llm/model-coach.ts';
import { silentLogger } from '../../src/log.ts';
import { startFakeOpenAI } from '../fakes/openai-server.ts';
import { config, DRAFT, goodReview } from './fixtures.ts';

describe('createCoach', () => {
  const local = new LocalEngine();

  it('uses the offline coach when the engine is local', async () => {
    const coach = await createCoach({ config: { kind: 'local', openai: null }, local, logger: silentLogger });
    expect(coach).not.toBeInstanceOf(ModelCoach);
    expect((await coach.review(DRAFT)).engine).toBe('local');
  });

  it('uses the model coach, talking to the configured base URL, when the engine is openai', async () => {
    const fake = await startFakeOpenAI({ json: goodReview() });
    try {
      const coach = await createCoach({ config: config(fake.url), local, logger: silentLogger });
      expect(coach).toBeInstanceOf(ModelCoach);
      expect((await coach.review(DRAFT)).engine).toBe('openai');
      expect(fake.requests[0]!.headers.authorization).toBe('Bearer sk-test');
    } finally {
      await fake.close();
    }
  });
});
