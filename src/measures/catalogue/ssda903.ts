import { ageSql } from '../../store/sql.js';
import type { Measure, MeasureDetail } from '../measure.js';
import { sharedRelation } from '../shared-relations.js';

/**
 * Measures of the SSDA903 return (children looked after): placement stability, missing
 * children, why children left care, adoption timeliness and care leavers (OC3). Each is read
 * from the return current at D (the latest loaded on or before D, as at 31 March of its
 * collection year) and is a figure for that collection year, 1 April to 31 March, whatever D is.
 * The measures that look further back (long-term stability, adoption timeliness) also read
 * every earlier return loaded, each episode once (the latest return's copy). The return has no
 * teams or workers, so these have no team breakdown.
 */

const year = (offset: number, monthDay: string) => `CAST(CAST(CAST(EXTRACT(YEAR FROM e.as_at) AS INTEGER) - ${offset} AS VARCHAR) || '-${monthDay}' AS DATE)`;

/** The return current at D and its year's bounds (its as-at date is 31 March of the collection year). */
const YEAR = sharedRelation(`SELECT a.as_at, e.extract_id, e.as_at AS year_end, ${year(1, '04-01')} AS year_start,
    ${year(3, '09-30')} AS minus_30_months, ${year(2, '03-31')} AS minus_2_years
  FROM asat a JOIN extracts e ON e.extract_id = a.ssda903_extract_id`);

const TEMPORARY = `('T0', 'T1', 'T2', 'T3', 'T4')`;
const PLACED_FOR_ADOPTION = `('A3', 'A4', 'A5', 'A6')`;

/** This year's episodes in the year (short breaks, V3 and V4, left out), in order per child, with the placement before each. */
const YEAR_EPISODES = sharedRelation(`SELECT q.*,
    row_number() OVER (PARTITION BY q.as_at, q.child ORDER BY q.decom, q.row_number) AS k,
    lag(q.place) OVER (PARTITION BY q.as_at, q.child ORDER BY q.decom, q.row_number) AS prev_place
  FROM (SELECT y.as_at, y.year_start, y.year_end, y.minus_30_months, y.minus_2_years, x.*
    FROM ${YEAR} y JOIN ssda903_episodes x ON x.extract_id = y.extract_id
    WHERE x.child IS NOT NULL AND x.decom IS NOT NULL AND x.decom <= y.year_end AND (x.dec IS NULL OR x.dec >= y.year_start)
      AND coalesce(x.ls, '') NOT IN ('V3', 'V4')) q`);

/** Each child looked after at 31 March: their open episode (the latest, should a child have two). */
const OPEN_AT_END = sharedRelation(`SELECT o.* FROM (
  SELECT e.*, row_number() OVER (PARTITION BY e.as_at, e.child ORDER BY e.decom DESC, e.row_number DESC) AS latest
  FROM ${YEAR_EPISODES} e WHERE e.dec IS NULL
) o WHERE o.latest = 1`);

/**
 * Every episode known up to the return current at D, from it and every earlier return loaded:
 * an episode in two returns (open at a year's end) is taken from the later one.
 */
const HISTORY = sharedRelation(`SELECT h.*,
    lag(h.place) OVER (PARTITION BY h.as_at, h.child ORDER BY h.decom) AS prev_place
  FROM (
    SELECT y.as_at, y.year_end, x.child, x.decom, x.dec, x.rne, x.ls, x.place, x.rec,
      row_number() OVER (PARTITION BY y.as_at, x.child, x.decom ORDER BY pe.as_at DESC, x.row_number) AS dup
    FROM ${YEAR} y JOIN extracts pe ON pe.source = 'ssda903' AND pe.as_at <= y.year_end
    JOIN ssda903_episodes x ON x.extract_id = pe.extract_id
    WHERE x.child IS NOT NULL AND x.decom IS NOT NULL AND x.decom <= y.year_end AND coalesce(x.ls, '') NOT IN ('V3', 'V4')
  ) h WHERE h.dup = 1`);

/** The Header's date of birth of each child of the return current at D. */
const DOB = sharedRelation(`SELECT y.as_at, h.child, min(h.dob) AS dob
  FROM ${YEAR} y JOIN ssda903_header h ON h.extract_id = y.extract_id WHERE h.child IS NOT NULL GROUP BY y.as_at, h.child`);

/** Standard cohort columns over a row `q` of a return table: no teams or workers in the return. */
const COLUMNS = (sheet: string) => `q.as_at, q.extract_id, '${sheet}' AS sheet, q.row_number, q.child AS child_id,
  CAST(NULL AS VARCHAR) AS team, CAST(NULL AS VARCHAR) AS worker, CAST(NULL AS VARCHAR) AS worker_key`;

const txt = (expr: string) => `coalesce(CAST(${expr} AS VARCHAR), 'blank')`;

const SOURCE = 'DfE SSDA903 return (children looked after); spec/returns.md, spec/kpi-catalogue.md';
const YEAR_NOTE =
  'Read from the SSDA903 return current at D (the latest loaded on or before D, as at 31 March of its collection year) for its collection year, 1 April to 31 March; the figure changes only when a return is loaded.';
const SHORT_BREAKS_NOTE = 'Short breaks (legal status V3, V4) are left out, as DfE leaves them out of its figures of children looked after.';
const NO_TEAMS_NOTE = 'The return has no teams or workers: the drill-down lists children by their CHILD identifier, with no team breakdown.';

function measure(m: Omit<Measure, 'lists' | 'source' | 'unit'> & { unit?: string }): Measure {
  return { unit: m.kind === 'percent' ? '%' : 'children', lists: [], source: 'ssda903', ...m };
}

/** L04: looked after at 31 March with three or more placements during the year. */
const placements3plus = measure({
  id: 'ssda903_placements_3plus',
  title: 'Looked after with 3 or more placements in the year (SSDA903)',
  theme: 'looked-after',
  kind: 'percent',
  period: 'snapshot',
  polarity: 'lower',
  definition: {
    numerator: 'Of the denominator, children with 3 or more placements during the year.',
    denominator: 'Children looked after at 31 March: an episode in the return with no DEC (the latest, should a child have two).',
    notes: [
      YEAR_NOTE,
      'Placements during the year: the child’s first episode in the year (the placement held on 1 April, or the one care began in) counts 1; each later episode in the year whose reason for new episode (RNE) is S, P, T, U or B — a new placement — counts 1 more. RNE L (legal status only) is the same placement.',
      'A temporary placement (T0–T4) does not count, nor does the episode straight after one (the return to the usual placement, which rule 383 requires).',
      SHORT_BREAKS_NOTE,
      NO_TEAMS_NOTE,
    ],
    source: `${SOURCE}; KPI L04 (DfE short-term placement stability).`,
  },
  details: [
    { key: 'placements', label: 'Placements in the year' },
    { key: 'decom', label: 'Current episode began' },
    { key: 'place', label: 'Placement type' },
  ],
  cohortSql: `SELECT ${COLUMNS('Episodes')}, c.placements >= 3 AS in_numerator,
  CAST(c.placements AS VARCHAR) || ' placement(s) in the year' AS reason, c.placements, q.decom, q.place
FROM ${OPEN_AT_END} q JOIN (
  SELECT e.as_at, e.child, sum(CASE WHEN e.place IN ${TEMPORARY} OR e.prev_place IN ${TEMPORARY} THEN 0
      WHEN e.k = 1 OR e.rne IN ('S', 'P', 'T', 'U', 'B') THEN 1 ELSE 0 END) AS placements
  FROM ${YEAR_EPISODES} e GROUP BY e.as_at, e.child
) c ON c.as_at = q.as_at AND c.child = q.child`,
});

/**
 * Per child looked after at 31 March: when the period of care began and when the current
 * placement (with the current carers) began, from every return known.
 */
const SPELLS = sharedRelation(`SELECT s.as_at, s.child,
    coalesce(s.last_start, s.first_known) AS period_start, s.first_known,
    CASE WHEN s.b1 IS NULL THEN s.first_known WHEN s.b1_place IN ${PLACED_FOR_ADOPTION} THEN coalesce(s.b2, s.first_known) ELSE s.b1 END AS placement_start,
    s.b1_place
  FROM (
    SELECT b.as_at, b.child, min(b.decom) AS first_known,
      max(CASE WHEN b.rne = 'S' THEN b.decom END) AS last_start,
      max(CASE WHEN b.boundary_rank = 1 THEN b.decom END) AS b1,
      max(CASE WHEN b.boundary_rank = 1 THEN b.place END) AS b1_place,
      max(CASE WHEN b.boundary_rank = 2 THEN b.decom END) AS b2
    FROM (
      SELECT h.*, CASE WHEN h.is_boundary = 1 THEN row_number() OVER (PARTITION BY h.as_at, h.child, h.is_boundary ORDER BY h.decom DESC) END AS boundary_rank
      FROM (
        SELECT h.*, CASE WHEN h.rne IN ('S', 'P', 'U') AND coalesce(h.place, '') NOT IN ${TEMPORARY} AND coalesce(h.prev_place, '') NOT IN ${TEMPORARY} THEN 1 ELSE 0 END AS is_boundary
        FROM ${HISTORY} h
      ) h
    ) b GROUP BY b.as_at, b.child
  ) s`);

/** L05: under 16s looked after for 2½ years or more, in the same placement for 2 years or more. */
const longTermStability = measure({
  id: 'ssda903_long_term_stability',
  title: 'Under 16s looked after 2½ years or more, in the same placement for 2 years (SSDA903)',
  theme: 'looked-after',
  kind: 'percent',
  period: 'snapshot',
  polarity: 'higher',
  definition: {
    numerator:
      'Of the denominator, children whose current placement began on or before 31 March two years earlier (in place for 2 years or more); for a child placed for adoption (A3–A6), the placement before the adoptive one counts with it.',
    denominator:
      'Children looked after at 31 March (an open episode), aged under 16 at 31 March (Header DOB), whose period of care began on or before 30 September two and a half years earlier (looked after for 2½ years or more).',
    notes: [
      YEAR_NOTE,
      'The episodes are those of the return current at D and of every earlier SSDA903 return loaded (an episode in two returns is taken once, from the later). Load earlier years for children in care a long time: each return holds only the episodes of its year.',
      'The period of care began with the latest episode with RNE S. When no such episode is in any return loaded, the earliest episode known stands for it: the child has been looked after at least since then.',
      'The current placement began with the latest episode with RNE S, P or U (new carers); RNE L (legal status), T and B (same carers) keep it. Temporary placements (T0–T4) and the return from one do not change it. When none is known, the earliest episode known stands for it.',
      '2½ years before 31 March is 30 September three calendar years earlier (31 March 2025 → 30 September 2022); 2 years before is 31 March two years earlier.',
      SHORT_BREAKS_NOTE,
      NO_TEAMS_NOTE,
    ],
    source: `${SOURCE}; KPI L05 (DfE long-term placement stability: CLA25 69%, 2025).`,
  },
  details: [
    { key: 'period_start', label: 'Period of care began (or earliest known)' },
    { key: 'placement_start', label: 'Current placement began' },
    { key: 'dob', label: 'Date of birth' },
  ],
  cohortSql: `SELECT ${COLUMNS('Episodes')}, s.placement_start <= q.minus_2_years AS in_numerator,
  'placement since ' || ${txt('s.placement_start')} AS reason, s.period_start, s.placement_start, d.dob
FROM ${OPEN_AT_END} q JOIN ${SPELLS} s ON s.as_at = q.as_at AND s.child = q.child
JOIN ${DOB} d ON d.as_at = q.as_at AND d.child = q.child
WHERE d.dob IS NOT NULL AND ${ageSql('d.dob', 'q.year_end')} < 16 AND s.period_start <= q.minus_30_months`,
});

/** The children looked after during the year (short breaks aside), each on their first episode of the year. */
const CHILDREN_IN_YEAR = sharedRelation(`SELECT e.* FROM ${YEAR_EPISODES} e WHERE e.k = 1`);

/** Missing periods (MISSING = M) starting in the year. */
const MISSING_IN_YEAR = sharedRelation(`SELECT y.as_at, y.year_start, y.year_end, m.*
  FROM ${YEAR} y JOIN ssda903_missing m ON m.extract_id = y.extract_id
  WHERE m.missing = 'M' AND m.mis_start >= y.year_start AND m.mis_start <= y.year_end`);

const missingChildren = measure({
  id: 'ssda903_missing_children',
  title: 'Children looked after who went missing in the year (SSDA903)',
  theme: 'looked-after',
  kind: 'percent',
  period: 'snapshot',
  polarity: 'lower',
  definition: {
    numerator: 'Of the denominator, children with a missing period (Missing table, MISSING = M) that started in the year.',
    denominator: 'Children looked after at any time in the year: an episode that began by 31 March and had not ended before 1 April.',
    notes: [YEAR_NOTE, 'Periods away from placement without authorisation (MISSING = A) are not missing periods.', SHORT_BREAKS_NOTE, NO_TEAMS_NOTE],
    source: `${SOURCE}; KPI M01 (12,150 = 11%, DfE 2022).`,
  },
  details: [{ key: 'missing_periods', label: 'Missing periods starting in the year' }],
  cohortSql: `SELECT ${COLUMNS('Episodes')}, coalesce(n.periods, 0) > 0 AS in_numerator,
  CAST(coalesce(n.periods, 0) AS VARCHAR) || ' missing period(s)' AS reason, coalesce(n.periods, 0) AS missing_periods
FROM ${CHILDREN_IN_YEAR} q LEFT JOIN (SELECT m.as_at, m.child, count(*) AS periods FROM ${MISSING_IN_YEAR} m GROUP BY m.as_at, m.child) n
  ON n.as_at = q.as_at AND n.child = q.child`,
});

const missingEpisodes = measure({
  id: 'ssda903_missing_episodes',
  title: 'Missing episodes in the year (SSDA903)',
  theme: 'looked-after',
  kind: 'count',
  period: 'snapshot',
  polarity: 'lower',
  unit: 'missing periods',
  definition: {
    numerator: 'Missing periods (Missing table, MISSING = M) whose MIS_START is in the year, one per row; a row with no valid MIS_START is left out.',
    denominator: null,
    notes: [YEAR_NOTE, 'Periods away from placement without authorisation (MISSING = A) are not counted.', NO_TEAMS_NOTE],
    source: `${SOURCE}; KPI M02 (86,900 incidents, CLA25 missing data-set, 2025).`,
  },
  details: [
    { key: 'mis_start', label: 'Went missing' },
    { key: 'mis_end', label: 'Returned' },
  ],
  cohortSql: `SELECT ${COLUMNS('Missing')}, TRUE AS in_numerator, 'missing from ' || ${txt('q.mis_start')} AS reason, q.mis_start, q.mis_end FROM ${MISSING_IN_YEAR} q`,
});

/** Each child who ceased to be looked after in the year, on the last such episode (short breaks aside). */
const CEASED = sharedRelation(`SELECT c.* FROM (
  SELECT e.*, row_number() OVER (PARTITION BY e.as_at, e.child ORDER BY e.dec DESC, e.row_number DESC) AS last_ceased
  FROM ${YEAR_EPISODES} e WHERE e.rec IS NOT NULL AND e.rec <> 'X1' AND e.dec >= e.year_start AND e.dec <= e.year_end
) c WHERE c.last_ceased = 1`);

const CEASED_DENOMINATOR =
  'Children who ceased to be looked after in the year: an episode with a reason episode ceased (REC) other than X1 and a DEC from 1 April to 31 March, taking the last one for a child who ceased more than once.';

const ceased = measure({
  id: 'ssda903_ceased',
  title: 'Children who ceased to be looked after in the year (SSDA903)',
  theme: 'looked-after',
  kind: 'count',
  period: 'snapshot',
  polarity: 'context',
  definition: { numerator: CEASED_DENOMINATOR, denominator: null, notes: [YEAR_NOTE, SHORT_BREAKS_NOTE, NO_TEAMS_NOTE], source: `${SOURCE}; KPI L02 (34,450 ceased, CLA25, 2025).` },
  details: [
    { key: 'dec', label: 'Ceased' },
    { key: 'rec', label: 'Reason' },
  ],
  cohortSql: `SELECT ${COLUMNS('Episodes')}, TRUE AS in_numerator, 'ceased ' || ${txt('q.rec')} AS reason, q.dec, q.rec FROM ${CEASED} q`,
});

function ceasedBy(id: string, words: string, codes: readonly string[], source: string): Measure {
  const list = codes.map((c) => `'${c}'`).join(', ');
  return measure({
    id,
    title: `Ceased to be looked after: ${words} (SSDA903)`,
    theme: 'looked-after',
    kind: 'percent',
    period: 'snapshot',
    polarity: 'context',
    definition: {
      numerator: `Of the denominator, children whose reason episode ceased is ${codes.join(', ')} (${words}).`,
      denominator: CEASED_DENOMINATOR,
      notes: [YEAR_NOTE, SHORT_BREAKS_NOTE, NO_TEAMS_NOTE],
      source: `${SOURCE}; KPI L13. ${source}`,
    },
    details: [
      { key: 'dec', label: 'Ceased' },
      { key: 'rec', label: 'Reason' },
    ],
    cohortSql: `SELECT ${COLUMNS('Episodes')}, q.rec IN (${list}) AS in_numerator, 'ceased ' || ${txt('q.rec')} AS reason, q.dec, q.rec FROM ${CEASED} q`,
  });
}

/** Each child adopted in the year (REC E11, E12), with when they entered care, were placed for adoption, had a placement order and were matched. */
const ADOPTED = sharedRelation(`SELECT a.*,
    (SELECT max(h.decom) FROM ${HISTORY} h WHERE h.as_at = a.as_at AND h.child = a.child AND h.rne = 'S' AND h.decom <= a.decom) AS entered_care
  FROM (
    SELECT e.*, row_number() OVER (PARTITION BY e.as_at, e.child ORDER BY e.dec DESC, e.row_number DESC) AS last_adoption
    FROM ${YEAR_EPISODES} e WHERE e.rec IN ('E11', 'E12') AND e.dec >= e.year_start AND e.dec <= e.year_end
  ) a WHERE a.last_adoption = 1`);

const ADOPTION_TIMES = sharedRelation(`SELECT t.*, m.date_match,
    (SELECT min(h.decom) FROM ${HISTORY} h WHERE h.as_at = t.as_at AND h.child = t.child AND h.place IN ${PLACED_FOR_ADOPTION} AND h.decom >= t.entered_care AND h.decom <= t.decom) AS placed,
    (SELECT min(h.decom) FROM ${HISTORY} h WHERE h.as_at = t.as_at AND h.child = t.child AND h.ls IN ('E1', 'D1') AND h.decom >= t.entered_care AND h.decom <= t.decom) AS placement_order
  FROM ${ADOPTED} t
  LEFT JOIN (SELECT y.as_at, d.child, min(d.date_match) AS date_match FROM ${YEAR} y JOIN ssda903_ad1 d ON d.extract_id = y.extract_id GROUP BY y.as_at, d.child) m
    ON m.as_at = t.as_at AND m.child = t.child`);

const ADOPTION_NOTES = [
  YEAR_NOTE,
  'The episodes are those of the return current at D and of every earlier SSDA903 return loaded; a child whose entry to care is in no return loaded is left out of the average (load earlier years to include them).',
  'Entered care: the start (DECOM) of the latest episode with RNE S on or before the adoption episode. Placed for adoption: the start of the first episode in a placement for adoption (A3–A6) since. Placement order: the start of the first episode under legal status E1 (or a freeing order, D1) since. Matched: AD1 DATE_MATCH.',
  'The average is the mean of the children’s days (each child’s to the day), rounded half-up to 4 decimal places; a child whose dates are not all known is left out.',
  NO_TEAMS_NOTE,
];

const entryToPlaced = measure({
  id: 'ssda903_adoption_entry_to_placed_days',
  title: 'Adoption: average days from entering care to placement for adoption (SSDA903)',
  theme: 'looked-after',
  kind: 'mean',
  aggregation: 'average',
  period: 'snapshot',
  polarity: 'lower',
  unit: 'days',
  definition: {
    numerator: 'Sum, over the children adopted in the year, of the days from entering care to being placed for adoption.',
    denominator: 'Children adopted in the year (an episode ceased E11 or E12, DEC from 1 April to 31 March) whose entry to care and placement for adoption are both known.',
    notes: ADOPTION_NOTES,
    source: `${SOURCE}; DfE adoption scorecard A1 (entering care to placed for adoption).`,
  },
  details: [
    { key: 'entered_care', label: 'Entered care' },
    { key: 'placed', label: 'Placed for adoption' },
    { key: 'metric', label: 'Days' },
  ],
  cohortSql: `SELECT ${COLUMNS('Episodes')}, TRUE AS in_numerator, 'adopted ' || ${txt('q.dec')} AS reason, q.entered_care, q.placed, q.placed - q.entered_care AS metric
FROM ${ADOPTION_TIMES} q`,
});

const orderToMatch = measure({
  id: 'ssda903_adoption_order_to_match_days',
  title: 'Adoption: average days from placement order to match with adopters (SSDA903)',
  theme: 'looked-after',
  kind: 'mean',
  aggregation: 'average',
  period: 'snapshot',
  polarity: 'lower',
  unit: 'days',
  definition: {
    numerator: 'Sum, over the children adopted in the year, of the days from the placement order to the match with their adopters.',
    denominator: 'Children adopted in the year (an episode ceased E11 or E12, DEC from 1 April to 31 March) whose placement order and match (AD1 DATE_MATCH) are both known.',
    notes: ADOPTION_NOTES,
    source: `${SOURCE}; DfE adoption scorecard A2 (placement order to match).`,
  },
  details: [
    { key: 'placement_order', label: 'Placement order' },
    { key: 'date_match', label: 'Matched' },
    { key: 'metric', label: 'Days' },
  ],
  cohortSql: `SELECT ${COLUMNS('Episodes')}, TRUE AS in_numerator, 'adopted ' || ${txt('q.dec')} AS reason, q.placement_order, q.date_match, q.date_match - q.placement_order AS metric
FROM ${ADOPTION_TIMES} q`,
});

/** Care leavers in OC3 aged 19, 20 or 21 at 31 March, with their status. */
const LEAVERS = sharedRelation(`SELECT q.* FROM (
  SELECT y.as_at, y.year_end, o.*, ${ageSql('o.dob', 'y.year_end')} AS age
  FROM ${YEAR} y JOIN ssda903_oc3 o ON o.extract_id = y.extract_id
  WHERE o.dob IS NOT NULL AND (o.in_touch IS NOT NULL OR o.activ IS NOT NULL OR o.accom IS NOT NULL)
) q WHERE q.age BETWEEN 19 AND 21`);

function leaverMeasure(id: string, words: string, numerator: string, test: string, detail: MeasureDetail, source: string): Measure {
  return measure({
    id,
    title: `Care leavers aged 19–21 ${words} (SSDA903 OC3)`,
    theme: 'care-leavers',
    kind: 'percent',
    period: 'snapshot',
    polarity: 'higher',
    definition: {
      numerator,
      denominator: 'Care leavers in the OC3 table (in touch, activity or accommodation given) aged 19, 20 or 21 at 31 March (OC3 DOB).',
      notes: [YEAR_NOTE, 'A birthday counts on the day; a 29 February birthday falls on 1 March in other years.', 'A blank or invalid code is not in the numerator.', NO_TEAMS_NOTE],
      source,
    },
    details: [{ key: 'age', label: 'Age at 31 March' }, detail],
    cohortSql: `SELECT ${COLUMNS('OC3')}, coalesce(${test}, FALSE) AS in_numerator, '${detail.key}: ' || ${txt(`q.${detail.key}`)} AS reason, q.age, q.${detail.key} FROM ${LEAVERS} q`,
  });
}

/** The catalogue's SSDA903 measures (buildCatalogue appends them). */
export function ssda903Measures(): Measure[] {
  return [
    placements3plus,
    longTermStability,
    missingChildren,
    missingEpisodes,
    ceased,
    ceasedBy('ssda903_ceased_adopted', 'adopted', ['E11', 'E12'], 'England: adopted 3,040 = 8.8% of 34,450 (CLA25, 2025).'),
    ceasedBy('ssda903_ceased_sgo', 'special guardianship order', ['E45', 'E46', 'E47', 'E48'], ''),
    ceasedBy('ssda903_ceased_home', 'returned home', ['E4A', 'E4B'], ''),
    ceasedBy('ssda903_ceased_cao', 'child arrangements (residence) order', ['E41'], ''),
    ceasedBy('ssda903_ceased_independent', 'moved to independent living', ['E5', 'E6'], ''),
    entryToPlaced,
    orderToMatch,
    leaverMeasure('ssda903_care_leavers_in_touch', 'in touch', 'Of the denominator, care leavers with IN_TOUCH = YES.', "q.in_touch = 'YES'", { key: 'in_touch', label: 'In touch' }, `${SOURCE}; KPI CL1.`),
    leaverMeasure(
      'ssda903_care_leavers_eet',
      'in education, employment or training',
      'Of the denominator, care leavers whose activity (ACTIV) is full or part time: F1, P1, F2, P2, F4, P4, F5 or P5.',
      "q.activ IN ('F1', 'P1', 'F2', 'P2', 'F4', 'P4', 'F5', 'P5')",
      { key: 'activ', label: 'Activity' },
      `${SOURCE}; KPI CL2.`,
    ),
    leaverMeasure(
      'ssda903_care_leavers_suitable_accom',
      'in suitable accommodation',
      'Of the denominator, care leavers whose accommodation (ACCOM) is suitable: a code ending in 1 (B1 … Z1).',
      "q.accom LIKE '_1'",
      { key: 'accom', label: 'Accommodation' },
      `${SOURCE}; KPI CL3 (85%, CLAACC, 2019).`,
    ),
  ];
}
