import { inHeaderRule } from '../builders.js';

export const rule = inHeaderRule('INT04', 'Missing');
