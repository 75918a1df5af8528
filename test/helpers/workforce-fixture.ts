import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadLocal } from '../../src/jobs/load-local.js';
import { loadWorkforce } from '../../src/jobs/load-workforce.js';
import type { IsoDate } from '../../src/model/dates.js';
import type { LocalKind } from '../../src/model/local-templates.js';
import type { Database } from '../../src/store/database.js';
import type { Extract } from '../../src/store/extracts.js';

/**
 * Hand-made workforce census files and local template CSVs, loaded through the real loaders
 * (`loadWorkforce`, `loadLocal`) into a store that already holds an Annex A extract (see
 * annex-a-fixture.ts). Values are written exactly as given, so a test can put an unreadable
 * value ('1.5' for an FTE, '2023-02-30' for a date) or leave an element out.
 */

/** The CSWWWorker elements, in the DfE schema's order. */
const WORKER_ELEMENTS = [
  'AgencyWorker', 'SWENo', 'FTE', 'PersonBirthDate', 'GenderCurrent', 'Ethnicity', 'QualInst', 'QualLevel', 'StepUpGrad',
  'OrgRole', 'RoleStartDate', 'StartOrigin', 'RoleEndDate', 'LeaverDestination', 'ReasonLeave', 'FTE30', 'Cases30',
  'WorkingDaysLost', 'ContractWeeks', 'FrontlineGrad', 'Absat30Sept', 'ReasonAbsence', 'CFKSSstatus',
] as const;

export type CensusWorker = Partial<Record<(typeof WORKER_ELEMENTS)[number], string | number>>;

export interface CensusFile {
  readonly referenceDate: IsoDate;
  /** LALevelVacancies: null leaves the element out. */
  readonly vacancies: string | number | null;
  readonly agencyFte: string | number | null;
  readonly agencyHeadcount: string | number | null;
  readonly workers: readonly CensusWorker[];
}

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function censusXml(c: CensusFile): string {
  const la = (element: string, v: string | number | null) => (v === null ? '' : `    <${element}>${esc(String(v))}</${element}>\n`);
  const workers = c.workers
    .map((w) => {
      const fields = WORKER_ELEMENTS.filter((e) => w[e] !== undefined).map((e) => `    <${e}>${esc(String(w[e]))}</${e}>`);
      return `  <CSWWWorker>\n${fields.join('\n')}\n  </CSWWWorker>\n`;
    })
    .join('');
  return `<?xml version="1.0" encoding="utf-8"?>
<Message>
  <Header>
    <CollectionDetails>
      <Collection>CSWW</Collection>
      <Year>${c.referenceDate.slice(0, 4)}</Year>
      <ReferenceDate>${c.referenceDate}</ReferenceDate>
    </CollectionDetails>
    <Source>
      <SourceLevel>L</SourceLevel>
      <LEA>999</LEA>
      <SoftwareCode>test</SoftwareCode>
      <DateTime>${c.referenceDate}T09:00:00</DateTime>
    </Source>
  </Header>
  <LALevelVacancies>
${la('NumberOfVacancies', c.vacancies)}${la('NoAgencyFTE', c.agencyFte)}${la('NoAgencyHeadcount', c.agencyHeadcount)}  </LALevelVacancies>
${workers}</Message>
`;
}

/** Writes the census into `dir` and loads it (as at its reference date unless `asAt` is given). */
export async function loadCensus(db: Database, dir: string, c: CensusFile, asAt?: IsoDate): Promise<Extract> {
  const file = join(dir, `csww-${c.referenceDate}-${Math.random().toString(36).slice(2, 8)}.xml`);
  await writeFile(file, censusXml(c));
  const r = await loadWorkforce(db, { file, asAt, loadedBy: 'test', sweSecret: 'a test secret of some length' });
  return r.extract;
}

/** A CSV: the header row then the rows, each cell quoted Excel-style when it needs it; null is an empty cell. */
export function csvText(header: readonly string[], rows: readonly (readonly (string | number | null)[])[]): string {
  const cell = (v: string | number | null): string => {
    if (v === null) return '';
    const s = String(v);
    return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return [header, ...rows].map((r) => r.map(cell).join(',')).join('\n') + '\n';
}

/** Writes one local template's CSV into `dir` and loads it as at `asAt`. */
export async function loadLocalCsv(
  db: Database,
  dir: string,
  kind: LocalKind,
  asAt: IsoDate,
  header: readonly string[],
  rows: readonly (readonly (string | number | null)[])[],
): Promise<Extract> {
  const file = join(dir, `${kind}-${Math.random().toString(36).slice(2, 8)}.csv`);
  await writeFile(file, csvText(header, rows));
  const r = await loadLocal(db, { kind, file, asAt, loadedBy: 'test', today: '2099-12-31' });
  return r.extract;
}
