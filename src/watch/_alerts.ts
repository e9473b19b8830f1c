/**
 * Alerts as they appear: after a poll adds events, the focal country's monthly balance over the last three
 * months is measured again (src/analytics, the default vector set) and its alerts for this month and the last
 * (a vector passing its share threshold, a jump between months) that were never seen are stored and, when the
 * sources file names a webhook, POSTed there as JSON. Older months' alerts are history, not news.
 */
import { balance } from '../analytics/index.ts';
import type { AlertRecord, Store } from '../store/store.ts';
import type { FetchLimits } from './_http.ts';

const month = (d: Date, back: number) => {
  const x = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - back, 1));
  return x.toISOString().slice(0, 7);
};

/** New alerts of the focal country's balance for the current and previous month (stored, not yet delivered). */
export async function newAlerts(store: Store, focal: string, now: Date): Promise<AlertRecord[]> {
  const recent = new Set([month(now, 0), month(now, 1)]);
  // From two months back, so the previous month has a month before it to jump from.
  const r = await balance(store.measures(), focal, { granularity: 'month', filter: { from: month(now, 2) } });
  const found = r.alerts.filter((a) => a.period !== null && recent.has(a.period)).map((a): AlertRecord => ({
    key: `${focal}|${a.period}|${a.vector}|${a.kind}`, focal, period: a.period, vector: a.vector, kind: a.kind,
    share: a.share, previous: a.previous, message: a.message, delivery: null,
  }));
  return store.addAlerts(found);
}

/**
 * POSTs each alert to the webhook (JSON, within the fetch limits) and records the outcome on the alert; a failed
 * delivery is recorded, not retried, and never stops the watcher.
 */
export async function deliverAlerts(store: Store, alerts: AlertRecord[], webhook: string, limits: FetchLimits): Promise<void> {
  for (const a of alerts) {
    let outcome: string;
    try {
      const res = await fetch(webhook, {
        method: 'POST', redirect: 'manual', signal: AbortSignal.timeout(limits.timeoutMs),
        headers: { 'content-type': 'application/json', 'user-agent': limits.userAgent },
        body: JSON.stringify({ source: 'multivector', alert: a }),
      });
      await res.body?.cancel();
      outcome = res.ok ? `sent ${res.status}` : `failed: HTTP ${res.status}`;
    } catch (e) {
      const cause = (e as { cause?: { code?: string } }).cause;
      outcome = `failed: ${cause?.code ?? (e as Error).message}`;
    }
    await store.setAlertDelivery(a.key, outcome);
    a.delivery = outcome;
  }
}

