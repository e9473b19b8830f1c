/**
 * The measures: typed functions over the store's aggregate queries (`store.measures()`), returning the
 * stable JSON shapes of ./types.ts. Used by the CLI, and by the API and dashboard.
 */
export * from './types.ts';
export { balance, indices, type BalanceOptions } from './balance.ts';
export { partners, type PartnersOptions } from './partners.ts';
export { dyad, type DyadOptions } from './dyad.ts';
export { visits } from './visits.ts';
export { deals } from './deals.ts';
export { convening } from './convening.ts';
export { brokerage, rankBrokers } from './brokerage.ts';
export { compare } from './compare.ts';
export { loadVectorSet, parseVectorSet, toGrouping, DEFAULT_VECTORS_FILE, type VectorSet, type Vector, type AlertConfig } from './vectors.ts';
export { loadRates, parseRates, toUsd, DEFAULT_RATES_FILE, type RatesTable } from './rates.ts';
export { dominanceRatio, hhi, normalisedEntropy, normalisedHhi, reciprocity, shares } from './_math.ts';
export { GRANULARITIES, parseGranularity } from './_periods.ts';
