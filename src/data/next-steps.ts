/**
 * What a reader can do next: the help line, where trials are listed, the FDA's list of approved
 * products, and the questions to take to the care team. One list, read by the chapter
 * "What this means for you today" and by the one-page summary's tick-box form, so the two cannot
 * drift apart. Facts come from the fact sheet's section "For a reader today", each with its source
 * keys. The zod schema below checks this module when it is imported, so a malformed entry stops
 * `astro build` with a message naming the field (e.g. `nextSteps.trialSearch.url: must be an
 * https:// address`).
 *
 * The questions are ours, in plain words, following the topics NCI suggests (why a trial is done,
 * what it involves, its risks and benefits, costs and who pays, how long it lasts). They ask; they
 * never answer: every answer belongs to the reader's care team.
 */
import { z } from 'astro/zod';
import { checkData, DataError, type DataIssue } from './validate';
import { sourceKeys } from './sources';

const sourceList = z
	.array(z.enum(sourceKeys, { error: `must be one of ${sourceKeys.join(', ')}` }))
	.min(1, 'needs at least one source');
/** Readers follow and print these addresses, so they must be secure and absolute. */
const httpsUrl = z.url({ protocol: /^https$/, error: 'must be an https:// address' });
/** A stable id becomes part of an element id (`q-<id>`), so tests and labels can find it. */
const slug = z
	.string()
	.regex(/^[a-z][a-z0-9-]*$/, 'must be a lower-case slug, e.g. "side-effects"');
const text = z.string().trim().min(1, 'must not be empty');

const link = z
	.object({
		/** The words a reader clicks, saying where the link goes. */
		label: text,
		url: httpsUrl,
		source: sourceList,
	})
	.strict();

const helpLine = z
	.object({
		/** The service's name, e.g. "Cancer Information Service". */
		name: text,
		/** Who runs it. */
		runBy: text,
		/** The number as the service spells it in letters, e.g. 1-800-4-CANCER. */
		lettered: z.string().regex(/^1-800-[0-9A-Z-]+$/, 'must be a 1-800 number'),
		/** The same number in digits, for phones without letters on the keys. */
		digits: z.string().regex(/^1-800-\d{3}-\d{4}$/, 'must be written 1-800-NNN-NNNN'),
		/** Languages the service answers in. */
		languages: z.array(text).min(1, 'needs at least one language'),
		url: httpsUrl,
		source: sourceList,
	})
	.strict();

const question = z
	.object({ id: slug, text: text.endsWith('?', 'must end with a question mark') })
	.strict();

const questionGroup = z
	.object({
		id: slug,
		/** The group's heading (a fieldset's legend on the summary). */
		title: text,
		questions: z.array(question).min(1, 'needs at least one question'),
	})
	.strict();

/** The shape every edition of this module must have; src/data/next-steps-es.ts is checked with it too. */
export const nextStepsSchema = z
	.object({
		helpLine,
		/** A prefilled ClinicalTrials.gov search for CAR T-cell trials in adult ALL. */
		trialSearch: link,
		/** NCI's page on what taking part in a clinical trial means. */
		trialsGuide: link,
		/** The FDA's list of approved cellular and gene therapy products. */
		approvedList: link,
		questionGroups: z.array(questionGroup).min(1, 'needs at least one group'),
		/** Where the topics of the questions come from. */
		questionSource: sourceList,
	})
	.strict()
	.superRefine((n, ctx) => {
		// Ids become element ids on one page, so each must be unique across all groups.
		const seen = new Set<string>();
		n.questionGroups.forEach((g, gi) =>
			g.questions.forEach((q, qi) => {
				if (seen.has(q.id))
					ctx.addIssue({
						code: 'custom',
						path: ['questionGroups', gi, 'questions', qi, 'id'],
						message: `"${q.id}" is used by another question: ids must be unique`,
					});
				seen.add(q.id);
			}),
		);
		const count = seen.size;
		// The chapter promises a short list, and the printed summary has room for no more.
		if (count < 8 || count > 12)
			ctx.addIssue({
				code: 'custom',
				path: ['questionGroups'],
				message: `holds ${count} questions: keep between 8 and 12`,
			});
	});

/** The shape of this module, from the schema: one type model, not two. */
export type NextSteps = z.infer<typeof nextStepsSchema>;
/** One group of questions (about the treatment, the risks, the practical side). */
export type QuestionGroup = NextSteps['questionGroups'][number];

/** Thrown when this module is malformed; its message lists every bad field by path. */
export class NextStepsDataError extends DataError {
	constructor(issues: readonly DataIssue[]) {
		super('The data in src/data/next-steps.ts', issues);
		this.name = 'NextStepsDataError';
	}
}

/** Validates the module's data; returns it unchanged or throws naming each bad field. */
export function parseNextSteps<T extends NextSteps>(data: T): T {
	checkData(nextStepsSchema, data, 'nextSteps', (issues) => new NextStepsDataError(issues));
	return data;
}

/** The data as written, before the check; tests break copies of it. */
export const rawNextSteps = {
	helpLine: {
		name: 'Cancer Information Service',
		runBy: 'US National Cancer Institute',
		lettered: '1-800-4-CANCER',
		digits: '1-800-422-6237',
		languages: ['English', 'Spanish'],
		url: 'https://www.cancer.gov/contact',
		source: ['NCI'],
	},
	trialSearch: {
		label: 'CAR T-cell trials for acute lymphoblastic leukemia on ClinicalTrials.gov',
		url: 'https://clinicaltrials.gov/search?cond=Acute%20Lymphoblastic%20Leukemia&intr=CAR%20T',
		source: ['REG'],
	},
	trialsGuide: {
		label: 'the National Cancer Institute’s guide to clinical trials',
		url: 'https://www.cancer.gov/research/participate/clinical-trials',
		source: ['NCI'],
	},
	approvedList: {
		label: 'the FDA’s list of approved cell and gene therapies',
		url: 'https://www.fda.gov/vaccines-blood-biologics/cellular-gene-therapy-products/approved-cellular-and-gene-therapy-products',
		source: ['FDA'],
	},
	questionGroups: [
		{
			id: 'treatment',
			title: 'About the treatment',
			questions: [
				{ id: 'choices', text: 'What treatments could I have now?' },
				{
					id: 'car-t',
					text: 'Could CAR T-cells, or a trial of them, be a choice for me?',
				},
				{
					id: 'trial-why',
					text: 'If there is a trial, why is it being done, and what would I do?',
				},
				{ id: 'working', text: 'How will we know if the treatment works?' },
			],
		},
		{
			id: 'risks',
			title: 'The risks',
			questions: [
				{ id: 'side-effects', text: 'What side effects could it cause, and how bad can they get?' },
				{ id: 'warning-signs', text: 'What signs should I watch for, and who do I call?' },
				{
					id: 'gain-lose',
					text: 'What could I gain, and what could I lose, compared with other care?',
				},
			],
		},
		{
			id: 'practical',
			title: 'Time, travel and cost',
			questions: [
				{ id: 'how-long', text: 'How long does it all take, from start to finish?' },
				{
					id: 'where',
					text: 'Where would it be done? Would I need to travel or stay away from home?',
				},
				{ id: 'cost', text: 'What will it cost me? What will my insurance or the trial pay for?' },
			],
		},
	],
	questionSource: ['NCI'],
} satisfies NextSteps;

/** The checked data: importing this module fails the build if anything above is malformed. */
export const nextSteps: NextSteps = parseNextSteps(rawNextSteps);

/** Every question, in reading order, with its group's id. */
export const allQuestions = nextSteps.questionGroups.flatMap((g) =>
	g.questions.map((q) => ({ ...q, group: g.id })),
);

/** The help line's digits as a `tel:` address (country code 1, digits only). */
export const telHref = (digits: string): string => `tel:+${digits.replace(/\D/g, '')}`;

/**
 * A phone number as text that never breaks across lines: a number split in two is easy to misdial
 * (html-validate's tel-non-breaking rule). Hyphens become non-breaking hyphens, spaces no-break spaces.
 */
export const unbreakable = (phone: string): string =>
	phone.replace(/-/g, '\u2011').replace(/ /g, '\u00a0');
