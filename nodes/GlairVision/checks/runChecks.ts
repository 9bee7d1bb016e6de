import type { FieldCheck } from './fieldCheck';
import type { CheckContext, CompanionValue } from '../indonesia/checkOutcome';

export interface DocumentCheckResult {
	/** Extra values next to the fields, e.g. pada_tanggal_iso, nomor_registrasi_normalized, isi_silinder_cc. */
	companions: Record<string, CompanionValue>;
	/** One line per failed rule, naming the field, e.g. "nomor_rangka: a VIN has 17 characters, this has 16". */
	warnings: string[];
}

/** The clock where n8n runs: a registration that ends today is judged by the local date. */
export function contextAt(now: Date): CheckContext {
	return { currentYear: now.getFullYear(), today: { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() } };
}

function defaultContext(): CheckContext {
	return contextAt(new Date());
}

/**
 * Runs every field check of a table whose columns were all read and are non-empty. Values are
 * never changed: the result only adds companions and warnings.
 *
 * @param values column -> value as GLAIR returned it; columns of pages not asked for are absent
 */
export function runChecks(
	table: readonly FieldCheck[],
	values: ReadonlyMap<string, string>,
	context: CheckContext = defaultContext(),
): DocumentCheckResult {
	const trimmed: Record<string, string> = {};
	const result: DocumentCheckResult = { companions: {}, warnings: [] };
	for (const fieldCheck of table) {
		let runs = true;
		for (const column of fieldCheck.columns) {
			trimmed[column] ??= (values.get(column) ?? '').trim();
			if (trimmed[column] === '') runs = false;
		}
		if (!runs) continue;
		for (const column of fieldCheck.optionalColumns ?? []) trimmed[column] ??= (values.get(column) ?? '').trim();
		const outcome = fieldCheck.check(trimmed, context);
		if (outcome.problem !== undefined) result.warnings.push(`${fieldCheck.columns[0]}: ${outcome.problem}`);
		Object.assign(result.companions, outcome.companions);
	}
	return result;
}
