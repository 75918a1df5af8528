import { describe, expect, it } from 'vitest';
import { assessment, child, episode, failing } from '../testing.js';
import * as m1103 from './1103.js';
import * as m8608 from './8608.js';
import * as m8614 from './8614.js';
import * as m8617 from './8617.js';
import * as m8670Q from './8670Q.js';
import * as m8696 from './8696.js';
import * as m8736 from './8736.js';
import * as m8863 from './8863.js';
import * as m8869 from './8869.js';
import * as m8873 from './8873.js';
import * as m8896 from './8896.js';
import * as m8897 from './8897.js';
import * as m8898 from './8898.js';
import * as m8899Q from './8899Q.js';
import * as m8945Q from './8945Q.js';
import * as m8950Q from './8950Q.js';

/** The rules over Assessments: each rule's own cases (a failing and a passing one at least), one describe per rule. */
{
  const rule = m1103.rule;
  describe('1103: assessment not before the referral', () => {
    it('fails an assessment starting the day before the referral, passes the same day', async () => {
      expect(await failing(rule, [child('BAD', { episodes: [episode({ assessments: [assessment({ start: '2024-04-30' })] })] }), child('OK', { episodes: [episode({ assessments: [assessment({ start: '2024-05-01' })] })] })])).toEqual(['BAD']);
    });
  });
}

{
  const rule = m8608.rule;
  describe('8608: assessment not authorised before it started', () => {
    it('fails authorisation the day before the start, passes the same day', async () => {
      expect(await failing(rule, [child('BAD', { episodes: [episode({ assessments: [assessment({ start: '2024-06-10', auth: '2024-06-09' })] })] }), child('OK', { episodes: [episode({ assessments: [assessment({ start: '2024-06-10', auth: '2024-06-10' })] })] })])).toEqual(['BAD']);
    });
  });
}

{
  const rule = m8614.rule;
  describe('8614: factors only on a completed assessment', () => {
    it('fails factors on an assessment not authorised, passes none', async () => {
      expect(await failing(rule, [child('BAD', { episodes: [episode({ closure: null, closeReason: null, assessments: [assessment({ auth: null, factors: ['3A'] })] })] }), child('OK', { episodes: [episode({ closure: null, closeReason: null, assessments: [assessment({ auth: null, factors: [] })] })] })])).toEqual(['BAD']);
    });
  });
}

{
  const rule = m8617.rule;
  describe('8617: factor 8A', () => {
    it('fails 8A, passes 8B', async () => {
      expect(await failing(rule, [child('BAD', { episodes: [episode({ assessments: [assessment({ factors: ['8A'] })] })] }), child('OK', { episodes: [episode({ assessments: [assessment({ factors: ['8B'] })] })] })])).toEqual(['BAD']);
    });
  });
}

{
  const rule = m8670Q.rule;
  describe('8670Q: open assessment beyond 45 working days', () => {
    it('asks about an open assessment started before the 45th working day back from 31 March, not one started on it', async () => {
      // Back from Monday 31 March 2025 (day 1) over 45 working days, skipping no bank holiday: Tuesday 28 January 2025 is day 45.
      const open = (start: string) => episode({ referral: '2025-01-01', closure: null, closeReason: null, assessments: [assessment({ start, auth: null, factors: [] })] });
      expect(await failing(rule, [child('BAD', { episodes: [open('2025-01-27')] }), child('OK', { episodes: [open('2025-01-28')] })])).toEqual(['BAD']);
    });
  });
}

{
  const rule = m8696.rule;
  describe('8696: authorisation within the census year', () => {
    it('fails an authorisation after 31 March, passes one on it', async () => {
      expect(await failing(rule, [child('BAD', { episodes: [episode({ closure: null, closeReason: null, assessments: [assessment({ auth: '2025-04-01' })] })] }), child('OK', { episodes: [episode({ closure: null, closeReason: null, assessments: [assessment({ auth: '2025-03-31' })] })] })])).toEqual(['BAD']);
    });
  });
}

{
  const rule = m8736.rule;
  describe('8736: an open assessment starts in the year', () => {
    it('fails an open assessment started before 1 April, passes one started on it', async () => {
      const open = (start: string) => episode({ referral: '2024-03-01', closure: null, closeReason: null, assessments: [assessment({ start, auth: null, factors: [] })] });
      expect(await failing(rule, [child('BAD', { episodes: [open('2024-03-31')] }), child('OK', { episodes: [open('2024-04-01')] })])).toEqual(['BAD']);
    });
  });
}

{
  const rule = m8863.rule;
  describe('8863: assessments do not overlap', () => {
    it('fails an assessment starting while another is open, passes one starting the day after the other was authorised', async () => {
      const a1 = assessment({ start: '2024-05-02', auth: '2024-06-10' });
      expect(await failing(rule, [child('BAD', { episodes: [episode({ assessments: [a1, assessment({ start: '2024-06-10', auth: '2024-06-20' })] })] }), child('OK', { episodes: [episode({ assessments: [a1, assessment({ start: '2024-06-11', auth: '2024-06-20' })] })] })])).toEqual(['BAD']);
    });
  });
}

{
  const rule = m8869.rule;
  describe('8869: factor 21 alone', () => {
    it('fails 21 with 3A, passes 21 alone', async () => {
      expect(await failing(rule, [child('BAD', { episodes: [episode({ assessments: [assessment({ factors: ['21', '3A'] })] })] }), child('OK', { episodes: [episode({ closeReason: 'RC8', assessments: [assessment({ factors: ['21'] })] })] })])).toEqual(['BAD']);
    });
  });
}

{
  const rule = m8873.rule;
  describe('8873: only assessment with factor 21 closes as RC8', () => {
    it('fails RC7 after a single completed assessment with 21, passes RC8', async () => {
      expect(await failing(rule, [child('BAD', { episodes: [episode({ assessments: [assessment({ factors: ['21'] })] })] }), child('OK', { episodes: [episode({ closeReason: 'RC8', assessments: [assessment({ factors: ['21'] })] })] })])).toEqual(['BAD']);
    });
  });
}

{
  const rule = m8896.rule;
  describe('8896: at most one open assessment in an episode', () => {
    it('fails two open assessments, passes one', async () => {
      const open = () => assessment({ auth: null, factors: [] });
      expect(await failing(rule, [child('BAD', { episodes: [episode({ closure: null, closeReason: null, assessments: [open(), open()] })] }), child('OK', { episodes: [episode({ closure: null, closeReason: null, assessments: [assessment(), open()] })] })])).toEqual(['BAD']);
    });
  });
}

{
  const rule = m8897.rule;
  describe('8897: factors on a completed assessment', () => {
    it('fails an assessment completed in the year with no factor or an invalid one, passes one completed before the year', async () => {
      const rows = [
        child('NONE', { episodes: [episode({ assessments: [assessment({ factors: [] })] })] }),
        child('BADCODE', { episodes: [episode({ assessments: [assessment({ factors: ['25A'] })] })] }),
        child('OK', { episodes: [episode({ assessments: [assessment()] })] }),
        child('BEFORE', { episodes: [episode({ referral: '2024-02-01', assessments: [assessment({ start: '2024-02-01', auth: '2024-03-31', factors: [] })] })] }),
      ];
      expect(await failing(rule, rows)).toEqual(['NONE', 'BADCODE']);
    });
  });
}

{
  const rule = m8898.rule;
  describe('8898: a factor twice', () => {
    it('fails 3A twice, passes 3A and 3B', async () => {
      expect(await failing(rule, [child('BAD', { episodes: [episode({ assessments: [assessment({ factors: ['3A', '3A'] })] })] }), child('OK', { episodes: [episode({ assessments: [assessment({ factors: ['3A', '3B'] })] })] })])).toEqual(['BAD']);
    });
  });
}

{
  const rule = m8899Q.rule;
  describe('8899Q: a disabled child’s assessment has a disability factor', () => {
    it('asks about a disabled child assessed without 5A or 6A, passes one with 6A', async () => {
      expect(await failing(rule, [child('BAD', { disabilities: ['MOB'] }), child('OK', { disabilities: ['MOB'], episodes: [episode({ assessments: [assessment({ factors: ['6A'] })] })] }), child('NONE')])).toEqual(['BAD']);
    });
  });
}

{
  const rule = m8945Q.rule;
  describe('8945Q: factor 18A', () => {
    it('asks about 18A, passes 18B', async () => {
      expect(await failing(rule, [child('BAD', { episodes: [episode({ assessments: [assessment({ factors: ['18A'] })] })] }), child('OK', { episodes: [episode({ assessments: [assessment({ factors: ['18B'] })] })] })])).toEqual(['BAD']);
    });
  });
}

{
  const rule = m8950Q.rule;
  describe('8950Q: factor 19A', () => {
    it('asks about 19A, passes 19C', async () => {
      expect(await failing(rule, [child('BAD', { episodes: [episode({ assessments: [assessment({ factors: ['19A'] })] })] }), child('OK', { episodes: [episode({ assessments: [assessment({ factors: ['19C'] })] })] })])).toEqual(['BAD']);
    });
  });
}
