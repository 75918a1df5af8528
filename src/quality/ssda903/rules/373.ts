import { placeAgeRule } from '../builders.js';

export const rule = placeAgeRule('373', 'Child in a residential school should be at least 4.', ['S1'], 4);
