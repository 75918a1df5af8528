/**
 * The columns the core measures (spec/measures-core.md) read, per list. Mess that changes a
 * value's meaning (impossible dates, placeholders, unknown codes) must never touch these, so
 * that the same authority written clean and written messy gives the same core measures;
 * mess that keeps the meaning (another date form, a code with its letter prefix, a worker's
 * name in capitals) may go anywhere.
 */
export const MEASURE_COLUMNS: ReadonlyMap<number, ReadonlySet<string>> = new Map(
  Object.entries({
    1: ['child_id', 'contact_date'],
    3: ['child_id', 'referral_date', 'referral_nfa', 'referrals_last_12m', 'team', 'worker'],
    4: ['child_id', 'assessment_start', 'assessment_authorised', 'child_seen', 'team', 'worker'],
    5: ['child_id', 'strategy_date', 'icpc_date', 'team', 'worker'],
    6: ['child_id', 'cin_start', 'cin_closure', 'team', 'worker'],
    7: ['child_id', 'cp_start', 'cp_end', 'last_visit', 'previous_cp_plans', 'team', 'worker'],
    8: [
      'child_id',
      'cla_start',
      'cla_end',
      'uasc',
      'placements_last_12m',
      'last_visit',
      'last_health_assessment',
      'last_dental_check',
      'team',
      'worker',
    ],
    9: ['child_id', 'dob', 'in_touch', 'activity', 'suitability', 'team', 'worker'],
  }).map(([list, keys]) => [Number(list), new Set(keys)]),
);

export function isMeasureColumn(list: number, key: string): boolean {
  return MEASURE_COLUMNS.get(list)?.has(key) ?? false;
}
