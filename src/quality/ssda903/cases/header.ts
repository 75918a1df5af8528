import { EP, H, MIS, REV, type RuleCase, UASC } from '../testing.js';

const girl = (o = {}) => H({ SEX: 'F', MOTHER: '0', ...o });

/** Header, UASC, Reviews and Missing rules: a failing and a passing return each. */
export const HEADER_CASES: RuleCase[] = [
  { code: '102', fail: { Header: [H({ DOB: '2012-01-01' }), H({ CHILD: 'B', DOB: null })] }, pass: { Header: [H()] }, rows: ['Header:1', 'Header:2'] },
  { code: '103', fail: { Header: [H({ ETHNIC: 'XXXX' })] }, pass: { Header: [H({ ETHNIC: 'wbri' })] } },
  { code: '105', format: 'xml', fail: { Header: [H({ UASC: '2' })] }, pass: { Header: [H({ UASC: '1' })] } },
  { code: '165', fail: { Header: [H({ MOTHER: '0' }), girl({ CHILD: 'B', MOTHER: null }), girl({ CHILD: 'C', MOTHER: '3' })], Episodes: [EP({ CHILD: 'B' })] }, pass: { Header: [H(), girl()], Episodes: [EP()] }, rows: ['Header:1', 'Header:2', 'Header:3'] },
  { code: '168', fail: { Header: [H({ UPN: 'I123456789012' }), H({ CHILD: 'B', UPN: 'UN7' })] }, pass: { Header: [H({ UPN: 'UN5' }), H({ CHILD: 'B', UPN: 'A12345678901B' }), H({ CHILD: 'C', UPN: null })] } },
  { code: '171', fail: { Header: [girl({ MOTHER: '1', MC_DOB: '31/02/2024' })] }, pass: { Header: [girl({ MOTHER: '1', MC_DOB: '28/02/2024' })] } },
  { code: '174', fail: { Header: [H({ MC_DOB: '01/01/2024' })] }, pass: { Header: [girl({ MOTHER: '1', MC_DOB: '01/01/2024' })] } },
  { code: '209', fail: { Header: [H({ UPN: 'UN1', DOB: '31/08/2019' })] }, pass: { Header: [H({ UPN: 'UN1', DOB: '01/09/2019' })] } },
  { code: '210', fail: { Header: [H({ UPN: 'UN4' })], Episodes: [EP({ DECOM: '24/03/2025' })] }, pass: { Header: [H({ UPN: 'UN4' })], Episodes: [EP({ DECOM: '23/03/2025' })] }, rows: ['Header:1', 'Episodes:1'] },
  { code: '611', fail: { Header: [girl({ MOTHER: '1' })] }, pass: { Header: [girl({ MOTHER: '1', MC_DOB: '01/01/2024' })] } },
  { code: '612', fail: { Header: [girl({ MC_DOB: '01/01/2024' })] }, pass: { Header: [girl()] } },
  { code: '620', fail: { Header: [girl({ MOTHER: '1', MC_DOB: '31/12/2022' })] }, pass: { Header: [girl({ MOTHER: '1', MC_DOB: '01/01/2023' })] } },
  { code: '625', fail: { Header: [girl({ MOTHER: '1', MC_DOB: '01/10/2024' })], Episodes: [EP({ DEC: '30/09/2024', REC: 'E4A' })] }, pass: { Header: [girl({ MOTHER: '1', MC_DOB: '30/09/2024' })], Episodes: [EP({ DEC: '30/09/2024', REC: 'E4A' })] } },
  { code: '104', fail: { UASC: [UASC({ DUC: '1/13/2025' }), UASC({ CHILD: 'B', DUC: '31/03/2024' })] }, pass: { UASC: [UASC({ DUC: '01/04/2024' }), UASC({ CHILD: 'B' })] }, rows: ['UASC:1', 'UASC:2'] },
  { code: '304', fail: { UASC: [UASC({ DOB: '01/01/2007', DUC: '02/01/2025' })] }, pass: { UASC: [UASC({ DOB: '01/01/2007', DUC: '01/01/2025' })] } },
  { code: '1014', fail: { UASC: [UASC()], OC3: [{ CHILD: 'A', DOB: '01/01/2012', IN_TOUCH: 'YES', ACTIV: 'F1', ACCOM: 'B1' }] }, pass: { UASC: [UASC()], OC3: [{ CHILD: 'A', DOB: '01/01/2012', IN_TOUCH: 'YES', ACTIV: 'F1', ACCOM: 'B1' }], Episodes: [EP()] } },
  { code: '166', fail: { Reviews: [REV({ REVIEW: null }), REV({ REVIEW: '32/01/2025' })] }, pass: { Reviews: [REV()] }, rows: ['Reviews:1', 'Reviews:2'] },
  { code: '167', fail: { Reviews: [REV({ REVIEW_CODE: 'PN8' }), REV({ REVIEW: null, REVIEW_CODE: 'PN1' })] }, pass: { Reviews: [REV({ REVIEW_CODE: 'pn7' }), REV({ REVIEW: null, REVIEW_CODE: null })] }, rows: ['Reviews:1', 'Reviews:2'] },
  { code: '440', fail: { Reviews: [REV({ DOB: '01/06/2020', REVIEW: '01/06/2024', REVIEW_CODE: 'PN0' })] }, pass: { Reviews: [REV({ DOB: '01/06/2020', REVIEW: '31/05/2024', REVIEW_CODE: 'PN0' })] } },
  { code: '441', fail: { Reviews: [REV({ DOB: '01/06/2020', REVIEW: '31/05/2024', REVIEW_CODE: 'PN1' })] }, pass: { Reviews: [REV({ DOB: '01/06/2020', REVIEW: '01/06/2024', REVIEW_CODE: 'PN1' })] } },
  { code: '1006', fail: { Missing: [MIS({ MISSING: 'X' })] }, pass: { Missing: [MIS({ MISSING: 'a' }), MIS({ MISSING: null, MIS_START: null, MIS_END: null })] } },
  { code: '565', fail: { Missing: [MIS({ MISSING: null })] }, pass: { Missing: [MIS()] } },
  { code: '567', fail: { Missing: [MIS({ MIS_END: '31/05/2024' })] }, pass: { Missing: [MIS({ MIS_END: '01/06/2024' })] } },
  { code: '570', fail: { Missing: [MIS({ MIS_START: '01/04/2025', MIS_END: null })] }, pass: { Missing: [MIS({ MIS_START: '31/03/2025', MIS_END: null })] } },
  { code: '571', fail: { Missing: [MIS({ MIS_START: '25/03/2024', MIS_END: '31/03/2024' }), MIS({ MIS_END: '01/04/2025' })] }, pass: { Missing: [MIS({ MIS_START: '25/03/2024', MIS_END: '01/04/2024' })] }, rows: ['Missing:1', 'Missing:2'] },
  { code: '574', fail: { Missing: [MIS({ MIS_END: null }), MIS({ MIS_START: '05/06/2024', MIS_END: '07/06/2024' }), MIS({ MIS_START: '06/06/2024', MIS_END: '08/06/2024' })] }, pass: { Missing: [MIS(), MIS({ MIS_START: '02/06/2024', MIS_END: null })] }, rows: ['Missing:2', 'Missing:3'] },
  { code: '575', fail: { Missing: [MIS({ MIS_END: null })], Episodes: [EP({ DEC: '01/07/2024', REC: 'X1' }), EP({ DECOM: '01/07/2024', RNE: 'P', PLACE: 'U6' })] }, pass: { Missing: [MIS({ MIS_START: '02/07/2024', MIS_END: null })], Episodes: [EP({ DEC: '01/07/2024', REC: 'X1' }), EP({ DECOM: '01/07/2024', RNE: 'P', PLACE: 'U6' })] } },
  { code: '577', fail: { Missing: [MIS({ MIS_END: null })], Episodes: [EP({ DEC: '01/07/2024', REC: 'E4A' })] }, pass: { Missing: [MIS({ MIS_END: null })], Episodes: [EP({ DEC: '01/07/2024', REC: 'X1' }), EP({ DECOM: '01/07/2024', RNE: 'P', PLACE: 'U6' })] } },
  { code: '578', fail: { Missing: [MIS({ MIS_START: '02/07/2024', MIS_END: '03/07/2024' })], Episodes: [EP({ DEC: '01/07/2024', REC: 'E4A' })] }, pass: { Missing: [MIS({ MIS_START: '01/07/2024', MIS_END: '03/07/2024' })], Episodes: [EP({ DEC: '01/07/2024', REC: 'E4A' })] } },
  { code: '586', fail: { Missing: [MIS({ DOB: '02/06/2024' })] }, pass: { Missing: [MIS({ DOB: '01/06/2024' })] } },
];
