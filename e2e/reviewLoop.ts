/**
 * The review loop of examples/email-bpkb-review-to-google-sheets.json, run in a real n8n (`n8n start`)
 * as a person would: Read BPKB -> Needs Review -> a form fed the item's review_form -> Apply Review.
 *
 * A Gmail "Send and Wait for Response" cannot be reached from here, so the example is adapted,
 * visibly: the IMAP trigger becomes an n8n Form Trigger with one file field, attachment_0 (an email's
 * first attachment, by the name IMAP gives it); the Gmail node becomes an n8n Form node (Next Form
 * Page, Define Form: Using JSON, the Gmail node's own form JSON) followed by a Set node that puts the
 * answers under `data`, as Send and Wait returns a custom form; Google Sheets become No Op nodes.
 * Everything between (Read BPKB, the Merge, Apply Review) runs as shipped.
 *
 * Then, over HTTP: the BPKB is uploaded to the Form Trigger, the review form page is opened (its
 * labels and the values read must be there), answered the way n8n's form page posts it (multipart,
 * field-0, field-1, ...: one value corrected, one left as shown, the reviewer's name), and the
 * finished execution is read from n8n's database.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Checks, finishedExecution, NODE_TYPE, REPO, SAMPLES, formListening, log, n8nId, n8nOk, queryDb, until, type N8nInstall, type N8nServer, type UserFolder } from './lib';

type Node = { id?: string; name: string; type: string; typeVersion: number; position: [number, number]; parameters: any; credentials?: any; webhookId?: string };
type Workflow = { id?: string; name?: string; nodes: Node[]; connections: Record<string, any>; active?: boolean; settings?: any };

export const REVIEW_EXAMPLE = 'email-bpkb-review-to-google-sheets.json';
const READ = 'Read BPKB';
const ASK = 'Ask a person to review';
const APPLY = 'Apply Review';
const SHEET = 'BPKB sheet';
const CORRECTED_APM = 'PT ISUZU ASTRA MOTOR INDONESIA TBK';

/** Whether an example waits for a person's answer (a Send and Wait node): it runs here, not with `n8n execute`. */
export function waitsForAPerson(wf: Workflow): boolean {
	return wf.nodes.some((node) => node.parameters?.operation === 'sendAndWait');
}

function adapt(original: Workflow, cred: { id: string; name: string }): { wf: Workflow; notes: string[] } {
	const notes: string[] = [];
	const nodes: Node[] = [];
	const connections: Record<string, any> = JSON.parse(JSON.stringify(original.connections));
	for (const node of original.nodes) {
		if (node.type === NODE_TYPE) {
			// Apply Review has no credential: it must run without one.
			nodes.push(node.credentials ? { ...node, credentials: { glairVisionApi: { id: cred.id, name: cred.name } } } : node);
		} else if (node.type === 'n8n-nodes-base.emailReadImap') {
			nodes.push({
				id: node.id,
				name: node.name,
				type: 'n8n-nodes-base.formTrigger',
				typeVersion: 2.2,
				position: node.position,
				webhookId: n8nId('review-loop-upload'),
				parameters: { formTitle: 'BPKB', formFields: { values: [{ fieldLabel: 'attachment_0', fieldType: 'file', multipleFiles: false, requiredField: true }] }, options: {} },
			});
			notes.push(`"${node.name}" (IMAP) -> n8n Form Trigger with a file field attachment_0`);
		} else if (node.parameters?.operation === 'sendAndWait') {
			const reshape = `${node.name}: answers under data`;
			nodes.push({
				id: node.id,
				name: node.name,
				type: 'n8n-nodes-base.form',
				typeVersion: 2.3,
				position: node.position,
				webhookId: n8nId('review-loop-form'),
				parameters: { operation: 'page', defineForm: 'json', jsonOutput: node.parameters.jsonOutput, options: {} },
			});
			nodes.push({
				id: n8nId(reshape),
				name: reshape,
				type: 'n8n-nodes-base.set',
				typeVersion: 3.4,
				position: [node.position[0] + 110, node.position[1] + 120],
				parameters: { mode: 'raw', jsonOutput: '={{ JSON.stringify({ data: $json }) }}', options: {} },
			});
			connections[reshape] = connections[node.name];
			connections[node.name] = { main: [[{ node: reshape, type: 'main', index: 0 }]] };
			notes.push(`"${node.name}" (${node.type} Send and Wait) -> n8n Form node with its form JSON, then "${reshape}" (Set)`);
		} else if (node.credentials && Object.keys(node.credentials).length > 0) {
			nodes.push({ id: node.id, name: node.name, type: 'n8n-nodes-base.noOp', typeVersion: 1, position: node.position, parameters: {} });
			notes.push(`"${node.name}" (${node.type}) -> No Op`);
		} else {
			nodes.push(node);
		}
	}
	return { wf: { ...original, id: n8nId(`example-${REVIEW_EXAMPLE}`), name: `example: ${original.name}`, nodes, connections, active: false }, notes };
}

/** Imports and publishes the adapted example: the n8n started afterwards listens on its form. */
export async function prepareReviewLoop(install: N8nInstall, folder: UserFolder, cred: { id: string; name: string }): Promise<Workflow> {
	const original = JSON.parse(readFileSync(path.join(REPO, 'examples', REVIEW_EXAMPLE), 'utf8')) as Workflow;
	const { wf, notes } = adapt(original, cred);
	for (const note of notes) log('review', `${REVIEW_EXAMPLE}: ${note}`);
	const file = path.join(folder.root, `example-${REVIEW_EXAMPLE}`);
	writeFileSync(file, JSON.stringify([wf], null, 2));
	await n8nOk(install, folder, ['import:workflow', `--input=${file}`]);
	const major = Number(install.version.split('.')[0]);
	await n8nOk(install, folder, major >= 2 ? ['publish:workflow', `--id=${wf.id}`] : ['update:workflow', `--id=${wf.id}`, '--active=true']);
	return wf;
}

function items(run: any, node: string, output = 0): any[] {
	return run?.data?.resultData?.runData?.[node]?.at(-1)?.data?.main?.[output] ?? [];
}

function decodeHtml(text: string): string {
	return text.replace(/&quot;/g, '"').replace(/&#x27;|&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&#x2F;/g, '/').replace(/&#x3D;/g, '=').replace(/&amp;/g, '&');
}

export async function runReviewLoop(
	checks: Checks,
	install: N8nInstall,
	folder: UserFolder,
	server: N8nServer,
	sandbox: { requests: Array<{ path: string }> },
	wf: Workflow,
): Promise<void> {
	const started = Date.now();
	const trigger = wf.nodes.find((node) => node.type === 'n8n-nodes-base.formTrigger')!;
	const uploadsBefore = sandbox.requests.filter((request) => request.path === '/ocr/v1/bpkb').length;

	// The email's attachment, uploaded as the Form Trigger's file field (field-0).
	const upload = new FormData();
	upload.append('field-0', new Blob([readFileSync(path.join(SAMPLES, 'bpkb-sample.pdf'))], { type: 'application/pdf' }), 'bpkb-sample.pdf');
	await formListening(server, trigger.webhookId!);
	const submitted = await fetch(`${server.url}/form/${trigger.webhookId}`, { method: 'POST', body: upload });
	const answer = (await submitted.json().catch(() => ({}))) as { formWaitingUrl?: string };
	if (!checks.ok(submitted.ok && answer.formWaitingUrl, `review loop: the BPKB is uploaded to the form (${submitted.status}), which points to the next page`, answer)) return;
	const pageUrl = answer.formWaitingUrl!.replace(/^https?:\/\/[^/]+/, server.url);
	const executionId = /\/form-waiting\/(\d+)/.exec(pageUrl)?.[1];

	// Read BPKB puts the sample on Needs Review (two fields below 87 %), and the execution waits at the form.
	await until(`execution ${executionId} to wait for the review form`, async () => {
		const rows = await queryDb<{ status: string }>(install, folder, `SELECT status FROM execution_entity WHERE id = '${executionId}'`);
		if (rows[0] && !['new', 'running', 'waiting'].includes(rows[0].status)) throw new Error(`execution ${executionId} ended ${rows[0].status} before the review form`);
		return rows[0]?.status === 'waiting' ? true : undefined;
	});
	const page = await fetch(pageUrl);
	const html = decodeHtml(await page.text());
	checks.ok(page.ok, `review loop: n8n renders the review form from review_form (GET /form-waiting/..., ${page.status})`);
	const labels = ['Importer / Assembler (Nama APM) — read with 84.31% confidence, below 87%', 'Issued By (Diterbitkan Oleh) — read with 86.09% confidence, below 87%', 'Reviewed By'];
	checks.ok(
		labels.every((label) => html.includes(label)),
		'review loop: the form labels each doubtful field with its label and why, then Reviewed By',
		labels.filter((label) => !html.includes(label)),
	);
	checks.ok(
		html.includes('value="PT ISUZU ASTRA MOTOR INDONESIA"') && html.includes('value="SATLANTAS POLRES TEGAL KOTA"'),
		'review loop: each field is prefilled with the value read (defaultValue)',
	);
	checks.ok(!html.includes('CV. SAHABAT ANUGERAH SEJAHTERA') && !html.includes('MHCPHR54CRJ540957'), 'review loop: no other value of the BPKB is on the form');

	// The person corrects the importer, leaves the issuer as shown and signs; the page posts its fields so.
	const answers = new FormData();
	answers.append('field-0', CORRECTED_APM);
	answers.append('field-1', 'SATLANTAS POLRES TEGAL KOTA');
	answers.append('field-2', 'Dewi');
	const posted = await fetch(pageUrl, { method: 'POST', body: answers });
	checks.ok(posted.ok, `review loop: the answers are submitted (POST /form-waiting/..., ${posted.status})`, (await posted.text()).slice(0, 300));

	const execution = await finishedExecution(install, folder, executionId);
	// `items` reads the run as `n8n execute` prints it: the execution data under `data`.
	const run = execution;
	checks.ok(execution.status === 'success', `review loop: the execution resumed and finished (${execution.status})`, execution.data?.resultData?.error?.message);
	const [read] = items(run, READ, 1);
	checks.ok(items(run, READ, 1).length === 1 && items(run, READ, 0).length === 0, 'review loop: Read BPKB put the sample on Needs Review', read?.json?.review_reasons);
	const [reviewed] = items(run, APPLY, 0);
	checks.ok(items(run, APPLY, 0).length === 1 && items(run, APPLY, 1).length === 0 && items(run, APPLY, 2).length === 0, 'review loop: Apply Review put the corrected read on Success', [0, 1, 2].map((o) => items(run, APPLY, o).length));
	const json = reviewed?.json ?? {};
	checks.ok(
		json.nama_apm === CORRECTED_APM &&
			json.diterbitkan_oleh === 'SATLANTAS POLRES TEGAL KOTA' &&
			json.reviewed === true &&
			json.review_corrected === `nama_apm: "PT ISUZU ASTRA MOTOR INDONESIA" -> "${CORRECTED_APM}"` &&
			json.review_confirmed === 'diterbitkan_oleh' &&
			json.reviewed_by === 'Dewi' &&
			json.review_reasons === '' &&
			json.outcome === 'SUCCESS',
		'review loop: the corrected row: nama_apm corrected, diterbitkan_oleh confirmed, reviewed by Dewi, nothing left to review',
		json,
	);
	checks.ok(json.file_sha256 === read?.json?.file_sha256 && /^[0-9a-f]{64}$/.test(String(json.file_sha256)), 'review loop: the row keeps the read’s file_sha256, the key the sheet matches on');
	checks.ok(items(run, SHEET).length === 1, 'review loop: the corrected row reached the BPKB sheet');
	const uploads = sandbox.requests.filter((request) => request.path === '/ocr/v1/bpkb').length - uploadsBefore;
	checks.ok(uploads === 1, `review loop: GLAIR was asked once, by Read BPKB (${uploads})`);
	checks.ok(items(run, ASK).length === 1, 'review loop: the form’s answer went on to the Merge');
	log('review', `${REVIEW_EXAMPLE}: ${((Date.now() - started) / 1000).toFixed(1)}s on the started n8n`);
}
