import type { PathwayPack } from '../pack/schema.ts';
import { derivedReadouts } from './derived-readouts.ts';
import { modelInterventions } from './model-tools.ts';

/**
 * The pack as the lab runs it: a pack without readouts gets readouts derived
 * from its current lesson, and one without interventions gets a tool per
 * entity ("Inhibit X", "Activate X", each a model prediction). Authored
 * readouts and interventions are kept as they are. Derived at run time,
 * never stored: call it on the pack after withLesson(pack, start), so the
 * readouts follow the start the student chose. Pure; the same pack gives
 * the same result.
 */
export function withLab(pack: PathwayPack): PathwayPack {
  const readouts = pack.readouts.length ? pack.readouts : derivedReadouts(pack);
  const interventions = pack.interventions.length ? pack.interventions : modelInterventions(pack);
  if (readouts === pack.readouts && interventions === pack.interventions) return pack;
  return { ...pack, readouts, interventions };
}
