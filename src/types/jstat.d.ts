/** The part of jstat (CommonJS, no types of its own) the measures use: Beta quantiles for credible intervals. */
declare module 'jstat' {
  const jstat: { jStat: { beta: { inv(p: number, alpha: number, beta: number): number }; normal: { inv(p: number, mean: number, sd: number): number } } };
  export default jstat;
}
