import { CIN_TABLES } from '../model/cin-census.js';
import type { BulkColumnType, Database } from './database.js';

/**
 * The CIN Census in the store: one table per element group, every row keyed by its extract and
 * the child's position in the file (the `row` of the validator's findings), with the child's
 * LAchildID repeated so that measures join across years by it. Dates are DATE (a value that
 * is not a date is blank here, and an XSD finding of the load keeps the text); yes/no flags are
 * BOOLEAN (blank when neither). Created if missing, so an older store gains them on opening.
 */
export interface CinColumn {
  readonly name: string;
  readonly sql: string;
  readonly bulk: BulkColumnType;
}

const int = (name: string, notNull = false): CinColumn => ({ name, sql: notNull ? 'INTEGER NOT NULL' : 'INTEGER', bulk: 'integer' });
const text = (name: string): CinColumn => ({ name, sql: 'VARCHAR', bulk: 'text' });
const date = (name: string): CinColumn => ({ name, sql: 'DATE', bulk: 'date' });
const bool = (name: string): CinColumn => ({ name, sql: 'BOOLEAN', bulk: 'boolean' });

const CHILD_KEY = [int('extract_id', true), int('position', true), text('la_child_id')];
const EPISODE_KEY = [...CHILD_KEY, int('details_seq', true)];

export const CIN_COLUMNS: Readonly<Record<keyof typeof CIN_TABLES, readonly CinColumn[]>> = {
  header: [
    int('extract_id', true), int('collection_year'), text('year_basis'), text('collection'), text('header_year'), date('reference_date'),
    text('lea'), text('software_code'), text('release'), text('serial_no'), text('date_time'),
  ],
  children: [
    ...CHILD_KEY, int('line_number'), text('upn'), text('former_upn'), text('upn_unknown'), date('birth_date'), date('expected_birth_date'),
    text('sex'), text('gender'), date('death_date'), text('ethnicity'),
  ],
  disabilities: [...CHILD_KEY, int('seq', true), text('disability')],
  details: [
    ...EPISODE_KEY, date('referral_date'), text('referral_source'), text('primary_need'), date('closure_date'), text('closure_reason'),
    date('icpc_date'), bool('referral_nfa'), text('referral_nfa_text'),
  ],
  assessments: [...EPISODE_KEY, int('assessment_seq', true), date('start_date'), date('internal_review_date'), date('authorisation_date'), text('factors')],
  plans: [...EPISODE_KEY, int('plan_seq', true), date('start_date'), date('end_date')],
  s47s: [...EPISODE_KEY, int('s47_seq', true), date('start_date'), date('icpc_target_date'), date('icpc_date'), bool('icpc_not_required')],
  cpPlans: [
    ...EPISODE_KEY, int('cpp_seq', true), date('start_date'), date('end_date'), text('initial_category'), text('latest_category'), int('previous_plans'),
  ],
  cpReviews: [...EPISODE_KEY, int('cpp_seq', true), int('review_seq', true), date('review_date')],
};

/** The tables an extract's rows are in (deleted with the extract by --replace). */
export const CIN_EXTRACT_TABLES: readonly string[] = Object.values(CIN_TABLES);

export function cinDdl(): string[] {
  return (Object.keys(CIN_TABLES) as (keyof typeof CIN_TABLES)[]).map(
    (k) => `CREATE TABLE IF NOT EXISTS ${CIN_TABLES[k]} (\n  ${CIN_COLUMNS[k].map((c) => `${c.name} ${c.sql}`).join(',\n  ')}\n)`,
  );
}

export async function ensureCinTables(db: Database): Promise<void> {
  for (const ddl of cinDdl()) await db.run(ddl);
}
