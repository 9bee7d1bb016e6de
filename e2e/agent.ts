/**
 * The node as an AI Agent tool, in a real n8n (issue 12).
 *
 *   npm run e2e:agent          (= npm run build && npx tsx e2e/agent.ts)
 *
 * Manual Trigger -> AI Agent (@n8n/n8n-nodes-langchain.agent 3.1) with
 *   - an OpenAI Chat Model whose credential points at a scripted OpenAI-compatible stand-in on
 *     loopback (openaiStandIn.ts), and
 *   - GLAIR Vision attached as a tool (`n8n-nodes-glair-vision.glairVisionTool`, the variant n8n
 *     generates for a node that declares `usableAsTool`), its credential pointing at the GLAIR
 *     sandbox, its File URL filled by the model through `$fromAI('fileUrl', ...)`.
 * run headless with `n8n execute`. The stand-in's first answer is a tool call carrying the URL of
 * a document served on loopback; its second answer is a final text quoting the tool result.
 *
 * Two kinds of checks:
 *   - the mechanics: the model is offered the tool, calls it, n8n executes the node, the node's
 *     first output goes back to the model as the tool result, and the agent ends with the model's
 *     final answer;
 *   - what the URL input and tool mode (issue 12) promise: the document is downloaded and read, its
 *     fields (nama_pemilik) reach the model; a 404 URL's reason reaches the model; no query string does.
 *
 * The tool's parameters can be overridden with E2E_AGENT_TOOL_PARAMETERS (a JSON object).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { FileServer } from '../test/helpers/fileServer';
import {
	Checks,
	NODE_TYPE,
	REPO,
	SAMPLES,
	ensureN8n,
	executeWorkflow,
	importCredential,
	installThroughSettings,
	log,
	makeUserFolder,
	n8nId,
	n8nOk,
	packPackage,
	removeUserFolder,
	startSandbox,
	type N8nInstall,
	type SandboxHandle,
	type UserFolder,
} from './lib';
import { OpenAiStandIn, messageText, type ChatRequestBody, type Script } from './openaiStandIn';

export const TOOL_NODE_TYPE = `${NODE_TYPE}Tool`;
const TOOL_NODE_NAME = 'GLAIR Vision';
/** n8n names a tool after its node: nodeNameToToolName replaces what is not [a-zA-Z0-9_-]. */
const TOOL_NAME = TOOL_NODE_NAME.replace(/[^a-zA-Z0-9_-]+/g, '_');
const TOOL_CALL_ID = 'call_glair_e2e_1';
const SIGNATURE = 'X-Amz-Signature=e2e-agent-secret';
const OWNER = 'CV. SAHABAT ANUGERAH SEJAHTERA';

const DEFAULT_TOOL_PARAMETERS = {
	resource: 'bpkb',
	operation: 'read',
	inputType: 'url',
	fileUrl: "={{ $fromAI('fileUrl', 'URL of the document', 'string') }}",
};

function toolParameters(): Record<string, unknown> {
	const override = process.env.E2E_AGENT_TOOL_PARAMETERS;
	return override ? (JSON.parse(override) as Record<string, unknown>) : DEFAULT_TOOL_PARAMETERS;
}

/** Whether the built node (dist/, what was packed) declares the URL input. */
function nodeSupportsUrlInput(): boolean {
	const file = path.join(REPO, 'dist', 'nodes', 'GlairVision', 'GlairVision.node.js');
	// eslint-disable-next-line @typescript-eslint/no-require-imports
	const { GlairVision } = require(file) as { GlairVision: new () => { description: { properties: Array<{ name: string }> } } };
	const names = new Set(new GlairVision().description.properties.map((p) => p.name));
	return names.has('fileUrl') && names.has('inputType');
}

async function importOpenAiCredential(install: N8nInstall, folder: UserFolder, cred: { id: string; name: string; baseUrl: string; apiKey: string }): Promise<void> {
	const file = path.join(folder.root, `credential-${cred.id}.json`);
	writeFileSync(file, JSON.stringify([{ id: cred.id, name: cred.name, type: 'openAiApi', data: { apiKey: cred.apiKey, url: cred.baseUrl, header: false } }]));
	await n8nOk(install, folder, ['import:credentials', `--input=${file}`]);
	log('n8n', `credential "${cred.name}" (${cred.id}) imported -> ${cred.baseUrl}`);
}

async function importAgentWorkflow(install: N8nInstall, folder: UserFolder, values: Record<string, string>): Promise<string> {
	let text = readFileSync(path.join(__dirname, 'workflows', 'agent-tool.json'), 'utf8');
	for (const [k, v] of Object.entries(values)) text = text.split(`__${k}__`).join(JSON.stringify(v).slice(1, -1));
	const json = JSON.parse(text);
	const tool = json.nodes.find((n: { name: string }) => n.name === TOOL_NODE_NAME);
	tool.type = TOOL_NODE_TYPE;
	tool.parameters = toolParameters();
	const file = path.join(folder.root, `workflow-${json.id}.json`);
	writeFileSync(file, JSON.stringify([json], null, 2));
	await n8nOk(install, folder, ['import:workflow', `--input=${file}`]);
	log('n8n', `workflow ${json.id} imported: Manual Trigger -> AI Agent <- OpenAI Chat Model, ${TOOL_NODE_NAME} (${TOOL_NODE_TYPE}) ${JSON.stringify(tool.parameters)}`);
	return json.id;
}

/** First answer: call the GLAIR tool with the URL; then a final text quoting the tool result. */
function scriptFor(documentUrl: string): Script {
	return (body: ChatRequestBody) => {
		const toolMessage = [...body.messages].reverse().find((m) => m.role === 'tool');
		if (!toolMessage) {
			const offered = (body.tools ?? []).find((t) => t.function?.name === TOOL_NAME);
			if (!offered) return { content: `No ${TOOL_NAME} tool was offered.` };
			return { toolCalls: [{ id: TOOL_CALL_ID, name: TOOL_NAME, arguments: { fileUrl: documentUrl } }] };
		}
		return { content: `GLAIR Vision returned: ${messageText(toolMessage)}` };
	};
}

/** What n8n 2.41's Agent V3 gives the model for a tool run (buildSteps.js buildObservation). */
function observationOf(toolTask: any): string {
	const first = toolTask?.data?.ai_tool?.[0]?.map((item: { json: unknown }) => item?.json);
	if (first && first.length > 0) return JSON.stringify(first);
	if (toolTask?.error) return JSON.stringify({ error: toolTask.error.message ?? 'Unknown error', ...(toolTask.error.name ? { errorType: toolTask.error.name } : {}) });
	return JSON.stringify('');
}

/** For printing: a URL's query string (the test's fake signature) is cut, like the node must. */
function short(value: unknown, max = 1500): string {
	const text = (typeof value === 'string' ? value : JSON.stringify(value) ?? '').replace(/(https?:\/\/[^\s"?#]+)[?#][^\s"]*/g, '$1?…');
	return text.length > max ? `${text.slice(0, max)}… (${text.length} chars)` : text;
}

interface Scenario {
	label: string;
	url: string;
	/** The URL-input checks for this scenario, given the tool result the model received. */
	expectations: (toolResult: string, ctx: { uploads: number; fileRequests: string[] }) => Array<[boolean, string, unknown?]>;
}

async function runScenario(
	checks: Checks,
	ctx: { install: N8nInstall; folder: UserFolder; workflowId: string; standIn: OpenAiStandIn; sandbox: SandboxHandle; files: FileServer },
	scenario: Scenario,
): Promise<void> {
	const { install, folder, workflowId, standIn, sandbox, files } = ctx;
	const tag = scenario.label;
	standIn.reset(scriptFor(scenario.url));
	const uploadsBefore = sandbox.requests.length;
	files.requests.length = 0;
	log('agent', `${tag}: n8n execute --id=${workflowId} (the model will call ${TOOL_NAME} with fileUrl ${scenario.url.split('?')[0]}?…)`);
	const { run, result } = await executeWorkflow(install, folder, workflowId);
	const tail = (result.stdout + result.stderr).slice(-3000);

	// ---- mechanics -------------------------------------------------------------------------------
	checks.ok(result.code === 0, `${tag}: n8n execute exits 0`, tail);
	if (!checks.ok(run, `${tag}: execution JSON parses`, tail)) return;
	checks.ok(!run.data?.resultData?.error, `${tag}: the run has no workflow error`, run.data?.resultData?.error);
	const chats = standIn.chatRequests;
	checks.ok(standIn.requests.every((r) => r.authorized), `${tag}: every request to the stand-in carried the credential's API key`);
	checks.ok(chats.length === 2, `${tag}: the stand-in got 2 chat completion requests (got ${chats.length})`, standIn.requests.map((r) => r.path));
	const offered = chats[0]?.tools?.find((t) => t.function?.name === TOOL_NAME);
	checks.ok(offered, `${tag}: the first request offers the tool ${TOOL_NAME}`, chats[0]?.tools?.map((t) => t.function?.name));
	if (offered) log('agent', `${tag}: tool offered to the model: ${short(offered.function, 800)}`);

	const toolRuns = run.data?.resultData?.runData?.[TOOL_NODE_NAME] ?? [];
	checks.ok(toolRuns.length === 1, `${tag}: n8n executed ${TOOL_NODE_NAME} once as a tool (${toolRuns.length} run(s))`);
	const toolTask = toolRuns[0];
	checks.ok(toolTask?.data && 'ai_tool' in toolTask.data, `${tag}: its run data is logged under ai_tool (the Agent's engine-request path)`, toolTask && Object.keys(toolTask));
	log('agent', `${tag}: the node's input as the engine gave it: ${short(toolTask?.inputOverride)}`);
	const outputs: unknown[][] = toolTask?.data?.ai_tool ?? [];
	outputs.forEach((items, index) =>
		log('agent', `${tag}: the node returned on output ${index}: ${short((items ?? []).map((i: any) => ({ json: i.json, binary: i.binary ? Object.keys(i.binary) : undefined })))}`),
	);

	const second = chats[1];
	const toolMessage = second?.messages.find((m) => m.role === 'tool');
	checks.ok(toolMessage?.tool_call_id === TOOL_CALL_ID, `${tag}: the second request gives the model a tool result for ${TOOL_CALL_ID}`, second?.messages.map((m) => m.role));
	const toolResult = messageText(toolMessage);
	log('agent', `${tag}: tool result the model received: ${short(toolResult)}`);
	checks.ok(toolResult === observationOf(toolTask), `${tag}: that tool result is exactly the node's first output (n8n reads no other)`, { toolResult: short(toolResult, 400), expected: short(observationOf(toolTask), 400) });

	const agentRuns = run.data?.resultData?.runData?.['AI Agent'] ?? [];
	const finalOutput = agentRuns.at(-1)?.data?.main?.[0]?.[0]?.json?.output;
	log('agent', `${tag}: the agent's final answer: ${short(finalOutput, 600)}`);
	checks.ok(finalOutput === `GLAIR Vision returned: ${toolResult}`, `${tag}: the agent ends with the model's final answer, which quotes the tool result`, short(finalOutput, 300));

	// ---- what the URL input promises ------------------------------------------------------------------
	const uploads = sandbox.requests.length - uploadsBefore;
	const fileRequests = files.requests.map((r) => r.url);
	log('agent', `${tag}: file server requests: ${JSON.stringify(fileRequests.map((u) => u.split('?')[0]))}; GLAIR sandbox uploads: ${uploads}`);
	const urlChecks: Array<[boolean, string, unknown?]> = [
		[Boolean(offered?.function.parameters?.properties?.fileUrl), `${tag}: the tool's schema asks the model for fileUrl`, offered?.function.parameters],
		[
			offered?.function.parameters?.properties?.fileUrl?.description === 'URL of the document',
			`${tag}: fileUrl is described to the model as given in $fromAI`,
			offered?.function.parameters?.properties?.fileUrl,
		],
		[
			['fileUrl', 'SUCCESS', 'NO_FILE', 'reason', 'review_reasons'].every((word) => offered?.function.description?.includes(word)),
			`${tag}: the tool's description tells the model what fileUrl is and what comes back (status, reason, review_reasons)`,
			offered?.function.description,
		],
		[!toolResult.includes('e2e-agent-secret'), `${tag}: the signed URL's query string is not in the tool result`],
		...scenario.expectations(toolResult, { uploads, fileRequests }),
	];
	for (const [ok, what, detail] of urlChecks) checks.ok(ok, what, detail);
}

async function main(): Promise<number> {
	const checks = new Checks('agent');
	const started = Date.now();
	const install = ensureN8n();
	const packDir = mkdtempSync(path.join(tmpdir(), 'glair-pack-'));
	let folder: UserFolder | undefined;
	let sandbox: SandboxHandle | undefined;
	let standIn: OpenAiStandIn | undefined;
	let files: FileServer | undefined;
	try {
		checks.ok(nodeSupportsUrlInput(), 'the built node declares inputType and fileUrl');
		const tarball = process.env.E2E_TARBALL ? path.resolve(process.env.E2E_TARBALL) : await packPackage(packDir);
		folder = makeUserFolder('glair-n8n-agent-');
		log('setup', `N8N_USER_FOLDER=${folder.root} (log: ${folder.logFile})`);
		const installed = await installThroughSettings(install, folder, tarball);
		checks.ok(installed.installedNodes.some((n) => n.type === NODE_TYPE), `installed through n8n's installer: ${NODE_TYPE}; its tool variant is ${TOOL_NODE_TYPE}`, installed.installedNodes);
		checks.ok(existsSync(path.join(install.n8nDir, 'node_modules', '@n8n', 'n8n-nodes-langchain', 'package.json')), 'the installed n8n has @n8n/n8n-nodes-langchain (AI Agent, OpenAI Chat Model)');

		sandbox = await startSandbox();
		const glairCred = { id: n8nId('agent-cred-glair'), name: 'GLAIR Vision (sandbox)' };
		await importCredential(install, folder, { ...glairCred, ...sandbox.credentials, baseUrl: sandbox.baseUrl });

		standIn = await OpenAiStandIn.start();
		log('stand-in', `OpenAI-compatible stand-in on ${standIn.baseUrl}`);
		const openAiCred = { id: n8nId('agent-cred-openai'), name: 'OpenAI (loopback stand-in)' };
		await importOpenAiCredential(install, folder, { ...openAiCred, baseUrl: standIn.baseUrl, apiKey: standIn.apiKey });

		files = await FileServer.start();
		const good = files.route('/docs/bpkb-sample.pdf', { body: readFileSync(path.join(SAMPLES, 'bpkb-sample.pdf')), headers: { 'content-type': 'application/pdf' } });
		const missing = files.route('/docs/missing.pdf', { status: 404, body: `<Error><Code>NoSuchKey</Code><Key>${SIGNATURE}</Key></Error>` });
		log('files', `documents on ${files.baseUrl}/docs/`);

		const workflowId = await importAgentWorkflow(install, folder, {
			WORKFLOW_ID: n8nId('agent-workflow'),
			WORKFLOW_NAME: 'GLAIR Vision as an AI Agent tool (e2e)',
			PROMPT: 'Read the BPKB the user uploaded and tell me who owns the vehicle.',
			OPENAI_CREDENTIAL_ID: openAiCred.id,
			OPENAI_CREDENTIAL_NAME: openAiCred.name,
			GLAIR_CREDENTIAL_ID: glairCred.id,
			GLAIR_CREDENTIAL_NAME: glairCred.name,
		});
		const ctx = { install, folder, workflowId, standIn, sandbox, files };

		await runScenario(checks, ctx, {
			label: 'BPKB by URL',
			url: `${good}?${SIGNATURE}&X-Amz-Expires=300`,
			expectations: (toolResult, { uploads, fileRequests }) => [
				[fileRequests.some((u) => u.startsWith('/docs/bpkb-sample.pdf?')), 'BPKB by URL: the node downloaded the document from the URL the model gave', fileRequests],
				[uploads === 1, `BPKB by URL: the document was uploaded to GLAIR once (${uploads})`],
				[toolResult.includes('nama_pemilik'), 'BPKB by URL: the tool result carries the field nama_pemilik', short(toolResult, 300)],
				[toolResult.includes(OWNER), `BPKB by URL: ... with the owner "${OWNER}"`],
				[!toolResult.includes('polygon') && !/[A-Za-z0-9+/]{200,}/.test(toolResult), 'BPKB by URL: the tool result is compact (no polygons, no base64)'],
			],
		});
		await runScenario(checks, ctx, {
			label: 'URL answering 404',
			url: `${missing}?${SIGNATURE}`,
			expectations: (toolResult, { uploads }) => [
				[/\b404\b/.test(toolResult), 'URL answering 404: the reason (404) reaches the model', short(toolResult, 300)],
				[toolResult.includes(`${files!.baseUrl}/…/missing.pdf`), 'URL answering 404: the reason names the download by its host and file name (no path, no query string)'],
				[uploads === 0, `URL answering 404: nothing was uploaded to GLAIR (${uploads})`],
			],
		});
	} catch (error) {
		checks.ok(false, 'agent e2e completed without an exception', (error as Error).stack ?? String(error));
	} finally {
		await sandbox?.close().catch(() => {});
		await standIn?.close().catch(() => {});
		await files?.close().catch(() => {});
		if (folder && existsSync(folder.logFile)) {
			// Informational: n8n's own logging is not the node's, but the lead should know.
			const mentions = readFileSync(folder.logFile, 'utf8').split('e2e-agent-secret').length - 1;
			log('agent', `n8n.log mentions the test URL's signature ${mentions} time(s): it also holds \`n8n execute --rawOutput\`'s run data, where the model's tool-call arguments are`);
		}
		if (folder) {
			if (checks.failures.length > 0) log('cleanup', `failed run: kept ${folder.root} for inspection`);
			else removeUserFolder(folder);
		}
		rmSync(packDir, { recursive: true, force: true });
	}
	log('agent', `n8n ${install.version}, total ${((Date.now() - started) / 1000).toFixed(0)}s`);
	return checks.summary();
}

if (require.main === module) {
	main().then(
		(code) => process.exit(code),
		(error) => {
			console.error(error);
			process.exit(1);
		},
	);
}
