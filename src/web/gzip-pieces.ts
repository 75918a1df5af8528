import { constants, crc32, deflateRawSync } from 'node:zlib';

/**
 * A page compressed without compressing it on every request. A cached piece (the scorecard's
 * content, a layout) is deflated once, ending on a byte boundary with no reference outside
 * itself (a sync flush of a fresh stream); the few bytes that change on every response (the
 * nonce, the CSRF token) go in as stored blocks; deflate streams so made join into one
 * stream, which a gzip header and trailer (the CRC-32 and length of the whole page) wrap.
 * A 260 KB scorecard goes out as about a tenth of that, for the cost of a CRC over it.
 */
export interface Piece {
  readonly raw: Buffer;
  /** Raw deflate of `raw`, byte-aligned, not final. */
  readonly deflated: Buffer;
}

/** Level 6 for pieces deflated once and sent many times; 1 for a piece made for one response. */
export function precompress(raw: Buffer, level = 6): Piece {
  return { raw, deflated: deflateRawSync(raw, { level, finishFlush: constants.Z_SYNC_FLUSH }) };
}

const HEADER = Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xff]);
/** An empty stored block marked final: the end of the deflate stream. */
const FINAL = Buffer.from([0x01, 0x00, 0x00, 0xff, 0xff]);
const STORED_MAX = 65_535;

/** Bytes as stored (uncompressed) deflate blocks: fine for the few bytes that change per response. */
function stored(raw: Buffer): Buffer[] {
  const out: Buffer[] = [];
  for (let at = 0; at < raw.length; at += STORED_MAX) {
    const chunk = raw.subarray(at, Math.min(raw.length, at + STORED_MAX));
    const head = Buffer.alloc(5);
    head[0] = 0x00;
    head.writeUInt16LE(chunk.length, 1);
    head.writeUInt16LE(~chunk.length & 0xffff, 3);
    out.push(head, chunk);
  }
  return out;
}

/** The pieces, in order, as one gzip body (what the bytes would be, uncompressed, is `raw` of each). */
export function gzipJoin(pieces: readonly (Piece | Buffer)[]): Buffer {
  const out: Buffer[] = [HEADER];
  let crc = 0;
  let size = 0;
  for (const p of pieces) {
    const raw = Buffer.isBuffer(p) ? p : p.raw;
    // zlib's CRC-32 reads the page at memory speed: cheaper than combining cached CRCs.
    crc = crc32(raw, crc);
    size += raw.length;
    if (Buffer.isBuffer(p)) out.push(...stored(p));
    else out.push(p.deflated);
  }
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(crc >>> 0, 0);
  trailer.writeUInt32LE(size >>> 0, 4);
  out.push(FINAL, trailer);
  return Buffer.concat(out);
}

/** Whether the client takes gzip (Accept-Encoding: gzip, not refused with q=0). */
export function acceptsGzip(acceptEncoding: string | undefined): boolean {
  if (!acceptEncoding) return false;
  for (const part of acceptEncoding.toLowerCase().split(',')) {
    const [name, ...params] = part.trim().split(';');
    if (name?.trim() !== 'gzip' && name?.trim() !== '*') continue;
    const q = params.map((x) => x.trim()).find((x) => x.startsWith('q='));
    return !q || Number(q.slice(2)) > 0;
  }
  return false;
}
