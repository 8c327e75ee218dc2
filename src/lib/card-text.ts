/** The headline figure every card carries, from the data module: the one number a preview needs. */
import { derived } from '~/data/derived';
import { sources } from '~/data/sources';
import { of } from './format';

/** "27 of 29" and what it counts. */
export const cardFigure = {
	figure: of(derived.remission),
	figureLabel: `adults whose results could be checked had no detectable leukemia in the bone marrow (${sources.JCI.label})`,
};
