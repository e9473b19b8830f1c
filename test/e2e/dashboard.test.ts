/**
 * The dashboard as a person uses it, in real Chromium against a real `multivector serve` (example corpus
 * ingested into a temporary database): open the overview, switch country, open a dyad from the map, review
 * events and see the change persist after a reload (and in the measures), ingest a pasted text, download a
 * brief. Every page is also rendered once without console errors; with UPDATE_SCREENSHOTS=1 the renders are
 * saved to docs/screenshots/ (ingest with its coded events).
 */
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { CHROMIUM, ROOT, TOKEN, buildWeb, hasChromium, launch, open, ready, startServer, type Server, type Tab } from './_harness.ts';

const SHOTS = process.env.UPDATE_SCREENSHOTS === '1' ? join(ROOT, 'docs/screenshots') : null;

/** Waits for the hash to contain `part` and the page to be rendered. */
async function readyAt(page: Page, name: string, part: string): Promise<void> {
  await page.waitForFunction(([n, p]) => location.hash.includes(p!) && document.querySelector(`main[data-ready="${n}"]`) !== null, [name, part], { timeout: 30_000 });
}

async function headline(url: string, focal: string, day?: string): Promise<{ events: number }> {
  // (a day given: the reports of that day alone, which hold an event whatever the default window is and however many
  // reports its happening has)
  const res = await fetch(`${url}/api/measures/headline?focal=${focal}${day ? `&from=${day}&to=${day}&unit=reports` : ''}`);
  assert.equal(res.status, 200);
  return (await res.json()) as { events: number };
}

async function saveToken(page: Page): Promise<void> {
  await page.waitForSelector('#token-input', { timeout: 10_000 });
  await page.fill('#token-input', TOKEN);
  await page.click('#token-save');
}

// under CI=true a missing Chromium fails the run instead of skipping it
if (process.env.CI && !hasChromium) throw new Error(`Debian Chromium (${CHROMIUM}) is not installed under CI`);
describe('dashboard end to end', { skip: hasChromium ? false : `Debian Chromium (${CHROMIUM}) is not installed; apt-get install chromium to run the e2e tests` }, () => {
  let server: Server;
  let browser: Browser;
  const tabs: Tab[] = [];
  const tab = async (opts: { token?: boolean } = {}) => { const t = await open(browser, opts); tabs.push(t); return t; };
  const noErrors = (t: Tab) => assert.deepEqual(t.errors, [], 'no console errors or page exceptions');

  before(async () => {
    buildWeb();
    server = await startServer();
    browser = await launch();
  }, { timeout: 180_000 });

  after(async () => {
    for (const t of tabs) await t.context.close().catch(() => {});
    await browser?.close();
    await server?.stop();
  });

  test('the overview shows Kazakhstan by default, with headline numbers and charts', async () => {
    const t = await tab();
    await t.page.goto(server.url + '/');
    await ready(t.page, 'overview');
    assert.match(await t.page.textContent('main h1') ?? '', /Kazakhstan/);
    const events = await t.page.textContent('#headline .card:first-child .card-value');
    assert.equal(Number(events?.replace(/,/g, '')), (await headline(server.url, 'KAZ')).events);
    assert.ok(Number(events) > 0, 'the example corpus has Kazakh events');
    assert.equal(await t.page.locator('main .chart canvas').count() >= 3, true, 'shares, index and partners charts are drawn');
    assert.ok(await t.page.locator('#alerts li').count() >= 1);
    assert.equal(await t.page.getAttribute('#brief', 'href'), '/api/brief?focal=KAZ&by=quarter&format=html');
    // The documents and sources behind the series, as the API counts them.
    const bal = (await (await fetch(`${server.url}/api/measures/balance?focal=KAZ`)).json()) as { total: { documents: number; sources: number } };
    const cov = await t.page.textContent('#shares-coverage') ?? '';
    assert.match(cov, new RegExp(`^Behind the series: ${bal.total.documents} documents?, ${bal.total.sources} sources? over the window; per (month|quarter|year) with happenings`));
    assert.ok(bal.total.documents > 10);
    noErrors(t);
  });

  test('switching the focal country changes the view and the URL', async () => {
    const t = await tab();
    await t.page.goto(server.url + '/#/overview?by=year');
    await ready(t.page, 'overview');
    await t.page.selectOption('#focal', 'UZB');
    await readyAt(t.page, 'overview', 'focal=UZB');
    assert.match(await t.page.textContent('main h1') ?? '', /Uzbekistan/);
    assert.match(t.page.url(), /focal=UZB/);
    assert.match(t.page.url(), /by=year/, 'the other view state is kept');
    const events = await t.page.textContent('#headline .card:first-child .card-value');
    assert.equal(Number(events?.replace(/,/g, '')), (await headline(server.url, 'UZB')).events);
    // A shared URL opens the same view.
    const t2 = await tab();
    await t2.page.goto(t.page.url());
    await ready(t2.page, 'overview');
    assert.equal(await t2.page.inputValue('#focal'), 'UZB');
    assert.equal(await t2.page.inputValue('#by'), 'year');
    noErrors(t);
    noErrors(t2);
  });

  test('clicking a country on the map opens its dyad', async () => {
    const t = await tab();
    await t.page.goto(server.url + '/#/map');
    await ready(t.page, 'map');
    await t.page.check('input[name="colour"][value="warmth"]');
    await t.page.waitForFunction(() => location.hash.includes('colour=warmth'));
    const box = t.page.locator('main .chart').first();
    const bounds = (await box.boundingBox())!;
    // Where China (lon 104, lat 35) is drawn, asked from the chart itself.
    const [x, y] = await box.evaluate((el) => (el as unknown as { echart: { convertToPixel(f: object, v: number[]): number[] } }).echart.convertToPixel({ seriesIndex: 0 }, [104, 35]));
    await t.page.mouse.click(bounds.x + x!, bounds.y + y!);
    await readyAt(t.page, 'dyad', 'partner=CHN');
    assert.match(await t.page.textContent('main h1') ?? '', /Kazakhstan ↔ China/);
    assert.ok(await t.page.locator('#timeline li').count() >= 1, 'the timeline lists the dyad\'s events');
    const first = t.page.locator('#timeline li').first();
    assert.ok(await first.locator('mark.hl-actor').count() >= 1, 'the actor is highlighted in the evidence');
    assert.ok(await first.locator('mark.hl-action').count() >= 1, 'the action is highlighted in the evidence');
    assert.match(await first.locator('.source a').getAttribute('href') ?? '', /^\/api\/documents\/|^https?:/);
    assert.match(await t.page.getAttribute('#brief', 'href') ?? '', /partner=CHN/, 'the brief follows the dyad');
    noErrors(t);
  });

  test('every page renders without console errors', async () => {
    if (SHOTS) mkdirSync(SHOTS, { recursive: true });
    const t = await tab();
    const views: Array<[string, string]> = [
      ['overview', '#/overview?by=quarter'], ['map', '#/map'], ['dyad', '#/dyad?partner=CHN&by=quarter'], ['network', '#/network'],
      ['events', '#/events'], ['ingest', '#/ingest'], ['compare', '#/compare'],
    ];
    for (const [name, hash] of views) {
      await t.page.goto(`${server.url}/${hash}`);
      await ready(t.page, name);
      assert.equal(await t.page.locator('main [role="alert"]').count(), 0, `${name}: no error message`);
      await t.page.waitForTimeout(name === 'network' ? 2500 : 700); // chart animations (the force layout settles longest)
      // Ingest is shot with its results, in its own test; long lists only as far as the window shows.
      if (SHOTS && name !== 'ingest') await t.page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: !['map', 'events'].includes(name) });
    }
    noErrors(t);
  });

  test('compare: editing a vector weight recomputes the balance with the edited set', async () => {
    const t = await tab();
    await t.page.goto(server.url + '/#/compare?with=KAZ,UZB');
    await ready(t.page, 'compare');
    await t.page.waitForSelector('#custom-table tbody tr');
    const cell = () => t.page.locator('#custom-table tbody tr').first().locator('td').nth(3).textContent();
    // whichever vector leads on the bundled corpus: a weight of 0 must take it out of the lead
    const leader = (await cell())!;
    const input = t.page.locator(`.vlabel:text-is("${leader}")`);
    const id = (await input.getAttribute('for'))!;
    assert.ok(id?.startsWith('w-'), `the leading vector "${leader}" has a weight input`);
    const vector = id.slice(2);
    await t.page.fill(`#${id}`, '0');
    await t.page.locator(`#${id}`).dispatchEvent('change');
    await t.page.waitForFunction((v) => location.hash.includes(`w=${v}%3A0`) || location.hash.includes(`w=${v}:0`), vector);
    await t.page.waitForFunction((l) => document.querySelector('#custom-table tbody tr td:nth-of-type(4)')?.textContent !== l, leader);
    assert.notEqual(await cell(), leader, 'a weight of 0 leaves the vector out');
    await t.page.click('#vectors-reset');
    noErrors(t);
  });

  test('reviewing events with the keyboard persists after a reload and shows in the measures', async () => {
    const t = await tab();
    await t.page.goto(server.url + '/#/events?queue=1');
    await ready(t.page, 'events');
    const first = t.page.locator('.event-row').nth(0);
    const second = t.page.locator('.event-row').nth(1);
    // the queue puts the coder's least confident events first, and shows the confidence
    const shown = (await t.page.locator('.event-row .confidence').evaluateAll((xs) => xs.map((x) => Number(x.getAttribute('data-confidence')))));
    assert.ok(shown.length > 1, 'confidence shown on queued events');
    assert.deepEqual(shown, [...shown].sort((a, b) => a - b), 'least confident first');
    const confirmedId = (await first.getAttribute('data-id'))!;
    const rejectedId = (await second.getAttribute('data-id'))!;
    assert.ok(confirmedId && rejectedId);
    // (measured on the rejected event's own day: the queue is not bound to the headline's default window)
    const day = ((await (await fetch(`${server.url}/api/events/${rejectedId}`)).json()) as { event: { date: string } }).event.date;
    const before = await headline(server.url, 'KAZ', day);
    await t.page.keyboard.press('c'); // asks for the token once
    await saveToken(t.page);
    await t.page.waitForSelector(`.event-row[data-id="${confirmedId}"] .status[data-status="confirmed"]`);
    assert.equal(await second.getAttribute('aria-selected'), 'true', 'the selection moves on');
    await t.page.keyboard.press('r'); // the token is kept: no dialog this time
    await t.page.waitForSelector(`.event-row[data-id="${rejectedId}"] .status[data-status="rejected"]`);
    assert.equal(await t.page.locator('#token-input').count(), 0);
    await t.page.keyboard.press('k');
    await t.page.keyboard.press('k');
    await t.page.keyboard.press('j'); // r moved the selection to row 2; k k lands on row 0, j on row 1
    assert.equal(await second.getAttribute('aria-selected'), 'true');

    await t.page.reload();
    await ready(t.page, 'events');
    assert.equal(await t.page.locator(`.event-row[data-id="${confirmedId}"]`).count(), 0, 'a reviewed event leaves the queue');
    await t.page.goto(`${server.url}/#/events?status=confirmed`);
    await ready(t.page, 'events');
    assert.equal(await t.page.locator(`.event-row[data-id="${confirmedId}"] .status`).textContent(), 'confirmed');
    await t.page.goto(`${server.url}/#/events?status=rejected`);
    await ready(t.page, 'events');
    assert.equal(await t.page.locator(`.event-row[data-id="${rejectedId}"] .status`).textContent(), 'rejected');
    assert.equal((await headline(server.url, 'KAZ', day)).events, before.events - 1, 'the rejected event leaves the measures');
    const afterReview = await headline(server.url, 'KAZ');
    await t.page.goto(server.url + '/#/overview');
    await ready(t.page, 'overview');
    assert.equal(Number((await t.page.textContent('#headline .card:first-child .card-value'))?.replace(/,/g, '')), afterReview.events);
    noErrors(t);
  });

  test('editing an event in the review queue', async () => {
    const t = await tab({ token: true });
    await t.page.goto(server.url + '/#/events?queue=1');
    await ready(t.page, 'events');
    const row = t.page.locator('.event-row').nth(0);
    const id = (await row.getAttribute('data-id'))!;
    await t.page.keyboard.press('e');
    await t.page.waitForSelector('#edit-event_type');
    await t.page.fill('#edit-date', '2024-05');
    await t.page.fill('#edit-note', 'date checked against the source');
    await t.page.click('#edit-save');
    await t.page.waitForSelector(`.event-row[data-id="${id}"] .status[data-status="edited"]`);
    const res = await fetch(`${server.url}/api/events/${encodeURIComponent(id)}`);
    const body = (await res.json()) as { event: { date: string; review_status: string }; review_log: Array<{ action: string }> };
    assert.equal(body.event.date, '2024-05');
    assert.equal(body.event.review_status, 'edited');
    assert.ok(body.review_log.some((l) => l.action === 'edit'));
    noErrors(t);
  });

  test('ingesting a pasted text shows its coded events at once', async () => {
    const t = await tab();
    await t.page.goto(server.url + '/#/ingest');
    await ready(t.page, 'ingest');
    await t.page.fill('#in-title', 'Tokayev in Ankara');
    await t.page.fill('#in-date', '2025-03-12');
    await t.page.fill('#in-text', 'President Kassym-Jomart Tokayev met Turkish President Recep Tayyip Erdogan in Ankara on Tuesday. The two leaders signed an agreement on defence industry cooperation.');
    await t.page.click('#in-submit');
    await saveToken(t.page);
    await t.page.waitForSelector('#ingest-results .coded-event', { timeout: 30_000 });
    const text = await t.page.textContent('#ingest-results');
    assert.match(text ?? '', /added/);
    assert.match(text ?? '', /CONSULT/);
    assert.match(text ?? '', /Kazakhstan/);
    assert.match(text ?? '', /Turkey|Türkiye/);
    // Stored: the events list finds it.
    const res = await fetch(`${server.url}/api/events?country=KAZ&partner=TUR&from=2025-03-11&to=2025-03-11`);
    assert.ok(((await res.json()) as { total: number }).total >= 1);
    if (SHOTS) await t.page.screenshot({ path: join(SHOTS, 'ingest.png'), fullPage: true });
    noErrors(t);
  });

  test('uploading English, Russian, Kazakh and German files reports each language and names those not read', async () => {
    const t = await tab({ token: true });
    await t.page.goto(server.url + '/#/ingest');
    await ready(t.page, 'ingest');
    const file = (name: string, text: string) => ({ name, mimeType: 'text/plain', buffer: Buffer.from(`Date: 2024-05-11\n\n${text}\n`) });
    await t.page.setInputFiles('#in-files', [
      file('mixed-en.txt', 'Armenian Foreign Minister Ararat Mirzoyan and Azerbaijani Foreign Minister Jeyhun Bayramov held talks in Almaty on Friday. The two ministers discussed the text of the peace treaty and thanked Kazakhstan for hosting the meeting.'),
      file('mixed-ru.txt', 'Министры иностранных дел Армении и Азербайджана провели в пятницу переговоры в Алматы при содействии Казахстана.'),
      file('mixed-kk.txt', 'Армения мен Әзербайжан сыртқы істер министрлері жұма күні Алматыда келіссөз жүргізді.'),
      file('mixed-de.txt', 'Die Außenminister Armeniens und Aserbaidschans haben am Freitag in Almaty unter Vermittlung Kasachstans Gespräche geführt.'),
    ]);
    await t.page.click('#in-upload');
    await t.page.waitForSelector('#ingest-results .coded-event', { timeout: 30_000 });
    const top = await t.page.locator('#ingest-results > .ingest-languages').first().textContent();
    assert.match(top ?? '', /Languages: .*English 1/);
    assert.match(top ?? '', /Russian 1/);
    assert.match(top ?? '', /Kazakh 1/);
    assert.match(top ?? '', /German 1/);
    // (Russian and Kazakh are read by their language packs; German is not)
    assert.match(top ?? '', /1 document in a language the coder cannot read yet: mixed-de \(German\)/);
    const titles = await t.page.locator('#ingest-results .panel h2').allTextContents();
    assert.ok(titles.some((x) => /^mixed-de — added, German, not read by the coder yet$/.test(x)), titles.join(' | '));
    assert.ok(!titles.some((x) => /^mixed-(?:ru|kk) .*not read/.test(x)), titles.join(' | '));
    const res = await fetch(`${server.url}/api/documents/mixed-ru`);
    assert.equal(((await res.json()) as { document: { lang: string } }).document.lang, 'ru');
    // The evidence's language beside each sentence not in English: "ru" on the Russian document's events, "kk" on
    // the Kazakh one's, none on the English one's.
    const tagsOf = (doc: string) => t.page.locator('#ingest-results .panel', { hasText: `${doc} — ` }).locator('.coded-event .evidence-lang').allTextContents();
    const ru = await tagsOf('mixed-ru');
    assert.ok(ru.length >= 1 && ru.every((x) => x === 'ru'), ru.join());
    assert.deepEqual([...new Set(await tagsOf('mixed-kk'))], ['kk']);
    assert.deepEqual(await tagsOf('mixed-en'), []);
    // and on the event's own page, the sentence marked as Russian
    const id = await t.page.locator('#ingest-results .panel', { hasText: 'mixed-ru — ' }).locator('.coded-event').first().getAttribute('data-id');
    await t.page.goto(`${server.url}/#/event?id=${id}`);
    await ready(t.page, 'event');
    assert.equal(await t.page.getAttribute('blockquote.evidence', 'lang'), 'ru');
    assert.equal(await t.page.textContent('blockquote.evidence .evidence-lang'), 'ru');
    noErrors(t);
  });

  test('an uploaded text keeps its Date: line, and one event reads "1 event"', async () => {
    const t = await tab({ token: true });
    await t.page.goto(server.url + '/#/ingest');
    await ready(t.page, 'ingest');
    await t.page.fill('#in-date', '2025-01-15'); // only for files without a date of their own
    await t.page.setInputFiles('#in-files', {
      name: 'dated-upload.txt', mimeType: 'text/plain',
      buffer: Buffer.from('Date: 2021-05-04\n\nPresident Kassym-Jomart Tokayev met Turkish President Recep Tayyip Erdogan in Ankara.\n'),
    });
    await t.page.click('#in-upload');
    await t.page.waitForSelector('#ingest-results .coded-event', { timeout: 30_000 });
    const title = await t.page.locator('#ingest-results .panel h2').first().textContent();
    assert.match(title ?? '', /dated-upload — added, 1 event$/);
    const res = await fetch(`${server.url}/api/documents/dated-upload`);
    const body = (await res.json()) as { document: { date: string | null }; events: Array<{ date: string | null; text: string }> };
    assert.equal(body.document.date, '2021-05-04', 'the Date: line dates the document');
    assert.equal(body.events.length, 1);
    assert.match(body.events[0]!.date ?? '', /^2021-05/);
    assert.doesNotMatch(body.events[0]!.text, /Date:/, 'the Date: line is not part of the text');
    // Its month holds no other event: the dyad and the headline count one, in the singular.
    await t.page.goto(server.url + '/#/dyad?focal=KAZ&partner=TUR&from=2021-05&to=2021-05');
    await ready(t.page, 'dyad');
    const titles = await t.page.locator('main .panel h2').allTextContents();
    assert.ok(titles.includes('Timeline (1 event)'), titles.join(' | '));
    await t.page.goto(server.url + '/#/overview?from=2021-05&to=2021-05');
    await ready(t.page, 'overview');
    const cards = await t.page.locator('#headline').innerText();
    assert.match(cards, /\b1 partner\b/);
    assert.doesNotMatch(cards, /\b1 (events|partners|event–vector pairs)\b/);
    noErrors(t);
  });

  test('the review queue\'s count goes down with each review', async () => {
    const t = await tab({ token: true });
    await t.page.goto(server.url + '/#/events?queue=1');
    await ready(t.page, 'events');
    const total = async () => Number(/of ([\d,]+) events?/.exec((await t.page.textContent('#event-count')) ?? '')?.[1]?.replace(/,/g, ''));
    const before = await total();
    assert.ok(before > 1, `the queue has events (${before})`);
    const id = (await t.page.locator('.event-row').nth(0).getAttribute('data-id'))!;
    await t.page.keyboard.press('c');
    await t.page.waitForSelector(`.event-row[data-id="${id}"] .status[data-status="confirmed"]`);
    await t.page.waitForFunction((n) => !document.querySelector('#event-count')?.textContent?.includes(`of ${n.toLocaleString('en')} `), before);
    assert.equal(await total(), before - 1);
    const res = await fetch(`${server.url}/api/events?status=auto&country=KAZ&limit=1`);
    assert.equal(((await res.json()) as { total: number }).total, before - 1, 'the count is the server\'s');
    noErrors(t);
  });

  test('a saved vector set the server refuses is dropped, not sent again on every visit', async () => {
    const t = await tab();
    await t.page.goto(server.url + '/#/compare?with=KAZ,UZB');
    await ready(t.page, 'compare');
    const bad = { name: 'bad', vectors: [
      { id: 'a', label: 'A', members: ['CHN'], rest: false, weight: 1 },
      { id: 'b', label: 'B', members: ['CHN'], rest: false, weight: 1 }, // a code in two vectors: refused
    ] };
    await t.page.evaluate((v) => localStorage.setItem('multivector.vectors', JSON.stringify(v)), bad);
    const sent: string[] = [];
    t.page.on('request', (r) => { if (r.method() === 'POST' && r.url().includes('/api/measures/compare')) sent.push(r.postData() ?? ''); });
    await t.page.reload();
    await ready(t.page, 'compare');
    await t.page.waitForSelector('#custom-result [role="alert"], #custom-result .msg.error', { timeout: 30_000 });
    assert.equal(sent.filter((b) => b.includes('"bad"')).length, 1, 'sent once');
    assert.equal(await t.page.evaluate(() => localStorage.getItem('multivector.vectors')), null, 'and forgotten');
    t.errors.length = 0; // the refused request logs its 400 in the console
    await t.page.reload();
    await ready(t.page, 'compare');
    await t.page.waitForSelector('#custom-table tbody tr');
    assert.equal(sent.filter((b) => b.includes('"bad"')).length, 1, 'not sent again');
    noErrors(t);
  });

  test('the Brief button downloads a brief of the current view', async () => {
    const t = await tab();
    await t.page.goto(server.url + '/#/dyad?partner=CHN');
    await ready(t.page, 'dyad');
    for (const [format, pattern] of [['html', /<html[\s\S]*Kazakhstan/i], ['md', /Kazakhstan/]] as const) {
      await t.page.selectOption('#brief-format', format);
      const [download] = await Promise.all([t.page.waitForEvent('download'), t.page.click('#brief')]);
      assert.equal(download.suggestedFilename().endsWith(`.${format}`), true, download.suggestedFilename());
      const file = await download.path();
      assert.match(readFileSync(file, 'utf8'), pattern);
      assert.match(download.url(), /partner=CHN/);
    }
    noErrors(t);
  });
  test('every chart downloads its data as CSV and its picture as PNG', async () => {
    const t = await tab();
    await t.page.goto(server.url + '/#/overview?by=year');
    await ready(t.page, 'overview');
    const tools = t.page.locator('main .chart-tools');
    assert.equal(await tools.count(), await t.page.locator('main .chart').count(), 'one tool bar per chart');
    const [csv] = await Promise.all([t.page.waitForEvent('download'), tools.first().getByRole('button', { name: /^Download the data/ }).click()]);
    assert.match(csv.suggestedFilename(), /^share-of-kazakhstan-s-engagement-by-vector-over-time\.csv$/);
    const lines = readFileSync(await csv.path(), 'utf8').trim().split('\n');
    const bal = (await (await fetch(`${server.url}/api/measures/balance?focal=KAZ&by=year`)).json()) as { series: Array<{ period: string }> };
    assert.match(lines[0]!, /^category,/);
    assert.deepEqual(lines.slice(1).map((l) => l.split(',')[0]), bal.series.map((p) => p.period));
    const [png] = await Promise.all([t.page.waitForEvent('download'), tools.first().getByRole('button', { name: /^Download the picture/ }).click()]);
    assert.equal(readFileSync(await png.path()).subarray(1, 4).toString(), 'PNG');
    noErrors(t);
  });

  test('the Methodology page explains the model with the thresholds in force', async () => {
    const t = await tab();
    await t.page.goto(server.url + '/#/overview');
    await ready(t.page, 'overview');
    await t.page.click('nav a[data-page="methodology"]');
    await ready(t.page, 'methodology');
    const text = await t.page.textContent('main') ?? '';
    for (const want of [/fewer than 5 events/, /5 typical events/, /90% interval/, /more than 33% of the events/, /imprecise/, /Organisations are visited but do not visit/]) {
      assert.match(text, want);
    }
    noErrors(t);
  });

  test('an event has a permalink that shows it with its review log', async () => {
    const t = await tab();
    await t.page.goto(server.url + '/#/events?country=KAZ&type=AGREE');
    await ready(t.page, 'events');
    const link = t.page.locator('.event-row a.permalink').first();
    const id = await t.page.locator('.event-row').first().getAttribute('data-id');
    await link.click();
    await readyAt(t.page, 'event', `id=${encodeURIComponent(id!)}`);
    assert.match(await t.page.textContent('#event-facts') ?? '', new RegExp(id!));
    assert.match(await t.page.textContent('#review-log') ?? '', /Not reviewed/);
    const res = await fetch(`${server.url}/api/events/${encodeURIComponent(id!)}/review`, {
      method: 'POST', headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' }, body: JSON.stringify({ action: 'confirm' }),
    });
    assert.equal(res.status, 200);
    // the permalink opened afresh (as shared) shows the review
    const u = await tab();
    await u.page.goto(t.page.url());
    await ready(u.page, 'event');
    assert.match(await u.page.textContent('#review-log') ?? '', /confirm by/);
    noErrors(t);
    noErrors(u);
  });

  test('warmth on the map is smoothed with an interval; brokerage says what it was computed on', async () => {
    const t = await tab();
    await t.page.goto(server.url + '/#/map?colour=warmth');
    await ready(t.page, 'map');
    const head = await t.page.textContent('#partner-table thead') ?? '';
    assert.match(head, /90% interval/);
    await t.page.goto(server.url + '/#/network');
    await ready(t.page, 'network');
    assert.match(await t.page.textContent('#brokerage-data') ?? '', /Computed on \d+ happenings/);
    assert.match(await t.page.textContent('#brokerage-warning') ?? '', /centred on Kazakhstan/);
    noErrors(t);
  });
});
