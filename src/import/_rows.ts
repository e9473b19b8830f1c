/**
 * Tab-separated dataset rows from a byte stream, in batches, without holding the file. Split on bytes so
 * that one row with invalid UTF-8, a stray carriage return or an absurd length is a malformed row named
 * by its line and column, and the rows around it still import (DuckDB's CSV reader aborts the whole file).
 */

export interface RowBatch {
  /** File line (1-based) of each text. */
  lines: number[];
  texts: string[];
}

export interface RowProblem {
  line: number;
  /** 1-based column holding the fault, when known. */
  column: number | null;
  reason: string;
}

/** Dataset rows are a few kilobytes; a longer "line" is a corrupt or hostile file, dropped as it streams. */
export const MAX_LINE_BYTES = 1 << 20;
const BATCH = 8192;

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function validUtf8(bytes: Uint8Array): boolean {
  try {
    strictUtf8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Column (1-based) of the first tab-separated field that is not valid UTF-8. */
function invalidColumn(bytes: Buffer): number {
  let column = 1;
  let start = 0;
  for (let tab = bytes.indexOf(9); tab !== -1; tab = bytes.indexOf(9, start)) {
    if (!validUtf8(bytes.subarray(start, tab))) return column;
    column++;
    start = tab + 1;
  }
  return column;
}

const columnAt = (text: string, index: number) => {
  let column = 1;
  for (let i = text.indexOf('\t'); i !== -1 && i < index; i = text.indexOf('\t', i + 1)) column++;
  return column;
};

/**
 * Yields the good rows in batches and hands each bad one to `onProblem`. A CRLF line end is accepted;
 * a CR anywhere else is not (it would split the row for other tools), unless `allowCr` (JSON Lines,
 * where the JSON parser judges it).
 */
export async function* datasetRows(chunks: AsyncIterable<Buffer>, onProblem: (p: RowProblem) => void, allowCr = false): AsyncGenerator<RowBatch> {
  let batch: RowBatch = { lines: [], texts: [] };
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let skipping = false;
  let line = 0;

  const take = (raw: Buffer) => {
    line++;
    const bytes = raw.length && raw[raw.length - 1] === 0x0d ? raw.subarray(0, raw.length - 1) : raw;
    if (!bytes.length) return; // blank lines (a trailing one, say) are not rows
    let text = bytes.toString('utf8');
    // toString replaces bad bytes with U+FFFD; only then is the strict (slower) check needed.
    if (text.includes('\uFFFD') && !validUtf8(bytes)) {
      onProblem({ line, column: invalidColumn(bytes), reason: 'not valid UTF-8' });
      return;
    }
    const cr = allowCr ? -1 : text.indexOf('\r');
    if (cr !== -1) {
      onProblem({ line, column: columnAt(text, cr), reason: 'stray carriage return (CR) inside the row' });
      return;
    }
    if (line === 1 && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    batch.lines.push(line);
    batch.texts.push(text);
  };
  const tooLong = () => {
    line++;
    onProblem({ line, column: null, reason: `row longer than ${MAX_LINE_BYTES} bytes` });
  };

  for await (const chunk of chunks) {
    let start = 0;
    for (let nl = chunk.indexOf(0x0a); nl !== -1; nl = chunk.indexOf(0x0a, start)) {
      if (skipping) {
        skipping = false;
        tooLong();
      } else if (pendingBytes + nl - start > MAX_LINE_BYTES) {
        tooLong();
      } else {
        const part = chunk.subarray(start, nl);
        take(pending.length ? Buffer.concat([...pending, part]) : part);
      }
      pending = [];
      pendingBytes = 0;
      start = nl + 1;
    }
    if (start < chunk.length && !skipping) {
      // Copied: a stream may reuse its chunk buffers.
      pending.push(Buffer.from(chunk.subarray(start)));
      pendingBytes += chunk.length - start;
      if (pendingBytes > MAX_LINE_BYTES) {
        skipping = true;
        pending = [];
        pendingBytes = 0;
      }
    }
    if (batch.texts.length >= BATCH) {
      yield batch;
      batch = { lines: [], texts: [] };
    }
  }
  if (skipping) tooLong();
  else if (pending.length) take(Buffer.concat(pending));
  if (batch.texts.length) yield batch;
}
