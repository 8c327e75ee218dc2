import { describe, expect, it } from 'vitest';
import {
	cspDirectives,
	hashSource,
	headerOnlyDirectives,
	headersFile,
	mergePolicies,
	metaPolicy,
	narrowPolicy,
	parsePolicy,
	withMetaPolicy,
} from '~/integrations/csp';

describe('Content-Security-Policy', () => {
	it('never allows inline script by default, nor plugins, nor another site', () => {
		const policy = parsePolicy(cspDirectives.join(';'));
		expect(policy.get('default-src')).toEqual(["'self'"]);
		expect(policy.get('object-src')).toEqual(["'none'"]);
		expect(cspDirectives.join(' ')).not.toContain('unsafe');
	});

	it('uses only directives that WebKit reads, as well as Chromium and Firefox', () => {
		// The fetch and document directives WebKit parses (WebCore's ContentSecurityPolicyDirectiveNames).
		// Any other name, such as manifest-src, makes Safari log a console error on every page
		// (tests/engines checks that console in WebKitGTK).
		const webkit = new Set([
			'default-src',
			'script-src',
			'style-src',
			'img-src',
			'font-src',
			'connect-src',
			'media-src',
			'object-src',
			'frame-src',
			'child-src',
			'worker-src',
			'base-uri',
			'form-action',
			'frame-ancestors',
			'sandbox',
			'upgrade-insecure-requests',
			'report-uri',
			'report-to',
		]);
		for (const name of parsePolicy([...cspDirectives, ...headerOnlyDirectives].join(';')).keys())
			expect(webkit, name).toContain(name);
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

describe('each page’s own policy', () => {
	const run = 'console.log(1)';
	const css = 'p{color:red}';
	const page = (policy: string) =>
		`<head><meta http-equiv="content-security-policy" content="${policy}"><style>${css}</style>` +
		`<script type="application/ld+json">{"a":1}</script></head><body><script type="module">${run}</script></body>`;
	const sitewide = `default-src 'self'; script-src 'self' ${hashSource(run)} ${hashSource('other()')}; style-src 'self' ${hashSource(css)} ${hashSource('b{}')}`;

	it('keeps only the hashes of the scripts and styles on the page', () => {
		expect(narrowPolicy(sitewide, page(sitewide), 'x.html')).toBe(
			`default-src 'self'; script-src 'self' ${hashSource(run)}; style-src 'self' ${hashSource(css)}`,
		);
	});

	it('needs no hash for a JSON-LD data block, which never runs', () => {
		const policy = narrowPolicy(sitewide, page(sitewide), 'x.html');
		expect(policy).not.toContain(hashSource('{"a":1}'));
	});

	it('fails, naming the page, when an inline script is not allowed', () => {
		const without = `default-src 'self'; script-src 'self'; style-src 'self' ${hashSource(css)}`;
		expect(() => narrowPolicy(without, page(without), 'story/index.html')).toThrow(
			/^story\/index\.html: an inline script is not allowed by its script-src/,
		);
	});

	it('writes the narrowed policy back into the page', () => {
		const narrowed = narrowPolicy(sitewide, page(sitewide), 'x.html');
		expect(metaPolicy(withMetaPolicy(page(sitewide), narrowed))).toBe(narrowed);
	});

	it('matches the hash a browser computes (the CSP spec’s example)', () => {
		// https://www.w3.org/TR/CSP3/#grammardef-hash-source: alert('Hello, world.');
		expect(hashSource("alert('Hello, world.');")).toBe(
			"'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='",
		);
	});
});
