import { placeDurationRule } from '../builders.js';

export const rule = placeDurationRule('379', 'Temporary placements for unspecified reason (placement code T4) cannot last for more than seven days.', 'T4', { days: 7 });
