/**
 * The words of src/data/next-steps.ts in Spanish, for the Spanish chapter "Lo que puede hacer hoy"
 * and the Spanish one-page summary: link labels, the help line's name, who runs it and its languages,
 * and the questions to take to the care team. Everything that is not words (addresses, phone
 * numbers, source keys) is taken from the English module, so the two editions cannot point to
 * different places. Group and question ids are the English ones: they become element ids and form
 * field names, so both editions' pages and tests find the same boxes.
 *
 * Checked on import with the English module's zod schema, plus what Spanish needs: every question
 * opens with "¿", and the ids match the English ones in the same order. A malformed entry stops the
 * build with a message naming the field (e.g. `nextStepsEs.questionGroups.0.questions.1.text: ...`).
 */
import { checkData, DataError, type DataIssue } from './validate';
import { allQuestions, nextStepsSchema, rawNextSteps, type NextSteps } from './next-steps';

/** Thrown when this module is malformed; its message lists every bad field by path. */
export class NextStepsEsDataError extends DataError {
	constructor(issues: readonly DataIssue[]) {
		super('The data in src/data/next-steps-es.ts', issues);
		this.name = 'NextStepsEsDataError';
	}
}

const spanishSchema = nextStepsSchema.superRefine((n, ctx) => {
	n.questionGroups.forEach((g, gi) => {
		const english = rawNextSteps.questionGroups[gi];
		if (g.id !== english?.id)
			ctx.addIssue({
				code: 'custom',
				path: ['questionGroups', gi, 'id'],
				message: `must be "${english?.id ?? '(none)'}", the English group's id at this place`,
			});
		g.questions.forEach((q, qi) => {
			const path = ['questionGroups', gi, 'questions', qi];
			const englishId = english?.questions[qi]?.id;
			if (q.id !== englishId)
				ctx.addIssue({
					code: 'custom',
					path: [...path, 'id'],
					message: `must be "${englishId ?? '(none)'}", the English question's id at this place`,
				});
			const opens = q.text.split('¿').length - 1;
			const closes = q.text.split('?').length - 1;
			if (!q.text.startsWith('¿') || opens !== closes)
				ctx.addIssue({
					code: 'custom',
					path: [...path, 'text'],
					message: 'must open each question with "¿" and close it with "?"',
				});
		});
	});
	if (n.questionGroups.length !== rawNextSteps.questionGroups.length)
		ctx.addIssue({
			code: 'custom',
			path: ['questionGroups'],
			message: `holds ${n.questionGroups.length} groups; the English module has ${rawNextSteps.questionGroups.length}`,
		});
});

/** Validates the Spanish data; returns it unchanged or throws naming each bad field. */
export function parseNextStepsEs<T extends NextSteps>(data: T): T {
	checkData(spanishSchema, data, 'nextStepsEs', (issues) => new NextStepsEsDataError(issues));
	return data;
}

const en = rawNextSteps;

/** The Spanish data as written, before the check; tests break copies of it. */
export const rawNextStepsEs = {
	helpLine: {
		...en.helpLine,
		name: 'Servicio de Información sobre el Cáncer',
		runBy: 'Instituto Nacional del Cáncer de Estados Unidos',
		languages: ['inglés', 'español'],
	},
	trialSearch: {
		...en.trialSearch,
		label:
			'ensayos de terapia de células T con CAR para la leucemia linfoblástica aguda en ClinicalTrials.gov (en inglés)',
	},
	trialsGuide: {
		...en.trialsGuide,
		label: 'la guía del Instituto Nacional del Cáncer sobre los ensayos clínicos (en inglés)',
	},
	approvedList: {
		...en.approvedList,
		label: 'la lista de la FDA de terapias celulares y genéticas aprobadas (en inglés)',
	},
	questionGroups: [
		{
			id: 'treatment',
			title: 'Sobre el tratamiento',
			questions: [
				{ id: 'choices', text: '¿Qué tratamientos podría recibir ahora?' },
				{
					id: 'car-t',
					text: '¿Podrían las células T con CAR, o un ensayo clínico con ellas, ser una opción para mí?',
				},
				{
					id: 'trial-why',
					text: '¿Hay algún ensayo clínico para mí? Si lo hay, ¿para qué se hace y qué tendría que hacer yo?',
				},
				{ id: 'working', text: '¿Cómo vamos a saber si el tratamiento funciona?' },
			],
		},
		{
			id: 'risks',
			title: 'Los riesgos',
			questions: [
				{
					id: 'side-effects',
					text: '¿Qué efectos secundarios podría causar, y qué tan graves pueden ser?',
				},
				{ id: 'warning-signs', text: '¿Qué señales de alarma debo vigilar, y a quién llamo?' },
				{
					id: 'gain-lose',
					text: '¿Qué podría ganar y qué podría perder, comparado con otros tratamientos?',
				},
			],
		},
		{
			id: 'practical',
			title: 'Tiempo, viajes y costos',
			questions: [
				{ id: 'how-long', text: '¿Cuánto tiempo lleva todo, de principio a fin?' },
				{
					id: 'where',
					text: '¿Dónde se haría? ¿Tendría que viajar o quedarme lejos de mi casa?',
				},
				{ id: 'cost', text: '¿Cuánto me va a costar? ¿Qué pagará mi seguro médico o el ensayo?' },
			],
		},
	],
	questionSource: en.questionSource,
} satisfies NextSteps;

/** The checked Spanish data: importing this module fails the build if anything above is malformed. */
export const nextStepsEs: NextSteps = parseNextStepsEs(rawNextStepsEs);

/** Every Spanish question, in reading order, with its group's id (the same ids as `allQuestions`). */
export const allQuestionsEs: typeof allQuestions = nextStepsEs.questionGroups.flatMap((g) =>
	g.questions.map((q) => ({ ...q, group: g.id })),
);
