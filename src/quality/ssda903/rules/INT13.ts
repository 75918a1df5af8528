import { sameDobRule } from '../builders.js';

export const rule = sameDobRule('INT13', 'Missing');
