import type { Ssda903Rule } from '../rule.js';
import { rule as r101 } from './101.js';
import { rule as r102 } from './102.js';
import { rule as r103 } from './103.js';
import { rule as r104 } from './104.js';
import { rule as r105 } from './105.js';
import { rule as r112 } from './112.js';
import { rule as r113 } from './113.js';
import { rule as r114 } from './114.js';
import { rule as r115 } from './115.js';
import { rule as r116 } from './116.js';
import { rule as r117 } from './117.js';
import { rule as r118 } from './118.js';
import { rule as r119 } from './119.js';
import { rule as r120 } from './120.js';
import { rule as r131 } from './131.js';
import { rule as r132 } from './132.js';
import { rule as r133 } from './133.js';
import { rule as r134 } from './134.js';
import { rule as r141 } from './141.js';
import { rule as r142 } from './142.js';
import { rule as r143 } from './143.js';
import { rule as r144 } from './144.js';
import { rule as r145 } from './145.js';
import { rule as r146 } from './146.js';
import { rule as r147 } from './147.js';
import { rule as r148 } from './148.js';
import { rule as r149 } from './149.js';
import { rule as r151 } from './151.js';
import { rule as r153 } from './153.js';
import { rule as r157 } from './157.js';
import { rule as r158 } from './158.js';
import { rule as r159 } from './159.js';
import { rule as r165 } from './165.js';
import { rule as r166 } from './166.js';
import { rule as r167 } from './167.js';
import { rule as r168 } from './168.js';
import { rule as r171 } from './171.js';
import { rule as r174 } from './174.js';
import { rule as r175 } from './175.js';
import { rule as r176 } from './176.js';
import { rule as r177 } from './177.js';
import { rule as r178 } from './178.js';
import { rule as r180 } from './180.js';
import { rule as r181 } from './181.js';
import { rule as r182 } from './182.js';
import { rule as r184 } from './184.js';
import { rule as r185 } from './185.js';
import { rule as r186 } from './186.js';
import { rule as r187 } from './187.js';
import { rule as r188 } from './188.js';
import { rule as r189 } from './189.js';
import { rule as r190 } from './190.js';
import { rule as r191 } from './191.js';
import { rule as r192 } from './192.js';
import { rule as r193 } from './193.js';
import { rule as r196 } from './196.js';
import { rule as r197B } from './197B.js';
import { rule as r197a } from './197a.js';
import { rule as r198 } from './198.js';
import { rule as r199 } from './199.js';
import { rule as r202 } from './202.js';
import { rule as r203 } from './203.js';
import { rule as r205A } from './205A.js';
import { rule as r207 } from './207.js';
import { rule as r208 } from './208.js';
import { rule as r209 } from './209.js';
import { rule as r210 } from './210.js';
import { rule as r213 } from './213.js';
import { rule as r215 } from './215.js';
import { rule as r217 } from './217.js';
import { rule as r226 } from './226.js';
import { rule as r304 } from './304.js';
import { rule as r333 } from './333.js';
import { rule as r334 } from './334.js';
import { rule as r335 } from './335.js';
import { rule as r344 } from './344.js';
import { rule as r345 } from './345.js';
import { rule as r351 } from './351.js';
import { rule as r352 } from './352.js';
import { rule as r353 } from './353.js';
import { rule as r354 } from './354.js';
import { rule as r355 } from './355.js';
import { rule as r356 } from './356.js';
import { rule as r357 } from './357.js';
import { rule as r358 } from './358.js';
import { rule as r359 } from './359.js';
import { rule as r362 } from './362.js';
import { rule as r363 } from './363.js';
import { rule as r365 } from './365.js';
import { rule as r367 } from './367.js';
import { rule as r370 } from './370.js';
import { rule as r371 } from './371.js';
import { rule as r372 } from './372.js';
import { rule as r373 } from './373.js';
import { rule as r374 } from './374.js';
import { rule as r375 } from './375.js';
import { rule as r376 } from './376.js';
import { rule as r377 } from './377.js';
import { rule as r378 } from './378.js';
import { rule as r379 } from './379.js';
import { rule as r380 } from './380.js';
import { rule as r381 } from './381.js';
import { rule as r382 } from './382.js';
import { rule as r383 } from './383.js';
import { rule as r384 } from './384.js';
import { rule as r385 } from './385.js';
import { rule as r386 } from './386.js';
import { rule as r387 } from './387.js';
import { rule as r388 } from './388.js';
import { rule as r389 } from './389.js';
import { rule as r390 } from './390.js';
import { rule as r392c } from './392c.js';
import { rule as r399 } from './399.js';
import { rule as r407 } from './407.js';
import { rule as r408 } from './408.js';
import { rule as r431 } from './431.js';
import { rule as r432 } from './432.js';
import { rule as r433 } from './433.js';
import { rule as r434 } from './434.js';
import { rule as r435 } from './435.js';
import { rule as r436 } from './436.js';
import { rule as r437 } from './437.js';
import { rule as r440 } from './440.js';
import { rule as r441 } from './441.js';
import { rule as r445 } from './445.js';
import { rule as r446 } from './446.js';
import { rule as r451 } from './451.js';
import { rule as r501 } from './501.js';
import { rule as r502 } from './502.js';
import { rule as r503A } from './503A.js';
import { rule as r503B } from './503B.js';
import { rule as r503C } from './503C.js';
import { rule as r503D } from './503D.js';
import { rule as r503E } from './503E.js';
import { rule as r503F } from './503F.js';
import { rule as r503G } from './503G.js';
import { rule as r503H } from './503H.js';
import { rule as r503J } from './503J.js';
import { rule as r511 } from './511.js';
import { rule as r514 } from './514.js';
import { rule as r516 } from './516.js';
import { rule as r518 } from './518.js';
import { rule as r519 } from './519.js';
import { rule as r520 } from './520.js';
import { rule as r522 } from './522.js';
import { rule as r524 } from './524.js';
import { rule as r525 } from './525.js';
import { rule as r542 } from './542.js';
import { rule as r544 } from './544.js';
import { rule as r545 } from './545.js';
import { rule as r546 } from './546.js';
import { rule as r547 } from './547.js';
import { rule as r551 } from './551.js';
import { rule as r554 } from './554.js';
import { rule as r557 } from './557.js';
import { rule as r558 } from './558.js';
import { rule as r560 } from './560.js';
import { rule as r562 } from './562.js';
import { rule as r563 } from './563.js';
import { rule as r565 } from './565.js';
import { rule as r567 } from './567.js';
import { rule as r570 } from './570.js';
import { rule as r571 } from './571.js';
import { rule as r574 } from './574.js';
import { rule as r575 } from './575.js';
import { rule as r577 } from './577.js';
import { rule as r578 } from './578.js';
import { rule as r586 } from './586.js';
import { rule as r611 } from './611.js';
import { rule as r612 } from './612.js';
import { rule as r620 } from './620.js';
import { rule as r625 } from './625.js';
import { rule as r630 } from './630.js';
import { rule as r631 } from './631.js';
import { rule as r632 } from './632.js';
import { rule as r633 } from './633.js';
import { rule as r634 } from './634.js';
import { rule as r635 } from './635.js';
import { rule as r1006 } from './1006.js';
import { rule as r1007 } from './1007.js';
import { rule as r1009 } from './1009.js';
import { rule as r1010 } from './1010.js';
import { rule as r1011 } from './1011.js';
import { rule as r1012 } from './1012.js';
import { rule as r1014 } from './1014.js';
import { rule as rINT01 } from './INT01.js';
import { rule as rINT02 } from './INT02.js';
import { rule as rINT03 } from './INT03.js';
import { rule as rINT04 } from './INT04.js';
import { rule as rINT05 } from './INT05.js';
import { rule as rINT06 } from './INT06.js';
import { rule as rINT07 } from './INT07.js';
import { rule as rINT08 } from './INT08.js';
import { rule as rINT09 } from './INT09.js';
import { rule as rINT11 } from './INT11.js';
import { rule as rINT12 } from './INT12.js';
import { rule as rINT13 } from './INT13.js';
import { rule as rINT14 } from './INT14.js';
import { rule as rINT15 } from './INT15.js';
import { rule as rINT16 } from './INT16.js';
import { rule as rINT17 } from './INT17.js';
import { rule as rINT18 } from './INT18.js';
import { rule as rINT21 } from './INT21.js';
import { rule as rINT31 } from './INT31.js';
import { rule as rINT32 } from './INT32.js';
import { rule as rINT33 } from './INT33.js';
import { rule as rINT34 } from './INT34.js';
import { rule as rINT35 } from './INT35.js';
import { rule as rINT36 } from './INT36.js';
import { rule as rNoE } from './NoE.js';

/** The rules of the base year (2022/23), one file each, named by DfE code. */
export const BASE_RULES: readonly Ssda903Rule[] = [
  r101,
  r102,
  r103,
  r104,
  r105,
  r112,
  r113,
  r114,
  r115,
  r116,
  r117,
  r118,
  r119,
  r120,
  r131,
  r132,
  r133,
  r134,
  r141,
  r142,
  r143,
  r144,
  r145,
  r146,
  r147,
  r148,
  r149,
  r151,
  r153,
  r157,
  r158,
  r159,
  r165,
  r166,
  r167,
  r168,
  r171,
  r174,
  r175,
  r176,
  r177,
  r178,
  r180,
  r181,
  r182,
  r184,
  r185,
  r186,
  r187,
  r188,
  r189,
  r190,
  r191,
  r192,
  r193,
  r196,
  r197B,
  r197a,
  r198,
  r199,
  r202,
  r203,
  r205A,
  r207,
  r208,
  r209,
  r210,
  r213,
  r215,
  r217,
  r226,
  r304,
  r333,
  r334,
  r335,
  r344,
  r345,
  r351,
  r352,
  r353,
  r354,
  r355,
  r356,
  r357,
  r358,
  r359,
  r362,
  r363,
  r365,
  r367,
  r370,
  r371,
  r372,
  r373,
  r374,
  r375,
  r376,
  r377,
  r378,
  r379,
  r380,
  r381,
  r382,
  r383,
  r384,
  r385,
  r386,
  r387,
  r388,
  r389,
  r390,
  r392c,
  r399,
  r407,
  r408,
  r431,
  r432,
  r433,
  r434,
  r435,
  r436,
  r437,
  r440,
  r441,
  r445,
  r446,
  r451,
  r501,
  r502,
  r503A,
  r503B,
  r503C,
  r503D,
  r503E,
  r503F,
  r503G,
  r503H,
  r503J,
  r511,
  r514,
  r516,
  r518,
  r519,
  r520,
  r522,
  r524,
  r525,
  r542,
  r544,
  r545,
  r546,
  r547,
  r551,
  r554,
  r557,
  r558,
  r560,
  r562,
  r563,
  r565,
  r567,
  r570,
  r571,
  r574,
  r575,
  r577,
  r578,
  r586,
  r611,
  r612,
  r620,
  r625,
  r630,
  r631,
  r632,
  r633,
  r634,
  r635,
  r1006,
  r1007,
  r1009,
  r1010,
  r1011,
  r1012,
  r1014,
  rINT01,
  rINT02,
  rINT03,
  rINT04,
  rINT05,
  rINT06,
  rINT07,
  rINT08,
  rINT09,
  rINT11,
  rINT12,
  rINT13,
  rINT14,
  rINT15,
  rINT16,
  rINT17,
  rINT18,
  rINT21,
  rINT31,
  rINT32,
  rINT33,
  rINT34,
  rINT35,
  rINT36,
  rNoE,
];
