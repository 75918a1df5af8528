import { basename } from 'node:path';
import { SaxesParser } from 'saxes';
import { SSDA903_TABLE_DEFS, type Ssda903Table } from '../../model/ssda903.js';
import type { Finding } from '../annex-a/finding.js';
import { type TextEncoding, bomEncoding, decodeFile, readHead } from '../text-file.js';
import { ReturnTable } from './table.js';

/**
 * The SSDA903 XML form (root EXPSSDA903): per CHILD a HEADER, which holds the child's details,
 * the repeating AREVIEW, AMISSING and AD_PLACED groups, PERMANENCE, OC2, and the OC3 and AD1
 * items flat; then EPISODE* (PL is the placement type). It is laid out as the CSV tables, every
 * row numbered by its child's position in the file.
 */
const HEADER_FIELDS = ['CHILDID', 'UPN', 'SEX', 'DOB', 'ETHNIC', 'UASC', 'DUC', 'MOTHER', 'MC_DOB'];
const OC3_FIELDS = ['IN_TOUCH', 'ACTIV', 'ACCOM'];
const AD1_FIELDS = ['DATE_INT', 'DATE_MATCH', 'FOSTER_CARE', 'NB_ADOPTR', 'SEX_ADOPTR', 'LS_ADOPTR'];
const GROUPS: Record<string, { table: Ssda903Table; fields: readonly string[] }> = {
  AREVIEW: { table: 'Reviews', fields: ['REVIEW', 'REVIEW_CODE'] },
  AMISSING: { table: 'Missing', fields: ['MISSING', 'MIS_START', 'MIS_END'] },
  AD_PLACED: { table: 'PlacedAdoption', fields: ['DATE_PLACED', 'DATE_PLACED_CEASED', 'REASON_PLACED_CEASED'] },
  PERMANENCE: { table: 'PrevPerm', fields: ['PREV_PERM', 'LA_PERM', 'DATE_PERM'] },
  OC2: { table: 'OC2', fields: SSDA903_TABLE_DEFS.OC2.columns.filter((c) => c !== 'CHILD' && c !== 'DOB') },
};
const EPISODE_FIELDS = SSDA903_TABLE_DEFS.Episodes.columns.filter((c) => c !== 'CHILD');
const MAX_DEPTH = 16;
const MAX_TEXT = 10_000;

/** Column-wise rows of one table while the file is read. */
class Builder {
  readonly cols = new Map<string, (string | null)[]>();
  readonly rows: number[] = [];
  constructor(readonly table: Ssda903Table, columns: readonly string[]) {
    for (const c of columns) this.cols.set(c, []);
  }
  add(position: number, values: Record<string, string | null>): void {
    this.rows.push(position);
    for (const [c, arr] of this.cols) arr.push(values[c] ?? null);
  }
  build(file: string): ReturnTable {
    return new ReturnTable(this.table, file, this.cols, this.rows);
  }
}

export interface XmlReturnRead {
  readonly file: string;
  /** Null when the file cannot be read as an SSDA903 XML return at all (a finding says why). */
  readonly tables: Partial<Record<Ssda903Table, ReturnTable>> | null;
  readonly children: number;
  readonly encoding: TextEncoding;
}

/**
 * Reads the XML form, streaming: memory grows with the children, not the file's text.
 * Entities are never expanded and nothing outside the file is fetched: a DOCTYPE, which no
 * return has, makes the file unreadable (that is how an entity bomb or an external entity is
 * stopped before anything it declares is used), as does XML that is not well-formed.
 */
export async function readSsda903Xml(path: string, finding: (f: Finding) => void): Promise<XmlReturnRead> {
  const file = basename(path);
  const find = (rule: string, severity: Finding['severity'], row: number | null, column: string | null, child: string | null, value: string | null, message: string): void =>
    finding({ rule, severity, list: null, sheet: file, row, column, cell: null, childId: child, value, message });
  const head = await readHead(path, 512);
  const encoding: TextEncoding = bomEncoding(head) ?? (/encoding\s*=\s*["'](?:iso-8859-1|windows-1252|latin1)["']/i.test(head.toString('latin1')) ? 'windows-1252' : 'utf-8');

  const b: Record<Ssda903Table, Builder> = Object.fromEntries(
    (Object.keys(SSDA903_TABLE_DEFS) as Ssda903Table[]).map((t) => [t, new Builder(t, t === 'Header' ? [...SSDA903_TABLE_DEFS.Header.columns, 'UASC'] : SSDA903_TABLE_DEFS[t].columns)]),
  ) as Record<Ssda903Table, Builder>;

  const parser = new SaxesParser({ position: true });
  const stack: string[] = [];
  let stop: string | null = null;
  let rootSeen = false;
  let position = 0;
  let header: Record<string, string | null> = {};
  let group: { name: string; values: Record<string, string | null> }[] = [];
  let episodes: Record<string, string | null>[] = [];
  let episode: Record<string, string | null> | null = null;
  let current: Record<string, string | null> | null = null;
  let text = '';
  let textField: string | null = null;
  const unknown = new Map<string, number>();

  parser.on('error', (e) => {
    const msg = e.message.replace(/^\d+:\d+:\s*/, '').replace(/\.$/, '');
    stop ??= /undefined entity/i.test(msg)
      ? `line ${parser.line}: the file refers to an entity that is not defined; entities are never expanded (an SSDA903 file needs none)`
      : `not well-formed XML at line ${parser.line}, column ${parser.column}: ${msg}`;
  });
  parser.on('doctype', () => {
    stop ??= `line ${parser.line}: the file has a DOCTYPE declaration; an SSDA903 return has none, and nothing it declares is ever expanded or fetched, so the file was not read`;
  });
  parser.on('opentag', (tag) => {
    if (stop) return;
    const name = tag.name.toUpperCase();
    const depth = stack.length;
    stack.push(name);
    if (depth >= MAX_DEPTH) {
      stop = `elements are nested more than ${MAX_DEPTH} deep at line ${parser.line}: not an SSDA903 return`;
      return;
    }
    if (depth === 0) {
      rootSeen = true;
      if (name !== 'EXPSSDA903') stop = `the root element is <${tag.name}>, not <EXPSSDA903>: this is not an SSDA903 XML return${name === 'MESSAGE' ? ' (it looks like a DfE census file)' : ''}`;
      return;
    }
    if (depth === 1) {
      if (name === 'CHILD') {
        position++;
        header = {};
        group = [];
        episodes = [];
      } else note(name);
      return;
    }
    const parent = stack[depth - 1];
    if (depth === 2 && name === 'HEADER') return;
    if (depth === 2 && name === 'EPISODE') {
      episode = {};
      return;
    }
    if (depth === 3 && parent === 'HEADER' && GROUPS[name]) {
      current = {};
      group.push({ name, values: current });
      return;
    }
    const target = depth === 3 && parent === 'HEADER' ? header : depth === 3 && parent === 'EPISODE' ? episode : depth === 4 && current && GROUPS[parent as string] ? current : null;
    if (target) {
      textField = name === 'PL' ? 'PLACE' : name;
      text = '';
      return;
    }
    note(stack.slice(1).join('/'));
  });
  const onText = (t: string): void => {
    if (textField !== null && text.length < MAX_TEXT) text += t;
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  parser.on('closetag', () => {
    if (stop) return;
    const depth = stack.length;
    const name = stack.pop() as string;
    if (textField !== null && depth >= 4) {
      const parent = stack[stack.length - 1];
      const v = text.trim() === '' ? null : text.trim();
      const target = parent === 'HEADER' ? header : parent === 'EPISODE' ? episode : current;
      if (target) {
        const field = textField;
        const known = parent === 'HEADER' ? [...HEADER_FIELDS, ...OC3_FIELDS, ...AD1_FIELDS].includes(field)
          : parent === 'EPISODE' ? EPISODE_FIELDS.includes(field)
          : (GROUPS[parent as string]?.fields ?? []).includes(field);
        if (known) target[field] = v;
        else note(`${parent}/${name}`);
      }
      textField = null;
      return;
    }
    if (depth === 3 && name === 'EPISODE' && episode) {
      episodes.push(episode);
      episode = null;
    } else if (depth === 4 && GROUPS[name]) current = null;
    else if (depth === 2 && name === 'CHILD') flushChild();
  });

  const note = (path: string): void => {
    unknown.set(path, (unknown.get(path) ?? 0) + 1);
  };

  const flushChild = (): void => {
    const child = header.CHILDID ?? null;
    const dob = header.DOB ?? null;
    const sex = header.SEX ?? null;
    b.Header.add(position, { ...header, CHILD: child });
    if (header.DUC || header.UASC === '1') b.UASC.add(position, { CHILD: child, SEX: sex, DOB: dob, DUC: header.DUC ?? null });
    if (OC3_FIELDS.some((f) => header[f] !== undefined)) b.OC3.add(position, { ...header, CHILD: child, DOB: dob });
    if (AD1_FIELDS.some((f) => header[f] !== undefined)) b.AD1.add(position, { ...header, CHILD: child, DOB: dob });
    for (const g of group) b[(GROUPS[g.name] as { table: Ssda903Table }).table].add(position, { ...g.values, CHILD: child, DOB: dob });
    for (const e of episodes) b.Episodes.add(position, { ...e, CHILD: child });
    if (!child) find('missing-element', 'error', position, 'CHILDID', null, null, `child ${position} has no CHILDID; its rows cannot be matched across tables`);
  };

  try {
    for await (const chunk of decodeFile(path, encoding)) {
      parser.write(chunk);
      if (stop) break;
    }
    if (!stop) parser.close();
  } catch (e) {
    if (e instanceof TypeError && /encoded data|decode/i.test(e.message)) stop = `the file is not valid ${encoding.toUpperCase()} text`;
    else if (!stop) throw e;
  }
  if (!stop && !rootSeen) stop = 'the file holds no XML element';
  if (stop) {
    find('not-readable-xml', 'error', null, null, null, null, `${stop}; no table was read`);
    return { file, tables: null, children: 0, encoding };
  }
  for (const [path, n] of unknown) {
    find('unknown-element', 'warning', null, path.split('/').pop() ?? path, null, null, `<${path}> is not part of the SSDA903 return; ${n} occurrence(s) were not read`);
  }
  if (position === 0) find('no-rows', 'warning', null, null, null, null, 'the file holds no CHILD');
  const tables: Partial<Record<Ssda903Table, ReturnTable>> = {};
  // The XML form has no social-worker episodes (the DfE tool builds none from it either).
  for (const t of Object.keys(b) as Ssda903Table[]) if (t !== 'SWEpisodes') tables[t] = b[t].build(file);
  return { file, tables, children: position, encoding };
}
