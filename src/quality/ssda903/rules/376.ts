import { placeDurationRule } from '../builders.js';

export const rule = placeDurationRule('376', 'Temporary placements coded as being due to holiday of usual foster carer(s) cannot last more than fourteen days.', 'T3', { days: 14 });
