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

	it('lists every column, check and companion of the document', () => {
		for (const field of allFields(spec!)) expect(text).toContain(`\`${field.column}\``);
		for (const fieldCheck of spec!.checks) {
			expect(text).toContain(fieldCheck.description);
			for (const { column } of fieldCheck.companions) expect(text).toContain(`\`${column}\``);
		}
	});
});
