import { IDENTITY_FIELDS, parseIdentity } from '../../../../../nodes/GlairVision/engine/response/identityAnswer';
import { FACE_SCENES } from '../../../../sandbox/faces';
import { identityAnswer } from '../../../../sandbox/population';

const APPLICANT = new Map([
	['nik', '3299994508900001'],
	['name', 'DEWI SPESIMEN FIKTIF'],
	['date_of_birth', '05-08-1990'],
	['place_of_birth', 'KOTA CONTOH'],
]);

const nulls = Object.fromEntries(IDENTITY_FIELDS.map((field) => [field, null]));

describe('parseIdentity', () => {
	it("reads the docs' shape: verification_status and data, null for fields not checked", () => {
		const { httpStatus, body } = identityAnswer(APPLICANT, 'docs');
		expect(body).toHaveProperty('data');
		expect(parseIdentity(httpStatus, body, false)).toEqual({
			kind: 'answer',
			value: { verified: true, reason: 'Verification Success', fields: { ...nulls, nik: true, name: true, date_of_birth: true, place_of_birth: true } },
		});
	});

	it("reads the Go SDK's shape the same: verification_result as text, and result", () => {
		const docs = identityAnswer(new Map([...APPLICANT, ['name', 'SOMEONE ELSE']]), 'docs');
		const goSdk = identityAnswer(new Map([...APPLICANT, ['name', 'SOMEONE ELSE']]), 'goSdk');
		expect(goSdk.body).toMatchObject({ verification_result: 'false', result: { name: false } });
		expect(parseIdentity(goSdk.httpStatus, goSdk.body, false)).toEqual(parseIdentity(docs.httpStatus, docs.body, false));
		expect(parseIdentity(goSdk.httpStatus, goSdk.body, false)).toMatchObject({ value: { verified: false, fields: { name: false, nik: true } } });
	});

	it("reads the face score of the docs' face-verification sample (verification_status with result)", () => {
		const sample = { verification_status: true, reason: 'Verification Success', result: { nik: true, name: true, date_of_birth: true, face_image_percentage: 82.04 } };
		expect(parseIdentity(200, sample, true)).toMatchObject({ value: { verified: true, facePercentage: 82.04, faceScore: 82.04 } });
		const noFace = identityAnswer(APPLICANT, 'docs', FACE_SCENES['faces/no-face.jpg']);
		expect(parseIdentity(noFace.httpStatus, noFace.body, true)).toMatchObject({ value: { verified: false, reason: 'Face not detected', facePercentage: null, faceScore: null } });
	});

	it('leaves the face out when the request had none', () => {
		const { httpStatus, body } = identityAnswer(APPLICANT, 'docs');
		const reading = parseIdentity(httpStatus, body, false);
		expect(reading.kind === 'answer' && 'faceScore' in reading.value).toBe(false);
	});

	it('an answer without a verification status, or a refusal, is not an answer', () => {
		expect(parseIdentity(200, { reason: 'Internal Error' }, false)).toEqual({ kind: 'unreadable', reason: 'GLAIR answered without a verification status ("Internal Error").' });
		const refused = identityAnswer(new Map([...APPLICANT, ['date_of_birth', '1990-08-05']]), 'docs');
		expect(parseIdentity(refused.httpStatus, refused.body, false)).toEqual({ kind: 'unreadable', reason: 'GLAIR answered HTTP 400: "date_of_birth must be dd-mm-yyyy".' });
	});
});
