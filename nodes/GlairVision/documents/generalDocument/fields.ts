import type { SectionSpec } from '../spec';

/**
 * GLAIR reads any page into `read.all_texts`, a list of text lines, each `{value, polygon,
 * page_index}` (the docs, the Go SDK). The node joins them into one field, its column `text`, a line per line,
 * in GLAIR's order; each line with its polygon stays in the Raw output. The section is ours.
 *
 * Not offered: the optional part `table=true`. The docs say it adds `read.tables`, "an array of all
 * tables available in the image", and show none: the shape of a table is not on record.
 */
export const GENERAL_DOCUMENT_SECTIONS: readonly SectionSpec[] = [
	{
		key: 'general_document',
		label: 'General Document',
		fields: [{ key: 'all_texts', column: 'text', label: 'Text (every line read, in order)', list: { separator: '\n' } }],
	},
];
