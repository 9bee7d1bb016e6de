import { fieldsForPage } from './bpkbFields';
import { reviewEnabled, reviewReasons } from './review';
import type { ReadSettings } from './readSettings';
import type { DocumentAnnotations, DocumentOutcome } from './shapeOutput';
import { readingsFor } from './shapeOutput';
import { validateDocument } from './validateDocument';

/**
 * The checks and the review verdict for a successful read, or undefined when the user
 * switched both off (then the item is exactly GLAIR's fields).
 */
export function annotateDocument(outcome: DocumentOutcome, settings: ReadSettings): DocumentAnnotations | undefined {
	const review = reviewEnabled(settings);
	if (!settings.validate && !review) return undefined;
	const read = outcome.read ?? {};

	let companions: DocumentAnnotations['companions'] = {};
	let warnings: string[] = [];
	if (settings.validate) {
		const values = Object.fromEntries(readingsFor(read, outcome.page).map(([key, reading]) => [key, reading.value]));
		const received = new Set(
			fieldsForPage(outcome.page)
				.filter((field) => read[field.section]?.[field.key] !== undefined)
				.map((field) => field.key),
		);
		({ companions, warnings } = validateDocument(values, received));
	}
	const annotations: DocumentAnnotations = { companions, warnings };
	if (review) annotations.reviewReasons = reviewReasons(outcome.reason, read, outcome.page, warnings, settings);
	return annotations;
}
