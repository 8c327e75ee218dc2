/**
 * Preview cards (the picture a chat app or social site shows for a shared link), drawn at build
 * time: satori lays out text as SVG, resvg turns it into a 1200×630 PNG. The font comes from
 * the @fontsource/noto-sans package (WOFF: satori cannot read WOFF2), so nothing is fetched.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';
import { cardSize } from './share';

/** What a card says. */
export interface Card {
	/** The chapter's title (the site's name on the front page's card). */
	title: string;
	/** The chapter's own figure, large, and what it counts. */
	figure: string;
	figureLabel: string;
}

const require = createRequire(import.meta.url);
const fontFile = (weight: 400 | 700) =>
	require.resolve(`@fontsource/noto-sans/files/noto-sans-latin-${weight}-normal.woff`);
let fonts: Promise<{ name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[]>;

function loadFonts() {
	fonts ??= Promise.all(
		([400, 700] as const).map(async (weight) => ({
			name: 'Noto Sans',
			data: await readFile(fontFile(weight)),
			weight,
			style: 'normal' as const,
		})),
	);
	return fonts;
}

// Satori takes a React-like element tree; plain objects avoid a JSX runtime for one layout.
type Node = { type: string; props: { style?: Record<string, unknown>; children?: unknown } };
const el = (type: string, style: Record<string, unknown>, children?: unknown): Node => ({
	type,
	props: { style, children },
});

// Light theme colours from global.css: the card is a picture, it does not switch with dark mode.
const ink = '#1a1a1a';
const muted = '#4a4a4a';
const accent = '#0b5cad';

/**
 * The width of the column every word sits in, centred: feeds that crop a card to a square keep
 * the middle 630 × 630, so the title and the figure stay whole there.
 */
export const centreColumn = cardSize.height;

/** Renders a card to PNG bytes, 1200×630: title, the chapter's figure large, what it counts. */
export async function renderCard(card: Card): Promise<Uint8Array<ArrayBuffer>> {
	// Every word at 40 px or more, so a card shrunk into a chat thread stays readable.
	const titleSize = card.title.length > 40 ? 44 : 52;
	const figureSize = card.figure.length > 10 ? 88 : 112;
	const tree = el(
		'div',
		{
			display: 'flex',
			flexDirection: 'column',
			alignItems: 'center',
			justifyContent: 'center',
			width: '100%',
			height: '100%',
			background: '#ffffff',
			borderTop: `16px solid ${accent}`,
			borderBottom: `16px solid ${accent}`,
			fontFamily: 'Noto Sans',
			color: ink,
			textAlign: 'center',
		},
		[
			el(
				'div',
				{
					display: 'flex',
					flexDirection: 'column',
					alignItems: 'center',
					width: centreColumn,
				},
				[
					el(
						'div',
						{ fontSize: titleSize, fontWeight: 700, lineHeight: 1.15, color: accent },
						card.title,
					),
					el(
						'div',
						{ fontSize: figureSize, fontWeight: 700, lineHeight: 1.1, marginTop: 20 },
						card.figure,
					),
					el(
						'div',
						{ fontSize: 40, lineHeight: 1.25, marginTop: 12, color: muted },
						card.figureLabel,
					),
				],
			),
		],
	);
	const svg = await satori(tree as Parameters<typeof satori>[0], {
		...cardSize,
		fonts: await loadFonts(),
	});
	return new Resvg(svg, { fitTo: { mode: 'width', value: cardSize.width } })
		.render()
		.asPng() as Uint8Array<ArrayBuffer>;
}
