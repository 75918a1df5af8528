import type { Ssda903Layer } from '../../layers.js';
import { rule as r146 } from './146.js';
import { rule as r371 } from './371.js';
import { rule as rINT10 } from './INT10.js';
import { rule as rINT19 } from './INT19.js';
import { rule as rSW01STG1 } from './SW01STG1.js';
import { rule as rSW02STG1 } from './SW02STG1.js';
import { rule as rSW03STG1 } from './SW03STG1.js';
import { rule as rSW04STG1 } from './SW04STG1.js';
import { rule as rSW06STG2 } from './SW06STG2.js';
import { rule as rSW12STG2 } from './SW12STG2.js';
import { rule as rSW13STG1 } from './SW13STG1.js';

export const LAYER_2024: Ssda903Layer = {
  year: 2024,
  add: [r146, r371, rINT10, rINT19, rSW01STG1, rSW02STG1, rSW03STG1, rSW04STG1, rSW06STG2, rSW12STG2, rSW13STG1],
};
