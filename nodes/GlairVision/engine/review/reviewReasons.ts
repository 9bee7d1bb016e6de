import type { FieldReading } from '../response/readings';

export interface ReviewSettings {
	reviewPoorReads: boolean;
	reviewBelowConfidence: number;
	reviewOnWarnings: boolean;
}

export function reviewEnabled(settings: ReviewSettings): boolean {
	return settings.reviewPoorReads || settings.reviewBelowConfidence > 0 || settings.reviewOnWarnings;
}

export interface ReviewInput {
	/** GLAIR's reason on the SUCCESS answer. */
	reason: string;
	/** The words GLAIR uses for a picture that is not this document. */
	notThisDocumentReason: RegExp;
	shortName: string;
	/** The requested fields' readings, present or empty, by column. */
	readings: ReadonlyArray<readonly [string, FieldReading]>;
	warnings: readonly string[];
	/** Further reasons the document knows of, e.g. a photocopy found by the quality check. */
	otherReasons?: readonly string[];
}

/**
 * Why a person should look at this successful read before it is trusted. Empty when the read
 * can go straight on.
 */
export function reviewReasons(input: ReviewInput, settings: ReviewSettings): string[] {
	const reasons: string[] = [];
	const { readings } = input;
	if (settings.reviewPoorReads) {
		const readCount = readings.filter(([, reading]) => reading.value.trim() !== '').length;
		if (input.notThisDocumentReason.test(input.reason)) {
			reasons.push(`GLAIR said "${input.reason}": this may not be a ${input.shortName}`);
		} else if (readCount === 0) {
			reasons.push(`no field was read (0 of ${readings.length})`);
		} else if (readCount < readings.length / 2) {
			reasons.push(`only ${readCount} of ${readings.length} fields were read`);
		}
	}
	if (settings.reviewBelowConfidence > 0) {
		const doubtful = readings.filter(
			([, reading]) => reading.value.trim() !== '' && reading.confidence < settings.reviewBelowConfidence,
		);
		if (doubtful.length > 0) {
			const list = doubtful.map(([column, reading]) => `${column} (${reading.confidence}%)`).join(', ');
			reasons.push(`confidence below ${settings.reviewBelowConfidence}%: ${list}`);
		}
	}
	if (settings.reviewOnWarnings) reasons.push(...input.warnings);
	reasons.push(...(input.otherReasons ?? []));
	return reasons;
}
