/**
 * Which binary fields of an item are documents to read. Email triggers name attachments
 * `attachment_0`, `attachment_1`, ...; users can list names, use `*` wildcards, or both.
 */

export interface SelectedFields {
	/** Fields to read, in a stable order: pattern order, then natural order within a wildcard. */
	fields: string[];
	/** Plain names (no wildcard) asked for but not on the item. */
	missing: string[];
}

/** File names as a person orders them: attachment_2 before attachment_10. */
export const naturalOrder = new Intl.Collator('en', { numeric: true }).compare;

function wildcardToRegExp(pattern: string): RegExp {
	const escaped = pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
	return new RegExp(`^${escaped}$`);
}

export function parseFieldPattern(pattern: string): string[] {
	return pattern
		.split(',')
		.map((part) => part.trim())
		.filter((part) => part !== '');
}

export function selectBinaryFields(pattern: string, available: readonly string[]): SelectedFields {
	const fields: string[] = [];
	const missing: string[] = [];
	for (const part of parseFieldPattern(pattern)) {
		if (part.includes('*')) {
			const matcher = wildcardToRegExp(part);
			const matches = available.filter((name) => matcher.test(name)).sort(naturalOrder);
			for (const name of matches) if (!fields.includes(name)) fields.push(name);
		} else if (available.includes(part)) {
			if (!fields.includes(part)) fields.push(part);
		} else if (!missing.includes(part)) {
			missing.push(part);
		}
	}
	return { fields, missing };
}
