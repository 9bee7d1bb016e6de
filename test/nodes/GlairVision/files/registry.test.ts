import type { CrossCheck, SourceValue } from '../../../../nodes/GlairVision/crossChecks/crossCheck';
import { allFields } from '../../../../nodes/GlairVision/documents/fieldList';
import type { DocumentSpec } from '../../../../nodes/GlairVision/documents/spec';
import { FILE_SPECS, fileSpec } from '../../../../nodes/GlairVision/files/registry';
import { isDocumentRole, type FileSpec } from '../../../../nodes/GlairVision/files/spec';
import { DOCUMENT_SPECS } from '../../../../nodes/GlairVision/documents/registry';

/** The columns a document's flattened Read can carry: its fields, the companions its field checks add, its picture's grades. */
function columnsOf(spec: DocumentSpec): Set<string> {
	const quality = spec.quality ? [...Object.keys(spec.quality.reviewFlags), ...(spec.quality.otherFlags ?? [])].map((flag) => `quality_${flag}`) : [];
	return new Set([...allFields(spec).map((field) => field.column), ...spec.checks.flatMap((check) => check.companions.map(({ column }) => column)), ...quality, 'warnings']);
}

/** The columns of a document's table (a KK's `members`): undefined when it has no such table. */
function tableColumnsOf(spec: DocumentSpec, list: string): Set<string> | undefined {
	const table = (spec as { tables?: ReadonlyArray<{ list: string; fields: ReadonlyArray<{ key: string }> }> }).tables?.find((candidate) => candidate.list === list);
	return table ? new Set(table.fields.map((field) => field.key)) : undefined;
}

const sourceColumns = (reads: SourceValue | readonly SourceValue[]) =>
	((Array.isArray(reads) ? reads : [reads]) as SourceValue[]).flatMap((source) => (typeof source === 'string' ? [source] : source.columns));

/** Every (role, column) a line reads from a document's row, and every (role, table, column) from a table. */
function readsOf(line: CrossCheck): { columns: Array<[string, string]>; tables: Array<[string, string, string]> } {
	switch (line.kind) {
		case 'firstOf':
			return { columns: line.alternatives.flatMap((alternative) => Object.entries(alternative.reads).flatMap(([role, reads]) => sourceColumns(reads!).map((column): [string, string] => [role, column]))), tables: [] };
		case 'listed':
			return {
				columns: [[line.person.role, line.person.column], ...line.same.map((same): [string, string] => [line.person.role, same.person])],
				tables: [[line.list.role, line.list.table, line.list.column], ...line.same.map((same): [string, string, string] => [line.list.role, line.list.table, same.row])],
			};
		case 'relation':
			return {
				columns: [...line.owner, line.person].flatMap((person): Array<[string, string]> => [[person.role, person.id], [person.role, person.name]]),
				tables: [[line.household.role, line.household.table, line.household.id], [line.household.role, line.household.table, line.household.name]],
			};
		case 'flags':
			return { columns: Object.keys(line.flags).map((column): [string, string] => [line.role, column]), tables: [] };
		case 'judged':
			return { columns: [], tables: [] };
		default:
			return { columns: Object.entries(line.reads).flatMap(([role, reads]) => sourceColumns(reads!).map((column): [string, string] => [role, column])), tables: [] };
	}
}

const callNames = (spec: FileSpec) => (spec.calls ?? []).map((call) => call.name);

describe.each(FILE_SPECS.map((spec) => [spec.resource, spec] as const))('the %s file', (_resource, spec: FileSpec) => {
	it('names each role once, each a registered document or a picture', () => {
		const roles = spec.roles.map((role) => role.role);
		expect(new Set(roles).size).toBe(roles.length);
		for (const role of spec.roles) if (isDocumentRole(role)) expect(DOCUMENT_SPECS).toContain(role.document);
	});

	it('cross-checks only roles it holds, and only columns (and table columns) their documents read', () => {
		const documents = new Map(spec.roles.filter(isDocumentRole).map((role) => [role.role, role.document]));
		for (const line of spec.crossChecks) {
			const { columns, tables } = readsOf(line);
			for (const [role, column] of columns) {
				expect([line.field, role, column, documents.has(role) && columnsOf(documents.get(role)!).has(column)]).toEqual([line.field, role, column, true]);
			}
			for (const [role, table, column] of tables) {
				// A role the file does not hold yet (a document still to come) is no table to check.
				const document = documents.get(role);
				if (!document) continue;
				expect([line.field, role, table, column, tableColumnsOf(document, table)?.has(column)]).toEqual([line.field, role, table, column, true]);
			}
		}
	});

	it('reads each judgement from a call it makes, and runs each line under an option it offers', () => {
		for (const line of spec.crossChecks) if (line.kind === 'judged') expect([line.field, callNames(spec).includes(line.source)]).toEqual([line.field, true]);
		const options = (spec.options ?? []).map((option) => option.name);
		for (const owner of [...spec.crossChecks, ...(spec.calls ?? [])]) if (owner.option !== undefined) expect(options).toContain(owner.option);
		for (const role of spec.roles) if (isDocumentRole(role) && role.qualityOption) expect(options).toContain(role.qualityOption);
	});

	it('has one field per cross-check, and a verdict word for consistent different from the others', () => {
		const fields = spec.crossChecks.map((check) => check.field);
		expect(new Set(fields).size).toBe(fields.length);
		expect([spec.verdicts.mismatch, spec.verdicts.incomplete]).not.toContain(spec.verdicts.consistent);
	});

	it('is found by its resource, which no document uses', () => {
		expect(fileSpec(spec.resource)).toBe(spec);
		expect(DOCUMENT_SPECS.map((document) => document.resource)).not.toContain(spec.resource);
	});
});
