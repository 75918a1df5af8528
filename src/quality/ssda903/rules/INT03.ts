import { inHeaderRule } from '../builders.js';

export const rule = inHeaderRule('INT03', 'Episodes');
