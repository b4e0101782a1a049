/**
 * Per-user model budget: at most `limit` calls per sliding window. Beyond it the offline coach
 * answers, so one busy user can't run up the bill or starve everyone else. Time is injected.
 */

export interface LimiterOptions {
  limit: number;
  windowMs: number;
  clock?: () => number;
  /** Users tracked at once; the least recently seen are forgotten first. */
  maxUsers?: number;
}

/** Key used when the caller has no user id (the CLI): one shared budget. */
export const ANONYMOUS = '-';

export class UserLimiter {
  private readonly calls = new Map<string, number[]>();
  private readonly clock: () => number;
  private readonly maxUsers: number;

  constructor(private readonly options: LimiterOptions) {
    this.clock = options.clock ?? Date.now;
    this.maxUsers = options.maxUsers ?? 10_000;
  }

  /** Spend one call for `user`; false when the user's budget for the window is used up. */
  take(user: string | null | undefined): boolean {
    const key = user || ANONYMOUS;
    const now = this.clock();
    const since = now - this.options.windowMs;
    const recent = (this.calls.get(key) ?? []).filter((t) => t > since);
    this.calls.delete(key);
    if (recent.length >= this.options.limit) {
      this.calls.set(key, recent);
      return false;
    }
    recent.push(now);
    this.calls.set(key, recent);
    if (this.calls.size > this.maxUsers) {
      const oldest = this.calls.keys().next().value;
      if (oldest !== undefined) this.calls.delete(oldest);
    }
    return true;
  }
}
