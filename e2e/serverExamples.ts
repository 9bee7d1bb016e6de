/**
 * The shipped examples that wait for a person: a Wait node resumed "On Webhook Call". `n8n execute`
 * cannot resume one, so these run on a running n8n (`n8n start`), as they would in production:
 * imported and published before that n8n starts (its Form Trigger then listens on /form/...), then
 * driven over HTTP like the person would: the form is submitted, the GLAIR sandbox's capture page is
 * opened (it redirects to the success URL GLAIR was given, n8n's resume URL with `sid` appended),
 * n8n's waiting webhook resumes the execution, and the finished execution is read from n8n's database.
 */
import path from 'node:path';
import { writeFileSync } from 'node:fs';
import { Checks, finishedExecution, formListening, log, n8nOk, until, type N8nInstall, type N8nServer, type UserFolder } from './lib';

type Node = { id?: string; name: string; type: string; parameters: any; webhookId?: string };
export type Workflow = { id?: string; name?: string; nodes: Node[]; connections: Record<string, any>; active?: boolean; settings?: any };

/** What the e2e reads of the sandbox's hosted sessions (test/sandbox/sessions.ts). */
export interface SandboxSessions {
	requests: Array<{ path: string; method: string; json?: unknown; httpStatus: number }>;
	sessions: { sessions: Map<string, { sid: string; kind: string; status: string; url: string; success_url: string }> };
}

export interface ServerExample {
	file: string;
	wf: Workflow;
}

/** Whether the example waits for a webhook call (then it needs a running n8n). */
export function needsServer(wf: Workflow): boolean {
	return wf.nodes.some((node) => node.type === 'n8n-nodes-base.wait' && node.parameters?.resume === 'webhook');
}

/** Imports and publishes the adapted example; the n8n started afterwards registers its trigger. */
export async function prepareServerExample(install: N8nInstall, folder: UserFolder, file: string, wf: Workflow): Promise<ServerExample> {
	const tmpFile = path.join(folder.root, `example-${file}`);
	writeFileSync(tmpFile, JSON.stringify([wf], null, 2));
	await n8nOk(install, folder, ['import:workflow', `--input=${tmpFile}`]);
	await n8nOk(install, folder, ['publish:workflow', `--id=${wf.id}`]);
	log('examples', `${file}: imported and published; it runs on the started n8n (it waits for a webhook call)`);
	return { file, wf };
}

function items(run: any, node: string, output = 0): any[] {
	return run?.data?.resultData?.runData?.[node]?.[0]?.data?.main?.[output] ?? [];
}

const APPLICANT_PHONE = '+62 812 0000 0019';
const SAMPLE_NIK = '3299994508900001';

/** Form -> Create KTP Session -> (WhatsApp) -> Wait -> Get Session -> Success to the sheet. */
async function ktpSession(checks: Checks, install: N8nInstall, folder: UserFolder, server: N8nServer, sandbox: SandboxSessions, { file, wf }: ServerExample): Promise<void> {
	const form = wf.nodes.find((node) => node.type === 'n8n-nodes-base.formTrigger')!;
	const body = new FormData();
	body.append('field-0', APPLICANT_PHONE);
	await formListening(server, form.webhookId!);
	const submitted = await fetch(`${server.url}/form/${form.webhookId}`, { method: 'POST', body });
	checks.ok(submitted.ok, `${file}: the applicant form is submitted (POST /form/..., ${submitted.status})`, (await submitted.text()).slice(0, 300));

	const session = await until('a KTP session at the sandbox', () => [...sandbox.sessions.sessions.values()].find((candidate) => candidate.kind === 'ktp'));
	const created = sandbox.requests.find((request) => request.method === 'POST' && request.path === '/ocr/v1/ktp-sessions');
	checks.ok((created?.json as any)?.qualities_detector === true, `${file}: Create Session sent qualities_detector true (Check Image Quality)`, created?.json);
	checks.ok(session.success_url.startsWith(`${server.url}/webhook-waiting/`), `${file}: the success URL GLAIR got is this execution's resume URL`, session.success_url.replace(/signature=[^&]+/, 'signature=…'));

	// The person finishes on GLAIR's page, which sends their browser back to the success URL + sid.
	const page = await fetch(session.url, { redirect: 'manual' });
	const back = page.headers.get('location') ?? '';
	checks.ok(page.status === 302 && back.includes(`sid=${session.sid}`), `${file}: the capture page redirects to the success URL with sid`, { status: page.status });
	const resumed = await fetch(back);
	checks.ok(resumed.ok, `${file}: n8n's waiting webhook accepts the redirect (${resumed.status})`, (await resumed.text()).slice(0, 300));

	const executionId = /\/webhook-waiting\/(\d+)/.exec(session.success_url)?.[1];
	const execution = await finishedExecution(install, folder, executionId);
	checks.ok(execution.status === 'success', `${file}: the execution resumed and finished (${execution.status})`, execution.data?.resultData?.error?.message);
	const run = execution;
	const [row] = items(run, 'Get the KTP', 0);
	checks.ok(items(run, 'Get the KTP', 0).length === 1 && items(run, 'Get the KTP', 1).length === 0 && items(run, 'Get the KTP', 2).length === 0, `${file}: Get Session put the one KTP on Success`, [0, 1, 2].map((o) => items(run, 'Get the KTP', o).length));
	checks.ok(row?.json?.nik === SAMPLE_NIK && row?.json?.session_id === session.sid, `${file}: the row is the KTP read (nik ${SAMPLE_NIK}) of session ${session.sid}`, row?.json);
	checks.ok(items(run, 'Applicants sheet').length === 1, `${file}: the row reached the applicants sheet`);
	const link = items(run, 'Send the link on WhatsApp')[0]?.json;
	checks.ok(link?.session_url === session.url, `${file}: the WhatsApp step got the session's link`, link);
	const got = sandbox.requests.filter((request) => request.method === 'GET' && request.path === `/ocr/v1/ktp-sessions/${session.sid}`);
	checks.ok(got.length === 1, `${file}: Get Session read the session by the sid from the redirect`, got.length);
	const outputs = JSON.stringify(['Create KTP session', 'Get the KTP'].map((node) => [0, 1, 2].map((o) => items(run, node, o))));
	const token = new URL(session.success_url).searchParams.get('signature') ?? '(no signature)';
	checks.ok(!outputs.includes(token) && !/"(foto|tanda_tangan)"|iVBORw0KGgo/.test(outputs), `${file}: no resume token and no image in the GLAIR nodes' items`);
}

const SERVER_EXPECTATIONS: Record<string, typeof ktpSession> = {
	'ktp-session-form-to-google-sheets.json': ktpSession,
};

export async function runServerExamples(
	checks: Checks,
	install: N8nInstall,
	folder: UserFolder,
	server: N8nServer,
	sandbox: SandboxSessions,
	examples: readonly ServerExample[],
): Promise<void> {
	for (const example of examples) {
		const started = Date.now();
		const run = SERVER_EXPECTATIONS[example.file];
		if (!checks.ok(run, `example ${example.file} has a server-mode scenario in e2e/serverExamples.ts`)) continue;
		try {
			await run(checks, install, folder, server, sandbox, example);
		} catch (error) {
			checks.ok(false, `example ${example.file}: ran on the started n8n`, (error as Error).message);
		}
		log('examples', `${example.file}: ${((Date.now() - started) / 1000).toFixed(1)}s on the started n8n`);
	}
}
