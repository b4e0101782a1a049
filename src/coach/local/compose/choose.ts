/**
 * Which techniques fit a plan, best first, from the weights in the rewrite pack (no technique id
 * is spelled out here). An apology fits only where the draft admits fault or apologised
 * conditionally; a break only when the draft is very heated.
 */
import type { Risk } from '../../schemas.ts';
import type { MessagePlan } from './plan.ts';
import type { RewritesPack } from './templates.ts';

export function rankTechniques(
  plan: MessagePlan,
  risk: Risk,
  pack: RewritesPack,
  known: (id: string) => boolean,
): string[] {
  const heated = risk.level === 'heated';
  const veryHeated = heated && (risk.score >= 0.85 || plan.hostile.length >= 4);
  const scored: Array<[string, number, number]> = [];
  let order = 0;
  for (const [id, t] of Object.entries(pack.techniques)) {
    order++;
    if (!known(id)) continue;
    const f = t.fit;
    if ((f.fault > 0 || f.nonApology > 0) && !plan.admitsFault && !plan.nonApology) continue;
    if (f.veryHeated > 0 && !veryHeated) continue;
    let score = f.base;
    if (plan.context && plan.context !== 'report') score += f.context;
    if (plan.price) score += f.price;
    if (plan.admitsFault) score += f.fault;
    if (plan.nonApology) score += f.nonApology;
    if (heated) score += f.heated;
    if (veryHeated) score += f.veryHeated;
    for (const act of plan.acts) score += f.acts[act] ?? 0;
    if (score > 0) scored.push([id, score, order]);
  }
  return scored.sort((a, b) => b[1] - a[1] || a[2] - b[2]).map(([id]) => id);
}
