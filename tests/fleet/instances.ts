/**
 * Real Parley processes for fleet tests and the load benchmark: `node --import tsx src/main.ts`,
 * as `npm start` runs it, in HTTP mode on a loopback port of its own (PORT=0; the port is read
 * from its "parley started" log line). Logs are JSON lines on stderr, kept for assertions.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { ROOT } from '../cli/run-parley.ts';

/** Starting several at once on two busy cores takes seconds: this only turns a hang into a failure. */
export const START_DEADLINE_MS = 45_000;
/** After SIGTERM: Parley's own bound is 5 s (STOP_WITHIN_MS), this adds room for a busy machine. */
const STOP_DEADLINE_MS = 15_000;

export interface Instance {
  readonly child: ChildProcess;
  /** http://127.0.0.1:<port> */
  readonly url: string;
  readonly exited: Promise<number | null>;
  /** Every JSON log line so far. */
  lines(): Record<string, unknown>[];
  /** SIGTERM (SIGKILL if it has not exited after STOP_DEADLINE_MS), then the exit code. */
  stop(): Promise<number | null>;
}

function parseLines(stderr: string): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  for (const line of stderr.split('\n')) {
    if (!line.startsWith('{')) continue;
    try {
      out.push(JSON.parse(line) as Record<string, unknown>);
    } catch {
      // a line cut by the read; the next read has it whole
    }
  }
  return out;
}

/** Starts one instance with `env` (PATH is added; LOG_LEVEL info or debug); resolves once it logged "parley ready". */
export async function startInstance(env: Record<string, string>): Promise<Instance> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  child.stderr?.setEncoding('utf8');
  await new Promise<void>((resolve, reject) => {
    const deadline = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`parley was not ready within ${START_DEADLINE_MS} ms:\n${stderr}`));
    }, START_DEADLINE_MS);
    child.stderr?.on('data', (chunk: string) => {
      stderr += chunk;
      if (stderr.includes('"msg":"parley ready"')) {
        clearTimeout(deadline);
        resolve();
      }
    });
    child.on('exit', () => {
      clearTimeout(deadline);
      reject(new Error(`parley exited before it was ready:\n${stderr}`));
    });
  });
  const lines = () => parseLines(stderr);
  const port = lines().find((l) => l.msg === 'parley started')?.port;
  if (typeof port !== 'number') throw new Error(`parley did not log its port:\n${stderr}`);
  return {
    child,
    url: `http://127.0.0.1:${port}`,
    exited,
    lines,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      // Parley stops within 5 s; one that does not is killed, so a test run never leaves it behind.
      const kill = setTimeout(() => child.kill('SIGKILL'), STOP_DEADLINE_MS);
      const code = await exited;
      clearTimeout(kill);
      return code;
    },
  };
}

/** `count` instances started in parallel; if one fails, the others are stopped before it throws. */
export async function startInstances(count: number, env: Record<string, string>): Promise<Instance[]> {
  const started = await Promise.allSettled(Array.from({ length: count }, () => startInstance(env)));
  const ok = started.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
  const failed = started.find((s) => s.status === 'rejected');
  if (failed) {
    await Promise.all(ok.map((i) => i.stop()));
    throw (failed as PromiseRejectedResult).reason;
  }
  return ok;
}

/** The process's resident memory in bytes (Linux /proc), for the benchmark: main.ts has no heap endpoint. */
export function residentBytes(pid: number): number | null {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : null;
  } catch {
    return null;
  }
}
