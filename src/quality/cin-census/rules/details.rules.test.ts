import { describe, expect, it } from 'vitest';
import { assessment, child, episode, failing, findings, plan, s47 } from '../testing.js';
import * as m8555 from './8555.js';
import * as m8565 from './8565.js';
import * as m8568 from './8568.js';
import * as m8569 from './8569.js';
import * as m8585Q from './8585Q.js';
import * as m8590 from './8590.js';
import * as m8600 from './8600.js';
import * as m8606 from './8606.js';
import * as m8610 from './8610.js';
import * as m8620 from './8620.js';
import * as m8630 from './8630.js';
import * as m8640 from './8640.js';
import * as m8650 from './8650.js';
import * as m8805 from './8805.js';
import * as m8810 from './8810.js';
import * as m8815 from './8815.js';
import * as m8816 from './8816.js';
import * as m8820 from './8820.js';
import * as m8825Q from './8825Q.js';
import * as m8831 from './8831.js';
import * as m8866 from './8866.js';
import * as m8867 from './8867.js';
import * as m8868 from './8868.js';
import * as m2990 from './2990.js';
import * as m2991Q from './2991Q.js';

/** The rules over CINdetails: each rule's own cases (a failing and a passing one at least), one describe per rule. */
{
  const rule = m8555.rule;
  describe('8555: referral not after death', () => {
    it('fails a referral the day after death, passes one on the day', async () => {
      expect(await failing(rule, [child('BAD', { death: '2024-04-30' }), child('OK', { death: '2024-05-01' })])).toEqual(['BAD']);
    });
  });
}

{
  const rule = m8565.rule;
  describe('8565: nothing after the episode closed', () => {
    it('fails an assessment authorised after closure (one finding per episode), passes activity on the closure day', async () => {
      const late = episode({ closure: '2024-06-09', assessments: [assessment({ auth: '2024-06-10' })], plans: [plan({ start: '2024-06-10', end: '2024-06-20' })] });
      const onDay = episode({ closure: '2024-06-10', assessments: [assessment({ auth: '2024-06-10' })] });
      const f = await findings(rule, [child('BAD', { episodes: [late] }), child('OK', { episodes: [onDay] })]);
      expect(f.map((x) => x.child)).toEqual(['BAD']);
      expect(f[0]?.values).toEqual({ CINclosureDate: '2024-06-09', AssessmentAuthorisationDate: '2024-06-10', CINPlanStartDate: '2024-06-10', CINPlanEndDate: '2024-06-20' });
    });
  });
}

{
  const rule = m8568.rule;
  describe('8568: ReferralNFA flag', () => {
    it('fails a missing or unknown flag, passes true, false, 1 and 0', async () => {
      const rows = ['maybe', null, 'true', 'false', '1', '0'].map((nfa, i) => child(`C${i}`, { episodes: [episode({ nfa })] }));
      expect(await failing(rule, rows)).toEqual(['C0', 'C1']);
    });
  });
}

{
  const rule = m8569.rule;
  describe('8569: no NFA for a referral before the year', () => {
    it('fails an NFA referral before the working day preceding 1 April, passes one on it', async () => {
      // 1 April 2024 is a Monday: the working day before is Thursday 28 March (29 March was Good Friday).
      const nfa = (referral: string) => [episode({ referral, nfa: 'true', assessments: [], closure: referral })];
      expect(await failing(rule, [child('BAD', { episodes: nfa('2024-03-27') }), child('OK', { episodes: nfa('2024-03-28') })])).toEqual(['BAD']);
    });
  });
}

{
  const rule = m8585Q.rule;
  describe('8585Q: died, but no date of death', () => {
    it('asks about RC2 with no death date, passes RC2 with one', async () => {
      const died = [episode({ closeReason: 'RC2' })];
      expect(await failing(rule, [child('BAD', { episodes: died }), child('OK', { episodes: died, death: '2024-07-01' })])).toEqual(['BAD']);
    });
  });
}

{
  const rule = m8590.rule;
  describe('8590: every child has an episode', () => {
    it('fails a child with no CINdetails, passes one with', async () => {
      expect(await failing(rule, [child('BAD', { episodes: [] }), child('OK')])).toEqual(['BAD']);
    });
  });
}

{
  const rule = m8600.rule;
  describe('8600: referral date present, not after the year', () => {
    it('fails a missing or later referral date, passes 31 March', async () => {
      const rows = [child('NONE', { episodes: [episode({ referral: null })] }), child('LATE', { episodes: [episode({ referral: '2025-04-01' })] }), child('OK', { episodes: [episode({ referral: '2025-03-31' })] })];
      expect(await failing(rule, rows)).toEqual(['NONE', 'LATE']);
    });
  });
}

{
  const rule = m8606.rule;
  describe('8606: referral not more than 40 weeks before birth', () => {
    it('fails 281 days before birth, passes 280', async () => {
      const unborn = (referral: string) => ({ birth: null, expectedBirth: '2025-05-01', episodes: [episode({ referral, closure: null, closeReason: null })] });
      expect(await failing(rule, [child('BAD', unborn('2024-07-24')), child('OK', unborn('2024-07-25'))])).toEqual(['BAD']);
    });
  });
}

{
  const rule = m8610.rule;
  describe('8610: primary need for a referral with further action', () => {
    it('fails no need code when NFA is false, passes NFA referrals without one', async () => {
      const rows = [child('BAD', { episodes: [episode({ need: null })] }), child('OK', { episodes: [episode({ need: null, nfa: 'true', assessments: [] })] })];
      expect(await failing(rule, rows)).toEqual(['BAD']);
    });
  });
}

{
  const rule = m8620.rule;
  describe('8620: closure within the census year', () => {
    it('fails a closure after 31 March, passes one on 1 April', async () => {
      const rows = [child('BAD', { episodes: [episode({ closure: '2025-04-01' })] }), child('OK', { episodes: [episode({ referral: '2024-04-01', assessments: [], closure: '2024-04-01' })] })];
      expect(await failing(rule, rows)).toEqual(['BAD']);
    });
  });
}

{
  const rule = m8630.rule;
  describe('8630: closure not before referral', () => {
    it('fails a closure the day before the referral, passes the same day', async () => {
      const rows = [child('BAD', { episodes: [episode({ closure: '2024-04-30' })] }), child('OK', { episodes: [episode({ closure: '2024-05-01', assessments: [] })] })];
      expect(await failing(rule, rows)).toEqual(['BAD']);
    });
  });
}

{
  const rule = m8640.rule;
  describe('8640: reason for closure code', () => {
    it('fails RC10, passes RC9', async () => {
      expect(await failing(rule, [child('BAD', { episodes: [episode({ closeReason: 'RC10' })] }), child('OK', { episodes: [episode({ closeReason: 'RC9' })] })])).toEqual(['BAD']);
    });
  });
}

{
  const rule = m8650.rule;
  describe('8650: primary need code', () => {
    it('fails N10, passes N0', async () => {
      expect(await failing(rule, [child('BAD', { episodes: [episode({ need: 'N10' })] }), child('OK', { episodes: [episode({ need: 'N0' })] })])).toEqual(['BAD']);
    });
  });
}

{
  const rule = m8805.rule;
  describe('8805: a closure date needs a reason', () => {
    it('fails a closure date without a reason, passes one with', async () => {
      expect(await failing(rule, [child('BAD', { episodes: [episode({ closeReason: null })] }), child('OK')])).toEqual(['BAD']);
    });
  });
}

{
  const rule = m8810.rule;
  describe('8810: a reason needs a closure date', () => {
    it('fails a reason without a closure date, passes an open episode without either', async () => {
      expect(await failing(rule, [child('BAD', { episodes: [episode({ closure: null })] }), child('OK', { episodes: [episode({ closure: null, closeReason: null })] })])).toEqual(['BAD']);
    });
  });
}

{
  const rule = m8815.rule;
  describe('8815: one open episode that went further', () => {
    it('fails two open episodes with further action (each), passes an open one beside an open NFA referral', async () => {
      const open = (referral: string, nfa = 'false') => episode({ referral, closure: null, closeReason: null, nfa, assessments: nfa === 'true' ? [] : [assessment({ start: referral })] });
      expect(await failing(rule, [child('BAD', { episodes: [open('2024-05-01'), open('2024-09-01')] }), child('OK', { episodes: [open('2024-05-01', 'true'), open('2024-09-01')] })])).toEqual(['BAD', 'BAD']);
    });
  });
}

{
  const rule = m8816.rule;
  describe('8816: the open episode is the latest', () => {
    it('fails an open episode referred before a later one, passes an open latest one', async () => {
      const earlierOpen = [episode({ referral: '2024-05-01', closure: null, closeReason: null }), episode({ referral: '2024-09-01', nfa: 'true', assessments: [], closure: '2024-09-01' })];
      const latestOpen = [episode({ referral: '2024-05-01' }), episode({ referral: '2024-09-01', closure: null, closeReason: null, assessments: [assessment({ start: '2024-09-01', auth: null, factors: [] })] })];
      expect(await failing(rule, [child('BAD', { episodes: earlierOpen }), child('OK', { episodes: latestOpen })])).toEqual(['BAD']);
    });
  });
}

{
  const rule = m8820.rule;
  describe('8820: episodes do not overlap', () => {
    it('fails a referral before the other closed, passes one on the closure day', async () => {
      const first = episode({ referral: '2024-05-01', closure: '2024-07-01' });
      const overlap = episode({ referral: '2024-06-30', closure: null, closeReason: null });
      const next = episode({ referral: '2024-07-01', closure: null, closeReason: null });
      expect(await failing(rule, [child('BAD', { episodes: [first, overlap] }), child('OK', { episodes: [first, next] })])).toEqual(['BAD']);
    });
    it('an open episode that went further overlaps anything later; an open NFA referral does not', async () => {
      const openFurther = episode({ referral: '2024-05-01', closure: null, closeReason: null });
      const openNfa = episode({ referral: '2024-05-01', closure: null, closeReason: null, nfa: 'true', assessments: [] });
      const later = episode({ referral: '2024-08-01', closure: '2024-09-01' });
      expect(await failing(rule, [child('BAD', { episodes: [openFurther, later] }), child('OK', { episodes: [openNfa, later] })])).toEqual(['BAD']);
    });
  });
}

{
  const rule = m8825Q.rule;
  describe('8825Q: RC8 or RC9 needs an assessment', () => {
    it('asks about RC8 with no assessment, passes RC8 with one', async () => {
      expect(await failing(rule, [child('BAD', { episodes: [episode({ closeReason: 'RC8', assessments: [] })] }), child('OK', { episodes: [episode({ closeReason: 'RC8' })] })])).toEqual(['BAD']);
    });
  });
}

{
  const rule = m8831.rule;
  describe('8831: nothing on a referral with no further action', () => {
    it('fails an NFA referral with an assessment, passes one with none', async () => {
      const rows = [child('BAD', { episodes: [episode({ nfa: 'true' })] }), child('OK', { episodes: [episode({ nfa: 'true', assessments: [] })] }), child('ICPC', { episodes: [episode({ nfa: '1', assessments: [], icpc: '2024-05-03' })] })];
      expect(await failing(rule, rows)).toEqual(['BAD', 'ICPC']);
    });
  });
}

{
  const rule = m8866.rule;
  describe('8866: referral source code', () => {
    it('fails a missing or unknown source, passes 5D and 10', async () => {
      const rows = [null, 'X', '5D', '10'].map((source, i) => child(`C${i}`, { episodes: [episode({ source })] }));
      expect(await failing(rule, rows)).toEqual(['C0', 'C1']);
    });
  });
}

{
  const rule = m8867.rule;
  describe('8867: a closed episode’s assessments are completed', () => {
    it('fails a closed episode with an open assessment, passes an open episode with one', async () => {
      const open = assessment({ auth: null, factors: [] });
      expect(await failing(rule, [child('BAD', { episodes: [episode({ assessments: [open] })] }), child('OK', { episodes: [episode({ closure: null, closeReason: null, assessments: [open] })] })])).toEqual(['BAD']);
    });
  });
}

{
  const rule = m8868.rule;
  describe('8868: a closed episode’s s47 enquiries are completed', () => {
    it('fails a closed episode with an s47 waiting for its conference, passes one not required', async () => {
      const waiting = s47({ icpc: null, notRequired: 'false' });
      const notNeeded = s47({ icpc: null, notRequired: 'true' });
      expect(await failing(rule, [child('BAD', { episodes: [episode({ s47s: [waiting] })] }), child('OK', { episodes: [episode({ s47s: [notNeeded] })] })])).toEqual(['BAD']);
    });
  });
}

{
  const rule = m2990.rule;
  describe('2990: nothing on an episode closed as RC8', () => {
    it('fails RC8 with a CIN plan, passes RC7 with one', async () => {
      expect(await failing(rule, [child('BAD', { episodes: [episode({ closeReason: 'RC8', plans: [plan()] })] }), child('OK', { episodes: [episode({ plans: [plan()] })] })])).toEqual(['BAD']);
    });
  });
}

{
  const rule = m2991Q.rule;
  describe('2991Q: an s47 without an assessment', () => {
    it('asks about an episode with an s47 and no assessment, passes one with both', async () => {
      expect(await failing(rule, [child('BAD', { episodes: [episode({ s47s: [s47()], assessments: [] })] }), child('OK', { episodes: [episode({ s47s: [s47()] })] })])).toEqual(['BAD']);
    });
  });
}
