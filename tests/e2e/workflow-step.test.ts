/**
 * The "Coach a message" Workflow Builder step over real HTTP: a signed function_executed event
 * in, functions.completeSuccess / completeError out on the fake Web API, with the workflow token.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FUNCTION_COACH_MESSAGE } from '../../src/slack/ids.ts';
import { STEP_ERRORS } from '../../src/slack/listeners/functions/coach-message.ts';
import { postEvent } from '../helpers/slack-requests.ts';
import { type Harness, startHarness } from './harness.ts';

const WORKFLOW_TOKEN = 'xwfp-test-workflow-token';
const DRAFT = 'This is the THIRD time you missed the deadline. Fix it NOW or I escalate.';

let executions = 0;
function functionExecuted(inputs: Record<string, unknown>, callbackId = FUNCTION_COACH_MESSAGE) {
  executions += 1;
  return {
    type: 'function_executed',
    function: {
      id: 'Fn0COACH',
      callback_id: callbackId,
      title: 'Coach a message',
      description: 'Check a draft before it is posted',
      type: 'app',
      input_parameters: [],
      output_parameters: [],
      app_id: 'A0PARLEY',
      date_created: 1_700_000_000,
      date_updated: 1_700_000_000,
      date_deleted: 0,
    },
    inputs,
    function_execution_id: `Fx${executions}`,
    workflow_execution_id: `Wx${executions}`,
    event_ts: '1700000000.000400',
    bot_access_token: WORKFLOW_TOKEN,
  };
}

describe('the "Coach a message" workflow step over HTTP', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => h?.close());
  afterEach(() => h.fake.clearCalls());

  it('coaches the draft and completes the step with the risk level, best rewrite and top cue', async () => {
    const res = await postEvent(h.target, functionExecuted({ draft: DRAFT, recipient: 'Report' }));
    expect(res.status).toBe(200);
    const done = await h.fake.waitFor('functions.completeSuccess');
    expect(done.token).toBe(WORKFLOW_TOKEN);
    expect(done.args.function_execution_id).toBe(`Fx${executions}`);
    const outputs = done.args.outputs as Record<string, string>;
    expect(Object.keys(outputs).sort()).toEqual(['best_rewrite', 'risk_level', 'top_cue']);
    expect(['tense', 'heated']).toContain(outputs.risk_level);
    expect(outputs.best_rewrite).not.toBe(DRAFT);
    expect(outputs.best_rewrite?.length).toBeGreaterThan(0);
    expect(outputs.top_cue?.length).toBeGreaterThan(0);
    expect(h.fake.callsTo('functions.completeError')).toHaveLength(0);
  });

  it('keeps a calm draft as its own best rewrite', async () => {
    const calm = 'Thanks for the update, see you at the review on Thursday.';
    await postEvent(h.target, functionExecuted({ draft: calm }));
    const outputs = (await h.fake.waitFor('functions.completeSuccess')).args.outputs as Record<
      string,
      string
    >;
    expect(outputs.risk_level).toBe('calm');
    expect(outputs.best_rewrite).toBe(calm);
  });

  it('fails the step with a kind message when the draft is empty', async () => {
    await postEvent(h.target, functionExecuted({ draft: '   ' }));
    const failed = await h.fake.waitFor('functions.completeError');
    expect(failed.token).toBe(WORKFLOW_TOKEN);
    expect(failed.args.error).toBe(STEP_ERRORS.empty);
    expect(h.fake.callsTo('functions.completeSuccess')).toHaveLength(0);
  });

  it('fails the step, naming the kinds, when the recipient is not one Parley knows', async () => {
    await postEvent(h.target, functionExecuted({ draft: DRAFT, recipient: 'my cat' }));
    const failed = await h.fake.waitFor('functions.completeError');
    expect(failed.args.error).toBe(STEP_ERRORS.recipient);
    expect(String(failed.args.error)).not.toContain(DRAFT);
  });

  it('fails the step without the cause when the coach fails, and logs no draft text', async () => {
    const broken = await startHarness({
      coach: (local) => ({
        ...local,
        review: async () => {
          throw new Error(`model exploded on: ${DRAFT}`);
        },
      }),
    });
    try {
      await postEvent(broken.target, functionExecuted({ draft: DRAFT }));
      const failed = await broken.fake.waitFor('functions.completeError');
      expect(failed.args.error).toBe(STEP_ERRORS.failed);
      expect(broken.logs.join('\n')).not.toContain('THIRD time');
    } finally {
      await broken.close();
    }
  });
});
