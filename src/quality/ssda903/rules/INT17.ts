import { sameDobRule } from '../builders.js';

export const rule = sameDobRule('INT17', 'Reviews');
