import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { collect, tree } from './read-helpers.ts';

const ARTICLE = `
<p>ASTANA. President Kassym-Jomart Tokayev met Russian Foreign Minister Sergey Lavrov in Astana on Monday,
the Akorda press service said. The sides discussed bilateral cooperation, including trade &amp; energy.</p>
<p>They also touched on the situation in Afghanistan and agreed to hold consultations between the foreign
ministries later this year. Lavrov conveyed greetings from President Putin.</p>
<p>The meeting took place on the sidelines of the Council of Foreign Ministers of the Shanghai Cooperation
Organisation, which Kazakhstan chairs this year.</p>`;

function page(head: string, opts: { lang?: string } = {}): string {
  return `<!doctype html><html${opts.lang ? ` lang="${opts.lang}"` : ''}><head><meta charset="utf-8"><title>Tokayev meets Lavrov</title>${head}</head>
<body><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World news menu</a></li></ul></nav>
<header><div class="logo">Daily Steppe</div></header>
<main><article><h1>Tokayev meets Lavrov</h1>${ARTICLE}<script>trackPageView("should not appear");</script></article>
<aside>Most read: something else entirely</aside></main>
<footer>Copyright 2024 Daily Steppe. All rights reserved.</footer></body></html>`;
}

test('html: article paragraphs only, one per line; title, url, lang, date', async () => {
  const head = '<link rel="canonical" href="https://steppe.kz/tokayev-lavrov"><meta property="article:published_time" content="2024-04-15T10:00:00+05:00">';
  const dir = await tree({ 'kz-0415.html': page(head, { lang: 'en' }) });
  const file = join(dir, 'kz-0415.html');
  const { docs, problems } = await collect([file]);
  assert.deepEqual(problems, []);
  const d = docs[0]!;
  assert.equal(d.id, 'kz-0415');
  assert.equal(d.title, 'Tokayev meets Lavrov');
  assert.equal(d.url, 'https://steppe.kz/tokayev-lavrov');
  assert.equal(d.lang, 'en');
  assert.equal(d.date, '2024-04-15');
  assert.deepEqual(d.source, { file });
  const lines = d.text.split('\n');
  assert.equal(lines.length, 3);
  assert.match(lines[0]!, /^ASTANA\. President Kassym-Jomart Tokayev met .* Monday, the Akorda press service said\. .* trade & energy\.$/);
  for (const junk of ['Home', 'menu', 'Daily Steppe', 'Copyright', 'trackPageView', 'Most read']) {
    assert.ok(!d.text.includes(junk), `text should not contain ${junk}`);
  }
});

const META_DATES: { name: string; head: string; body?: string; date: string | null }[] = [
  { name: 'og:published_time', head: '<meta property="og:published_time" content="2024-05-02">', date: '2024-05-02' },
  { name: 'JSON-LD datePublished in @graph', head: '<script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","datePublished":"2024-05-03T08:00:00Z"}]}</script>', date: '2024-05-03' },
  { name: 'broken JSON-LD ignored, <time datetime> used', head: '<script type="application/ld+json">{oops</script>', body: '<time datetime="2024-05-04T12:00">May 4</time>', date: '2024-05-04' },
  { name: 'meta name=date', head: '<meta name="date" content="2024-05-05">', date: '2024-05-05' },
  { name: 'RFC 822 style meta date', head: '<meta name="date" content="Mon, 6 May 2024 09:00:00 +0500">', date: '2024-05-06' },
  { name: 'no date', head: '', date: null },
];
for (const c of META_DATES) {
  test(`html date from ${c.name}`, async () => {
    const html = page(c.head).replace('<main>', `<main>${c.body ?? ''}`);
    const dir = await tree({ 'p.htm': html });
    const { docs } = await collect([join(dir, 'p.htm')]);
    assert.equal(docs[0]?.date, c.date);
  });
}

test('html: og:url when no canonical; --date as fallback only', async () => {
  const dir = await tree({
    'a.html': page('<meta property="og:url" content="https://og.example/a">'),
    'b.html': page('<meta name="date" content="2024-07-01">'),
  });
  const { docs } = await collect([dir], { date: '2024-01-01' });
  assert.deepEqual(docs.map((d) => [d.id, d.url, d.date]), [['a', 'https://og.example/a', '2024-01-01'], ['b', null, '2024-07-01']]);
});

test('html: short page falls back to body text without nav/header/footer', async () => {
  const html = '<html><body><nav>Menu</nav><header>Site</header><div>Kazakhstan opened an embassy in Rome.</div><footer>Foot</footer></body></html>';
  const dir = await tree({ 's.html': html });
  const { docs } = await collect([join(dir, 's.html')]);
  assert.equal(docs[0]?.text, 'Kazakhstan opened an embassy in Rome.');
});

test('html: page without text is a problem; declared windows-1251 is decoded', async () => {
  const cyr = Buffer.from(new Uint8Array([0xc0, 0xf1, 0xf2, 0xe0, 0xed, 0xe0])); // "Астана" in windows-1251
  const dir = await tree({
    'empty.html': '<html><head><title>x</title></head><body><nav>Only a menu</nav><script>x()</script></body></html>',
    'ru.html': Buffer.concat([Buffer.from('<html><head><meta charset="windows-1251"></head><body><p>'), cyr, Buffer.from('.</p></body></html>')]),
  });
  const { docs, problems } = await collect([dir]);
  assert.deepEqual(problems.map((p) => [p.where.file, p.where.field]), [[join(dir, 'empty.html'), 'text']]);
  assert.deepEqual(docs.map((d) => d.text), ['Астана.']);
});
