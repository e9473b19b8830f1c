/**
 * Fits a brief to one or two full printed pages, in the page Chromium prints (so it measures the real layout):
 * - everything within a page: one page;
 * - a little more (up to FIT_SHRINK): one page, scaled down (text stays 8 pt or more);
 * - else two pages: page 1 scaled down when it alone is too long, page 2 filled with more notable events (listed
 *   hidden, class `extra`) up to a page and trimmed to a page, and the page break put where both pages are fullest
 *   (before the events, or earlier: elements of class `brk`), so neither page is left half-empty.
 * A string of JavaScript, not a function, so nothing of the bundler's output reaches the page. It returns the
 * pages and each page's filled share (the PDF test measures the PDF itself).
 */
export const FIT_SHRINK = 1.25;

export const FIT_SCRIPT = `(pageH) => {
  const body = document.body;
  const p1 = body.querySelector('.p1');
  const events = body.querySelector('.events-section');
  const start = () => body.firstElementChild.getBoundingClientRect().top;
  const end = () => body.lastElementChild.getBoundingClientRect().bottom;
  const top = (el) => el.getBoundingClientRect().top;
  const total = () => end() - start();
  for (const el of body.querySelectorAll('.brk')) el.style.breakBefore = 'auto';
  if (total() <= pageH) return { pages: 1, fill: [total() / pageH] };
  if (total() <= pageH * ${FIT_SHRINK}) {
    body.style.zoom = String((pageH / total()) * 0.99);
    return { pages: 1, fill: [total() / pageH] };
  }
  if (top(events) - start() > pageH) p1.style.zoom = String((pageH / (top(events) - start())) * 0.99);
  for (const li of body.querySelectorAll('li.extra')) {
    li.classList.remove('extra');
    if (end() - top(events) > pageH) { li.classList.add('extra'); break; }
  }
  const listed = [...body.querySelectorAll('ol.events > li:not(.extra)')];
  while (end() - top(events) > pageH && listed.length > 1) listed.pop().remove();
  let best = null;
  for (const c of body.querySelectorAll('.brk')) {
    const a = top(c) - start();
    const b = end() - top(c);
    if (a <= pageH && b <= pageH && (!best || Math.min(a, b) > best.score)) best = { c, a, b, score: Math.min(a, b) };
  }
  if (!best) best = { c: events, a: top(events) - start(), b: end() - top(events) };
  best.c.style.breakBefore = 'page';
  return { pages: 2, fill: [best.a / pageH, best.b / pageH] };
}`;
