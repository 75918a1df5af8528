import { inHeaderRule } from '../builders.js';

export const rule = inHeaderRule('INT08', 'Reviews');
