/**
 * The node as an AI Agent's tool, on both of n8n 2.41's tool paths, in n8n-core's real engine
 * (the AgentLike test node asks for the tool run the two ways an Agent does; see
 * test/nodes/GlairVision/engine/toolMode.test.ts). Real HTTP to a loopback file server and the
 * GLAIR sandbox; nothing is mocked.
 */
import type { INodeParameters } from 'n8n-workflow';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { bpkb } from '../../../../../nodes/GlairVision/documents/bpkb';
import { toolDescription } from '../../../../../nodes/GlairVision/actions/read/read.description';
import { addNodeType, type GlairCredentialData } from '../../../../helpers/engine';
import { FileServer } from '../../../../helpers/fileServer';
import { useSandbox } from '../../../../helpers/sandboxSuite';
import { AGENT_LIKE_TYPE, AgentLike } from '../../../../helpers/toolMode.nodes';
import { runAsTool as runToolWith, type ToolPath, type ToolRun } from '../../../../helpers/toolRun';
import { GLAIR_TOOL_TYPE, glairToolVariant } from '../../../../helpers/toolVariant';

const suite = useSandbox();
const SAMPLE = readFileSync(join(__dirname, '..', '..', '..', '..', '..', 'samples', 'bpkb-sample.pdf'));
const OWNER = 'CV. SAHABAT ANUGERAH SEJAHTERA';
const TOKEN = 'X-Amz-Signature=as-tool-secret';

let files: FileServer;
beforeAll(async () => {
	addNodeType(AGENT_LIKE_TYPE, new AgentLike());
	addNodeType(GLAIR_TOOL_TYPE, await glairToolVariant());
	files = await FileServer.start();
});
afterAll(async () => {
	await files.close();
});
beforeEach(() => files.reset());

type Path = ToolPath;

async function runAsTool(path: Path, fileUrl: string, parameters: INodeParameters = {}, credentials?: Partial<GlairCredentialData>): Promise<ToolRun> {
	return await runToolWith(
		path,
		{ fileUrl },
		{ resource: 'bpkb', operation: 'read', inputType: 'url', fileUrl: "={{ $fromAI('fileUrl', 'URL of the document', 'string') }}", ...parameters },
		{ ...suite.credentials, ...credentials },
	);
}

describe.each<Path>(['engine', 'wrapper'])('GLAIR Vision as an AI Agent tool (%s path)', (path) => {
	it('reads the document at the URL the model gave and hands back one compact item on the first output', async () => {
		const url = files.route('/docs/bpkb-sample.pdf', { body: SAMPLE, headers: { 'content-type': 'application/pdf' } });
		// Settings that would mean big or binary items in a workflow are ignored for a model.
		const run = await runAsTool(path, `${url}?${TOKEN}`, { output: 'nested', options: { includeBinary: true, includeConfidence: true } });

		expect(run.runError).toBeUndefined();
		expect(run.invokeError).toBeUndefined();
		expect(run.seen).toHaveLength(1);
		expect(run.seen[0]).toMatchObject({ status: 'SUCCESS', file_name: 'bpkb-sample.pdf', nama_pemilik: OWNER, review_reasons: expect.any(String) });
		expect(typeof run.seen[0].nama_pemilik_confidence).toBe('number');
		const seen = JSON.stringify(run.seen);
		expect(seen).not.toContain('polygon');
		expect(seen).not.toMatch(/[A-Za-z0-9+/]{200,}/);
		expect(seen).not.toContain('as-tool-secret');
		if (run.outputs) {
			expect(run.outputs).toHaveLength(1);
			expect(run.outputs[0][0].binary).toBeUndefined();
		}
		expect(suite.sandbox.requests).toHaveLength(1);
	});

	it('a URL answering 404: its reason and http_status reach the agent on the first output, nothing throws', async () => {
		const url = files.route('/docs/missing.pdf', { status: 404, body: `<Error>${TOKEN}</Error>` });
		const run = await runAsTool(path, `${url}?${TOKEN}`);

		expect(run.runError).toBeUndefined();
		expect(run.invokeError).toBeUndefined();
		expect(run.seen).toEqual([
			expect.objectContaining({ status: 'NO_FILE', http_status: 404, reason: `The file at ${files.baseUrl}/…/missing.pdf answered 404 (Not Found): check the link.` }),
		]);
		expect(suite.sandbox.requests).toHaveLength(0);
	});

	it('a credential GLAIR refuses does not throw: it is the item\'s reason, on the first output', async () => {
		const url = files.route('/docs/bpkb-sample.pdf', { body: SAMPLE });
		const run = await runAsTool(path, url, {}, { apiKey: 'not-the-key' });

		expect(run.runError).toBeUndefined();
		expect(run.invokeError).toBeUndefined();
		expect(run.seen).toHaveLength(1);
		expect(run.seen[0]).toMatchObject({ status: 'FAILED', http_status: 401 });
		expect(run.seen[0].reason).toMatch(/^GLAIR refused the credential \(401\).*Open the GLAIR Vision credential/);
		expect(JSON.stringify(run.seen)).not.toContain('not-the-key');
	});

	it('Input "Binary File" with no file from the chat: the No File item reaches the agent, not an empty answer', async () => {
		const run = await runAsTool(path, 'https://unused.example/x.pdf', { inputType: 'binary', binaryPropertyName: 'data' });

		expect(run.runError).toBeUndefined();
		expect(run.seen).toEqual([expect.objectContaining({ status: 'NO_FILE', reason: expect.stringContaining('No binary field "data"') })]);
	});
});

describe('What the model is told', () => {
	it('the tool description n8n hands the model says what is read, what fileUrl is and what comes back', async () => {
		const url = files.route('/docs/bpkb-sample.pdf', { body: SAMPLE });
		const run = await runAsTool('wrapper', url);

		expect(run.description).toBe(toolDescription(bpkb));
		expect(run.description).toContain('BPKB');
		expect(run.description).toContain('fileUrl');
		for (const word of ['SUCCESS', 'NO_FILE', 'FILE_INVALID_FORMAT', 'FAILED', 'reason', 'review_reasons']) expect(run.description).toContain(word);
	});
});
