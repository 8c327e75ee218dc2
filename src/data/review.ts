/**
 * When a person last checked the site against its sources, and what changed each time. This date,
 * not the build date, is what the citation, the printed summary and the front page show: a rebuild
 * changes nothing a reader relies on, a review does. Validated on import, so a malformed date or a
 * list out of order fails the build.
 */
import { z } from 'astro/zod';
import { checkData, DataError } from './validate';

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be an ISO date (YYYY-MM-DD)');

const reviewSchema = z
	.object({
		/** The day the whole site was last checked against the fact sheet. */
		lastReviewed: isoDay,
		/** What changed, newest first; each entry names its corrections plainly. */
		changes: z
			.array(
				z
					.object({
						date: isoDay,
						title: z.string().min(1),
						items: z.array(z.string().min(1)).min(1, 'needs at least one change').readonly(),
					})
					.strict(),
			)
			.min(1, 'needs at least one entry')
			.readonly(),
	})
	.strict()
	.superRefine((r, ctx) => {
		r.changes.forEach((c, i) => {
			const prev = r.changes[i - 1];
			if (prev && c.date > prev.date)
				ctx.addIssue({
					code: 'custom',
					path: ['changes', i, 'date'],
					message: `${c.date} is after the entry above it (${prev.date}): newest first`,
				});
			if (c.date > r.lastReviewed)
				ctx.addIssue({
					code: 'custom',
					path: ['changes', i, 'date'],
					message: `${c.date} is after lastReviewed (${r.lastReviewed})`,
				});
		});
	});

/** The review record, as the schema above defines it. */
export type Review = z.infer<typeof reviewSchema>;

/** Validates a review record; throws naming the field (e.g. "review.lastReviewed: must be an ISO date"). */
export function parseReview(data: unknown): Review {
	return checkData(
		reviewSchema,
		data,
		'review',
		(issues) => new DataError('The review record in src/data/review.ts', issues),
	);
}

const review = parseReview({
	lastReviewed: '2026-11-26',
	changes: [
		{
			date: '2026-11-26',
			title: 'Second edition: checked against the original papers',
			items: [
				'New: a chapter on side effects. It names severe effects on the brain and nerves (neurotoxicity), gives every grade of cytokine release syndrome, and lists the warnings on today’s labels. We had said most cases of cytokine release syndrome were mild: most were mild or moderate.',
				'New: a chapter on how long remissions lasted, from the same team’s 2019 follow-up. We had said it was too early to know; that was true in 2016 only.',
				'New: a range next to each rate from a small group, showing how sure it can be.',
				'Corrected: the study had two senior authors, David Maloney and Stanley Riddell, not one.',
				'Added: the paper lists the company Juno Therapeutics among its authors’ workplaces.',
				'Corrected: the one-to-one mix of cells was used in the lymphoma part of the trial, and its source is a different paper.',
				'Corrected: the virus used is known. The trial record says it was a lentivirus.',
				'Corrected: the February 2016 talk was not known to be the first report, and its 94% came from press reports of it.',
				'Corrected: the later approvals now show both numbers each trial counted against, and who each product is approved for in full.',
				'Corrected: the timing of each step is told as what happened in this trial, not as a rule for today.',
				'Corrected: every source now has a link, and pages are dated by this review, not by the day they were built.',
				'New: a chapter on what you can do today: where approved treatments and trials are listed, a free help line, and questions to ask your care team. The printed summary lets you tick the questions you want to take along.',
				'Changed: each chapter now has its own page, so a shared link shows that chapter. Links to the old one-page story still lead to the right place.',
			],
		},
	],
});

/** The day the site was last reviewed against its sources (ISO date). */
export const lastReviewed: string = review.lastReviewed;

/** What changed, newest first. */
export const changes: Review['changes'] = review.changes;

/**
 * The licence of our own text and charts (figures from the sources stay theirs). Kept here, with
 * the review record, because the prose may not type its version number.
 */
export const licence = {
	name: 'Creative Commons Attribution 4.0 International',
	short: 'CC BY 4.0',
	url: 'https://creativecommons.org/licenses/by/4.0/',
} as const;
