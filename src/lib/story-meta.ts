/** The story's own title and summary, shared by the home page, its preview card and JSON-LD. */
import { derived } from '~/data/derived';
import { of, pct } from './format';

/** The home page's h1. */
export const storyTitle =
	'In an early trial, changed immune cells left no detectable leukemia in the marrow of most patients';

/** The home page's meta description. */
export const storyDescription = `In an early trial at Fred Hutch, ${of(derived.remission)} adults with hard-to-treat leukemia whose results could be checked (${pct(derived.remission)}) had no detectable leukemia in their bone marrow after CAR T-cell therapy. What that means, and what it does not.`;

/** One short line for the home page's preview card. */
export const storySummary =
	'What CAR T-cell therapy is, what an early trial at Fred Hutch found, and what it does not tell us yet.';
