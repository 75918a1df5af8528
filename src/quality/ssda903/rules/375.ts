import { placeDurationRule } from '../builders.js';

export const rule = placeDurationRule('375', 'Hospitalisation coded as a temporary placement exceeds six months.', 'T1', { months: 6 });
