/** Shared pieces for the model-engine tests: a fake server, a coach wired to it, canned answers. */
import { LocalEngine } from '../../src/coach/local/engine.ts';
import type { EngineConfig } from '../../src/config.ts';
import type { ModelCoach } from '../../src/llm/model-coach.ts';
import { createModelCoach } from '../../src/llm/model-engine.ts';
import type { LogFields, Logger } from '../../src/log.ts';
import { type FakeOpenAI, startFakeOpenAI } from '../fakes/openai-server.ts';

export const DRAFT =
  'You ALWAYS miss deadlines. The Acme report was due on Friday and I had to explain the delay to Maria. Fix it NOW.';

/** A good model answer for DRAFT: flags quoted from it, rewrites that keep Acme, Friday and Maria. */
export function goodReview() {
  return {
    language: 'en',
    risk: { level: 'heated', score: 0.8 },
    flags: [
      { text: 'ALWAYS', start: 4, kind: 'absolute', why: 'Absolutes feel unfair.', suggestion: 'This time' },
      { text: 'Fix it NOW', start: 100, kind: 'demand', why: 'Reads as an order.', suggestion: null },
    ],
    rewrites: [
      {
        technique: 'contrasting',
        text: "I don't want this to sound like blame. The Acme report was due on Friday and I had to explain the delay to Maria. Can we agree on a check-in before the next deadline?",
        why: 'Rules out blame first.',
      },
      {
        technique: 'shared-purpose',
        text: 'We both want Acme to trust us. The report was due on Friday and Maria asked about the delay. Could you send it today?',
        why: 'Starts from a shared goal.',
      },
    ],
    cues: ['Talk to them directly before the next deadline.'],
  };
}

export function config(
  url: string,
  overrides: Partial<NonNullable<EngineConfig['openai']>> = {},
): EngineConfig {
  return {
    kind: 'openai',
    openai: {
      apiKey: 'sk-test',
      baseURL: url,
      model: 'fake-model',
      timeoutMs: 5_000,
      userLimit: 100,
      userWindowMs: 60_000,
      ...overrides,
    },
  };
}

export interface LogLine {
  level: string;
  message: string;
  fields: LogFields | undefined;
}

export function recordingLogger(): Logger & { lines: LogLine[] } {
  const lines: LogLine[] = [];
  const at = (level: string) => (message: string, fields?: LogFields) => {
    lines.push({ level, message, fields });
  };
  return { lines, debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

export interface Harness {
  fake: FakeOpenAI;
  coach: ModelCoach;
  logger: ReturnType<typeof recordingLogger>;
  local: LocalEngine;
}

let sharedLocal: LocalEngine | undefined;

export async function harness(
  overrides: Partial<NonNullable<EngineConfig['openai']>> = {},
  clock?: () => number,
): Promise<Harness> {
  const fake = await startFakeOpenAI({ json: goodReview() });
  const logger = recordingLogger();
  sharedLocal ??= new LocalEngine();
  const settings = config(fake.url, overrides).openai!;
  const coach = createModelCoach({
    config: config(fake.url, overrides),
    settings,
    local: sharedLocal,
    logger,
    clock,
  });
  return { fake, coach, logger, local: sharedLocal };
}
