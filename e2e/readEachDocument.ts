/**
 * One workflow, one `n8n execute`, a Read of each document from its invented sample: a branch per
 * document (Read Binary File -> GLAIR Vision), all from the one manual trigger. Cheap enough to
 * cover every document the node reads beyond the vehicle file's, in the real n8n.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';

import { EACH_DOCUMENT } from '../test/helpers/eachDocument';
import { Checks, NODE_TYPE, SAMPLES, executeWorkflow, log, n8nId, n8nOk, outputItems, type N8nInstall, type SandboxHandle, type UserFolder } from './lib';

const readNode = (resource: string) => `Read ${resource}`;

function workflow(id: string, credential: { id: string; name: string }): object {
	const nodes: object[] = [{ id: n8nId('each-trigger'), name: 'Start', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [0, 0], parameters: {} }];
	const connections: Record<string, { main: Array<Array<{ node: string; type: string; index: number }>> }> = { Start: { main: [[]] } };
	EACH_DOCUMENT.forEach(([resource, sample], row) => {
		const file = `File ${resource}`;
		nodes.push(
			{
				id: n8nId(`each-file-${resource}`),
				name: file,
				type: 'n8n-nodes-base.readWriteFile',
				typeVersion: 1.1,
				position: [220, row * 160],
				parameters: { operation: 'read', fileSelector: path.join(SAMPLES, sample), options: {} },
			},
			{
				id: n8nId(`each-read-${resource}`),
				name: readNode(resource),
				type: NODE_TYPE,
				typeVersion: 1,
				position: [440, row * 160],
				parameters: { resource, operation: 'read', binaryPropertyName: 'data', output: 'flattened', options: {} },
				credentials: { glairVisionApi: credential },
			},
		);
		connections.Start.main[0].push({ node: file, type: 'main', index: 0 });
		connections[file] = { main: [[{ node: readNode(resource), type: 'main', index: 0 }]] };
	});
	return { id, name: 'e2e: Read each document', active: false, settings: { executionOrder: 'v1' }, nodes, connections };
}

export async function readEachDocument(
	checks: Checks,
	install: N8nInstall,
	folder: UserFolder,
	credential: { id: string; name: string },
	sandbox: SandboxHandle,
): Promise<void> {
	const id = n8nId('wf-read-each-document');
	const file = path.join(folder.root, `workflow-${id}.json`);
	writeFileSync(file, JSON.stringify([workflow(id, credential)], null, 2));
	await n8nOk(install, folder, ['import:workflow', `--input=${file}`]);
	const before = sandbox.requests.length;
	const { run, result } = await executeWorkflow(install, folder, id);
	log('e2e', `read each document: n8n execute exited ${result.code ?? `on ${result.signal}`} in ${(result.ms / 1000).toFixed(1)}s`);
	if (!checks.ok(result.code === 0 && run, 'read each document: one n8n execute runs them all', `${result.stdout.slice(-1000)}\n${result.stderr.slice(-1000)}`)) return;
	const paths = sandbox.requests.slice(before).map((request) => request.path);
	for (const [resource, sample, field, present] of EACH_DOCUMENT) {
		const [success, review, notRead] = [0, 1, 2].map((index) => outputItems(run, readNode(resource), index));
		const json = success[0]?.json ?? {};
		checks.ok(success.length === 1 && review.length === 0 && notRead.length === 0, `Read ${resource} (${sample}): exactly one item, on Success`, { success: success.length, review: review.length, notRead: notRead.length });
		checks.ok(json.outcome === 'SUCCESS' && String(json[field] ?? '') !== '', `Read ${resource}: ${field} read (${String(json[field] ?? '').slice(0, 40)})`, json);
		checks.ok(present in json, `Read ${resource}: the ${present} column is there`, Object.keys(json));
		checks.ok(!/iVBORw0KGgo|base64/.test(JSON.stringify(json)), `Read ${resource}: no image in the JSON`);
	}
	checks.ok(paths.length === EACH_DOCUMENT.length, `read each document: the sandbox got one upload per document (${paths.length})`, paths);
}
