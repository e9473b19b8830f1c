/**
 * Prints what clustering did to a database, for hand-checking: events, happenings, the distribution of reports
 * per happening, and `n` multi-report happenings picked with a fixed seed (a hash of seed and happening id, so the
 * same database and seed always give the same sample), each with its reports' evidence.
 *
 *   node --import tsx scripts/happenings-sample.ts DB [n=10] [seed=10]
 */
import { createHash } from 'node:crypto';
import { openStore } from '../src/store/store.ts';

const [path, nArg, seedArg] = process.argv.slice(2);
if (!path) {
  process.stderr.write('usage: happenings-sample.ts DB [n] [seed]\n');
  process.exit(2);
}
const n = Number(nArg ?? 10);
const seed = seedArg ?? '10';
const store = await openStore({ path, readOnly: true });
try {
  const s = await store.stats();
  const all = await store.queryHappenings({ reviewStatuses: ['auto', 'confirmed', 'edited', 'rejected'] }, { limit: 10_000_000 });
  const sizes = new Map<number, number>();
  for (const h of all.happenings) sizes.set(h.reports.length, (sizes.get(h.reports.length) ?? 0) + 1);
  const multi = all.happenings.filter((h) => h.reports.length > 1);
  console.log(`events ${s.events}, happenings ${s.happenings}, reports per happening ${(s.events / s.happenings).toFixed(3)} (mean)`);
  console.log(`happenings by reports: ${[...sizes].sort((a, b) => a[0] - b[0]).map(([k, v]) => `${k}:${v}`).join(' ')}`);
  console.log(`multi-report happenings ${multi.length}, holding ${multi.reduce((t, h) => t + h.reports.length, 0)} reports\n`);
  const key = (id: string) => createHash('sha256').update(`${seed}\u001f${id}`).digest('hex');
  const sample = [...multi].sort((a, b) => (key(a.id) < key(b.id) ? -1 : 1)).slice(0, n);
  sample.forEach((h, i) => {
    console.log(`#${i + 1} ${h.event_type}${h.mode ? `/${h.mode}` : ''} ${h.actor.join('+') || '-'} -> ${h.recipient.join('+') || '-'} ` +
      `${h.date ?? 'undated'} @${h.location ?? '?'}: ${h.reports.length} reports`);
    for (const r of h.reports) console.log(`   ${r.date ?? '-'}  ${r.id.slice(0, 16)}  ${r.source.slice(0, 100)}\n      ${r.text.replace(/\s+/g, ' ').slice(0, 220)}`);
  });
} finally {
  await store.close();
}
