import type { RespondFn } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../../../src/log.ts';
import {
  primaryOf,
  routeReplies,
  withReplyFallback,
} from '../../../../src/slack/listeners/support/respond.ts';
import { section } from '../../../../src/slack/views/blocks.ts';
import { DELIVERY_NOTE_TEXT, withDeliveryNote } from '../../../../src/slack/views/messages.ts';

function fakeClient() {
  const posts: Record<string, unknown>[] = [];
  const client = {
    chat: {
      postMessage: async (args: Record<string, unknown>) => {
        posts.push(args);
        return { ok: true };
      },
    },
  } as unknown as WebClient;
  return { client, posts };
}

const refusing = () => {
  const tries: unknown[] = [];
  const respond = (async (message: unknown) => {
    tries.push(message);
    throw new Error('Failed to respond to the response_url: 500');
  }) as RespondFn;
  return { respond, tries };
};

const route = (client: WebClient) => ({ client, user: 'U1', logger: silentLogger, ids: { surface: 'test' } });

describe('routeReplies', () => {
  it('sends a refused reply to the user by DM, with the note, and later replies straight there', async () => {
    const { client, posts } = fakeClient();
    const { respond, tries } = refusing();
    const routed = routeReplies(respond, route(client));
    await routed({ text: 'first', blocks: [section('first')] });
    await routed({ text: 'second', blocks: [section('second')] });
    expect(tries).toHaveLength(1);
    expect(posts.map((p) => [p.channel, p.text])).toEqual([
      ['U1', 'first'],
      ['U1', 'second'],
    ]);
    expect(JSON.stringify(posts[0]!.blocks)).toContain(DELIVERY_NOTE_TEXT);
  });

  it('passes a working response_url through and keeps the plain respond() reachable', async () => {
    const { client, posts } = fakeClient();
    const seen: unknown[] = [];
    const respond = (async (message: unknown) => {
      seen.push(message);
      return new Response(null, { status: 200 });
    }) as RespondFn;
    const routed = routeReplies(respond, route(client));
    await routed('hello');
    expect(seen).toEqual([{ text: 'hello' }]);
    expect(posts).toEqual([]);
    expect(primaryOf(routed)).toBe(respond);
    expect(primaryOf(respond)).toBe(respond);
  });

  it('has nothing to deliver elsewhere for a reply without text', async () => {
    const { client, posts } = fakeClient();
    const routed = routeReplies(refusing().respond, route(client));
    await routed({ delete_original: true });
    expect(posts).toEqual([]);
  });
});

describe('withReplyFallback', () => {
  it('leaves arguments without respond() (Home tab selects) as they are', () => {
    const args = {
      respond: undefined as unknown as RespondFn,
      body: { user: { id: 'U1' } },
      client: {} as WebClient,
    };
    expect(withReplyFallback(args, { logger: silentLogger })).toBe(args);
  });
});

describe('withDeliveryNote', () => {
  it('puts the note first, but never past the 50-block limit', () => {
    expect(withDeliveryNote({ text: 't', blocks: [section('a')] }).blocks).toHaveLength(2);
    const full = { text: 't', blocks: Array.from({ length: 50 }, (_, i) => section(`b${i}`)) };
    expect(withDeliveryNote(full)).toEqual(full);
  });
});
