/** The technique list as the builders want it (id and display name only). */
import type { TechniqueLibrary } from '../../../coach/techniques.ts';
import type { TechniqueRef } from '../../views/review.ts';

export function techniqueRefs(techniques: TechniqueLibrary): TechniqueRef[] {
  return techniques.all.map((t) => ({ id: t.id, name: t.name, namePl: t.name_pl }));
}
