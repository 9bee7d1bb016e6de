import type { IDataObject } from 'n8n-workflow';

import { parseRowColumn, rowColumn } from '../../checks/runTableChecks';
import { fieldsForPage, type ResolvedField } from '../../documents/fieldList';
import type { DocumentSpec } from '../../documents/spec';
import { isObject } from '../response/readings';
import { qualityColumn } from './quality';

/** An item that Apply Review cannot take, with what to do about it. */
export class ReviewInputError extends Error {}

/**
 * A document's output item (a Read's, Flattened or Nested) as Apply Review reads and corrects it:
 * its fields by column, their confidence where the item has it, its quality flags. Works on a
 * copy; the input item stays as n8n gave it.
 */
export interface DocumentRow {
	shape: 'flattened' | 'nested';
	json: IDataObject;
	/** The fields of the pages the read asked for, in column order. */
	fields: readonly ResolvedField[];
	/** A field's value, or a quality_<flag> column's; undefined for a column the item does not hold. */
	value(column: string): string | boolean | undefined;
	/** GLAIR's confidence in a field, where the item carries it (Nested, or Include Confidence). */
	confidence(column: string): number | undefined;
	set(column: string, value: string | boolean): void;
	/** The quality_<flag> columns the item holds. */
	qualityFlags(): Record<string, boolean>;
	/** A document with tables: every row's columns, named as warnings name them ("members[2].nik"), in the rows' order. */
	rowColumns(): string[];
	/** A document with tables: each row's column -> value, by list (as the table checks take them). */
	rowValues(): Record<string, Array<Map<string, string>>>;
	/** Writes what a row's checks added into each row (flattened) or beside the rows (nested `checked`). */
	setRowCompanions(companions: Record<string, Array<Record<string, string | number | boolean>>>): void;
}

function fieldsObject(spec: DocumentSpec, json: IDataObject, field: ResolvedField): IDataObject | undefined {
	const read = json.read;
	if (!isObject(read)) return undefined;
	const holder = spec.flat ? read : read[field.section];
	const reading = isObject(holder) ? holder[field.key] : undefined;
	return isObject(reading) ? (reading as IDataObject) : undefined;
}

/** The lists holding a table's rows: flattened, among the item's columns; nested, among `read`'s fields. */
function rowsHolder(json: IDataObject, shape: DocumentRow['shape']): IDataObject {
	return shape === 'nested' ? (isObject(json.read) ? (json.read as IDataObject) : {}) : json;
}

function requireRows(spec: DocumentSpec, json: IDataObject, shape: DocumentRow['shape']): void {
	const lists = (spec.tables ?? []).map((table) => table.list);
	if ('row_index' in json) {
		throw new ReviewInputError(
			`This item is one row of a ${spec.shortName} read split by Table Rows = Items: Apply Review corrects the read whole, its rows checked together. Set Read ${spec.shortName}'s Table Rows to List.`,
		);
	}
	const missing = lists.filter((list) => !Array.isArray(rowsHolder(json, shape)[list]));
	if (missing.length > 0) throw new ReviewInputError(`This item has no ${missing.join(', ')} list: it is not a ${spec.shortName} read. Connect Apply Review to the Needs Review output of Read ${spec.shortName} (Output Flattened or Nested, Table Rows = List).`);
}

export function documentRow(spec: DocumentSpec, input: IDataObject, page: number | undefined): DocumentRow {
	const json = structuredClone(input);
	const shape = isObject(json.read) ? 'nested' : 'flattened';
	const fields = fieldsForPage(spec, page);
	const byColumn = new Map(fields.map((field) => [field.column, field]));
	const flags = Object.keys(spec.quality?.reviewFlags ?? {}).map(qualityColumn);
	const qualityHolder = (): IDataObject | undefined => (shape === 'nested' ? (isObject(json.quality) ? (json.quality as IDataObject) : undefined) : json);

	const missing = fields.filter((field) => (shape === 'nested' ? fieldsObject(spec, json, field) === undefined : typeof json[field.column] !== 'string'));
	if (missing.length > 0) {
		throw new ReviewInputError(
			`This item has no ${missing
				.slice(0, 3)
				.map((field) => field.column)
				.join(', ')} ${shape === 'nested' ? 'field' : 'column'}: it is not a ${spec.shortName} read. Connect Apply Review to the Needs Review output of Read ${spec.shortName} (Output Flattened or Nested), with the person's answers added.`,
		);
	}

	requireRows(spec, json, shape);
	const tables = spec.tables ?? [];
	const rowsOf = (list: string): IDataObject[] => (rowsHolder(json, shape)[list] as IDataObject[] | undefined) ?? [];
	/** A row's column: the row object holding it and the field's key; undefined for another column. */
	const rowCell = (column: string): { row: IDataObject; key: string } | undefined => {
		const at = parseRowColumn(column);
		const table = at && tables.find((candidate) => candidate.list === at.list);
		const row = at && table?.fields.some((field) => field.key === at.column) ? rowsOf(at.list)[at.index] : undefined;
		return isObject(row) ? { row: row as IDataObject, key: at!.column } : undefined;
	};
	const cellValue = ({ row, key }: { row: IDataObject; key: string }): string => {
		const held = shape === 'nested' ? (isObject(row[key]) ? (row[key] as IDataObject).value : '') : row[key];
		return String(held ?? '');
	};

	return {
		shape,
		json,
		fields,
		value(column) {
			const field = byColumn.get(column);
			if (field) return String((shape === 'nested' ? fieldsObject(spec, json, field)!.value : json[column]) ?? '');
			const cell = rowCell(column);
			if (cell) return cellValue(cell);
			const flag = flags.includes(column) ? qualityHolder()?.[column] : undefined;
			return typeof flag === 'boolean' ? flag : undefined;
		},
		confidence(column) {
			const field = byColumn.get(column);
			const cell = field ? undefined : rowCell(column);
			let confidence: unknown;
			if (field) confidence = shape === 'nested' ? fieldsObject(spec, json, field)!.confidence : json[`${column}_confidence`];
			else if (cell) confidence = shape === 'nested' ? (cell.row[cell.key] as IDataObject | undefined)?.confidence : cell.row[`${cell.key}_confidence`];
			return typeof confidence === 'number' ? confidence : undefined;
		},
		set(column, value) {
			const field = byColumn.get(column);
			const cell = field ? undefined : rowCell(column);
			if (field && shape === 'nested') fieldsObject(spec, json, field)!.value = value;
			else if (field) json[column] = value;
			else if (cell && shape === 'nested') (cell.row[cell.key] = { ...(isObject(cell.row[cell.key]) ? (cell.row[cell.key] as IDataObject) : {}), value });
			else if (cell) cell.row[cell.key] = value;
			else qualityHolder()![column] = value;
		},
		qualityFlags() {
			const holder = qualityHolder();
			return Object.fromEntries(flags.flatMap((column) => (typeof holder?.[column] === 'boolean' ? [[column, holder[column] as boolean]] : [])));
		},
		rowColumns() {
			return tables.flatMap((table) => rowsOf(table.list).flatMap((_, index) => table.fields.map((field) => rowColumn(table.list, index, field.key))));
		},
		rowValues() {
			return Object.fromEntries(
				tables.map((table) => [table.list, rowsOf(table.list).map((row) => new Map(table.fields.map((field) => [field.key, cellValue({ row, key: field.key })])))]),
			);
		},
		setRowCompanions(companions) {
			if (shape === 'nested') {
				json.checked = { ...(isObject(json.checked) ? (json.checked as IDataObject) : {}), ...companions };
				return;
			}
			for (const [list, rows] of Object.entries(companions)) rows.forEach((added, index) => Object.assign(rowsOf(list)[index] ?? {}, added));
		},
	};
}
