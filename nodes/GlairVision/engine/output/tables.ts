import type { IDataObject } from 'n8n-workflow';

import type { DocumentSpec, TableSpec } from '../../documents/spec';
import type { CompanionValue } from '../../indonesia/checkOutcome';
import type { DocumentOutcome } from '../outcome';
import { EMPTY_READING, type FieldReading, type SectionReadings } from '../response/readings';

/**
 * A document's tables in its output item. By default each table is a list under its name
 * (`members`, `transactions`, `line_items`, ...), each row shaped like the document's own fields:
 * flattened, a row is its values with their companions (`tanggal_lahir_iso`, `debit_transaction_number`);
 * nested, a row is its field objects. With Table Rows = Items, the first table's rows become the
 * items themselves: each row's columns beside the document's own, with its `row_index`.
 */

/** What a row's checks added, by list: one record per row, in the rows' order. */
export type RowCompanions = Record<string, Array<Record<string, CompanionValue>>>;

export interface RowShapeOptions {
	includeConfidence: boolean;
	includeOriginalValue: boolean;
}

/**
 * The column a companion belongs to: the longest column it starts with (`warna_tnkb_x` is
 * warna_tnkb's, not warna's). Undefined when it belongs to none.
 */
export function companionOwner(columns: readonly string[], companion: string): string | undefined {
	let owner: string | undefined;
	for (const column of columns) {
		if (companion.startsWith(`${column}_`) && (owner === undefined || column.length > owner.length)) owner = column;
	}
	return owner;
}

/** A row as the flattened output shows it: each field's value, then its optional columns and companions. */
function flattenedRow(table: TableSpec, row: SectionReadings, options: RowShapeOptions, companions: Record<string, CompanionValue>): IDataObject {
	const columns = table.fields.map((field) => field.key);
	const owned = new Map<string, string[]>();
	for (const companion of Object.keys(companions)) {
		const owner = companionOwner(columns, companion);
		if (owner !== undefined) owned.set(owner, [...(owned.get(owner) ?? []), companion]);
	}
	const shaped: IDataObject = {};
	for (const column of columns) {
		const reading = row[column] ?? EMPTY_READING;
		shaped[column] = reading.value;
		if (options.includeConfidence) shaped[`${column}_confidence`] = reading.confidence;
		if (options.includeOriginalValue) shaped[`${column}_original`] = reading.value_original;
		for (const companion of owned.get(column) ?? []) shaped[companion] = companions[companion];
	}
	return shaped;
}

function copyReading(reading: FieldReading): IDataObject {
	return { ...reading, polygon: reading.polygon.map((point) => [...point]) };
}

/** A row as the nested output shows it: every field object, and the fields GLAIR sent that the spec does not know yet. */
function nestedRow(table: TableSpec, row: SectionReadings): IDataObject {
	const shaped: IDataObject = {};
	for (const field of table.fields) shaped[field.key] = copyReading(row[field.key] ?? EMPTY_READING);
	for (const [key, reading] of Object.entries(row)) if (!(key in shaped)) shaped[key] = copyReading(reading);
	return shaped;
}

/** Every table as a list of flattened rows, by list name. */
export function flattenedTables(spec: DocumentSpec, outcome: DocumentOutcome, options: RowShapeOptions, companions: RowCompanions = {}): IDataObject {
	const lists: IDataObject = {};
	for (const table of spec.tables ?? []) {
		const rows = outcome.tables?.[table.list] ?? [];
		lists[table.list] = rows.map((row, index) => flattenedRow(table, row, options, companions[table.list]?.[index] ?? {}));
	}
	return lists;
}

/** Every table as a list of nested rows, by list name. */
export function nestedTables(spec: DocumentSpec, outcome: DocumentOutcome): IDataObject {
	const lists: IDataObject = {};
	for (const table of spec.tables ?? []) lists[table.list] = (outcome.tables?.[table.list] ?? []).map((row) => nestedRow(table, row));
	return lists;
}

/**
 * Table Rows = Items: one item per row of the spec's first table, the row's columns where the list
 * was (flattened: among the item's columns; nested: among `read`'s fields, its companions among
 * `checked`'s), preceded by its 0-based `row_index`. The other tables stay lists. A document
 * without rows still gives one item (never lose a document), its row columns empty and
 * `row_index` null, shaped like `emptyRow`.
 */
export function splitIntoRows(spec: DocumentSpec, json: IDataObject, format: 'flattened' | 'nested', emptyRow: IDataObject): IDataObject[] {
	const table = spec.tables?.[0];
	if (!table) return [json];
	const list = table.list;
	const read = json.read as IDataObject | undefined;
	const checked = json.checked as IDataObject | undefined;
	const rows = ((format === 'nested' ? read?.[list] : json[list]) as IDataObject[] | undefined) ?? [];
	const each = rows.length > 0 ? rows.map((row, index): [IDataObject, number | null] => [row, index]) : [[emptyRow, null] as [IDataObject, null]];
	return each.map(([row, index]) => {
		if (format === 'flattened') return inPlaceOf(json, list, { row_index: index, ...row });
		const item = inPlaceOf(json, 'read', { row_index: index, read: inPlaceOf(read ?? {}, list, row) });
		if (checked) item.checked = inPlaceOf(checked, list, index === null ? {} : (((checked[list] as IDataObject[] | undefined) ?? [])[index] ?? {}));
		return item;
	});
}

/** A copy of `object` with `key` replaced by `entries`, in its place. */
function inPlaceOf(object: IDataObject, key: string, entries: IDataObject): IDataObject {
	const copy: IDataObject = {};
	for (const [name, value] of Object.entries(object)) {
		if (name === key) Object.assign(copy, entries);
		else copy[name] = value;
	}
	return copy;
}

/** The shape of a row nothing was read in, for a document without rows split into items. */
export function emptyRow(table: TableSpec, format: 'flattened' | 'nested', options: RowShapeOptions, companionColumns: readonly string[]): IDataObject {
	if (format === 'nested') return nestedRow(table, {});
	return flattenedRow(table, {}, options, Object.fromEntries(companionColumns.map((column) => [column, ''])));
}
