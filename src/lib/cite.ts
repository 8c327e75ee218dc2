/**
 * "Cite this page" in plain text and BibTeX, and the paper's own BibTeX, built from sources.ts so
 * the citation a reader copies matches the reference list.
 */
import { sources, type Source } from '~/data/sources';
import { t, type Locale } from '~/i18n';

/** The paper this site retells. */
export const paper: Source = sources.JCI;

/** The paper in a few words, from its parts in sources.ts: "Turtle et al., J Clin Invest, 2016". */
function paperShort(): string {
	const a = paper.article;
	return a ? `${a.authors[0]!.split(',')[0]} et al., ${a.journal}, ${a.year}` : paper.label;
}

/** What a citation of this site says about it, in each language. */
const about: Record<Locale, { explainer: string; reviewed: string }> = {
	en: { explainer: 'A plain-language explainer of', reviewed: 'Last reviewed' },
	es: { explainer: 'Una explicación en palabras sencillas de', reviewed: 'Última revisión:' },
};

/** A plain-text citation of this site in `locale`, dated by its last review (see src/data/review.ts). */
export function pageCitation(url: string, reviewed: string, locale: Locale = 'en'): string {
	const w = about[locale];
	return `${t('siteName', {}, locale)}. ${w.explainer} ${paperShort()}. ${w.reviewed} ${reviewed}. ${url}`;
}

/** One BibTeX entry; values are written as given (callers add braces where case must be kept). */
function entry(type: string, key: string, fields: Record<string, string | undefined>): string {
	const lines = Object.entries(fields)
		.filter((f): f is [string, string] => f[1] !== undefined)
		.map(([k, v]) => `  ${k} = {${v}},`);
	return `@${type}{${key},\n${lines.join('\n')}\n}`;
}

/** BibTeX for this site in `locale`: a @misc entry with its URL and the date of its last review. */
export function pageBibtex(url: string, reviewed: string, locale: Locale = 'en'): string {
	const w = about[locale];
	return entry('misc', locale === 'en' ? 'cart-explainer' : `cart-explainer-${locale}`, {
		title: `{${t('siteName', {}, locale)}}`,
		howpublished: `\\url{${url}}`,
		year: reviewed.slice(0, 4),
		note: `${locale === 'en' ? 'Plain-language explainer of' : w.explainer} ${paperShort()}. ${w.reviewed} ${reviewed}`,
		language: locale === 'en' ? undefined : 'spanish',
		url,
	});
}

/** BibTeX for the paper, from its parts in sources.ts; throws if the parts are missing. */
export function paperBibtex(): string {
	const a = paper.article;
	if (!a || !paper.doi) throw new Error('sources.JCI needs `article` parts and a DOI for BibTeX');
	return entry('article', `turtle${a.year}cd19`, {
		author: [...a.authors, ...(a.etAl ? ['others'] : [])].join(' and '),
		// Double braces keep "CD19", "CAR-T" and "ALL" in capitals in every BibTeX style.
		title: `{${a.title}}`,
		journal: a.journal,
		year: String(a.year),
		volume: a.volume,
		number: a.issue,
		pages: a.pages.replace('–', '--'),
		doi: paper.doi,
		pmid: a.pmid,
		url: paper.url,
	});
}
