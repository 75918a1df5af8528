import type { Measure } from '../measure.js';
import { coreMeasure } from './extended-sql.js';
import { WORKFORCE_MEASURES } from './workforce.js';

/** Workforce from Annex A beyond the core (KPI W05): unallocated children as a share of open children. */

export const unallocatedOpenPercent: Measure = {
  ...coreMeasure(WORKFORCE_MEASURES, 'unallocated_open'),
  id: 'unallocated_open_percent',
  title: 'Open children with no allocated worker (% of open children)',
  kind: 'percent',
  unit: '%',
  definition: {
    numerator: 'Of the denominator, children with a blank Allocated Worker in every list they appear in (as unallocated_open).',
    denominator:
      'Distinct open children: child ids open at D in lists 6 (CIN), 7 (CP) and 8 (CLA), and every child in list 9 (care leavers), each child once (the caseload cohort of spec/measures-core.md).',
    notes: [
      'Worker names are compared ignoring case, with non-breaking and repeated spaces folded; #N/A is a blank.',
      'A child allocated in any one list is allocated.',
    ],
    source: 'Ofsted Annex A [W] columns; KPI W05. No England figure.',
  },
};

export function extendedWorkforce(): Measure[] {
  return [unallocatedOpenPercent];
}
