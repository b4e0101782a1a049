import { describe, expect, it } from 'vitest';
import { createProgress } from '../../src/cli/progress.ts';
import { Sink } from './run-parley.ts';

describe('createProgress', () => {
  it('redraws the count at most once per interval and ends with a summary line', () => {
    const stderr = new Sink(true);
    let now = 0;
    const progress = createProgress(stderr, { enabled: true, intervalMs: 100, now: () => now });
    progress.tick(false);
    now = 50;
    progress.tick(true);
    now = 150;
    progress.tick(false);
    progress.finish();
    expect(stderr.text.match(/Reviewing… /g)).toHaveLength(2);
    expect(stderr.text).toContain('Reviewing… 3 lines done, 1 with errors');
    expect(stderr.text.endsWith('Reviewed 3 lines (1 with errors).\n')).toBe(true);
  });

  it('erases the bar before results are written to the same terminal', () => {
    const stderr = new Sink(true);
    const progress = createProgress(stderr, { enabled: true });
    progress.tick(false);
    const before = stderr.text.length;
    progress.clear();
    expect(stderr.text.slice(before)).toBe('\r\u001b[2K');
    progress.clear();
    expect(stderr.text.slice(before)).toBe('\r\u001b[2K');
  });

  it('writes nothing when disabled', () => {
    const stderr = new Sink(false);
    const progress = createProgress(stderr, { enabled: false });
    progress.tick(true);
    progress.clear();
    progress.finish();
    expect(stderr.text).toBe('');
  });
});
