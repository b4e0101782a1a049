import { parse } from 'node:querystring';
import { describe, expect, it } from 'vitest';
import { classifyBody } from '../../src/slack/request-body.ts';
import {
  blockActionsPayload,
  buttonAction,
  eventEnvelope,
  messageShortcutPayload,
  slashCommandBody,
  viewSubmissionPayload,
} from '../helpers/slack-requests.ts';

describe('classifyBody', () => {
  it('accepts the payloads Slack sends, by kind', () => {
    const command = { ...parse(slashCommandBody({ text: 'help', response_url: 'https://x' })) };
    expect(classifyBody(command)).toEqual({ ok: true, kind: 'command', label: 'command' });
    expect(
      classifyBody(eventEnvelope({ type: 'app_home_opened', user: 'U1', channel: 'D1', tab: 'home' })),
    ).toEqual({
      ok: true,
      kind: 'event',
      label: 'event',
    });
    expect(
      classifyBody(blockActionsPayload({ action: buttonAction('a', 'v'), channel: 'C1' })),
    ).toMatchObject({
      ok: true,
      label: 'block_actions',
    });
    expect(classifyBody(viewSubmissionPayload({ callback_id: 'cb', values: {} }))).toMatchObject({
      ok: true,
      label: 'view_submission',
    });
    expect(
      classifyBody(messageShortcutPayload({ callback_id: 'cb', message: { text: 'hi' } })),
    ).toMatchObject({ ok: true, label: 'message_action' });
    expect(classifyBody({ type: 'url_verification', challenge: 'c', token: 't' })).toMatchObject({
      ok: true,
    });
    expect(classifyBody({ type: 'app_rate_limited', team_id: 'T1' })).toMatchObject({
      ok: true,
      kind: 'rate_limited',
    });
  });

  it('refuses what Bolt would throw on', () => {
    const click = blockActionsPayload({ action: buttonAction('a', 'v') });
    const refused = [
      null,
      'text',
      [],
      { hello: 'world' },
      { type: 'event_callback', event_id: 'Ev1', event: null },
      { type: 'event_callback', event_id: 'Ev1', event: { type: 'message', channel: null } },
      { type: 'event_callback', event_id: 'Ev1', event: { type: 'reaction_added', item: 'x' } },
      { type: 'event_callback', event_id: 'Ev1', event: { type: 'message' }, authorizations: [null] },
      { ...click, user: undefined },
      { ...click, user: { name: 'no id' } },
      { ...click, actions: [] },
      { ...click, channel: null },
      { ...viewSubmissionPayload({ callback_id: 'cb', values: {} }), view: null },
      { ...messageShortcutPayload({ callback_id: 'cb', message: { text: 'hi' } }), callback_id: undefined },
      { command: '/coach', user_id: ['U1', 'U2'] },
      { type: 'url_verification' },
    ];
    for (const body of refused) expect(classifyBody(body).ok, JSON.stringify(body)).toBe(false);
  });
});
