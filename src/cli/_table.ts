/** Aligned plain-text tables for the terminal. */
export function formatTable(rows: Record<string, string | number>[], maxWidth = 40): string {
  if (rows.length === 0) return '(none)\n';
  const cols = Object.keys(rows[0]!);
  const cell = (v: string | number): string => {
    const s = String(v);
    return s.length > maxWidth ? s.slice(0, maxWidth - 1) + '…' : s;
  };
  const width = cols.map((c) => Math.max(c.length, ...rows.map((r) => cell(r[c] ?? '').length)));
  const num = cols.map((c) => rows.every((r) => typeof r[c] === 'number'));
  const line = (vals: string[]): string => vals.map((v, i) => (num[i] ? v.padStart(width[i]!) : v.padEnd(width[i]!))).join('  ').trimEnd();
  return [line(cols), line(width.map((w) => '-'.repeat(w))), ...rows.map((r) => line(cols.map((c) => cell(r[c] ?? ''))))].join('\n') + '\n';
}

export function printTable(rows: Record<string, string | number>[], maxWidth?: number): void {
  process.stdout.write(formatTable(rows, maxWidth));
}
