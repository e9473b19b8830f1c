import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { collect, tree } from './read-helpers.ts';

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Akorda</title><language>en</language>
<item>
  <title>Tokayev &amp; Mirziyoyev meet</title>
  <guid isPermaLink="false">12345</guid>
  <link>https://akorda.kz/a</link>
  <description>&lt;p&gt;The presidents met in Tashkent.&amp;nbsp;They signed a &lt;b&gt;memorandum&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Trade was discussed &amp;amp; more.&lt;/p&gt;</description>
  <pubDate>Fri, 12 Apr 2024 23:00:00 +0500</pubDate>
</item>
<item>
  <title>Second</title>
  <link>https://akorda.kz/b</link>
  <content:encoded><![CDATA[<p>Full text &copy; one.</p><script>x()</script><p>Two.</p>]]></content:encoded>
  <description>Short teaser.</description>
  <dc:date>2024-04-13T08:00:00Z</dc:date>
</item>
<item>
  <description>No title, no link.</description>
</item>
<item>
  <guid>empty-one</guid>
  <pubDate>Sat, 13 Apr 2024 10:00:00 GMT</pubDate>
</item>
<item><title>Dup</title><guid>12345</guid></item>
</channel></rss>`;

test('RSS 2.0: items become documents; HTML stripped, entities decoded, dates converted', async () => {
  const dir = await tree({ 'akorda.rss': RSS });
  const file = join(dir, 'akorda.rss');
  const { docs, problems, order } = await collect([file]);
  assert.deepEqual(docs.map(({ meta: _m, ...d }) => d), [
    {
      id: '12345', title: 'Tokayev & Mirziyoyev meet', url: 'https://akorda.kz/a', date: '2024-04-12', lang: 'en',
      text: 'Tokayev & Mirziyoyev meet\nThe presidents met in Tashkent. They signed a memorandum.\nTrade was discussed & more.',
      source: { file, line: 4 },
    },
    {
      id: 'https://akorda.kz/b', title: 'Second', url: 'https://akorda.kz/b', date: '2024-04-13', lang: 'en',
      text: 'Second\nFull text © one.\nTwo.', source: { file, line: 11 },
    },
    { id: 'akorda#3', title: null, url: null, date: null, lang: 'en', text: 'No title, no link.', source: { file, line: 18 } },
  ]);
  assert.deepEqual(problems.map((p) => [p.where.line, p.where.field]), [[21, 'text'], [25, 'id']]);
  assert.deepEqual(order, ['12345', 'https://akorda.kz/b', 'akorda#3', 'problem:21:text', 'problem:25:id']);
});

test('Atom: id, alternate link, published/updated, summary/content (type html)', async () => {
  const atom = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ru">
  <title>MFA</title>
  <entry>
    <id>urn:mfa:1</id>
    <title type="html">Lavrov &lt;i&gt;visits&lt;/i&gt; Astana</title>
    <link rel="self" href="https://mfa/self/1"/>
    <link rel="alternate" href="https://mfa/news/1"/>
    <published>2024-11-24T10:00:00+03:00</published>
    <content type="html">&lt;p&gt;Talks were held.&lt;/p&gt;</content>
  </entry>
  <entry>
    <id>urn:mfa:2</id>
    <title>Update only</title>
    <link href="https://mfa/news/2"/>
    <updated>2024-11-25T00:00:00Z</updated>
    <summary>Summary text.</summary>
  </entry>
</feed>`;
  const dir = await tree({ 'mfa.atom': atom });
  const { docs, problems } = await collect([join(dir, 'mfa.atom')]);
  assert.deepEqual(problems, []);
  assert.deepEqual(docs.map((d) => [d.id, d.url, d.date, d.lang, d.title, d.text]), [
    // the feed declares Russian; where the text is English (the detector is sure, or the common words say so
    // around the names), the text wins (src/lang)
    ['urn:mfa:1', 'https://mfa/news/1', '2024-11-24', 'en', 'Lavrov visits Astana', 'Lavrov visits Astana\nTalks were held.'],
    ['urn:mfa:2', 'https://mfa/news/2', '2024-11-25', 'en', 'Update only', 'Update only\nSummary text.'],
  ]);
});

test('RDF (RSS 1.0) with dc:date; feeds sniffed in .xml, .txt and unknown extensions', async () => {
  const rdf = `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://x/"><title>X</title></channel>
  <item rdf:about="https://x/1"><title>One</title><link>https://x/1</link><description>Body one.</description><dc:date>2024-02-03</dc:date></item>
</rdf:RDF>`;
  const rss = '<rss version="2.0"><channel><item><guid>g</guid><title>T</title></item></channel></rss>';
  const dir = await tree({ 'a.xml': rdf, 'b.txt': rss, 'c.feed': rss.replace('>g<', '>g2<'), 'd.unknown': 'plain text, skipped in a folder' });
  const { docs, problems } = await collect([dir]);
  assert.deepEqual(problems, []);
  assert.deepEqual(docs.map((d) => [d.id, d.date, d.text]), [['https://x/1', '2024-02-03', 'One\nBody one.'], ['g', null, 'T'], ['g2', null, 'T']]);
});

test('feed problems: malformed XML names its line; XML that is not a feed', async () => {
  const dir = await tree({
    'bad.rss': '<?xml version="1.0"?>\n<rss><channel>\n<item><title>x</titl></item>\n</channel></rss>',
    'other.xml': '<?xml version="1.0"?><config><a>1</a></config>',
    'ok.rss': '<rss><channel><item><guid>fine</guid><description>Ok.</description></item></channel></rss>',
  });
  const { docs, problems } = await collect([dir]);
  assert.deepEqual(docs.map((d) => d.id), ['fine']);
  assert.deepEqual(problems.map((p) => [p.where.file, p.where.line]), [[join(dir, 'bad.rss'), 3], [join(dir, 'other.xml'), undefined]]);
  assert.match(problems[0]!.message, /not well-formed XML/);
  assert.match(problems[1]!.message, /not an RSS, Atom or RDF feed/);
});
