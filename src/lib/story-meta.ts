/** The front page's meta description, shared by its <head> and its JSON-LD. */
import { derived } from '~/data/derived';
import { of, pct } from './format';

/** The front page's meta description. */
export const storyDescription = `In an early trial at Fred Hutch, ${of(derived.remission)} adults with hard-to-treat leukemia whose results could be checked (${pct(derived.remission)}) had no detectable leukemia in their bone marrow after CAR T-cell therapy. What that means, what was learned since, and what you can do.`;
