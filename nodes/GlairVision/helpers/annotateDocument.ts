import { fieldsForPage } from './bpkbFields';
import { CHECK_TABLE } from './checkTable';
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
		const requested = fieldsForPage(outcome.page);
		const pageFields = new Set<string>(requested.map((field) => field.key));
		const values = Object.fromEntries(readingsFor(read, outcome.page).map(([key, reading]) => [key, reading.value]));
		const received = new Set(requested.filter((field) => read[field.section]?.[field.key] !== undefined).map((field) => field.key));
		const checked = validateDocument(values, received);
		// Every companion column of the requested pages is present (empty when it does not
		// apply), so each row a sheet receives has the same columns.
		companions = Object.fromEntries(
			CHECK_TABLE.filter((row) => pageFields.has(row.fields[0])).flatMap((row) => row.companions.map((companion) => [companion, ''])),
		);
		Object.assign(companions, checked.companions);
		warnings = checked.warnings;
	}
	const annotations: DocumentAnnotations = { companions, warnings };
	if (review) annotations.reviewReasons = reviewReasons(outcome.reason, read, outcome.page, warnings, settings);
	return annotations;
}
