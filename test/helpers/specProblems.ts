import { allFields } from '../../nodes/GlairVision/documents/fieldList';
import type { DocumentSpec } from '../../nodes/GlairVision/documents/spec';

/**
 * A spec that contradicts itself would fail quietly (a misspelt column switches a check off), so
 * the tests check every registered spec (test/nodes/GlairVision/documents/registry.test.ts).
 */
export function specProblems(spec: DocumentSpec): string[] {
	const problems: string[] = [];
	const columns = allFields(spec).map((field) => field.column);
	const known = new Set(columns);
	if (known.size !== columns.length) problems.push('two fields share a column');
	// The node's subtitle shows "Read " + the resource in capitals.
	if (spec.shortName !== spec.resource.toUpperCase()) problems.push(`the short name is the resource in capitals ("${spec.resource.toUpperCase()}")`);
	if (spec.flat && spec.sections.length !== 1) problems.push('a flat document has exactly one section');
	for (const fieldCheck of spec.checks) {
		for (const column of fieldCheck.columns) if (!known.has(column)) problems.push(`check "${fieldCheck.rule}" reads "${column}", which is not a column`);
		for (const { column } of fieldCheck.companions) if (known.has(column)) problems.push(`check "${fieldCheck.rule}" would overwrite the field "${column}"`);
	}
	const sections = new Set(spec.sections.map((section) => section.key));
	for (const page of spec.pages ?? []) if (!sections.has(page.section)) problems.push(`page ${page.value} names no section "${page.section}"`);
	return problems.map((problem) => `${spec.resource}: ${problem}`);
}
