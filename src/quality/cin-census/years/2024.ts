import { rule2024 as upnLaCode } from '../rules/1530.js';
import type { CinYearLayer } from '../rule-kit.js';

/** 2023/24: two more LA codes (942, 943) are recognised in UPNs. */
export const YEAR_2024: CinYearLayer = { year: 2024, add: [upnLaCode] };
