/**
 * The glossary in Spanish: the same keys as src/data/glossary.ts (the type makes a missing or extra
 * key a build error), each with a plain Spanish term and a definition of one or two short sentences,
 * in the tone of NCI's "Diccionario de cáncer", for a reader who left school at 14. Neutral
 * Latin-American Spanish. The Spanish pages link a term to its entry here the first time it appears.
 */
import type { Term, TermKey } from './glossary';

export const glossaryEs: Record<TermKey, Term> = {
	leukemia: {
		term: 'Leucemia',
		definition:
			'Cáncer de la sangre. El cuerpo produce demasiados glóbulos blancos que no funcionan bien.',
	},
	all: {
		term: 'Leucemia linfoblástica aguda',
		also: 'LLA, LLA de células B; ALL o B-ALL en inglés',
		definition:
			'Leucemia que avanza rápido y empieza en glóbulos blancos jóvenes llamados linfocitos. En la LLA de células B, las células enfermas son linfocitos B.',
	},
	bcell: {
		term: 'Linfocito B',
		also: 'célula B',
		definition:
			'Tipo de glóbulo blanco. Los linfocitos B sanos producen anticuerpos, que combaten los microbios.',
	},
	tcell: {
		term: 'Linfocito T',
		also: 'célula T',
		definition:
			'Tipo de glóbulo blanco que encuentra y mata células enfermas. Unos (CD4+) dirigen el ataque y otros (CD8+) matan.',
	},
	relapsed: {
		term: 'Recaída',
		also: 'leucemia que volvió',
		definition: 'El cáncer volvió después de que el tratamiento lo había hecho retroceder.',
	},
	refractory: {
		term: 'Refractaria',
		definition: 'El cáncer no respondió al tratamiento, o dejó de responder.',
	},
	marrow: {
		term: 'Médula ósea',
		definition: 'Tejido blando dentro de los huesos, donde se forman las células de la sangre.',
	},
	remission: {
		term: 'Remisión',
		also: 'remisión completa',
		definition:
			'Las pruebas ya no encuentran el cáncer. No quiere decir que se curó: el cáncer puede volver.',
	},
	lymphoma: {
		term: 'Linfoma',
		also: 'linfoma de células B grandes',
		definition:
			'Cáncer de los glóbulos blancos que crece sobre todo en los ganglios linfáticos, y no tanto en la sangre. Los ganglios son pequeñas bolitas de las defensas del cuerpo.',
	},
	cll: {
		term: 'LLC',
		also: 'leucemia linfocítica crónica; CLL en inglés',
		definition:
			'Leucemia de linfocitos B que avanza despacio. Casi siempre afecta a personas mayores.',
	},
	receptor: {
		term: 'Receptor',
		definition:
			'Parte de la superficie de una célula que detecta una sola cosa. Luego pasa la señal al interior de la célula.',
	},
	detectable: {
		term: 'Sin leucemia detectable',
		definition:
			'Pruebas muy sensibles no encontraron células de leucemia. Toda prueba tiene un límite, así que unas pocas células podrían quedar escondidas.',
	},
	car: {
		term: 'CAR',
		also: 'receptor de antígeno quimérico',
		definition:
			'Receptor (sensor) hecho en el laboratorio que se agrega a un linfocito T. Una parte, tomada de un anticuerpo, reconoce el blanco; la otra enciende el linfocito T.',
	},
	antibody: {
		term: 'Anticuerpo',
		definition:
			'Proteína que fabrican las defensas del cuerpo. Se pega a un solo blanco, muy exacto.',
	},
	cd19: {
		term: 'CD19',
		definition:
			'Marcador en la superficie de los linfocitos B, tanto los de leucemia como los sanos. El CAR de este ensayo lo busca.',
	},
	cart: {
		term: 'Terapia de células T con CAR',
		also: 'CAR T',
		definition:
			'Tratamiento que toma los linfocitos T del propio paciente, les agrega un CAR, los multiplica y se los devuelve.',
	},
	leukapheresis: {
		term: 'Leucaféresis',
		definition:
			'Recolección de glóbulos blancos. La sangre pasa por una máquina que guarda los glóbulos blancos y devuelve el resto.',
	},
	lymphodepletion: {
		term: 'Linfodepleción',
		definition:
			'Quimioterapia que se da justo antes de las células nuevas. Baja la cantidad de otros glóbulos blancos para hacerles lugar.',
	},
	infusion: {
		term: 'Infusión',
		definition: 'Forma de pasar un líquido o un medicamento a una vena, poco a poco, por un tubo.',
	},
	evaluable: {
		term: 'Evaluable',
		also: 'paciente cuyos resultados se pudieron comprobar',
		definition:
			'Paciente cuya respuesta al tratamiento se pudo medir. Quien recibió el tratamiento, pero no se pudo medir su respuesta, no es evaluable.',
	},
	phase: {
		term: 'Ensayo clínico de fase temprana',
		also: 'fase 1/2',
		definition:
			'Primer estudio pequeño de un tratamiento nuevo en personas. Busca la dosis correcta y si es seguro, y da una primera idea de si funciona.',
	},
	singleArm: {
		term: 'Ensayo de un solo grupo',
		also: 'ensayo de un solo brazo',
		definition:
			'Todos los pacientes reciben el tratamiento nuevo. No hay otro grupo para comparar, así que no muestra si es mejor o peor que otros tratamientos.',
	},
	crs: {
		term: 'Síndrome de liberación de citocinas',
		also: 'SLC; CRS en inglés',
		definition:
			'Reacción fuerte cuando muchas células de defensa se activan a la vez. Causa fiebre y presión baja, y a veces pone en peligro la vida.',
	},
	grade: {
		term: 'Grado',
		definition:
			'Qué tan grave fue un efecto secundario, en una escala del 1 al 5. El grado 1 es leve, el 2 moderado, el 3 grave, el 4 pone en peligro la vida y el 5 quiere decir que el paciente murió por esa causa.',
	},
	neurotoxicity: {
		term: 'Neurotoxicidad',
		definition: 'Daño al cerebro y a los nervios causado por un tratamiento.',
	},
	platelets: {
		term: 'Plaquetas',
		definition:
			'Células muy pequeñas de la sangre. Ayudan a formar coágulos para parar el sangrado.',
	},
	lentivirus: {
		term: 'Lentivirus',
		definition:
			'Tipo de virus, pariente del VIH. El que se usa para llevar el gen del CAR está desactivado y no puede causar enfermedad.',
	},
	boxedWarning: {
		term: 'Advertencia en recuadro',
		also: 'advertencia de recuadro negro',
		definition:
			'La advertencia más fuerte que la FDA pone en la etiqueta de un medicamento, dentro de un recuadro. Señala riesgos que pueden ser graves o mortales.',
	},
	mrd: {
		term: 'EMR negativa',
		also: 'enfermedad residual mínima; MRD en inglés',
		definition:
			'Una prueba muy sensible no encontró células de leucemia. La EMR son las pocas células que pueden quedar después del tratamiento.',
	},
	median: {
		term: 'Mediana',
		definition:
			'El valor del medio. A la mitad de los pacientes les fue mejor que la mediana, y a la otra mitad, peor.',
	},
	efs: {
		term: 'Supervivencia sin eventos',
		definition:
			'Tiempo hasta que la leucemia volvió o el paciente murió, lo que haya pasado primero.',
	},
	os: {
		term: 'Supervivencia general',
		also: 'supervivencia global',
		definition: 'Tiempo hasta que el paciente murió, por cualquier causa.',
	},
	transplant: {
		term: 'Trasplante de células madre',
		also: 'trasplante alogénico',
		definition:
			'Tratamiento que cambia las células de la médula ósea que forman la sangre por células sanas de un donante.',
	},
	interval: {
		term: 'Intervalo de incertidumbre',
		also: 'intervalo de confianza del 95\u00a0%',
		definition:
			'Rango donde bien podría estar la tasa real, porque se contaron pocos pacientes. Un grupo pequeño da un rango amplio.',
	},
	fda: {
		term: 'FDA',
		also: 'Administración de Alimentos y Medicamentos',
		definition:
			'Agencia del gobierno de Estados Unidos. Decide qué medicamentos se pueden vender en ese país.',
	},
	clinicalTrial: {
		term: 'Ensayo clínico',
		definition:
			'Estudio de investigación que prueba un tratamiento en personas, para saber si es seguro y si funciona.',
	},
};
