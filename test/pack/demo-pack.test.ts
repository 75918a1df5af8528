import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.js';
import { catalogueOf } from '../../src/cli/global-options.js';
import { bundledFile } from '../../src/paths.js';
import type { Audience } from '../../src/publish/pack/audience.js';
import type { PackModel } from '../../src/publish/pack/pack-model.js';
import { buildPack, renderPack } from '../../src/publish/pack/pack.js';
import { countText, valueText } from '../../src/publish/pack/pack-text.js';
import { openStore } from '../../src/store/store.js';
import { cli } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp-dir.js';
import {
  CHROMIUM,
  HAVE_CHROMIUM,
  docxDocumentXml,
  docxParagraphs,
  docxTables,
  pdfAltTexts,
  pdfInfo,
  pdfText,
  peopleIn,
  peopleInStore,
  smallCountsInDocx,
  smallCountsInHtml,
  smallCountsInPdfRows,
} from './pack-checks.js';

/**
 * The demo pack: the `demo` command's authority (12 monthly extracts to 31 October 2026, with its
 * workforce census and local files, commentary and a published month; 2,000 children rather than
 * the demo's 6,000, to keep the suite quick on two cores: bench/pack.ts times the full size),
 * packed in all three formats. The PDF tests need Debian's chromium and poppler-utils,
 * which CI installs; locally they are skipped, with a message, only when there is no Chromium.
 * `UPDATE_SCREENSHOTS=1` writes page images to docs/screenshots/.
 */
const AS_AT = '2026-10-31';
const MONTH = '2026-10';
const GENERATED_AT = '2026-11-03T09:00:00.000Z';
const SCREENSHOTS = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));
const CONFIG = bundledFile('config', 'csc-scorecard.example.yaml');

if (!HAVE_CHROMIUM) {
  console.warn(`PDF pack tests skipped: ${CHROMIUM} is not installed (install Debian's chromium package: sudo apt-get install chromium poppler-utils)`);
}

let dir: string;
let cleanup: () => Promise<void>;
let db: string;
let people: { childIds: Set<string>; workers: string[] };
const packs = new Map<Audience, PackModel>();

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir('csc-pack-demo-'));
  const demo = await cli('demo', '--dir', dir, '--as-at', AS_AT, '--children', '2000', '--no-serve');
  expect(demo.err).toBe('');
  expect(demo.code).toBe(0);
  db = join(dir, 'demo.duckdb');
  const config = loadConfig(CONFIG);
  const store = await openStore(db, { closures: config.closures });
  try {
    people = await peopleInStore(store.db);
    for (const audience of ['public', 'scrutiny'] as const) {
      packs.set(audience, await buildPack(store.db, { month: MONTH, audience, config, measures: catalogueOf(config, CONFIG), generatedAt: GENERATED_AT }));
    }
  } finally {
    await store.close();
  }
}, 400_000);
afterAll(async () => cleanup?.());

const pack = (a: Audience) => packs.get(a) as PackModel;
const flat = (s: string) => s.replace(/\s+/g, ' ');

describe('demo pack, Word and HTML (no browser)', () => {
  it('writes html and docx through the command, and reads the docx back with the same headings and figures', async () => {
    for (const format of ['html', 'docx']) {
      const out = join(dir, `pack.${format}`);
      const r = await cli('--db', db, '--config', CONFIG, 'pack', '--month', MONTH, '--format', format, '--out', out);
      expect(r.err).toBe('');
      expect(r.out).toMatch(new RegExp(`^Wrote ${out.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: ${format} pack for the Children and Young People Scrutiny Committee \\(public\\), figures as at ${AS_AT}`));
    }
    const m = pack('public');
    const xml = await docxDocumentXml(await readFile(join(dir, 'pack.docx')));
    const h1 = docxParagraphs(xml).filter((p) => p.style === 'Heading1').map((p) => p.text);
    expect(h1).toEqual(['1. Cover report', '2. Executive summary', ...m.themes.map((t, i) => `${i + 3}. ${t.title}`), 'Appendix A: Scorecard', 'Appendix B: Data quality', 'Appendix C: Definitions', 'Appendix D: About the figures']);
    const rows = new Map(docxTables(xml).filter((t) => t.rows[0]?.[5] === 'Current').flatMap((t) => t.rows.slice(1)).map((r) => [r[0], r]));
    expect(rows.size).toBe(m.measures.size);
    for (const x of m.measures.values()) {
      expect(rows.get(x.ref)?.slice(3, 6), x.id).toEqual([countText(x.figure.numerator), countText(x.figure.denominator), valueText(x.kind, x.figure.value)]);
    }
  });

  it('prints no count of 1 to 4, child id or worker name in the public or scrutiny html and docx', async () => {
    for (const a of ['public', 'scrutiny'] as const) {
      const html = (await renderPack(pack(a), 'html')).toString('utf8');
      expect(smallCountsInHtml(html), a).toEqual([]);
      expect(peopleIn(html, people), a).toEqual([]);
      const xml = await docxDocumentXml(await renderPack(pack(a), 'docx'));
      expect(smallCountsInDocx(docxTables(xml), pack(a)), a).toEqual([]);
      expect(peopleIn(xml, people), a).toEqual([]);
    }
  });

  it('says how to install Chromium when it is missing, and the other formats still work', async () => {
    const before = process.env.CSC_SCORECARD_CHROMIUM;
    process.env.CSC_SCORECARD_CHROMIUM = join(dir, 'no-chromium-here');
    try {
      const r = await cli('--db', db, '--config', CONFIG, 'pack', '--month', MONTH, '--format', 'pdf', '--out', join(dir, 'missing.pdf'));
      expect(r.code).toBe(1);
      expect(r.err).toContain("install Debian's chromium package: sudo apt-get install chromium");
      expect(existsSync(join(dir, 'missing.pdf'))).toBe(false);
      const html = await cli('--db', db, '--config', CONFIG, 'pack', '--month', MONTH, '--format', 'html', '--out', join(dir, 'still.html'));
      expect(html.code).toBe(0);
    } finally {
      if (before === undefined) delete process.env.CSC_SCORECARD_CHROMIUM;
      else process.env.CSC_SCORECARD_CHROMIUM = before;
    }
  });

  it('refuses a month with no extract, a template of the wrong kind, and a public pack marked sensitive', async () => {
    const none = await cli('--db', db, '--config', CONFIG, 'pack', '--month', '2027-01', '--format', 'html', '--out', join(dir, 'x.html'));
    expect(none.code).toBe(1);
    expect(none.err).toContain('no extract is loaded for January 2027');
    const css = await cli('--db', db, 'pack', '--month', MONTH, '--format', 'docx', '--template', join(dir, 'council.css'), '--out', join(dir, 'x.docx'));
    expect(css.code).toBe(1);
    expect(css.err).toContain('a Word pack takes a .docx or .dotx template');
    const marked = await cli('--db', db, '--config', CONFIG, 'pack', '--month', MONTH, '--format', 'html', '--classification', 'OFFICIAL-SENSITIVE', '--out', join(dir, 'x.html'));
    expect(marked.code).toBe(1);
    expect(marked.err).toContain('a public pack is published');
  });
});

describe.skipIf(!HAVE_CHROMIUM)('demo pack, PDF (Chromium)', () => {
  let file: string;
  let text: string;
  let layout: string;
  beforeAll(async () => {
    file = join(dir, 'pack.pdf');
    const r = await cli('--db', db, '--config', CONFIG, 'pack', '--month', MONTH, '--format', 'pdf', '--meeting-date', '2026-11-24', '--out', file);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    text = pdfText(file);
    layout = pdfText(file, true);
  }, 180_000);

  it('is a tagged A4 PDF with a title, a language, bookmarks and figure alternative text', async () => {
    const info = pdfInfo(file);
    expect(info.Tagged).toBe('yes');
    expect(info.Title).toBe("Children’s social care performance report: October 2026 · Example Borough (synthetic)");
    expect(Number(info.Pages)).toBeGreaterThan(20);
    expect(info['Page size']).toMatch(/\(A4\)/);
    const sizes = execFileSync('pdfinfo', ['-f', '1', '-l', info.Pages as string, file], { encoding: 'utf8' });
    expect(sizes).toMatch(/Page\s+\d+ size:\s+841\.\d+ x 59[45]\.\d+ pts \(A4\)/);
    const bytes = await readFile(file);
    expect(bytes.includes('/Lang (en-GB)')).toBe(true);
    expect(bytes.includes('/Outlines')).toBe(true);
    // Chromium names a chart from its aria-labelledby: the title, then the description read out.
    const charts = pdfAltTexts(bytes).filter((x) => x.includes(': month ends ') && x.includes(' Line chart. '));
    expect(charts.length).toBe(pack('public').focus.length);
    for (const id of pack('public').focus) expect(charts.some((x) => x.startsWith(`${pack('public').measures.get(id)?.title}: month ends`)), id).toBe(true);
    expect(bytes.includes('/StructTreeRoot')).toBe(true);
  });

  it('contains every measure of the scorecard with its figure, numerator and denominator on its row', () => {
    const m = pack('public');
    const all = flat(text);
    // Appendix A's rows: from its heading (not the contents entry) to Appendix B's.
    const appendix = layout.slice(layout.lastIndexOf('Appendix A: Scorecard'), layout.lastIndexOf('Appendix B: Data quality'));
    const lines = appendix.split('\n');
    for (const x of m.measures.values()) {
      // The row's first line holds the reference, the title's first word and every figure;
      // the title may wrap onto the lines below, until the next row's reference.
      const at = lines.findIndex((l) => l.trim().startsWith(`${x.ref} ${x.title.split(' ')[0]}`));
      expect(at, `${x.ref} ${x.id}`).toBeGreaterThanOrEqual(0);
      const cells = (lines[at] ?? '').trim().split(/\s+/);
      for (const c of [valueText(x.kind, x.figure.value), countText(x.figure.numerator), countText(x.figure.denominator)]) if (c) expect(cells, `${x.id} ${c}`).toContain(c);
      // The title column: from where the title starts on the row's first line to the next gap of
      // two spaces, on that line and the lines below while they have text there (Chromium may
      // break a line after a hyphen: "semi-" / "independent").
      const col = (lines[at] ?? '').indexOf(x.title.split(' ')[0] as string);
      const parts: string[] = [];
      for (let i = at; i < lines.length; i++) {
        const part = ((lines[i] ?? '').slice(col).match(/^\S+(?: \S+)*/) ?? [''])[0];
        if (!part || (i > at && /^\d+\.\d+$/.test((lines[i] ?? '').trim().split(/\s+/)[0] ?? ''))) break;
        parts.push(part);
      }
      const title = parts.join(' ').replace(/- /g, '-');
      expect(title, x.id).toBe(`${x.title}${x.coverage.complete ? '' : ' (partial)'}${x.revised ? ' (revised since published)' : ''}`);
      expect(all, x.id).toContain(x.title.split(' ')[0]);
    }
  });

  it('carries the marking, the data date, the extracts and the suppression note on every page', () => {
    const pages = text.split('\f').filter((p) => p.trim());
    expect(pages.length).toBe(Number(pdfInfo(file).Pages));
    pages.forEach((p, i) => {
      const page = flat(p);
      expect(page, `page ${i + 1}`).toContain('Data as at 31 October 2026 · Extract annex-a-2026-10-31.xlsx and 11 earlier (Appendix D)');
      expect(page, `page ${i + 1}`).toContain('Counts of 1 to 4 are shown as <5');
      expect(page.match(/OFFICIAL/g)?.length ?? 0, `page ${i + 1}`).toBeGreaterThanOrEqual(2);
      expect(page, `page ${i + 1}`).toContain(`Page ${i + 1} of ${pages.length}`);
    });
  });

  it('prints no count of 1 to 4, child id or worker name in the public or scrutiny PDF', async () => {
    expect(smallCountsInPdfRows(layout, pack('public'))).toEqual([]);
    expect(peopleIn(text, people)).toEqual([]);
    // The checker does find count cells: the appendix rows of the count measures are read.
    expect(layout).toMatch(/<5/);
    const scrutiny = join(dir, 'scrutiny.pdf');
    await import('node:fs/promises').then(async (fs) => fs.writeFile(scrutiny, await renderPack(pack('scrutiny'), 'pdf')));
    expect(smallCountsInPdfRows(pdfText(scrutiny, true), pack('scrutiny'))).toEqual([]);
    expect(peopleIn(pdfText(scrutiny), people)).toEqual([]);
  });

  it('renders page images (docs/screenshots with UPDATE_SCREENSHOTS=1)', async () => {
    const pages = text.split('\f');
    // The first page after the cover (whose contents name every section) with the text.
    const pageOf = (needle: RegExp) => pages.findIndex((p, i) => i > 0 && needle.test(p)) + 1;
    const wanted = [...new Set([1, 2, pageOf(/^\s*2\. Executive summary/m), pageOf(/Figure 1:/), pageOf(/^\s*Appendix A: Scorecard/m)])].filter((n) => n > 0);
    const out = process.env.UPDATE_SCREENSHOTS === '1' ? SCREENSHOTS : join(dir, 'screenshots');
    await mkdir(out, { recursive: true });
    if (out === SCREENSHOTS) for (const f of await readdir(out)) if (f.startsWith('pack-page-')) await rm(join(out, f));
    for (const n of wanted) {
      execFileSync('pdftoppm', ['-png', '-r', '72', '-f', String(n), '-l', String(n), '-singlefile', file, join(out, `pack-page-${n}`)]);
      expect(existsSync(join(out, `pack-page-${n}.png`))).toBe(true);
    }
    expect(wanted.length).toBe(5);
  });
});
