import { placeAgeRule } from '../../builders.js';

/** From October 2023 children under 16 may not be placed in unregulated semi-independent accommodation. */
export const rule = placeAgeRule('371', "Child in semi-independent living accommodation not subject to children's homes regulations should be at least 16.", ['H5'], 16, { from: 2024, to: 2025 });
