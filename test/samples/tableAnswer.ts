/**
 * A drawn document's INVENTED answer as GLAIR would send it (test/samples/tableSamples.ts,
 * formSamples.ts): its fields where the page prints them, each table a list of row objects, the
 * amounts GLAIR types as numbers sent as JSON numbers.
 */
import type { DocumentSpec } from '../../nodes/GlairVision/documents/spec';
import { formatRupiah } from '../../nodes/GlairVision/indonesia/rupiah';
import { INVENTED_NOTE, section, sortedKeys, type FieldObject } from './answers';
import type { Printed } from './household';
import { printedOf, valueOf, type DrawnTablePage, type TableColumn } from './tablePage';
import type { PrintedRow } from './vehicleFile';

export const column = (key: string, label: string): TableColumn => ({ key, label });

/** An amount in rupiah: its digits as GLAIR's value, `Rp 1.234.567` as printed. */
export const rupiah = (amount: number): Printed => [String(amount), `Rp ${formatRupiah(amount)}`];

export type Row = Readonly<Record<string, Printed>>;

/** Every field of the spec as a printed row, labelled as printed; a field not printed is returned empty. */
export function fieldRows(spec: DocumentSpec, values: Row, labels: Readonly<Record<string, string>>): PrintedRow[] {
	return spec.sections[0].fields.map((field) => [field.key, labels[field.key] ?? '', valueOf(values[field.key]), printedOf(values[field.key])] as const);
}

/** Only the rows printed on the paper (a label), in the order given. */
export const printed = (rows: readonly PrintedRow[], keys: readonly string[]): PrintedRow[] => keys.map((key) => rows.find((row) => row[0] === key)!);

/** GLAIR gives these amounts as JSON numbers (the newest SDK's int64), the printed text as value_original. */
function asNumbers(fields: Record<string, FieldObject>, keys: ReadonlySet<string>): Record<string, unknown> {
	return Object.fromEntries(Object.entries(fields).map(([key, field]) => [key, keys.has(key) && field.value !== '' ? { ...field, value: Number(field.value) } : field]));
}

export interface TableAnswer {
	/** GLAIR's key of the table. */
	key: string;
	columns: readonly string[];
	rows: readonly Row[];
}

/**
 * The answer for a drawn document: its fields, and each table as a list of rows (in the order the
 * page draws them), every row with all its columns. `numbers` are sent as JSON numbers.
 */
export function tableDocumentAnswer(drawn: DrawnTablePage, fields: readonly PrintedRow[], tables: readonly TableAnswer[], numbers: ReadonlySet<string> = new Set()): object {
	const read: Record<string, unknown> = asNumbers(section(fields, drawn.boxes), numbers);
	tables.forEach((table, tableIndex) => {
		read[table.key] = table.rows.map((row, rowIndex) => {
			const cells = table.columns.map((key) => [key, '', valueOf(row[key]), printedOf(row[key])] as const);
			return sortedKeys(asNumbers(section(cells, drawn.tables[tableIndex][rowIndex], `${table.key}[${rowIndex}].`), numbers) as Record<string, FieldObject>);
		});
	});
	return { _invented: INVENTED_NOTE, status: 'SUCCESS', reason: 'File Successfully Read', read: sortedKeys(read) };
}
