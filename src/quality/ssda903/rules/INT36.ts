import { oneRowRule } from '../builders.js';

export const rule = oneRowRule('INT36', 'PrevPerm');
