import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ROOT } from './cli/run-parley.ts';

const read = (path: string) => readFileSync(`${ROOT}${path}`, 'utf8');

describe('.ci/run', () => {
  it("runs exactly the README's test command, after making sure PostgreSQL and Redis answer", () => {
    const readme = read('README.md');
    const section = readme.slice(readme.indexOf('## Test it'));
    const command = /```sh\n(.+)\n```/.exec(section)?.[1];
    expect(command).toBe('npm ci && npm test');
    const lines = read('.ci/run').split('\n');
    const run = lines.indexOf(command!);
    expect(run).toBeGreaterThan(-1);
    const before = lines.slice(0, run).join('\n');
    expect(before).toContain('pg_isready -h 127.0.0.1 -p 5432');
    expect(before).toContain('redis-cli -h 127.0.0.1 -p 6379 ping');
  });

  it('documents DATABASE_URL in .env.example', () => {
    expect(read('.env.example')).toMatch(/^DATABASE_URL=$/m);
  });
});
