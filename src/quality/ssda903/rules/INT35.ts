import { oneRowRule } from '../builders.js';

export const rule = oneRowRule('INT35', 'UASC');
