/**
 * Happenings, not reports: events that report the same happening are clustered into one happening, so
 * measures can count what happened rather than how often it was written about. Pure and deterministic; the
 * engines store the result (DuckDB: ./duckdb/_happenings.ts) and ../measures.ts documents how it is counted.
 *
 * The rule. Two reports are of the same happening when they have
 * - the same origin family (coded news, GDELT, ICEWS... are never merged with each other),
 * - the same PLOVER type and mode,
 * - the same parties: actors and recipients, each side order-insensitive, and for a joint act (no recipient)
 *   the set of co-actors (so "KAZ and ITA signed" and "ITA and KAZ signed" match); "KAZ visits RUS" and
 *   "RUS visits KAZ" differ,
 * - compatible dates at their precision: two day dates at most REPORT_WINDOW_DAYS apart (every pair of a
 *   happening's day reports, not a chain); a month date matches a happening with a day report in that month, or
 *   another report of the same month; a year date matches within its year. A coarse report joins a finer
 *   happening only when exactly one is compatible (otherwise it cannot say which one it reports),
 * - the same place when both state one.
 * The day window crosses a year's end like any other day ("31 December" and "1 January" reports are one
 * happening); a month or a year date only matches happenings with a day in that month or year. Undated reports,
 * rejected reports and reports naming fewer than two parties are happenings of their own: "someone consulted
 * the USA" (GDELT often leaves a side blank) or "Kazakhstan protested" cannot be told apart from other acts of
 * the same kind on the same day.
 *
 * How: block by key and year, sort within a block by date, greedy assignment in that order. The years of a key are
 * one block when they are linked (see linksYears: day reports at the end of one and the start of the next), so a
 * happening can span the year's end while re-clustering stays local to the years a write touches. Merging blocks
 * that no report pair links changes nothing (coarse dates are matched within their own month or year), so the
 * link may be looser than the window. The result depends only on the reports, never on their input order. Time
 * O(n log n), memory the largest block.
 */
export const REPORT_WINDOW_DAYS = 2;

/** What clustering needs of an event. */
export interface Report {
  id: string;
  /** Block key (see happeningKey): reports of different keys are never merged. */
  key: string;
  /** Spec date: YYYY, YYYY-MM or YYYY-MM-DD, or null. */
  date: string | null;
  location: string | null;
  /** False for reports that must stay alone (see isClusterable). */
  clusterable: boolean;
  /** Carries money: among equally dated reports, one with a value represents the happening. */
  valued?: boolean;
}

export interface Assignment {
  id: string;
  /** The happening's id: the id of its representative report. */
  happening: string;
  /** True for the representative report (one per happening): the one measures count by default. */
  rep: boolean;
}

/** The block key of an event: origin, type, mode and the party sets (see the rule above). */
export function happeningKey(e: { origin: string; event_type: string; mode: string | null; actor: string[]; recipient: string[] }): string {
  const set = (xs: string[]) => [...new Set(xs)].sort().join(',');
  const parties = e.recipient.length === 0 ? `joint:${set(e.actor)}` : `${set(e.actor)}>${set(e.recipient)}`;
  return [e.origin, e.event_type, e.mode ?? '', parties].join('|');
}

/** Whether an event may share a happening with others (see the rule above). */
export function isClusterable(e: { review_status?: string; actor: string[]; recipient: string[]; date: string | null }): boolean {
  return e.review_status !== 'rejected' && e.date !== null && new Set([...e.actor, ...e.recipient]).size >= 2;
}

/** A date's precision: 3 day, 2 month, 1 year, 0 none. */
export function precisionOf(date: string | null): 0 | 1 | 2 | 3 {
  if (!date) return 0;
  return date.length === 10 ? 3 : date.length === 7 ? 2 : date.length === 4 ? 1 : 0;
}

/**
 * Where a report sits at a year's end: 'late' for a day in the last REPORT_WINDOW_DAYS days of December, 'early'
 * for one in the first REPORT_WINDOW_DAYS days of January, else null. Years Y and Y+1 of a key are linked (one
 * block) when the key has a 'late' report in Y and an 'early' one in Y+1: only then can two of its day reports
 * be within the window across the year's end. The engines test the same days in SQL.
 */
export function yearEdge(date: string | null): 'late' | 'early' | null {
  if (precisionOf(date) !== 3) return null;
  const m = date!.slice(5, 7);
  const d = Number(date!.slice(8, 10));
  if (m === '12' && d > 31 - REPORT_WINDOW_DAYS) return 'late';
  if (m === '01' && d <= REPORT_WINDOW_DAYS) return 'early';
  return null;
}

/** The blocks of one key's clusterable, dated reports: its years, linked years together (see yearEdge). */
export function blocksOfKey(reports: Report[]): Report[][] {
  const years = new Map<number, { reports: Report[]; late: boolean; early: boolean }>();
  for (const r of reports) {
    const y = at(years, Number(r.date!.slice(0, 4)), () => ({ reports: [], late: false, early: false }));
    y.reports.push(r);
    const edge = yearEdge(r.date);
    if (edge === 'late') y.late = true;
    else if (edge === 'early') y.early = true;
  }
  const out: Report[][] = [];
  let prev: number | null = null;
  for (const y of [...years.keys()].sort((a, b) => a - b)) {
    const cur = years.get(y)!;
    if (prev === y - 1 && years.get(prev)!.late && cur.early) out[out.length - 1]!.push(...cur.reports);
    else out.push([...cur.reports]);
    prev = y;
  }
  return out;
}

const dayNumber = (d: string) => Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10))) / 86_400_000;

/**
 * The representative of a happening: the most precise date, the earliest among equally precise, then a report
 * with a value, then the smallest id. Its date is the happening's date.
 */
export function compareRepresentative(a: Report, b: Report): number {
  const pa = precisionOf(a.date);
  const pb = precisionOf(b.date);
  if (pa !== pb) return pb - pa;
  const da = a.date ?? '';
  const db = b.date ?? '';
  if (da !== db) return da < db ? -1 : 1;
  if (!!a.valued !== !!b.valued) return a.valued ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

interface Cluster {
  members: Report[];
  /** The first place stated by its reports, in the canonical order (finest first). */
  location: string | null;
  /** Day number of the first day report (day clusters). */
  anchor: number;
  /** Months (YYYY-MM) its day reports fall in. */
  months: Set<string>;
  /** Month of a month-level cluster. */
  month: string | null;
  /** Creation order among day clusters. */
  seq?: number;
}


function at<K, V>(m: Map<K, V>, k: K, make: () => V): V {
  let v = m.get(k);
  if (v === undefined) m.set(k, (v = make()));
  return v;
}

/** A list in creation order read from a moving head (entries that no longer belong are skipped there). */
interface Queue {
  items: Cluster[];
  head: number;
}

/**
 * The day clusters still open (their first day within the window of the report at hand), by place: a report joins
 * the first one, in creation order, with no place or its place. Reports come in date order, so a cluster that
 * closes stays closed; each cluster is passed over once per list it sits in, whatever the number of places.
 */
class OpenDays {
  private readonly all: Queue = { items: [], head: 0 };
  private readonly byPlace = new Map<string | null, Queue>();

  add(c: Cluster): void {
    this.all.items.push(c);
    at(this.byPlace, c.location, () => ({ items: [], head: 0 })).items.push(c);
  }

  private front(q: Queue | undefined, day: number, place: string | null | undefined): Cluster | undefined {
    if (!q) return undefined;
    while (q.head < q.items.length) {
      const c = q.items[q.head]!;
      if (day - c.anchor <= REPORT_WINDOW_DAYS && (place === undefined || c.location === place)) return c;
      q.head++;
    }
    return undefined;
  }

  first(r: Report, day: number): Cluster | undefined {
    if (r.location === null) return this.front(this.all, day, undefined);
    const a = this.front(this.byPlace.get(null), day, null);
    const b = this.front(this.byPlace.get(r.location), day, r.location);
    return a && b ? (a.seq! < b.seq! ? a : b) : a ?? b;
  }

  /** A cluster without place takes one: it leaves the no-place list (skipped there) for its place's, in order. */
  relocate(c: Cluster, place: string): void {
    c.location = place;
    const q = at(this.byPlace, place, () => ({ items: [], head: 0 }));
    let i = q.items.length;
    while (i > q.head && q.items[i - 1]!.seq! > c.seq!) i--;
    q.items.splice(i, 0, c);
  }
}

/** Clusters by stated place, to tell in constant time whether exactly one of them fits a report. */
class PlaceIndex {
  // (arrays, not sets: an index per month holds a list per place, and a block can have a place per happening)
  private readonly byPlace = new Map<string | null, Cluster[]>();
  private size = 0;

  add(c: Cluster): void {
    at(this.byPlace, c.location, () => []).push(c);
    this.size++;
  }

  /** The one cluster `r` fits (no place, or the same place, on either side), or undefined when none or several fit. */
  unique(r: Report): Cluster | undefined {
    if (r.location === null) {
      if (this.size !== 1) return undefined;
      for (const list of this.byPlace.values()) if (list.length) return list[0];
      return undefined;
    }
    const open = this.byPlace.get(null);
    const same = this.byPlace.get(r.location);
    if ((open?.length ?? 0) + (same?.length ?? 0) !== 1) return undefined;
    return open?.length ? open[0] : same![0];
  }

  /** A cluster without place takes one (placeless clusters are few: the scan of their list is short). */
  relocate(c: Cluster, place: string): void {
    const open = this.byPlace.get(null);
    const i = open ? open.indexOf(c) : -1;
    if (i >= 0) open!.splice(i, 1);
    at(this.byPlace, place, () => []).push(c);
  }
}

/**
 * Coarse (month or year) happenings of one period, to find the first in creation order that a report's place fits
 * (no place on either side, or the same) without passing over the others: a block can hold a happening per place.
 */
class Peers {
  private readonly all: Cluster[] = [];
  private readonly open: Cluster[] = [];
  private openHead = 0;
  private readonly byPlace = new Map<string, Cluster[]>();

  first(r: Report): Cluster | undefined {
    if (r.location === null) return this.all[0];
    // (a happening that took a place since it was listed as placeless has left this list)
    while (this.openHead < this.open.length && this.open[this.openHead]!.location !== null) this.openHead++;
    const a = this.open[this.openHead];
    const b = this.byPlace.get(r.location)?.[0];
    return a && b ? (a.seq! < b.seq! ? a : b) : a ?? b;
  }

  add(c: Cluster): void {
    c.seq = this.all.length;
    this.all.push(c);
    if (c.location === null) this.open.push(c);
    else at(this.byPlace, c.location, () => []).push(c);
  }

  /** A placeless happening takes the place of a report that joins it: listed under that place, in creation order. */
  place(c: Cluster, place: string): void {
    c.location = place;
    const list = at(this.byPlace, place, () => []);
    let i = list.length;
    while (i > 0 && list[i - 1]!.seq! > c.seq!) i--;
    list.splice(i, 0, c);
  }
}

/**
 * The order a block's reports are clustered in: day reports by date then id, then month reports, then year
 * reports, each of those by compareRepresentative. The engines read a block's rows in this order (in SQL), so a
 * block of any size is clustered a round of rows at a time.
 */
export function clusteringOrder(a: Report, b: Report): number {
  const pa = precisionOf(a.date);
  const pb = precisionOf(b.date);
  if (pa !== pb) return pb - pa;
  if (pa === 3 && a.date !== b.date) return a.date! < b.date! ? -1 : 1;
  if (pa === 3) return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  return compareRepresentative(a, b);
}

/**
 * One block (reports of one key and one year, or linked years) clustered a report at a time, reports given in
 * clusteringOrder: each `add` costs amortised constant time, so a caller can take a block of any size in rounds
 * and let other work run between them. Day reports join the first open day happening their place fits (greedy in
 * date order); a coarse report joins a finer happening only when exactly one fits (looked up by place, so a block
 * with many happenings costs no more per report), otherwise it groups with its peers of the same month or year.
 * The indexes coarse reports look in are kept as happenings form and take places, so they are ready when the
 * first month or year report comes.
 */
export class BlockClustering {
  private readonly clusters: Cluster[] = [];
  private readonly reps = new Map<Cluster, Report>();
  private readonly open = new OpenDays();
  private days = 0;
  /** Day happenings by month of their day reports; day and month happenings by year (what a year date may join). */
  private readonly byMonth = new Map<string, PlaceIndex>();
  private readonly byYear = new Map<string, PlaceIndex>();
  private readonly monthPeers = new Map<string, Peers>();
  private readonly yearPeers = new Map<string, Peers>();
  private last: Report | null = null;

  add(r: Report): void {
    const p = precisionOf(r.date);
    // The engines' SQL must give this order (checked on precision and date; ids sort by the engine's collation).
    const q = this.last ? precisionOf(this.last.date) : 3;
    if (p > q || (p === q && this.last && r.date! < this.last.date!)) {
      throw new Error(`happenings: report ${r.id} (${r.date}) came after ${this.last!.id} (${this.last!.date}), out of clustering order`);
    }
    this.last = r;
    if (p === 3) this.addDay(r);
    else if (p === 2) this.addMonth(r);
    else this.addYear(r);
  }

  /** The assignments, at most `size` at a time (a happening's reports may span several). */
  *assignments(size: number): Generator<Assignment[]> {
    let out: Assignment[] = [];
    for (const c of this.clusters) {
      const rep = this.reps.get(c)!;
      for (const r of c.members) {
        out.push({ id: r.id, happening: rep.id, rep: r === rep });
        if (out.length >= size) {
          yield out;
          out = [];
        }
      }
    }
    if (out.length) yield out;
  }

  private create(r: Report, c: Omit<Cluster, 'members' | 'location'>): Cluster {
    const fresh: Cluster = { members: [r], location: r.location, ...c };
    this.clusters.push(fresh);
    this.reps.set(fresh, r);
    return fresh;
  }

  private join(c: Cluster, r: Report): void {
    c.members.push(r);
    if (compareRepresentative(r, this.reps.get(c)!) < 0) this.reps.set(c, r);
  }

  private index(m: Map<string, PlaceIndex>, k: string, c: Cluster): void {
    at(m, k, () => new PlaceIndex()).add(c);
  }

  /** A placeless happening takes a report's place: in every index that lists it (its months and years). */
  private place(c: Cluster, place: string): void {
    for (const m of c.months) this.byMonth.get(m)?.relocate(c, place);
    for (const y of yearsOf(c)) this.byYear.get(y)?.relocate(c, place);
    c.location = place;
  }

  private addDay(r: Report): void {
    const n = dayNumber(r.date!);
    const month = r.date!.slice(0, 7);
    const c = this.open.first(r, n);
    if (!c) {
      const fresh = this.create(r, { anchor: n, months: new Set([month]), month: null, seq: this.days++ });
      this.open.add(fresh);
      this.index(this.byMonth, month, fresh);
      this.index(this.byYear, month.slice(0, 4), fresh);
      return;
    }
    this.join(c, r);
    if (c.location === null && r.location !== null) {
      this.place(c, r.location);
      this.open.relocate(c, r.location);
    }
    if (!c.months.has(month)) {
      const years = yearsOf(c);
      c.months.add(month);
      this.index(this.byMonth, month, c);
      if (!years.has(month.slice(0, 4))) this.index(this.byYear, month.slice(0, 4), c);
    }
  }

  /** Joins the one happening of `index` that fits, if exactly one does. */
  private joinUnique(r: Report, index: PlaceIndex | undefined): boolean {
    const c = index?.unique(r);
    if (!c) return false;
    this.join(c, r);
    // Its place holds the happening from now on (two coarse reports of different places never share one).
    if (c.location === null && r.location !== null) this.place(c, r.location);
    return true;
  }

  private joinPeer(peers: Peers, r: Report): Cluster | undefined {
    const c = peers.first(r);
    if (!c) return undefined;
    this.join(c, r);
    if (c.location === null && r.location !== null) {
      // (a month happening is listed by its year: it moves there too)
      for (const y of yearsOf(c)) this.byYear.get(y)?.relocate(c, r.location);
      peers.place(c, r.location);
    }
    return c;
  }

  private addMonth(r: Report): void {
    if (this.joinUnique(r, this.byMonth.get(r.date!))) return;
    const peers = at(this.monthPeers, r.date!, () => new Peers());
    if (this.joinPeer(peers, r)) return;
    const fresh = this.create(r, { anchor: 0, months: new Set(), month: r.date });
    peers.add(fresh);
    this.index(this.byYear, r.date!.slice(0, 4), fresh);
  }

  private addYear(r: Report): void {
    // A year date matches only happenings with a day or month in its year (a block can hold two linked years).
    if (this.joinUnique(r, this.byYear.get(r.date!))) return;
    const peers = at(this.yearPeers, r.date!, () => new Peers());
    if (this.joinPeer(peers, r)) return;
    peers.add(this.create(r, { anchor: 0, months: new Set(), month: null }));
  }
}

/** The years a happening's day or month reports fall in. */
const yearsOf = (c: Cluster): Set<string> => new Set(c.month ? [c.month.slice(0, 4)] : [...c.months].map((m) => m.slice(0, 4)));

/** Assignments for one block's reports (one key, one year or linked years), sorted by id. */
export function clusterBlock(reports: Report[]): Assignment[] {
  const b = new BlockClustering();
  for (const r of [...reports].sort(clusteringOrder)) b.add(r);
  return [...b.assignments(Number.MAX_SAFE_INTEGER)].flat().sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Clusters any set of reports (ids unique): one assignment per report, sorted by id. */
export function clusterHappenings(reports: Report[]): Assignment[] {
  const keys = new Map<string, Report[]>();
  const out: Assignment[] = [];
  for (const r of reports) {
    if (!r.clusterable || precisionOf(r.date) === 0) out.push({ id: r.id, happening: r.id, rep: true });
    else at(keys, r.key, () => []).push(r);
  }
  for (const list of keys.values()) for (const block of blocksOfKey(list)) out.push(...clusterBlock(block));
  return out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
