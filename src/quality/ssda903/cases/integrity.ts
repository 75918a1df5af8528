import type { Ssda903Table } from '../../../model/ssda903.js';
import { AD1, EP, H, MIS, OC2, OC3, PA, PP, REV, type Row, type RuleCase, SW, UASC } from '../testing.js';

const ROWS: Record<string, (o?: Row) => Row> = { AD1, PlacedAdoption: PA, Episodes: EP, Missing: MIS, OC2, OC3, PrevPerm: PP, Reviews: REV, UASC, SWEpisodes: SW };
const header = [H({ DOB: '01/01/2012' })];

/** A row of the table for the child, with the Header's date of birth where the table has one. */
const rowOf = (table: Ssda903Table, o: Row = {}): Row => (ROWS[table] as (o?: Row) => Row)(table === 'Episodes' ? o : { DOB: '01/01/2012', ...o });

const inHeader = (code: string, table: Ssda903Table, year?: number): RuleCase => ({
  code, year, fail: { Header: header, [table]: [rowOf(table, { CHILD: 'B' })] }, pass: { Header: header, [table]: [rowOf(table)] }, rows: [`${table}:1`],
});
const sameDob = (code: string, table: Ssda903Table, year?: number): RuleCase => ({
  code, year, fail: { Header: header, [table]: [(ROWS[table] as (o?: Row) => Row)({ DOB: '02/01/2012' })] }, pass: { Header: header, [table]: [(ROWS[table] as (o?: Row) => Row)({ DOB: '01/01/2012' })] },
});
const oneRow = (code: string, table: Ssda903Table): RuleCase => {
  const make = table === 'Header' ? H : (ROWS[table] as (o?: Row) => Row);
  return { code, fail: { [table]: [make(), make({ CHILD: 'B' }), make()] }, pass: { [table]: [make(), make({ CHILD: 'B' })] }, rows: [`${table}:1`, `${table}:3`] };
};

/** Cross-table integrity: a child in a table is in the Header, with the same date of birth and sex; one row per child where one is due. */
export const INTEGRITY_CASES: RuleCase[] = [
  ...(['AD1', 'PlacedAdoption', 'Episodes', 'Missing', 'OC2', 'OC3', 'PrevPerm', 'Reviews', 'UASC'] as const).map((t, i) => inHeader(`INT0${i + 1}`, t)),
  inHeader('INT10', 'SWEpisodes', 2024),
  ...(['AD1', 'PlacedAdoption', 'Missing', 'OC2', 'OC3', 'PrevPerm', 'Reviews', 'UASC'] as const).map((t, i) => sameDob(`INT${11 + i}`, t)),
  sameDob('INT19', 'SWEpisodes', 2024),
  { code: 'INT21', fail: { Header: header, UASC: [UASC({ SEX: 'F' })] }, pass: { Header: header, UASC: [UASC()] } },
  ...(['Header', 'OC2', 'OC3', 'AD1', 'UASC', 'PrevPerm'] as const).map((t, i) => oneRow(`INT3${i + 1}`, t)),
];
