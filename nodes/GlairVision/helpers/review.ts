import type { BpkbPage } from './bpkbFields';
import type { DocumentReadings } from './responseReader';
import { readingsFor } from './shapeOutput';

/** GLAIR's own words for a picture that is not a BPKB (status is still SUCCESS). */
const SOME_FIELDS_INVALID = /some fields are invalid/i;

export interface ReviewSettings {
	reviewBelowConfidence: number;
	reviewOnWarnings: boolean;
}

export function reviewEnabled(settings: ReviewSettings): boolean {
	return settings.reviewBelowConfidence > 0 || settings.reviewOnWarnings;
}

/**
 * Why a person should look at this successful read before it is trusted. Empty when the
 * read can go straight on.
 */
export function reviewReasons(
	reason: string,
	read: DocumentReadings,
	page: BpkbPage | undefined,
	warnings: readonly string[],
	settings: ReviewSettings,
): string[] {
	const reasons: string[] = [];
	const readings = readingsFor(read, page);
	const readCount = readings.filter(([, reading]) => reading.value.trim() !== '').length;

	if (SOME_FIELDS_INVALID.test(reason)) {
		reasons.push(`GLAIR said "${reason}": this may not be a BPKB page`);
	} else if (readCount < readings.length / 2) {
		reasons.push(`only ${readCount} of ${readings.length} fields were read`);
	}
	if (settings.reviewBelowConfidence > 0) {
		const doubtful = readings.filter(
			([, reading]) => reading.value.trim() !== '' && reading.confidence < settings.reviewBelowConfidence,
		);
		if (doubtful.length > 0) {
			const list = doubtful.map(([key, reading]) => `${key} (${reading.confidence}%)`).join(', ');
			reasons.push(`confidence below ${settings.reviewBelowConfidence}%: ${list}`);
		}
	}
	if (settings.reviewOnWarnings) reasons.push(...warnings);
	return reasons;
}
