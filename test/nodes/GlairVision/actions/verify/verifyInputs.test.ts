/**
 * How Verify Vehicle File takes its documents: binary fields (one or several per role, or none for
 * an optional one), File URLs, and as an AI Agent's tool; and its Summary output. Real engine,
 * real HTTP to the sandbox and a loopback file server.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { sample } from '../../../../helpers/documents';
import { addNodeType, runGlairVision } from '../../../../helpers/engine';
import { FileServer } from '../../../../helpers/fileServer';
import { useSandbox } from '../../../../helpers/sandboxSuite';
import { AGENT_LIKE_TYPE, AgentLike } from '../../../../helpers/toolMode.nodes';
import { runAsTool } from '../../../../helpers/toolRun';
import { GLAIR_TOOL_TYPE, glairToolVariant } from '../../../../helpers/toolVariant';
import { VEHICLE_FILE_SETS, vehicleFileItem } from '../../../../helpers/vehicleFile';

const suite = useSandbox();
const SAMPLES = join(__dirname, '..', '..', '..', '..', '..', 'samples');
const CONSISTENT = VEHICLE_FILE_SETS.consistent;
const TOKEN = 'sig=verify-secret';

const verify = (overrides: Record<string, unknown> = {}) => ({ resource: 'vehicleFile', operation: 'verify', ...overrides });
const where = (byOutput: Record<string, unknown[]>) => Object.entries(byOutput).flatMap(([output, items]) => items.map(() => output));

let files: FileServer;
beforeAll(async () => {
	addNodeType(AGENT_LIKE_TYPE, new AgentLike());
	addNodeType(GLAIR_TOOL_TYPE, await glairToolVariant());
	files = await FileServer.start();
});
afterAll(async () => await files.close());
beforeEach(() => files.reset());

/** The consistent vehicle file served over HTTP, one URL per document (a signed-looking query on each). */
function servedVehicleFile(): Record<'bpkbFileUrl' | 'stnkFileUrl' | 'ktpFileUrl', string> {
	const serve = (name: string, type: string) => `${files.route(`/files/${name.split('/').pop()}`, { body: readFileSync(join(SAMPLES, name)), headers: { 'content-type': type } })}?${TOKEN}`;
	return { bpkbFileUrl: serve(CONSISTENT.bpkb, 'application/pdf'), stnkFileUrl: serve(CONSISTENT.stnk, 'image/png'), ktpFileUrl: serve(CONSISTENT.ktp, 'image/png') };
}

describe('a document the item does not have', () => {
	it('an optional KTP not on the item is "no KTP given": a person-owned vehicle is INCOMPLETE, saying a KTP is needed', async () => {
		const item = vehicleFileItem(CONSISTENT);
		delete item.files!.ktp;
		const result = await runGlairVision({ parameters: verify(), credentials: suite.credentials, documents: [item] });

		expect(where(result.byOutput)).toEqual(['Needs Review']);
		const { json } = result.byOutput['Needs Review'][0];
		expect(json).toMatchObject({ outcome: 'NEEDS_REVIEW', verdict: 'INCOMPLETE' });
		expect(json.missing).toMatch(/^no KTP given, and the owner is a person/);
		expect(JSON.stringify(json)).not.toContain('Input Binary Field');
		expect(suite.sandbox.requests.map((request) => request.path).sort()).toEqual(['/ocr/v1/bpkb', '/ocr/v1/stnk']);
	});

	it('a required document not on the item sends the vehicle to Not Read, naming the parameter the user sees', async () => {
		const item = vehicleFileItem(CONSISTENT);
		delete item.files!.bpkb;
		const result = await runGlairVision({ parameters: verify(), credentials: suite.credentials, documents: [item] });

		expect(where(result.byOutput)).toEqual(['Not Read']);
		expect(result.byOutput['Not Read'][0].json.reason).toMatch(/^BPKB not read: No binary field "bpkb" on this item.*Put the right names? in BPKB Binary Field\.$/);
	});
});

describe('several files for one document', () => {
	it('two STNK pictures of two cars are not merged away: MISMATCH, naming the field and both files', async () => {
		const item = vehicleFileItem(CONSISTENT);
		item.files = { ...item.files, stnk_1: sample(CONSISTENT.stnk, { fileName: 'stnk-front.png' }), stnk_2: sample('vehicle-file/stnk-other-plate.png', { fileName: 'stnk-other.png' }) };
		delete item.files.stnk;
		const result = await runGlairVision({ parameters: verify({ stnkBinaryPropertyName: 'stnk_*' }), credentials: suite.credentials, documents: [item] });

		expect(where(result.byOutput)).toEqual(['Needs Review']);
		const { json } = result.byOutput['Needs Review'][0];
		expect(json.verdict).toBe('MISMATCH');
		expect(json.mismatches).toMatch(/STNK: nomor_registrasi: the files disagree: stnk-front\.png "D 1234 SPX" vs stnk-other\.png "D 1243 SPX"/);
		// Each picture of the STNK was its own upload.
		expect(suite.sandbox.requests.filter((request) => request.path === '/ocr/v1/stnk')).toHaveLength(2);
	});

	it('the same result whichever order the two STNK pictures come in', async () => {
		const item = vehicleFileItem(CONSISTENT);
		item.files = { ...item.files, stnk_1: sample('vehicle-file/stnk-other-plate.png', { fileName: 'stnk-other.png' }), stnk_2: sample(CONSISTENT.stnk, { fileName: 'stnk-front.png' }) };
		delete item.files.stnk;
		const result = await runGlairVision({ parameters: verify({ stnkBinaryPropertyName: 'stnk_*' }), credentials: suite.credentials, documents: [item] });
		expect(result.byOutput['Needs Review'][0].json).toMatchObject({ verdict: 'MISMATCH', mismatches: expect.stringMatching(/STNK: nomor_registrasi: the files disagree/) });
	});

	it('two KTPs of two people for one vehicle: says a KTP is one picture, and the disagreement decides, not their order', async () => {
		const item = vehicleFileItem(CONSISTENT);
		item.files = { ...item.files, ktp_1: sample('vehicle-file/ktp-other-person.png', { fileName: 'ktp-a.png' }), ktp_2: sample(CONSISTENT.ktp, { fileName: 'ktp-b.png' }) };
		delete item.files.ktp;
		const result = await runGlairVision({ parameters: verify({ ktpBinaryPropertyName: 'ktp_*' }), credentials: suite.credentials, documents: [item] });

		const { json } = result.byOutput['Needs Review'][0];
		expect(json.verdict).toBe('MISMATCH');
		expect(json.mismatches).toMatch(/KTP: nik: the files disagree: ktp-a\.png "3299995203920002" vs ktp-b\.png "3299994508900001"/);
		expect(json.notes).toMatch(/2 files were given for the KTP \(ktp_1, ktp_2\): a KTP is one picture/);
	});
});

describe('File URLs', () => {
	it('downloads each document from its URL, reads and verifies them; no token reaches the item', async () => {
		const result = await runGlairVision({ parameters: verify({ inputType: 'url', ...servedVehicleFile() }), credentials: suite.credentials, documents: [{ json: {} }] });

		expect(where(result.byOutput)).toEqual(['Success']);
		const item = result.byOutput.Success[0];
		expect(item.json).toMatchObject({ verdict: 'CONSISTENT', bpkb_status: 'SUCCESS', stnk_file_name: 'stnk-sample.png', ktp_status: 'SUCCESS' });
		expect(Object.keys(item.binary ?? {}).sort()).toEqual(['bpkb', 'ktp', 'stnk']);
		expect(JSON.stringify(item.json)).not.toContain('verify-secret');
	});

	it('a URL that comes out empty is "not given" for the KTP, and refused for the BPKB, naming BPKB File URL', async () => {
		const urls = servedVehicleFile();
		// An expression that comes out empty for an item, e.g. {{ $json.bpkb_link }} when there is none.
		const result = await runGlairVision({ parameters: verify({ inputType: 'url', ...urls, ktpFileUrl: '', bpkbFileUrl: '={{ "" }}' }), credentials: suite.credentials, documents: [{ json: {} }] });
		expect(result.byOutput['Not Read'][0].json.reason).toBe('BPKB not read: No file URL was given for the BPKB: set BPKB File URL to the http(s) address of the document.');
	});
});

describe('Output: Summary', () => {
	it('gives the verdict, each compared field once with its result, and every role’s status, request id and hash', async () => {
		const result = await runGlairVision({ parameters: verify({ output: 'summary' }), credentials: suite.credentials, documents: [vehicleFileItem(CONSISTENT)] });
		const { json } = result.byOutput.Success[0];

		expect(json).toMatchObject({ outcome: 'SUCCESS', verdict: 'CONSISTENT', nomor_rangka: 'MHZSPX15ME0000123', match_nomor_rangka: 'match', nama_pemilik: 'DEWI SPESIMEN FIKTIF' });
		for (const role of ['bpkb', 'stnk', 'ktp']) {
			expect(json[`${role}_status`]).toBe('SUCCESS');
			expect(json[`${role}_request_id`]).toEqual(expect.any(String));
			expect(json[`${role}_file_sha256`]).toMatch(/^[0-9a-f]{64}$/);
		}
		// No document's own columns: a sheet a person reads.
		expect(Object.keys(json).some((column) => column.startsWith('stnk_pajak_'))).toBe(false);
	});
});

describe.each(['engine', 'wrapper'] as const)('as an AI Agent tool (%s path)', (path) => {
	it('verifies the vehicle file at the URLs the model gave: the verdict and mismatches on the first output, no binary', async () => {
		const urls = servedVehicleFile();
		const fromAI = (name: string) => `={{ $fromAI('${name}', 'URL of the document', 'string') }}`;
		const run = await runAsTool(
			path,
			urls,
			{ resource: 'vehicleFile', operation: 'verify', inputType: 'url', bpkbFileUrl: fromAI('bpkbFileUrl'), stnkFileUrl: fromAI('stnkFileUrl'), ktpFileUrl: fromAI('ktpFileUrl') },
			suite.credentials,
		);

		expect(run.runError).toBeUndefined();
		expect(run.seen).toEqual([expect.objectContaining({ outcome: 'SUCCESS', verdict: 'CONSISTENT', mismatches: '', match_nomor_rangka: 'match' })]);
		if (run.outputs) {
			expect(run.outputs).toHaveLength(1);
			expect(run.outputs[0][0].binary).toBeUndefined();
		}
		// What the node hands back carries no token (n8n itself records the model's arguments as the tool's input).
		expect(JSON.stringify(run.seen)).not.toContain('verify-secret');
	});

	it('a vehicle file whose STNK cannot be downloaded reaches the agent on the first output too', async () => {
		const urls = { ...servedVehicleFile(), stnkFileUrl: `${files.route('/files/gone.png', { status: 404 })}?${TOKEN}` };
		const fromAI = (name: string) => `={{ $fromAI('${name}', 'URL of the document', 'string') }}`;
		const run = await runAsTool(
			path,
			urls,
			{ resource: 'vehicleFile', operation: 'verify', inputType: 'url', bpkbFileUrl: fromAI('bpkbFileUrl'), stnkFileUrl: fromAI('stnkFileUrl'), ktpFileUrl: fromAI('ktpFileUrl') },
			suite.credentials,
		);
		expect(run.runError).toBeUndefined();
		expect(run.seen).toEqual([expect.objectContaining({ outcome: 'NOT_READ', verdict: 'NOT_READ', reason: expect.stringMatching(/^STNK not read: The file at .*gone\.png answered 404/) })]);
	});
});
