import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, requireSlack } from '../src/config.ts';

describe('loadConfig', () => {
  it('uses the offline engine and sensible defaults with an empty environment', () => {
    const config = loadConfig({});
    expect(config.engine).toEqual({ kind: 'local', openai: null });
    expect(config.slack.port).toBe(3000);
    expect(config.logLevel).toBe('info');
    expect(config.databasePath).toBe('./data/parley.db');
  });

  it('selects the model engine when an API key is set', () => {
    const config = loadConfig({ OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: 'http://127.0.0.1:11434/v1' });
    expect(config.engine.kind).toBe('openai');
    expect(config.engine.openai).toMatchObject({ baseURL: 'http://127.0.0.1:11434/v1', timeoutMs: 20_000 });
  });

  it('lets PARLEY_ENGINE=local force the offline engine', () => {
    expect(loadConfig({ OPENAI_API_KEY: 'sk-test', PARLEY_ENGINE: 'local' }).engine.kind).toBe('local');
  });

  it('lists every invalid variable in one error', () => {
    try {
      loadConfig({ PORT: 'abc', LOG_LEVEL: 'loud', OPENAI_BASE_URL: 'not a url' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const message = (error as Error).message;
      expect(message).toMatch(/PORT/);
      expect(message).toMatch(/LOG_LEVEL/);
      expect(message).toMatch(/OPENAI_BASE_URL/);
    }
  });

  it('keeps settings in SQLite unless DATABASE_URL names a PostgreSQL server', () => {
    expect(loadConfig({}).databaseUrl).toBeNull();
    expect(loadConfig({ DATABASE_URL: '  ' }).databaseUrl).toBeNull();
    expect(loadConfig({ DATABASE_URL: 'postgres://parley:pw@db:5432/parley' }).databaseUrl).toBe(
      'postgres://parley:pw@db:5432/parley',
    );
    expect(loadConfig({ DATABASE_URL: 'postgresql://db/parley' }).databaseUrl).toBe('postgresql://db/parley');
  });

  it('refuses a DATABASE_URL that is not PostgreSQL, without echoing it (it may hold a password)', () => {
    try {
      loadConfig({ DATABASE_URL: 'mysql://root:s3cret@db/parley' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as Error).message).toMatch(
        /DATABASE_URL: must be a postgres:\/\/ or postgresql:\/\/ URL/,
      );
      expect((error as Error).message).not.toContain('s3cret');
    }
  });

  it('asks for a key when the model engine is forced without one', () => {
    expect(() => loadConfig({ PARLEY_ENGINE: 'openai' })).toThrow(/OPENAI_API_KEY/);
  });
});

describe('shared state settings', () => {
  const KEY = Buffer.alloc(32, 7).toString('base64');

  it('keeps state in memory and seals nothing by default', () => {
    const config = loadConfig({});
    expect(config.redisUrl).toBeNull();
    expect(config.encryption).toBeNull();
  });

  it('asks for an encryption key with REDIS_URL, and reads current and previous keys', () => {
    expect(() => loadConfig({ REDIS_URL: 'redis://127.0.0.1:6379' })).toThrow(
      /PARLEY_ENCRYPTION_KEY is required/,
    );
    const old = Buffer.alloc(32, 1).toString('hex');
    const config = loadConfig({
      REDIS_URL: 'redis://127.0.0.1:6379',
      PARLEY_ENCRYPTION_KEY: KEY,
      PARLEY_ENCRYPTION_KEY_PREVIOUS: old,
    });
    expect(config.redisUrl).toBe('redis://127.0.0.1:6379');
    expect(config.encryption?.current.length).toBe(32);
    expect(config.encryption?.previous).toHaveLength(1);
  });

  it('explains a bad key without echoing it, and refuses a non-Redis URL', () => {
    let message = '';
    try {
      loadConfig({ PARLEY_ENCRYPTION_KEY: 'hunter2-secret' });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/32 bytes/);
    expect(message).not.toContain('hunter2');
    expect(() => loadConfig({ REDIS_URL: 'http://127.0.0.1:6379', PARLEY_ENCRYPTION_KEY: KEY })).toThrow(
      /REDIS_URL/,
    );
  });
});

describe('requireSlack', () => {
  it('names the missing settings and where to get them', () => {
    expect(() => requireSlack(loadConfig({}))).toThrow(
      /SLACK_BOT_TOKEN.*OAuth & Permissions[\s\S]*SLACK_SIGNING_SECRET/,
    );
  });

  it('chooses Socket Mode when an app-level token is set', () => {
    const slack = requireSlack(loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' }));
    expect(slack.mode).toBe('socket');
  });

  it('chooses HTTP mode with a signing secret and no app token', () => {
    const slack = requireSlack(loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's' }));
    expect(slack.mode).toBe('http');
  });
});

describe('requireSlack for the distributed app (SLACK_CLIENT_ID)', () => {
  const KEY = Buffer.alloc(32, 9).toString('base64');
  const distributed = {
    SLACK_CLIENT_ID: '123.456',
    SLACK_CLIENT_SECRET: 'client-secret',
    SLACK_STATE_SECRET: 'state-secret-0123456789',
    SLACK_SIGNING_SECRET: 'signing-secret',
    PARLEY_ENCRYPTION_KEY: KEY,
    DATABASE_URL: 'postgres://parley@127.0.0.1:5432/parley',
  };

  it('runs in HTTP mode with no bot token, and hands over the OAuth settings', () => {
    const slack = requireSlack(loadConfig(distributed));
    expect(slack).toMatchObject({
      mode: 'http',
      botToken: null,
      signingSecret: 'signing-secret',
      oauth: { clientId: '123.456', clientSecret: 'client-secret', stateSecret: 'state-secret-0123456789' },
    });
  });

  it('names everything else it needs at once: secrets, an encryption key and DATABASE_URL', () => {
    let message = '';
    try {
      requireSlack(loadConfig({ SLACK_CLIENT_ID: '123.456' }));
    } catch (error) {
      message = (error as Error).message;
    }
    for (const name of [
      'SLACK_CLIENT_SECRET',
      'SLACK_STATE_SECRET',
      'SLACK_SIGNING_SECRET',
      'PARLEY_ENCRYPTION_KEY',
      'DATABASE_URL',
    ])
      expect(message).toContain(name);
    expect(message).not.toMatch(/SLACK_BOT_TOKEN is missing/);
  });

  it('refuses a bot token or an app-level token alongside it, and a short state secret', () => {
    expect(() => requireSlack(loadConfig({ ...distributed, SLACK_BOT_TOKEN: 'xoxb-1' }))).toThrow(
      /SLACK_BOT_TOKEN is for one workspace/,
    );
    expect(() => requireSlack(loadConfig({ ...distributed, SLACK_APP_TOKEN: 'xapp-1' }))).toThrow(
      /HTTP mode: unset SLACK_APP_TOKEN/,
    );
    expect(() => requireSlack(loadConfig({ ...distributed, SLACK_STATE_SECRET: 'short' }))).toThrow(
      /SLACK_STATE_SECRET must be at least/,
    );
  });

  it('accepts only a PostgreSQL DATABASE_URL', () => {
    expect(loadConfig(distributed).databaseUrl).toBe('postgres://parley@127.0.0.1:5432/parley');
    expect(() => loadConfig({ DATABASE_URL: 'mysql://127.0.0.1/parley' })).toThrow(/DATABASE_URL/);
  });

  it('leaves single-workspace mode as it was', () => {
    const slack = requireSlack(loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's' }));
    expect(slack.botToken).toBe('xoxb-1');
    expect(slack.oauth).toBeNull();
  });
});
