import { describe, expect, it } from 'vitest';
import {
	fernandezHuerta,
	numberWordsEs,
	spokenEs,
	syllablesEs,
	wordsEs,
} from '../tools/lib/readability-es.ts';

describe('syllablesEs', () => {
	it.each<[string, number]>([
		// One vowel per syllable.
		['médula', 3], // mé-du-la
		['células', 3], // cé-lu-las
		['remisión', 3], // re-mi-sión (diphthong io)
		['sangre', 2],
		['terapia', 3], // te-ra-pia
		['ensayo', 3], // en-sa-yo: y inside a word is a consonant
		['mayo', 2],
		// Diphthongs and triphthongs: a weak vowel (i u ü) joins its neighbour.
		['leucemia', 3], // leu-ce-mia (eu and ia are diphthongs)
		['ciudad', 2], // ciu-dad
		['huevo', 2], // hue-vo
		['quiero', 2], // quie-ro: silent u needs no rule of its own
		['guerra', 2], // gue-rra
		['pingüino', 3], // pin-güi-no
		['buey', 1], // triphthong with final y
		['Uruguay', 3], // U-ru-guay
		['cuidado', 3], // cui-da-do
		['nueve', 2],
		['linfoblástica', 5], // lin-fo-blás-ti-ca
		['citocinas', 4],
		// Hiatus: two strong vowels, or an accented í/ú beside a vowel.
		['ósea', 3], // ó-se-a
		['aéreo', 4], // a-é-re-o
		['poeta', 3], // po-e-ta
		['día', 2], // dí-a
		['río', 2], // rí-o
		['país', 2], // pa-ís
		['reúne', 3], // re-ú-ne
		['leía', 3], // le-í-a
		['toxicidad', 4],
		['neurotoxicidad', 6], // neu-ro-to-xi-ci-dad
		['chiita', 3], // chi-i-ta: the same weak vowel twice
		// y as a vowel.
		['y', 1],
		['muy', 1],
		['hoy', 1],
		['Y', 1],
		// h is a consonant.
		['búho', 2],
		['ahora', 3],
		// Capitals and accents read the same as lower case.
		['Médula', 3],
		['REMISIÓN', 3],
		// Letters and acronyms read letter by letter; CAR is said as a word.
		['T', 1], // te
		['B', 1], // be
		['SLC', 5], // e-se e-le ce
		['LLA', 5], // e-le e-le a
		['FDA', 4], // e-fe de a
		['CAR', 1],
		['ZUMA', 2], // a longer name in capitals is read as a word
		['', 0],
	])('%s has %i', (word, n) => expect(syllablesEs(word)).toBe(n));
});

describe('numbers are counted as they are read aloud', () => {
	it.each<[number, string]>([
		[0, 'cero'],
		[1, 'uno'],
		[16, 'dieciséis'],
		[21, 'veintiuno'],
		[27, 'veintisiete'],
		[29, 'veintinueve'],
		[31, 'treinta y uno'],
		[93, 'noventa y tres'],
		[100, 'cien'],
		[101, 'ciento uno'],
		[555, 'quinientos cincuenta y cinco'],
		[1000, 'mil'],
		[2016, 'dos mil dieciséis'],
		[21000, 'veintiún mil'],
		[1_000_000, 'un millón'],
		[2_500_000, 'dos millones quinientos mil'],
	])('%i -> %s', (n, words) => expect(numberWordsEs(n)).toBe(words));

	it('spells out per cent, decimal commas and thousands points', () => {
		expect(wordsEs('93 %')).toEqual(['noventa', 'y', 'tres', 'por', 'ciento']);
		expect(wordsEs('93\u00a0%')).toEqual(['noventa', 'y', 'tres', 'por', 'ciento']);
		expect(wordsEs('7,6 meses')).toEqual(['siete', 'coma', 'seis', 'meses']);
		expect(wordsEs('0,05')).toEqual(['cero', 'coma', 'cero', 'cinco']);
		expect(spokenEs('1.234').trim()).toBe('mil doscientos treinta y cuatro');
		expect(wordsEs('CD19')).toEqual(['CD', 'diecinueve']);
		// "noventa y tres por ciento": 3 + 1 + 1 + 1 + 2
		expect(fernandezHuerta('93 %').syllables).toBe(8);
	});
});

describe('fernandezHuerta', () => {
	it('scores a known text by hand', () => {
		// La(1) leu-ce-mia(3) vol-vió(2) en(1) vein-ti-sie-te(4) de(1) vein-ti-nue-ve(4) a-dul-tos(3):
		// 8 words, 19 syllables. El(1) no-ven-ta(3) y(1) tres(1) por(1) cien-to(2) tu-vo(2)
		// re-mi-sión(3): 8 words, 14 syllables. 16 words, 33 syllables, 2 sentences.
		// 206.84 − 60 × 33/16 − 1.02 × 16/2 = 206.84 − 123.75 − 8.16 = 74.93
		// As printed: 206.84 − 0.60 × 206.25 − 1.02 × 12.5 = 70.34
		expect(
			fernandezHuerta('La leucemia volvió en 27 de 29 adultos. El 93 % tuvo remisión.'),
		).toEqual({ score: 74.9, scoreAsPrinted: 70.3, words: 16, sentences: 2, syllables: 33 });
	});

	it('counts ¿…? and ¡…! sentences, and a text with no full stop as one sentence', () => {
		expect(fernandezHuerta('¿Qué es? ¡Una célula! Sí…').sentences).toBe(3);
		expect(fernandezHuerta('sin punto final').sentences).toBe(1);
	});

	it('scores short plain sentences high and long, many-syllable ones low', () => {
		expect(fernandezHuerta('El gato se sentó. La casa es roja.').score).toBeGreaterThan(100);
		const hard = fernandezHuerta(
			'Las intervenciones inmunoterapéuticas demostraron una efectividad considerable en participantes con neoplasias hematológicas refractarias, independientemente de las características clínicas preexistentes.',
		);
		expect(hard.score).toBeLessThan(30);
	});

	it('rewards shorter sentences, all else equal', () => {
		const long = fernandezHuerta('La médula hace la sangre y las células T atacan la leucemia.');
		const short = fernandezHuerta('La médula hace la sangre. Las células T atacan la leucemia.');
		expect(short.score).toBeGreaterThan(long.score);
	});
});
