import { sameDobRule } from '../builders.js';

export const rule = sameDobRule('INT11', 'AD1');
