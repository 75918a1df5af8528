import { mkdir, writeFile } from 'node:fs/promises';
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { SSDA903_TABLE_DEFS, SSDA903_TABLES, type Ssda903Table } from '../../model/ssda903.js';
import type { ReturnRows, Row } from './model.js';

function csvCell(v: string | null | undefined): string {
  if (v === null || v === undefined) return '';
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** One CSV file per table (header row, then rows), named after the table, into `dir`. Returns the paths. */
export async function writeSsda903Csv(rows: ReturnRows, dir: string, prefix = ''): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const paths: string[] = [];
  for (const t of SSDA903_TABLES) {
    const list = rows[t];
    if (!list) continue;
    const cols = SSDA903_TABLE_DEFS[t].columns;
    const lines = [cols.join(','), ...list.map((r) => cols.map((c) => csvCell(r[c])).join(','))];
    const path = join(dir, `${prefix}${t.toLowerCase()}.csv`);
    await writeFile(path, `${lines.join('\r\n')}\r\n`);
    paths.push(path);
  }
  return paths;
}

const esc = (v: string): string => v.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const el = (name: string, v: string | null | undefined): string => (v === null || v === undefined ? '' : `<${name}>${esc(v)}</${name}>`);

/** The XML form of the return (root EXPSSDA903, a CHILD per child; no social-worker episodes). */
export async function writeSsda903Xml(rows: ReturnRows, path: string): Promise<void> {
  const by = (t: Ssda903Table): Map<string, Row[]> => {
    const m = new Map<string, Row[]>();
    for (const r of rows[t] ?? []) {
      const id = r.CHILD ?? '';
      const list = m.get(id);
      if (list) list.push(r);
      else m.set(id, [r]);
    }
    return m;
  };
  const tables = Object.fromEntries(SSDA903_TABLES.map((t) => [t, by(t)])) as Record<Ssda903Table, Map<string, Row[]>>;
  const out = createWriteStream(path);
  let failed: Error | null = null;
  out.on('error', (e) => (failed = e));
  const write = (s: string) =>
    new Promise<void>((resolve, reject) => {
      if (failed) reject(failed);
      else if (out.write(s)) resolve();
      else out.once('drain', resolve);
    });
  await write('<?xml version="1.0" encoding="UTF-8"?>\n<EXPSSDA903>\n');
  for (const h of rows.Header ?? []) {
    const id = h.CHILD ?? '';
    const get = (t: Ssda903Table) => tables[t].get(id) ?? [];
    const uasc = get('UASC')[0];
    const oc3 = get('OC3')[0];
    const ad1 = get('AD1')[0];
    const oc2 = get('OC2')[0];
    const perm = get('PrevPerm')[0];
    let x = `<CHILD><HEADER>${el('CHILDID', id)}${el('UPN', h.UPN)}${el('SEX', h.SEX)}${el('DOB', h.DOB)}${el('ETHNIC', h.ETHNIC)}${el('UASC', uasc ? '1' : '0')}${el('DUC', uasc?.DUC)}${el('MOTHER', h.MOTHER)}${el('MC_DOB', h.MC_DOB)}`;
    for (const r of get('Reviews')) x += `<AREVIEW>${el('REVIEW', r.REVIEW)}${el('REVIEW_CODE', r.REVIEW_CODE)}</AREVIEW>`;
    if (perm) x += `<PERMANENCE>${el('PREV_PERM', perm.PREV_PERM)}${el('LA_PERM', perm.LA_PERM)}${el('DATE_PERM', perm.DATE_PERM)}</PERMANENCE>`;
    if (oc2) x += `<OC2>${SSDA903_TABLE_DEFS.OC2.columns.filter((c) => c !== 'CHILD' && c !== 'DOB').map((c) => el(c, oc2[c])).join('')}</OC2>`;
    for (const r of get('Missing')) x += `<AMISSING>${el('MISSING', r.MISSING)}${el('MIS_START', r.MIS_START)}${el('MIS_END', r.MIS_END)}</AMISSING>`;
    for (const r of get('PlacedAdoption')) x += `<AD_PLACED>${el('DATE_PLACED', r.DATE_PLACED)}${el('DATE_PLACED_CEASED', r.DATE_PLACED_CEASED)}${el('REASON_PLACED_CEASED', r.REASON_PLACED_CEASED)}</AD_PLACED>`;
    if (oc3) x += `${el('IN_TOUCH', oc3.IN_TOUCH)}${el('ACTIV', oc3.ACTIV)}${el('ACCOM', oc3.ACCOM)}`;
    if (ad1) x += ['DATE_INT', 'DATE_MATCH', 'FOSTER_CARE', 'NB_ADOPTR', 'SEX_ADOPTR', 'LS_ADOPTR'].map((c) => el(c, ad1[c])).join('');
    x += '</HEADER>';
    for (const e of get('Episodes')) {
      x += `<EPISODE>${SSDA903_TABLE_DEFS.Episodes.columns.filter((c) => c !== 'CHILD').map((c) => el(c === 'PLACE' ? 'PL' : c, e[c])).join('')}</EPISODE>`;
    }
    await write(`${x}</CHILD>\n`);
  }
  await write('</EXPSSDA903>\n');
  await new Promise<void>((resolve, reject) => out.end((e?: Error | null) => (e ? reject(e) : resolve())));
}
