import type { Measure } from '../measure.js';
import { openAtD, rowsAt } from '../sql-fragments.js';

export const CIN = rowsAt('annex_a_cin', 'cin_start', 't.cin_start <= a.as_at');

export const CHILD_IN_NEED_MEASURES: Measure[] = [
  {
    id: 'cin_open',
    title: 'Children in need (open cases)',
    theme: 'child-in-need',
    kind: 'count',
    period: 'snapshot',
    polarity: 'context',
    unit: 'children',
    lists: [6],
    definition: {
      numerator: 'Children with a CIN episode open at D (CIN start ≤ D, closure blank or after D), each child once.',
      denominator: null,
      notes: ['An episode with an unreadable start or closure date is left out.', "A child's team and worker are those of the episode with the latest start."],
      source: 'CIN census; Ofsted Annex A list 6; spec/measures-core.md',
    },
    details: [{ key: 'cin_start', label: 'CIN start' }],
    cohortSql: `SELECT q.as_at, q.extract_id, q.sheet, q.row_number, q.child_id, q.team, q.worker, lower(q.worker) AS worker_key, TRUE AS in_numerator,
  'open since ' || CAST(q.cin_start AS VARCHAR) AS reason, q.cin_start
FROM (
  SELECT c.*, row_number() OVER (PARTITION BY c.as_at, c.child_id ORDER BY c.cin_start DESC, c.row_number) AS pick
  FROM ${CIN} c
  WHERE ${openAtD('c', 'cin_start', 'cin_closure')}
) q WHERE q.pick = 1`,
  },
];
