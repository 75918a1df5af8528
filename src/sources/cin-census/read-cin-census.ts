import { basename } from 'node:path';
import { SaxesParser } from 'saxes';
import { CIN_DATE_FIELDS, CIN_GROUPS, CIN_HEADER_FIELDS, CIN_SCHEMA_YEARS, type CinGroupDef, type CinSchemaYear, YES_NO_VALUES, isCinSchemaYear, sexElement } from '../../model/cin-census.js';
import { UserError } from '../../user-error.js';
import { type TextEncoding, clipText, decodeFile } from '../text-file.js';
import { type CinChild, type CinHeader, type CinSchemaIssue, newChild, newEpisode, newHeader } from './records.js';
import { localName, otherReturnHint, xmlEncoding } from './xml-input.js';
import { xsDateDay } from './xs-date.js';

export interface CinCensusSink {
  child(child: CinChild): void;
  issue(issue: CinSchemaIssue): void;
}

export interface ReadCinCensusOptions {
  /** The collection year to read the file as; default: the header's Year. */
  readonly year?: number;
}

export interface CinReadResult {
  readonly file: string;
  readonly encoding: TextEncoding;
  readonly header: CinHeader;
  readonly year: CinSchemaYear;
  /** Where the year came from: given (--year) or the file's header. */
  readonly yearBasis: 'given' | 'header';
  readonly children: number;
  /** <PreProceedingsandFGDM> groups (2025/26): read and checked, not loaded. */
  readonly preProceedings: number;
  readonly unknownElements: Record<string, number>;
}

/** The file cannot be read as a CIN Census at all (the message names the file and why). */
export class CinCensusFileError extends UserError {}

/** A field's text beyond this many characters is not kept: no CIN Census value is that long. */
const MAX_CAPTURE = 10_000;
/** The census is eight levels deep; anything far deeper is not a census file. */
const MAX_DEPTH = 32;
/** The XSD's type for each group, as the DfE validator names its tables. */
const TABLE_OF: Readonly<Record<string, string>> = {
  CINPlanDates: 'CINplanDates',
  FactorsIdentifiedAtAssessment: 'Assessments',
};

/** Where each field's text goes on the record of its group; `push` for repeated elements. */
const FIELD_KEYS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  ChildIdentifiers: {
    LAchildID: 'id', UPN: 'upn', FormerUPN: 'formerUpn', UPNunknown: 'upnUnknown', PersonBirthDate: 'birth',
    ExpectedPersonBirthDate: 'expectedBirth', GenderCurrent: 'gender', Sex: 'sex', PersonDeathDate: 'death',
  },
  ChildCharacteristics: { Ethnicity: 'ethnicity' },
  Disabilities: { Disability: 'disabilities' },
  CINdetails: {
    CINreferralDate: 'referral', ReferralSource: 'source', PrimaryNeedCode: 'need', CINclosureDate: 'closure',
    ReasonForClosure: 'closeReason', DateOfInitialCPC: 'icpc', ReferralNFA: 'nfa',
  },
  Assessments: { AssessmentActualStartDate: 'start', AssessmentInternalReviewDate: 'review', AssessmentAuthorisationDate: 'auth' },
  FactorsIdentifiedAtAssessment: { AssessmentFactors: 'factors' },
  CINPlanDates: { CINPlanStartDate: 'start', CINPlanEndDate: 'end' },
  Section47: { S47ActualStartDate: 'start', InitialCPCtarget: 'target', DateOfInitialCPC: 'icpc', ICPCnotRequired: 'notRequired' },
  ChildProtectionPlans: { CPPstartDate: 'start', CPPendDate: 'end', InitialCategoryOfAbuse: 'initial', LatestCategoryOfAbuse: 'latest', NumberOfPreviousCPP: 'previous' },
  Reviews: { CPPreviewDate: 'reviews' },
};

type Target = Record<string, unknown>;

interface Frame {
  readonly name: string;
  /** The group's definition; null for the envelope (Message, Header…) and for ignored elements. */
  readonly def: CinGroupDef | null;
  readonly target: Target | null;
  /** Fields already given once in this group (a second one is reported, the first kept); made when needed. */
  seen: Set<string> | null;
  readonly ignored: boolean;
  /** <Reviews>: how many CPPreviewDate it held. */
  reviews: number;
}

interface Capture {
  readonly field: string;
  readonly depth: number;
  readonly line: number;
  text: string;
  length: number;
}

/** Fields unique to a child (not worth sharing); every other value repeats across children. */
const OWN_VALUES = new Set(['LAchildID', 'UPN', 'FormerUPN']);
/** The most distinct values shared (dates of a few decades and the code lists fit many times over). */
const MAX_SHARED = 100_000;

/**
 * Reads a DfE CIN Census file (XML), streaming one <Child> at a time: each child is handed to
 * the sink as soon as its closing tag is read and then dropped, so memory stays flat whatever
 * the file's size. Every CPPreviewDate of a plan is kept. What breaks the schema (a date that
 * is not a date, an unknown or repeated element) is reported as an issue with the child's
 * position; DfE rules judge the values. Entities are never expanded and nothing outside the
 * file is ever fetched: a DOCTYPE is ignored, and a reference to an entity it declares (an XML
 * bomb, an external entity) stops the read with a message. Throws CinCensusFileError only
 * when the file as a whole is unusable (not XML, not a CIN Census, an unknown collection year).
 */
export async function readCinCensus(file: string, sink: CinCensusSink, options: ReadCinCensusOptions = {}): Promise<CinReadResult> {
  const name = basename(file);
  const fail = (why: string): never => {
    throw new CinCensusFileError(`${name}: ${why}`);
  };
  const encoding = await xmlEncoding(file, fail);
  if (options.year !== undefined && !isCinSchemaYear(options.year)) fail(unknownYear(String(options.year), 'given with --year'));

  const parser = new SaxesParser({ position: true });
  const header = newHeader();
  const stack: Frame[] = [];
  const unknown = new Map<string, number>();
  // Equal values share one string: a 50 000-child return holds a few thousand distinct dates and
  // codes, and rules that read the same few strings over and over stay in the processor's cache.
  const shared = new Map<string, string>();
  const share = (v: string): string => {
    const known = shared.get(v);
    if (known !== undefined) return known;
    if (shared.size < MAX_SHARED) shared.set(v, v);
    return v;
  };
  let capture: Capture | null = null;
  let child: CinChild | null = null;
  let children = 0;
  let preProceedings = 0;
  let year: CinSchemaYear | null = null;
  let yearBasis: 'given' | 'header' = 'given';
  let rootSeen = false;
  let childrenSeen = false;

  const issue = (table: string, field: string, value: string | null, reason: string, line = parser.line): void => {
    sink.issue({ position: child?.position ?? null, childId: child?.id ?? null, line, table, field, value: value === null ? null : clipText(value, 100), reason });
  };
  const noteUnknown = (path: string, table: string, field: string): void => {
    unknown.set(path, (unknown.get(path) ?? 0) + 1);
    issue(table, field, null, `<${field}> is not part of the CIN Census schema${year ? ` for ${year}` : ''} here (in <${table}>); it was not read`);
  };
  const frame = (frameName: string, def: CinGroupDef | null, target: Target | null, ignored = false): void => {
    stack.push({ name: frameName, def, target, seen: null, ignored, reviews: 0 });
  };

  /** The collection year, decided at the first child: --year, else the header's Year. */
  const decideYear = (): CinSchemaYear => {
    if (year !== null) return year;
    const fromHeader = header.year?.trim() ?? '';
    if (options.year !== undefined) {
      year = options.year as CinSchemaYear;
      if (fromHeader && fromHeader !== String(year)) {
        issue('Header', 'Year', fromHeader, `the header's Year is ${fromHeader}; the file was read and validated as ${year} (--year)`);
      }
      return year;
    }
    if (!fromHeader) fail('the header gives no collection Year; give the year with --year YYYY (2025 = April 2024 to March 2025)');
    const n = Number(fromHeader);
    if (!isCinSchemaYear(n)) fail(unknownYear(fromHeader, "in the header's Year"));
    year = n as CinSchemaYear;
    yearBasis = 'header';
    return year;
  };

  parser.on('error', (e) => {
    const msg = e.message.replace(/^\d+:\d+:\s*/, '').replace(/\.$/, '');
    if (/undefined entity/i.test(msg)) {
      fail(`line ${parser.line}: the file refers to an entity that is not defined; entities declared in a DOCTYPE are never expanded and external ones never fetched (a CIN Census needs none)`);
    }
    fail(`not well-formed XML at line ${parser.line}, column ${parser.column}: ${msg}`);
  });
  parser.on('doctype', () => {
    issue('Message', 'DOCTYPE', null, 'the file has a DOCTYPE declaration; it was ignored (nothing it declares is read, expanded or fetched)');
  });
  parser.on('opentag', (tag) => {
    const local = localName(tag.name);
    const depth = stack.length;
    if (depth >= MAX_DEPTH) fail(`elements are nested more than ${MAX_DEPTH} deep at line ${parser.line}: not a CIN Census file`);
    if (depth === 0) {
      rootSeen = true;
      if (local !== 'Message') fail(`the root element is <${tag.name}>, not <Message>: this is not a CIN Census file${otherReturnHint(local)}`);
      frame(local, null, null);
      return;
    }
    const parent = stack[depth - 1] as Frame;
    if (parent.ignored || capture) {
      if (capture && !parent.ignored) noteUnknown(`${parent.name}/${local}`, parent.name, local);
      frame(local, null, null, true);
      return;
    }
    if (depth === 1) {
      if (local === 'Header') frame(local, null, null);
      else if (local === 'Children') {
        childrenSeen = true;
        frame(local, null, null);
      } else if (local === 'CSWWWorker' || local === 'LALevelVacancies') fail(`it holds <${local}>: this looks like the workforce census (CSWW), not the CIN Census`);
      else {
        noteUnknown(local, 'Message', local);
        frame(local, null, null, true);
      }
      return;
    }
    if (parent.name === 'Header' && depth === 2 && (local === 'CollectionDetails' || local === 'Source')) {
      frame(local, null, null);
      return;
    }
    if (depth === 3 && (parent.name === 'CollectionDetails' || parent.name === 'Source')) {
      if ((CIN_HEADER_FIELDS[parent.name] as readonly string[]).includes(local)) {
        capture = { field: local, depth: depth + 1, line: parser.line, text: '', length: 0 };
        frame(local, null, null);
        return;
      }
    }
    if (parent.name === 'Children' && depth === 2 && local === 'Child') {
      decideYear();
      children++;
      child = newChild(children, parser.line);
      frame(local, CIN_GROUPS.Child as CinGroupDef, child as unknown as Target);
      return;
    }
    const def = parent.def;
    if (def && parent.target) {
      if (def.fields.includes(local)) {
        capture = { field: local, depth: depth + 1, line: parser.line, text: '', length: 0 };
        frame(local, null, null);
        return;
      }
      if (def.groups?.includes(local)) {
        const groupDef = CIN_GROUPS[local] as CinGroupDef;
        if (groupDef.from !== undefined && (year ?? 0) < groupDef.from) {
          noteUnknown(`${parent.name}/${local}`, tableOf(parent.name), local);
          frame(local, null, null, true);
          return;
        }
        frame(local, groupDef, openGroup(local, parent.target));
        return;
      }
    }
    noteUnknown(`${parent.name}/${local}`, tableOf(parent.name), local);
    frame(local, null, null, true);
  });

  /** The record a group's fields go to: the child itself, or a new element of its lists. */
  const openGroup = (group: string, parent: Target): Target => {
    const c = child as CinChild;
    switch (group) {
      case 'CINdetails': {
        const e = newEpisode(c.episodes.length + 1);
        c.episodes.push(e);
        return e as unknown as Target;
      }
      case 'Assessments':
        return pushTo(parent, 'assessments', { seq: 0, start: null, review: null, auth: null, factors: [] });
      case 'CINPlanDates':
        return pushTo(parent, 'plans', { seq: 0, start: null, end: null });
      case 'Section47':
        return pushTo(parent, 's47s', { seq: 0, start: null, target: null, icpc: null, notRequired: null });
      case 'ChildProtectionPlans':
        return pushTo(parent, 'cpps', { seq: 0, start: null, end: null, initial: null, latest: null, previous: null, reviews: [] });
      case 'PreProceedingsandFGDM':
        preProceedings++;
        return {};
      default:
        // ChildIdentifiers, ChildCharacteristics, Disabilities, FactorsIdentifiedAtAssessment, Reviews: fields go to the parent record.
        return parent;
    }
  };

  const onText = (t: string): void => {
    if (!capture || stack.length !== capture.depth) return;
    capture.length += t.length;
    if (capture.text.length < MAX_CAPTURE) capture.text += t.slice(0, MAX_CAPTURE - capture.text.length);
  };
  parser.on('text', onText);
  parser.on('cdata', onText);

  parser.on('closetag', () => {
    const closing = stack.pop() as Frame;
    const depth = stack.length + 1;
    if (capture && depth === capture.depth) {
      const c = capture;
      capture = null;
      const owner = stack[stack.length - 1] as Frame;
      if (owner.name === 'CollectionDetails' || owner.name === 'Source') {
        setHeader(c);
        return;
      }
      if (owner.target) setField(owner, c);
      return;
    }
    if (closing.name === 'Reviews' && closing.target && closing.reviews === 0) {
      // A <Reviews> with no date is a review record with a missing date (8842Q).
      (closing.target as { reviews: string[] }).reviews.push('');
    }
    if (closing.name === 'Child' && depth === 3 && child) {
      finishChild(child);
      sink.child(child);
      child = null;
    }
  });

  const setHeader = (c: Capture): void => {
    const value = c.text.trim();
    const key = c.field === 'LEA' ? 'lea' : ((c.field.charAt(0).toLowerCase() + c.field.slice(1)) as keyof CinHeader);
    if (header[key] === null) header[key] = value;
    if (c.field === 'Collection' && value && value.toUpperCase() !== 'CIN') {
      fail(`the collection is "${clipText(value, 40)}", not CIN: this is not a CIN Census file`);
    }
    if (c.field === 'ReferenceDate' && value && xsDateDay(value) === null) issue('Header', 'ReferenceDate', value, 'not a date in the form YYYY-MM-DD', c.line);
  };

  const setField = (owner: Frame, c: Capture): void => {
    const table = tableOf(owner.name);
    const key = FIELD_KEYS[owner.name]?.[c.field];
    if (!key) return; // PreProceedingsandFGDM: read, not kept
    const target = owner.target as Target;
    if (c.length > MAX_CAPTURE) {
      issue(table, c.field, c.text, `${c.length.toLocaleString('en-GB')} characters long: not a CIN Census value; read as blank`, c.line);
      if (owner.def?.repeated?.includes(c.field)) (target[key] as string[]).push('');
      return;
    }
    const trimmed = c.text.trim();
    const value = OWN_VALUES.has(c.field) ? trimmed : share(trimmed);
    checkValue(table, c.field, value, c.line);
    if (owner.def?.repeated?.includes(c.field)) {
      (target[key] as string[]).push(value);
      owner.reviews++;
      return;
    }
    if (owner.seen?.has(c.field)) {
      issue(table, c.field, value, `<${c.field}> is given more than once in one <${owner.name}>; the first was read`, c.line);
      return;
    }
    (owner.seen ??= new Set()).add(c.field);
    target[key] = value === '' ? null : value;
  };

  /** Schema types the DfE rules do not check themselves: dates, whole numbers, yes/no flags, the sex element of the year. */
  const checkValue = (table: string, field: string, value: string, line: number): void => {
    if (value === '') return;
    if (CIN_DATE_FIELDS.has(field) && xsDateDay(value) === null) issue(table, field, value, 'not a date in the form YYYY-MM-DD', line);
    else if (field === 'NumberOfPreviousCPP' && !/^\d{1,4}$/.test(value)) issue(table, field, value, 'not a whole number', line);
    else if (field === 'ICPCnotRequired' && !(YES_NO_VALUES as readonly string[]).includes(value)) issue(table, field, value, 'not true, false, 1 or 0', line);
    else if ((field === 'Sex' || field === 'GenderCurrent') && year !== null && sexElement(year) !== field) {
      issue(table, field, value, `<${field}> is not in the ${year} schema: ${sexElement(year)} is (Sex M/F/U replaced GenderCurrent 1/2/0/9 in 2024/25)`, line);
    }
  };

  const finishChild = (c: CinChild): void => {
    // Sequence numbers within the child, as the DfE validator numbers them.
    for (const e of c.episodes) {
      e.assessments.forEach((a, i) => ((a as { seq: number }).seq = i + 1));
      e.plans.forEach((p, i) => ((p as { seq: number }).seq = i + 1));
      e.s47s.forEach((s, i) => ((s as { seq: number }).seq = i + 1));
      e.cpps.forEach((p, i) => ((p as { seq: number }).seq = i + 1));
    }
  };

  try {
    for await (const text of decodeFile(file, encoding)) parser.write(text);
  } catch (e) {
    if (e instanceof CinCensusFileError) throw e;
    if (e instanceof TypeError && /encoded data|decode/i.test(e.message)) fail(`the file is not valid ${encoding.toUpperCase()} text (check the encoding its XML declaration names)`);
    throw e;
  }
  parser.close();
  if (!rootSeen) fail('the file holds no XML element');
  if (!childrenSeen) fail('the file has no <Children>: it is not a CIN Census file');
  const finalYear = decideYear();
  return { file: name, encoding, header, year: finalYear, yearBasis, children, preProceedings, unknownElements: Object.fromEntries(unknown) };
}

function pushTo(parent: Target, list: string, record: Target): Target {
  (parent[list] as Target[]).push(record);
  return record;
}

function tableOf(group: string): string {
  return TABLE_OF[group] ?? group;
}

function unknownYear(value: string, where: string): string {
  return `collection year "${clipText(value, 20)}" (${where}) is not one this version reads: it reads ${CIN_SCHEMA_YEARS.join(', ')} (the year the collection ends: 2025 = April 2024 to March 2025)`;
}
