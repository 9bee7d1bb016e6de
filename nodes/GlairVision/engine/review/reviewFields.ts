import { parseRowColumn } from '../../checks/runTableChecks';
import { fieldsForPage } from '../../documents/fieldList';
import type { DocumentSpec } from '../../documents/spec';
import { qualityColumn } from './quality';
import type { ReviewReason } from './reviewReasons';

/** Between the column's label and what the reasons say of it, in a form field's label (and between a row and its field's label). */
export const LABEL_SEPARATOR = ' — ';

/** A column a person must look at: what it holds, and why it is doubtful. */
export interface ReviewField {
	column: string;
	/** What a clerk reads: the field's label from documents/<type>/fields.ts, or the quality flag's. */
	label: string;
	/** The value read (for a quality flag: whether GLAIR raised it). */
	value: string | boolean;
	/** GLAIR's confidence in the value read, 0-100; null where GLAIR gives none (a quality flag). */
	confidence: number | null;
	/** What each reason says of this column, e.g. "read with 62% confidence, below 90%". */
	reasons: string[];
	/** A check a person decides (a GLAIR call's, e.g. a face match): the choices, the value the first. */
	options?: string[];
}

/** What a row holds in a column a reason may name. */
export interface ColumnContent {
	label: string;
	value: string | boolean;
	confidence: number | null;
}

/**
 * The columns of the reasons, each once, in the order the reasons name them, with the value read.
 * A column the row does not hold is left out: only what the read gave goes to a person.
 */
export function reviewFields(reasons: readonly ReviewReason[], content: (column: string) => ColumnContent | undefined): ReviewField[] {
	const fields = new Map<string, ReviewField>();
	for (const reason of reasons) {
		for (const { column, words } of reason.columns) {
			const known = fields.get(column);
			if (known) {
				if (!known.reasons.includes(words)) known.reasons.push(words);
				continue;
			}
			const held = content(column);
			if (held) fields.set(column, { column, ...held, reasons: [words] });
		}
	}
	return [...fields.values()];
}

/** What a clerk reads for a row's column ("members[2].nik"): the row, counted from 1, and the field's label. */
function rowColumnLabel(spec: DocumentSpec, column: string): string | undefined {
	const at = parseRowColumn(column);
	const table = at && spec.tables?.find((candidate) => candidate.list === at.list);
	const field = at && table?.fields.find((candidate) => candidate.key === at.column);
	return table && field ? `${table.rowLabel} ${at!.index + 1}${LABEL_SEPARATOR}${field.label}` : undefined;
}

/**
 * The label of each column a document's reasons may name: its fields (of the pages asked for), its
 * quality flags, and the columns of its rows given ("members[2].nik": "Member 3 — NIK ...").
 */
export function documentColumnLabels(spec: DocumentSpec, page: number | undefined, rowColumns: Iterable<string> = []): Map<string, string> {
	const labels = new Map(fieldsForPage(spec, page).map((field) => [field.column, field.label] as const));
	for (const flag of Object.keys(spec.quality?.reviewFlags ?? {})) labels.set(qualityColumn(flag), `Image Quality: ${flag}`);
	for (const column of rowColumns) {
		const label = rowColumnLabel(spec, column);
		if (label !== undefined) labels.set(column, label);
	}
	return labels;
}
