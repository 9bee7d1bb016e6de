import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

import { sample } from '../../../../helpers/documents';
import { runGlairVision } from '../../../../helpers/engine';
import { SAMPLE_IDENTITY_PARTS, SAMPLE_KTP_ROW } from '../../../../helpers/ktpRow';
import type { FixtureDocument } from '../../../../helpers/fixtureRegistry';
import { useSandbox } from '../../../../helpers/sandboxSuite';

const suite = useSandbox({ limitedApiKeys: { 'ocr-only-key': ['/ocr/v1/ktp'] } });

const identity = (operation: string, parameters: Record<string, unknown> = {}, options: Record<string, unknown> = {}) => ({
	resource: 'identity',
	operation,
	...parameters,
	options: { retryDelay: 0.01, ...options },
});

/** A Read KTP row of the sample card, with the columns every row leads with. */
const KTP_ROW = { outcome: 'SUCCESS', reason: 'File Successfully Read', ...SAMPLE_KTP_ROW, request_id: 'the-ktp-read' };
const SENT_PARTS = SAMPLE_IDENTITY_PARTS;

const row = (json: IDataObject, files: FixtureDocument['files'] = {}): FixtureDocument => ({ json, files });
const where = (byOutput: Record<string, INodeExecutionData[]>) => Object.fromEntries(Object.entries(byOutput).map(([name, items]) => [name, items.map((item) => item.pairedItem)]));

describe('Verify Identity', () => {
	it("asks Dukcapil about a Read KTP row's every field, the date dd-mm-yyyy, and lands a confirmed identity on Success", async () => {
		const result = await runGlairVision({ parameters: identity('verify'), credentials: suite.credentials, documents: [row(KTP_ROW)] });
		expect(result.outputNames).toEqual(['Success', 'Needs Review', 'Not Read']);
		const [confirmed] = result.byOutput.Success;
		expect(confirmed.json).toMatchObject({
			outcome: 'SUCCESS',
			nik: '3299994508900001',
			reason: 'Verification Success',
			review_reasons: '',
			verified: true,
			match_nik: true,
			match_name: true,
			match_date_of_birth: true,
			match_rt: true,
			match_no_kk: null,
			match_mother_maiden_name: null,
			http_status: 200,
			attempts: 1,
		});
		// The call's own request id replaces the KTP read's.
		expect(confirmed.json.request_id).not.toBe('the-ktp-read');
		expect(suite.sandbox.requests[0].fields).toEqual(SENT_PARTS);
		expect(suite.sandbox.requests[0].path).toBe('/identity/v1/verification');
	});

	it('names the fields Dukcapil does not confirm (Needs Review), and a NIK it does not know', async () => {
		const result = await runGlairVision({
			parameters: identity('verify', { additionalFields: { motherMaidenName: 'SITI LAIN' } }),
			credentials: suite.credentials,
			documents: [row({ ...KTP_ROW, nama: 'DEWI LAIN' }), row({ ...KTP_ROW, nik: '3299990000000009' })],
		});
		expect(where(result.byOutput)).toEqual({ Success: [], 'Needs Review': [{ item: 0 }, { item: 1 }], 'Not Read': [] });
		const [mismatch, unknown] = result.byOutput['Needs Review'];
		expect(mismatch.json).toMatchObject({ verified: false, reason: 'Data not match', review_reasons: 'Dukcapil does not confirm name, mother_maiden_name', match_name: false, match_mother_maiden_name: false });
		expect(unknown.json).toMatchObject({ verified: false, reason: 'NIK not found', review_reasons: 'Dukcapil does not confirm nik', match_nik: false, match_name: null });
		expect(suite.sandbox.requests[0].fields?.mother_maiden_name).toBe('SITI LAIN');
	});

	it("reads a Verify Vehicle File row's ktp_ columns, and the Go SDK's answer shape the same way", async () => {
		suite.sandbox.setOptions({ identityShape: 'goSdk' });
		try {
			const verifyRow = { verdict: 'CONSISTENT', ...Object.fromEntries(Object.entries(KTP_ROW).map(([key, value]) => [`ktp_${key}`, value])) };
			const result = await runGlairVision({ parameters: identity('verify'), credentials: suite.credentials, documents: [row(verifyRow)] });
			expect(result.byOutput.Success[0].json).toMatchObject({ verdict: 'CONSISTENT', verified: true, match_nik: true, match_rw: true });
			expect(suite.sandbox.requests[0].fields).toEqual(SENT_PARTS);
		} finally {
			suite.sandbox.setOptions({ identityShape: 'docs' });
		}
	});

	it('takes the values by hand, a date as ISO sent as dd-mm-yyyy', async () => {
		const result = await runGlairVision({
			parameters: identity('verify', { source: 'manual', nik: '3299 9945 0890 0001', name: 'dewi spesimen fiktif', dateOfBirth: '1990-08-05', additionalFields: { noKk: '3299990101150001' } }),
			credentials: suite.credentials,
			documents: [row({ applicant: 7 })],
		});
		expect(result.byOutput.Success[0].json).toMatchObject({ applicant: 7, verified: true, match_no_kk: true });
		expect(suite.sandbox.requests[0].fields).toEqual({ no_kk: '3299990101150001', nik: '3299994508900001', name: 'dewi spesimen fiktif', date_of_birth: '05-08-1990' });
	});

	it("an item that cannot be sent is Not Read, saying what to fix without quoting it, and is never sent; no NIK or name in any log", async () => {
		const result = await runGlairVision({
			parameters: identity('verify'),
			credentials: suite.credentials,
			documents: [row({ ...KTP_ROW, nik: '329999450890000' }), row({ ...KTP_ROW, tanggal_lahir_iso: '', tanggal_lahir: '31-02-1990' }), row({ email: 'x@example.com' }), row(KTP_ROW)],
		});
		expect(where(result.byOutput)).toEqual({ Success: [{ item: 3 }], 'Needs Review': [], 'Not Read': [{ item: 0 }, { item: 1 }, { item: 2 }] });
		const reasons = result.byOutput['Not Read'].map((item) => item.json.reason);
		expect(reasons).toEqual([
			'The NIK is not 16 digits (it has 15 characters): check the KTP read or the value given.',
			'The date of birth cannot be read as a date: give it as dd-mm-yyyy (05-08-1990) or yyyy-mm-dd (1990-08-05).',
			expect.stringMatching(/^This item has no NIK: with Source "KTP Row"/),
		]);
		expect(result.byOutput['Not Read'][0].json).toMatchObject({ verified: null, match_nik: null, attempts: 0 });
		expect(suite.sandbox.requests).toHaveLength(1);
		const logged = JSON.stringify(result.logs);
		for (const personal of ['3299994508900001', '329999450890000', 'DEWI SPESIMEN FIKTIF', 'SPESIMEN']) expect(logged).not.toContain(personal);
	});

	it('a refused credential (403) stops the run naming the product; a failed call is Not Read', async () => {
		const forbidden = await runGlairVision({ parameters: identity('verify'), credentials: { ...suite.credentials, apiKey: 'ocr-only-key' }, documents: [row(KTP_ROW)] });
		expect(forbidden.error?.message).toBe('GLAIR refused the credential (403): it is not allowed to use Verify Identity');
		expect(forbidden.error?.description).toMatch(/enable the Identity \(Dukcapil\) product/);
		suite.sandbox.script('*', [{ kind: 'reset', during: 'headers' }]);
		const failed = await runGlairVision({ parameters: identity('verify', {}, { maxRetries: 0 }), credentials: suite.credentials, documents: [row(KTP_ROW)] });
		expect(failed.byOutput['Not Read'][0].json).toMatchObject({ reason: expect.stringMatching(/reset/), retryable: true, verified: null });
	});
});

describe('Verify Identity With Face', () => {
	const withSelfie = (fileName: string | null) => row(KTP_ROW, fileName ? { selfie: sample(fileName, { mimeType: 'image/jpeg', fileName: 'selfie.jpg' }) } : {});

	it("adds Dukcapil's face score: the person's own face on Success, another's or none on Needs Review", async () => {
		const result = await runGlairVision({
			parameters: identity('verifyWithFace'),
			credentials: suite.credentials,
			documents: [withSelfie('faces/selfie.jpg'), withSelfie('faces/selfie-other-person.jpg'), withSelfie('faces/no-face.jpg'), withSelfie(null)],
		});
		expect(where(result.byOutput)).toEqual({ Success: [{ item: 0 }], 'Needs Review': [{ item: 1 }, { item: 2 }], 'Not Read': [{ item: 3 }] });
		expect(result.byOutput.Success[0].json).toMatchObject({ verified: true, face_image_percentage: 82.04, face_score: 82.04, match_nik: true });
		expect(result.byOutput['Needs Review'].map((item) => [item.json.face_score, item.json.review_reasons])).toEqual([
			[18.37, 'Dukcapil does not confirm the face (score 18.37 of 100)'],
			[null, 'Dukcapil gave no face score: the face could not be compared'],
		]);
		expect(result.byOutput['Not Read'][0].json).toMatchObject({ reason: expect.stringMatching(/^No binary field "selfie".*Face Image Binary Field/), face_score: null });
		expect(suite.sandbox.requests.map((request) => [request.path, Object.keys(request.files ?? {})])).toEqual(
			[0, 1, 2].map(() => ['/identity/v1/face-verification', ['face_image']]),
		);
		expect(Object.keys(result.byOutput.Success[0].binary ?? {})).toEqual(['selfie']);
	});
});
