import { describe, expect, it } from 'vitest';
import { allQuestions, nextSteps, rawNextSteps, type NextSteps } from '~/data/next-steps';
import {
	allQuestionsEs,
	NextStepsEsDataError,
	nextStepsEs,
	parseNextStepsEs,
	rawNextStepsEs,
} from '~/data/next-steps-es';

/** A deep, writable copy of the Spanish data, so each case breaks exactly one thing. */
function copy(): NextSteps & Record<string, any> {
	return structuredClone(rawNextStepsEs) as any;
}

function messageOf(data: NextSteps): string {
	try {
		parseNextStepsEs(data);
	} catch (e) {
		expect(e).toBeInstanceOf(NextStepsEsDataError);
		return (e as Error).message;
	}
	throw new Error('parseNextStepsEs accepted malformed data');
}

describe('the Spanish next steps', () => {
	it('pass the schema unchanged', () => {
		expect(parseNextStepsEs(copy())).toEqual(rawNextStepsEs);
	});

	it('have the same group ids and question ids as the English ones, in the same order', () => {
		expect(nextStepsEs.questionGroups.map((g) => g.id)).toEqual(
			nextSteps.questionGroups.map((g) => g.id),
		);
		expect(nextStepsEs.questionGroups.map((g) => g.questions.map((q) => q.id))).toEqual(
			nextSteps.questionGroups.map((g) => g.questions.map((q) => q.id)),
		);
		expect(allQuestionsEs.map(({ id, group }) => ({ id, group }))).toEqual(
			allQuestions.map(({ id, group }) => ({ id, group })),
		);
	});

	it('point to the same places as the English ones: addresses, numbers, sources', () => {
		const { helpLine, trialSearch, trialsGuide, approvedList } = nextStepsEs;
		const en = rawNextSteps;
		expect({ ...helpLine, name: '', runBy: '', languages: [] }).toEqual({
			...en.helpLine,
			name: '',
			runBy: '',
			languages: [],
		});
		for (const [es, english] of [
			[trialSearch, en.trialSearch],
			[trialsGuide, en.trialsGuide],
			[approvedList, en.approvedList],
		] as const) {
			expect(es.url).toBe(english.url);
			expect(es.source).toEqual(english.source);
		}
		expect(nextStepsEs.questionSource).toEqual(en.questionSource);
	});

	it('are in Spanish: no word field is the English text', () => {
		const en = rawNextSteps;
		expect(nextStepsEs.helpLine.name).not.toBe(en.helpLine.name);
		expect(nextStepsEs.helpLine.runBy).not.toBe(en.helpLine.runBy);
		expect(nextStepsEs.helpLine.languages).toEqual(['inglés', 'español']);
		expect(nextStepsEs.trialSearch.label).not.toBe(en.trialSearch.label);
		expect(nextStepsEs.trialsGuide.label).not.toBe(en.trialsGuide.label);
		expect(nextStepsEs.approvedList.label).not.toBe(en.approvedList.label);
		nextStepsEs.questionGroups.forEach((g, gi) => {
			expect(g.title).not.toBe(en.questionGroups[gi]!.title);
			g.questions.forEach((q, qi) =>
				expect(q.text).not.toBe(en.questionGroups[gi]!.questions[qi]!.text),
			);
		});
	});

	it.each(allQuestionsEs.map((q) => [q.id, q.text]))(
		'question %s opens with ¿ and closes with ?',
		(_, text) => {
			// Each question has its own pair, and a sentence may lead into one: "Si lo hay, ¿para qué…?"
			expect(text).toMatch(/^¿[^¿?]+\?( [^¿?]*¿[^¿?]+\?)*$/);
		},
	);

	describe.each<[string, (n: any) => void, RegExp]>([
		[
			'a question without its opening ¿',
			(n) => (n.questionGroups[0].questions[0].text = 'Qué tratamientos podría recibir ahora?'),
			/nextStepsEs\.questionGroups\.0\.questions\.0\.text: must open each question with "¿"/,
		],
		[
			'a second question without its ¿',
			(n) => (n.questionGroups[2].questions[1].text = '¿Dónde se haría? Tendría que viajar?'),
			/nextStepsEs\.questionGroups\.2\.questions\.1\.text: must open each question/,
		],
		[
			'a question with no question mark at the end',
			(n) => (n.questionGroups[1].questions[0].text = '¿Qué efectos secundarios.'),
			/nextStepsEs\.questionGroups\.1\.questions\.0\.text: must end with a question mark/,
		],
		[
			'a question id that differs from the English one',
			(n) => (n.questionGroups[0].questions[1].id = 'car-t-es'),
			/nextStepsEs\.questionGroups\.0\.questions\.1\.id: must be "car-t"/,
		],
		[
			'a group id that differs from the English one',
			(n) => (n.questionGroups[1].id = 'riesgos'),
			/nextStepsEs\.questionGroups\.1\.id: must be "risks"/,
		],
		[
			'a link that is not https',
			(n) => (n.trialSearch.url = 'http://clinicaltrials.gov/search'),
			/nextStepsEs\.trialSearch\.url: must be an https:\/\/ address/,
		],
		[
			'an empty label',
			(n) => (n.trialsGuide.label = '  '),
			/nextStepsEs\.trialsGuide\.label: must not be empty/,
		],
	])('rejects %s', (_, breakIt, message) => {
		it('naming the field', () => {
			const n = copy();
			breakIt(n);
			expect(messageOf(n)).toMatch(message);
		});
	});
});
