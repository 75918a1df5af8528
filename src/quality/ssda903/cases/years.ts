import { EP, H, type RuleCase, SW } from '../testing.js';

const span = (from: string, to: string, o: Record<string, string | null> = {}) => EP({ DECOM: from, DEC: to, REC: 'E4A', ...o });

/** Rules that change with the year, and the social-worker rules of 2023/24 on. */
export const YEAR_CASES: RuleCase[] = [
  { code: '101', year: 2023, fail: { Header: [H({ SEX: 'M' })] }, pass: { Header: [H({ SEX: '1' })] } },
  { code: '101', year: 2025, fail: { Header: [H({ SEX: '1' }), H({ CHILD: 'B', SEX: null })] }, pass: { Header: [H({ SEX: 'U' }), H({ CHILD: 'B', SEX: 'f' })] }, rows: ['Header:1', 'Header:2'] },
  { code: '146', year: 2023, fail: { Episodes: [EP({ PLACE: 'K3' })] }, pass: { Episodes: [EP({ PLACE: 'H5' })] } },
  { code: '146', year: 2026, fail: { Episodes: [EP({ PLACE: 'H5' }), EP({ CHILD: 'B', PLACE: 'Z1', PLACE_PROVIDER: null })] }, pass: { Episodes: [EP({ PLACE: 'K3' }), EP({ CHILD: 'B', PLACE: 'Z12', PLACE_PROVIDER: null })] } },
  { code: '178', year: 2026, fail: { Episodes: [EP({ PLACE: 'T3', PLACE_PROVIDER: 'PR1' }), EP({ CHILD: 'B', PLACE: 'Z11', PLACE_PROVIDER: 'PR1' })] }, pass: { Episodes: [EP({ PLACE: 'T4', PLACE_PROVIDER: 'PR1' })] }, rows: ['Episodes:1', 'Episodes:2'] },
  { code: '213', year: 2026, fail: { Episodes: [EP({ PLACE: 'Z13', PLACE_PROVIDER: 'PR2' })] }, pass: { Episodes: [EP({ PLACE: 'T4', PLACE_PROVIDER: 'PR1' })] } },
  { code: '371', year: 2023, fail: { Header: [H({ DOB: '02/05/2010' })], Episodes: [EP({ PLACE: 'H5' })] }, pass: { Header: [H({ DOB: '01/05/2010' })], Episodes: [EP({ PLACE: 'H5' })] } },
  { code: 'SW01STG1', fail: { SWEpisodes: [SW({ SW_DECOM: null }), SW({ CHILD: 'B', SW_DECOM: '2024-05-01' })] }, pass: { SWEpisodes: [SW()] }, rows: ['SWEpisodes:1', 'SWEpisodes:2'] },
  { code: 'SW02STG1', fail: { SWEpisodes: [SW({ SW_ID: 'AB123' }), SW({ CHILD: 'B', SW_ID: null })] }, pass: { SWEpisodes: [SW(), SW({ CHILD: 'B', SW_ID: 'xx0001' })] }, rows: ['SWEpisodes:1', 'SWEpisodes:2'] },
  { code: 'SW03STG1', fail: { SWEpisodes: [SW({ SW_DEC: '31/06/2024' })] }, pass: { SWEpisodes: [SW({ SW_DEC: '30/06/2024', SW_REASON: 'MANAGE' })] } },
  { code: 'SW04STG1', fail: { SWEpisodes: [SW({ SW_DEC: '30/04/2024' })] }, pass: { SWEpisodes: [SW({ SW_DEC: '01/05/2024' })] } },
  { code: 'SW06STG2', fail: { SWEpisodes: [SW({ SW_DEC: '01/07/2024' }), SW({ SW_DECOM: '30/06/2024' })] }, pass: { SWEpisodes: [SW({ SW_DEC: '01/07/2024' }), SW({ SW_DECOM: '01/07/2024' })] }, rows: ['SWEpisodes:2'] },
  { code: 'SW12STG2', fail: { Episodes: [EP()], SWEpisodes: [SW({ SW_DEC: '30/03/2025' })] }, pass: { Episodes: [EP(), span('01/05/2024', '01/06/2024', { CHILD: 'B' }), EP({ CHILD: 'C', LS: 'V3' })], SWEpisodes: [SW({ SW_DEC: '31/03/2025' })] } },
  { code: 'SW13STG1', fail: { SWEpisodes: [SW({ SW_DEC: '01/07/2024', SW_REASON: 'NOPE' })] }, pass: { SWEpisodes: [SW({ SW_DEC: '01/07/2024', SW_REASON: 'othErs' }), SW({ CHILD: 'B' })] } },
];
