/** Bytes to text: binary detection, strict UTF-8 (or a declared charset), BOM and CRLF handling. */

export const HEAD_BYTES = 8192;

/** A NUL byte in the first 8 KB marks a binary file (the heuristic git and grep use). */
export function looksBinary(head: Uint8Array): boolean {
  return head.subarray(0, HEAD_BYTES).includes(0);
}

export function normalizeNewlines(s: string): string {
  return s.replace(/\r\n?/g, '\n');
}

export function stripBom(s: string): string {
  return s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export type Decoded = { ok: true; text: string } | { ok: false; line: number };

/** Strict UTF-8; on failure finds the first line (1-based) holding the bad bytes. */
export function decodeUtf8(buf: Uint8Array): Decoded {
  try {
    return { ok: true, text: utf8.decode(buf) };
  } catch {
    let line = 1;
    let start = 0;
    for (let i = 0; i <= buf.length; i++) {
      if (i === buf.length || buf[i] === 0x0a) {
        try {
          utf8.decode(buf.subarray(start, i));
        } catch {
          return { ok: false, line };
        }
        line++;
        start = i + 1;
      }
    }
    // A sequence cut by a newline byte cannot happen in UTF-8 (0x0a is never a continuation byte).
    return { ok: false, line: 1 };
  }
}

/**
 * The charset a web page or XML file declares in its first bytes (`<meta charset>`, `<?xml encoding>`),
 * when it is not UTF-8 and this Node can decode it; null means "decode as strict UTF-8".
 */
export function declaredCharset(head: Uint8Array): string | null {
  const ascii = Buffer.from(head.subarray(0, 2048)).toString('latin1');
  const m =
    /<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(ascii) ??
    /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(ascii);
  const label = m?.[1]?.toLowerCase();
  if (!label || label === 'utf-8' || label === 'utf8' || label === 'us-ascii' || label === 'ascii') return null;
  try {
    const encoding = new TextDecoder(label).encoding;
    // A UTF-16 declaration read from ASCII-compatible bytes is wrong by construction (the HTML standard
    // reads such pages as UTF-8); real UTF-16 files hold NUL bytes and are refused as binary.
    return encoding.startsWith('utf-16') ? null : encoding;
  } catch {
    return null;
  }
}

/** Whole-file text: declared charset or strict UTF-8, BOM removed, CRLF → LF. */
export function decodeText(buf: Uint8Array, charset: string | null = null): Decoded {
  if (charset && charset !== 'utf-8') {
    return { ok: true, text: normalizeNewlines(stripBom(new TextDecoder(charset).decode(buf))) };
  }
  const d = decodeUtf8(buf);
  return d.ok ? { ok: true, text: normalizeNewlines(stripBom(d.text)) } : d;
}
