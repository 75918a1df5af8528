import { describe, expect, it } from 'vitest';
import { parseConfig } from '../config/config.js';
import { CORE_MEASURES } from '../measures/catalogue/index.js';
import { ragOf, targetsAt, validateTargets } from './targets.js';

describe('RAG against minimum and upper targets', () => {
  it('follows polarity', () => {
    const t = { minimum: 85, upper: 90 };
    expect(ragOf(91.3, 'higher', t)).toBe('green');
    expect(ragOf(90, 'higher', t)).toBe('green');
    expect(ragOf(87.7, 'higher', t)).toBe('amber');
    expect(ragOf(85, 'higher', t)).toBe('amber');
    expect(ragOf(84.9999, 'higher', t)).toBe('red');
    const low = { minimum: 25, upper: 20 };
    expect(ragOf(19, 'lower', low)).toBe('green');
    expect(ragOf(20, 'lower', low)).toBe('green');
    expect(ragOf(25, 'lower', low)).toBe('amber');
    expect(ragOf(25.1, 'lower', low)).toBe('red');
  });

  it('handles one target, no value and no direction', () => {
    expect(ragOf(80, 'higher', { minimum: 85, upper: null })).toBe('red');
    expect(ragOf(86, 'higher', { minimum: 85, upper: null })).toBe('green');
    expect(ragOf(86, 'higher', { minimum: null, upper: 90 })).toBe('amber');
    expect(ragOf(null, 'higher', { minimum: 85, upper: 90 })).toBeNull();
    expect(ragOf(50, 'context', { minimum: 85, upper: 90 })).toBeNull();
    expect(ragOf(50, 'higher', { minimum: null, upper: null })).toBeNull();
  });

  it('picks the targets of the financial year', () => {
    const c = parseConfig('targets:\n  assessments_45wd:\n    - { minimum: 80, upper: 90 }\n    - { from: 2025/26, minimum: 85, upper: 92 }\n', 'c.yaml');
    expect(targetsAt(c, 'assessments_45wd', '2025-03-31')).toEqual({ minimum: 80, upper: 90 });
    expect(targetsAt(c, 'assessments_45wd', '2025-04-01')).toEqual({ minimum: 85, upper: 92 });
    expect(targetsAt(c, 'icpc_15wd', '2025-04-01')).toEqual({ minimum: null, upper: null });
  });

  it('refuses targets that cannot be right, naming the file and the measure', () => {
    const bad = parseConfig(
      'targets:\n  assessments_45wd: { minimum: 95, upper: 90 }\n  rereferrals_12m: { minimum: 15, upper: 20 }\n  contacts_month: { minimum: 1 }\n  assesments_45wd: { minimum: 1 }\n',
      'targets.yaml',
    );
    expect(() => validateTargets(bad, CORE_MEASURES, 'targets.yaml')).toThrow(
      /targets\.yaml: targets\.assessments_45wd \(any year\): higher is better.*targets\.rereferrals_12m .*lower is better.*targets\.contacts_month: "Contacts in the month" has no good direction.*targets\.assesments_45wd: no measure has this id/,
    );
  });
});
