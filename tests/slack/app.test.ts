import { LogLevel } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import { LocalEngine } from '../../src/coach/local/engine.ts';
import type { SlackConfig } from '../../src/config.ts';
import { createLogger } from '../../src/log.ts';
import { createBoltLogger, createSlackApp, sanitizeBoltMessage, selectMode } from '../../src/slack/app.ts';
import { requestStore } from '../../src/slack/team-scope.ts';
import { MemoryStore } from '../../src/store/memory.ts';

const base: SlackConfig = {
  botToken: 'xoxb-1',
  mode: 'http',
  signingSecret: 'secret',
  appToken: null,
  apiUrl: null,
  port: 0,
  host: '127.0.0.1',
};

describe('selectMode', () => {
  it('picks Socket Mode when an app-level token is configured', () => {
    expect(selectMode({ mode: 'socket', appToken: 'xapp-1' })).toBe('socket');
  });

  it('picks HTTP when there is no app-level token', () => {
    expect(selectMode({ mode: 'http', appToken: null })).toBe('http');
    expect(selectMode({ mode: 'socket', appToken: null })).toBe('http');
  });
});

/** Bolt keeps the receiver private; the class name is what tells the modes apart. */
const receiverOf = (slack: { app: unknown }) => (slack.app as { receiver: object }).receiver;

describe('createSlackApp', () => {
  const local = new LocalEngine();
  const deps = {
    coach: local.asCoach(),
    techniques: local.techniques,
    store: requestStore(new MemoryStore()),
    logger: createLogger('error', () => {}),
  };

  it('builds a Socket Mode app without connecting until started', () => {
    const slack = createSlackApp({
      ...deps,
      slack: { ...base, mode: 'socket', appToken: 'xapp-1-test', signingSecret: null },
    });
    expect(slack.mode).toBe('socket');
    expect(receiverOf(slack).constructor.name).toBe('SocketModeReceiver');
  });

  it('builds an HTTP app otherwise', () => {
    const slack = createSlackApp({ ...deps, slack: base });
    expect(slack.mode).toBe('http');
    expect(receiverOf(slack).constructor.name).toBe('HTTPReceiver');
  });
});

describe('the Bolt logger adapter', () => {
  it('keeps only the fixed head of Bolt messages, never bodies', () => {
    expect(sanitizeBoltMessage(['ack() response sent (body: {"text":"secret draft"})']).message).toBe('ack');
    expect(sanitizeBoltMessage(['{"event":{"text":"secret draft"}}']).message).toBe('bolt');
    expect(sanitizeBoltMessage(['http request body: {"text":"secret draft"}']).message).toBe(
      'http request body',
    );
    expect(sanitizeBoltMessage(["apiCall('chat.postMessage') start"]).message).toBe('apiCall');
  });

  it('reduces errors to their kind and Slack code', () => {
    const error = Object.assign(new Error('An API error occurred: secret draft'), {
      code: 'slack_webapi_platform_error',
    });
    expect(sanitizeBoltMessage(['Slack API error', error])).toEqual({
      message: 'Slack API error',
      kind: 'Error',
      code: 'slack_webapi_platform_error',
    });
  });

  it("writes through Parley's logger and honours the Bolt level", () => {
    const lines: string[] = [];
    const logger = createBoltLogger(
      createLogger('debug', (l) => lines.push(l)),
      LogLevel.INFO,
    );
    logger.debug('http request body: {"text":"secret draft"}');
    logger.warn('Request body exceeded the maximum allowed size (limit: 10 bytes)');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toMatchObject({
      level: 'warn',
      msg: 'bolt: Request body exceeded the maximum allowed size',
    });
    expect(lines.join('')).not.toContain('secret');
  });
});
