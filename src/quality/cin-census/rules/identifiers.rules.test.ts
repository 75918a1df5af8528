import { describe, expect, it } from 'vitest';
import { child, episode, failing, findings, header } from '../testing.js';
import * as m100 from './100.js';
import * as m8500 from './8500.js';
import * as m8510 from './8510.js';
import * as m1510 from './1510.js';
import * as m1520 from './1520.js';
import * as m1530 from './1530.js';
import * as m1540 from './1540.js';
import * as m1550 from './1550.js';
import * as m1560Q from './1560Q.js';
import * as m1570 from './1570.js';
import * as m8520 from './8520.js';
import * as m8525 from './8525.js';
import * as m8530Q from './8530Q.js';
import * as m8535Q from './8535Q.js';
import * as m8545Q from './8545Q.js';
import * as m8750 from './8750.js';
import * as m8772 from './8772.js';
import * as m8770Q from './8770Q.js';
import * as m8775Q from './8775Q.js';
import * as m4180 from './4180.js';
import * as m2886Q from './2886Q.js';

/** The rules over ChildIdentifiers: each rule's own cases (a failing and a passing one at least), one describe per rule. */
{
  const rule = m100.rule;
  describe('100: ReferenceDate is 31 March of the collection year', () => {
    it('fails a header dated the day before, passes 31 March', async () => {
      expect(await findings(rule, [child()], 2025, header(2025, { referenceDate: '2025-03-30' }))).toHaveLength(1);
      expect(await findings(rule, [child()], 2025, header(2025))).toEqual([]);
      expect(await findings(rule, [child()], 2025, header(2025, { referenceDate: null }))).toHaveLength(1);
    });
  });
}

{
  const rule = m8500.rule;
  describe('8500: LAchildID present', () => {
    it('fails a child with no LAchildID, passes one with', async () => {
      expect(await failing(rule, [child(null), child('OK')])).toEqual([null]);
    });
  });
}

{
  const rule = m8510.rule;
  describe('8510: LAchildID unique', () => {
    it('fails both children sharing an ID, passes a unique one', async () => {
      expect(await failing(rule, [child('A'), child('A'), child('OK')])).toEqual(['A', 'A']);
    });
  });
}

{
  const rule = m1510.rule;
  describe('1510: UPN check letter', () => {
    it('fails a wrong check letter, passes the right one and leaves other forms to other rules', async () => {
      // 201000000001: 2·2+0·3+1·4+0·5…+1·13 = 21 → check letter Y.
      expect(await failing(rule, [child('BAD', { upn: 'A201000000001' }), child('OK', { upn: 'Y201000000001' }), child('T', { upn: 'A20100000000A' })])).toEqual(['BAD']);
    });
  });
}

{
  const rule = m1520.rule;
  describe('1520: UPN unique', () => {
    it('fails both children sharing a UPN, passes the others', async () => {
      expect(await failing(rule, [child('A', { upn: 'Y201000000001' }), child('B', { upn: 'Y201000000001' }), child('OK', { upn: null })])).toEqual(['A', 'B']);
    });
  });
}

{
  const rule = m1530.rule;
  describe('1530: UPN LA code', () => {
    it('fails an unknown LA code, passes a known one; 942 is known from 2023/24', async () => {
      const { rule2024 } = m1530;
      expect(await failing(rule, [child('BAD', { upn: 'A999000000001' }), child('OK', { upn: 'Y201000000001' }), child('NEW', { upn: 'A942000000001' })], 2023)).toEqual(['BAD', 'NEW']);
      expect(await failing(rule2024, [child('BAD', { upn: 'A999000000001' }), child('NEW', { upn: 'A942000000001' })], 2024)).toEqual(['BAD']);
    });
  });
}

{
  const rule = m1540.rule;
  describe('1540: UPN characters 5-12 numeric', () => {
    it('fails a letter among characters 5-12, passes digits', async () => {
      expect(await failing(rule, [child('BAD', { upn: 'A2010X0000001' }), child('OK', { upn: 'Y201000000001' })])).toEqual(['BAD']);
    });
  });
}

{
  const rule = m1550.rule;
  describe('1550: UPN character 13', () => {
    it('fails I, O or S as character 13, passes a digit or another letter', async () => {
      expect(await failing(rule, [child('BAD', { upn: 'A20100000000I' }), child('OK', { upn: 'A20100000000A' }), child('OK2', { upn: 'Y201000000001' })])).toEqual(['BAD']);
    });
  });
}

{
  const rule = m1560Q.rule;
  describe('1560Q: former UPN format', () => {
    it('asks about a short former UPN, passes a permanent or temporary one', async () => {
      expect(await failing(rule, [child('BAD', { formerUpn: 'A12' }), child('OK', { formerUpn: 'A201000000001' }), child('T', { formerUpn: 'A20100000000B' })])).toEqual(['BAD']);
    });
  });
}

{
  const rule = m1570.rule;
  describe('1570: LAchildID at most 20 characters (2024/25 on)', () => {
    it('fails 21 characters, passes 20', async () => {
      expect(await failing(rule, [child('X'.repeat(21)), child('Y'.repeat(20))])).toEqual(['X'.repeat(21)]);
    });
  });
}

{
  const rule = m8520.rule;
  describe('8520: date of birth not after the reference date', () => {
    it('fails a birth after 31 March, passes one on it', async () => {
      expect(await failing(rule, [child('BAD', { birth: '2025-04-01' }), child('OK', { birth: '2025-03-31' })])).toEqual(['BAD']);
    });
  });
}

{
  const rule = m8525.rule;
  describe('8525: date of birth or expected date of birth, not both', () => {
    it('fails both and neither, passes either', async () => {
      const rows = [
        child('BOTH', { birth: '2015-01-01', expectedBirth: '2025-05-01' }),
        child('NEITHER', { birth: null, expectedBirth: null }),
        child('BORN', { birth: '2015-01-01' }),
        child('UNBORN', { birth: null, expectedBirth: '2025-05-01' }),
      ];
      expect(await failing(rule, rows)).toEqual(['BOTH', 'NEITHER']);
    });
  });
}

{
  const rule = m8530Q.rule;
  describe('8530Q: expected date of birth in range', () => {
    it('asks about 30 days before the reference date and 9 months after it, passes 29 days before', async () => {
      const rows = [
        child('EARLY', { birth: null, expectedBirth: '2025-03-01' }), // exactly 30 days before 31 March
        child('LATE', { birth: null, expectedBirth: '2025-12-31' }), // 9 months after
        child('OK', { birth: null, expectedBirth: '2025-03-02' }),
        child('OK2', { birth: null, expectedBirth: '2025-12-30' }),
      ];
      expect(await failing(rule, rows)).toEqual(['EARLY', 'LATE']);
    });
  });
}

{
  const rule = m8535Q.rule;
  describe('8535Q: death not before birth', () => {
    it('asks about a death before birth, passes a death on the birthday and an unborn child who died before the expected date', async () => {
      const rows = [
        child('BAD', { birth: '2015-06-01', death: '2015-05-31' }),
        child('OK', { birth: '2015-06-01', death: '2015-06-01' }),
        child('UNBORN', { birth: null, expectedBirth: '2025-05-01', death: '2025-03-01' }),
      ];
      expect(await failing(rule, rows)).toEqual(['BAD']);
    });
  });
}

{
  const rule = m8545Q.rule;
  describe('8545Q: death within the census year', () => {
    it('asks about a death before 1 April, passes one on 1 April', async () => {
      expect(await failing(rule, [child('BAD', { death: '2024-03-31' }), child('OK', { death: '2024-04-01' })])).toEqual(['BAD']);
    });
  });
}

{
  const rule = m8750.rule;
  describe('8750: an unborn child’s sex', () => {
    it('fails an unborn child with sex M, passes U; before 2024/25 GenderCurrent 0', async () => {
      const { rule2025 } = m8750;
      const unborn = { birth: null, expectedBirth: '2025-05-01' };
      expect(await failing(rule2025, [child('BAD', { ...unborn, sex: 'M' }), child('OK', { ...unborn, sex: 'U' }), child('BORN', { sex: 'M' })])).toEqual(['BAD']);
      expect(await failing(rule, [child('BAD', { ...unborn, gender: '1' }), child('OK', { ...unborn, gender: '0' })], 2024)).toEqual(['BAD']);
    });
  });
}

{
  const rule = m8772.rule;
  describe('8772: UN7 only when every referral had no further action', () => {
    it('fails UN7 with a referral that went further, passes UN7 with NFA referrals only', async () => {
      const rows = [
        child('BAD', { upnUnknown: 'UN7', episodes: [episode({ nfa: 'false' })] }),
        child('OK', { upnUnknown: 'UN7', episodes: [episode({ nfa: 'true', assessments: [] })] }),
      ];
      expect(await failing(rule, rows)).toEqual(['BAD']);
    });
  });
}

{
  const rule = m8770Q.rule;
  describe('8770Q: school-age child without a UPN', () => {
    it('asks about a school-age child with no UPN or UN1, passes UN2 and a child under school age', async () => {
      const rows = [
        child('NONE', { upn: null, birth: '2015-06-01' }),
        child('UN1', { upn: null, upnUnknown: 'UN1', birth: '2021-08-31' }), // 31 August four years before 2025-08-31: school age
        child('UN2', { upn: null, upnUnknown: 'UN2', birth: '2015-06-01' }),
        child('YOUNG', { upn: null, upnUnknown: 'UN1', birth: '2021-09-01' }),
        child('NFA', { upn: null, birth: '2015-06-01', episodes: [episode({ nfa: 'true', assessments: [] })] }),
      ];
      expect(await failing(rule, rows)).toEqual(['NONE', 'UN1']);
    });
  });
}

{
  const rule = m8775Q.rule;
  describe('8775Q: over 25 with an open episode', () => {
    it('asks about a 26-year-old with an open episode, passes one whose episode closed before 25', async () => {
      const rows = [
        child('BAD', { birth: '1999-01-01', episodes: [episode({ closure: null, closeReason: null })] }),
        child('OK', { birth: '1999-01-01', episodes: [episode({ closure: '2023-12-31' })] }),
        child('YOUNG', { episodes: [episode({ closure: null, closeReason: null })] }),
      ];
      expect(await failing(rule, rows)).toEqual(['BAD']);
    });
  });
}

{
  const rule = m4180.rule;
  describe('4180: sex code', () => {
    it('fails a missing or unknown code, passes M; before 2024/25 GenderCurrent 1, 2, 0, 9', async () => {
      const { rule2025 } = m4180;
      expect(await failing(rule2025, [child('BLANK', { sex: null }), child('BAD', { sex: '1' }), child('OK', { sex: 'M' })])).toEqual(['BLANK', 'BAD']);
      expect(await failing(rule, [child('BAD', { gender: 'M' }), child('OK', { gender: '9' })], 2024)).toEqual(['BAD']);
    });
  });
}

{
  const rule = m2886Q.rule;
  describe('2886Q: share of children with no sex', () => {
    it('asks when more than 2% have none (unborn aside), not at 2%', async () => {
      const { rule2025 } = m2886Q;
      const many = (n: number) => Array.from({ length: n }, (_, i) => child(`K${i}`, { sex: 'F' }));
      expect(await findings(rule2025, [...many(97), child('U1', { sex: 'U' }), child('U2', { sex: null }), child('U3', { sex: 'U' })])).toHaveLength(1);
      expect(await findings(rule2025, [...many(98), child('U1', { sex: 'U' }), child('U2', { sex: 'U' })])).toEqual([]);
      expect(await findings(rule2025, [...many(97), child('B1', { sex: 'U', birth: null, expectedBirth: '2025-05-01' }), child('B2', { sex: 'U', birth: null, expectedBirth: '2025-05-01' }), child('U', { sex: 'U' })])).toEqual([]);
      expect(await findings(rule, [...many(90).map((c) => ({ ...c, gender: '0' }))], 2024)).toHaveLength(1);
    });
  });
}
