import { inHeaderRule } from '../builders.js';

export const rule = inHeaderRule('INT06', 'OC3');
