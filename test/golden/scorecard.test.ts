import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json } from '../../src/cli/formats.js';
import type { Measure } from '../../src/measures/measure.js';
import { escapeHtml } from '../../src/publish/escape-html.js';
import { scorecardHtml } from '../../src/publish/scorecard-html.js';
import { scorecardJson } from '../../src/publish/scorecard-json.js';
import { scorecardText } from '../../src/publish/scorecard-text.js';
import { writeScorecardXlsx } from '../../src/publish/scorecard-xlsx.js';
import { isValidSheetName } from '../../src/publish/sheet-name.js';
import type { ScorecardBundle } from '../../src/scorecard/bundle.js';
import { cli } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp-dir.js';
import { allCells, describeWorkbook, descriptionJson } from './describe-workbook.js';
import { AS_AT, CONFIG_YAML, FORMULA_TEXT, MARKUP_TEXT, buildGoldenBundle } from './fixture.js';

/**
 * Golden tests: one deterministic fixture (test/golden/fixture.ts) rendered in every format and
 * compared with the committed files in test/golden/scorecard/. After an intended change,
 * rewrite them with `UPDATE_GOLDEN=1 npx vitest run test/golden` and review the diff.
 */
const GOLDEN_DIR = fileURLToPath(new URL('./scorecard/', import.meta.url));
const UPDATE = process.env.UPDATE_GOLDEN === '1';

async function golden(name: string, actual: string): Promise<void> {
  const file = join(GOLDEN_DIR, name);
  if (UPDATE || !existsSync(file)) {
    await mkdir(GOLDEN_DIR, { recursive: true });
    await writeFile(file, actual);
    if (!UPDATE) throw new Error(`${name} did not exist and has been written; check it and commit it`);
    return;
  }
  const expected = await readFile(file, 'utf8');
  // toBe on whole files prints a line diff; the message says how to accept an intended change.
  expect(actual, `${name} differs from the golden file; if the change is intended, run UPDATE_GOLDEN=1 npx vitest run test/golden`).toBe(expected);
}

let dir: string;
let cleanup: () => Promise<void>;
let bundle: ScorecardBundle;
let measures: readonly Measure[];
let html: string;
let xlsx: string;
/** The written workbook as ExcelJS reads it back (reading it is the first check). */
let book: ExcelJS.Workbook;

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir('csc-golden-'));
  ({ bundle, measures } = await buildGoldenBundle(dir));
  html = scorecardHtml(bundle, { definitions: measures });
  xlsx = join(dir, 'scorecard.xlsx');
  await writeScorecardXlsx(bundle, xlsx, { definitions: measures });
  book = new ExcelJS.Workbook();
  await book.xlsx.readFile(xlsx);
});
afterAll(async () => cleanup?.());

describe('golden scorecard', () => {
  it('shows every RAG colour, a partial figure, a revised figure and commentary (the fixture covers what the outputs must show)', () => {
    const s = bundle.scorecard;
    expect(new Set(s.measures.map((m) => m.rag))).toEqual(new Set(['red', 'amber', 'green', null]));
    expect(s.measures.some((m) => !m.coverage.complete)).toBe(true);
    expect(s.measures.some((m) => m.published?.changed)).toBe(true);
    expect(s.measures.some((m) => m.previousYear?.value !== null)).toBe(true);
    expect(s.measures.filter((m) => m.commentary).length).toBeGreaterThanOrEqual(2);
    expect(s.themes.some((t) => t.commentary)).toBe(true);
    expect(bundle.quality.totals.error).toBeGreaterThan(0);
    expect(bundle.lists.size).toBe(s.measures.length);
  });

  it('text', async () => golden('scorecard.txt', `${scorecardText(bundle.scorecard)}\n`));
  it('json', async () => golden('scorecard.json', `${json(scorecardJson(bundle.scorecard))}\n`));
  it('html', async () => golden('scorecard.html', html));
  it('xlsx', async () => {
    const ids = new Set(bundle.scorecard.measures.map((m) => m.id));
    const description = describeWorkbook(book, { styled: new Set(['Scorecard']), sampled: ids });
    await golden('scorecard.xlsx.json', descriptionJson(description));
  });
});

/** The tags of an HTML document, checked for nesting (void elements and `/>` excepted). */
function unbalancedTags(doc: string): string[] {
  const VOID = new Set(['meta', 'col', 'br', 'hr', 'img', 'input', 'link', 'wbr', 'source']);
  const stack: string[] = [];
  const problems: string[] = [];
  const body = doc.replace(/<style>[\s\S]*?<\/style>/, '<style></style>').replace(/<!DOCTYPE html>/i, '');
  for (const m of body.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9-]*)\b[^<>]*?(\/?)>/g)) {
    const [, closing, rawName, selfClosing] = m;
    const name = (rawName as string).toLowerCase();
    if (VOID.has(name) || selfClosing) continue;
    if (!closing) stack.push(name);
    else if (stack[stack.length - 1] === name) stack.pop();
    else problems.push(`</${name}> closes <${stack[stack.length - 1] ?? 'nothing'}> at ${m.index}`);
  }
  return [...problems, ...stack.map((s) => `<${s}> never closed`)];
}

describe('html, whatever the golden content', () => {
  it('is one self-contained document with no scripts and nothing fetched', () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/https?:\/\//i);
    expect(html).not.toMatch(/\b(src|srcset)=/i);
    expect(html).not.toMatch(/<link\b/i);
    expect(html).not.toMatch(/@import|url\(/i);
    expect(html).not.toMatch(/\son[a-z]+=/i);
    expect(unbalancedTags(html)).toEqual([]);
  });

  it('gives every table headers and a caption, and every chart a title', () => {
    const tables = html.match(/<table[\s\S]*?<\/table>/g) ?? [];
    expect(tables.length).toBeGreaterThan(bundle.scorecard.themes.length);
    for (const t of tables) {
      expect(t).toMatch(/<th scope="(col|row|colgroup)"/);
      expect(t).toMatch(/<caption( id="[^"]+")?>[^<]/);
    }
    const svgs = html.match(/<svg[^>]*>/g) ?? [];
    expect(svgs.length).toBe(bundle.scorecard.measures.length);
    for (const s of svgs) expect(s).toMatch(/role="img"/);
    expect(html.match(/<svg[^>]*><title>[^<]+<\/title>/g)?.length).toBe(svgs.length);
  });

  it('prints on A4 landscape with repeating table headers', () => {
    expect(html).toMatch(/@page \{ size: A4 landscape;/);
    expect(html).toMatch(/thead \{ display: table-header-group; \}/);
    expect(html).toMatch(/break-inside: avoid/);
  });

  it('escapes commentary, never letting it run', () => {
    expect(html).toContain(escapeHtml(FORMULA_TEXT));
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;');
    expect(html).not.toContain(MARKUP_TEXT);
  });

  it('never uses colour alone for RAG or direction', () => {
    for (const rag of ['Red', 'Amber', 'Green']) expect(html).toMatch(new RegExp(`<span class="rag rag-${rag.toLowerCase()}">${rag}</span>`));
    expect(html).toMatch(/<span class="dir dir-improving"><span aria-hidden="true">.<\/span> improving<\/span>/);
    expect(html).toMatch(/<span class="dir dir-worsening"><span aria-hidden="true">.<\/span> worsening<\/span>/);
  });
});

describe('xlsx, whatever the golden content', () => {
  it('re-reads cleanly, with unique valid sheet names in the expected order', () => {
    const names = book.worksheets.map((w) => w.name);
    for (const n of names) expect(isValidSheetName(n), n).toBe(true);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
    expect(names[0]).toBe('Scorecard');
    expect(names).toContain('Data quality');
    expect(names.filter((n) => n.endsWith('– by team'))).toHaveLength(bundle.scorecard.themes.length);
    expect(names.length).toBe(1 + bundle.scorecard.themes.length + 1 + bundle.lists.size);
  });

  it('neutralises every text cell a spreadsheet would run, and holds no formulas', () => {
    const cells = allCells(book);
    expect(cells.filter((c) => c.formula)).toEqual([]);
    const risky = cells.filter((c) => typeof c.value === 'string' && /^[=+\-@\t\r]/.test(c.value));
    expect(risky).toEqual([]);
    expect(cells.some((c) => c.value === `'${FORMULA_TEXT}`)).toBe(true);
    expect(cells.some((c) => c.value === "'@QA team")).toBe(true);
  });

  it('writes figures as numbers with formats, RAG as fills with words, dates as dates', () => {
    const ws = book.getWorksheet('Scorecard') as ExcelJS.Worksheet;
    const fills = new Map<string, string>();
    let percentCell: ExcelJS.Cell | null = null;
    ws.eachRow((row) => {
      row.eachCell((c) => {
        const fill = c.fill as ExcelJS.FillPattern | undefined;
        if (typeof c.value === 'string' && ['Red', 'Amber', 'Green'].includes(c.value) && fill?.fgColor?.argb) fills.set(c.value, fill.fgColor.argb);
      });
      if (row.getCell(3).value === bundle.scorecard.measures.find((m) => m.id === 'assessments_45wd')?.title) percentCell = row.getCell(7);
    });
    expect(Object.fromEntries(fills)).toEqual({ Red: 'FFD4351C', Amber: 'FFF47738', Green: 'FF00703C' });
    const p = percentCell as ExcelJS.Cell | null;
    expect(typeof p?.value).toBe('number');
    expect(p?.numFmt).toBe('0.0"%"');
    expect(ws.getCell('B3').value).toEqual(new Date(`${AS_AT}T00:00:00.000Z`));
  });
});

describe('scorecard command', () => {
  let db: string;
  let config: string;
  beforeAll(async () => {
    db = join(dir, 'golden.duckdb');
    config = join(dir, 'golden.yaml');
    await writeFile(config, CONFIG_YAML);
  });

  // The command on the fixture's store (the core measures only, to keep it quick); the
  // content is the golden tests' business, these check the wiring.
  it('prints html to standard output and writes xlsx with lists to --out', async () => {
    const page = await cli('--db', db, '--config', config, 'scorecard', '--format', 'html', '--core', '--trend', '3', '--team', 'assessment team');
    expect(page.err).toBe('');
    expect(page.code).toBe(0);
    expect(page.out).toMatch(/^<!DOCTYPE html>/);
    expect(page.out).toContain('Northmoor Borough Council');
    expect(page.out).toContain('<dt>Team</dt><dd>assessment team</dd>');
    expect(page.out.match(/<tbody class="measure"/g)).toHaveLength(26);
    expect(page.out.match(/<th scope="col" class="num"><time/g)).toHaveLength(3 * 7);
    const file = join(dir, 'cli.xlsx');
    const book = await cli('--db', db, '--config', config, 'scorecard', '--format', 'xlsx', '--out', file, '--with-lists', '--core', '--trend', '2', '--as-at', AS_AT);
    expect(book.err).toBe('');
    expect(book.out).toContain(`Wrote ${file}`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.worksheets.map((w) => w.name)).toContain('assessments_45wd');
  });

  it('asks for --out with xlsx and refuses --with-lists elsewhere', async () => {
    const r = await cli('--db', db, 'scorecard', '--format', 'xlsx');
    expect(r.code).toBe(1);
    expect(r.err).toContain('--out');
    const lists = await cli('--db', db, 'scorecard', '--format', 'html', '--with-lists');
    expect(lists.code).toBe(1);
    expect(lists.err).toContain('--format xlsx');
    const missing = await cli('--db', db, 'scorecard', '--format', 'xlsx', '--out', join(dir, 'no-such-folder', 'x.xlsx'));
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('the folder does not exist');
  });
});
