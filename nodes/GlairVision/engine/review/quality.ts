import type { QualitySpec } from '../../documents/spec';
import { asText, isObject } from '../response/readings';

export interface QualityGrades {
	/** quality_<name> columns: a flag's boolean (null when GLAIR did not grade it), or a text entry's value. */
	columns: Record<string, string | boolean | null>;
	/** What a person should look at, e.g. "the picture is a photocopy". */
	reasons: string[];
}

/** A flag as GLAIR graded it; null when it sent no grade (a clean picture is never assumed). */
function flagOf(entry: unknown): boolean | null {
	if (entry === undefined || entry === null) return null;
	return isObject(entry) ? entry.value === true || entry.value === 'true' : entry === true || entry === 'true';
}

/** Reads GLAIR's `qualities` object; entries it does not send come out empty (null), so columns are stable. */
export function gradeQuality(spec: QualitySpec, qualities: Record<string, unknown> | undefined): QualityGrades {
	const grades: QualityGrades = { columns: {}, reasons: [] };
	for (const [flag, words] of Object.entries(spec.reviewFlags)) {
		const raised = flagOf(qualities?.[flag]);
		grades.columns[`quality_${flag}`] = raised;
		if (raised) grades.reasons.push(`image quality: ${words}`);
	}
	for (const flag of spec.otherFlags ?? []) {
		grades.columns[`quality_${flag}`] = flagOf(qualities?.[flag]);
	}
	for (const name of spec.textEntries) {
		const entry = qualities?.[name];
		grades.columns[`quality_${name}`] = isObject(entry) ? asText(entry.value) : asText(entry);
	}
	if (qualities === undefined) grades.reasons.push('image quality: GLAIR sent no quality grades for this picture');
	return grades;
}
