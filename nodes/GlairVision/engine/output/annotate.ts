import { fieldsForPage, sectionsForPage } from '../../documents/fieldList';
import { NOT_THIS_DOCUMENT_REASON, type DocumentSpec } from '../../documents/spec';
import { runChecks } from '../../checks/runChecks';
import { runTableChecks } from '../../checks/runTableChecks';
import type { FieldReading } from '../response/readings';
import { describeConflict } from '../response/mergeReadings';
import type { DocumentOutcome } from '../outcome';
import type { ReadSettings } from '../plan/readSettings';
import { gradeQuality } from '../review/quality';
import { reviewEnabled, reviewReasons } from '../review/reviewReasons';
import { readingsFor, type DocumentAnnotations } from './shape';

/** Every row's readings by table, each labelled as a warning names it ("members[2].nik"). */
function rowReadings(spec: DocumentSpec, outcome: DocumentOutcome): Array<{ list: string; readings: Array<readonly [string, FieldReading]> }> {
	return (spec.tables ?? []).map((table) => ({
		list: table.list,
		readings: (outcome.tables?.[table.list] ?? []).flatMap((row, index) => table.fields.flatMap((field) => (row[field.key] ? [[`${table.list}[${index}].${field.key}`, row[field.key]] as const] : []))),
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
	const read = outcome.read ?? {};
	const readings = readingsFor(spec, read, outcome.page);
	const requested = fieldsForPage(spec, outcome.page);
	const pages = sectionsForPage(spec, outcome.page).map((section) => ({
		label: section.label,
		readings: readings.filter((_, index) => requested[index].section === section.key),
	}));

	let companions: DocumentAnnotations['companions'] = {};
	let warnings: string[] = [];
	let rowCompanions: DocumentAnnotations['rowCompanions'];
	if (settings.validate) {
		const received = new Map<string, string>();
		for (const field of requested) {
			const reading = read[field.section]?.[field.key];
			if (reading !== undefined) received.set(field.column, reading.value);
		}
		const checked = runChecks(spec.checks, received);
		// Every companion column of the requested pages is present (empty when it does not
		// apply), so each row a sheet receives has the same columns.
		const columns = new Set(requested.map((field) => field.column));
		companions = Object.fromEntries(
			spec.checks.filter((fieldCheck) => columns.has(fieldCheck.columns[0])).flatMap((fieldCheck) => fieldCheck.companions.map(({ column }) => [column, ''])),
		);
		Object.assign(companions, checked.companions);
		warnings = checked.warnings;
		if (spec.tables?.length) {
			const rows = Object.fromEntries(
				spec.tables.map((table) => [table.list, (outcome.tables?.[table.list] ?? []).map((row) => new Map(Object.entries(row).map(([key, reading]) => [key, reading.value])))]),
			);
			const tabled = runTableChecks({ tables: spec.tables, tableChecks: spec.tableChecks }, received, rows);
			rowCompanions = tabled.rowCompanions;
			warnings.push(...tabled.warnings);
		}
	}
	const annotations: DocumentAnnotations = { companions, warnings, ...(rowCompanions ? { rowCompanions } : {}) };
	if (quality) annotations.quality = quality.columns;
	const conflicts = (outcome.conflicts ?? []).map(describeConflict);
	if (review || quality || outcome.notes?.length || conflicts.length) {
		annotations.reviewReasons = reviewReasons(
			{
				reason: outcome.reason,
				notThisDocumentReason: spec.notThisDocumentReason ?? NOT_THIS_DOCUMENT_REASON,
				shortName: spec.shortName,
				readings,
				pages,
				rows: rowReadings(spec, outcome),
				warnings,
				otherReasons: [...conflicts, ...(outcome.notes ?? []), ...(quality?.reasons ?? [])],
			},
			settings,
		);
	}
	return annotations;
}
