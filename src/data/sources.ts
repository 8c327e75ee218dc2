/**
 * The sources behind every figure on the site, keyed by the short names the fact sheet uses.
 * A figure in `trial.ts` names one or more of these keys; the schema rejects any other key.
 *
 * The zod schema below is the one model of a source (`Source` is inferred from it) and runs when
 * this module is imported: a source without a link (a URL or a DOI) fails the build, naming the
 * field, because a reader must be able to check every figure.
 */
import { z } from 'astro/zod';
import { checkData, DataError, type DataIssue } from './validate';

const isoDate = z
	.string()
	.regex(/^\d{4}(-\d{2}){0,2}$/, 'must be an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)');

/** The parts of a journal citation, as the paper's reference gives them. */
const articleSchema = z
	.object({
		/** Authors as "Family, Initials"; the reference lists the first three, then "et al.". */
		authors: z.array(z.string().min(1)).readonly(),
		/** True when the reference shortens the author list with "et al.". */
		etAl: z.boolean(),
		title: z.string().min(1),
		journal: z.string().min(1),
		year: z.number().int(),
		volume: z.string(),
		issue: z.string(),
		pages: z.string(),
		pmid: z.string().optional(),
	})
	.strict();

/** One source: what a reader needs to find it and weigh it. */
export const sourceSchema = z
	.object({
		/** Short label shown next to a figure, e.g. "JCI paper, 2016"; the reference list gives the rest. */
		label: z.string().min(1),
		/** Full citation text as a reader would write it in a reference list. */
		citation: z.string().min(1),
		/** A shorter reference for tight spaces (the printed summary); the full citation stays the reference. */
		short: z.string().min(1).optional(),
		/** Journal, agency or outlet that published it. */
		outlet: z.string().min(1),
		/** Publication or event date; absent where it spans several. */
		date: isoDate.optional(),
		/** Where a reader can check it (https only). */
		url: z.url({ protocol: /^https$/, error: 'must be an https:// address' }).optional(),
		/** Digital Object Identifier, for papers. */
		doi: z
			.string()
			.regex(/^10\.\d{4,}\/\S+$/, 'must be a DOI such as 10.1172/JCI85309')
			.optional(),
		/** What kind of source this is, so readers can weigh it. */
		kind: z.enum([
			'paper',
			'registry',
			'press release',
			'meeting',
			'news',
			'regulator',
			'health agency',
		]),
		/** A journal paper's parts, for machine-readable citations (BibTeX, JSON-LD). */
		article: articleSchema.optional(),
	})
	.strict()
	.refine((s) => s.url !== undefined || s.doi !== undefined, {
		message: 'every source needs a link: give it a url or a doi',
		path: ['url'],
	});

/** A source, as the schema above defines it. */
export type Source = z.infer<typeof sourceSchema>;
/** The parts of a journal citation. */
export type ArticleParts = z.infer<typeof articleSchema>;

/** Thrown when a source is malformed; its message lists every bad field by path. */
export class SourceDataError extends DataError {
	constructor(issues: readonly DataIssue[]) {
		// "is malformed" follows: the file, not the sources, is the subject.
		super('The source list in src/data/sources.ts', issues);
		this.name = 'SourceDataError';
	}
}

/** Validates every source; returns them unchanged or throws a SourceDataError naming each bad field. */
export function parseSources<T extends Record<string, unknown>>(data: T): T {
	checkData(z.record(z.string(), sourceSchema), data, 'sources', (i) => new SourceDataError(i));
	return data;
}

const sourceData = {
	JCI: {
		label: 'JCI paper, 2016',
		citation:
			'Turtle CJ, Hanafi LA, Berger C, et al. CD19 CAR-T cells of defined CD4+:CD8+ composition in adult B cell ALL patients. J Clin Invest. 2016;126(6):2123–2138. PubMed ID 27111235.',
		outlet: 'The Journal of Clinical Investigation',
		date: '2016-04',
		url: 'https://doi.org/10.1172/JCI85309',
		doi: '10.1172/JCI85309',
		kind: 'paper',
		article: {
			authors: ['Turtle, C. J.', 'Hanafi, L. A.', 'Berger, C.'],
			etAl: true,
			title: 'CD19 CAR-T cells of defined CD4+:CD8+ composition in adult B cell ALL patients',
			journal: 'The Journal of Clinical Investigation',
			year: 2016,
			volume: '126',
			issue: '6',
			pages: '2123–2138',
			pmid: '27111235',
		},
	},
	REG: {
		label: 'trial record',
		citation:
			'ClinicalTrials.gov NCT01865617: phase 1/2 trial of defined-composition CD19 CAR T-cells at Fred Hutch.',
		outlet: 'ClinicalTrials.gov (US National Library of Medicine)',
		url: 'https://clinicaltrials.gov/study/NCT01865617',
		kind: 'registry',
	},
	'REG-TEXT': {
		label: 'trial record text',
		citation:
			'ClinicalTrials.gov NCT01865617, description of the product: "anti-CD19-CAR lentiviral vector-transduced autologous T cells".',
		outlet: 'ClinicalTrials.gov (US National Library of Medicine)',
		url: 'https://clinicaltrials.gov/study/NCT01865617',
		kind: 'registry',
	},
	FH: {
		label: 'Fred Hutch release',
		citation:
			'Fred Hutch news release, April 2016, reporting the J Clin Invest paper (republished by Medical Xpress).',
		outlet: 'Fred Hutchinson Cancer Research Center, via Medical Xpress',
		date: '2016-04',
		url: 'https://medicalxpress.com/news/2016-04-percent-advanced-leukemia-patients-remission.html',
		kind: 'press release',
	},
	AAAS: {
		label: 'AAAS talk, 2016, as the press reported it',
		citation:
			'Stanley Riddell, Fred Hutch, presented the ALL results at the American Association for the Advancement of Science annual meeting, Washington DC, February 2016. Press coverage that week gave 94% (for example NewsmaxHealth, 17 February 2016); Fred Hutch’s own release that week said 27 of 29.',
		outlet: 'American Association for the Advancement of Science annual meeting, via NewsmaxHealth',
		date: '2016-02',
		// The talk has no record of its own online: the link is the press coverage the 94% came from.
		url: 'https://www.newsmax.com/health/health-news/cancer-breakthrough-immune-therapy/2016/02/17/id/714757',
		kind: 'meeting',
	},
	NEWS: {
		label: 'news story',
		citation:
			'NewsmaxHealth, 29 April 2016: "93 percent of advanced leukemia patients in remission". The news article this site retells.',
		outlet: 'NewsmaxHealth',
		date: '2016-04-29',
		url: 'https://www.newsmax.com/health/cancer/immunotherapy-leukemia-patients-remission/2016/04/29/id/726461',
		kind: 'news',
	},
	HAY: {
		label: 'Blood paper, 2017',
		citation:
			'Hay KA, et al. Kinetics and biomarkers of severe cytokine release syndrome after CD19 CAR-T cell therapy. Blood. 2017;130(21):2295–2306.',
		outlet: 'Blood',
		date: '2017',
		url: 'https://ashpublications.org/blood/article/130/21/2295/36661',
		kind: 'paper',
	},
	GUST: {
		label: 'Cancer Discovery paper, 2017',
		citation:
			'Gust J, Hay KA, Hanafi LA, et al. Endothelial activation and blood–brain barrier disruption in neurotoxicity after adoptive immunotherapy with CD19 CAR-T cells. Cancer Discov. 2017;7(12):1404–1419.',
		short: 'Gust J, et al. Cancer Discov. 2017;7(12):1404–1419.',
		outlet: 'Cancer Discovery',
		date: '2017',
		url: 'https://cancerdiscovery.aacrjournals.org/content/7/12/1404',
		kind: 'paper',
	},
	HAY19: {
		label: 'Blood paper, 2019',
		citation:
			'Hay KA, et al. Factors associated with durable EFS in adult B-cell ALL patients achieving MRD-negative CR after CD19 CAR T-cell therapy. Blood. 2019;133(15):1652–1663. PubMed ID 30728140.',
		short: 'Hay KA, et al. Blood. 2019;133(15):1652–1663.',
		outlet: 'Blood',
		date: '2019',
		url: 'https://ashpublications.org/blood/article/133/15/1652/273303',
		kind: 'paper',
	},
	STM: {
		label: 'Sci Transl Med paper, 2016',
		citation:
			"Turtle CJ, et al. Immunotherapy of non-Hodgkin's lymphoma with a defined ratio of CD8+ and CD4+ CD19-specific chimeric antigen receptor-modified T cells. Sci Transl Med. 2016;8(355):355ra116.",
		outlet: 'Science Translational Medicine',
		date: '2016-09-07',
		url: 'https://doi.org/10.1126/scitranslmed.aaf8621',
		doi: '10.1126/scitranslmed.aaf8621',
		kind: 'paper',
	},
	FDA: {
		label: 'FDA',
		citation:
			'US Food and Drug Administration approval announcements for tisagenlecleucel (2017), lisocabtagene maraleucel (2021), brexucabtagene autoleucel (2021) and obecabtagene autoleucel (2024).',
		outlet: 'US Food and Drug Administration',
		url: 'https://www.fda.gov/vaccines-blood-biologics/cellular-gene-therapy-products/approved-cellular-and-gene-therapy-products',
		kind: 'regulator',
	},
	NCI: {
		label: 'National Cancer Institute',
		citation:
			'US National Cancer Institute: Cancer Information Service, and its pages on CAR T-cell therapy and on clinical trials.',
		outlet: 'US National Cancer Institute',
		url: 'https://www.cancer.gov/contact',
		kind: 'health agency',
	},
	MERGE: {
		label: 'Fred Hutch, 2022',
		citation:
			'Fred Hutch news, 1 April 2022: Fred Hutchinson Cancer Research Center and Seattle Cancer Care Alliance merged as Fred Hutchinson Cancer Center.',
		outlet: 'Fred Hutchinson Cancer Center',
		date: '2022-04-01',
		url: 'https://www.fredhutch.org/en/news/center-news/2022/04/fred-hutch-scca-restructure.html',
		kind: 'press release',
	},
} as const satisfies Record<string, Source>;

/** One of the source keys above. */
export type SourceKey = keyof typeof sourceData;

/** The validated sources by key, typed as plain `Source`s so optional fields (url, doi) can be checked. */
export const sources: Record<SourceKey, Source> = parseSources(sourceData);

/** The source keys, for schemas that must only accept a known key. */
export const sourceKeys = Object.keys(sources) as [SourceKey, ...SourceKey[]];
