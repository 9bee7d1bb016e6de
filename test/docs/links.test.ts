import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type { INodePropertyOptions } from 'n8n-workflow';

import { GlairVisionApi } from '../../credentials/GlairVisionApi.credentials';
import { GlairVision } from '../../nodes/GlairVision/GlairVision.node';
import { CUSTOM_API_CALL } from '../../nodes/GlairVision/actions/customApiCall';
import { DOCUMENT_SPECS } from '../../nodes/GlairVision/documents/registry';

const REPO = resolve(__dirname, '..', '..');
const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { repository: { url: string } };
/** The repository's pages on GitHub, from package.json: what n8n's Docs links open. */
const GITHUB_MAIN = `${pkg.repository.url.replace(/^git\+/, '').replace(/\.git$/, '')}/blob/main/`;

function markdownFiles(folder: string): string[] {
	return readdirSync(folder).flatMap((name) => {
		const path = join(folder, name);
		if (statSync(path).isDirectory()) return markdownFiles(path);
		return name.endsWith('.md') ? [path] : [];
	});
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to dashes. */
function slug(heading: string): string {
	return heading
		.toLowerCase()
		.replace(/[^\p{L}\p{N}\s_-]/gu, '')
		.trim()
		.replace(/\s/g, '-');
}

function anchors(file: string): string[] {
	const text = readFileSync(file, 'utf8').replace(/```[\s\S]*?```/g, '');
	return [...text.matchAll(/^#{1,6}\s+(.+)$/gm)].map((match) => slug(match[1]));
}

/** Every [text](target) of a page that is not a web address. */
function localLinks(file: string): string[] {
	const text = readFileSync(file, 'utf8').replace(/```[\s\S]*?```/g, '');
	return [...text.matchAll(/\]\(([^)\s]+)\)/g)].map((match) => match[1]).filter((target) => !/^[a-z]+:/.test(target));
}

const pages = [join(REPO, 'README.md'), ...markdownFiles(join(REPO, 'docs'))];

describe('The documentation pages', () => {
	it.each(pages.map((page) => [relative(REPO, page), page]))('%s links only to files and headings that exist', (_, page) => {
		const broken = localLinks(page).filter((target) => {
			const [path, anchor] = target.split('#');
			const file = path === '' ? page : resolve(dirname(page), path);
			if (!existsSync(file)) return true;
			return anchor !== undefined && file.endsWith('.md') && !anchors(file).includes(anchor);
		});
		expect(broken).toEqual([]);
	});

	it.each(pages.map((page) => [relative(REPO, page), page]))('%s closes every code block it opens', (_, page) => {
		const fences = readFileSync(page, 'utf8').split('\n').filter((line) => /^\s*```/.test(line));
		expect(fences.length % 2).toBe(0);
	});

	it("n8n's Docs links open this package's pages on its main branch: the README for the node, the credential's page for the credential", () => {
		const codex = JSON.parse(readFileSync(join(REPO, 'nodes/GlairVision/GlairVision.node.json'), 'utf8')) as {
			resources: { primaryDocumentation: Array<{ url: string }>; credentialDocumentation: Array<{ url: string }> };
		};
		expect(codex.resources.primaryDocumentation).toEqual([{ url: `${GITHUB_MAIN}README.md` }]);
		expect(codex.resources.credentialDocumentation).toEqual([{ url: `${GITHUB_MAIN}docs/credential.md` }]);
		expect(new GlairVisionApi().documentationUrl).toBe(`${GITHUB_MAIN}docs/credential.md`);
	});

	it("the README's table has a row for every resource of the node, linking its reference page; each document's page is docs/documents/<resource>.md", () => {
		const readme = readFileSync(join(REPO, 'README.md'), 'utf8');
		const rows = readme.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| ---'));
		const resources = new GlairVision().description.properties.find((property) => property.name === 'resource')!.options as INodePropertyOptions[];
		for (const resource of resources.filter((option) => option.value !== CUSTOM_API_CALL)) {
			const row = rows.find((line) => line.startsWith(`| ${resource.name} |`));
			expect({ resource: resource.name, row: row !== undefined }).toEqual({ resource: resource.name, row: true });
			const reference = [...row!.matchAll(/\]\(([^)]+)\)/g)].map((match) => match[1]).pop()!;
			expect(existsSync(join(REPO, reference))).toBe(true);
			if (DOCUMENT_SPECS.some((spec) => spec.resource === resource.value)) expect(reference).toBe(`docs/documents/${String(resource.value)}.md`);
		}
	});
});
