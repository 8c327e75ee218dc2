import { describe, expect, it } from 'vitest';
import { verdict } from '../tools/lib/advisories';

const report = (counts: Record<string, number>) =>
	JSON.stringify({
		auditReportVersion: 2,
		vulnerabilities: {},
		metadata: { vulnerabilities: counts },
	});

describe('npm audit verdict', () => {
	it('fails on a high or a critical advisory', () => {
		expect(verdict(report({ high: 1, critical: 0, moderate: 0, low: 0 })).status).toBe(
			'vulnerable',
		);
		expect(verdict(report({ high: 0, critical: 2 })).message).toBe(
			'runtime dependencies have advisories: 2 critical, 0 high, 0 moderate, 0 low',
		);
	});

	it('passes with only moderate or low ones, and lists them', () => {
		expect(verdict(report({ high: 0, critical: 0, moderate: 3, low: 1 }))).toEqual({
			status: 'clean',
			message: 'no high or critical advisory (0 critical, 0 high, 3 moderate, 1 low)',
		});
	});

	it('says nothing was checked when the advisory service does not answer', () => {
		const refused = JSON.stringify({
			message:
				'405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
			statusCode: 405,
			error: { summary: '', detail: '' },
		});
		expect(verdict(refused)).toEqual({
			status: 'unchecked',
			message:
				'the advisory service did not answer (405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk): dependencies NOT checked',
		});
		expect(verdict('').status).toBe('unchecked');
	});
});
