import type { QualitySpec } from '../../documents/spec';
import { asText, isObject } from '../response/readings';
import type { ReviewReason } from './reviewReasons';

export interface QualityGrades {
	/** quality_<name> columns: a flag's boolean (null when GLAIR did not grade it), or a text entry's value. */
	columns: Record<string, string | boolean | null>;
	/** What a person should look at, e.g. "the picture is a photocopy". */
	reasons: ReviewReason[];
}

/** The column of a quality flag or text entry. */
export function qualityColumn(name: string): string {
	return `quality_${name}`;
}

/** A reason per raised flag that sends a read to review, naming its quality_<flag> column. */
export function raisedFlagReasons(spec: QualitySpec, isRaised: (flag: string) => boolean): ReviewReason[] {
	return Object.entries(spec.reviewFlags)
		.filter(([flag]) => isRaised(flag))
		.map(([flag, words]) => ({ kind: 'quality', text: `image quality: ${words}`, columns: [{ column: qualityColumn(flag), words }] }));
}

/** A flag as GLAIR graded it; null when it sent no grade (a clean picture is never assumed). */
function flagOf(entry: unknown): boolean | null {
	if (entry === undefined || entry === null) return null;
	return isObject(entry) ? entry.value === true || entry.value === 'true' : entry === true || entry === 'true';
}

/** Reads GLAIR's `qualities` object; entries it does not send come out empty (null), so columns are stable. */
export function gradeQuality(spec: QualitySpec, qualities: Record<string, unknown> | undefined): QualityGrades {
	const flags = Object.fromEntries([...Object.keys(spec.reviewFlags), ...(spec.otherFlags ?? [])].map((flag) => [flag, flagOf(qualities?.[flag])]));
	const grades: QualityGrades = { columns: {}, reasons: raisedFlagReasons(spec, (flag) => flags[flag] === true) };
	for (const [flag, raised] of Object.entries(flags)) grades.columns[qualityColumn(flag)] = raised;
	for (const name of spec.textEntries) {
		const entry = qualities?.[name];
		grades.columns[qualityColumn(name)] = isObject(entry) ? asText(entry.value) : asText(entry);
	}
	if (qualities === undefined) grades.reasons.push({ kind: 'quality', text: 'image quality: GLAIR sent no quality grades for this picture', columns: [] });
	return grades;
}
