/** A large request body handed to a reader a piece at a time. */
import { splitsPair } from '../model/wellformed.ts';

/** Characters of the body encoded for the reader at a time. */
const PIECE_CHARS = 64 * 1024;

/**
 * The body as bytes a piece at a time (never cut inside a surrogate pair; the reader joins lines across pieces): it
 * takes them as it goes, where one 5 MB buffer was encoded, then copied whole by the reader, on the event loop.
 */
export function* bodyPieces(body: string, size = PIECE_CHARS): Generator<Buffer> {
  for (let start = 0; start < body.length;) {
    let end = Math.min(body.length, start + size);
    if (splitsPair(body, end)) end++;
    yield Buffer.from(body.slice(start, end));
    start = end;
  }
}
