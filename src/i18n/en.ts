/**
 * Every word of the interface in English: navigation, buttons, status messages, accessible names.
 * The story itself lives in content/story/en; a second language adds its own dictionary with the
 * same keys (the type below makes a missing key a type error) and its own content folder.
 */
export const en = {
	siteName: 'CAR T-cells against leukemia, explained',
	shortSiteName: 'CAR T explainer',
	cardAlt: 'Preview card: “{title}”, with the trial’s headline result.',
	aboutLink: 'About this site',
	languageLabel: 'Language',
	languageSwitch: 'Español',
	frontKicker: 'An early CAR T-cell trial at Fred Hutch, Seattle, reported in {date}',
	frontHeadline:
		'adults whose results could be checked had no leukemia that tests could find in their bone marrow',
	frontLede:
		'That is {pct}; with so few patients, the true rate could be anywhere from about {range}. Their leukemia had come back or stopped responding to other treatment. Their own immune cells were changed in a lab to attack it.',
	frontCalloutLead: 'Not a cure, and not the whole story.',
	frontCallout:
		'This was a small early trial with no comparison group. Some patients’ leukemia came back later, and the treatment can have serious side effects. The chapters below explain what was learned since.',
	storyDescription:
		'In an early trial at Fred Hutch, {remission} adults with hard-to-treat leukemia whose results could be checked ({pct}) had no detectable leukemia in their bone marrow after CAR T-cell therapy. What that means, what was learned since, and what you can do.',
	skipLink: 'Skip to the story',
	footerNotAdvice:
		'An independent plain-language explainer. It is not medical advice: talk to your care team about any treatment.',
	contentsTitle: 'The story, chapter by chapter',
	backToContents: 'All chapters',
	chapterOf: 'Chapter {n} of {total}',
	previous: 'Previous',
	next: 'Next',
	pagerLabel: 'Previous and next chapter',
	whatYouCanDo: 'What you can do',
	whatYouCanDoNote: 'questions for your care team, where trials are listed, a help line',
	printSummary: 'Print summary',
	printSummaryNote: '(one page, with the key figures, their limits and your questions)',
	lastReviewed: 'Last reviewed',
	copyLink: 'Copy link',
	copyLinkTo: 'Copy link to: {title}',
	share: 'Share',
	shareThis: 'Share: {title}',
	linkToPart: 'Link to this part: {title}',
	linkToFigure: 'Link to this figure: {figure}',
	copyFigure: 'Copy link to this figure: {figure}',
	figuresTitle: 'Link to a figure in this chapter',
	copied: 'Link copied: {url}',
	copyFailed: 'Could not copy. The link is: {url}',
	shared: 'Shared.',
	copiedText: 'Copied.',
	copyTextFailed: 'Could not copy. Select the text and copy it by hand.',
	copyTheText: 'Copy the text of: {name}',
	copyButton: 'Copy',
	termClose: 'Close',
	termMore: 'More in the glossary',
	sourceOf: 'Source: {label}, {kind}',
	redirectTo: 'This part of the story has moved to its own page:',
} as const;

/** The keys every language's dictionary must have. */
export type UiKey = keyof typeof en;
