import { allFields } from '../../nodes/GlairVision/documents/fieldList';
import type { DocumentSpec } from '../../nodes/GlairVision/documents/spec';

/** The columns every item of a Read carries beside the fields (engine/output/shape.ts): no field may take one's name. */
const ITEM_COLUMNS = ['outcome', 'reason', 'review_reasons', 'warnings', 'status', 'file_name', 'file_sha256', 'binary_field', 'page', 'pages_read', 'request_id', 'http_status', 'attempts', 'retryable'];

/**
 * A spec that contradicts itself would fail quietly (a misspelt column switches a check off), so
 * the tests check every registered spec (test/nodes/GlairVision/documents/registry.test.ts).
 */
export function specProblems(spec: DocumentSpec): string[] {
	const problems: string[] = [];
	const columns = allFields(spec).map((field) => field.column);
	const known = new Set(columns);
	if (known.size !== columns.length) problems.push('two fields share a column');
	for (const column of ITEM_COLUMNS) if (known.has(column)) problems.push(`a field's column is "${column}", which every item has already`);
	// The subtitle and the action say "Read " + the short name; messages say "not a <short name>".
	if (spec.shortName.trim() === '') problems.push('the short name is empty');
	if (spec.flat && spec.sections.length !== 1) problems.push('a flat document has exactly one section');
	for (const fieldCheck of spec.checks) {
		for (const column of [...fieldCheck.columns, ...(fieldCheck.optionalColumns ?? [])]) if (!known.has(column)) problems.push(`check "${fieldCheck.rule}" reads "${column}", which is not a column`);
		for (const { column } of fieldCheck.companions) if (known.has(column)) problems.push(`check "${fieldCheck.rule}" would overwrite the field "${column}"`);
	}
	problems.push(...tableProblems(spec, known));
	const sections = new Set(spec.sections.map((section) => section.key));
	for (const page of spec.pages ?? []) if (!sections.has(page.section)) problems.push(`page ${page.value} names no section "${page.section}"`);
	return problems.map((problem) => `${spec.resource}: ${problem}`);
}

/**
 * A table's rows sit beside the document's fields (Table Rows = Items puts a member's nik beside
 * nomor_kk), so a row's column must never be one of the document's, nor a list's name.
 */
function tableProblems(spec: DocumentSpec, documentColumns: ReadonlySet<string>): string[] {
	const tables = spec.tables ?? [];
	if (tables.length === 0 && !spec.tableChecks?.length) return [];
	const problems: string[] = [];
	if (!spec.flat) problems.push('only a flat document has tables');
	const lists = tables.map((table) => table.list);
	if (new Set(lists).size !== lists.length) problems.push('two tables share a list name');
	for (const table of tables) {
		if (documentColumns.has(table.list)) problems.push(`the list "${table.list}" is also a column`);
		if (spec.sections.some((section) => section.fields.some((field) => field.key === table.key))) problems.push(`the table "${table.key}" is also a field`);
		const columns = table.fields.map((field) => field.key);
		if (new Set(columns).size !== columns.length) problems.push(`two fields of "${table.list}" share a column`);
		for (const column of columns) {
			if (documentColumns.has(column) || lists.includes(column)) problems.push(`"${table.list}" has a column "${column}", which the document has too`);
		}
		const ofRow = new Set(columns);
		for (const rowCheck of table.checks ?? []) {
			const where = `the ${table.list} check "${rowCheck.rule}"`;
			if (!ofRow.has(rowCheck.columns[0])) problems.push(`${where} starts with "${rowCheck.columns[0]}", which is not a column of the row`);
			for (const column of [...rowCheck.columns, ...(rowCheck.optionalColumns ?? [])]) {
				if (!ofRow.has(column) && !documentColumns.has(column)) problems.push(`${where} reads "${column}", which is not a column`);
			}
			for (const { column } of rowCheck.companions) if (ofRow.has(column) || documentColumns.has(column)) problems.push(`${where} would overwrite the field "${column}"`);
		}
	}
	for (const check of spec.tableChecks ?? []) {
		const table = tables.find((candidate) => candidate.list === check.list);
		if (!table) {
			problems.push(`the table check "${check.rule}" reads the list "${check.list}", which is not a table`);
			continue;
		}
		for (const column of check.rowColumns) if (!table.fields.some((field) => field.key === column)) problems.push(`the table check "${check.rule}" reads "${column}", which is not a column of ${check.list}`);
		for (const column of [...check.columns, ...check.optionalColumns]) if (!documentColumns.has(column)) problems.push(`the table check "${check.rule}" reads "${column}", which is not a column`);
	}
	return problems;
}

