import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { allFields } from '../../nodes/GlairVision/documents/fieldList';
import { documentSpec } from '../../nodes/GlairVision/documents/registry';

/** docs/documents/<resource>.md, a document's reference page: it must say what the spec says. */
const PAGES = join(__dirname, '..', '..', 'docs', 'documents');
const pages = readdirSync(PAGES).filter((name) => name.endsWith('.md'));

describe.each(pages)('docs/documents/%s', (page) => {
	const resource = page.replace(/\.md$/, '');
	const text = readFileSync(join(PAGES, page), 'utf8');
	const spec = documentSpec(resource);

	it('is the page of a document the node reads, naming its resource and endpoint', () => {
		expect(spec).toBeDefined();
		expect(text).toContain(`\`${resource}\``);
		expect(text).toContain(spec!.path);
	});

	it('names every column of the document', () => {
		const missing = allFields(spec!).filter((field) => !new RegExp(`\\b${field.column}\\b`).test(text));
		expect(missing.map((field) => field.column)).toEqual([]);
	});
});
