/**
 * The OAuth scopes Parley asks for. manifest.yml lists the same ones (tests/manifest.test.ts keeps
 * the two in step), so an install through /slack/install grants exactly what the manifest declares.
 */

/** What the bot token may do; why each is needed is written beside it in manifest.yml. */
export const BOT_SCOPES = [
  'commands',
  'chat:write',
  'im:history',
  'im:write',
  'channels:history',
  'groups:history',
  'channels:read',
  'groups:read',
] as const;

/**
 * A user token for posting as the user, granted per person in the same OAuth flow: chat:write to
 * post, im:write to open their DM with the person they send a rewrite to.
 */
export const USER_SCOPES = ['chat:write', 'im:write'] as const;
