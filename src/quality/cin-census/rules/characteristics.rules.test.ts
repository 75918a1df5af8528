import { describe, expect, it } from 'vitest';
import { child, failing, findings } from '../testing.js';
import * as m4220 from './4220.js';
import * as m8540 from './8540.js';
import * as m8790 from './8790.js';
import * as m8794 from './8794.js';
import * as m2887Q from './2887Q.js';
import * as m2888Q from './2888Q.js';

/** The rules over ChildCharacteristics and Disabilities: each rule's own cases (a failing and a passing one at least), one describe per rule. */
{
  const rule = m4220.rule;
  describe('4220: ethnicity code', () => {
    it('fails a missing or unknown code, passes WBRI', async () => {
      expect(await failing(rule, [child('BLANK', { ethnicity: null }), child('BAD', { ethnicity: 'White' }), child('OK')])).toEqual(['BLANK', 'BAD']);
    });
  });
}

{
  const rule = m8540.rule;
  describe('8540: disability code', () => {
    it('fails an unknown or empty code, passes NONE and MOB', async () => {
      expect(await failing(rule, [child('BAD', { disabilities: ['BLIND', ''] }), child('OK', { disabilities: ['MOB', 'HEAR'] }), child('NONE')])).toEqual(['BAD', 'BAD']);
    });
  });
}

{
  const rule = m8790.rule;
  describe('8790: NONE alongside a disability', () => {
    it('fails NONE with MOB, passes MOB with HEAR', async () => {
      expect(await failing(rule, [child('BAD', { disabilities: ['NONE', 'MOB'] }), child('OK', { disabilities: ['MOB', 'HEAR'] })])).toEqual(['BAD']);
    });
  });
}

{
  const rule = m8794.rule;
  describe('8794: a disability code twice', () => {
    it('fails a repeated code once, passes distinct codes', async () => {
      expect(await failing(rule, [child('BAD', { disabilities: ['MOB', 'MOB', 'MOB'] }), child('OK', { disabilities: ['MOB', 'HEAR'] })])).toEqual(['BAD']);
    });
  });
}

{
  const rule = m2887Q.rule;
  describe('2887Q: fewer than 8 disability codes in the return', () => {
    it('asks when 7 codes are used (NONE aside), not when 8 are', async () => {
      const seven = ['MOB', 'HAND', 'PC', 'INC', 'COMM', 'LD', 'HEAR'].map((d, i) => child(`D${i}`, { disabilities: [d] }));
      expect(await findings(rule, [...seven, child('N')])).toHaveLength(1);
      expect(await findings(rule, [...seven, child('V', { disabilities: ['VIS'] })])).toEqual([]);
    });
  });
}

{
  const rule = m2888Q.rule;
  describe('2888Q: every disabled child has one code', () => {
    it('asks when no disabled child has two codes, not when one has', async () => {
      expect(await findings(rule, [child('A', { disabilities: ['MOB'] }), child('B', { disabilities: ['HEAR'] }), child('N')])).toHaveLength(1);
      expect(await findings(rule, [child('A', { disabilities: ['MOB', 'LD'] }), child('B', { disabilities: ['HEAR'] })])).toEqual([]);
      expect(await findings(rule, [child('N')])).toEqual([]);
    });
  });
}
