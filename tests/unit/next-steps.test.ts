import { describe, expect, it } from 'vitest';
import {
	allQuestions,
	NextStepsDataError,
	parseNextSteps,
	rawNextSteps,
	telHref,
	unbreakable,
	type NextSteps,
} from '~/data/next-steps';

/** A deep, writable copy of the real data, so each case breaks exactly one thing. */
function copy(): NextSteps & Record<string, any> {
	return structuredClone(rawNextSteps) as any;
}

function messageOf(data: NextSteps): string {
	try {
		parseNextSteps(data);
	} catch (e) {
		expect(e).toBeInstanceOf(NextStepsDataError);
		return (e as Error).message;
	}
	throw new Error('parseNextSteps accepted malformed data');
}

describe('the next-steps schema', () => {
	it('accepts the real data unchanged', () => {
		expect(parseNextSteps(copy())).toEqual(rawNextSteps);
	});

	describe.each<[string, (n: any) => void, RegExp]>([
		[
			'a link that is not https',
			(n) => (n.trialSearch.url = 'http://clinicaltrials.gov/search'),
			/nextSteps\.trialSearch\.url: must be an https:\/\/ address/,
		],
		[
			'a link that is not an address at all',
			(n) => (n.approvedList.url = 'fda list'),
			/nextSteps\.approvedList\.url: must be an https:\/\/ address/,
		],
		[
			'a help line address that is not https',
			(n) => (n.helpLine.url = 'ftp://cancer.gov/contact'),
			/nextSteps\.helpLine\.url: must be an https:\/\/ address/,
		],
		[
			'a question group with no questions',
			(n) => (n.questionGroups[1].questions = []),
			/nextSteps\.questionGroups\.1\.questions: needs at least one question/,
		],
		[
			'a question that does not ask',
			(n) => (n.questionGroups[0].questions[0].text = 'Ask about treatments.'),
			/nextSteps\.questionGroups\.0\.questions\.0\.text: must end with a question mark/,
		],
		[
			'an empty question',
			(n) => (n.questionGroups[2].questions[0].text = '   '),
			/nextSteps\.questionGroups\.2\.questions\.0\.text: must not be empty/,
		],
		[
			'two questions with the same id',
			(n) => (n.questionGroups[1].questions[0].id = n.questionGroups[0].questions[0].id),
			/nextSteps\.questionGroups\.1\.questions\.0\.id: .* ids must be unique/,
		],
		[
			'an id that is not a slug',
			(n) => (n.questionGroups[0].questions[0].id = 'Side Effects'),
			/nextSteps\.questionGroups\.0\.questions\.0\.id: must be a lower-case slug/,
		],
		[
			'more than twelve questions',
			(n) =>
				n.questionGroups[0].questions.push(
					...['a', 'b', 'c'].map((id) => ({ id: `extra-${id}`, text: 'Why?' })),
				),
			/nextSteps\.questionGroups: holds 13 questions: keep between 8 and 12/,
		],
		[
			'an unknown source',
			(n) => (n.helpLine.source = ['NIH']),
			/nextSteps\.helpLine\.source\.0: must be one of JCI, /,
		],
		[
			'a link with no source',
			(n) => (n.trialSearch.source = []),
			/nextSteps\.trialSearch\.source: needs at least one source/,
		],
		[
			'a help line number in the wrong form',
			(n) => (n.helpLine.digits = '(800) 422-6237'),
			/nextSteps\.helpLine\.digits: must be written 1-800-NNN-NNNN/,
		],
		[
			'a field the schema does not know',
			(n) => (n.trialSearch.note = 'see also'),
			/nextSteps\.trialSearch: .*note/,
		],
	])('rejects %s, naming the field', (_, breakIt, message) => {
		it('fails with a message that names it', () => {
			const n = copy();
			breakIt(n);
			expect(messageOf(n)).toMatch(message);
		});
	});
});

describe('the questions', () => {
	it('are between 8 and 12, each in a group, each id unique', () => {
		expect(allQuestions.length).toBeGreaterThanOrEqual(8);
		expect(allQuestions.length).toBeLessThanOrEqual(12);
		expect(new Set(allQuestions.map((q) => q.id)).size).toBe(allQuestions.length);
	});

	it('cover the treatment, the risks and the practical side', () => {
		expect(rawNextSteps.questionGroups.map((g) => g.id)).toEqual([
			'treatment',
			'risks',
			'practical',
		]);
	});
});

describe('telHref', () => {
	it.each([
		['1-800-422-6237', 'tel:+18004226237'],
		['1 800 422 6237', 'tel:+18004226237'],
	])('%s dials %s', (digits, href) => expect(telHref(digits)).toBe(href));
});

describe('unbreakable', () => {
	it('keeps a phone number on one line, and its characters otherwise the same', () => {
		const shown = unbreakable('1-800-4-CANCER (1-800-422-6237)');
		expect(shown).not.toMatch(/[- ]/);
		expect(shown.replace(/\u2011/g, '-').replace(/\u00a0/g, ' ')).toBe(
			'1-800-4-CANCER (1-800-422-6237)',
		);
	});
});
