/**
 * What a new detail changed in a plan: the fields whose content differs, each with only what is
 * new in it, in reading order. A DM follow-up shows this instead of the whole plan again.
 */
import { PLAN_FIELDS, type PlanField, type PrepPlan } from './schemas.ts';

export interface PlanChange {
  field: PlanField;
  /** Items of the new plan's field that the previous plan did not have. */
  added: string[];
}

const itemsOf = (plan: PrepPlan, field: PlanField): string[] => {
  const value = plan[field];
  return (Array.isArray(value) ? value : [value]).map((s) => s.trim()).filter(Boolean);
};

/** Fields where the new plan says something the previous one did not (removals alone are not news). */
export function planChanges(before: PrepPlan, after: PrepPlan): PlanChange[] {
  const changes: PlanChange[] = [];
  for (const field of PLAN_FIELDS) {
    const old = new Set(itemsOf(before, field));
    const added = itemsOf(after, field).filter((item) => !old.has(item));
    if (added.length > 0) changes.push({ field, added });
  }
  return changes;
}
