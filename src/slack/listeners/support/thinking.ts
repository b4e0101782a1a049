/**
 * Slow answers (a model call) get a "thinking…" note first: `onSlow` runs once the work has taken
 * longer than `delayMs`, and finishes before the result is returned so the final reply can replace it.
 */
export interface Timed<T> {
  value: T;
  /** True when `onSlow` ran. */
  slow: boolean;
}

export async function withThinking<T>(
  work: Promise<T>,
  delayMs: number,
  onSlow: () => Promise<void>,
): Promise<Timed<T>> {
  let timer: NodeJS.Timeout | undefined;
  const slow = new Promise<'slow'>((resolve) => {
    timer = setTimeout(() => resolve('slow'), delayMs);
  });
  const settled = work.then(
    () => 'done' as const,
    () => 'done' as const,
  );
  const first = await Promise.race([settled, slow]);
  clearTimeout(timer);
  if (first === 'slow') {
    await onSlow();
    return { value: await work, slow: true };
  }
  return { value: await work, slow: false };
}
