import type { DocumentSpec } from '../../documents/spec';
import { checkRow } from '../../checks/runChecks';
import type { DocumentOutcome } from '../outcome';
import type { ReadSettings } from '../plan/readSettings';
import { gradeQuality } from '../review/quality';
import { judgeDocument } from '../review/judgeDocument';
import { conflictReason, reviewEnabled, type ReviewReason } from '../review/reviewReasons';
import { readingsFor, type DocumentAnnotations } from './shape';

/**
 * The checks, the picture's grades and the review verdict for a successful read, or undefined
 * when the user switched all of them off (then the item is exactly GLAIR's fields).
 */
export function annotateDocument(spec: DocumentSpec, outcome: DocumentOutcome, settings: ReadSettings): DocumentAnnotations | undefined {
	const review = reviewEnabled(settings);
	const quality = settings.checkImageQuality && spec.quality ? gradeQuality(spec.quality, outcome.qualities) : undefined;
	if (!settings.validate && !review && !quality) return undefined;
	const readings = readingsFor(spec, outcome.read ?? {}, outcome.page);
	const checked = settings.validate ? checkRow(spec.checks, new Map(readings.map(([column, reading]) => [column, reading.value]))) : undefined;
	const companions = checked?.companions ?? {};
	const warnings = checked?.warnings ?? [];
	const annotations: DocumentAnnotations = { companions, warnings };
	if (quality) annotations.quality = quality.columns;
	const conflicts = (outcome.conflicts ?? []).map((conflict) => conflictReason(conflict));
	if (review || quality || outcome.notes?.length || conflicts.length) {
		const notes = (outcome.notes ?? []).map((text): ReviewReason => ({ kind: 'note', text, columns: [] }));
		const otherReasons = [...conflicts, ...notes, ...(quality?.reasons ?? [])];
		const judgement = judgeDocument(
			spec,
			{ page: outcome.page, reason: outcome.reason, readings, warnings, otherReasons, qualityFlags: quality?.columns },
			settings,
		);
		annotations.reviewReasons = judgement.reasons;
		annotations.reviewFields = judgement.fields;
	}
	return annotations;
}
