import { ceasedAgeRule } from '../builders.js';

export const rule = ceasedAgeRule('387', 'Reason episode ceased is child moved into independent living arrangement, but the child is aged under 14.', ['E5', 'E6'], 14, 'under');
