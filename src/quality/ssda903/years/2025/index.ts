import type { Ssda903Layer } from '../../layers.js';
import { rule as r101 } from './101.js';

export const LAYER_2025: Ssda903Layer = {
  year: 2025,
  add: [r101],
};
