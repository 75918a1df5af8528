import { oneRowRule } from '../builders.js';

export const rule = oneRowRule('INT32', 'OC2');
