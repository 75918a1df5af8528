import { inHeaderRule } from '../builders.js';

export const rule = inHeaderRule('INT05', 'OC2');
