/**
 * Everything several instances must share, over one Redis connection, in the shape
 * createSlackApp takes: button state (sealed), the delivery and signature ledgers, thread heat and
 * reminders, and the readiness check. main.ts passes it in when REDIS_URL is set; without it each
 * of these stays in memory, as in the embedded single-process mode.
 */
import type { HeatOptions } from '../coach/heat.ts';
import { SharedHeat } from '../coach/shared-heat.ts';
import type { Sealer } from '../crypto/sealed.ts';
import type { SlackAppOptions } from '../slack/app.ts';
import { DELIVERY_TTL_MS } from '../slack/deliver-once.ts';
import { SIGNATURE_TTL_MS } from '../slack/request-guard.ts';
import { RedisButtonState } from './button-state.ts';
import type { SharedRedis } from './connection.ts';
import { RedisEventLedger } from './event-ledger.ts';
import { RedisHeatWindows, RedisReminderGate, type TeamOf } from './heat.ts';

export type SharedStateOptions = Required<Pick<SlackAppOptions, 'ledgers' | 'readiness'>> & {
  listeners: Required<Pick<NonNullable<SlackAppOptions['listeners']>, 'state' | 'heat'>>;
};

export interface SharedStateSettings {
  heat?: Partial<HeatOptions>;
  /**
   * The workspace of the request being handled (a distributed app serves several): button state
   * and heat keys carry it, so one workspace never reads another's. Event ids and signatures are
   * unique across Slack and need none.
   */
  team?: TeamOf;
}

export function sharedState(
  redis: SharedRedis,
  sealer: Sealer,
  { heat = {}, team }: SharedStateSettings = {},
): SharedStateOptions {
  return {
    ledgers: {
      deliveries: new RedisEventLedger(redis, 'delivery', DELIVERY_TTL_MS),
      signatures: new RedisEventLedger(redis, 'signature', SIGNATURE_TTL_MS),
    },
    listeners: {
      state: new RedisButtonState(redis, sealer, team ? { team } : {}),
      heat: new SharedHeat(new RedisHeatWindows(redis, team), new RedisReminderGate(redis, team), heat),
    },
    readiness: [{ name: 'redis', ready: () => redis.ready() }],
  };
}
