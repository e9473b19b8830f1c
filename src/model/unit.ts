/**
 * The words for what the measures count, in one place for every surface (CLI, dashboard, brief), so a count of
 * happenings is never called events on one page and happenings on another. Measures count happenings by default
 * and reports on request (the counting model: src/store/measures.ts, `unit`).
 */
export type CountUnit = 'happenings' | 'reports';

/** "happening" or "happenings" (n other than 1), "report" or "reports". */
export function countNoun(unit: CountUnit | undefined, n = 2): string {
  const one = unit === 'reports' ? 'report' : 'happening';
  return n === 1 ? one : `${one}s`;
}

/** "1 happening", "1,234 reports". */
export function countOf(n: number, unit?: CountUnit): string {
  return `${n.toLocaleString('en-US')} ${countNoun(unit, n)}`;
}

/** What a count means, said once beside the numbers. */
export function unitNote(unit: CountUnit | undefined): string {
  return unit === 'reports'
    ? 'counts are reports: every stored event, so a happening reported twice counts twice'
    : 'counts are happenings: the reports of one happening count once; they are what was reported, not everything that happened';
}
