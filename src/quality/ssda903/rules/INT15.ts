import { sameDobRule } from '../builders.js';

export const rule = sameDobRule('INT15', 'OC3');
