import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/config.js';
import type { Audience } from '../../src/publish/pack/audience.js';
import { readZipPart } from '../../src/publish/pack/docx-template.js';
import { WITHHELD_NAME } from '../../src/publish/pack/identifiers.js';
import { type PackModel } from '../../src/publish/pack/pack-model.js';
import { packHtml } from '../../src/publish/pack/pack-html.js';
import { buildPack, renderPack } from '../../src/publish/pack/pack.js';
import { valueText } from '../../src/publish/pack/pack-text.js';
import { addCommentary } from '../../src/scorecard/commentary.js';
import { openStore } from '../../src/store/store.js';
import { CONFIG_YAML, GENERATED_AT, MARKUP_TEXT, MONTH, buildGoldenBundle, goldenMeasures } from '../golden/fixture.js';
import { tempDir } from '../helpers/temp-dir.js';
import { docxDocumentXml, docxParagraphs, docxTables, peopleIn, peopleInStore, smallCountsInDocx, smallCountsInHtml, smallCountsInModel } from './pack-checks.js';

/**
 * The committee pack of the golden authority (800 children, three extracts to 31 May 2025), in
 * HTML and Word, for every audience: what the pack shows, and what it must never show. No
 * browser is needed here; the PDF is checked in demo-pack.test.ts.
 */
let dir: string;
let cleanup: () => Promise<void>;
const packs = new Map<Audience, PackModel>();
let people: { childIds: Set<string>; workers: string[] };
let child: string;
let worker: string;

const config = parseConfig(`${CONFIG_YAML}\npack:\n  committee: Corporate Parenting Board\n  keyConsiderations: ["The service restructure completes in June."]\n`, 'golden.yaml');

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir('csc-pack-golden-'));
  await buildGoldenBundle(dir);
  const store = await openStore(join(dir, 'golden.duckdb'), { closures: config.closures });
  try {
    people = await peopleInStore(store.db);
    child = [...people.childIds][0] as string;
    worker = people.workers[0] as string;
    // Commentary typed by a person who named a child and a worker: no pack may print either.
    await addCommentary(store.db, [
      {
        subject: 'cla_visited_6wk',
        month: MONTH,
        areaOfFocus: `Visits overdue, including ${child} (allocated to ${worker})`,
        response: MARKUP_TEXT,
        update: `${worker.toUpperCase()} is back from leave`,
        author: 'Head of Service, Children in Care',
        writtenOn: '2025-06-02',
      },
    ]);
    for (const audience of ['public', 'scrutiny', 'board'] as const) {
      packs.set(audience, await buildPack(store.db, { month: MONTH, audience, config, measures: goldenMeasures(), generatedAt: GENERATED_AT, overrides: { meetingDate: '2025-06-24' } }));
    }
  } finally {
    await store.close();
  }
});
afterAll(async () => cleanup?.());

const pack = (a: Audience) => packs.get(a) as PackModel;

describe('pack model', () => {
  it('holds no count of 1 to 4 for any audience', () => {
    for (const a of ['public', 'scrutiny', 'board'] as const) expect(smallCountsInModel(pack(a)), a).toEqual([]);
    // The fixture does have small counts: they are withheld, not absent.
    const withheld = [...pack('public').measures.values()].filter((m) => m.figure.numerator.withheld === 'small' || m.trend.some((t) => t.figure.numerator.withheld === 'small'));
    expect(withheld.length).toBeGreaterThan(0);
  });

  it('gives team breakdowns to the board only, suppressed with secondary suppression', () => {
    expect(pack('public').themes.every((t) => t.byTeam === null)).toBe(true);
    expect(pack('scrutiny').themes.every((t) => t.byTeam === null)).toBe(true);
    const board = pack('board').themes.flatMap((t) => t.byTeam ?? []);
    expect(board.length).toBeGreaterThan(0);
    const cells = board.flatMap((b) => b.teams.map((g) => g.figure.numerator));
    expect(cells.some((c) => c.withheld === 'small')).toBe(true);
    expect(cells.some((c) => c.withheld === 'derived')).toBe(true);
  });

  it('withholds the child and worker a commentary named, in every audience', () => {
    for (const a of ['public', 'scrutiny', 'board'] as const) {
      const c = pack(a).measures.get('cla_visited_6wk')?.commentary;
      expect(c?.areaOfFocus).toBe(`Visits overdue, including ${WITHHELD_NAME} (allocated to ${WITHHELD_NAME})`);
      expect(c?.update).toBe(`${WITHHELD_NAME} is back from leave`);
    }
  });

  it('writes the cover report from the figures and the configuration', () => {
    const m = pack('scrutiny');
    expect(m.meta.committee).toBe('Corporate Parenting Board');
    expect(m.meta.classification).toBe('OFFICIAL');
    expect(pack('board').meta.classification).toBe('OFFICIAL-SENSITIVE');
    expect(m.keyConsiderations[0]).toMatch(/^As at 31 May 2025, \d+ measures have a target and a rating: \d+ red, \d+ amber and \d+ green\./);
    expect(m.keyConsiderations[m.keyConsiderations.length - 1]).toBe('The service restructure completes in June.');
    expect(m.focus).toEqual(expect.arrayContaining([...m.red]));
    expect(m.focus.length).toBeGreaterThanOrEqual(m.red.length);
  });
});

describe('pack html', () => {
  it('is one self-contained document: no scripts, nothing fetched, markup in commentary escaped', () => {
    const html = packHtml(pack('public'));
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en-GB">')).toBe(true);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/https?:\/\//i);
    expect(html).not.toMatch(/\b(src|srcset)=|<link\b|@import|url\(/i);
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
  });

  it('has headed, captioned tables, and every chart has a title, a description and a data table', () => {
    const html = packHtml(pack('public'));
    const tables = html.match(/<table[\s\S]*?<\/table>/g) ?? [];
    expect(tables.length).toBeGreaterThan(10);
    for (const t of tables) {
      expect(t).toMatch(/<caption[^>]*>[^<]/);
      expect(t).toMatch(/<th scope="col"/);
    }
    const charts = html.match(/<svg class="chart"[\s\S]*?<\/svg>/g) ?? [];
    expect(charts.length).toBe(pack('public').focus.length);
    for (const c of charts) expect(c).toMatch(/role="img" aria-labelledby="[^"]+-t [^"]+-d"[^>]*><title id="[^"]+">[^<]+<\/title><desc id="[^"]+">Line chart\. [^<]+<\/desc>/);
    expect((html.match(/<table class="chart-table">/g) ?? []).length).toBe(charts.length);
  });

  it('shows RAG as words, and the running header and footer for printing from a browser', () => {
    const html = packHtml(pack('public'));
    expect(html).toMatch(/<span class="rag rag-red">Red<\/span>/);
    expect(html).toContain('@bottom-left { content: "Data as at 31 May 2025 · Extract ');
    expect(html).toContain('Counts of 1 to 4 are shown as <5');
    expect(packHtml(pack('public'), { marginBoxes: false })).not.toContain('@bottom-left');
  });

  it("adds a council's CSS after its own, never letting it close the style element", async () => {
    const file = join(dir, 'council.css');
    await writeFile(file, 'h1 { color: #7030a0; }\n</style><script>alert(1)</script>');
    const html = (await renderPack(pack('public'), 'html', file)).toString('utf8');
    expect(html).toContain('h1 { color: #7030a0; }');
    expect(html).not.toMatch(/<script/i);
    expect(html.match(/<\/style>/g)).toHaveLength(1);
  });

  it('prints no count of 1 to 4, no child id and no worker name, for any audience', () => {
    for (const a of ['public', 'scrutiny', 'board'] as const) {
      const html = packHtml(pack(a));
      expect(smallCountsInHtml(html), a).toEqual([]);
      expect(peopleIn(html, people), a).toEqual([]);
      expect(html).toContain('&lt;5');
    }
    expect(packHtml(pack('board'))).toContain('<h3>By team</h3>');
    expect(packHtml(pack('public'))).not.toContain('By team');
  });
});

describe('pack docx', () => {
  let xml: string;
  beforeAll(async () => {
    xml = await docxDocumentXml(await renderPack(pack('public'), 'docx'));
  });

  it('has navigable headings for every section and theme, and the figures of the model', () => {
    const m = pack('public');
    const h1 = docxParagraphs(xml).filter((p) => p.style === 'Heading1').map((p) => p.text);
    expect(h1.slice(0, 2)).toEqual(['1. Cover report', '2. Executive summary']);
    expect(h1).toEqual(expect.arrayContaining(m.themes.map((t, i) => `${i + 3}. ${t.title}`)));
    expect(h1).toEqual(expect.arrayContaining(['Appendix A: Scorecard', 'Appendix B: Data quality', 'Appendix C: Definitions', 'Appendix D: About the figures']));
    const appendix = docxTables(xml).filter((t) => t.rows[0]?.[5] === 'Current');
    const rows = new Map(appendix.flatMap((t) => t.rows.slice(1)).map((r) => [r[0], r]));
    for (const x of m.measures.values()) {
      const row = rows.get(x.ref);
      expect(row?.[1], x.id).toContain(x.title);
      expect(row?.[5], x.id).toBe(valueText(x.kind, x.figure.value));
    }
  });

  it('repeats table header rows, keeps rows whole, and gives charts alternative text', () => {
    expect((xml.match(/<w:tblHeader\/>/g) ?? []).length).toBeGreaterThan(10);
    expect(xml).toMatch(/<w:cantSplit\/>/);
    const images = [...xml.matchAll(/<wp:docPr [^>]*descr="([^"]*)"/g)].map((m) => m[1] ?? '');
    expect(images.length).toBe(pack('public').focus.length);
    for (const d of images) expect(d).toMatch(/^Line chart\. .+ Targets: |^Line chart\. .+ No targets\./);
  });

  it('prints no count of 1 to 4, no child id and no worker name, for any audience', async () => {
    for (const a of ['public', 'scrutiny', 'board'] as const) {
      const doc = a === 'public' ? xml : await docxDocumentXml(await renderPack(pack(a), 'docx'));
      expect(smallCountsInDocx(docxTables(doc), pack(a)), a).toEqual([]);
      expect(peopleIn(docxParagraphs(doc).map((p) => p.text).join('\n') + docxTables(doc).flatMap((t) => t.rows.flat()).join('\n'), people), a).toEqual([]);
    }
  });

  it("uses a council template's styles, filling in the styles it lacks", async () => {
    // A template as a council would make it: its own heading font and colour, no PackNote style.
    const template = new Document({
      styles: { paragraphStyles: [{ id: 'Heading1', name: 'heading 1', basedOn: 'Normal', run: { font: 'Georgia', color: '7030A0', size: 40 } }] },
      sections: [{ children: [new Paragraph({ children: [new TextRun('Council template')] })] }],
    });
    const file = join(dir, 'council.docx');
    await writeFile(file, await Packer.toBuffer(template));
    const out = await renderPack(pack('public'), 'docx', file);
    const styles = (await readZipPart(out, 'word/styles.xml')) ?? '';
    const heading1 = /<w:style [^>]*w:styleId="Heading1"[\s\S]*?<\/w:style>/.exec(styles)?.[0] ?? '';
    expect(heading1).toContain('Georgia');
    expect(heading1).toContain('7030A0');
    expect(styles).toMatch(/w:styleId="PackNote"/);
    expect(docxParagraphs(await docxDocumentXml(out)).some((p) => p.style === 'Heading1' && p.text === '1. Cover report')).toBe(true);
    await expect(renderPack(pack('public'), 'docx', join(dir, 'golden.duckdb'))).rejects.toThrow(/takes a \.docx or \.dotx template/);
  });
});
