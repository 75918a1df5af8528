import { inHeaderRule } from '../builders.js';

export const rule = inHeaderRule('INT07', 'PrevPerm');
