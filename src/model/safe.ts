/**
 * Text from documents and datasets is data, never markup: the one place that decides which URLs may become
 * links (http and https only: no javascript:, data:, file: or vbscript:) and how text is escaped for HTML
 * and Markdown. Shared by the briefs and the dashboard (no Node-only imports here).
 */

/** The URL, normalised, when it is an absolute http(s) URL; else null (it must not become a link). */
export function httpUrl(s: string | null | undefined): string | null {
  if (!s) return null;
  const t = s.trim();
  if (t.length > 4096) return null;
  let u: URL;
  try {
    u = new URL(t);
  } catch {
    return null;
  }
  return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
}

const HTML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for HTML content or a quoted attribute value. */
export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => HTML[c]!);

/**
 * Text inside a Markdown line: on one line, with the characters that make links, images, emphasis, code,
 * tables, raw HTML or entities backslash-escaped (CommonMark).
 */
export const markdownInline = (s: string): string => s.replace(/[\r\n\u2028\u2029]+/g, ' ').replace(/[\\`*_[\]<>|~&]/g, (c) => `\\${c}`);

/** Text that may start a Markdown line: inline-escaped, and a block marker at its start neutralised. */
export function markdownText(s: string): string {
  return markdownInline(s).replace(/^(\s*)([#>+=-])/, '$1\\$2').replace(/^(\s*\d+)([.)])/, '$1\\$2');
}

/** A URL as a Markdown link destination: the characters that would end or break it percent-encoded. */
export const markdownUrl = (u: string): string => u.replace(/[\s()<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
