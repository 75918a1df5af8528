import { ceasedAgeRule } from '../builders.js';

export const rule = ceasedAgeRule('386', 'Reason episode ceased is adopted but child has reached age 18.', ['E11', 'E12'], 18, 'reached');
