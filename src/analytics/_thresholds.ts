/** Thresholds of the measures that the dashboard's Methodology page quotes too (no dependencies, so the web can import it). */

/** How many events the warmth prior is worth (see warmth.ts). */
export const PRIOR_EVENTS = 5;
/** The mass of the warmth's credible interval. */
export const CREDIBLE = 0.9;
/** Brokerage warns when one country takes part in more than this share of the events it was computed on (in a world-wide
 * collection the busiest state takes part in well under a third). */
export const CENTRED_SHARE = 1 / 3;
