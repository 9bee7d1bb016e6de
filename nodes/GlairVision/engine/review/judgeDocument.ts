import { fieldsForPage, sectionsForPage } from '../../documents/fieldList';
import { NOT_THIS_DOCUMENT_REASON, type DocumentSpec } from '../../documents/spec';
import type { CheckWarning } from '../../checks/runChecks';
import type { FieldReading } from '../response/readings';
import { documentColumnLabels, reviewFields, type ReviewField } from './reviewFields';
import { reviewReasons, type ReviewReason, type ReviewSettings } from './reviewReasons';

export interface DocumentToJudge {
	/** The page asked for; undefined for all pages. */
	page: number | undefined;
	/** GLAIR's reason on the read. */
	reason: string;
	/** The requested pages' fields by column, in column order, each present. */
	readings: ReadonlyArray<readonly [string, FieldReading]>;
	/** A document with tables: each table's row readings ("members[2].nik"), doubted and put on the form as the document's own. */
	rows?: ReadonlyArray<{ list: string; readings: ReadonlyArray<readonly [string, FieldReading]> }>;
	warnings: readonly CheckWarning[];
	/** Notes of the read and raised quality flags. */
	otherReasons: readonly ReviewReason[];
	/** The quality_<flag> columns a reason may name, with their values. */
	qualityFlags?: Readonly<Record<string, string | boolean | null>>;
	/** Once a person reviewed the item: the columns they answered. */
	reviewed?: ReadonlySet<string>;
}

export interface Judgement {
	reasons: ReviewReason[];
	/** The columns the reasons name, with the values they hold: what a person must look at. */
	fields: ReviewField[];
}

/**
 * Whether a document needs a person, and at which columns: for a read (Read) and for a read a
 * person corrected (Apply Review) alike.
 */
export function judgeDocument(spec: DocumentSpec, document: DocumentToJudge, settings: ReviewSettings): Judgement {
	const requested = fieldsForPage(spec, document.page);
	const pages = sectionsForPage(spec, document.page).map((section) => ({
		label: section.label,
		readings: document.readings.filter((_, index) => requested[index].section === section.key),
	}));
	const reasons = reviewReasons(
		{
			reason: document.reason,
			notThisDocumentReason: spec.notThisDocumentReason ?? NOT_THIS_DOCUMENT_REASON,
			shortName: spec.shortName,
			readings: document.readings,
			pages,
			rows: document.rows,
			warnings: document.warnings,
			otherReasons: document.otherReasons,
			reviewed: document.reviewed,
		},
		settings,
	);
	const rowReadings = (document.rows ?? []).flatMap((table) => table.readings);
	const labels = documentColumnLabels(
		spec,
		document.page,
		rowReadings.map(([column]) => column),
	);
	const byColumn = new Map([...document.readings, ...rowReadings]);
	const fields = reviewFields(reasons, (column) => {
		const label = labels.get(column);
		if (label === undefined) return undefined;
		const reading = byColumn.get(column);
		if (reading) return { label, value: reading.value, confidence: reading.confidence };
		const flag = document.qualityFlags?.[column];
		return typeof flag === 'boolean' ? { label, value: flag, confidence: null } : undefined;
	});
	return { reasons, fields };
}
