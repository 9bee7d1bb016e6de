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
	const sections = new Set(spec.sections.map((section) => section.key));
	for (const page of spec.pages ?? []) if (!sections.has(page.section)) problems.push(`page ${page.value} names no section "${page.section}"`);
	return problems.map((problem) => `${spec.resource}: ${problem}`);
}
