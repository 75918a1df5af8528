import { placeAgeRule } from '../builders.js';

/** From 2023/24 no child under 16 may be placed in unregulated semi-independent accommodation (years/2024/371.ts). */
export const rule = placeAgeRule('371', "Child in semi-independent living accommodation not subject to children's homes regulations should be at least 14.", ['H5'], 14, { to: 2023 });
