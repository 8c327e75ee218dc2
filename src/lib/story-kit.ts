/**
 * What an MDX chapter imports to write a number: the figures, the derived numbers and the
 * formatters. One import line keeps chapters short and every digit out of the prose.
 */
export { trial as t } from '~/data/trial';
export { derived as d, step } from '~/data/derived';
export {
	num,
	Num,
	pct,
	of,
	date,
	reported,
	range,
	rangeWhole,
	months,
	approvalResult,
} from './format';
export { lastReviewed, changes, licence } from '~/data/review';
