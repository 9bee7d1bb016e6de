import type { SourceValue } from '../../../../nodes/GlairVision/crossChecks/crossCheck';
import { allFields } from '../../../../nodes/GlairVision/documents/fieldList';
import type { DocumentSpec } from '../../../../nodes/GlairVision/documents/spec';
import { FILE_SPECS, fileSpec } from '../../../../nodes/GlairVision/files/registry';
import { DOCUMENT_SPECS } from '../../../../nodes/GlairVision/documents/registry';

/** The columns a document's flattened Read can carry: its fields and the companions its field checks add. */
function columnsOf(spec: DocumentSpec): Set<string> {
	return new Set([...allFields(spec).map((field) => field.column), ...spec.checks.flatMap((check) => check.companions.map(({ column }) => column)), 'warnings']);
}

describe.each(FILE_SPECS.map((spec) => [spec.resource, spec] as const))('the %s file', (_resource, spec) => {
	it('names each role once, each a registered document', () => {
		const roles = spec.roles.map((role) => role.role);
		expect(new Set(roles).size).toBe(roles.length);
		for (const role of spec.roles) expect(DOCUMENT_SPECS).toContain(role.document);
	});

	it('cross-checks only roles it holds, and only columns their documents read', () => {
		const byRole = new Map(spec.roles.map((role) => [role.role, columnsOf(role.document)]));
		for (const check of spec.crossChecks) {
			for (const [role, reads] of Object.entries(check.reads)) {
				expect([check.column, role, byRole.has(role)]).toEqual([check.column, role, true]);
				const sources = (Array.isArray(reads) ? reads : [reads]) as SourceValue[];
				for (const column of sources.flatMap((source) => (typeof source === 'string' ? [source] : source.columns))) {
					expect([check.column, role, column, byRole.get(role)!.has(column)]).toEqual([check.column, role, column, true]);
				}
			}
		}
	});

	it('has one match_<field> column per cross-check, and three different verdicts', () => {
		const columns = spec.crossChecks.map((check) => check.column);
		expect(new Set(columns).size).toBe(columns.length);
		for (const check of spec.crossChecks) expect(check.column).toBe(`match_${check.field}`);
		expect(new Set(Object.values(spec.verdicts)).size).toBe(3);
	});

	it('is found by its resource, which no document uses', () => {
		expect(fileSpec(spec.resource)).toBe(spec);
		expect(DOCUMENT_SPECS.map((document) => document.resource)).not.toContain(spec.resource);
	});
});
