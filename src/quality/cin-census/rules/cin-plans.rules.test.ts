import { describe, expect, it } from 'vitest';
import { child, cpp, episode, failing, plan } from '../testing.js';
import * as m4000 from './4000.js';
import * as m4001 from './4001.js';
import * as m4003 from './4003.js';
import * as m4004 from './4004.js';
import * as m4008 from './4008.js';
import * as m4009 from './4009.js';
import * as m4010 from './4010.js';
import * as m4011 from './4011.js';
import * as m4012Q from './4012Q.js';
import * as m4013 from './4013.js';
import * as m4014 from './4014.js';
import * as m4015 from './4015.js';
import * as m4016 from './4016.js';
import * as m4017 from './4017.js';

/** The rules over CINPlanDates: each rule's own cases (a failing and a passing one at least), one describe per rule. */
{
  const rule = m4000.rule;
  describe('4000: no CIN plan on a referral with no further action', () => {
    it('fails an NFA referral with a CIN plan, passes a plan after further action', async () => {
      expect(await failing(rule, [child('BAD', { episodes: [episode({ nfa: 'true', plans: [plan()] })] }), child('OK', { episodes: [episode({ plans: [plan()] })] })])).toEqual(['BAD']);
    });
  });
}

{
  const rule = m4001.rule;
  describe('4001: open CIN plan and open CP plan', () => {
    it('fails an episode with both open, passes an ended CP plan and an open CIN plan', async () => {
      expect(await failing(rule, [child('BAD', { episodes: [episode({ closure: null, closeReason: null, plans: [plan({ end: null })], cpps: [cpp()] })] }), child('OK', { episodes: [episode({ closure: null, closeReason: null, plans: [plan({ end: null })], cpps: [cpp({ end: '2024-06-10' })] })] })])).toEqual(['BAD']);
    });
  });
}

{
  const rule = m4003.rule;
  describe('4003: no CP review while a CIN plan is open', () => {
    it('fails a review during an open CIN plan, passes the review that ended the CP plan', async () => {
      const bad = child('BAD', { episodes: [episode({ closure: null, closeReason: null, plans: [plan({ start: '2024-06-01', end: null })], cpps: [cpp({ start: '2024-05-22', end: '2024-09-01', reviews: ['2024-08-20'] })] })] });
      const ok = child('OK', { episodes: [episode({ closure: null, closeReason: null, plans: [plan({ start: '2024-09-01', end: null })], cpps: [cpp({ start: '2024-05-22', end: '2024-09-01', reviews: ['2024-09-01'] })] })] });
      expect(await failing(rule, [bad, ok])).toEqual(['BAD']);
    });
  });
}

{
  const rule = m4004.rule;
  describe('4004: at most one open CIN plan', () => {
    it('fails two open plans, passes one open and one ended', async () => {
      expect(await failing(rule, [child('BAD', { episodes: [episode({ closure: null, closeReason: null, plans: [plan({ end: null }), plan({ end: null })] })] }), child('OK', { episodes: [episode({ closure: null, closeReason: null, plans: [plan(), plan({ start: '2024-07-01', end: null })] })] })])).toEqual(['BAD']);
    });
  });
}

{
  const rule = m4008.rule;
  describe('4008: CIN plan starting after death', () => {
    it('fails a plan start the day after death, passes one on the day', async () => {
      const withPlan = { episodes: [episode({ plans: [plan()] })] };
      expect(await failing(rule, [child('BAD', { ...withPlan, death: '2024-06-09' }), child('OK', { ...withPlan, death: '2024-06-10' })])).toEqual(['BAD']);
    });
  });
}

{
  const rule = m4009.rule;
  describe('4009: CIN plan ending after death', () => {
    it('fails a plan end the day after death, passes one on the day', async () => {
      const withPlan = { episodes: [episode({ plans: [plan()] })] };
      expect(await failing(rule, [child('BAD', { ...withPlan, death: '2024-06-29' }), child('OK', { ...withPlan, death: '2024-06-30' })])).toEqual(['BAD']);
    });
  });
}

{
  const rule = m4010.rule;
  describe('4010: CIN plan start present, not after the year', () => {
    it('fails a missing or later start, passes 31 March', async () => {
      expect(await failing(rule, [child('NONE', { episodes: [episode({ plans: [plan({ start: null })] })] }), child('LATE', { episodes: [episode({ plans: [plan({ start: '2025-04-01', end: null })] })] }), child('OK', { episodes: [episode({ plans: [plan({ start: '2025-03-31', end: null })] })] })])).toEqual(['NONE', 'LATE']);
    });
  });
}

{
  const rule = m4011.rule;
  describe('4011: CIN plan ends after it starts', () => {
    it('fails an end before the start, passes the same day', async () => {
      expect(await failing(rule, [child('BAD', { episodes: [episode({ plans: [plan({ start: '2024-06-10', end: '2024-06-09' })] })] }), child('OK', { episodes: [episode({ plans: [plan({ start: '2024-06-10', end: '2024-06-10' })] })] })])).toEqual(['BAD']);
    });
  });
}

{
  const rule = m4012Q.rule;
  describe('4012Q: CIN plan starts and ends the same day', () => {
    it('asks about a one-day plan, passes a two-day one', async () => {
      expect(await failing(rule, [child('BAD', { episodes: [episode({ plans: [plan({ start: '2024-06-10', end: '2024-06-10' })] })] }), child('OK', { episodes: [episode({ plans: [plan({ start: '2024-06-10', end: '2024-06-11' })] })] })])).toEqual(['BAD']);
    });
  });
}

{
  const rule = m4013.rule;
  describe('4013: CIN plan end in the year', () => {
    it('fails an end before 1 April, passes 1 April', async () => {
      expect(await failing(rule, [child('BAD', { episodes: [episode({ plans: [plan({ start: '2024-01-10', end: '2024-03-31' })] })] }), child('OK', { episodes: [episode({ plans: [plan({ start: '2024-01-10', end: '2024-04-01' })] })] })])).toEqual(['BAD']);
    });
  });
}

{
  const rule = m4014.rule;
  describe('4014: CIN plans do not overlap', () => {
    it('fails a plan starting on the day another ended, passes the day after', async () => {
      const p1 = plan({ start: '2024-06-10', end: '2024-06-30' });
      expect(await failing(rule, [child('BAD', { episodes: [episode({ plans: [p1, plan({ start: '2024-06-30', end: null })] })] }), child('OK', { episodes: [episode({ plans: [p1, plan({ start: '2024-07-01', end: null })] })] })])).toEqual(['BAD']);
    });
  });
}

{
  const rule = m4015.rule;
  describe('4015: CIN plan not before the referral', () => {
    it('fails a plan starting before the referral, passes the same day', async () => {
      expect(await failing(rule, [child('BAD', { episodes: [episode({ plans: [plan({ start: '2024-04-30' })] })] }), child('OK', { episodes: [episode({ plans: [plan({ start: '2024-05-01' })] })] })])).toEqual(['BAD']);
    });
  });
}

{
  const rule = m4016.rule;
  describe('4016: no CIN plan starting during a CP plan', () => {
    it('fails a CIN plan starting while a CP plan is open, passes one starting the day the CP plan ends', async () => {
      const cp = cpp({ start: '2024-05-22', end: '2024-09-01', reviews: ['2024-09-01'] });
      expect(await failing(rule, [child('BAD', { episodes: [episode({ closure: null, closeReason: null, cpps: [cp], plans: [plan({ start: '2024-08-31', end: null })] })] }), child('OK', { episodes: [episode({ closure: null, closeReason: null, cpps: [cp], plans: [plan({ start: '2024-09-01', end: null })] })] })])).toEqual(['BAD']);
    });
  });
}

{
  const rule = m4017.rule;
  describe('4017: no CP plan starting during a CIN plan', () => {
    it('fails a CP plan starting while a CIN plan is open, passes one starting the day the CIN plan ends', async () => {
      const cin = plan({ start: '2024-06-10', end: '2024-08-01' });
      expect(await failing(rule, [child('BAD', { episodes: [episode({ closure: null, closeReason: null, plans: [cin], cpps: [cpp({ start: '2024-07-31' })] })] }), child('OK', { episodes: [episode({ closure: null, closeReason: null, plans: [cin], cpps: [cpp({ start: '2024-08-01' })] })] })])).toEqual(['BAD']);
    });
  });
}
