import { oneRowRule } from '../builders.js';

export const rule = oneRowRule('INT31', 'Header');
