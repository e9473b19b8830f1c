/**
 * Links are safe everywhere (issue 9): only http(s) URLs become links, in the HTML and Markdown briefs (also as
 * downloaded from the API) and the dashboard; every text from a document or a dataset is escaped.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { gatherBrief, renderBrief } from '../../src/brief/index.ts';
import { escapeHtml, httpUrl, markdownText } from '../../src/model/safe.ts';
import { sourceHref } from '../../web/src/pages/_event.ts';
import { ev, startServer } from './server-helpers.ts';

const EVIL = ['javascript:alert(document.cookie)', ' JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)', 'file:///etc/passwd', '//evil.example/x', '/relative', 'not a url'];

describe('safe URLs and text', () => {
  it('only absolute http(s) URLs pass, normalised', () => {
    for (const u of EVIL) assert.equal(httpUrl(u), null, u);
    assert.equal(httpUrl('https://example.org/a b?x="y"'), 'https://example.org/a%20b?x=%22y%22');
    assert.equal(httpUrl(' HTTP://Example.org '), 'http://example.org/');
    assert.equal(httpUrl(null), null);
  });

  it('escapes HTML and Markdown', () => {
    assert.equal(escapeHtml(`<a href="x" onclick='y'>&</a>`), '&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
    assert.equal(markdownText('[click](javascript:alert(1)) <img src=x> *b* `c`\n# h'), '\\[click\\](javascript:alert(1)) \\<img src=x\\> \\*b\\* \\`c\\` # h');
    assert.equal(markdownText('# title'), '\\# title');
    assert.equal(markdownText('1. item'), '1\\. item');
  });

  it('the dashboard links a source only when it is http(s), else the stored document', () => {
    for (const u of EVIL) assert.equal(sourceHref({ doc: 'd 1', source_url: u, doc_url: null }), '/api/documents/d%201', u);
    assert.equal(sourceHref({ doc: 'd1', source_url: 'javascript:x', doc_url: 'https://example.org/d1' }), 'https://example.org/d1');
    assert.equal(sourceHref({ doc: 'd1', source_url: 'https://example.org/e' }), 'https://example.org/e');
  });
});

describe('briefs from an imported dataset with hostile values', () => {
  const hostile = {
    doc: { id: 'x1', title: '<script>alert(1)</script>', url: 'javascript:alert(2)', date: '2024-05-01', lang: 'en', content_hash: 'hx', source: 'import' },
    events: [
      ev('x-evil', 'x1', 'CONSULT', ['KAZ'], ['CHN'], '2024-05-01', {
        origin: 'plover', mode: '<i>visit</i>',
        text: 'Talks [click me](javascript:alert(3)) <img src=x onerror=alert(4)> ![p](http://evil.example/p.png) | cell',
        source_url: 'javascript:alert(document.cookie)',
      }),
      ev('x-good', 'x1', 'CONSULT', ['KAZ'], ['CHN'], '2024-05-02', { origin: 'plover', text: 'Fine talks.', source_url: 'https://news.example/a(1)' }),
    ],
  };

  it('the downloaded HTML and Markdown briefs never link a javascript: URL and escape every text', async () => {
    const s = await startServer();
    try {
      await s.store.putDocuments([hostile as never]);
      const html = await (await fetch(`${s.base}/api/brief?focal=KAZ&from=2024&to=2024&format=html`)).text();
      assert.doesNotMatch(html, /href="(?!https?:)/i);
      assert.doesNotMatch(html, /<img|<i>|onerror=alert\(4\)>/);
      assert.match(html, /&lt;img src=x onerror=alert\(4\)&gt;/);
      assert.match(html, /<a href="https:\/\/news\.example\/a\(1\)" rel="noopener noreferrer">source<\/a>/);
      assert.equal((html.match(/>source<\/a>/g) ?? []).length, 1, 'the good source only, not the javascript: one');

      const md = await (await fetch(`${s.base}/api/brief?focal=KAZ&from=2024&to=2024&format=md`)).text();
      assert.doesNotMatch(md, /(?<!\\)\](?:\s*)\(javascript:/i, "no unescaped link to javascript:");
      assert.match(md, /\\\[click me\\\]\(javascript:alert\(3\)\) \\<img src=x onerror=alert\(4\)\\> !\\\[p\\\]\(http:\/\/evil\.example\/p\.png\) \\\| cell/);
      assert.match(md, /CONSULT \(\\<i\\>visit\\<\/i\\>\)/);
      assert.match(md, /\(\[source\]\(https:\/\/news\.example\/a%281%29\)\)/);

      const data = await gatherBrief(s.store, { focal: 'KAZ', from: '2024', to: '2024' });
      const local = (await renderBrief(data, 'html')).toString();
      assert.doesNotMatch(local, /href="(?!https?:)/);
    } finally {
      await s.close();
    }
  });
});
