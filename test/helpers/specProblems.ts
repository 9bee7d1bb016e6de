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
	// The subtitle and the action say "Read " + the short name; messages say "not a <short name>".
	if (spec.shortName.trim() === '') problems.push('the short name is empty');
	if (spec.flat && spec.sections.length !== 1) problems.push('a flat document has exactly one section');
	for (const row of spec.checks) {
		for (const column of row.fields) if (!known.has(column)) problems.push(`check "${row.rule}" reads "${column}", which is not a column`);
		for (const companion of row.companions) if (known.has(companion)) problems.push(`check "${row.rule}" would overwrite the field "${companion}"`);
	}
	const sections = new Set(spec.sections.map((section) => section.key));
	for (const page of spec.pages ?? []) if (!sections.has(page.section)) problems.push(`page ${page.value} names no section "${page.section}"`);
	return problems.map((problem) => `${spec.resource}: ${problem}`);
}
