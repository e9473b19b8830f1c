/**
 * GET /api/measures/{balance,partners,visits,dyad,deals,brokerage,convening,compare,headline}: the measures
 * of src/analytics with the CLI's options as query parameters. POST on balance, partners, compare and
 * headline takes a vector set (same JSON as data/vectors/default.json) as the body, for custom vectors and
 * weights. Results are cached by query until the next write.
 */
import type { FastifyReply } from 'fastify';
import { balance, brokerage, compare, convening, deals, dyad, partners, visits } from '../../analytics/index.ts';
import { VectorSetSchema, type VectorSet } from '../../analytics/vectors.ts';
import { headline } from '../../brief/headline.ts';
import { InputError } from '../../errors.ts';
import type { MeasureQueries } from '../../store/measures.ts';
import { zod, type RouteContext, type Routes } from '../_context.ts';
import { compareQuery, measureQuery, toMeasureFilter, type MeasureQuery } from '../_schemas.ts';

type Compute = (q: MeasureQueries, m: MeasureQuery, vectors: VectorSet | undefined) => Promise<unknown>;

const needPartner = (m: MeasureQuery): string => {
  if (!m.partner) throw new InputError('this measure needs a partner (e.g. partner=CHN)', { where: { field: 'query.partner' } });
  return m.partner;
};
const opt = <K extends string, V>(k: K, v: V | undefined): Partial<Record<K, V>> => (v === undefined ? {} : { [k]: v } as Record<K, V>);

const MEASURES: Record<string, { summary: string; vectors: boolean; compute: Compute }> = {
  balance: {
    summary: 'Multi-vector balance: shares by vector, entropy, HHI, dominance, alerts, per period', vectors: true,
    compute: (q, m, vectors) => balance(q, m.focal, {
      filter: toMeasureFilter(m), granularity: m.by ?? 'month', direction: m.direction, metric: m.metric, ...opt('vectors', vectors),
    }),
  },
  partners: {
    summary: 'Engagement by partner: counts, shares, scores, money', vectors: true,
    compute: (q, m, vectors) => partners(q, m.focal, {
      filter: toMeasureFilter(m), direction: m.direction, ...opt('vectors', vectors), ...opt('limit', m.limit || undefined),
    }),
  },
  visits: {
    summary: 'Visits in and out by partner and level, with reciprocity', vectors: false,
    compute: (q, m) => visits(q, m.focal, { filter: toMeasureFilter(m), ...opt('partner', m.partner) }),
  },
  dyad: {
    summary: 'Warmth of the focal–partner dyad per period, visits both ways (needs partner)', vectors: false,
    compute: (q, m) => dyad(q, m.focal, needPartner(m), { filter: toMeasureFilter(m), granularity: m.by ?? 'month' }),
  },
  deals: {
    summary: 'Money attached to the focal country\'s events, by partner, year and context, in USD', vectors: false,
    compute: (q, m) => deals(q, m.focal, { filter: toMeasureFilter(m), ...opt('partner', m.partner) }),
  },
  brokerage: {
    summary: 'Betweenness in the co-participation network, and the top brokers', vectors: false,
    compute: (q, m) => brokerage(q, m.focal, { filter: toMeasureFilter(m), ...opt('top', m.top) }),
  },
  convening: {
    summary: 'Summits and forums hosted, mediation hosted', vectors: false,
    compute: (q, m) => convening(q, m.focal, { filter: toMeasureFilter(m), granularity: m.by ?? 'year', ...opt('limit', m.limit) }),
  },
  headline: {
    summary: 'The overview\'s numbers for a focal country and window', vectors: true,
    compute: (q, m, vectors) => headline(q, m.focal, { filter: toMeasureFilter(m), ...opt('vectors', vectors) }),
  },
};

async function answer(ctx: RouteContext, reply: FastifyReply, key: string, fn: () => Promise<unknown>): Promise<FastifyReply> {
  const json = await ctx.cache.get(key, fn);
  return reply.type('application/json; charset=utf-8').send(json);
}

export const measureRoutes: Routes = (app, ctx) => {
  const r = zod(app);
  const q = ctx.store.measures();
  for (const [name, m] of Object.entries(MEASURES)) {
    r.get(`/api/measures/${name}`, {
      schema: { tags: ['measures'], summary: m.summary, querystring: measureQuery },
    }, (req, reply) => answer(ctx, reply, `${name}?${JSON.stringify(req.query)}`, () => m.compute(q, req.query, undefined)));
    if (m.vectors) {
      r.post(`/api/measures/${name}`, {
        schema: {
          tags: ['measures'], summary: `${m.summary}, with the vector set of the body`,
          querystring: measureQuery, body: VectorSetSchema,
        },
        config: { auth: false },
      }, (req, reply) => answer(ctx, reply, `${name}?${JSON.stringify(req.query)}#${JSON.stringify(req.body)}`,
        () => m.compute(q, req.query, req.body)));
    }
  }

  const compareOpts = (m: { direction: MeasureQuery['direction'] } & Parameters<typeof toMeasureFilter>[0]) => ({ filter: toMeasureFilter(m), direction: m.direction });
  r.get('/api/measures/compare', {
    schema: { tags: ['measures'], summary: 'Several focal countries side by side: balance, shares, visits, brokerage', querystring: compareQuery },
  }, (req, reply) => answer(ctx, reply, `compare?${JSON.stringify(req.query)}`, () => compare(q, req.query.focal, compareOpts(req.query))));
  r.post('/api/measures/compare', {
    schema: { tags: ['measures'], summary: 'Compare, with the vector set of the body', querystring: compareQuery, body: VectorSetSchema },
    config: { auth: false },
  }, (req, reply) => answer(ctx, reply, `compare?${JSON.stringify(req.query)}#${JSON.stringify(req.body)}`,
    () => compare(q, req.query.focal, { ...compareOpts(req.query), vectors: req.body })));
};
