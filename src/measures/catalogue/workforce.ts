import type { Measure } from '../measure.js';
import { openAtD, rowsAt } from '../sql-fragments.js';

/**
 * The caseload cohort: rows that put a child on a worker's caseload at D — open rows of lists
 * 6–8 and every list 9 row. Workers come only from these rows (contract, resolved detail 5).
 */
export const CASELOAD_ROWS = `SELECT c.as_at, c.extract_id, c.sheet, c.row_number, c.child_id, c.team, c.worker, 6 AS list
    FROM ${rowsAt('annex_a_cin', 'cin_start', 't.cin_start <= a.as_at')} c WHERE ${openAtD('c', 'cin_start', 'cin_closure')}
  UNION ALL
  SELECT p.as_at, p.extract_id, p.sheet, p.row_number, p.child_id, p.team, p.worker, 7 AS list
    FROM ${rowsAt('annex_a_cp', 'cp_start', 't.cp_start <= a.as_at')} p WHERE ${openAtD('p', 'cp_start', 'cp_end')}
  UNION ALL
  SELECT l.as_at, l.extract_id, l.sheet, l.row_number, l.child_id, l.team, l.worker, 8 AS list
    FROM ${rowsAt('annex_a_cla', 'cla_start', 't.cla_start <= a.as_at')} l WHERE ${openAtD('l', 'cla_start', 'cla_end')}
  UNION ALL
  SELECT a.as_at, k.extract_id, k.sheet, k.row_number, k.child_id, k.team, k.worker, 9 AS list
    FROM asat a JOIN annex_a_care_leavers k ON k.extract_id = a.extract_id WHERE k.child_id IS NOT NULL`;

/** One row per (worker, child): worker names compared ignoring case and folded spaces. */
const PAIRS = `SELECT r.as_at, min(r.extract_id) AS extract_id, min(r.sheet) AS sheet, min(r.row_number) AS row_number, r.child_id,
    min(r.team) AS team, min(r.worker) AS worker, lower(r.worker) AS worker_key,
    CAST(count(DISTINCT r.list) AS INTEGER) AS lists
  FROM (${CASELOAD_ROWS}) r
  WHERE r.worker IS NOT NULL
  GROUP BY r.as_at, r.child_id, lower(r.worker)`;

const CASELOAD_NOTES = [
  'Open children are the distinct child ids open at D in lists 6 (CIN), 7 (CP) and 8 (CLA), and every child in list 9 (care leavers).',
  'Worker names are compared ignoring case, with non-breaking and repeated spaces folded; #N/A is a blank.',
];

export const WORKFORCE_MEASURES: Measure[] = [
  {
    id: 'caseload_mean',
    title: 'Average caseload (children per allocated worker)',
    theme: 'workforce',
    kind: 'mean',
    period: 'snapshot',
    polarity: 'lower',
    unit: 'children per worker',
    lists: [6, 7, 8, 9],
    definition: {
      numerator: 'Open children with a non-blank Allocated Worker, counted once per (worker, child).',
      denominator: 'Distinct allocated workers among them.',
      notes: [...CASELOAD_NOTES, 'A child allocated to two workers counts on both caseloads.'],
      source: 'Ofsted Annex A allocations; spec/measures-core.md',
    },
    details: [{ key: 'lists', label: 'Lists holding the allocation' }],
    cohortSql: `SELECT q.as_at, q.extract_id, q.sheet, q.row_number, q.child_id, q.team, q.worker, q.worker_key, TRUE AS in_numerator,
  'allocated to ' || q.worker AS reason, q.lists
FROM (${PAIRS}) q`,
  },
  {
    id: 'caseload_max',
    title: 'Largest caseload held by one worker',
    theme: 'workforce',
    kind: 'count',
    period: 'snapshot',
    aggregation: 'largest-per-worker',
    polarity: 'lower',
    unit: 'children',
    lists: [6, 7, 8, 9],
    definition: {
      numerator: 'The largest number of distinct open children held by one worker (same cohort as caseload_mean).',
      denominator: null,
      notes: CASELOAD_NOTES,
      source: 'Ofsted Annex A allocations; spec/measures-core.md',
    },
    details: [{ key: 'lists', label: 'Lists holding the allocation' }],
    cohortSql: `SELECT q.as_at, q.extract_id, q.sheet, q.row_number, q.child_id, q.team, q.worker, q.worker_key, TRUE AS in_numerator,
  'allocated to ' || q.worker AS reason, q.lists
FROM (${PAIRS}) q`,
  },
  {
    id: 'unallocated_open',
    title: 'Open children with no allocated worker',
    theme: 'workforce',
    kind: 'count',
    period: 'snapshot',
    polarity: 'lower',
    unit: 'children',
    lists: [6, 7, 8, 9],
    definition: {
      numerator: 'Distinct open children (same cohort as caseload_mean) with a blank Allocated Worker in every list they appear in.',
      denominator: null,
      notes: CASELOAD_NOTES,
      source: 'Ofsted Annex A allocations; spec/measures-core.md',
    },
    details: [{ key: 'lists', label: 'Lists the child is open in' }],
    cohortSql: `SELECT r.as_at, min(r.extract_id) AS extract_id, min(r.sheet) AS sheet, min(r.row_number) AS row_number, r.child_id,
  min(r.team) AS team, min(r.worker) AS worker, lower(min(r.worker)) AS worker_key,
  count(r.worker) = 0 AS in_numerator,
  CASE WHEN count(r.worker) = 0 THEN 'no allocated worker in any list' ELSE 'allocated' END AS reason,
  CAST(count(DISTINCT r.list) AS INTEGER) AS lists
FROM (${CASELOAD_ROWS}) r
GROUP BY r.as_at, r.child_id`,
  },
];
