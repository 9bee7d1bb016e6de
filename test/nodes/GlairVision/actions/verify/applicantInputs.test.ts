import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { addNodeType, runGlairVision } from '../../../../helpers/engine';
import { FileServer } from '../../../../helpers/fileServer';
import { useSandbox } from '../../../../helpers/sandboxSuite';
import { AGENT_LIKE_TYPE, AgentLike } from '../../../../helpers/toolMode.nodes';
import { runAsTool } from '../../../../helpers/toolRun';
import { GLAIR_TOOL_TYPE, glairToolVariant } from '../../../../helpers/toolVariant';

/** Verify Applicant from File URLs: in a workflow, and as an AI Agent's tool. */

const suite = useSandbox();
const SAMPLES = join(__dirname, '..', '..', '..', '..', '..', 'samples');
const TOKEN = 'sig=applicant-secret';

let files: FileServer;
beforeAll(async () => {
	addNodeType(AGENT_LIKE_TYPE, new AgentLike());
	addNodeType(GLAIR_TOOL_TYPE, await glairToolVariant());
	files = await FileServer.start();
});
afterAll(async () => await files.close());
beforeEach(() => files.reset());

const serve = (name: string, type: string) => `${files.route(`/files/${name.split('/').pop()}`, { body: readFileSync(join(SAMPLES, name)), headers: { 'content-type': type } })}?${TOKEN}`;

/** The applicant's KTP, selfie and NPWP served over HTTP, each at a signed-looking URL. */
const served = () => ({ ktpFileUrl: serve('ktp-sample.png', 'image/png'), selfieFileUrl: serve('faces/selfie.jpg', 'image/jpeg'), npwpFileUrl: serve('npwp-sample.png', 'image/png') });

describe('File URLs', () => {
	it('downloads each file (the selfie too), reads and checks them; an empty URL is "not given"; no token reaches the item', async () => {
		const result = await runGlairVision({
			parameters: { resource: 'applicantFile', operation: 'verify', inputType: 'url', ...served(), simFileUrl: '', output: 'flattened', options: { includeBinary: false } },
			credentials: suite.credentials,
			documents: [{ json: {} }],
		});
		const [item] = result.byOutput.Success;
		expect(item.json).toMatchObject({ verdict: 'VERIFIED', check_face_match: 'pass', check_liveness: 'pass', check_npwp_holder: 'pass', check_sim_nama: 'skipped', selfie_file_name: 'selfie.jpg' });
		expect(JSON.stringify(item.json)).not.toContain('applicant-secret');
	});

	it('a selfie URL that is not there sends the applicant to Not Read, naming the selfie; no face call is made', async () => {
		const result = await runGlairVision({
			parameters: { resource: 'applicantFile', operation: 'verify', inputType: 'url', ...served(), selfieFileUrl: `${files.route('/files/gone.jpg', { status: 404 })}?${TOKEN}`, options: { includeBinary: false } },
			credentials: suite.credentials,
			documents: [{ json: {} }],
		});
		const [item] = result.byOutput['Not Read'];
		expect(item.json).toMatchObject({ verdict: 'NOT_READ', selfie_status: 'NO_FILE' });
		expect(item.json.reason).toMatch(/^selfie not read: /);
		expect(suite.sandbox.requests.filter((request) => request.path.startsWith('/face/'))).toEqual([]);
	});
});

describe.each(['engine', 'wrapper'] as const)('as an AI Agent tool (%s path)', (path) => {
	it('verifies the applicant at the URLs the model gave: the verdict, the reasons and the checks on the first output, no binary', async () => {
		const urls = { ...served(), selfieFileUrl: serve('faces/selfie-other-person.jpg', 'image/jpeg') };
		const fromAI = (name: string) => `={{ $fromAI('${name}', 'URL of the document', 'string') }}`;
		const run = await runAsTool(
			path,
			urls,
			{ resource: 'applicantFile', operation: 'verify', inputType: 'url', ktpFileUrl: fromAI('ktpFileUrl'), selfieFileUrl: fromAI('selfieFileUrl'), npwpFileUrl: fromAI('npwpFileUrl') },
			suite.credentials,
		);
		expect(run.runError).toBeUndefined();
		expect(run.seen).toEqual([expect.objectContaining({ outcome: 'NEEDS_REVIEW', verdict: 'REVIEW', check_face_match: 'fail', face_match_status_code: 'NOT_MATCH', ktp_status: 'SUCCESS' })]);
		// Each call's request id, not overwritten by the selfie's own columns (a picture has none).
		expect(run.seen[0]).toMatchObject({ selfie_request_id: expect.stringMatching(/^[0-9a-f-]{36}$/), face_request_id: expect.stringMatching(/^[0-9a-f-]{36}$/), selfie_status: 'SUCCESS' });
		expect(String(run.seen[0].reasons)).toMatch(/the faces do not match/);
		if (run.outputs) expect(run.outputs[0][0].binary).toBeUndefined();
		expect(JSON.stringify(run.seen)).not.toContain('applicant-secret');
	});
});
