import { sameDobRule } from '../builders.js';

export const rule = sameDobRule('INT18', 'UASC');
