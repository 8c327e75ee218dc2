import { describe, expect, it } from 'vitest';
import { parseTrial, TrialDataError } from '~/data/schema';
import { rawTrial, type Trial } from '~/data/trial';

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
