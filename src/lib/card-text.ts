/**
 * What each preview card shows: the figure or words that chapter is about, so a shared chapter
 * previews as itself, not as the same headline band on every link. Every number comes from the
 * data module. A chapter with no entry fails the build, naming it.
 */
import { trial } from '~/data/trial';
import { derived } from '~/data/derived';
import { sources } from '~/data/sources';
import { glossary } from '~/data/glossary';
import { allQuestions, nextSteps } from '~/data/next-steps';
import { allQuestionsEs, nextStepsEs } from '~/data/next-steps-es';
import { date, num, of, rangeWhole } from './format';
import { lastReviewed } from '~/data/review';
import type { Locale } from '~/i18n';

/** The big figure on a card and the words under it that say what it counts. */
export interface CardFigure {
	figure: string;
	figureLabel: string;
}

/** The headline: the front page's card and the main result's. */
export const cardFigure: CardFigure = {
	figure: of(derived.remission),
	figureLabel: 'adults whose results could be checked had no detectable leukemia in the marrow',
};

const byChapter: Record<string, CardFigure> = {
	'main-result': cardFigure,
	'who-and-where': {
		figure: `${num(trial.treated.count)} adults`,
		figureLabel: `treated at Fred Hutch, Seattle (${trial.phase.text} trial)`,
	},
	'what-car-t-cells-are': {
		figure: 'CD19',
		figureLabel: 'the marker on B-cells that the changed T-cells look for',
	},
	'how-it-works': {
		figure: `${num(derived.daysToInfusion / 7)} weeks`,
		figureLabel: 'about how long from collecting the cells to giving them back in this trial',
	},
	results: {
		figure: of(derived.noRemission),
		figureLabel: 'had no remission at first; some who did relapsed later',
	},
	limits: {
		figure: of(derived.remissionOfTreated),
		figureLabel: 'counted against everyone treated: small, early, no comparison group',
	},
	researchers: {
		figure: date(trial.published.text),
		figureLabel: 'the paper in The Journal of Clinical Investigation',
	},
	'what-happened-next': {
		figure: `${num(trial.approvals.length)} approvals`,
		figureLabel: 'of CAR T-cell therapies by the FDA since, for different patients',
	},
	glossary: {
		figure: `${num(Object.keys(glossary).length)} terms`,
		figureLabel: 'in plain words, from leukemia to remission',
	},
	sources: {
		figure: `${num(Object.keys(sources).length)} sources`,
		figureLabel: 'papers, records and reports behind every figure',
	},
	'what-you-can-do': {
		figure: `${num(allQuestions.length)} questions`,
		figureLabel: `to ask your care team; and a free help line, ${nextSteps.helpLine.lettered}`,
	},
	'side-effects': {
		figure: of(derived.neurotoxicitySevere),
		figureLabel: 'had severe effects on the brain and nerves in a later, wider study; more had CRS',
	},
	'how-long-it-lasted': {
		figure: of(derived.followUpRemission),
		figureLabel: `reached remission in the 2019 follow-up; the range: ${rangeWhole(derived.followUpInterval)}`,
	},
	about: {
		figure: date(lastReviewed),
		figureLabel: 'when this site was last checked against its sources; no ads, no tracking',
	},
};

/** The trial's phase in Spanish words: the data's "phase 1/2" -> "fase 1/2". */
function phaseEs(phase: string): string {
	const m = /^phase (.+)$/.exec(phase);
	if (!m)
		throw new Error(`card-text.ts cannot put the phase "${phase}" in Spanish: expected "phase …"`);
	return `fase ${m[1]}`;
}

/** The Spanish headline: the Spanish front page's card and the main result's. */
export const cardFigureEs: CardFigure = {
	figure: of(derived.remission, 'es'),
	figureLabel:
		'adultos cuyos resultados se pudieron comprobar no tenían leucemia detectable en la médula',
};

/** The same cards in Spanish: the same figures, formatted the Spanish way, with Spanish words. */
const byChapterEs: Record<string, CardFigure> = {
	'main-result': cardFigureEs,
	'who-and-where': {
		figure: `${num(trial.treated.count, 'es')} adultos`,
		figureLabel: `tratados en Fred Hutch, Seattle (ensayo de ${phaseEs(trial.phase.text)})`,
	},
	'what-car-t-cells-are': {
		figure: 'CD19',
		figureLabel: 'el marcador de los linfocitos B que buscan los linfocitos T modificados',
	},
	'how-it-works': {
		figure: `${num(derived.daysToInfusion / 7, 'es')} semanas`,
		figureLabel:
			'más o menos, desde que se recogen las células hasta que se devuelven, en este ensayo',
	},
	results: {
		figure: of(derived.noRemission, 'es'),
		figureLabel: 'no lograron la remisión al principio; de los que sí, algunos recayeron después',
	},
	limits: {
		figure: of(derived.remissionOfTreated, 'es'),
		figureLabel:
			'contando a todos los tratados: un ensayo pequeño, temprano, sin grupo de comparación',
	},
	researchers: {
		figure: date(trial.published.text, 'es'),
		figureLabel: 'el artículo en la revista The Journal of Clinical Investigation',
	},
	'what-happened-next': {
		figure: `${num(trial.approvals.length, 'es')} aprobaciones`,
		figureLabel: 'de terapias de células T con CAR por la FDA desde entonces, para otros pacientes',
	},
	glossary: {
		figure: `${num(Object.keys(glossary).length, 'es')} términos`,
		figureLabel: 'en palabras sencillas, de la leucemia a la remisión',
	},
	sources: {
		figure: `${num(Object.keys(sources).length, 'es')} fuentes`,
		figureLabel: 'artículos, registros e informes detrás de cada cifra',
	},
	'what-you-can-do': {
		figure: `${num(allQuestionsEs.length, 'es')} preguntas`,
		figureLabel: `para su equipo médico; y una línea de ayuda gratuita${nextStepsEs.helpLine.languages.includes('español') ? ' en español' : ''}, ${nextStepsEs.helpLine.lettered}`,
	},
	'side-effects': {
		figure: of(derived.neurotoxicitySevere, 'es'),
		figureLabel:
			'tuvieron efectos graves en el cerebro y los nervios en un estudio mayor y posterior; más tuvieron SLC',
	},
	'how-long-it-lasted': {
		figure: of(derived.followUpRemission, 'es'),
		figureLabel: `lograron la remisión en el seguimiento de 2019; el intervalo: ${rangeWhole(derived.followUpInterval, 'es')}`,
	},
	about: {
		figure: date(lastReviewed, 'es'),
		figureLabel: 'revisado por última vez con sus fuentes; sin anuncios ni rastreo',
	},
};

const cards: Record<Locale, Record<string, CardFigure>> = { en: byChapter, es: byChapterEs };

/** The card figure of a chapter in `locale`; throws, naming the chapter, when it has none. */
export function chapterCard(section: string, locale: Locale = 'en'): CardFigure {
	const card = cards[locale][section];
	if (!card)
		throw new Error(
			`No ${locale === 'en' ? '' : `${locale} `}card figure for chapter "${section}": add one in src/lib/card-text.ts`,
		);
	return card;
}
