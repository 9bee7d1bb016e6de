import { CHECK_TABLE, CHECKED_FIELDS, type CheckedField, type CheckedValues } from './checkTable';
import type { CheckContext, CompanionValue } from './checks';

export interface DocumentCheckResult {
	/** Extra values next to the fields, e.g. pada_tanggal_iso, nomor_registrasi_normalized, isi_silinder_cc. */
	companions: Record<string, CompanionValue>;
	/** One line per failed rule, naming the field, e.g. "nomor_rangka: a VIN has 17 characters, this has 16". */
	warnings: string[];
}

function defaultContext(): CheckContext {
	return { currentYear: new Date().getFullYear() };
}

/**
 * Runs every row of CHECK_TABLE whose fields were all read and are non-empty.
 * Values are never changed: the result only adds companions and warnings.
 *
 * @param values field key -> value as GLAIR returned it ('' when not read)
 * @param readFields keys present in the response; fields of pages not asked for are absent
 */
export function validateDocument(
	values: Record<string, string>,
	readFields: ReadonlySet<string>,
	context: CheckContext = defaultContext(),
): DocumentCheckResult {
	const checkedValues = {} as Record<CheckedField, string>;
	for (const key of CHECKED_FIELDS) {
		const value = Object.prototype.hasOwnProperty.call(values, key) ? values[key] : '';
		checkedValues[key] = readFields.has(key) && typeof value === 'string' ? value.trim() : '';
	}

	const result: DocumentCheckResult = { companions: {}, warnings: [] };
	for (const row of CHECK_TABLE) {
		if (row.fields.some((key) => checkedValues[key] === '')) continue;
		const outcome = row.check(checkedValues as CheckedValues, context);
		if (outcome.problem !== undefined) result.warnings.push(`${row.fields[0]}: ${outcome.problem}`);
		Object.assign(result.companions, outcome.companions);
	}
	return result;
}
