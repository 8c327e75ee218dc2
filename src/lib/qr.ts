/**
 * The QR code on the printed summary, made at build time as inline SVG so the page needs no
 * image request and no client script. Black on white with a quiet zone, so it scans on paper.
 */
import QRCode from 'qrcode';

/** A QR code and the address it encodes. */
export interface SiteQr {
	/** The absolute address the code leads to. */
	url: string;
	/** The code as an SVG document fragment (`<svg ...>...</svg>`). */
	svg: string;
}

/** Makes the QR code for an absolute http(s) address; throws on anything else, so a missing site URL fails the build. */
export async function siteQr(site: URL | string | undefined): Promise<SiteQr> {
	if (site === undefined)
		throw new Error('siteQr needs the site URL (set `site` in astro.config.mjs)');
	const url = new URL(site).href;
	if (!/^https?:\/\//.test(url)) throw new Error(`siteQr needs an http(s) address, got ${url}`);
	const svg = await QRCode.toString(url, {
		type: 'svg',
		margin: 2,
		errorCorrectionLevel: 'M',
		color: { dark: '#000000', light: '#ffffff' },
	});
	return { url, svg };
}
