import { sameDobRule } from '../../builders.js';

export const rule = sameDobRule('INT19', 'SWEpisodes', { from: 2024 });
