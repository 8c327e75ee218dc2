/**
 * Reads the JSON of `npm audit --omit=dev --json`: whether the packages the site is built from
 * have a known high or critical advisory, or whether the advisory service could not be asked.
 */

/** What the audit found, in words, and whether it should stop the build. */
export interface Verdict {
	status: 'clean' | 'vulnerable' | 'unchecked';
	message: string;
}

interface AuditJson {
	statusCode?: number;
	message?: string;
	error?: unknown;
	metadata?: { vulnerabilities?: Record<string, number> };
}

/** The verdict on one `npm audit --json` output. High and critical advisories fail; others are listed. */
export function verdict(json: string): Verdict {
	let report: AuditJson;
	try {
		report = JSON.parse(json) as AuditJson;
	} catch {
		return { status: 'unchecked', message: 'npm audit printed no JSON: not checked' };
	}
	const counts = report.metadata?.vulnerabilities;
	if (!counts) {
		const why = report.message ?? 'no report';
		return {
			status: 'unchecked',
			message: `the advisory service did not answer (${why}): dependencies NOT checked`,
		};
	}
	const severe = (counts.high ?? 0) + (counts.critical ?? 0);
	const summary = ['critical', 'high', 'moderate', 'low']
		.map((level) => `${counts[level] ?? 0} ${level}`)
		.join(', ');
	return severe
		? { status: 'vulnerable', message: `runtime dependencies have advisories: ${summary}` }
		: { status: 'clean', message: `no high or critical advisory (${summary})` };
}
