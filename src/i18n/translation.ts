/**
 * Who wrote each translation and how far to trust it, said on every page of that language (the
 * footer) and on its About page. English is the reference edition, so it has no entry. The date is
 * the site's last review (src/data/review.ts): the Spanish text was checked against the English
 * and the fact sheet that day.
 */
import type { Locale } from './index';

export const translationCredit: Partial<Record<Locale, string>> = {
	es: 'Traducción hecha por los autores de este sitio, no por un traductor médico. Revisada el {date}. Si algo no coincide, vale la versión en inglés.',
};
