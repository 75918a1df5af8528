import { ANNEX_A_LISTS, tableOf } from '../model/annex-a-lists.js';
import type { SqlValue } from '../store/database.js';
import { intLit } from '../store/sql.js';
import { type Scope, teamCondition } from './engine.js';

/** The Annex A lists that allocate a child to a team (those with an Allocated Team column). */
export const ALLOCATING_LISTS = ANNEX_A_LISTS.filter((l) => l.columns.some((c) => c.key === 'team'));

/** Every allocated row of every list: extract, sheet, row, child and team. */
export function allocatedRowsSql(): string {
  return ALLOCATING_LISTS.map((l) => `SELECT extract_id, sheet, row_number, child_id, team FROM ${tableOf(l)}`).join(' UNION ALL ');
}

/**
 * The condition that a child (the column `childColumn`) may be seen under a scope in an
 * extract: with no team scope, every child; under a team scope, only children with a row
 * allocated to one of the teams in that extract. Pages about children (the child's record,
 * data-quality rows naming a child) filter with it, so a manager's reach is decided by the
 * same rule everywhere: the teams the child is allocated to in the extract current at D.
 */
export function visibleChildCondition(childColumn: string, extractId: number, scope: Scope, params: SqlValue[]): string {
  const teams = teamCondition('a.team', scope, params);
  if (teams === 'TRUE') return 'TRUE';
  return `${childColumn} IN (SELECT a.child_id FROM (${allocatedRowsSql()}) a WHERE a.extract_id = ${intLit(extractId)} AND ${teams})`;
}
