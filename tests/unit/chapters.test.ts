import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chapterCard } from '~/lib/card-text';
import { redirectsFile, refreshTarget } from '~/integrations/redirects';
import { t } from '~/i18n';
import { en } from '~/i18n/en';

const dir = new URL('../../content/story/en/', import.meta.url);
/** Every English chapter's section id, from its frontmatter. */
const sections = readdirSync(dir)
	.filter((f) => f.endsWith('.mdx'))
	.map((f) => readFileSync(new URL(f, dir), 'utf8').match(/^section:\s*(\S+)$/m)![1]!);

describe('preview cards', () => {
	it('give every chapter a figure of its own', () => {
		expect(sections.length).toBeGreaterThan(8);
		const figures = sections.map((s) => chapterCard(s).figure);
		expect(new Set(figures).size).toBe(sections.length);
	});

	it('name the chapter that has no card figure', () => {
		expect(() => chapterCard('no-such-chapter')).toThrow(/"no-such-chapter".*card-text\.ts/);
	});
});

describe('old share pages', () => {
	it('read where a meta refresh sends the reader', () => {
		expect(refreshTarget('<meta http-equiv="refresh" content="0; url=/results/">')).toBe(
			'/results/',
		);
		expect(refreshTarget("<meta content='0;url=/a/' http-equiv='refresh'>")).toBe('/a/');
		expect(refreshTarget('<meta name="description" content="0; url=/x/">')).toBeUndefined();
	});

	it('become 301s in _redirects, one line each, sorted', () => {
		expect(
			redirectsFile([
				{ from: '/s/results/', to: '/results/' },
				{ from: '/s/limits/', to: '/limits/' },
			]),
		).toBe('/s/limits/ /limits/ 301\n/s/results/ /results/ 301\n');
	});
});

describe('interface words', () => {
	it('fill their placeholders', () => {
		expect(t('chapterOf', { n: 3, total: 12 })).toBe('Chapter 3 of 12');
		expect(t('copyLinkTo', { title: 'Relapses' })).toBe('Copy link to: Relapses');
	});

	it('refuse to leave a placeholder empty, naming it', () => {
		expect(() => t('chapterOf', { n: 3 })).toThrow("t('chapterOf') needs {total}");
	});

	it('are all non-empty', () => {
		for (const [key, words] of Object.entries(en)) expect(words.trim(), key).not.toBe('');
	});
});
