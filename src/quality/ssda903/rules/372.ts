import { placeAgeRule } from '../builders.js';

export const rule = placeAgeRule('372', 'Child in youth custody or prison should be at least 10.', ['R5'], 10);
