import { describe, expect, it } from 'vitest';
import {
	cspDirectives,
	headersFile,
	mergePolicies,
	metaPolicy,
	parsePolicy,
} from '~/integrations/csp';

describe('Content-Security-Policy', () => {
	it('never allows inline script by default, nor plugins, nor another site', () => {
		const policy = parsePolicy(cspDirectives.join(';'));
		expect(policy.get('default-src')).toEqual(["'self'"]);
		expect(policy.get('object-src')).toEqual(["'none'"]);
		expect(cspDirectives.join(' ')).not.toContain('unsafe');
	});

	it('merges per-page policies into one header that allows the hashes of every page', () => {
		const merged = mergePolicies(
			[
				"default-src 'self'; script-src 'self' 'sha256-a'",
				"default-src 'self';script-src 'self' 'sha256-b'",
			],
			["frame-ancestors 'none'"],
		);
		expect(merged).toBe(
			"default-src 'self'; script-src 'self' 'sha256-a' 'sha256-b'; frame-ancestors 'none'",
		);
	});

	it('reads the policy out of a built page and writes it into _headers', () => {
		const html = `<head><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self'"></head>`;
		expect(metaPolicy(html)).toBe("default-src 'self'; script-src 'self'");
		expect(metaPolicy('<head></head>')).toBeUndefined();
		expect(headersFile("default-src 'self'")).toMatch(
			/^\/\*\n {2}Content-Security-Policy: default-src 'self'$/m,
		);
	});
});
