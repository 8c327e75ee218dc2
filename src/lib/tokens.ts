/**
 * Frontmatter is plain text, so it cannot run code. A chapter summary writes a figure as a token,
 * e.g. "{remission} adults", and fillTokens() puts the number in from the data module, written the
 * way the chapter's language writes it (chapters() in story.ts fills each summary).
 */
import { trial } from '~/data/trial';
import { derived } from '~/data/derived';
import { num, of, rangeWhole } from './format';
import type { Locale } from '~/i18n';

// Only the tokens chapter summaries use (and {remission}, the headline); add one when a summary needs it.
function tokens(locale: Locale): Record<string, string> {
	return {
		remission: of(derived.remission, locale),
		evaluable: num(trial.evaluable.count, locale),
		inRemission: num(trial.inRemission.count, locale),
		noRemission: num(derived.noRemission.n, locale),
		reEnrolled: num(trial.reEnrolled.count, locale),
		remissionRange: rangeWhole(derived.remissionInterval, locale),
		laterStudy: num(trial.crs.patients.count, locale),
		followUp: of(derived.followUpRemission, locale),
	};
}

/** Replaces each {token} with its figure, written in `locale`; throws on a token it does not know, naming it. */
export function fillTokens(text: string, locale: Locale = 'en'): string {
	const known = tokens(locale);
	return text.replace(/\{(\w+)\}/g, (_, name: string) => {
		const value = known[name];
		if (value === undefined) {
			throw new Error(
				`Unknown token {${name}} in "${text}". Known: ${Object.keys(known).join(', ')}`,
			);
		}
		return value;
	});
}
