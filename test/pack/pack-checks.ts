import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { ANNEX_A_LISTS, tableOf } from '../../src/model/annex-a-lists.js';
import type { PackModel } from '../../src/publish/pack/pack-model.js';
import { readZipPart } from '../../src/publish/pack/docx-template.js';
import type { ShownCell, ShownFigure } from '../../src/publish/pack/shown-figure.js';
import type { Database } from '../../src/store/database.js';

/**
 * What the pack tests look for in every format: counts of 1 to 4 printed as counts, child ids
 * and worker names. The finders work on the outputs as a reader gets them (HTML, text pulled
 * out of the PDF by poppler, Word's XML), never on the code that wrote them.
 */
export const CHROMIUM = '/usr/bin/chromium';
export const HAVE_CHROMIUM = existsSync(CHROMIUM);
export const HAVE_POPPLER = (() => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

const SMALL = /^[1-4]$/;

/** The store's child ids and worker names, read straight from the Annex A tables. */
export async function peopleInStore(db: Database): Promise<{ childIds: Set<string>; workers: string[] }> {
  const ids = new Set<string>();
  const workers = new Set<string>();
  for (const list of ANNEX_A_LISTS) {
    if (list.columns.some((c) => c.key === 'child_id')) {
      for (const r of await db.all<{ v: string }>(`SELECT DISTINCT child_id AS v FROM ${tableOf(list)} WHERE child_id IS NOT NULL`)) ids.add(r.v);
    }
    if (list.columns.some((c) => c.key === 'worker')) {
      for (const r of await db.all<{ v: string }>(`SELECT DISTINCT worker AS v FROM ${tableOf(list)} WHERE worker IS NOT NULL`)) workers.add(r.v);
    }
  }
  return { childIds: ids, workers: [...workers] };
}

/** Child ids and worker names found in a text (whitespace-insensitive for names, whole words for ids). */
export function peopleIn(text: string, people: { childIds: Set<string>; workers: string[] }): string[] {
  const flat = text.replace(/\s+/g, ' ').toLowerCase();
  const found = (text.match(/[A-Za-z0-9_-]+/g) ?? []).filter((w) => people.childIds.has(w));
  for (const w of people.workers) if (flat.includes(w.toLowerCase())) found.push(w);
  return [...new Set(found)];
}

/** Every cell the HTML marks as a count (`data-count`) that shows 1 to 4. */
export function smallCountsInHtml(html: string): string[] {
  return [...html.matchAll(/<(td|strong)[^>]*\bdata-count\b[^>]*>([^<]*)</g)].map((m) => (m[2] ?? '').trim()).filter((t) => SMALL.test(t));
}

/** Every count the model holds, with where it is: a figure's numerator and denominator, and a count measure's value. */
export function smallCountsInModel(m: PackModel): string[] {
  const bad: string[] = [];
  const check = (where: string, c: ShownCell) => {
    if (c.n !== null && c.n >= 1 && c.n <= 4) bad.push(`${where}: ${c.n}`);
  };
  const figure = (where: string, f: ShownFigure, isCount: boolean) => {
    check(`${where} numerator`, f.numerator);
    check(`${where} denominator`, f.denominator);
    if (isCount) check(`${where} value`, f.value);
  };
  for (const x of m.measures.values()) {
    const count = x.kind === 'count';
    figure(x.id, x.figure, count);
    x.trend.forEach((t) => figure(`${x.id} at ${t.asAt}`, t.figure, count));
    if (x.previousYear) figure(`${x.id} previous year`, x.previousYear.figure, count);
  }
  for (const t of m.themes) {
    for (const b of t.byTeam ?? []) {
      const count = m.measures.get(b.id)?.kind === 'count';
      b.teams.forEach((g) => figure(`${b.id} team ${g.group}`, g.figure, count));
    }
  }
  for (const r of m.quality.byRule) check(`finding ${r.rule}`, r.count);
  for (const [k, c] of Object.entries(m.quality.totals)) check(`findings ${k}`, c);
  return bad;
}

export function pdfText(file: string, layout = false): string {
  return execFileSync('pdftotext', [...(layout ? ['-layout'] : []), '-enc', 'UTF-8', file, '-'], { encoding: 'utf8', maxBuffer: 1 << 26 });
}

export function pdfInfo(file: string): Record<string, string> {
  const out = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Object.fromEntries(out.split('\n').filter((l) => l.includes(':')).map((l) => [l.slice(0, l.indexOf(':')).trim(), l.slice(l.indexOf(':') + 1).trim()]));
}

const INTEGER = /^\d{1,3}(,\d{3})*$/;

/**
 * Count cells in the PDF's table rows, read from `pdftotext -layout`: a line that starts with a
 * measure's reference and the start of its title is a row of the scorecard, a theme table or a
 * summary table; after the title's words, every whole number on it is a cell (a numerator,
 * denominator, or a count's value in a month), since percentages, means and rates print with a
 * decimal point. The rows of a chart's data table ("Counted", "Out of"), and the count ending a
 * data-quality row are cells too. Returns the cells showing 1 to 4.
 */
export function smallCountsInPdfRows(layout: string, m: PackModel): string[] {
  const byRef = new Map([...m.measures.values()].map((x) => [x.ref, x]));
  const bad: string[] = [];
  // The definitions' rows also start with a reference and a title, but hold words, not cells.
  const from = layout.indexOf('What each measure counts');
  const to = layout.indexOf('Appendix D: About the figures', from);
  const text = from >= 0 && to > from ? layout.slice(0, from) + layout.slice(to) : layout;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    const words = line.split(/\s+/);
    const ref = words[0] ?? '';
    const x = byRef.get(ref);
    if (x) {
      const title = x.title.split(/\s+/);
      if (words[1] !== title[0] || (title[1] !== undefined && words[2] !== undefined && words[2] !== title[1] && !INTEGER.test(words[2]))) continue;
      let i = 1;
      while (i < words.length && i - 1 < title.length && words[i] === title[i - 1]) i++;
      for (const w of words.slice(i)) if (INTEGER.test(w) && SMALL.test(w)) bad.push(`${ref} ${x.title}: ${w} in "${line}"`);
      continue;
    }
    if (/^(Counted|Out of)\s/.test(line)) {
      for (const w of words.slice(line.startsWith('Out of') ? 2 : 1)) if (SMALL.test(w)) bad.push(`chart table: ${w} in "${line}"`);
    }
    if (/^(Error|Warning|Note)\s.*\s\S+$/.test(line) && /[a-z]-[a-z]/.test(words[words.length - 2] ?? '')) {
      const last = words[words.length - 1] ?? '';
      if (SMALL.test(last)) bad.push(`data quality: ${last} in "${line}"`);
    }
  }
  return bad;
}

export interface DocxTable {
  readonly rows: string[][];
}

function xmlText(xml: string): string {
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)]
    .map((m) => m[1] ?? '')
    .join('')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

export async function docxDocumentXml(data: Buffer): Promise<string> {
  const xml = await readZipPart(data, 'word/document.xml');
  if (!xml) throw new Error('no word/document.xml');
  return xml;
}

/** The document's paragraphs outside tables, with their style. */
export function docxParagraphs(xml: string): { style: string | null; text: string }[] {
  const body = xml.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, '');
  return [...body.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => ({ style: /<w:pStyle w:val="([^"]+)"/.exec(m[0])?.[1] ?? null, text: xmlText(m[0]) }));
}

export function docxTables(xml: string): DocxTable[] {
  return [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((t) => ({
    rows: [...t[0].matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((r) => [...r[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((c) => xmlText(c[0]))),
  }));
}

const COUNT_HEADERS = new Set(['Counted', 'Out of', 'Num', 'Denom', 'Findings']);

/** Count cells of the Word tables: columns headed as counts, the chart tables' count rows, every month and figure of a count measure's row. */
export function smallCountsInDocx(tables: readonly DocxTable[], m: PackModel): string[] {
  const byRef = new Map([...m.measures.values()].map((x) => [x.ref, x]));
  const bad: string[] = [];
  for (const t of tables) {
    const header = t.rows[0] ?? [];
    const countCols = header.map((h, i) => (COUNT_HEADERS.has(h) ? i : -1)).filter((i) => i >= 0);
    for (const row of t.rows.slice(1)) {
      for (const i of countCols) if (SMALL.test(row[i] ?? '')) bad.push(`${header[i]} column: ${row.join(' | ')}`);
      if (header[0] === 'Month end' && (row[0] === 'Counted' || row[0] === 'Out of')) {
        for (const c of row.slice(1)) if (SMALL.test(c)) bad.push(`chart table: ${row.join(' | ')}`);
      }
      const x = byRef.get(row[0] ?? '');
      if (x?.kind === 'count') for (const c of row.slice(2)) if (SMALL.test(c)) bad.push(`${x.id}: ${row.join(' | ')}`);
    }
  }
  return bad;
}

/**
 * The alternative texts of a PDF's tagged figures: literal strings, and the UTF-16 hex strings
 * a writer uses for text with characters outside Latin-1 (an en dash in "19–21").
 */
export function pdfAltTexts(pdf: Buffer): string[] {
  const raw = pdf.toString('latin1');
  const out: string[] = [];
  for (const m of raw.matchAll(/\/Alt\s*(\((?:\\.|[^\\)])*\)|<[0-9A-Fa-f\s]*>)/g)) {
    const s = m[1] ?? '';
    if (s.startsWith('(')) out.push(s.slice(1, -1).replace(/\\(.)/g, '$1'));
    else {
      const hex = s.slice(1, -1).replace(/\s/g, '');
      const bytes = Buffer.from(hex, 'hex');
      out.push(bytes[0] === 0xfe && bytes[1] === 0xff ? bytes.subarray(2).swap16().toString('utf16le') : bytes.toString('latin1'));
    }
  }
  return out;
}
