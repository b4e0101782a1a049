import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { COACH_COMMAND, FUNCTION_COACH_MESSAGE, SHORTCUT_COACH_MESSAGE } from '../src/slack/ids.ts';
import { BOT_SCOPES, USER_SCOPES } from '../src/slack/scopes.ts';
import { WELCOME_PROMPTS } from '../src/slack/views/messages.ts';

const ROOT = new URL('../', import.meta.url);
const manifestPath = fileURLToPath(new URL('manifest.yml', ROOT));
const schemaPath = fileURLToPath(new URL('../shared/slack/manifest.schema.1.0.0.json', ROOT));

// biome-ignore lint/suspicious/noExplicitAny: the manifest is checked against Slack's schema below.
const manifest: any = parse(readFileSync(manifestPath, 'utf8'));

function compileSchema() {
  const schema = JSON.parse(readFileSync(schemaPath, 'utf8'));
  // The schema is draft-07 and uses a few non-standard keywords ("regex") and formats ("uri").
  return new Ajv({ strict: false, validateFormats: false, allErrors: true }).compile(schema);
}

describe('manifest.yml', () => {
  it("is valid against Slack's app manifest schema", () => {
    const validate = compileSchema();
    const valid = validate(manifest);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('would be rejected by the same schema if it broke a Slack limit', () => {
    const broken = structuredClone(manifest);
    broken.features.shortcuts[0].name = 'A shortcut name that is far too long';
    broken.features.assistant_view = { unknown_field: true };
    expect(compileSchema()(broken)).toBe(false);
  });

  it('names the app Parley with a short description', () => {
    expect(manifest.display_information.name).toBe('Parley');
    expect(manifest.display_information.description.length).toBeLessThanOrEqual(140);
    expect(manifest.features.bot_user).toEqual({ display_name: 'parley', always_online: true });
  });

  it('registers /coach with its usage hint and no escaping', () => {
    expect(manifest.features.slash_commands).toEqual([
      expect.objectContaining({
        command: COACH_COMMAND,
        usage_hint: '[draft] | prep [situation] | watch on|off | break 10m | help',
        should_escape: false,
      }),
    ]);
  });

  it('registers the "Coach this message" message shortcut', () => {
    expect(manifest.features.shortcuts).toEqual([
      expect.objectContaining({
        name: 'Coach this message',
        type: 'message',
        callback_id: SHORTCUT_COACH_MESSAGE,
      }),
    ]);
  });

  it('enables the Home tab and a writable Messages tab', () => {
    expect(manifest.features.app_home).toEqual({
      home_tab_enabled: true,
      messages_tab_enabled: true,
      messages_tab_read_only_enabled: false,
    });
  });

  it('uses the agent view (not the deprecated assistant view) with the welcome prompts', () => {
    expect(manifest.features.assistant_view).toBeUndefined();
    expect(manifest.features.agent_view.agent_description.length).toBeGreaterThan(0);
    expect(manifest.features.agent_view.suggested_prompts).toEqual(WELCOME_PROMPTS);
  });

  it('requests exactly the bot scopes Parley needs', () => {
    expect([...manifest.oauth_config.scopes.bot].sort()).toEqual(
      [
        'channels:history',
        'channels:read',
        'chat:write',
        'commands',
        'groups:history',
        'groups:read',
        'im:history',
        'im:write',
      ].sort(),
    );
    expect(manifest.oauth_config.scopes.user).toEqual(['chat:write', 'im:write']);
  });

  it('declares exactly the scopes the install flow requests (src/slack/scopes.ts)', () => {
    expect(manifest.oauth_config.scopes.bot).toEqual([...BOT_SCOPES]);
    expect(manifest.oauth_config.scopes.user).toEqual([...USER_SCOPES]);
  });

  it('subscribes to the bot events the listeners handle', () => {
    expect(manifest.settings.event_subscriptions.bot_events).toEqual([
      'app_home_opened',
      'message.im',
      'message.channels',
      'message.groups',
      'function_executed',
      'app_uninstalled',
      'tokens_revoked',
    ]);
  });

  it('declares the "Coach a message" workflow step with its inputs and outputs', () => {
    const step = manifest.functions[FUNCTION_COACH_MESSAGE];
    expect(step.title).toBe('Coach a message');
    expect(step.input_parameters.draft).toMatchObject({ type: 'string', is_required: true });
    expect(step.input_parameters.recipient).toMatchObject({ type: 'string', is_required: false });
    expect(Object.keys(step.output_parameters).sort()).toEqual(['best_rewrite', 'risk_level', 'top_cue']);
  });

  it('would be rejected by the same schema if the step lost its outputs', () => {
    const broken = structuredClone(manifest);
    delete broken.functions[FUNCTION_COACH_MESSAGE].output_parameters;
    expect(compileSchema()(broken)).toBe(false);
  });

  it('runs in Socket Mode with interactivity on, org deploy and remote functions (for the step), no token rotation', () => {
    expect(manifest.settings).toMatchObject({
      interactivity: { is_enabled: true },
      org_deploy_enabled: true,
      function_runtime: 'remote',
      socket_mode_enabled: true,
      token_rotation_enabled: false,
    });
  });
});
