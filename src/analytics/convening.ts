/** Convening and mediation: summits and forums hosted (CONSULT multilateral located in the focal country) and mediation hosted (CONSULT third-party, focal recipient). */
import type { Granularity, MeasureFilter, MeasureQueries } from '../store/measures.ts';
import type { ConveningResult } from './types.ts';

export async function convening(q: MeasureQueries, focalCode: string, o: { filter?: MeasureFilter; granularity?: Granularity; limit?: number } = {}): Promise<ConveningResult> {
  const focal = focalCode.toUpperCase();
  const filter = o.filter ?? {};
  const g = o.granularity ?? 'year';
  const limit = o.limit ?? 20;
  const [summits, mediation] = await Promise.all([
    q.hosted({ focal, filter, kind: 'multilateral', granularity: g, limit }),
    q.hosted({ focal, filter, kind: 'third-party', granularity: g, limit }),
  ]);
  return { measure: 'convening', focal, filter, summits, mediation };
}
