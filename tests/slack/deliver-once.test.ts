import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/log.ts';
import { MemoryEventLedger } from '../../src/slack/dedupe.ts';
import { deliverOnce, deliveryKey } from '../../src/slack/deliver-once.ts';

describe('deliveryKey', () => {
  it('uses the event_id of an event, whatever the retry number', () => {
    const body = { type: 'event_callback', event_id: 'Ev1', event: { type: 'message' } };
    expect(deliveryKey(body, undefined)).toBe('event:Ev1');
    expect(deliveryKey(body, 2)).toBe('event:Ev1');
  });

  it('uses the trigger_id of a command or an interaction, so a second click (new trigger_id) differs', () => {
    expect(deliveryKey({ command: '/coach', trigger_id: 't1' }, undefined)).toBe('trigger:t1');
    expect(deliveryKey({ type: 'block_actions', trigger_id: 't2', actions: [] }, undefined)).toBe(
      'trigger:t2',
    );
  });

  it('falls back to action_ts, user and container for a click without a trigger_id', () => {
    const click = (action_ts: string) => ({
      type: 'block_actions',
      user: { id: 'U1' },
      actions: [{ action_id: 'a', action_ts }],
      container: { type: 'message', message_ts: '1.2' },
    });
    expect(deliveryKey(click('9.1'), undefined)).toBe('action:9.1:U1:1.2');
    expect(deliveryKey(click('9.2'), undefined)).not.toBe(deliveryKey(click('9.1'), undefined));
  });

  it('recognises a retry with no id by its unchanged body, and leaves a first delivery with none alone', () => {
    const body = { type: 'something_new', value: 1 };
    expect(deliveryKey(body, undefined)).toBeNull();
    expect(deliveryKey(body, 1)).toBe(deliveryKey({ type: 'something_new', value: 1 }, 3));
    expect(deliveryKey(body, 1)).toMatch(/^body:[0-9a-f]{64}$/);
  });

  it('ignores ids that are not non-empty strings', () => {
    expect(deliveryKey({ event_id: 42, trigger_id: '' }, undefined)).toBeNull();
    expect(deliveryKey(null, undefined)).toBeNull();
  });
});

describe('deliverOnce', () => {
  function run(middleware: ReturnType<typeof deliverOnce>, body: Record<string, unknown>) {
    const seen = { next: 0, ack: 0 };
    const args = {
      body,
      context: {},
      next: async () => {
        seen.next += 1;
      },
      ack: async () => {
        seen.ack += 1;
      },
    };
    return middleware(args as never).then(() => seen);
  }

  it('passes the first delivery on and acks a repeat without passing it on', async () => {
    const middleware = deliverOnce(new MemoryEventLedger({ ttlMs: 60_000, maxEntries: 10 }), silentLogger);
    const command = { command: '/coach', trigger_id: 't1', user_id: 'U1' };
    expect(await run(middleware, command)).toEqual({ next: 1, ack: 0 });
    expect(await run(middleware, command)).toEqual({ next: 0, ack: 1 });
  });

  it('passes deliveries on when the ledger fails, and says so by kind only', async () => {
    const lines: string[] = [];
    const logger = {
      ...silentLogger,
      warn: (message: string, fields?: object) => lines.push(`${message} ${JSON.stringify(fields)}`),
    };
    const broken = { firstTime: async () => Promise.reject(new TypeError('redis down: secret')) };
    const middleware = deliverOnce(broken, logger);
    expect(await run(middleware, { command: '/coach', trigger_id: 't1' })).toEqual({ next: 1, ack: 0 });
    expect(lines).toEqual(['delivery ledger failed {"kind":"TypeError"}']);
  });
});
