import { ceasedAgeRule } from '../builders.js';

export const rule = ceasedAgeRule('407', 'Reason episode ceased is Special Guardianship Order, but child has reached age 18.', ['E45', 'E46', 'E47', 'E48'], 18, 'reached');
