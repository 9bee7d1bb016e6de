import type { DocumentSpec } from '../../documents/spec';
import { checkDocument, rowColumn } from '../../checks/runTableChecks';
import type { DocumentOutcome } from '../outcome';
import type { ReadSettings } from '../plan/readSettings';
import type { FieldReading } from '../response/readings';
import { gradeQuality } from '../review/quality';
import { judgeDocument } from '../review/judgeDocument';
import { conflictReason, reviewEnabled, type ReviewReason } from '../review/reviewReasons';
import { readingsFor, type DocumentAnnotations } from './shape';

/** Every row's readings by table, each labelled as a warning names it ("members[2].nik"). */
function rowReadings(spec: DocumentSpec, outcome: DocumentOutcome): Array<{ list: string; readings: Array<readonly [string, FieldReading]> }> {
	return (spec.tables ?? []).map((table) => ({
		list: table.list,
		readings: (outcome.tables?.[table.list] ?? []).flatMap((row, index) => table.fields.flatMap((field) => (row[field.key] ? [[rowColumn(table.list, index, field.key), row[field.key]] as const] : []))),
	}));
}

/**
 * The checks, the picture's grades and the review verdict for a successful read, or undefined
 * when the user switched all of them off (then the item is exactly GLAIR's fields).
 */
export function annotateDocument(spec: DocumentSpec, outcome: DocumentOutcome, settings: ReadSettings): DocumentAnnotations | undefined {
	const review = reviewEnabled(settings);
	const quality = settings.checkImageQuality && spec.quality ? gradeQuality(spec.quality, outcome.qualities) : undefined;
	if (!settings.validate && !review && !quality) return undefined;
	const readings = readingsFor(spec, outcome.read ?? {}, outcome.page);
	const values = new Map(readings.map(([column, reading]) => [column, reading.value]));
	const rows = Object.fromEntries(
		(spec.tables ?? []).map((table) => [table.list, (outcome.tables?.[table.list] ?? []).map((row) => new Map(Object.entries(row).map(([key, reading]) => [key, reading.value])))]),
	);
	const checked = settings.validate ? checkDocument(spec, values, rows) : undefined;
	const companions = checked?.companions ?? {};
	const warnings = [...(checked?.warnings ?? [])];
	const annotations: DocumentAnnotations = { companions, warnings };
	if (checked?.rowCompanions) annotations.rowCompanions = checked.rowCompanions;
	if (quality) annotations.quality = quality.columns;
	const conflicts = (outcome.conflicts ?? []).map((conflict) => conflictReason(conflict));
	if (review || quality || outcome.notes?.length || conflicts.length) {
		const notes = (outcome.notes ?? []).map((text): ReviewReason => ({ kind: 'note', text, columns: [] }));
		const otherReasons = [...conflicts, ...notes, ...(quality?.reasons ?? [])];
		const judgement = judgeDocument(
			spec,
			{ page: outcome.page, reason: outcome.reason, readings, rows: rowReadings(spec, outcome), warnings, otherReasons, qualityFlags: quality?.columns },
			settings,
		);
		annotations.reviewReasons = judgement.reasons;
		annotations.reviewFields = judgement.fields;
	}
	return annotations;
}
