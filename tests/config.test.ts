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
