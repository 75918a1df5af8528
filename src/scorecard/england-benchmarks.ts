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
  cin_rate: { value: 332.9, year: '2023/24', source: 'DfE Children in need 2024 (31 March 2024)' },
  cp_rate: { value: 42.8, year: '2019/20', source: 'DfE Children in need, table A2 (31 March 2020)' },
  cla_rate: { value: 67, year: '2024/25', source: 'DfE Children looked after in England 2025 (31 March 2025)' },
  cla_uasc_percent: { value: 8.0, year: '2024/25', source: 'DfE Children looked after in England 2025 (6,540 of 81,770, derived)' },
  s47_to_icpc_ytd: { value: 31.3, year: '2024/25', source: 'DfE Children in need 2025, table C4 (72,100 ICPCs of 230,590 enquiries, derived)' },
  cp_started_second_plus_ytd: { value: 16.6, year: '2014/15', source: 'DfE Characteristics of children in need 2015 (second or subsequent plans)' },
  cp_ended_under_3m_ytd: { value: 15.9, year: '2024/25', source: 'DfE Children in need 2025, table D7 (plans ended)' },
  cp_ended_3_6m_ytd: { value: 11.0, year: '2024/25', source: 'DfE Children in need 2025, table D7 (plans ended)' },
  cp_ended_6_12m_ytd: { value: 43.5, year: '2024/25', source: 'DfE Children in need 2025, table D7 (plans ended)' },
  cp_ended_1_2y_ytd: { value: 25.2, year: '2024/25', source: 'DfE Children in need 2025, table D7 (plans ended)' },
  cp_ended_2y_plus_ytd: { value: 4.4, year: '2024/25', source: 'DfE Children in need 2025, table D7 (plans ended)' },
  cp_reviews_in_timescale: { value: 94.0, year: '2014/15', source: 'DfE Characteristics of children in need 2015 (reviews in timescale)' },
  cla_long_term_stability: { value: 69, year: '2024/25', source: 'DfE Children looked after 2025, placement stability (19,680 of 28,710)' },
  cla_missing_12m: { value: 11, year: '2021/22', source: 'DfE children looked after who went missing, 2022 (12,150 children)' },
  care_leavers_neet: { value: 40, year: '2016/17', source: 'DfE care leavers aged 19–21 not in education, employment or training, 2017' },
  assessments_no_support_ytd: { value: 30.8, year: '2024/25', source: 'DfE Children in need 2025, table C1 (per referral: assessed as not in need)' },
  referrals_source_police_ytd: { value: 28, year: '2024/25', source: 'DfE Children in need 2025 (referral sources, as reported by Social Work Today)' },
  referrals_source_schools_ytd: { value: 21, year: '2024/25', source: 'DfE Children in need 2025 (referral sources, as reported by Social Work Today)' },
  cla_placed_foster: { value: 75, year: '2014/15', source: 'DfE SFR 34/2015 (foster placements)' },
  cla_ceased_adoption_ytd: { value: 8.8, year: '2024/25', source: 'DfE Children looked after in England 2025 (3,040 of 34,450 ceased, derived)' },
  workforce_agency_rate: { value: 17.8, year: '2023', source: "DfE Children's social work workforce 2023" },
  workforce_vacancy_rate: { value: 18.9, year: '2023', source: "DfE Children's social work workforce 2023" },
  workforce_turnover_rate: { value: 15.9, year: '2023', source: "DfE Children's social work workforce 2023 (FTE)" },
  workforce_caseload_mean: { value: 16.0, year: '2023', source: "DfE Children's social work workforce 2023 (caseload per case-holding FTE)" },
};

/** The England figure for a measure, when one is published (the catalogue may add more ids). */
export function englandBenchmark(id: string, extra: Readonly<Record<string, PublishedBenchmark>> = {}): PublishedBenchmark | null {
  return extra[id] ?? ENGLAND_BENCHMARKS[id] ?? null;
}

