import { describe, expect, it } from 'vitest';
import { child, episode, failing, s47 } from '../testing.js';
import * as m1104 from './1104.js';
import * as m2884 from './2884.js';
import * as m2889 from './2889.js';
import * as m8615 from './8615.js';
import * as m8675Q from './8675Q.js';
import * as m8715 from './8715.js';
import * as m8740 from './8740.js';
import * as m8839 from './8839.js';
import * as m8870Q from './8870Q.js';
import * as m8875 from './8875.js';
import * as m8890 from './8890.js';

/** The rules over Section47: each rule's own cases (a failing and a passing one at least), one describe per rule. */
{
  const rule = m1104.rule;
  describe('1104: conference not before the referral', () => {
    it('fails a conference before the referral, passes the same day', async () => {
      expect(await failing(rule, [child('BAD', { episodes: [episode({ s47s: [s47({ start: '2024-04-29', icpc: '2024-04-30' })] })] }), child('OK', { episodes: [episode({ s47s: [s47({ start: '2024-05-01', icpc: '2024-05-01' })] })] })])).toEqual(['BAD']);
    });
  });
}

{
  const rule = m2884.rule;
  describe('2884: a conference recorded on both the s47 and the CINdetails', () => {
    it('fails the same date on both, passes different ones', async () => {
      expect(await failing(rule, [child('BAD', { episodes: [episode({ icpc: '2024-05-22', s47s: [s47()] })] }), child('OK', { episodes: [episode({ icpc: '2024-05-10', s47s: [s47()] })] })])).toEqual(['BAD']);
    });
  });
}

{
  const rule = m2889.rule;
  describe('2889: s47 not before the referral', () => {
    it('fails an s47 starting the day before the referral, passes the same day', async () => {
      expect(await failing(rule, [child('BAD', { episodes: [episode({ s47s: [s47({ start: '2024-04-30' })] })] }), child('OK', { episodes: [episode({ s47s: [s47({ start: '2024-05-01' })] })] })])).toEqual(['BAD']);
    });
  });
}

{
  const rule = m8615.rule;
  describe('8615: s47 start before its conference', () => {
    it('fails a start after the conference or none, passes the same day', async () => {
      expect(await failing(rule, [child('LATE', { episodes: [episode({ s47s: [s47({ start: '2024-05-23' })] })] }), child('NONE', { episodes: [episode({ s47s: [s47({ start: null })] })] }), child('OK', { episodes: [episode({ s47s: [s47({ start: '2024-05-22' })] })] })])).toEqual(['LATE', 'NONE']);
    });
  });
}

{
  const rule = m8675Q.rule;
  describe('8675Q: s47 beyond 15 working days without a conference', () => {
    it('asks about one started before the 15th working day back from 31 March, not one started on it', async () => {
      // Monday 31 March 2025 is day 1; day 15 is Tuesday 11 March 2025.
      const waiting = (start: string) => episode({ referral: '2025-02-01', closure: null, closeReason: null, s47s: [s47({ start, icpc: null, notRequired: 'false' })] });
      expect(await failing(rule, [child('BAD', { episodes: [waiting('2025-03-10')] }), child('OK', { episodes: [waiting('2025-03-11')] }), child('NR', { episodes: [episode({ referral: '2025-02-01', closure: null, closeReason: null, s47s: [s47({ start: '2025-03-01', icpc: null, notRequired: 'true' })] })] })])).toEqual(['BAD']);
    });
  });
}

{
  const rule = m8715.rule;
  describe('8715: conference in the census year', () => {
    it('fails a conference after 31 March, passes one on it', async () => {
      expect(await failing(rule, [child('BAD', { episodes: [episode({ closure: null, closeReason: null, s47s: [s47({ icpc: '2025-04-01' })] })] }), child('OK', { episodes: [episode({ closure: null, closeReason: null, s47s: [s47({ icpc: '2025-03-31' })] })] })])).toEqual(['BAD']);
    });
  });
}

{
  const rule = m8740.rule;
  describe('8740: an s47 still waiting started in the year', () => {
    it('fails one waiting since before 1 April, passes one started on 1 April', async () => {
      const waiting = (start: string) => episode({ referral: '2024-03-01', closure: null, closeReason: null, s47s: [s47({ start, icpc: null, notRequired: '0' })] });
      expect(await failing(rule, [child('BAD', { episodes: [waiting('2024-03-31')] }), child('OK', { episodes: [waiting('2024-04-01')] })])).toEqual(['BAD']);
    });
  });
}

{
  const rule = m8839.rule;
  describe('8839: at most one s47 waiting for a conference', () => {
    it('fails two waiting s47s, passes one waiting beside one not required', async () => {
      const waiting = () => s47({ icpc: null, notRequired: 'false' });
      expect(await failing(rule, [child('BAD', { episodes: [episode({ closure: null, closeReason: null, s47s: [waiting(), waiting()] })] }), child('OK', { episodes: [episode({ closure: null, closeReason: null, s47s: [waiting(), s47({ icpc: null, notRequired: '1' })] })] })])).toEqual(['BAD']);
    });
  });
}

{
  const rule = m8870Q.rule;
  describe('8870Q: conference target date not at a weekend', () => {
    it('asks about a Sunday target, passes a Monday', async () => {
      expect(await failing(rule, [child('BAD', { episodes: [episode({ s47s: [s47({ target: '2024-05-26' })] })] }), child('OK', { episodes: [episode({ s47s: [s47({ target: '2024-05-27' })] })] })])).toEqual(['BAD']);
    });
  });
}

{
  const rule = m8875.rule;
  describe('8875: conference not at a weekend', () => {
    it('fails a Saturday conference, passes a Friday', async () => {
      expect(await failing(rule, [child('BAD', { episodes: [episode({ s47s: [s47({ icpc: '2024-05-25' })] })] }), child('OK', { episodes: [episode({ s47s: [s47({ icpc: '2024-05-24' })] })] })])).toEqual(['BAD']);
    });
  });
}

{
  const rule = m8890.rule;
  describe('8890: s47 enquiries do not overlap', () => {
    it('fails an s47 starting before the other’s conference, passes one starting after it', async () => {
      const first = s47({ start: '2024-05-02', icpc: '2024-05-22' });
      expect(await failing(rule, [child('BAD', { episodes: [episode({ s47s: [first, s47({ start: '2024-05-22', icpc: '2024-06-05' })] })] }), child('OK', { episodes: [episode({ s47s: [first, s47({ start: '2024-05-23', icpc: '2024-06-05' })] })] })])).toEqual(['BAD']);
    });
  });
}
