import { readFileSync } from 'node:fs';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { compressible, precompress } from '~/integrations/precompress';

describe('precompressed copies', () => {
	const text = Buffer.from(readFileSync(new URL('../../README.md', import.meta.url)));

	it('decompress to the very bytes they were made from', () => {
		const { br, gz } = precompress(text);
		expect(brotliDecompressSync(br).equals(text)).toBe(true);
		expect(gunzipSync(gz).equals(text)).toBe(true);
	});

	it('brotli at quality 11 beats gzip at its best on text', () => {
		const { br, gz } = precompress(text);
		expect(br.length).toBeLessThan(gz.length);
		expect(gz.length).toBeLessThan(text.length / 2);
	});

	it('covers the text files the site serves, not images', () => {
		for (const ext of ['.html', '.css', '.js', '.svg', '.xml', '.txt', '.json', '.csv'])
			expect(compressible.has(ext), ext).toBe(true);
		for (const ext of ['.png', '.woff2']) expect(compressible.has(ext), ext).toBe(false);
	});
});
