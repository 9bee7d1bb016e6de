import type { INodeExecutionData } from 'n8n-workflow';

import { sample } from '../../../../helpers/documents';
import { runGlairVision } from '../../../../helpers/engine';
import type { FixtureDocument, FixtureFile } from '../../../../helpers/fixtureRegistry';
import { useSandbox } from '../../../../helpers/sandboxSuite';
import ktpAnswer from '../../../../sandbox/fixtures/ktp-sample-response.json';

const suite = useSandbox();

/** A file from samples/, named and typed as a form hands it over. */
const file = (fileName: string, as?: string): FixtureFile =>
	sample(fileName, { fileName: as ?? fileName.split('/').pop(), mimeType: fileName.endsWith('.jpg') ? 'image/jpeg' : fileName.endsWith('.pdf') ? 'application/pdf' : 'image/png' });

type Role = 'ktp' | 'selfie' | 'npwp' | 'sim' | 'bpkb' | 'stnk';

/** The invented applicant (DEWI SPESIMEN FIKTIF): her KTP, selfie, NPWP and SIM; a pledged car only when asked. */
const DEWI: Partial<Record<Role, string>> = { ktp: 'ktp-sample.png', selfie: 'faces/selfie.jpg', npwp: 'npwp-sample.png', sim: 'sim-sample.png' };

function applicant(name: string, files: Partial<Record<Role, string | null>> = {}): FixtureDocument {
	const chosen = Object.entries({ ...DEWI, ...files }).filter((entry): entry is [string, string] => typeof entry[1] === 'string');
	return { json: { application: name }, files: Object.fromEntries(chosen.map(([role, fileName]) => [role, file(fileName)])) };
}

const verify = (options: Record<string, unknown> = {}, parameters: Record<string, unknown> = {}) => ({
	resource: 'applicantFile',
	operation: 'verify',
	output: 'flattened',
	options: { retryDelay: 0.01, maxRetries: 0, includeBinary: false, ...options },
	...parameters,
});

const where = (byOutput: Record<string, INodeExecutionData[]>) => Object.fromEntries(Object.entries(byOutput).map(([name, items]) => [name, items.map((item) => item.json.application)]));
const only = (items: INodeExecutionData[]) => {
	expect(items).toHaveLength(1);
	return items[0].json;
};
const paths = () => suite.sandbox.requests.map((request) => request.path).sort();

describe('Verify Applicant', () => {
	it('finds the invented applicant VERIFIED on Success: every check passes, the calls judged, every document prefixed, her own JSON kept', async () => {
		const result = await runGlairVision({ parameters: verify({ verifyWithDukcapil: true }), credentials: suite.credentials, documents: [applicant('A-1', { bpkb: 'vehicle-file/bpkb.pdf', stnk: 'stnk-sample.png' })] });
		expect(result.outputNames).toEqual(['Success', 'Needs Review', 'Not Read']);
		const json = only(result.byOutput.Success);
		expect(json).toMatchObject({
			outcome: 'SUCCESS',
			application: 'A-1',
			verdict: 'VERIFIED',
			reason: 'Every check that ran passed',
			reasons: '',
			check_ktp_quality: 'pass',
			check_face_match: 'pass',
			check_liveness: 'pass',
			check_dukcapil: 'pass',
			check_ktp_berlaku_hingga: 'pass',
			check_npwp_holder: 'pass',
			check_sim_nama: 'pass',
			check_sim_tanggal_lahir: 'pass',
			check_owner_relation: 'pass',
			owner_relation: 'applicant',
			check_nomor_rangka: 'pass',
			face_match_status_code: 'MATCH',
			face_match_score: 95.77,
			selfie_liveness_status: 'LOW',
			selfie_is_live: true,
			dukcapil_verified: true,
			selfie_file_name: 'selfie.jpg',
			ktp_nik: '3299994508900001',
			ktp_quality_photocopy: false,
			npwp_nik: '3299994508900001',
			sim_nama: 'DEWI SPESIMEN FIKTIF',
			bpkb_nama_pemilik: 'DEWI SPESIMEN FIKTIF',
			stnk_status: 'SUCCESS',
		});
		for (const prefix of ['face_', 'selfie_', 'dukcapil_', 'ktp_', 'npwp_', 'sim_', 'bpkb_', 'stnk_']) expect(json[`${prefix}request_id`]).toMatch(/^[0-9a-f-]{36}$/);
		for (const prefix of ['selfie_', 'ktp_', 'npwp_', 'sim_', 'bpkb_', 'stnk_']) expect(json[`${prefix}file_sha256`]).toMatch(/^[0-9a-f]{64}$/);
		// The face GLAIR cut from the KTP is matched with the selfie, the selfie's face is sent to Dukcapil: no image in JSON.
		expect(paths()).toEqual(['/face/v1/match', '/face/v1/passive-liveness', '/identity/v1/face-verification', '/ocr/v1/bpkb', '/ocr/v1/ktp/qualities', '/ocr/v1/npwp', '/ocr/v1/sim', '/ocr/v1/stnk']);
		expect(suite.sandbox.requests.find((request) => request.path === '/face/v1/match')?.fileName).toBe('ktp-foto.png');
		expect(JSON.stringify(json)).not.toMatch(/iVBORw0KGgo|\/9j\/4/);
	});

	it('skips what was not given or not asked: no SIM, no vehicle, Dukcapil off (the default); only the KTP is required', async () => {
		const result = await runGlairVision({ parameters: verify(), credentials: suite.credentials, documents: [applicant('A-2', { sim: null, npwp: null })] });
		const json = only(result.byOutput.Success);
		expect(json).toMatchObject({ verdict: 'VERIFIED', check_sim_nama: 'skipped', check_npwp_holder: 'skipped', check_dukcapil: 'skipped', check_owner_relation: 'skipped', owner_relation: '', check_nomor_rangka: 'skipped' });
		expect(json).toMatchObject({ dukcapil_verified: null, dukcapil_request_id: '' });
		expect(Object.keys(json).filter((column) => /^(sim|npwp|bpkb|stnk)_/.test(column))).toEqual([]);
		expect(paths()).toEqual(['/face/v1/match', '/face/v1/passive-liveness', '/ocr/v1/ktp/qualities']);
	});

	it('a KTP alone: the face match and liveness skipped, still VERIFIED on what ran', async () => {
		const result = await runGlairVision({ parameters: verify(), credentials: suite.credentials, documents: [applicant('A-3', { selfie: null, npwp: null, sim: null })] });
		expect(only(result.byOutput.Success)).toMatchObject({ verdict: 'VERIFIED', check_face_match: 'skipped', check_liveness: 'skipped', face_match_score: null });
		expect(paths()).toEqual(['/ocr/v1/ktp/qualities']);
	});

	it.each([
		['another person\'s selfie', { selfie: 'faces/selfie-other-person.jpg' }, { check_face_match: 'fail', face_match_status_code: 'NOT_MATCH' }, /the faces do not match/],
		['a selfie photographed off a screen (spoof HIGH)', { selfie: 'faces/selfie-screen.jpg' }, { check_liveness: 'fail', selfie_liveness_status: 'HIGH', selfie_is_live: false }, /spoof highly likely/],
		['a selfie of a print (spoof MODERATE)', { selfie: 'faces/selfie-printed.jpg' }, { check_liveness: 'fail', selfie_liveness_status: 'MODERATE' }, /spoof moderately likely/],
		['a photocopied KTP', { ktp: 'ktp-photocopy.png' }, { check_ktp_quality: 'fail', ktp_quality_photocopy: true }, /ktp_quality: KTP: the picture is a photocopy/],
		['a car in a stranger\'s name', { bpkb: 'applicant/bpkb-stranger.pdf' }, { check_owner_relation: 'fail', owner_relation: 'other' }, /owner_relation: other: the BPKB's nama_pemilik "RINA CONTOH FIKTIF", no_ktp_tdp "3299995203920002" is neither the KTP's/],
	] as const)('sends %s to Needs Review as REVIEW, naming the reason', async (_what, files, columns, reason) => {
		const result = await runGlairVision({ parameters: verify(), credentials: suite.credentials, documents: [applicant('R', files)] });
		const json = only(result.byOutput['Needs Review']);
		expect(json).toMatchObject({ outcome: 'NEEDS_REVIEW', verdict: 'REVIEW', ...columns });
		expect(json.reasons).toMatch(reason);
		expect(json.reason).toMatch(/^A person should review: /);
	});

	it('Dukcapil not confirming the face is REVIEW', async () => {
		const result = await runGlairVision({ parameters: verify({ verifyWithDukcapil: true }), credentials: suite.credentials, documents: [applicant('D', { selfie: 'faces/selfie-other-person.jpg' })] });
		const json = only(result.byOutput['Needs Review']);
		expect(json).toMatchObject({ check_dukcapil: 'fail', dukcapil_verified: false });
		expect(json.reasons).toMatch(/Dukcapil does not confirm the face/);
	});

	it('a check that could not run is REVIEW (missing), never a pass: the face match GLAIR failed, the KTP without a face photo', async () => {
		suite.sandbox.script('ktp-foto.png', [{ kind: 'http', status: 500 }]);
		const failed = await runGlairVision({ parameters: verify(), credentials: suite.credentials, documents: [applicant('F')] });
		expect(only(failed.byOutput['Needs Review'])).toMatchObject({ verdict: 'REVIEW', check_face_match: 'missing', check_liveness: 'pass', face_match_status_code: '' });
		expect(only(failed.byOutput['Needs Review']).reasons).toMatch(/Face Match could not be had/);

		const withoutFoto = Object.fromEntries(Object.entries(ktpAnswer.read).filter(([key]) => key !== 'foto'));
		suite.sandbox.script('ktp-sample.png', [{ kind: 'raw', status: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ...ktpAnswer, read: withoutFoto }) }]);
		const noPhoto = await runGlairVision({ parameters: verify({ checkKtpQuality: false }), credentials: suite.credentials, documents: [applicant('P')] });
		const json = only(noPhoto.byOutput['Needs Review']);
		expect(json).toMatchObject({ check_face_match: 'missing', check_ktp_quality: 'skipped' });
		expect(json.reasons).toMatch(/GLAIR cut no foto/);
	});

	it('the options switch their checks off: KTP quality (read on the plain endpoint), liveness', async () => {
		const result = await runGlairVision({ parameters: verify({ checkKtpQuality: false, checkLiveness: false }), credentials: suite.credentials, documents: [applicant('O', { ktp: 'ktp-photocopy.png', selfie: 'faces/selfie-screen.jpg' })] });
		expect(only(result.byOutput.Success)).toMatchObject({ verdict: 'VERIFIED', check_ktp_quality: 'skipped', check_liveness: 'skipped', selfie_liveness_status: '' });
		expect(paths()).toEqual(['/face/v1/match', '/ocr/v1/ktp', '/ocr/v1/npwp', '/ocr/v1/sim']);
	});

	it('a document or selfie that cannot be used is Not Read (NOT_READ), naming it; no face or identity call is paid for', async () => {
		const result = await runGlairVision({
			parameters: verify({ verifyWithDukcapil: true }),
			credentials: suite.credentials,
			documents: [applicant('no KTP', { ktp: null }), applicant('GIF selfie', { selfie: 'signature.gif' })],
		});
		expect(where(result.byOutput)).toEqual({ Success: [], 'Needs Review': [], 'Not Read': ['no KTP', 'GIF selfie'] });
		const [noKtp, gif] = result.byOutput['Not Read'].map((item) => item.json);
		expect(noKtp).toMatchObject({ outcome: 'NOT_READ', verdict: 'NOT_READ' });
		expect(noKtp.reason).toMatch(/^KTP not read: No binary field "ktp"/);
		expect(gif).toMatchObject({ verdict: 'NOT_READ', selfie_status: 'FILE_INVALID_FORMAT' });
		expect(gif.reason).toMatch(/^selfie not read: .*GIF/);
		expect(paths().filter((path) => !path.startsWith('/ocr/'))).toEqual([]);
	});

	it('many applicants at once: one item each, in order, paired, on the output of its verdict', async () => {
		const variants: Array<[string, Partial<Record<Role, string | null>>]> = [
			['ok', {}],
			['other face', { selfie: 'faces/selfie-other-person.jpg' }],
			['no ktp', { ktp: null }],
			['screen', { selfie: 'faces/selfie-screen.jpg' }],
			['photocopy', { ktp: 'ktp-photocopy.png' }],
		];
		const documents = Array.from({ length: 15 }, (_, index) => {
			const [name, files] = variants[index % variants.length];
			return applicant(`${index}:${name}`, files);
		});
		const result = await runGlairVision({ parameters: verify({ concurrency: 4 }), credentials: suite.credentials, documents });
		const all = Object.values(result.byOutput).flat();
		expect(all).toHaveLength(15);
		for (const item of all) expect(String(item.json.application)).toMatch(new RegExp(`^${(item.pairedItem as { item: number }).item}:`));
		const verdictOf = (name: string) => (name === 'ok' ? 'VERIFIED' : name === 'no ktp' ? 'NOT_READ' : 'REVIEW');
		for (const item of all) expect([item.json.application, item.json.verdict]).toEqual([item.json.application, verdictOf(String(item.json.application).split(':')[1])]);
		expect(where(result.byOutput).Success).toEqual(['0:ok', '5:ok', '10:ok']);
	});

	it('nested: each check, each call and each document nested; the checks in the file\'s words', async () => {
		const result = await runGlairVision({ parameters: verify({}, { output: 'nested' }), credentials: suite.credentials, documents: [applicant('N', { selfie: 'faces/selfie-other-person.jpg' })] });
		const json = only(result.byOutput['Needs Review']);
		expect(json).toMatchObject({ verdict: 'REVIEW', calls: { face_match: { face_match_status_code: 'NOT_MATCH' }, liveness: { selfie_liveness_status: 'LOW' } } });
		expect((json.checks as Array<{ column: string; result: string }>).find((check) => check.column === 'check_face_match')?.result).toBe('fail');
		expect(Object.keys(json.documents as object)).toEqual(['ktp', 'npwp', 'sim', 'selfie']);
		expect(json.reasons).toEqual([expect.stringMatching(/the faces do not match/)]);
	});
});
