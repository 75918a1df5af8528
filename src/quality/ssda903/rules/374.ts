import { placeAgeRule } from '../builders.js';

export const rule = placeAgeRule('374', 'Child in residential employment should be at least 14.', ['P3'], 14);
