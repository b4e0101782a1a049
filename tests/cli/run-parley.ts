/** Test doubles for the CLI's streams and a runner for the real `parley` process. */
import { spawn } from 'node:child_process';
import { Readable, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { runCli } from '../../src/cli/main.ts';
import type { Coach } from '../../src/coach/coach.ts';
import type { CoachDeps } from '../../src/engine.ts';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** A writable that keeps what it was given. */
export class Sink extends Writable {
  text = '';
  constructor(readonly isTTY = false) {
    super();
  }
  override _write(chunk: Buffer | string, _encoding: BufferEncoding, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

export function stdinFrom(text: string, isTTY = false): Readable & { isTTY?: boolean } {
  const stream = Readable.from(text === '' ? [] : [Buffer.from(text)]) as Readable & { isTTY?: boolean };
  stream.isTTY = isTTY;
  return stream;
}

export interface InProcessOptions {
  stdin?: string;
  stdinTTY?: boolean;
  stderrTTY?: boolean;
  env?: Record<string, string>;
  createCoach?: (deps: CoachDeps) => Coach;
}

/** Run the CLI in this process against fake streams (for engine doubles the real process cannot take). */
export async function runInProcess(args: string[], options: InProcessOptions = {}) {
  const stdout = new Sink();
  const stderr = new Sink(options.stderrTTY ?? false);
  const code = await runCli(args, {
    io: { stdin: stdinFrom(options.stdin ?? '', options.stdinTTY ?? false), stdout, stderr },
    env: { PARLEY_ENGINE: 'local', LOG_LEVEL: 'error', ...options.env },
    color: { stdout: false, stderr: false },
    ...(options.createCoach ? { createCoach: options.createCoach } : {}),
  });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Time allowed for a test that spawns parley on a busy 2-core machine (not an assertion). */
export const SPAWN_TIMEOUT_MS = 120_000;

// Each spawn costs about a second of CPU (tsx start-up); more than two at once only thrashes.
const MAX_CHILDREN = 2;
let running = 0;
const waiting: Array<() => void> = [];

async function withChildSlot<T>(task: () => Promise<T>): Promise<T> {
  // A finished task hands its slot straight to the next waiter, so the count never overshoots.
  if (running >= MAX_CHILDREN) await new Promise<void>((resolve) => waiting.push(resolve));
  else running += 1;
  try {
    return await task();
  } finally {
    const next = waiting.shift();
    if (next) next();
    else running -= 1;
  }
}

/** Spawn `node bin/parley.js …` from the repo root with the offline engine and no colour. */
export function runParley(args: string[], stdin = ''): Promise<RunResult> {
  return withChildSlot(() => spawnParley(args, stdin));
}

function spawnParley(args: string[], stdin: string): Promise<RunResult> {
  const { FORCE_COLOR: _force, ...env } = process.env;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['bin/parley.js', ...args], {
      cwd: ROOT,
      env: { ...env, PARLEY_ENGINE: 'local', NO_COLOR: '1', LOG_LEVEL: 'error' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}
