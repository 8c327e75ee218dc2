/**
 * The day the site was built, as an ISO date (YYYY-MM-DD), for "made on" lines such as the printed
 * summary's. SOURCE_DATE_EPOCH (seconds), when set, wins, so a rebuild of the same commit can match.
 */
export function buildDate(env: Record<string, string | undefined> = process.env): string {
	const epoch = env.SOURCE_DATE_EPOCH;
	const when = epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : new Date();
	return when.toISOString().slice(0, 10);
}
