import { sameDobRule } from '../builders.js';

export const rule = sameDobRule('INT14', 'OC2');
