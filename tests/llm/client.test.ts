import { afterEach, describe, expect, it, vi } from 'vitest';
import { createOpenAIClient, OPENAI_DEFAULT_BASE_URL } from '../../src/llm/client.ts';

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('createOpenAIClient', () => {
  it('takes nothing from OPENAI_* variables: settings are passed in explicitly', () => {
    vi.stubEnv('OPENAI_BASE_URL', 'http://127.0.0.1:9/v1');
    vi.stubEnv('OPENAI_API_KEY', 'sk-from-env');
    vi.stubEnv('OPENAI_ORG_ID', 'org-from-env');
    const client = createOpenAIClient({ apiKey: 'sk-given', baseURL: null, model: 'm', timeoutMs: 1234 });
    expect(client.baseURL).toBe(OPENAI_DEFAULT_BASE_URL);
    expect(client.apiKey).toBe('sk-given');
    expect(client.organization).toBeNull();
    expect(client.timeout).toBe(1234);
    expect(client.maxRetries).toBe(0);
  });

  it('talks to the configured base URL (Ollama, llama.cpp, a proxy)', () => {
    const client = createOpenAIClient({
      apiKey: 'ollama',
      baseURL: 'http://localhost:11434/v1',
      model: 'llama3.1',
      timeoutMs: 20_000,
    });
    expect(client.baseURL).toBe('http://localhost:11434/v1');
  });
});
