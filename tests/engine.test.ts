/**
 * createCoach loads the model engine (and the openai SDK, over a second to import) only when a
 * model is configured. Checked in a fresh Node process whose module loader refuses any `openai`
 * import, so nothing loaded earlier by this test run can hide an import.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const REFUSE_OPENAI = `export async function resolve(specifier, context, next) {
  if (specifier === 'openai' || specifier.startsWith('openai/')) throw new Error('probe: openai was imported');
  return next(specifier, context);
}`;

/** Runs createCoach with the given engine settings in a child process; prints what it built. */
function probe(engine: unknown): { status: number | null; stdout: string; stderr: string } {
  const url = (path: string) => JSON.stringify(new URL(path, import.meta.url).href);
  const script = `
    import { register } from 'node:module';
    register('data:text/javascript,' + encodeURIComponent(${JSON.stringify(REFUSE_OPENAI)}));
    const { createCoach } = await import(${url('../src/engine.ts')});
    const { LocalEngine } = await import(${url('../src/coach/local/engine.ts')});
    const { silentLogger } = await import(${url('../src/log.ts')});
    try {
      const coach = await createCoach({ config: ${JSON.stringify(engine)}, local: new LocalEngine(), logger: silentLogger });
      const review = await coach.review('You ALWAYS ignore my emails.');
      console.log(JSON.stringify({ built: true, engine: review.engine }));
    } catch (error) {
      console.log(JSON.stringify({ built: false, error: String(error?.message ?? error) }));
    }
  `;
  const result = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('createCoach', () => {
  it('builds the offline coach without ever importing the openai module', () => {
    const result = probe({ kind: 'local', openai: null });
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual({ built: true, engine: 'local' });
    expect(result.status).toBe(0);
  });

  it('imports the openai module for the model engine (so the probe above can see an import)', () => {
    const settings = {
      apiKey: 'sk-test',
      baseURL: 'http://127.0.0.1:9/v1',
      model: 'fake-model',
      timeoutMs: 1_000,
      userLimit: 1,
      userWindowMs: 60_000,
    };
    const result = probe({ kind: 'openai', openai: settings });
    expect(JSON.parse(result.stdout)).toEqual({
      built: false,
      error: expect.stringContaining('probe: openai was imported'),
    });
  });
});
