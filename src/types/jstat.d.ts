/** The part of jstat (CommonJS, no types of its own) the measures use: Beta quantiles for credible intervals, the log-gamma
 * function for Fisher's exact test on alert counts. */
declare module 'jstat' {
  const jstat: { jStat: { beta: { inv(p: number, alpha: number, beta: number): number }; gammaln(x: number): number } };
  export default jstat;
}
