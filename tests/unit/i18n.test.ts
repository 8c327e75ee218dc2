/**
 * The Spanish edition has everything the English one has: every interface word, every chapter
 * (same section id, same place in the story), every page route. A test here fails the moment an
 * English word, chapter or page is added without its Spanish twin.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { en } from '~/i18n/en';
import { es } from '~/i18n/es';
import { alternatePaths, localePath, splitLocalePath, t } from '~/i18n';
import { hasTwins, isNotFound, twinPath } from '~/lib/twins';
import { redirectsFile } from '~/integrations/redirects';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('interface words', () => {
	it.each(Object.keys(en))('%s has a Spanish entry with the same {placeholders}', (key) => {
		const words = (es as Record<string, string>)[key];
		expect(words, `src/i18n/es.ts has no "${key}"`).toBeDefined();
		expect(words!.trim()).not.toBe('');
		expect(placeholders(words!)).toEqual(placeholders(en[key as keyof typeof en]));
	});

	it('has no Spanish entry that English lacks', () => {
		expect(Object.keys(es).filter((k) => !(k in en))).toEqual([]);
	});

	it('fill their placeholders in Spanish', () => {
		expect(t('chapterOf', { n: 3, total: 14 }, 'es')).toBe('Capítulo 3 de 14');
	});
});

/** Each chapter file's section id and order, read from its frontmatter. */
function chapterFiles(locale: string): Map<string, { section: string; order: number }> {
	const dir = new URL(`../../content/story/${locale}/`, import.meta.url);
	const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.mdx')) : [];
	return new Map(
		files.map((f) => {
			const text = readFileSync(new URL(f, dir), 'utf8');
			return [
				f,
				{
					section: text.match(/^section:\s*(\S+)$/m)?.[1] ?? '',
					order: Number(text.match(/^order:\s*(\d+)$/m)?.[1]),
				},
			];
		}),
	);
}
const english = chapterFiles('en');
const spanish = chapterFiles('es');

describe('chapters', () => {
	it('finds the English chapters', () => expect(english.size).toBeGreaterThan(8));

	it.each([...english.keys()])('%s has a Spanish twin with the same section and order', (file) => {
		expect(spanish.get(file), `content/story/es/${file} is missing`).toEqual(english.get(file));
	});

	it('has no Spanish chapter without an English one (English is the reference)', () => {
		expect([...spanish.keys()].filter((f) => !english.has(f))).toEqual([]);
	});
});

/** The route files under a folder of src/pages, relative to it, without those of sub-languages. */
function routes(dir: URL): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((f) => /\.(astro|ts)$/.test(f))
		.map((f) => f.replaceAll('\\', '/'))
		.filter((f) => !f.startsWith('es/'));
}

describe('pages', () => {
	const pages = new URL('../../src/pages/', import.meta.url);
	// English-only by design: the /s/ share redirects (old links were English) and the data files.
	const englishOnly = /^(s\/|data\/|robots\.txt\.ts$)/;

	it.each(routes(pages).filter((f) => !englishOnly.test(f)))(
		'src/pages/%s has a Spanish twin under src/pages/es/',
		(route) =>
			expect(existsSync(new URL(`es/${route}`, pages)), `src/pages/es/${route}`).toBe(true),
	);
});

describe('addresses in each language', () => {
	it.each([
		['/', 'es', '/es/'],
		['/results/', 'es', '/es/results/'],
		['/results/#relapses', 'es', '/es/results/#relapses'],
		['/results/', 'en', '/results/'],
	] as const)('localePath(%s, %s) is %s', (path, locale, expected) =>
		expect(localePath(path, locale)).toBe(expected),
	);

	it.each([
		['/es/results/', 'es', '/results/'],
		['/es/', 'es', '/'],
		['/es', 'es', '/'],
		['/results/', 'en', '/results/'],
		['/esquina/', 'en', '/esquina/'],
	] as const)('splitLocalePath(%s) is %s %s', (path, locale, rest) =>
		expect(splitLocalePath(path)).toEqual({ locale, path: rest }),
	);

	it('finds the same page in every language', () => {
		expect(alternatePaths('/es/summary/')).toEqual({ en: '/summary/', es: '/es/summary/' });
	});

	it('sends the switch on a not-found page or an old share page to the front page', () => {
		expect(isNotFound('/404.html')).toBe(true);
		expect(isNotFound('/es/404.html')).toBe(true);
		expect(isNotFound('/404-stories/')).toBe(false);
		expect(hasTwins('/s/results/')).toBe(false);
		expect(twinPath('/es/404.html', 'en')).toBe('/');
		expect(twinPath('/s/results/', 'es')).toBe('/es/');
		expect(twinPath('/results/', 'es')).toBe('/es/results/');
	});

	it('gives the Spanish pages their own not-found page on hosts that read _redirects', () => {
		expect(redirectsFile([{ from: '/s/results/', to: '/results/' }], ['/es/'])).toBe(
			'/s/results/ /results/ 301\n/es/* /es/404.html 404\n',
		);
	});
});
