/**
 * A spec's fields as the engine walks them: one flat list in column order, each field with the
 * section it lives in and its flattened column. Worked out once per spec and page.
 */
import type { CompareKind } from '../crossChecks/compare';
import type { DocumentSpec, SectionSpec } from './spec';

export interface ResolvedField {
	section: string;
	key: string;
	/** The flattened output's column: the section's prefix + the key, unique within the document. */
	column: string;
	label: string;
	aliases: readonly string[];
	identifies?: CompareKind;
}

const byPage = new WeakMap<DocumentSpec, Map<number | undefined, ResolvedField[]>>();

/** The sections a request for `page` answers with: one page, or all of them. */
export function sectionsForPage(spec: DocumentSpec, page: number | undefined): readonly SectionSpec[] {
	if (page === undefined) return spec.sections;
	const section = spec.pages?.find((candidate) => candidate.value === page)?.section;
	return spec.sections.filter((candidate) => candidate.key === section);
}

/** The fields of the requested page(s), in column order. */
export function fieldsForPage(spec: DocumentSpec, page: number | undefined): readonly ResolvedField[] {
	let cache = byPage.get(spec);
	if (!cache) byPage.set(spec, (cache = new Map()));
	let fields = cache.get(page);
	if (!fields) {
		fields = sectionsForPage(spec, page).flatMap((section) =>
			section.fields.map((field) => ({
				section: section.key,
				key: field.key,
				column: `${section.columnPrefix ?? ''}${field.column ?? field.key}`,
				label: field.label,
				aliases: field.aliases ?? [],
				...(field.identifies ? { identifies: field.identifies } : {}),
			})),
		);
		cache.set(page, fields);
	}
	return fields;
}

export function allFields(spec: DocumentSpec): readonly ResolvedField[] {
	return fieldsForPage(spec, undefined);
}

/** section -> field -> its column and comparison, for the fields that identify a vehicle or a person. */
export function identifyingFields(spec: DocumentSpec): Map<string, Map<string, { column: string; kind: CompareKind }>> {
	const identifying = new Map<string, Map<string, { column: string; kind: CompareKind }>>();
	for (const field of allFields(spec)) {
		if (!field.identifies) continue;
		const section = identifying.get(field.section) ?? new Map<string, { column: string; kind: CompareKind }>();
		section.set(field.key, { column: field.column, kind: field.identifies });
		identifying.set(field.section, section);
	}
	return identifying;
}
