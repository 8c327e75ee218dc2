import { describe, expect, it } from 'vitest';
import { parseTrial, TrialDataError } from '~/data/schema';
import { rawTrial, type Trial } from '~/data/trial';
import { parseSources, SourceDataError, sources } from '~/data/sources';
import { derived, parseInterval } from '~/data/derived';
import { changes, lastReviewed, parseReview } from '~/data/review';

/** A deep, writable copy of the real figures, so each case breaks exactly one thing. */
function copy(): Trial & Record<string, any> {
	return structuredClone(rawTrial) as any;
}

function messageOf(data: Trial): string {
	try {
		parseTrial(data);
	} catch (e) {
		expect(e).toBeInstanceOf(TrialDataError);
		return (e as Error).message;
	}
	throw new Error('parseTrial accepted malformed data');
}

describe('the trial schema', () => {
	it('accepts the real figures unchanged', () => {
		expect(parseTrial(copy())).toEqual(rawTrial);
	});

	describe.each<[string, (t: any) => void, RegExp]>([
		[
			'an age limit that its English words do not say',
			(t) => (t.approvals[0].ages.max = 26),
			/trial\.approvals\.0\.ages\.max: 26 does not appear in forWhom/,
		],
		[
			'a remission counted within no months',
			(t) => (t.approvals[2].remission.withinMonths = 0),
			/trial\.approvals\.2\.remission\.withinMonths: must be more than zero/,
		],
		[
			'a count above its denominator',
			(t) => (t.inRemission.count = t.evaluable.count + 1),
			/trial\.inRemission\.count: \d+ is more than its denominator trial\.evaluable\.count/,
		],
		[
			'evaluable above treated',
			(t) => (t.evaluable.count = t.treated.count + 1),
			/trial\.evaluable\.count: .*denominator trial\.treated\.count/,
		],
		[
			'more re-enrolled than had no remission',
			(t) => (t.reEnrolled.count = t.evaluable.count - t.inRemission.count + 1),
			/trial\.reEnrolled\.count: .*without remission/,
		],
		[
			'a negative count',
			(t) => (t.treated.count = -1),
			/trial\.treated\.count: must not be negative/,
		],
		[
			'a fractional count',
			(t) => (t.evaluable.count = 28.5),
			/trial\.evaluable\.count: must be a whole number/,
		],
		[
			'a count that is text',
			(t) => (t.treated.count = '30'),
			/trial\.treated\.count: must be a number/,
		],
		[
			'a missing source',
			(t) => (t.inRemission.source = []),
			/trial\.inRemission\.source: needs at least one source/,
		],
		['no source field at all', (t) => delete t.leader.source, /trial\.leader\.source/],
		[
			'an unknown source key',
			(t) => (t.treated.source = ['LANCET']),
			/trial\.treated\.source\.0: must be one of JCI/,
		],
		[
			'a timeline out of order',
			(t) => t.steps.reverse(),
			/trial\.steps\.1\.startDay: step ".*" starts on day \d+, before the step above it .*out of order/,
		],
		[
			'a step that ends before it starts',
			(t) => (t.steps[2].endDay = 0),
			/trial\.steps\.2\.endDay: endDay must not be before startDay/,
		],
		[
			'a percentage over 100',
			(t) => (t.crs.any.percent = 170),
			/trial\.crs\.any\.percent: must be 100 or less/,
		],
		[
			'a malformed date',
			(t) => (t.published.text = 'April 2016'),
			/trial\.published\.text: must be an ISO date/,
		],
		[
			'an approval remission above its trial size',
			(t) => (t.approvals[2].remission.inRemission = 99),
			/trial\.approvals\.2\.remission\.inRemission: inRemission is more than its denominator patients/,
		],
		[
			'approvals out of date order',
			(t) => t.approvals.reverse(),
			/trial\.approvals\.1\.date: .*out of order/,
		],
		['an unknown field (a typo)', (t) => (t.evaluabel = t.evaluable), /evaluabel/],
		[
			'a follow-up count above its denominator',
			(t) => (t.followUp.mrdNegative.count = t.followUp.patients.count + 1),
			/trial\.followUp\.mrdNegative\.count: \d+ is more than its denominator trial\.followUp\.patients\.count/,
		],
		[
			'more severe neurotoxicity than patients',
			(t) => (t.neurotoxicity.severe.count = t.neurotoxicity.patients.count + 1),
			/trial\.neurotoxicity\.severe\.count: .*denominator trial\.neurotoxicity\.patients\.count/,
		],
		[
			'CRS grades that add up to more than had CRS',
			(t) => (t.crs.grade1.percent = 60),
			/trial\.crs\.any\.percent: the grades add up to .*more than the \d+% who had CRS/,
		],
		[
			'a median of zero months',
			(t) => (t.followUp.efsInRemission.months = 0),
			/trial\.followUp\.efsInRemission\.months: must be more than zero/,
		],
		[
			'an approval whose wider group is smaller than its evaluable group',
			(t) => (t.approvals[2].remission.wider.patients = 10),
			/trial\.approvals\.2\.remission\.wider\.patients: the wider group must not be smaller/,
		],
	])('rejects %s', (_name, breakIt, expected) => {
		it('with a message naming the field', () => {
			const t = copy();
			breakIt(t);
			expect(messageOf(t)).toMatch(expected);
		});
	});

	it('lists every bad field, not only the first', () => {
		const t = copy();
		t.treated.count = -1;
		(t.leader as any).source = ['NOPE'];
		const message = messageOf(t);
		expect(message).toContain('trial.treated.count');
		expect(message).toContain('trial.leader.source.0');
	});
});

describe('the sources schema', () => {
	const good = structuredClone(sources) as Record<string, any>;
	function sourceMessage(data: Record<string, unknown>): string {
		try {
			parseSources(data);
		} catch (e) {
			expect(e).toBeInstanceOf(SourceDataError);
			return (e as Error).message;
		}
		throw new Error('parseSources accepted a malformed source');
	}

	it('accepts the real sources', () => expect(parseSources(good)).toEqual(sources));

	it('rejects a source without a link, naming the field', () => {
		const bad = structuredClone(good);
		delete bad.AAAS.url;
		expect(sourceMessage(bad)).toMatch(/sources\.AAAS\.url: every source needs a link/);
	});

	it('accepts a paper with a DOI and no URL', () => {
		const ok = structuredClone(good);
		delete ok.JCI.url;
		expect(() => parseSources(ok)).not.toThrow();
	});

	it('rejects a plain http address, naming the field', () => {
		const bad = structuredClone(good);
		bad.NEWS.url = 'http://www.newsmax.com/';
		expect(sourceMessage(bad)).toMatch(/sources\.NEWS\.url: must be an https:\/\/ address/);
	});
});

describe('the 95% intervals', () => {
	it('rejects an interval outside 0-100%, naming the field', () => {
		const i = { ...derived.remissionInterval };
		expect(() => parseInterval({ ...i, high: 100.4 }, 'derived.remissionInterval')).toThrow(
			/derived\.remissionInterval\.high: must be 100% or less/,
		);
		expect(() => parseInterval({ ...i, low: -2 }, 'derived.followUpInterval')).toThrow(
			/derived\.followUpInterval\.low: must be 0% or more/,
		);
	});

	it('rejects an interval that does not contain its estimate', () => {
		expect(() =>
			parseInterval({ ...derived.remissionInterval, low: 95 }, 'derived.remissionInterval'),
		).toThrow(/derived\.remissionInterval\.low: the interval must contain its estimate/);
	});
});

describe('the review record', () => {
	const entry = { date: '2026-11-26', title: 'x', items: ['y'] };
	it.each<[string, unknown, RegExp]>([
		[
			'a date that is not ISO',
			{ lastReviewed: '26/11/2026', changes: [entry] },
			/review\.lastReviewed: must be an ISO date/,
		],
		[
			'changes out of order',
			{ lastReviewed: '2026-12-01', changes: [entry, { ...entry, date: '2026-12-01' }] },
			/review\.changes\.1\.date: .*newest first/,
		],
		[
			'a change after the review',
			{ lastReviewed: '2026-01-01', changes: [entry] },
			/review\.changes\.0\.date: .*after lastReviewed/,
		],
		[
			'no changes',
			{ lastReviewed: '2026-11-26', changes: [] },
			/review\.changes: needs at least one entry/,
		],
	])('rejects %s, naming the field', (_name, data, expected) => {
		expect(() => parseReview(data)).toThrow(expected);
	});
	it('is dated by the review, newest change first', () => {
		expect(lastReviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		expect(changes[0]!.date <= lastReviewed).toBe(true);
	});
});
