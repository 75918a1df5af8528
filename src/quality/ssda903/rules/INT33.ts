import { oneRowRule } from '../builders.js';

export const rule = oneRowRule('INT33', 'OC3');
