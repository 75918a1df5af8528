import { basename } from 'node:path';
import { SaxesParser } from 'saxes';
import { dayToIso, dayToYmd, ymdToDay } from '../../model/dates.js';
import { CSWW_HEADER_FIELDS, CSWW_LA_FIELDS, CSWW_WORKER_FIELDS, type CensusField } from '../../model/workforce-census.js';
import { UserError } from '../../user-error.js';
import type { Finding, Severity } from '../annex-a/finding.js';
import { type Parsed, normaliseText, parseCodeCell, parseDate, parseDecimal, parseInteger, parseText } from '../cell-values.js';
import { type TextEncoding, bomEncoding, clipText, decodeFile, notTextReason, readHead } from '../text-file.js';

/** A value of the census as stored: text and codes, day numbers, numbers, booleans; null when blank or unreadable. */
export type CensusValue = string | number | boolean | null;

/** One `CSWWWorker`, in canonical form: values in `CSWW_WORKER_FIELDS` order. */
export interface WorkerRow {
  /** 1-based position of the worker in the file. */
  readonly position: number;
  /** The line of its `<CSWWWorker>` tag. */
  readonly line: number;
  readonly values: CensusValue[];
  /** Per field: the file held something that could not be read (the value is then null). */
  readonly unreadable: boolean[];
}

export interface WorkforceSink {
  worker(row: WorkerRow): void;
  finding(f: Finding): void;
}

export interface WorkforceReadResult {
  readonly file: string;
  readonly encoding: TextEncoding;
  /** The header and `LALevelVacancies`, in `CSWW_HEADER_FIELDS` then `CSWW_LA_FIELDS` order. */
  readonly la: { readonly values: CensusValue[]; readonly unreadable: boolean[] };
  readonly referenceDay: number | null;
  readonly collectionYear: number | null;
  readonly workers: number;
  /** Elements that are no part of the census, with how often they occurred (not loaded). */
  readonly unknownElements: Record<string, number>;
}

export interface ReadWorkforceOptions {
  /** Turns a (normalised) Social Work England number into what is stored: a keyed hash. */
  readonly hashSwe: (swe: string) => string;
}

/** The file cannot be read as a workforce census at all (the message names the file and why). */
export class WorkforceFileError extends UserError {}

/** A field's text beyond this many characters is not kept (it is unreadable anyway). */
const MAX_CAPTURE = 1_000_000;
/** The census is four levels deep; anything far deeper is not a census file. */
const MAX_DEPTH = 32;

const HEADER_PARENTS = new Set(['CollectionDetails', 'Source']);
const LA_FIELDS = [...CSWW_HEADER_FIELDS, ...CSWW_LA_FIELDS];

/** The texts one element held in one record (an element may repeat), each with its full length. */
interface Capture {
  texts: string[];
  /** Each text's length in the file: more than the text kept when it was too long to keep. */
  lengths: number[];
}

type Record_ = Map<string, Capture>;

/**
 * Reads a DfE Children's Social Work Workforce census file (XML), streaming: every worker is
 * converted to canonical values and handed to the sink, every value that cannot be read is
 * reported with its worker's position, element and original text, and the Social Work England
 * number is only ever handed on hashed. Entities are never expanded and nothing outside the
 * file is ever fetched: a DOCTYPE is ignored, and a reference to an entity it declares stops the
 * read. Throws WorkforceFileError only when the file as a whole is unusable.
 */
export async function readWorkforce(file: string, sink: WorkforceSink, options: ReadWorkforceOptions): Promise<WorkforceReadResult> {
  const name = basename(file);
  const fail = (why: string): never => {
    throw new WorkforceFileError(`${name}: ${why}`);
  };
  const notText = await notTextReason(file).catch(() => fail('file not found or not readable'));
  if (notText) fail(notText);
  const encoding = await sniffEncoding(file, fail);

  const find = (rule: string, severity: Severity, row: number | null, column: string | null, value: string | null, message: string): void =>
    sink.finding({ rule, severity, list: null, sheet: name, row, column, cell: null, childId: null, value, message });

  const parser = new SaxesParser({ position: true });
  const stack: string[] = [];
  let rootSeen = false;
  let capture: { field: string; depth: number; text: string; length: number; line: number } | null = null;
  let worker: Record_ | null = null;
  let workerLine = 0;
  let workers = 0;
  const header: Record_ = new Map();
  let laSeen = 0;
  let headerSeen = 0;
  const unknown = new Map<string, { count: number; firstRow: number | null; firstLine: number }>();

  const noteUnknown = (path: string, row: number | null): void => {
    const u = unknown.get(path);
    if (u) u.count++;
    else unknown.set(path, { count: 1, firstRow: row, firstLine: parser.line });
  };

  parser.on('error', (e) => {
    const msg = e.message.replace(/^\d+:\d+:\s*/, '').replace(/\.$/, '');
    if (/undefined entity/i.test(msg)) {
      fail(`line ${parser.line}: the file refers to an entity that is not defined; entities declared in a DOCTYPE are never expanded (a census file needs none)`);
    }
    fail(`not well-formed XML at line ${parser.line}, column ${parser.column}: ${msg}`);
  });
  parser.on('doctype', () => {
    find('doctype-ignored', 'warning', null, null, null, 'the file has a DOCTYPE declaration; it was ignored (nothing it declares is read, expanded or fetched)');
  });
  parser.on('opentag', (tag) => {
    const local = localName(tag.name);
    const depth = stack.length;
    stack.push(local);
    if (depth >= MAX_DEPTH) fail(`elements are nested more than ${MAX_DEPTH} deep at line ${parser.line}: not a census file`);
    if (depth === 0) {
      rootSeen = true;
      if (local !== 'Message') fail(`the root element is <${tag.name}>, not <Message>: this is not a workforce census (CSWW) file${rootHint(local)}`);
      return;
    }
    if (capture) {
      // An element inside a field: the field holds text only.
      noteUnknown(`${stack.slice(1, -1).join('/')}/${local}`, worker ? workers : null);
      return;
    }
    if (depth === 1) {
      if (local === 'CSWWWorker') {
        workers++;
        worker = new Map();
        workerLine = parser.line;
      } else if (local === 'Header') headerSeen++;
      else if (local === 'LALevelVacancies') laSeen++;
      else if (local === 'Children') fail('it holds <Children>: this looks like a CIN Census file, not the workforce census (CSWW)');
      else noteUnknown(local, null);
      return;
    }
    const parent = stack[1];
    const fieldSet = parent === 'CSWWWorker' && depth === 2 ? CSWW_WORKER_FIELDS
      : parent === 'LALevelVacancies' && depth === 2 ? CSWW_LA_FIELDS
      : parent === 'Header' && depth === 3 && HEADER_PARENTS.has(stack[2] as string) ? CSWW_HEADER_FIELDS
      : null;
    if (parent === 'Header' && depth === 2 && HEADER_PARENTS.has(local)) return;
    if (fieldSet && fieldSet.some((f) => f.element === local)) {
      capture = { field: local, depth: depth + 1, text: '', length: 0, line: parser.line };
      return;
    }
    if (parent === 'Header' || parent === 'LALevelVacancies' || parent === 'CSWWWorker') noteUnknown(stack.slice(1).join('/'), parent === 'CSWWWorker' ? workers : null);
  });
  const onText = (t: string): void => {
    if (!capture || stack.length !== capture.depth) return;
    capture.length += t.length;
    if (capture.text.length < MAX_CAPTURE) capture.text += t.slice(0, MAX_CAPTURE - capture.text.length);
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  parser.on('closetag', () => {
    const depth = stack.length;
    const local = stack.pop() as string;
    if (capture && depth === capture.depth) {
      const target = stack[1] === 'CSWWWorker' ? worker : header;
      if (target) {
        const c = target.get(local) ?? { texts: [], lengths: [] };
        c.texts.push(capture.text);
        c.lengths.push(capture.length);
        target.set(local, c);
      }
      if (local === 'Collection' && stack[2] === 'CollectionDetails') {
        const collection = normaliseText(capture.text).toUpperCase();
        if (collection && collection !== 'CSWW') fail(`the collection is "${clipText(collection, 40)}", not CSWW: this is not the workforce census`);
      }
      capture = null;
      return;
    }
    if (depth === 2 && local === 'CSWWWorker' && worker) {
      sink.worker(toWorkerRow(worker, workers, workerLine));
      worker = null;
    }
  });
  const toWorkerRow = (record: Record_, position: number, line: number): WorkerRow => {
    const values: CensusValue[] = new Array(CSWW_WORKER_FIELDS.length).fill(null);
    const unreadable: boolean[] = new Array(CSWW_WORKER_FIELDS.length).fill(false);
    CSWW_WORKER_FIELDS.forEach((field, i) => {
      const c = record.get(field.element);
      const texts = c ? c.texts.map((t, k) => ({ t, length: c.lengths[k] as number })) : [];
      const filled = texts.filter((x) => normaliseText(x.t) !== '');
      if (filled.length === 0) {
        if (field.required) {
          find('missing-element', 'error', position, field.element, null,
            `CSWWWorker ${position} (line ${line}) has no ${field.element}${c ? ' value' : ''}`);
        }
        return;
      }
      if (field.type === 'swe') {
        const swe = readSwe((filled[0] as { t: string }).t);
        if (!swe.ok) {
          unreadable[i] = true;
          find('unreadable-value', 'error', position, field.element, null,
            `CSWWWorker ${position} (line ${line}): ${field.element} ${swe.reason}; stored as blank (the value is not repeated here)`);
          return;
        }
        if (!/^[A-Z]{2}\d{1,10}$/.test(swe.value)) {
          find('swe-number-format', 'warning', position, field.element, null,
            `CSWWWorker ${position} (line ${line}): ${field.element} is not two letters and digits as Social Work England numbers are; it was hashed as given`);
        }
        values[i] = options.hashSwe(swe.value);
        if (filled.length > 1) repeated(field, position, line, filled.length - 1, null);
        return;
      }
      const parsed = filled.map((x) => ({ text: x.t, result: x.length > x.t.length ? tooLong(x.length) : parseField(field, x.t) }));
      for (const p of parsed) {
        if (!p.result.ok) {
          find('unreadable-value', 'error', position, field.element, clipText(normaliseText(p.text)),
            `CSWWWorker ${position} (line ${line}): ${field.element} "${clipText(normaliseText(p.text), 60)}" ${p.result.reason}; stored as blank`);
        }
      }
      const good = parsed.filter((p) => p.result.ok && p.result.value !== null).map((p) => (p.result as { value: CensusValue }).value);
      if (good.length === 0) unreadable[i] = parsed.some((p) => !p.result.ok);
      if (filled.length === 1 || field.repeats === 'first' || field.repeats === undefined) {
        const first = parsed[0] as (typeof parsed)[number];
        if (first.result.ok) values[i] = first.result.value;
        else unreadable[i] = true;
        if (filled.length > 1) repeated(field, position, line, filled.length - 1, clipText(normaliseText((filled[1] as { t: string }).t)));
        return;
      }
      if (field.repeats === 'any') {
        values[i] = good.length ? good.some((v) => v === true) : null;
        return;
      }
      const distinct = [...new Set(good.map(String))];
      values[i] = distinct.length ? distinct.join(field.type === 'code' ? ',' : '; ') : null;
    });
    return { position, line, values, unreadable };
  };

  const repeated = (field: CensusField, position: number, line: number, extra: number, value: string | null): void => {
    find('repeated-element', 'warning', position, field.element, value,
      `CSWWWorker ${position} (line ${line}) has ${field.element} ${extra + 1} times; the first was loaded`);
  };

  try {
    for await (const text of decodeFile(file, encoding)) parser.write(text);
  } catch (e) {
    if (e instanceof WorkforceFileError) throw e;
    if (e instanceof TypeError && /encoded data|decode/i.test(e.message)) fail(`the file is not valid ${encoding.toUpperCase()} text (check the encoding its XML declaration names)`);
    throw e;
  }
  parser.close();
  if (!rootSeen) fail('the file holds no XML element');

  // The header and the authority's figures: one set per file.
  const laValues: CensusValue[] = new Array(LA_FIELDS.length).fill(null);
  const laUnreadable: boolean[] = new Array(LA_FIELDS.length).fill(false);
  LA_FIELDS.forEach((field, i) => {
    const c = header.get(field.element);
    const filled = c ? c.texts.map((t, k) => ({ t, length: c.lengths[k] as number })).filter((x) => normaliseText(x.t) !== '') : [];
    if (filled.length === 0) {
      if (field.required && laSeen > 0) find('missing-element', 'error', null, field.element, null, `LALevelVacancies has no ${field.element}`);
      return;
    }
    const { t: text, length } = filled[0] as { t: string; length: number };
    const parsed = length > text.length ? tooLong(length) : parseField(field, text);
    if (parsed.ok) laValues[i] = parsed.value;
    else {
      laUnreadable[i] = true;
      find('unreadable-value', 'error', null, field.element, clipText(normaliseText(text)),
        `${field.element} "${clipText(normaliseText(text), 60)}" ${parsed.reason}; stored as blank`);
    }
    if (filled.length > 1) {
      find('repeated-element', 'warning', null, field.element, clipText(normaliseText((filled[1] as { t: string }).t)),
        `${field.element} is given ${filled.length} times; the first was loaded`);
    }
  });
  if (workers === 0 && laSeen === 0) fail('the file holds no CSWWWorker and no LALevelVacancies: it is not a workforce census file');
  if (headerSeen === 0) find('missing-element', 'warning', null, 'Header', null, 'the file has no Header (no reference date, no LA code)');
  if (laSeen === 0) find('missing-element', 'error', null, 'LALevelVacancies', null, 'the file has no LALevelVacancies: vacancies and agency figures are unknown');
  if (laSeen > 1) find('repeated-element', 'warning', null, 'LALevelVacancies', null, `the file has LALevelVacancies ${laSeen} times; the values of the first were loaded`);
  if (workers === 0) find('no-workers', 'error', null, 'CSWWWorker', null, 'the file holds no CSWWWorker: no worker was loaded');

  const refIndex = LA_FIELDS.findIndex((f) => f.key === 'reference_date');
  const referenceDay = (laValues[refIndex] as number | null) ?? null;
  if (referenceDay !== null) {
    const { month, day } = dayToYmd(referenceDay);
    if (month !== 9 || day !== 30) {
      find('reference-date-not-30-september', 'warning', null, 'ReferenceDate', dayToIso(referenceDay),
        `the reference date ${dayToIso(referenceDay)} is not 30 September, the census date`);
    }
  }
  for (const [path, u] of unknown) {
    find('unknown-element', 'warning', u.firstRow, path.split('/').pop() ?? path, null,
      `<${path}> is not part of the workforce census; ${u.count} occurrence(s) were not loaded (first at line ${u.firstLine})`);
  }
  const yearIndex = LA_FIELDS.findIndex((f) => f.key === 'collection_year');
  return {
    file: name,
    encoding,
    la: { values: laValues, unreadable: laUnreadable },
    referenceDay,
    collectionYear: (laValues[yearIndex] as number | null) ?? null,
    workers,
    unknownElements: Object.fromEntries([...unknown].map(([k, v]) => [k, v.count])),
  };
}

function localName(name: string): string {
  const i = name.indexOf(':');
  return i < 0 ? name : name.slice(i + 1);
}

function rootHint(root: string): string {
  if (/^EXPSSDA903$/i.test(root)) return ' (it looks like an SSDA903 return)';
  if (/^(html|xhtml)$/i.test(root)) return ' (it is a web page)';
  if (/^(workbook|worksheet)$/i.test(root)) return ' (it looks like an Excel XML file)';
  return '';
}

function tooLong(length: number): Parsed<CensusValue> {
  return { ok: false, reason: `is text of ${length.toLocaleString('en-GB')} characters; far longer than any census value` };
}

/** The Social Work England number, normalised (spaces out, upper case), or why it is unusable. */
function readSwe(raw: string): { ok: true; value: string } | { ok: false; reason: string } {
  const t = normaliseText(raw).replace(/\s+/g, '').toUpperCase();
  if (t.length > 40) return { ok: false, reason: `is ${t.length.toLocaleString('en-GB')} characters long, not a registration number` };
  if (!/^[A-Z0-9/-]+$/.test(t)) return { ok: false, reason: 'holds characters no registration number has' };
  return { ok: true, value: t };
}

/** An `xs:date` may carry a time zone (`2023-09-30Z`, `2023-09-30+01:00`): the day is what counts. */
function stripZone(text: string): string {
  return normaliseText(text).replace(/^(\d{4}-\d{2}-\d{2})(?:Z|[+-]\d{2}:\d{2})$/, '$1');
}

export function parseField(field: CensusField, text: string): Parsed<CensusValue> {
  switch (field.type) {
    case 'text':
    case 'swe':
      return parseText(text);
    case 'date':
      return parseDate(stripZone(text));
    case 'month': {
      const d = parseDate(stripZone(text));
      if (!d.ok || d.value === null) return d;
      const { year, month } = dayToYmd(d.value);
      return { ok: true, value: ymdToDay(year, month, 1) };
    }
    case 'integer':
      return parseInteger(text);
    case 'decimal':
      return parseDecimal(text, { min: field.min, max: field.max });
    case 'code':
      return parseCodeCell(text, field.codes as NonNullable<CensusField['codes']>);
    case 'yesNo': {
      const c = parseCodeCell(text, field.codes ?? 'cswwYesNo');
      return c.ok ? { ok: true, value: c.value === null ? null : c.value === '1' } : c;
    }
  }
}

/** The encoding: a byte-order mark, else the XML declaration's, else UTF-8. */
async function sniffEncoding(file: string, fail: (why: string) => never): Promise<TextEncoding> {
  const head = await readHead(file, 512);
  const bom = bomEncoding(head);
  if (bom) return bom;
  const ascii = head.toString('latin1');
  const start = ascii.trimStart();
  if (!start.startsWith('<')) {
    const firstLine = start.split(/\r?\n/)[0] ?? '';
    const looks = /[,;\t]/.test(firstLine) ? ' (it looks like a CSV file)' : '';
    fail(`not an XML file: it starts with "${clipText(firstLine, 40)}"${looks}`);
  }
  const decl = /^<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(start);
  const named = decl?.[1]?.toLowerCase();
  if (!named || named === 'utf-8' || named === 'utf8' || named === 'us-ascii' || named === 'ascii') return 'utf-8';
  if (['iso-8859-1', 'latin1', 'latin-1', 'windows-1252', 'cp1252', 'iso-8859-15'].includes(named)) return 'windows-1252';
  return fail(`the XML declaration names the encoding "${named}", which is not read; save the file as UTF-8`);
}
