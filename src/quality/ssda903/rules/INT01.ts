import { inHeaderRule } from '../builders.js';

export const rule = inHeaderRule('INT01', 'AD1');
