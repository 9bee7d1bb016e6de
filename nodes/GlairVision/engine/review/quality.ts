import type { QualitySpec } from '../../documents/spec';
import { asText, isObject } from '../response/readings';
import type { ReviewReason } from './reviewReasons';

export interface QualityGrades {
	/** quality_<name> columns: a flag's boolean, or a text entry's value. */
	columns: Record<string, string | boolean>;
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

function isRaised(entry: unknown): boolean {
	return isObject(entry) ? entry.value === true || entry.value === 'true' : entry === true;
}

/** Reads GLAIR's `qualities` object; entries it does not send come out empty, so columns are stable. */
export function gradeQuality(spec: QualitySpec, qualities: Record<string, unknown> | undefined): QualityGrades {
	const raised = (flag: string) => isRaised(qualities?.[flag]);
	const grades: QualityGrades = { columns: {}, reasons: raisedFlagReasons(spec, raised) };
	for (const flag of [...Object.keys(spec.reviewFlags), ...(spec.otherFlags ?? [])]) grades.columns[qualityColumn(flag)] = raised(flag);
	for (const name of spec.textEntries) {
		const entry = qualities?.[name];
		grades.columns[qualityColumn(name)] = isObject(entry) ? asText(entry.value) : asText(entry);
	}
	if (qualities === undefined) grades.reasons.push({ kind: 'quality', text: 'image quality: GLAIR sent no quality grades for this picture', columns: [] });
	return grades;
}
