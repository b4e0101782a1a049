/**
 * The only file that reads process.env. Every variable is parsed by zod at start-up; problems are
 * reported together in one readable message (ConfigError), never as a stack trace.
 */
import { config as loadDotenv } from 'dotenv';
import { z } from 'zod';
import { parseKey } from './crypto/sealed.ts';

const blankToUndefined = (value: unknown) =>
  typeof value === 'string' && value.trim() === '' ? undefined : value;
const optionalString = z.preprocess(blankToUndefined, z.string().trim().optional());
const optionalUrl = z.preprocess(blankToUndefined, z.url().optional());
const int = (fallback: number, min: number, max: number) =>
  z.preprocess(blankToUndefined, z.coerce.number().int().min(min).max(max).default(fallback));

const EnvSchema = z.object({
  // Engine selection
  PARLEY_ENGINE: z.preprocess(blankToUndefined, z.enum(['auto', 'local', 'openai']).default('auto')),
  OPENAI_API_KEY: optionalString,
  OPENAI_BASE_URL: optionalUrl,
  OPENAI_MODEL: z.preprocess(blankToUndefined, z.string().default('gpt-5-mini')),
  OPENAI_TIMEOUT_MS: int(20_000, 100, 600_000),
  /** Model calls allowed per user per window; beyond it the offline engine answers. */
  OPENAI_USER_LIMIT: int(20, 1, 10_000),
  OPENAI_USER_WINDOW_MINUTES: int(10, 1, 24 * 60),
  /** One coach call may run this long (plus OPENAI_TIMEOUT_MS with the model) before its worker is replaced. */
  PARLEY_REVIEW_TIMEOUT_MS: int(5_000, 100, 600_000),

  // Slack
  SLACK_BOT_TOKEN: optionalString,
  SLACK_SIGNING_SECRET: optionalString,
  SLACK_APP_TOKEN: optionalString,
  SLACK_API_URL: optionalUrl,
  // Distributed app (OAuth installs into many workspaces); unset for one workspace with SLACK_BOT_TOKEN
  SLACK_CLIENT_ID: optionalString,
  SLACK_CLIENT_SECRET: optionalString,
  SLACK_STATE_SECRET: optionalString,
  PORT: int(3000, 0, 65_535),
  HOST: z.preprocess(blankToUndefined, z.string().default('0.0.0.0')),
  LOG_LEVEL: z.preprocess(blankToUndefined, z.enum(['debug', 'info', 'warn', 'error']).default('info')),

  // Settings store
  DATABASE_PATH: z.preprocess(blankToUndefined, z.string().default('./data/parley.db')),
  /** postgres://…: settings in PostgreSQL (several instances); DATABASE_PATH is then unused. */
  DATABASE_URL: z.preprocess(
    blankToUndefined,
    z
      .string()
      .trim()
      .regex(/^postgres(ql)?:\/\/\S+$/, 'must be a postgres:// or postgresql:// URL')
      .optional(),
  ),

  // Shared state for several instances, and the key that seals what it holds
  REDIS_URL: z.preprocess(blankToUndefined, z.url({ protocol: /^rediss?$/ }).optional()),
  PARLEY_ENCRYPTION_KEY: optionalString,
  /** Keys that sealed values before a rotation, comma-separated: they open, never seal. */
  PARLEY_ENCRYPTION_KEY_PREVIOUS: optionalString,
});

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

export interface EngineConfig {
  /** Which engine answers: the model when configured, else the offline coach. */
  kind: 'local' | 'openai';
  openai: {
    apiKey: string;
    baseURL: string | null;
    model: string;
    timeoutMs: number;
    userLimit: number;
    userWindowMs: number;
  } | null;
}

/** Distributed mode: Bolt's OAuth serves /slack/install and /slack/oauth_redirect. */
export interface SlackOAuthConfig {
  clientId: string;
  clientSecret: string;
  /** Signs the OAuth `state` so a redirect can only finish an install this app started. */
  stateSecret: string;
}

export interface SlackConfig {
  /** Single-workspace mode; null in distributed mode, where each workspace's token comes from its installation. */
  botToken: string | null;
  /** Socket Mode when an app-level token is set, HTTP otherwise. */
  mode: 'socket' | 'http';
  signingSecret: string | null;
  appToken: string | null;
  apiUrl: string | null;
  port: number;
  host: string;
  /** Set in distributed mode (SLACK_CLIENT_ID); absent or null for one workspace. */
  oauth?: SlackOAuthConfig | null;
}

export interface Config {
  engine: EngineConfig;
  /** How long one offline coach call may run on a worker thread (PARLEY_REVIEW_TIMEOUT_MS). */
  reviewTimeoutMs: number;
  logLevel: LogLevel;
  databasePath: string;
  /** PostgreSQL connection URL (DATABASE_URL): when set, the store is PostgreSQL, not SQLite. */
  databaseUrl: string | null;
  /** Shared state (button state, heat, reminders, event ids) in Redis; null keeps it in memory. */
  redisUrl: string | null;
  /** AES-256-GCM keys for anything sealed outside the process; null when none is configured. */
  encryption: { current: Buffer; previous: Buffer[] } | null;
  /** Variables whose value came from `.env` (names only): the CLI says where drafts go when they chose the model. */
  fromDotenv: string[];
  /** Unchecked until requireSlack(): the CLI runs without any Slack settings. */
  slack: Partial<Omit<SlackConfig, 'oauth'>> & {
    port: number;
    host: string;
    /** Whatever OAuth settings were given; requireSlack() says what is missing. */
    oauth: Partial<SlackOAuthConfig>;
  };
}

/** Thrown for bad or missing settings. `message` lists every problem, one per line. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `Parley can't start: some settings are missing or invalid.\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    );
    this.name = 'ConfigError';
  }
}

/** Where each variable comes from, for error messages. */
const WHERE: Record<string, string> = {
  SLACK_BOT_TOKEN: 'the Bot User OAuth Token (xoxb-…) from your app\'s "OAuth & Permissions" page',
  SLACK_SIGNING_SECRET: 'the Signing Secret from your app\'s "Basic Information" page',
  SLACK_APP_TOKEN:
    'an app-level token (xapp-…) with connections:write from "Basic Information" → "App-Level Tokens"',
  OPENAI_API_KEY: "your provider's API key (any non-empty value for Ollama or llama.cpp)",
  PARLEY_ENCRYPTION_KEY: '`openssl rand -base64 32`, kept in your secret store',
  SLACK_CLIENT_ID: 'the Client ID on your app\'s "Basic Information" page',
  SLACK_CLIENT_SECRET: 'the Client Secret on your app\'s "Basic Information" page',
  SLACK_STATE_SECRET: '`openssl rand -hex 32`, kept in your secret store (any long random string)',
  DATABASE_URL: 'your PostgreSQL server, e.g. postgres://parley@db.internal:5432/parley',
};

export interface LoadOptions {
  /** Read `.env` from the working directory first (the real app and CLI; tests pass an env). */
  dotenv?: boolean;
}

/** Parse the environment. Throws ConfigError listing every problem at once. */
export function loadConfig(
  env: Record<string, string | undefined> = process.env,
  options: LoadOptions = {},
): Config {
  let source = env;
  let fromDotenv: string[] = [];
  if (options.dotenv) {
    // Read into its own object (not process.env) so we know which settings the file supplied.
    const file: Record<string, string> = {};
    loadDotenv({ quiet: true, processEnv: file });
    // As dotenv itself does: a variable already set, even blank, wins over the file.
    fromDotenv = Object.keys(file).filter((name) => !Object.hasOwn(env, name));
    source = { ...file, ...env };
  }
  const parsed = EnvSchema.safeParse(source);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const name = issue.path.join('.');
        return `${name}: ${issue.message}${WHERE[name] ? ` (get it from ${WHERE[name]})` : ''}`;
      }),
    );
  }
  const e = parsed.data;
  const problems: string[] = [];

  let engine: EngineConfig = { kind: 'local', openai: null };
  const wantsModel = e.PARLEY_ENGINE === 'openai' || (e.PARLEY_ENGINE === 'auto' && e.OPENAI_API_KEY);
  if (wantsModel) {
    if (!e.OPENAI_API_KEY) {
      problems.push(
        `OPENAI_API_KEY is required when PARLEY_ENGINE=openai (get it from ${WHERE.OPENAI_API_KEY})`,
      );
    } else {
      engine = {
        kind: 'openai',
        openai: {
          apiKey: e.OPENAI_API_KEY,
          baseURL: e.OPENAI_BASE_URL ?? null,
          model: e.OPENAI_MODEL,
          timeoutMs: e.OPENAI_TIMEOUT_MS,
          userLimit: e.OPENAI_USER_LIMIT,
          userWindowMs: e.OPENAI_USER_WINDOW_MINUTES * 60_000,
        },
      };
    }
  }
  const encryption = readEncryption(e.PARLEY_ENCRYPTION_KEY, e.PARLEY_ENCRYPTION_KEY_PREVIOUS, problems);
  if (e.REDIS_URL && !encryption) {
    // Button state in Redis holds drafts: it is only ever written sealed.
    problems.push(
      `PARLEY_ENCRYPTION_KEY is required with REDIS_URL (make one with ${WHERE.PARLEY_ENCRYPTION_KEY})`,
    );
  }
  if (problems.length > 0) throw new ConfigError(problems);

  return {
    engine,
    reviewTimeoutMs: e.PARLEY_REVIEW_TIMEOUT_MS,
    logLevel: e.LOG_LEVEL,
    fromDotenv,
    databasePath: e.DATABASE_PATH,
    databaseUrl: e.DATABASE_URL ?? null,
    redisUrl: e.REDIS_URL ?? null,
    encryption,
    slack: {
      botToken: e.SLACK_BOT_TOKEN,
      signingSecret: e.SLACK_SIGNING_SECRET ?? null,
      appToken: e.SLACK_APP_TOKEN ?? null,
      apiUrl: e.SLACK_API_URL ?? null,
      port: e.PORT,
      host: e.HOST,
      oauth: {
        clientId: e.SLACK_CLIENT_ID,
        clientSecret: e.SLACK_CLIENT_SECRET,
        stateSecret: e.SLACK_STATE_SECRET,
      },
    },
  };
}

function readEncryption(
  current: string | undefined,
  previous: string | undefined,
  problems: string[],
): Config['encryption'] {
  if (!current) {
    if (previous) problems.push('PARLEY_ENCRYPTION_KEY_PREVIOUS is set without PARLEY_ENCRYPTION_KEY');
    return null;
  }
  try {
    return {
      current: parseKey(current),
      previous: (previous ?? '')
        .split(',')
        .filter((k) => k.trim())
        .map(parseKey),
    };
  } catch (error) {
    // Never echo the key: only what is wrong with it.
    problems.push(`PARLEY_ENCRYPTION_KEY or PARLEY_ENCRYPTION_KEY_PREVIOUS: ${(error as Error).message}`);
    return null;
  }
}

/** The Slack settings the Bolt app needs; throws ConfigError naming what is missing and where to get it. */
export function requireSlack(config: Config): SlackConfig {
  const s = config.slack;
  const oauth = s.oauth;
  // Any OAuth setting selects the distributed app; then all of them must be there.
  if (oauth.clientId || oauth.clientSecret || oauth.stateSecret) return requireDistributed(config);
  const problems: string[] = [];
  if (!s.botToken) problems.push(`SLACK_BOT_TOKEN is missing: ${WHERE.SLACK_BOT_TOKEN}`);
  else if (!s.botToken.startsWith('xoxb-'))
    problems.push('SLACK_BOT_TOKEN should start with "xoxb-" (the Bot User OAuth Token, not a user token)');
  const mode = s.appToken ? 'socket' : 'http';
  if (s.appToken && !s.appToken.startsWith('xapp-'))
    problems.push(`SLACK_APP_TOKEN should start with "xapp-": ${WHERE.SLACK_APP_TOKEN}`);
  if (mode === 'http' && !s.signingSecret)
    problems.push(
      `SLACK_SIGNING_SECRET is missing (needed in HTTP mode; or set SLACK_APP_TOKEN for Socket Mode): ${WHERE.SLACK_SIGNING_SECRET}`,
    );
  if (problems.length > 0) throw new ConfigError(problems);
  return {
    botToken: s.botToken!,
    mode,
    signingSecret: s.signingSecret ?? null,
    appToken: s.appToken ?? null,
    apiUrl: s.apiUrl ?? null,
    port: s.port,
    host: s.host,
    oauth: null,
  };
}

/** The shortest SLACK_STATE_SECRET accepted: it signs every install's state. */
const MIN_STATE_SECRET = 16;

/**
 * Distributed mode: installs arrive over OAuth in HTTP mode, and each workspace's tokens are kept
 * sealed in PostgreSQL, so the signing secret, all three OAuth settings, an encryption key and
 * DATABASE_URL are required, and a single-workspace token would be ambiguous.
 */
function requireDistributed(config: Config): SlackConfig {
  const s = config.slack;
  const { clientId, clientSecret, stateSecret } = s.oauth;
  const problems: string[] = [];
  const need = (name: string, value: unknown) => {
    if (!value) problems.push(`${name} is missing (needed for the distributed app): ${WHERE[name]}`);
  };
  need('SLACK_CLIENT_ID', clientId);
  need('SLACK_CLIENT_SECRET', clientSecret);
  need('SLACK_STATE_SECRET', stateSecret);
  if (stateSecret && stateSecret.length < MIN_STATE_SECRET)
    problems.push(
      `SLACK_STATE_SECRET must be at least ${MIN_STATE_SECRET} characters: ${WHERE.SLACK_STATE_SECRET}`,
    );
  need('SLACK_SIGNING_SECRET', s.signingSecret);
  if (!config.encryption)
    problems.push(
      `PARLEY_ENCRYPTION_KEY is required for the distributed app: installation tokens are kept sealed (make one with ${WHERE.PARLEY_ENCRYPTION_KEY})`,
    );
  if (!config.databaseUrl)
    problems.push(
      `DATABASE_URL is required for the distributed app: installations live in PostgreSQL (${WHERE.DATABASE_URL})`,
    );
  if (s.botToken)
    problems.push(
      "SLACK_BOT_TOKEN is for one workspace; the distributed app (SLACK_CLIENT_ID) gets each workspace's token when it installs: unset one of them",
    );
  if (s.appToken)
    problems.push('The distributed app (SLACK_CLIENT_ID) runs in HTTP mode: unset SLACK_APP_TOKEN');
  if (problems.length > 0) throw new ConfigError(problems);
  return {
    botToken: null,
    mode: 'http',
    signingSecret: s.signingSecret!,
    appToken: null,
    apiUrl: s.apiUrl ?? null,
    port: s.port,
    host: s.host,
    oauth: { clientId: clientId!, clientSecret: clientSecret!, stateSecret: stateSecret! },
  };
}
