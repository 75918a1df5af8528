import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { child, header } from '../src/quality/cin-census/testing.js';
import { cinCensusXml } from '../src/synthetic/cin-census/write-xml.js';
import { cli } from './helpers/cli.js';
import { tempDir } from './helpers/temp-dir.js';

/**
 * A CIN Census file that cannot be read gets a clear message and exit status 1 from both
 * `validate cin-census` and `load cin-census`: never a crash (status 70), never an expanded
 * entity, never a fetched external one.
 */
describe('bad CIN Census input', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let secret: string;
  const good = cinCensusXml(header(2025), [child('A')], 2025);
  const body = good.replace(/^<\?xml[^>]*>\n/, '');

  beforeAll(async () => {
    ({ dir, cleanup } = await tempDir('csc-cin-bad-'));
    secret = join(dir, 'secret.txt');
    await writeFile(secret, 'TOP-SECRET-VALUE');
  });
  afterAll(async () => cleanup());

  async function both(name: string, content: string | Buffer): Promise<{ validate: Awaited<ReturnType<typeof cli>>; load: Awaited<ReturnType<typeof cli>> }> {
    const file = join(dir, name);
    await writeFile(file, content);
    const validate = await cli('validate', 'cin-census', file, '--format', 'json');
    const load = await cli('--db', join(dir, `${name}.duckdb`), 'load', 'cin-census', file);
    return { validate, load };
  }

  const cases: [string, string | Buffer, RegExp][] = [
    ['not-well-formed.xml', good.replace('</ChildIdentifiers>', '</ChildIdentifier>'), /not well-formed XML at line \d+/],
    ['unknown-year.xml', good.replace('<Year>2025</Year>', '<Year>2019</Year>'), /collection year "2019".*reads 2023, 2024, 2025, 2026/],
    ['empty.xml', '', /the file is empty/],
    ['wrong-root.xml', '<?xml version="1.0"?>\n<EXPSSDA903><CHILD/></EXPSSDA903>', /root element is <EXPSSDA903>, not <Message>.*SSDA903/],
    ['workforce.xml', '<?xml version="1.0"?>\n<Message><Header/><CSWWWorker/></Message>', /workforce census/],
    ['workbook.xml', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0]), /Excel \.xlsx workbook/],
    ['no-children.xml', '<?xml version="1.0"?>\n<Message><Header/></Message>', /no <Children>/],
  ];
  for (const [name, content, message] of cases) {
    it(`${name}: a clear message, exit status 1`, async () => {
      const { validate, load } = await both(name, content);
      for (const r of [validate, load]) {
        expect(r.code).toBe(1);
        expect(r.err).toMatch(message);
        expect(r.out).toBe('');
      }
    });
  }

  it('an entity bomb (billion laughs) is refused at once, never expanded', async () => {
    const lol = ['<!ENTITY lol "lol">', ...Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`)].join('');
    const t0 = performance.now();
    const { validate, load } = await both('bomb.xml', `<?xml version="1.0"?>\n<!DOCTYPE Message [${lol}]>\n${body.replace('<LAchildID>A</LAchildID>', '<LAchildID>&lol9;</LAchildID>')}`);
    expect(performance.now() - t0).toBeLessThan(5_000);
    for (const r of [validate, load]) {
      expect(r.code).toBe(1);
      expect(r.err).toMatch(/entity that is not defined; entities declared in a DOCTYPE are never expanded/);
    }
  });

  it('an external entity (file:// or http://) is never resolved: nothing is read, nothing fetched', async () => {
    let requests = 0;
    const server = createServer((_req, res) => {
      requests++;
      res.end('FETCHED');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as AddressInfo).port;
    try {
      const doctype = `<!DOCTYPE Message [<!ENTITY file SYSTEM "file://${secret}"><!ENTITY web SYSTEM "http://127.0.0.1:${port}/x">]>`;
      for (const ref of ['&file;', '&web;']) {
        const { validate, load } = await both(`xxe-${ref.slice(1, -1)}.xml`, `<?xml version="1.0"?>\n${doctype}\n${body.replace('<LAchildID>A</LAchildID>', `<LAchildID>${ref}</LAchildID>`)}`);
        for (const r of [validate, load]) {
          expect(r.code).toBe(1);
          expect(r.err).toMatch(/never expanded and external ones never fetched/);
          expect(`${r.out}${r.err}`).not.toMatch(/TOP-SECRET|FETCHED/);
        }
      }
      // An external DTD or parameter entity is not fetched either; the DOCTYPE is ignored and said so.
      const dtd = `<!DOCTYPE Message SYSTEM "http://127.0.0.1:${port}/cin.dtd" [<!ENTITY % p SYSTEM "file://${secret}"> %p;]>`;
      const { validate } = await both('xxe-dtd.xml', `<?xml version="1.0"?>\n${dtd}\n${body}`);
      expect(validate.code).toBe(0);
      const out = JSON.parse(validate.out) as { findings: { code: string; fields: string[] }[] };
      expect(out.findings.filter((f) => f.code === 'XSD').map((f) => f.fields[0])).toEqual(['DOCTYPE']);
      expect(validate.out).not.toMatch(/TOP-SECRET|FETCHED/);
      expect(requests).toBe(0);
    } finally {
      server.close();
    }
  });
});
