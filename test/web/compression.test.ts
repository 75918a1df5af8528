import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type WebFixture, webFixture } from './helpers/web-fixture.js';

describe('pages compressed for browsers that take gzip', () => {
  let f: WebFixture;
  beforeAll(async () => {
    f = await webFixture();
  });
  afterAll(async () => f?.close());

  it('sends the same page, gzipped (cached and per-request content alike), with the session token in place', async () => {
    const { cookie, csrf } = await f.cookieFor(f.users.analyst);
    for (const path of ['/scorecard', '/measures/cin_open', '/measures/cin_open/drill']) {
      const plain = await f.app.request(path, { headers: { cookie } });
      const zipped = await f.app.request(path, { headers: { cookie, 'accept-encoding': 'gzip, deflate, br' } });
      expect(plain.headers.get('content-encoding'), path).toBeNull();
      expect(zipped.headers.get('content-encoding'), path).toBe('gzip');
      expect(zipped.headers.get('vary'), path).toBe('Accept-Encoding');
      const raw = Buffer.from(await zipped.arrayBuffer());
      const html = gunzipSync(raw).toString('utf8');
      const plainHtml = await plain.text();
      // The same page but for the nonce, which is new on every response.
      const nonce = /nonce="[^"]+"/g;
      expect(html.replace(nonce, ''), path).toBe(plainHtml.replace(nonce, ''));
      expect(html, path).toContain(`value="${csrf}"`);
      expect(raw.length, path).toBeLessThan(Buffer.byteLength(plainHtml) / 3);
    }
  });
});
