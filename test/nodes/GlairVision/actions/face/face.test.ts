import { Container } from '@n8n/di';
import { BinaryDataService } from 'n8n-core';
import type { INodeExecutionData } from 'n8n-workflow';

import { sample } from '../../../../helpers/documents';
import { runGlairVision } from '../../../../helpers/engine';
import type { FixtureDocument, FixtureFile } from '../../../../helpers/fixtureRegistry';
import { useSandbox } from '../../../../helpers/sandboxSuite';

const suite = useSandbox({ limitedApiKeys: { 'ocr-only-key': ['/ocr/v1/ktp'] } });

/** A picture from samples/faces (or samples/), as a form or an upstream node hands it over. */
const picture = (fileName: string): FixtureFile => sample(fileName, { fileName: fileName.split('/').pop(), mimeType: fileName.endsWith('.jpg') ? 'image/jpeg' : 'image/png' });

const face = (operation: string, parameters: Record<string, unknown> = {}, options: Record<string, unknown> = {}) => ({
	resource: 'face',
	operation,
	...parameters,
	options: { retryDelay: 0.01, ...options },
});

const where = (byOutput: Record<string, INodeExecutionData[]>) => Object.fromEntries(Object.entries(byOutput).map(([name, items]) => [name, items.map((item) => item.json.applicant)]));

/** Every picture handed to GLAIR stays a binary: nothing that looks like image data is in a row. */
function expectNoImageInJson(items: INodeExecutionData[]) {
	const text = JSON.stringify(items.map((item) => item.json));
	expect(text).not.toMatch(/iVBORw0KGgo|\/9j\/4/);
}

describe('Match Faces', () => {
	const pair = (applicant: string, stored: string, captured: string): FixtureDocument => ({
		json: { applicant, phone: '+62 812 0000 0001' },
		files: { foto: picture(stored), selfie: picture(captured) },
	});

	it('routes every match code: MATCH to Success, the others to Needs Review with the reason; the item keeps its JSON and files', async () => {
		const result = await runGlairVision({
			parameters: face('match'),
			credentials: suite.credentials,
			documents: [
				pair('same', 'faces/ktp-foto.png', 'faces/selfie.jpg'),
				pair('other', 'faces/ktp-foto.png', 'faces/selfie-other-person.jpg'),
				pair('no stored face', 'faces/no-face.jpg', 'faces/selfie.jpg'),
				pair('no captured face', 'faces/ktp-foto.png', 'faces/no-face.jpg'),
				pair('two stored faces', 'faces/two-faces.jpg', 'faces/selfie.jpg'),
				pair('two captured faces', 'faces/ktp-foto.png', 'faces/two-faces.jpg'),
			],
		});
		expect(result.outputNames).toEqual(['Success', 'Needs Review', 'Not Read']);
		expect(where(result.byOutput)).toEqual({
			Success: ['same'],
			'Needs Review': ['other', 'no stored face', 'no captured face', 'two stored faces', 'two captured faces'],
			'Not Read': [],
		});
		const [matched] = result.byOutput.Success;
		expect(matched.json).toEqual({
			outcome: 'SUCCESS',
			applicant: 'same',
			phone: '+62 812 0000 0001',
			reason: 'match',
			review_reasons: '',
			match_status_code: 'MATCH',
			match_status: 'match',
			match_percentage: 0.95768,
			match_score: 95.77,
			request_id: expect.stringMatching(/^[0-9a-f-]{36}$/),
			http_status: 200,
			attempts: 1,
		});
		expect(Object.keys(matched.binary ?? {})).toEqual(['foto', 'selfie']);
		expect(matched.pairedItem).toEqual({ item: 0 });
		const review = result.byOutput['Needs Review'].map((item) => [item.json.match_status_code, item.json.review_reasons]);
		expect(review).toEqual([
			['NOT_MATCH', 'the faces do not match (score 12.87 of 100): a person should compare the two pictures'],
			['NO_FACE_STORED_IMG', 'no face was found in the stored image'],
			['NO_FACE_CAPTURED_IMG', 'no face was found in the captured image'],
			['MANY_FACES_STORED_IMG', 'several faces were found in the stored image'],
			['MANY_FACES_CAPTURED_IMG', 'several faces were found in the captured image'],
		]);
		expect(result.byOutput['Needs Review'].map((item) => item.pairedItem)).toEqual([1, 2, 3, 4, 5].map((item) => ({ item })));
		expectNoImageInJson(Object.values(result.byOutput).flat());
		// Both pictures went as the record's file parts, in that order, under their own names.
		const sent = suite.sandbox.requests.map((request) => Object.entries(request.files ?? {}).map(([part, file]) => [part, file.fileName]));
		expect(sent.every((parts) => parts.map(([part]) => part).join() === 'stored_image,captured_image')).toBe(true);
		expect(sent).toContainEqual([
			['stored_image', 'ktp-foto.png'],
			['captured_image', 'selfie.jpg'],
		]);
	});

	it("takes Read KTP's face photo (binary foto, Include Photo and Signature) as the stored image by default", async () => {
		const result = await runGlairVision({
			parameters: { resource: 'ktp', operation: 'read', binaryPropertyName: 'data', output: 'flattened', options: { includeImages: true } },
			credentials: suite.credentials,
			documents: [{ files: { data: sample('ktp-sample.png') } }],
		});
		const [ktpRow] = result.byOutput.Success;
		const chained = await runGlairVision({
			parameters: face('match'),
			credentials: suite.credentials,
			documents: [{ json: ktpRow.json, files: { foto: { bytes: await Container.get(BinaryDataService).getAsBuffer(ktpRow.binary!.foto), fileName: 'ktp-foto.png', mimeType: 'image/png' }, selfie: picture('faces/selfie.jpg') } }],
		});
		const [row] = chained.byOutput.Success;
		// The KTP row's columns stay; the match's are added; the outcome is the match's.
		expect(row.json).toMatchObject({ outcome: 'SUCCESS', nik: '3299994508900001', nama: 'DEWI SPESIMEN FIKTIF', match_status_code: 'MATCH' });
	});

	it('a missing binary field is Not Read naming the parameter and what the item has, without a call', async () => {
		const result = await runGlairVision({
			parameters: face('match'),
			credentials: suite.credentials,
			documents: [{ json: { applicant: 'no selfie' }, files: { foto: picture('faces/ktp-foto.png') } }],
		});
		const [row] = result.byOutput['Not Read'];
		expect(row.json).toMatchObject({
			outcome: 'NOT_READ',
			applicant: 'no selfie',
			reason: 'No binary field "selfie" on this item. This item has: foto. Put the right name in Captured Image Binary Field.',
			match_status_code: '',
			match_score: null,
			http_status: null,
			attempts: 0,
			retryable: false,
		});
		expect(suite.sandbox.requests).toHaveLength(0);
	});

	it('with one output per status: no file to No File, a GIF to Invalid Format, a failed call to Failed', async () => {
		suite.sandbox.script('broken.jpg', [{ kind: 'http', status: 500 }]);
		const result = await runGlairVision({
			parameters: face('match', {}, { errorOutputs: 'perStatus', maxRetries: 0 }),
			credentials: suite.credentials,
			documents: [
				{ json: { applicant: 'no file' }, files: { foto: picture('faces/ktp-foto.png') } },
				{ json: { applicant: 'gif' }, files: { foto: sample('signature.gif'), selfie: picture('faces/selfie.jpg') } },
				{ json: { applicant: 'server error' }, files: { foto: { ...picture('faces/ktp-foto.png'), fileName: 'broken.jpg' }, selfie: picture('faces/selfie.jpg') } },
			],
		});
		expect(where(result.byOutput)).toEqual({ Success: [], 'Needs Review': [], 'No File': ['no file'], 'Invalid Format': ['gif'], Failed: ['server error'] });
		expect(result.byOutput['Invalid Format'][0].json.reason).toMatch(/"signature.gif" is a GIF image.*PNG and JPEG/);
		expect(result.byOutput.Failed[0].json).toMatchObject({ reason: '500 from GLAIR after 1 attempt', http_status: 500, attempts: 1, retryable: true, request_id: expect.any(String) });
	});

	it.each([
		['an HTML page from a gateway', { kind: 'html' as const, status: 404 }, /HTTP 404 with an HTML page instead of JSON.*Check the Base URL/],
		['text where JSON should be', { kind: 'malformed' as const, variant: 'not-json' as const }, /a body that is not JSON/],
		['a code outside the record', { kind: 'raw' as const, status: 200, headers: { 'content-type': 'application/json' }, body: '{"status":"success","result":{"match_status_code":"PROBABLY"}}' }, /unknown match_status_code "PROBABLY"/],
		['a 400 with GLAIR\'s reason', { kind: 'http' as const, status: 400, body: { status: 'failed', reason: 'stored_image is corrupt' } }, /HTTP 400: "stored_image is corrupt"/],
	])('an answer that is not a result (%s) is Not Read, saying why', async (_label, step, reason) => {
		suite.sandbox.script('*', [step]);
		const result = await runGlairVision({
			parameters: face('match', {}, { maxRetries: 0 }),
			credentials: suite.credentials,
			documents: [pair('x', 'faces/ktp-foto.png', 'faces/selfie.jpg')],
		});
		expect(result.byOutput['Not Read'][0].json.reason).toMatch(reason);
	});

	it('a refused credential stops the run, naming the product to enable (403) or the login (401)', async () => {
		const forbidden = await runGlairVision({
			parameters: face('match'),
			credentials: { ...suite.credentials, apiKey: 'ocr-only-key' },
			documents: [pair('x', 'faces/ktp-foto.png', 'faces/selfie.jpg')],
		});
		expect(forbidden.error?.message).toBe('GLAIR refused the credential (403): it is not allowed to use Match Faces');
		expect(forbidden.error?.description).toMatch(/Ask GLAIR to enable the Face Biometrics product/);
		const refused = await runGlairVision({ parameters: face('match'), credentials: { ...suite.credentials, apiKey: 'wrong' }, documents: [pair('x', 'faces/ktp-foto.png', 'faces/selfie.jpg')] });
		expect(refused.error?.message).toMatch(/refused the credential \(401\)/);
	});
});

describe('Passive Liveness', () => {
	const selfie = (applicant: string, fileName: string): FixtureDocument => ({ json: { applicant }, files: { selfie: picture(fileName) } });
	const people = [
		selfie('live', 'faces/selfie.jpg'),
		selfie('printed', 'faces/selfie-printed.jpg'),
		selfie('screen', 'faces/selfie-screen.jpg'),
		selfie('nobody', 'faces/no-face.jpg'),
		selfie('two', 'faces/two-faces.jpg'),
	];

	it('is live on LOW only: MODERATE, HIGH, no face and several faces go to Needs Review', async () => {
		const result = await runGlairVision({ parameters: face('passiveLiveness'), credentials: suite.credentials, documents: people });
		expect(where(result.byOutput)).toEqual({ Success: ['live'], 'Needs Review': ['printed', 'screen', 'nobody', 'two'], 'Not Read': [] });
		expect(result.byOutput.Success[0].json).toMatchObject({ reason: 'LOW', liveness_status: 'LOW', spoof_percentage: 0.02611, spoof_score: 2.61, is_live: true });
		expect(result.byOutput['Needs Review'].map((item) => [item.json.liveness_status, item.json.is_live, item.json.spoof_score])).toEqual([
			['MODERATE', false, 56.78],
			['HIGH', false, 99.77],
			['face not detected', false, 0],
			['too many faces detected', false, 0],
		]);
		expect(result.byOutput['Needs Review'][1].json.review_reasons).toMatch(/^GLAIR rates a spoof highly likely \(HIGH, score 99.77 of 100\)/);
		expect(suite.sandbox.requests.map((request) => Object.keys(request.files ?? {}))).toEqual(people.map(() => ['image']));
	});

	it('with Max Spoof Score the score decides: a MODERATE picture within it is live', async () => {
		const result = await runGlairVision({ parameters: face('passiveLiveness', {}, { maxSpoofScore: 60 }), credentials: suite.credentials, documents: people.slice(0, 3) });
		expect(where(result.byOutput)).toEqual({ Success: ['live', 'printed'], 'Needs Review': ['screen'], 'Not Read': [] });
		expect(result.byOutput.Success[1].json).toMatchObject({ liveness_status: 'MODERATE', is_live: true });
	});
});

describe('Active Liveness', () => {
	const gesture = (applicant: string, fileName: string, gestureCode: string): FixtureDocument => ({ json: { applicant, gestureCode }, files: { selfie: picture(fileName) } });

	it('passes the gesture asked for; a wrong gesture, no hand, no face or several faces go to Needs Review', async () => {
		const result = await runGlairVision({
			parameters: face('activeLiveness', { gestureCode: '={{ $json.gestureCode }}' }),
			credentials: suite.credentials,
			documents: [
				gesture('two fingers', 'faces/selfie-two-fingers.jpg', 'HAND_01100'),
				gesture('eyes open', 'faces/selfie.jpg', 'head_11'),
				gesture('wrong hand', 'faces/selfie-two-fingers.jpg', 'HAND_11111'),
				gesture('no hand', 'faces/selfie.jpg', 'HAND_01100'),
				gesture('nobody', 'faces/no-face.jpg', 'HEAD_LEFT'),
				gesture('two', 'faces/two-faces.jpg', 'HEAD_11'),
			],
		});
		expect(where(result.byOutput)).toEqual({ Success: ['two fingers', 'eyes open'], 'Needs Review': ['wrong hand', 'no hand', 'nobody', 'two'], 'Not Read': [] });
		expect(result.byOutput.Success[1].json).toMatchObject({ gesture_code: 'HEAD_11', gesture_status: 'MATCH', detected_gesture: 'HEAD_11' });
		expect(result.byOutput['Needs Review'].map((item) => item.json.review_reasons)).toEqual([
			'the gesture shown (HAND_01100) is not the one asked for (HAND_11111)',
			'no hand was found in the picture, and HAND_01100 is a hand gesture',
			'no face was found in the picture',
			'several faces were found in the picture',
		]);
		// Sent a few at a time: in any order.
		expect(suite.sandbox.requests.map((request) => request.fields?.['gesture-code']).sort()).toEqual(['HAND_01100', 'HAND_01100', 'HAND_11111', 'HEAD_11', 'HEAD_11', 'HEAD_LEFT']);
	});

	it('a gesture that is not a code is Not Read for that item, without a call', async () => {
		const result = await runGlairVision({
			parameters: face('activeLiveness', { gestureCode: '={{ $json.gestureCode }}' }),
			credentials: suite.credentials,
			documents: [gesture('thumbs up', 'faces/selfie.jpg', 'THUMBS_UP'), gesture('eyes open', 'faces/selfie.jpg', 'HEAD_11')],
		});
		expect(where(result.byOutput)).toEqual({ Success: ['eyes open'], 'Needs Review': [], 'Not Read': ['thumbs up'] });
		expect(result.byOutput['Not Read'][0].json.reason).toMatch(/^Gesture must be one of GLAIR's gesture codes .* but it is "THUMBS_UP"/);
		expect(suite.sandbox.requests).toHaveLength(1);
	});
});
