/**
 * The charts' words in Spanish: plain, short, "usted" (see words.ts for what each entry is). The
 * figures come in as arguments and go out through the formatters bound to Spanish, so "27 de 29",
 * "93 %" and "dos semanas" are made here from the data module's counts, never typed.
 */
import type { Step } from '~/data/trial';
import { lowerFirst, num, Num, of, pct, rangeWhole, reported } from '~/lib/format';
import type { ChartWords, StepTiming } from './words';

/** The singular or the plural form, after the count: Spanish verbs and adjectives agree with it. */
const pl = (n: number, one: string, many: string) => (n === 1 ? one : many);

/**
 * Each step of the process by its id (the same ids as trial.steps): a short name, and its timing
 * in the sources' words, with the days and weeks read from the step itself.
 */
export const stepsEs: Record<Step['id'], { name: string; when: (s: StepTiming) => string }> = {
	collect: { name: 'Recolección', when: (s) => `Día ${s.startDay}` },
	engineer: { name: 'Modificación', when: () => 'Los primeros días' },
	grow: {
		name: 'Multiplicación',
		when: (s) => `Durante unas ${num(s.endDay / 7, 'es')} semanas`,
	},
	chemo: { name: 'Quimioterapia', when: () => 'Poco antes de la infusión' },
	infuse: {
		name: 'Infusión',
		when: (s) => `Unas ${num(s.startDay / 7, 'es')} semanas después de la recolección`,
	},
	check: {
		name: 'Revisión',
		when: () => 'Unas semanas después de la infusión; no se informó el día exacto',
	},
};

const reEnrolledName = (n: number) =>
	pl(
		n,
		'Volvió por una dosis más alta y luego entró en remisión',
		'Volvieron por una dosis más alta y luego entraron en remisión',
	);

export const es: ChartWords = {
	remission: {
		groups: {
			treated: (n) => pl(n, 'Tratado', 'Tratados'),
			evaluable: (n) =>
				pl(n, 'Se pudo comprobar (evaluable)', 'Se pudieron comprobar (evaluables)'),
			remission: () => 'Sin leucemia detectable',
			noRemission: () => 'Sin remisión al principio',
			reEnrolled: () => 'Remisión tras una segunda dosis, más alta',
			notReEnrolled: () => 'Sin remisión, sin segunda dosis en el ensayo',
			notEvaluable: (n) =>
				pl(n, 'Tratado, pero no se pudo comprobar', 'Tratados, pero no se pudieron comprobar'),
		},
		name: (c) =>
			`${of(c.remission, 'es')} pacientes evaluables (${pct(c.remission, 'es')}) no tenían leucemia detectable en la médula ósea. ${Num(c.noRemission, 'es')} ${pl(c.noRemission, 'no entró', 'no entraron')} en remisión al principio; ${num(c.reEnrolled, 'es')} de ellos ${pl(c.reEnrolled, 'entró', 'entraron')} en remisión tras una dosis más alta. Además, ${num(c.notEvaluable, 'es')} ${pl(c.notEvaluable, 'paciente tratado no se pudo comprobar', 'pacientes tratados no se pudieron comprobar')}.`,
		caption: (c) =>
			`Cada círculo es uno de los ${num(c.treated, 'es')} adultos que recibieron el tratamiento. De los ${num(c.evaluable, 'es')} que se pudieron comprobar, ${num(c.inRemission, 'es')} no tenían leucemia detectable en la médula ósea unas semanas después de recibir las células. Si se cuentan los ${num(c.treated, 'es')} tratados, son ${of(c.ofTreated, 'es')}. Con tan pocos pacientes, la tasa real podría ir de ${rangeWhole(c.interval, 'es')}, más o menos.`,
		share: (percent, of) => `${percent} de los ${of === 'evaluable' ? 'evaluables' : 'tratados'}`,
		table: {
			caption: 'Los números de este gráfico',
			patients: 'Pacientes',
			number: 'Número',
			percentage: 'Porcentaje',
		},
	},
	outcomes: {
		groups: {
			treated: {
				name: (n) => pl(n, 'Tratado', 'Tratados'),
				label: (n) => `${n} ${pl(n, 'tratado', 'tratados')}`,
			},
			evaluable: {
				name: (n) => pl(n, 'Se pudo comprobar (evaluable)', 'Se pudieron comprobar (evaluables)'),
				label: (n) =>
					`${n} ${pl(n, 'se pudo comprobar (evaluable)', 'se pudieron comprobar (evaluables)')}`,
			},
			notEvaluable: {
				name: (n) => pl(n, 'No se pudo comprobar', 'No se pudieron comprobar'),
				label: (n) => `${n} ${pl(n, 'no se pudo comprobar', 'no se pudieron comprobar')}`,
			},
			remission: {
				name: () => 'Sin leucemia detectable',
				label: (n) => `${n} ${pl(n, 'no tenía', 'no tenían')} leucemia detectable`,
			},
			noRemission: {
				name: () => 'Sin remisión al principio',
				label: (n) => `${n} ${pl(n, 'no entró', 'no entraron')} en remisión al principio`,
			},
			reEnrolled: {
				name: reEnrolledName,
				label: (n) => `${n} de ellos ${lowerFirst(reEnrolledName(n))}`,
			},
			relapsed: {
				name: 'La leucemia volvió más tarde, tras la remisión',
				label:
					'En algunos que entraron en remisión, la leucemia volvió más tarde. Las fuentes no dicen en cuántos: la barra punteada abarca a todos los que podrían ser.',
			},
			resistant: {
				name: () => 'La leucemia volvió y las células ya no podían atacarla',
				label: (n) => `En ${n} de ellos, la leucemia volvió y las células ya no podían atacarla`,
			},
		},
		name: (c) =>
			`Qué les pasó a los ${num(c.treated, 'es')} pacientes tratados: ${num(c.evaluable, 'es')} ${pl(c.evaluable, 'se pudo', 'se pudieron')} comprobar, ${num(c.inRemission, 'es')} ${pl(c.inRemission, 'no tenía', 'no tenían')} leucemia detectable y ${num(c.reEnrolledRemission, 'es')} más ${pl(c.reEnrolledRemission, 'entró', 'entraron')} en remisión tras una dosis más alta. En algunos, la leucemia volvió más tarde (no se informó en cuántos); en ${num(c.resistantRelapse, 'es')}, las células ya no podían atacarla.`,
		caption: (c) =>
			`Cada barra muestra un grupo de pacientes en la misma escala: el ancho total son los ${num(c.treated, 'es')} que recibieron el tratamiento. La barra punteada con un signo de pregunta es un grupo cuyo tamaño no dan nuestras fuentes: abarca a todos los que podrían estar en él, y su largo no es un recuento. Se sabe que en ${num(c.resistantRelapse, 'es')} de los pacientes cuya leucemia volvió, las células ya no podían atacarla.`,
		table: {
			caption: 'Los números de este gráfico',
			group: 'Grupo',
			patients: 'Pacientes',
			partOf: 'Forma parte de',
			notReported: 'No se informó',
		},
	},
	timeline: {
		step: (s) => ({ name: stepsEs[s.id].name, when: stepsEs[s.id].when(s) }),
		axisTitle: 'Semanas desde la recolección',
		name: (c) =>
			`Línea de tiempo de los ${num(c.steps, 'es')} pasos de este ensayo: las células volvieron al paciente ${c.infuse}, y se revisó la médula ósea ${c.check}.`,
		caption: (c) =>
			`Un rombo lleno es un día conocido. Las barras rayadas y los rombos huecos son aproximados: en nuestras fuentes, ${num(c.approximate, 'es')} de los ${num(c.steps, 'es')} pasos solo tienen una fecha aproximada. Su lugar en la escala es nuestra lectura de esas palabras, no días informados. La última barra se desvanece porque no se da un final.`,
		table: {
			caption: 'Los pasos de este gráfico',
			step: 'Paso',
			when: 'Cuándo',
			approximate: 'aproximado',
			exact: 'exacto',
		},
	},
	intervals: {
		estimates: { report2016: 'Informe de 2016', followUp2019: 'Seguimiento de 2019' },
		range: (i) => `Intervalo del ${reported(i.level, 'es')}: de ${rangeWhole(i, 'es')}`,
		tick: (percent) => reported(percent, 'es'),
		axisTitle: 'Pacientes en remisión (%)',
		name: ({ early, later, overlap }) =>
			`Las dos estimaciones coinciden más de lo que parece. En 2016, ${of(early, 'es')} (${pct(early, 'es')}): la tasa real podría ir de ${rangeWhole(early, 'es')}. Para 2019, ${of(later, 'es')} (${pct(later, 'es')}): de ${rangeWhole(later, 'es')}. ${overlap ? 'Los intervalos se superponen.' : 'Los intervalos no se superponen.'}`,
		caption: ({ level, overlap }) =>
			`Cada punto es el porcentaje de pacientes en remisión que encontró un informe. La línea que lo rodea es su intervalo de incertidumbre del ${reported(level, 'es')}: la tasa real bien podría estar en cualquier lugar de esa línea. El grupo posterior era más grande, por eso su intervalo es más corto.${overlap ? ' Los dos intervalos se superponen: la cifra posterior, más baja, no contradice a la primera.' : ''}`,
		table: {
			caption: 'Los números de este gráfico',
			report: 'Informe',
			inRemission: 'En remisión',
			range: (level) => `Intervalo del ${reported(level, 'es')}`,
		},
	},
};
