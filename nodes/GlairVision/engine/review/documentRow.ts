import type { IDataObject } from 'n8n-workflow';

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
}

function fieldsObject(spec: DocumentSpec, json: IDataObject, field: ResolvedField): IDataObject | undefined {
	const read = json.read;
	if (!isObject(read)) return undefined;
	const holder = spec.flat ? read : read[field.section];
	const reading = isObject(holder) ? holder[field.key] : undefined;
	return isObject(reading) ? (reading as IDataObject) : undefined;
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

	return {
		shape,
		json,
		fields,
		value(column) {
			const field = byColumn.get(column);
			if (field) return String((shape === 'nested' ? fieldsObject(spec, json, field)!.value : json[column]) ?? '');
			const flag = flags.includes(column) ? qualityHolder()?.[column] : undefined;
			return typeof flag === 'boolean' ? flag : undefined;
		},
		confidence(column) {
			const field = byColumn.get(column);
			if (!field) return undefined;
			const confidence = shape === 'nested' ? fieldsObject(spec, json, field)!.confidence : json[`${column}_confidence`];
			return typeof confidence === 'number' ? confidence : undefined;
		},
		set(column, value) {
			const field = byColumn.get(column);
			if (field && shape === 'nested') fieldsObject(spec, json, field)!.value = value;
			else if (field) json[column] = value;
			else qualityHolder()![column] = value;
		},
		qualityFlags() {
			const holder = qualityHolder();
			return Object.fromEntries(flags.flatMap((column) => (typeof holder?.[column] === 'boolean' ? [[column, holder[column] as boolean]] : [])));
		},
	};
}
