import { inHeaderRule } from '../builders.js';

export const rule = inHeaderRule('INT02', 'PlacedAdoption');
