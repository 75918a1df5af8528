import type { Ssda903Layer } from '../../layers.js';
import { rule as r146 } from './146.js';
import { rule as r178 } from './178.js';
import { rule as r213 } from './213.js';

export const LAYER_2026: Ssda903Layer = {
  year: 2026,
  add: [r146, r178, r213],
  delete: ['370', '371'],
};
