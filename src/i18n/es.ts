import type { UiKey } from './en';

/**
 * Every word of the interface in Spanish, key for key with en.ts (the type makes a missing key a
 * type error, and tests/unit/i18n.test.ts fails on one too). Plain Latin-American Spanish, "usted".
 */
export const es: Record<UiKey, string> = {
	siteName: 'Células CAR T contra la leucemia, explicadas',
	shortSiteName: 'CAR T explicado',
	cardAlt: 'Tarjeta de vista previa: «{title}», con el resultado principal del ensayo.',
	aboutLink: 'Sobre este sitio',
	languageLabel: 'Idioma',
	languageSwitch: 'English',
	frontKicker: 'Un ensayo temprano de células CAR T en Fred Hutch, en Seattle, publicado en {date}',
	frontHeadline:
		'adultos cuyos resultados se pudieron comprobar no tenían leucemia que las pruebas pudieran encontrar en la médula ósea',
	frontLede:
		'Es el {pct}. Con tan pocos pacientes, la tasa real podría estar en cualquier punto de este rango: {range}. Su leucemia había vuelto o ya no respondía a otros tratamientos. Sus propias células de defensa se cambiaron en un laboratorio para atacarla.',
	frontCalloutLead: 'No es una cura, y no es toda la historia.',
	frontCallout:
		'Fue un ensayo pequeño y temprano, sin grupo de comparación. En algunos pacientes la leucemia volvió más tarde, y el tratamiento puede tener efectos secundarios graves. Los capítulos de abajo cuentan lo que se aprendió después.',
	storyDescription:
		'En un ensayo temprano en Fred Hutch, {remission} adultos con una leucemia difícil de tratar cuyos resultados se pudieron comprobar ({pct}) ya no tenían leucemia detectable en la médula ósea tras la terapia de células CAR T. Qué significa, qué se aprendió después y qué puede hacer usted.',
	skipLink: 'Ir a la historia',
	footerNotAdvice:
		'Una explicación independiente, en palabras sencillas. No es un consejo médico: hable con su equipo médico sobre cualquier tratamiento.',
	contentsTitle: 'La historia, capítulo por capítulo',
	backToContents: 'Todos los capítulos',
	chapterOf: 'Capítulo {n} de {total}',
	previous: 'Anterior',
	next: 'Siguiente',
	pagerLabel: 'Capítulo anterior y siguiente',
	whatYouCanDo: 'Qué puede hacer usted',
	whatYouCanDoNote: 'preguntas para su equipo médico, dónde ver los ensayos, una línea de ayuda',
	printSummary: 'Imprimir el resumen',
	printSummaryNote: '(una página, con las cifras clave, sus límites y sus preguntas)',
	lastReviewed: 'Última revisión',
	copyLink: 'Copiar el enlace',
	copyLinkTo: 'Copiar el enlace a: {title}',
	share: 'Compartir',
	shareThis: 'Compartir: {title}',
	linkToPart: 'Enlace a esta parte: {title}',
	linkToFigure: 'Enlace a esta cifra: {figure}',
	copyFigure: 'Copiar el enlace a esta cifra: {figure}',
	figuresTitle: 'Enlaces a las cifras de este capítulo',
	copied: 'Enlace copiado: {url}',
	copyFailed: 'No se pudo copiar. El enlace es: {url}',
	shared: 'Compartido.',
	copiedText: 'Copiado.',
	copyTextFailed: 'No se pudo copiar. Seleccione el texto y cópielo a mano.',
	copyTheText: 'Copiar el texto de: {name}',
	copyButton: 'Copiar',
	termClose: 'Cerrar',
	termMore: 'Más en el glosario',
	sourceOf: 'Fuente: {label}, {kind}',
	redirectTo: 'Esta parte de la historia tiene ahora su propia página:',
};
