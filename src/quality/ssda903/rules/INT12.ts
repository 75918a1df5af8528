import { sameDobRule } from '../builders.js';

export const rule = sameDobRule('INT12', 'PlacedAdoption');
