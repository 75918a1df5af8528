import { ceasedAgeRule } from '../builders.js';

export const rule = ceasedAgeRule('389', 'Reason episode ceased is that child transferred to care of adult social care services, but child is aged under 16.', ['E7'], 16, 'under');
