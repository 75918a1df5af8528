import type { CinRule } from './rule-kit.js';
import { rule as r100 } from './rules/100.js';
import { rule as r1103 } from './rules/1103.js';
import { rule as r1104 } from './rules/1104.js';
import { rule as r1105 } from './rules/1105.js';
import { rule as r1510 } from './rules/1510.js';
import { rule as r1520 } from './rules/1520.js';
import { rule as r1530 } from './rules/1530.js';
import { rule as r1540 } from './rules/1540.js';
import { rule as r1550 } from './rules/1550.js';
import { rule as r1560Q } from './rules/1560Q.js';
import { rule as r2883 } from './rules/2883.js';
import { rule as r2884 } from './rules/2884.js';
import { rule as r2885 } from './rules/2885.js';
import { rule as r2886Q } from './rules/2886Q.js';
import { rule as r2887Q } from './rules/2887Q.js';
import { rule as r2888Q } from './rules/2888Q.js';
import { rule as r2889 } from './rules/2889.js';
import { rule as r2990 } from './rules/2990.js';
import { rule as r2991Q } from './rules/2991Q.js';
import { rule as r4000 } from './rules/4000.js';
import { rule as r4001 } from './rules/4001.js';
import { rule as r4003 } from './rules/4003.js';
import { rule as r4004 } from './rules/4004.js';
import { rule as r4008 } from './rules/4008.js';
import { rule as r4009 } from './rules/4009.js';
import { rule as r4010 } from './rules/4010.js';
import { rule as r4011 } from './rules/4011.js';
import { rule as r4012Q } from './rules/4012Q.js';
import { rule as r4013 } from './rules/4013.js';
import { rule as r4014 } from './rules/4014.js';
import { rule as r4015 } from './rules/4015.js';
import { rule as r4016 } from './rules/4016.js';
import { rule as r4017 } from './rules/4017.js';
import { rule as r4180 } from './rules/4180.js';
import { rule as r4220 } from './rules/4220.js';
import { rule as r8500 } from './rules/8500.js';
import { rule as r8510 } from './rules/8510.js';
import { rule as r8520 } from './rules/8520.js';
import { rule as r8525 } from './rules/8525.js';
import { rule as r8530Q } from './rules/8530Q.js';
import { rule as r8535Q } from './rules/8535Q.js';
import { rule as r8540 } from './rules/8540.js';
import { rule as r8545Q } from './rules/8545Q.js';
import { rule as r8555 } from './rules/8555.js';
import { rule as r8565 } from './rules/8565.js';
import { rule as r8568 } from './rules/8568.js';
import { rule as r8569 } from './rules/8569.js';
import { rule as r8585Q } from './rules/8585Q.js';
import { rule as r8590 } from './rules/8590.js';
import { rule as r8600 } from './rules/8600.js';
import { rule as r8606 } from './rules/8606.js';
import { rule as r8608 } from './rules/8608.js';
import { rule as r8610 } from './rules/8610.js';
import { rule as r8614 } from './rules/8614.js';
import { rule as r8615 } from './rules/8615.js';
import { rule as r8617 } from './rules/8617.js';
import { rule as r8620 } from './rules/8620.js';
import { rule as r8630 } from './rules/8630.js';
import { rule as r8640 } from './rules/8640.js';
import { rule as r8650 } from './rules/8650.js';
import { rule as r8670Q } from './rules/8670Q.js';
import { rule as r8675Q } from './rules/8675Q.js';
import { rule as r8696 } from './rules/8696.js';
import { rule as r8715 } from './rules/8715.js';
import { rule as r8720 } from './rules/8720.js';
import { rule as r8730 } from './rules/8730.js';
import { rule as r8736 } from './rules/8736.js';
import { rule as r8740 } from './rules/8740.js';
import { rule as r8750 } from './rules/8750.js';
import { rule as r8770Q } from './rules/8770Q.js';
import { rule as r8772 } from './rules/8772.js';
import { rule as r8775Q } from './rules/8775Q.js';
import { rule as r8790 } from './rules/8790.js';
import { rule as r8794 } from './rules/8794.js';
import { rule as r8805 } from './rules/8805.js';
import { rule as r8810 } from './rules/8810.js';
import { rule as r8815 } from './rules/8815.js';
import { rule as r8816 } from './rules/8816.js';
import { rule as r8820 } from './rules/8820.js';
import { rule as r8825Q } from './rules/8825Q.js';
import { rule as r8831 } from './rules/8831.js';
import { rule as r8832 } from './rules/8832.js';
import { rule as r8839 } from './rules/8839.js';
import { rule as r8840 } from './rules/8840.js';
import { rule as r8841 } from './rules/8841.js';
import { rule as r8842Q } from './rules/8842Q.js';
import { rule as r8863 } from './rules/8863.js';
import { rule as r8866 } from './rules/8866.js';
import { rule as r8867 } from './rules/8867.js';
import { rule as r8868 } from './rules/8868.js';
import { rule as r8869 } from './rules/8869.js';
import { rule as r8870Q } from './rules/8870Q.js';
import { rule as r8873 } from './rules/8873.js';
import { rule as r8875 } from './rules/8875.js';
import { rule as r8890 } from './rules/8890.js';
import { rule as r8896 } from './rules/8896.js';
import { rule as r8897 } from './rules/8897.js';
import { rule as r8898 } from './rules/8898.js';
import { rule as r8899Q } from './rules/8899Q.js';
import { rule as r8905 } from './rules/8905.js';
import { rule as r8910 } from './rules/8910.js';
import { rule as r8915 } from './rules/8915.js';
import { rule as r8920 } from './rules/8920.js';
import { rule as r8925 } from './rules/8925.js';
import { rule as r8930 } from './rules/8930.js';
import { rule as r8935 } from './rules/8935.js';
import { rule as r8940 } from './rules/8940.js';
import { rule as rXSD } from './rules/XSD.js';

/**
 * The CIN Census rule set of 2022/23 (collection year 2023), the base the year layers in
 * years/ change: one rule per DfE code (XSD: the schema check), in code order.
 */
export const BASE_RULES: readonly CinRule[] = [
  r100, r1103, r1104, r1105, r1510, r1520, r1530, r1540, r1550, r1560Q, r2883, r2884, r2885, r2886Q, r2887Q, r2888Q,
  r2889, r2990, r2991Q, r4000, r4001, r4003, r4004, r4008, r4009, r4010, r4011, r4012Q, r4013, r4014, r4015, r4016,
  r4017, r4180, r4220, r8500, r8510, r8520, r8525, r8530Q, r8535Q, r8540, r8545Q, r8555, r8565, r8568, r8569, r8585Q,
  r8590, r8600, r8606, r8608, r8610, r8614, r8615, r8617, r8620, r8630, r8640, r8650, r8670Q, r8675Q, r8696, r8715,
  r8720, r8730, r8736, r8740, r8750, r8770Q, r8772, r8775Q, r8790, r8794, r8805, r8810, r8815, r8816, r8820, r8825Q,
  r8831, r8832, r8839, r8840, r8841, r8842Q, r8863, r8866, r8867, r8868, r8869, r8870Q, r8873, r8875, r8890, r8896,
  r8897, r8898, r8899Q, r8905, r8910, r8915, r8920, r8925, r8930, r8935, r8940, rXSD,
];
