import { randomBytes } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { acceptsGzip, gzipJoin, precompress } from './gzip-pieces.js';

describe('gzip from precompressed pieces', () => {
  it('joins deflated pieces and stored bytes into one valid gzip body', () => {
    const page = Buffer.from('<p>'.repeat(20_000) + 'é ✓ text');
    const pieces = [precompress(Buffer.from('<html><head>')), Buffer.from('nonce-123'), precompress(page), Buffer.from(''), Buffer.from(randomBytes(70_000)), precompress(Buffer.from('</html>'))];
    const body = gzipJoin(pieces);
    const expected = Buffer.concat(pieces.map((p) => (Buffer.isBuffer(p) ? p : p.raw)));
    expect(gunzipSync(body).equals(expected)).toBe(true);
    expect(body.length).toBeLessThan(expected.length);
  });

  it('reads Accept-Encoding, honouring q=0', () => {
    expect(acceptsGzip('gzip, deflate, br, zstd')).toBe(true);
    expect(acceptsGzip('br;q=1.0, gzip;q=0.8')).toBe(true);
    expect(acceptsGzip('gzip;q=0, br')).toBe(false);
    expect(acceptsGzip('identity')).toBe(false);
    expect(acceptsGzip(undefined)).toBe(false);
  });
});
