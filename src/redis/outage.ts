/**
 * Says once per minute that a shared dependency is unreachable, and once when it is back, so an
 * outage shows in the log without a line per request. Kind and code only: never a value.
 */
import { errorKind, type Logger } from '../log.ts';

export const OUTAGE_LOG_EVERY_MS = 60_000;

export class OutageLog {
  #down = false;
  #loggedAt = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly logger: Logger,
    private readonly dependency: string,
    private readonly clock: () => number = Date.now,
    private readonly everyMs = OUTAGE_LOG_EVERY_MS,
  ) {}

  get isDown(): boolean {
    return this.#down;
  }

  down(error: unknown): void {
    this.#down = true;
    const now = this.clock();
    if (now - this.#loggedAt < this.everyMs) return;
    this.#loggedAt = now;
    const code = (error as { code?: unknown } | null)?.code;
    this.logger.warn(`${this.dependency} unreachable`, {
      kind: errorKind(error),
      code: typeof code === 'string' && /^[A-Z_]{1,32}$/.test(code) ? code : null,
    });
  }

  up(): void {
    if (!this.#down) return;
    this.#down = false;
    this.#loggedAt = Number.NEGATIVE_INFINITY;
    this.logger.info(`${this.dependency} reachable again`);
  }
}
