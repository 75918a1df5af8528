import { inHeaderRule } from '../../builders.js';

export const rule = inHeaderRule('INT10', 'SWEpisodes', { from: 2024 });
