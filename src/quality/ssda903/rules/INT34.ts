import { oneRowRule } from '../builders.js';

export const rule = oneRowRule('INT34', 'AD1');
