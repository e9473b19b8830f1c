/**
 * The Sources page in real Chromium against a real `multivector serve --watch` following a loopback feed server:
 * a source that brings items shows them, a failing one shows its error, and the alerts that appeared are listed
 * with their delivery to the sources file's webhook.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { buildWeb, CHROMIUM, hasChromium, launch, open, ready, startServer, type Server, type Tab } from './_harness.ts';
import { rss, startFeedServer, type FeedServer } from '../unit/watch-helpers.ts';

describe('Sources page', { skip: hasChromium ? false : `Debian Chromium (${CHROMIUM}) is not installed` }, () => {
  let feeds: FeedServer;
  let server: Server;
  let browser: Browser;
  let tab: Tab | null = null;

  before(async () => {
    buildWeb();
    feeds = await startFeedServer();
    const day = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    const spoken = new Date(`${day}T12:00:00Z`).toLocaleDateString('en-US', { month: 'long', day: 'numeric', year: 'numeric', timeZone: 'UTC' });
    feeds.routes.set('/news', { body: rss([{ id: 'n1', link: 'http://news.test/n1', date: day, title: 'Talks',
      text: `Kazakh President Kassym-Jomart Tokayev met Chinese President Xi Jinping in Astana on ${spoken}.` }]) });
    feeds.routes.set('/down', { status: 503 });
    // Twelve EU leaders in Astana within a day: the EU vector takes Kazakhstan's engagement (an alert).
    const eu = ['France', 'Germany', 'Italy', 'Spain', 'Poland', 'Austria', 'Belgium', 'Hungary', 'Greece', 'Finland', 'Sweden', 'Portugal'];
    feeds.routes.set('/eu', { body: rss(eu.map((c, i) => ({ id: `eu${i}`, link: `http://news.test/eu/${i}`, date: day, title: `Visit ${i}`,
      text: `Kazakh President Kassym-Jomart Tokayev met the President of ${c} in Astana on ${spoken}.` }))) });
    feeds.routes.set('/hook', { status: 204 });
    server = await startServer(['--watch', '--sources', await sourcesFile(feeds.url)]);
    browser = await launch();
  }, { timeout: 180_000 });

  async function sourcesFile(base: string): Promise<string> {
    const { mkdtempSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const file = join(mkdtempSync(join(tmpdir(), 'mv-e2e-sources-')), 'sources.json');
    writeFileSync(file, JSON.stringify({ webhook: `${base}/hook`, sources: [
      { name: 'news', url: `${base}/news`, type: 'feed', every: '1m' },
      { name: 'down', url: `${base}/down`, type: 'feed', every: '1m' },
      { name: 'eu', url: `${base}/eu`, type: 'feed', every: '1m' },
    ] }));
    return file;
  }

  after(async () => {
    await tab?.context.close().catch(() => {});
    await browser?.close();
    await server?.stop();
    await feeds?.close();
  });

  test('lists each followed source with what it brought, the failing one with its error, and the alerts', async () => {
    for (let i = 0; i < 300; i++) {
      const s = (await (await fetch(`${server.url}/api/sources`)).json()) as { sources: Array<{ last_poll: string | null }>; alerts: Array<{ delivery: string | null }> };
      // The alerts are measured once the round of polls has ended, and delivered before they are listed.
      if (s.sources.every((x) => x.last_poll) && s.alerts.length && s.alerts.every((a) => a.delivery)) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    tab = await open(browser);
    await tab.page.goto(`${server.url}/#/sources`);
    await ready(tab.page, 'sources');
    const row = (name: string) => tab!.page.locator(`#sources-table tr[data-source="${name}"] td`);
    assert.deepEqual(await row('news').allTextContents().then((c) => [c[0], c[3], c[5]]), ['feed', '1', 'ok']);
    const down = await row('down').allTextContents();
    assert.match(down[5] ?? '', /^failing \(1 in a row\): .*HTTP 503/);
    const alerts = await tab.page.locator('#alerts-list li').allTextContents();
    assert.ok(alerts.length >= 1, 'the alert is listed');
    assert.ok(alerts.some((a) => /EU|Europe/i.test(a) && /\(webhook: sent 204\)$/.test(a)), alerts.join('\n'));
    assert.equal(feeds.log.filter((r) => r.path === '/hook' && r.method === 'POST').length, alerts.length);
    assert.equal(await tab.page.locator('nav a[data-page="sources"][aria-current="page"]').count(), 1);
    assert.deepEqual(tab.errors, []);
  });
});
