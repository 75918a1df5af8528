import { describe, expect, it } from 'vitest';
import { parseCode } from './codes.js';

describe('code parsing', () => {
  it('reads yes/no in every form the contract lists', () => {
    for (const v of ['a) Yes', 'Yes', 'Y', 'y', 'YES', ' a)  yes ']) expect(parseCode('yesNo', v)).toBe('Yes');
    for (const v of ['b) No', 'no', 'N']) expect(parseCode('yesNo', v)).toBe('No');
    expect(parseCode('yesNo', 'c) Unknown')).toBe('Unknown');
    expect(parseCode('yesNo', 'nope')).toBeNull();
    expect(parseCode('yesNo', '')).toBeNull();
  });

  it('reads a code with its label, with or without the letter prefix', () => {
    expect(parseCode('source', 'q) 6: Police')).toBe('6');
    expect(parseCode('source', '6')).toBe('6');
    expect(parseCode('source', 'Police')).toBeNull(); // a label without its code
    expect(parseCode('activity', 'Full time in higher education')).toBeNull();
    expect(parseCode('inTouch', 'in touch')).toBeNull();
    expect(parseCode('placementType', 'f) U6: Foster placement - not FFA')).toBe('U6');
    expect(parseCode('placementType', 'u6')).toBe('U6');
    expect(parseCode('activity', 'F1: Full time in higher education')).toBe('F1');
    expect(parseCode('activity', 'f1')).toBe('F1');
    expect(parseCode('ethnicity', 'a) WBRI')).toBe('WBRI');
    expect(parseCode('ethnicity', 'White British')).toBeNull();
    expect(parseCode('ethnicity', 'WBRI - White British')).toBe('WBRI');
    expect(parseCode('gender', 'b) Female')).toBe('Female');
    expect(parseCode('suitability', 'a) Suitable')).toBe('Suitable');
    expect(parseCode('suitability', 'b) Unsuitable')).toBe('Unsuitable');
    expect(parseCode('reasonCeased', 'e) E4A')).toBe('E4A');
    expect(parseCode('legalStatus', 'C2 - Full care order')).toBe('C2');
  });

  it('does not take a code from inside a word', () => {
    expect(parseCode('activity', 'Full time')).toBeNull();
    expect(parseCode('primaryNeed', 'N12')).toBeNull();
  });
});
