import { EP, MIS, OC2, OC3, PP, REV, type RuleCase } from '../testing.js';

/** Looked after since 2023 without a break: looked after continuously for 12 months at 31 March 2025. */
const longStay = (o: Record<string, string | null> = {}) => EP({ DECOM: '01/01/2023', ...o });
const cla = { Episodes: [longStay()] };
const newEntrant = { Episodes: [EP()] };

/** OC2, OC3 and previous permanence rules: a failing and a passing return each. */
export const OUTCOME_CASES: RuleCase[] = [
  { code: '157', fail: { ...cla, OC2: [OC2({ DOB: '01/04/2020', SDQ_SCORE: null, SDQ_REASON: 'SDQ1', HEALTH_CHECK: '1', CONVICTED: null })] }, pass: { ...cla, OC2: [OC2({ DOB: '01/04/2020', SDQ_SCORE: null, SDQ_REASON: 'SDQ2', HEALTH_CHECK: '1', CONVICTED: null })] } },
  { code: '158', fail: { OC2: [OC2({ SUBSTANCE_MISUSE: '1', INTERVENTION_RECEIVED: '1', INTERVENTION_OFFERED: '0' })] }, pass: { OC2: [OC2({ SUBSTANCE_MISUSE: '1', INTERVENTION_RECEIVED: '1' })] } },
  { code: '159', fail: { OC2: [OC2({ SUBSTANCE_MISUSE: '1', INTERVENTION_RECEIVED: '0' })] }, pass: { OC2: [OC2({ SUBSTANCE_MISUSE: '1', INTERVENTION_RECEIVED: '0', INTERVENTION_OFFERED: '1' })] } },
  { code: '180', fail: { OC2: [OC2({ SDQ_SCORE: '41' }), OC2({ CHILD: 'B', SDQ_SCORE: '4.5' })] }, pass: { OC2: [OC2({ SDQ_SCORE: '40' }), OC2({ CHILD: 'B', SDQ_SCORE: '0' })] }, rows: ['OC2:1', 'OC2:2'] },
  { code: '181', fail: { OC2: [OC2({ CONVICTED: '2' })] }, pass: { OC2: [OC2({ CONVICTED: '1' })] } },
  { code: '182', fail: { OC2: [OC2({ TEETH_CHECK: null })] }, pass: { OC2: [OC2(), OC2({ CHILD: 'B', CONVICTED: null, IMMUNISATIONS: null, TEETH_CHECK: null, HEALTH_ASSESSMENT: null, SUBSTANCE_MISUSE: null })] } },
  { code: '185', fail: { ...newEntrant, OC2: [OC2()] }, pass: { ...cla, OC2: [OC2()] } },
  { code: '186', fail: { ...cla, OC2: [OC2({ SDQ_SCORE: null })] }, pass: { ...cla, OC2: [OC2({ SDQ_SCORE: null, SDQ_REASON: 'SDQ3' })] } },
  { code: '188', fail: { OC2: [OC2({ DOB: '01/04/2021', SDQ_SCORE: '5', CONVICTED: null })] }, pass: { OC2: [OC2({ DOB: '31/03/2021', SDQ_SCORE: '5', CONVICTED: null })] } },
  { code: '189', fail: { OC2: [OC2({ DOB: '01/04/2007', SDQ_SCORE: null, SDQ_REASON: 'SDQ2' })] }, pass: { OC2: [OC2({ DOB: '02/04/2007', SDQ_SCORE: null, SDQ_REASON: 'SDQ2' })] } },
  { code: '190', fail: { ...newEntrant, OC2: [OC2({ SDQ_SCORE: null })] }, pass: { ...cla, OC2: [OC2()] } },
  { code: '191', fail: { Episodes: [longStay(), longStay({ CHILD: 'B' })], OC2: [OC2({ IMMUNISATIONS: null })] }, pass: { ...cla, OC2: [OC2()] }, rows: ['OC2:1', 'Episodes:2'] },
  { code: '192', fail: { OC2: [OC2({ SUBSTANCE_MISUSE: '1' })] }, pass: { OC2: [OC2({ SUBSTANCE_MISUSE: '1', INTERVENTION_RECEIVED: '1' })] } },
  { code: '193', fail: { OC2: [OC2({ INTERVENTION_RECEIVED: '1' }), OC2({ CHILD: 'B', SUBSTANCE_MISUSE: null, INTERVENTION_OFFERED: '0' })] }, pass: { OC2: [OC2()] }, rows: ['OC2:1', 'OC2:2'] },
  { code: '196', fail: { OC2: [OC2({ SDQ_SCORE: null, SDQ_REASON: 'SDQ6' })] }, pass: { OC2: [OC2({ SDQ_SCORE: null, SDQ_REASON: 'sdq5' })] } },
  { code: '197a', fail: { OC2: [OC2({ SDQ_REASON: 'SDQ2' })] }, pass: { OC2: [OC2()] } },
  { code: '197B', fail: { ...cla, OC2: [OC2({ DOB: '01/06/2020', SDQ_SCORE: null, HEALTH_CHECK: '1', CONVICTED: null })] }, pass: { ...cla, OC2: [OC2({ DOB: '01/06/2020', SDQ_SCORE: null, SDQ_REASON: 'SDQ4', HEALTH_CHECK: '1', CONVICTED: null })] } },
  { code: '198', fail: { ...newEntrant, OC2: [OC2({ SDQ_SCORE: null, SDQ_REASON: 'SDQ2' })] }, pass: { ...cla, OC2: [OC2({ SDQ_SCORE: null, SDQ_REASON: 'SDQ2' })] } },
  { code: '542', fail: { OC2: [OC2({ DOB: '01/04/2015' })] }, pass: { OC2: [OC2({ DOB: '31/03/2015' }), OC2({ CHILD: 'B', DOB: '01/04/2015', CONVICTED: null })] } },
  { code: '544', fail: { OC2: [OC2({ HEALTH_ASSESSMENT: null })] }, pass: { OC2: [OC2()] } },
  { code: '545', fail: { ...cla, OC2: [OC2({ DOB: '01/04/2020', CONVICTED: null })] }, pass: { ...cla, OC2: [OC2({ DOB: '01/04/2020', CONVICTED: null, HEALTH_CHECK: '0' })] } },
  { code: '546', fail: { OC2: [OC2({ DOB: '31/03/2020', CONVICTED: null, HEALTH_CHECK: '1' })] }, pass: { OC2: [OC2({ DOB: '01/04/2020', CONVICTED: null, HEALTH_CHECK: '1' })] } },
  { code: '547', fail: { OC2: [OC2({ DOB: '01/04/2020', CONVICTED: null, HEALTH_CHECK: '1', TEETH_CHECK: null })] }, pass: { OC2: [OC2({ DOB: '01/04/2020', CONVICTED: null, HEALTH_CHECK: '1' })] } },
  { code: '215', fail: { OC2: [OC2()], OC3: [OC3()] }, pass: { OC2: [OC2({ CHILD: 'B' })], OC3: [OC3()] }, rows: ['OC2:1', 'OC3:1'] },
  { code: '131', fail: { OC3: [OC3({ IN_TOUCH: 'MAYBE' }), OC3({ CHILD: 'B', IN_TOUCH: null })] }, pass: { OC3: [OC3({ IN_TOUCH: 'yes' })] }, rows: ['OC3:1', 'OC3:2'] },
  { code: '132', fail: { OC3: [OC3({ ACTIV: 'Z9' })] }, pass: { OC3: [OC3({ IN_TOUCH: 'NO', ACTIV: '0', ACCOM: '0' })] } },
  { code: '133', fail: { OC3: [OC3({ ACCOM: 'Q1' })] }, pass: { OC3: [OC3({ ACCOM: 'Z2' })] } },
  { code: '153', fail: { OC3: [OC3({ ACTIV: null })] }, pass: { OC3: [OC3(), OC3({ CHILD: 'B', IN_TOUCH: null, ACTIV: null, ACCOM: null })] } },
  { code: '344', fail: { OC3: [OC3({ IN_TOUCH: 'REFU' })] }, pass: { OC3: [OC3({ IN_TOUCH: 'REFU', ACTIV: '0', ACCOM: '0' })] } },
  { code: '345', fail: { OC3: [OC3({ ACCOM: '0' })] }, pass: { OC3: [OC3({ IN_TOUCH: 'NREQ', ACTIV: '0', ACCOM: '0' })] } },
  { code: '1007', fail: { OC3: [OC3()], Episodes: [EP()] }, pass: { OC3: [OC3()], Episodes: [EP({ DEC: '01/07/2024', REC: 'E8' })] } },
  { code: '1011', fail: { OC3: [OC3()], Episodes: [EP({ DEC: '01/07/2024', REC: 'E47' })] }, pass: { OC3: [OC3()], Episodes: [EP({ DEC: '01/07/2024', REC: 'E8' })] } },
  { code: '1012', fail: { OC3: [OC3()], Reviews: [REV()], Missing: [MIS()] }, pass: { OC3: [OC3()], Reviews: [REV()], Episodes: [EP()] }, rows: ['Reviews:1', 'Missing:1'] },
  { code: '630', fail: { Episodes: [EP()] }, pass: { Episodes: [EP(), EP({ CHILD: 'B', DECOM: '31/03/2024' })], PrevPerm: [PP()] }, rows: ['Episodes:1'] },
  { code: '631', fail: { PrevPerm: [PP({ PREV_PERM: 'P5' })] }, pass: { PrevPerm: [PP({ PREV_PERM: 'p1', LA_PERM: '201', DATE_PERM: '01/01/2019' })] } },
  { code: '632', fail: { PrevPerm: [PP({ DATE_PERM: '2019-01-01' }), PP({ CHILD: 'B', DATE_PERM: '31/02/2019' }), PP({ CHILD: 'C', DATE_PERM: '01/ZZ/2019' })] }, pass: { PrevPerm: [PP({ DATE_PERM: 'ZZ/01/2019' }), PP({ CHILD: 'B', DATE_PERM: 'zz/zz/2019' }), PP({ CHILD: 'C', DATE_PERM: '28/02/2019' })] }, rows: ['PrevPerm:1', 'PrevPerm:2', 'PrevPerm:3'] },
  { code: '633', fail: { PrevPerm: [PP({ LA_PERM: 'ABCD' })] }, pass: { PrevPerm: [PP({ LA_PERM: '201' }), PP({ CHILD: 'B', LA_PERM: 'WAL' })] } },
  { code: '634', fail: { PrevPerm: [PP()], Episodes: [EP({ DECOM: '31/03/2016' })] }, pass: { PrevPerm: [PP()], Episodes: [EP({ DECOM: '01/04/2016' })] } },
  { code: '635', fail: { PrevPerm: [PP({ LA_PERM: '201' })] }, pass: { PrevPerm: [PP({ PREV_PERM: 'P2', LA_PERM: '201' })] } },
];
