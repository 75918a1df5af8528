/**
 * England figures published by the DfE (and sources quoted in spec/kpi-catalogue.md), for the
 * measures whose definition matches the published one closely enough to compare. The year is
 * the financial year the figure describes (or the census year for the workforce).
 */
export interface PublishedBenchmark {
  readonly value: number;
  readonly year: string;
  readonly source: string;
}

const C1_2025 = 'DfE Children in need 2025, table C1';

export const ENGLAND_BENCHMARKS: Readonly<Record<string, PublishedBenchmark>> = {
  rereferrals_12m: { value: 22.6, year: '2024/25', source: C1_2025 },
  rereferrals_12m_ytd: { value: 22.6, year: '2024/25', source: C1_2025 },
  rereferrals_12m_r12: { value: 22.6, year: '2024/25', source: C1_2025 },
  referrals_nfa: { value: 6.5, year: '2024/25', source: C1_2025 },
  referrals_nfa_ytd: { value: 6.5, year: '2024/25', source: C1_2025 },
  assessments_45wd: { value: 85.7, year: '2024/25', source: 'DfE Children in need 2025, table C2 (555,820 of 648,830)' },
  assessments_45wd_ytd: { value: 85.7, year: '2024/25', source: 'DfE Children in need 2025, table C2 (555,820 of 648,830)' },
  assessments_45wd_r12: { value: 85.7, year: '2024/25', source: 'DfE Children in need 2025, table C2 (555,820 of 648,830)' },
  icpc_15wd: { value: 81.4, year: '2024/25', source: 'DfE Children in need 2025, table C4 (58,670 of 72,090)' },
  icpc_15wd_ytd: { value: 81.4, year: '2024/25', source: 'DfE Children in need 2025, table C4 (58,670 of 72,090)' },
  icpc_15wd_r12: { value: 81.4, year: '2024/25', source: 'DfE Children in need 2025, table C4 (58,670 of 72,090)' },
  cla_health_12m: { value: 90, year: '2014/15', source: 'DfE SFR 34/2015 additional tables' },
  cla_dental_12m: { value: 86, year: '2014/15', source: 'DfE SFR 34/2015' },
  care_leavers_in_touch: { value: 91, year: '2020/21', source: 'CYP Now leaving-care report on DfE figures' },
  care_leavers_suitable_accom: { value: 85, year: '2018/19', source: 'DfE CLA table, care-leaver accommodation suitability (25,030 of 29,470)' },
  caseload_mean: { value: 16.0, year: '2023', source: "DfE Children's social work workforce 2023 (caseload per case-holding FTE)" },
};

/** The England figure for a measure, when one is published (the catalogue may add more ids). */
export function englandBenchmark(id: string, extra: Readonly<Record<string, PublishedBenchmark>> = {}): PublishedBenchmark | null {
  return extra[id] ?? ENGLAND_BENCHMARKS[id] ?? null;
}

