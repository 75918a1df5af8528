import { describe, expect, it } from 'vitest';
import { child, context, cpp, data, episode, failing, findings, s47 } from '../testing.js';
import * as m1105 from './1105.js';
import * as m2883 from './2883.js';
import * as m2885 from './2885.js';
import * as m8720 from './8720.js';
import * as m8730 from './8730.js';
import * as m8832 from './8832.js';
import * as m8840 from './8840.js';
import * as m8841 from './8841.js';
import * as m8842Q from './8842Q.js';
import * as m8905 from './8905.js';
import * as m8910 from './8910.js';
import * as m8915 from './8915.js';
import * as m8920 from './8920.js';
import * as m8925 from './8925.js';
import * as m8930 from './8930.js';
import * as m8935 from './8935.js';
import * as m8940 from './8940.js';
import * as mXSD from './XSD.js';

/** The rules over ChildProtectionPlans, Reviews and the schema check: each rule's own cases (a failing and a passing one at least), one describe per rule. */
{
  const rule = m1105.rule;
  describe('1105: CP plan not before the referral', () => {
    it('fails a plan starting before the referral, passes the same day', async () => {
      expect(await failing(rule, [child('BAD', { episodes: [episode({ cpps: [cpp({ start: '2024-04-30' })] })] }), child('OK', { episodes: [episode({ cpps: [cpp({ start: '2024-05-01' })] })] })])).toEqual(['BAD']);
    });
  });
}

{
  const rule = m2883.rule;
  describe('2883: more CP plans than conferences', () => {
    it('fails when plans started in the year outnumber conferences held in it, passes when equal', async () => {
      expect(await findings(rule, [child('A', { episodes: [episode({ cpps: [cpp()], s47s: [] })] }), child('B', { episodes: [episode({ cpps: [cpp()], s47s: [s47()] })] })])).toHaveLength(1);
      expect(await findings(rule, [child('A', { episodes: [episode({ cpps: [cpp()], icpc: '2024-05-22' })] }), child('B', { episodes: [episode({ cpps: [cpp()], s47s: [s47()] })] })])).toEqual([]);
    });
  });
}

{
  const rule = m2885.rule;
  describe('2885: CP plan starts on its conference', () => {
    it('fails a plan starting the day after the conference, passes the conference day (on the s47 or the CINdetails) and a plan from before the year', async () => {
      const rows = [
        child('BAD', { episodes: [episode({ s47s: [s47()], cpps: [cpp({ start: '2024-05-23' })] })] }),
        child('S47', { episodes: [episode({ s47s: [s47()], cpps: [cpp()] })] }),
        child('DETAILS', { episodes: [episode({ icpc: '2024-05-22', cpps: [cpp()] })] }),
        child('BEFORE', { episodes: [episode({ referral: '2023-05-01', assessments: [], cpps: [cpp({ start: '2023-06-01' })] })] }),
      ];
      expect(await failing(rule, rows)).toEqual(['BAD']);
    });
  });
}

{
  const rule = m8720.rule;
  describe('8720: CP plan start present, not after the year', () => {
    it('fails a missing or later start, passes 31 March', async () => {
      expect(await failing(rule, [child('NONE', { episodes: [episode({ cpps: [cpp({ start: null })] })] }), child('LATE', { episodes: [episode({ cpps: [cpp({ start: '2025-04-01' })] })] }), child('OK', { episodes: [episode({ cpps: [cpp({ start: '2025-03-31', reviews: [] })] })] })])).toEqual(['NONE', 'LATE']);
    });
  });
}

{
  const rule = m8730.rule;
  describe('8730: number of previous CP plans', () => {
    it('fails a missing or negative number, passes 0', async () => {
      expect(await failing(rule, [child('NONE', { episodes: [episode({ cpps: [cpp({ previous: null })] })] }), child('NEG', { episodes: [episode({ cpps: [cpp({ previous: '-1' })] })] }), child('OK', { episodes: [episode({ cpps: [cpp({ previous: '0' })] })] })])).toEqual(['NONE', 'NEG']);
    });
  });
}

{
  const rule = m8832.rule;
  describe('8832: no CP plan on a referral with no further action', () => {
    it('fails an NFA referral with a CP plan, passes further action', async () => {
      expect(await failing(rule, [child('BAD', { episodes: [episode({ nfa: 'true', cpps: [cpp()] })] }), child('OK', { episodes: [episode({ cpps: [cpp()] })] })])).toEqual(['BAD']);
    });
  });
}

{
  const rule = m8840.rule;
  describe('8840: CP plan not one day', () => {
    it('fails a plan ending the day it started, passes the next day', async () => {
      expect(await failing(rule, [child('BAD', { episodes: [episode({ cpps: [cpp({ end: '2024-05-22' })] })] }), child('OK', { episodes: [episode({ cpps: [cpp({ end: '2024-05-23' })] })] })])).toEqual(['BAD']);
    });
  });
}

{
  const rule = m8841.rule;
  describe('8841: reviews after the plan started', () => {
    it('fails a review on the start day (one finding per review), passes the day after', async () => {
      expect(await failing(rule, [child('BAD', { episodes: [episode({ cpps: [cpp({ reviews: ['2024-05-22', '2024-05-01', '2024-08-20'] })] })] }), child('OK', { episodes: [episode({ cpps: [cpp({ reviews: ['2024-05-23'] })] })] })])).toEqual(['BAD', 'BAD']);
    });
  });
}

{
  const rule = m8842Q.rule;
  describe('8842Q: review record with no date', () => {
    it('asks about an empty review date, passes a dated one', async () => {
      expect(await failing(rule, [child('BAD', { episodes: [episode({ cpps: [cpp({ reviews: ['2024-08-20', ''] })] })] }), child('OK', { episodes: [episode({ cpps: [cpp()] })] })])).toEqual(['BAD']);
    });
  });
}

{
  const rule = m8905.rule;
  describe('8905: initial category of abuse', () => {
    it('fails a missing or unknown category, passes MUL', async () => {
      expect(await failing(rule, [child('NONE', { episodes: [episode({ cpps: [cpp({ initial: null })] })] }), child('BAD', { episodes: [episode({ cpps: [cpp({ initial: 'NEGLECT' })] })] }), child('OK', { episodes: [episode({ cpps: [cpp({ initial: 'MUL' })] })] })])).toEqual(['NONE', 'BAD']);
    });
  });
}

{
  const rule = m8910.rule;
  describe('8910: latest category of abuse', () => {
    it('fails a missing or unknown category, passes MUL', async () => {
      expect(await failing(rule, [child('NONE', { episodes: [episode({ cpps: [cpp({ latest: null })] })] }), child('BAD', { episodes: [episode({ cpps: [cpp({ latest: 'NEGLECT' })] })] }), child('OK', { episodes: [episode({ cpps: [cpp({ latest: 'MUL' })] })] })])).toEqual(['NONE', 'BAD']);
    });
  });
}

{
  const rule = m8915.rule;
  describe('8915: CP plan starting after death', () => {
    it('fails a plan starting the day after death, passes the day of death', async () => {
      const plans = { episodes: [episode({ cpps: [cpp({ end: '2024-08-20' })] })] };
      expect(await failing(rule, [child('BAD', { ...plans, death: '2024-05-21' }), child('OK', { ...plans, death: '2024-05-22' })])).toEqual(['BAD']);
    });
  });
}

{
  const rule = m8920.rule;
  describe('8920: CP plan ending after death', () => {
    it('fails a plan ending the day after death, passes the day of death', async () => {
      const plans = { episodes: [episode({ cpps: [cpp({ end: '2024-08-20' })] })] };
      expect(await failing(rule, [child('BAD', { ...plans, death: '2024-08-19' }), child('OK', { ...plans, death: '2024-08-20' })])).toEqual(['BAD']);
    });
  });
}

{
  const rule = m8925.rule;
  describe('8925: CP plan ends after it starts', () => {
    it('fails an end before the start, passes after it', async () => {
      expect(await failing(rule, [child('BAD', { episodes: [episode({ cpps: [cpp({ end: '2024-05-21' })] })] }), child('OK', { episodes: [episode({ cpps: [cpp({ end: '2024-05-23' })] })] })])).toEqual(['BAD']);
    });
  });
}

{
  const rule = m8930.rule;
  describe('8930: CP plan end in the year', () => {
    it('fails an end after 31 March, passes 31 March', async () => {
      expect(await failing(rule, [child('BAD', { episodes: [episode({ closure: null, closeReason: null, cpps: [cpp({ end: '2025-04-01' })] })] }), child('OK', { episodes: [episode({ closure: null, closeReason: null, cpps: [cpp({ end: '2025-03-31' })] })] })])).toEqual(['BAD']);
    });
  });
}

{
  const rule = m8935.rule;
  describe('8935: at most one open CP plan', () => {
    it('fails two open plans (in different episodes too), passes one open', async () => {
      const open = (referral: string) => episode({ referral, closure: null, closeReason: null, cpps: [cpp({ start: referral })] });
      expect(await failing(rule, [child('BAD', { episodes: [open('2024-05-01'), open('2024-09-01')] }), child('OK', { episodes: [episode({ cpps: [cpp({ end: '2024-06-01' })] }), open('2024-09-01')] })])).toEqual(['BAD']);
    });
  });
}

{
  const rule = m8940.rule;
  describe('8940: CP plans do not overlap', () => {
    it('fails a plan starting on the day another ended, passes the day after', async () => {
      const first = cpp({ start: '2024-05-22', end: '2024-08-20' });
      expect(await failing(rule, [child('BAD', { episodes: [episode({ cpps: [first, cpp({ start: '2024-08-20' })] })] }), child('OK', { episodes: [episode({ cpps: [first, cpp({ start: '2024-08-21', reviews: [] })] })] })])).toEqual(['BAD']);
    });
  });
}

{
  const rule = mXSD.rule;
  describe('XSD: schema issues the reader found', () => {
    it('turns each issue into a finding on its child, and one on the header into a return finding', async () => {
      const c = child('A');
      const d = { ...data([c, child('OK')]), issues: [
        { position: c.position, childId: 'A', line: 12, table: 'CINdetails', field: 'CINreferralDate', value: '31/05/2024', reason: 'not a date in the form YYYY-MM-DD' },
        { position: null, childId: null, line: 3, table: 'Header', field: 'Year', value: '2024', reason: 'the header says 2024' },
      ] };
      const f = await rule.check(d, context());
      expect(f.map((x) => [x.child, x.row, x.table])).toEqual([['A', c.position, 'CINdetails'], [null, null, 'Header']]);
      expect(f[0]?.values).toEqual({ CINreferralDate: '31/05/2024', reason: 'not a date in the form YYYY-MM-DD' });
    });
  });
}
