import { inHeaderRule } from '../builders.js';

export const rule = inHeaderRule('INT09', 'UASC');
