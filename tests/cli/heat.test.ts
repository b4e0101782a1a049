import { spawnSync } from 'node:child_process';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runHeat } from '../../src/cli/heat.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));

const heated = [
  ['ana', 'The deploy broke prod again. Who merged this without tests?'],
  ['ben', 'I did, it was urgent. The tests were flaky anyway.'],
  ['ana', 'Why do you always skip the checks? You never listen.'],
  ['ben', "Seriously? You're blaming me for your own broken pipeline?!"],
  ['ana', 'This is ridiculous. Stop making excuses and own it.'],
  ['ben', "You're unbelievable. I'm not taking the fall for your mess."],
];
const jsonl = (rows: string[][]) => rows.map(([user, text]) => JSON.stringify({ user, text })).join('\n');

function sink() {
  let text = '';
  return {
    stream: {
      write: (chunk: string) => {
        text += chunk;
        return true;
      },
      once: () => undefined,
    },
    get text() {
      return text;
    },
  };
}

async function heat(args: string[], stdin: string) {
  const stdout = sink();
  const stderr = sink();
  const code = await runHeat(args, {
    stdin: Readable.from([stdin]),
    stdout: stdout.stream,
    stderr: stderr.stream,
  });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

describe('parley heat', () => {
  it('prints one JSON reading per message and marks the reminder once', async () => {
    const { code, stdout } = await heat(['--json'], jsonl(heated));
    expect(code).toBe(0);
    const lines = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(heated.length);
    for (const line of lines) {
      expect(Object.keys(line).sort()).toEqual(['heat', 'remind', 'why']);
      expect(line.heat).toBeGreaterThanOrEqual(0);
      expect(line.heat).toBeLessThanOrEqual(1);
    }
    expect(lines.filter((l) => l.remind)).toHaveLength(1);
  });

  it('prints a readable line with a bar per message, without the message text', async () => {
    const { code, stdout } = await heat([], jsonl(heated));
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(heated.length);
    expect(lines[0]).toMatch(/[░█]{10} \d\.\d\d/);
    expect(stdout).toContain('reminder');
    expect(stdout).not.toContain('pipeline');
  });

  it('uses the given timestamps, so messages hours apart stay cool', async () => {
    const spaced = heated.map(([user, text], i) =>
      JSON.stringify({ user, text, ts: 1_700_000_000 + i * 7200 }),
    );
    const { stdout } = await heat(['--json'], spaced.join('\n'));
    const lines = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.some((l) => l.remind)).toBe(false);
  });

  it('reports every bad line on stderr by number and exits 2 without output', async () => {
    const input = [
      JSON.stringify({ user: 'ana', text: 'hi' }),
      'not json',
      JSON.stringify({ text: 'x' }),
      '{"user":"a","text":"b","ts":"soon"}',
    ].join('\n');
    const { code, stdout, stderr } = await heat(['--json'], input);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('line 2');
    expect(stderr).toContain('line 3');
    expect(stderr).toContain('line 4');
    expect(stderr).not.toContain('line 1 ');
  });

  it('shows the usage and exits 2 on empty stdin', async () => {
    const { code, stderr } = await heat([], '  \n');
    expect(code).toBe(2);
    expect(stderr).toContain('Usage');
  });

  it('rejects an unknown option and a bad sensitivity', async () => {
    expect((await heat(['--nope'], jsonl(heated))).code).toBe(2);
    expect((await heat(['--sensitivity', 'extreme'], jsonl(heated))).code).toBe(2);
  });

  it('reminds earlier at high sensitivity than at low', async () => {
    const first = async (level: string) =>
      (await heat(['--json', '--sensitivity', level], jsonl(heated))).stdout
        .trim()
        .split('\n')
        .findIndex((l) => JSON.parse(l).remind);
    const high = await first('high');
    const low = await first('low');
    expect(high).toBeGreaterThanOrEqual(0);
    expect(low === -1 || low >= high).toBe(true);
  });

  it('runs as a spawned `parley heat --json` process reading stdin', () => {
    const result = spawnSync(process.execPath, ['bin/parley.js', 'heat', '--json'], {
      cwd: root,
      input: jsonl(heated),
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    expect(result.status).toBe(0);
    const lines = result.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(heated.length);
    expect(lines.filter((l) => l.remind)).toHaveLength(1);
  });

  it('exits 2 from a spawned process on a bad line', () => {
    const result = spawnSync(process.execPath, ['bin/parley.js', 'heat'], {
      cwd: root,
      input: 'oops\n',
      encoding: 'utf8',
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('line 1');
  });
});
