import { sameDobRule } from '../builders.js';

export const rule = sameDobRule('INT16', 'PrevPerm');
