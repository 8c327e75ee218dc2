import { describe, expect, it } from 'vitest';
import { siteQr } from '~/lib/qr';

describe('siteQr', () => {
	it('encodes the absolute site address it is given and returns an SVG', async () => {
		const qr = await siteQr(new URL('https://explainer.example.org'));
		expect(qr.url).toBe('https://explainer.example.org/');
		expect(qr.svg).toMatch(/^<svg [^>]*viewBox="0 0 \d+ \d+"/);
		expect(qr.svg).toContain('<path');
		expect(qr.svg.trim()).toMatch(/<\/svg>$/);
	});

	it('gives a different code for a different address, so the address really is in it', async () => {
		const a = await siteQr('https://explainer.example.org/');
		const b = await siteQr('https://other.example.org/');
		expect(a.svg).not.toBe(b.svg);
	});

	it('fails the build without a site URL, or with a non-web one', async () => {
		await expect(siteQr(undefined)).rejects.toThrow(/site URL/);
		await expect(siteQr('mailto:someone@example.org')).rejects.toThrow(/http/);
	});
});
