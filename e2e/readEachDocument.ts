/**
 * One workflow, one `n8n execute`, a Read of each document from its invented sample: a branch per
 * document (Read Binary File -> GLAIR Vision), all from the one manual trigger. Cheap enough to
 * cover every document the node reads beyond the vehicle file's, in the real n8n.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';

import { Checks, NODE_TYPE, SAMPLES, executeWorkflow, log, n8nId, n8nOk, outputItems, type N8nInstall, type SandboxHandle, type UserFolder } from './lib';

/** [resource, sample, a column that must be read, another that must be there]. */
export const EACH_DOCUMENT: ReadonlyArray<readonly [resource: string, sample: string, read: string, present: string]> = [
	['sim', 'sim-sample.png', 'nomor_sim', 'berlaku'],
	['passport', 'passport-sample.png', 'doc_number', 'final_hash'],
	['kitasKitap', 'kitas-kitap-sample.png', 'niora', 'stay_entries_permit_expiry'],
	['plate', 'plate-sample.png', 'nomor_registrasi', 'warnings'],
	['generalDocument', 'general-document-letter.png', 'text', 'warnings'],
	// The documents with tables: the rows a list under the table's name.
	['kk', 'kk-sample.png', 'nomor_kk', 'members'],
	['bankStatement', 'bank-statement.pdf', 'account_number', 'transactions'],
	['invoice', 'invoice-sample.png', 'invoice_number', 'line_items'],
	['receipt', 'receipt-sample.png', 'merchant_name', 'items'],
	['taxInvoice', 'tax-invoice-sample.png', 'nomor_faktur', 'dasar_pengenaan_pajak_number'],
	['skpr', 'skpr-sample.png', 'complete_name', 'policies'],
	['singaporeNric', 'singapore-nric-sample.png', 'nric_no', 'date_of_birth'],
	['singaporeFamilyPass', 'singapore-family-pass-sample.png', 'fin', 'expiry_date'],
	['singaporeWorkPermit', 'singapore-work-permit-sample.png', 'work_permit_no', 'date_of_expiry'],
	['bstk', 'bstk-sample.png', 'vehicle_chassis_number', 'handover_signature_date_iso'],
	['diploma', 'diploma-sample.png', 'ijazah_number', 'graduate_date_iso'],
	['transcript', 'transcript-sample.png', 'gpa', 'gpa_number'],
	['phonePackaging', 'phone-packaging-sample.png', 'imei', 'serial_number'],
];

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
