import { asBooleanOrNull, asNumberOrNull, scoreOutOf100 } from '../../../../../nodes/GlairVision/engine/response/biometricAnswer';
import { parseActiveLiveness, parseFaceMatch, parsePassiveLiveness } from '../../../../../nodes/GlairVision/engine/response/faceAnswers';
import { FACE_SCENES, activeLivenessAnswer, matchAnswer, passiveLivenessAnswer } from '../../../../sandbox/faces';

/** The docs' own samples, as printed on docs.glair.ai (face-matching, passive-liveness). */
const DOCS_MATCH = { status: 'success', result: { match_percentage: 0.95768, match_status: 'match', match_status_code: 'MATCH' } };
const DOCS_HIGH_SPOOF = { status: 'success', result: { spoof_percentage: 0.99768, status: 'HIGH' } };

describe('parseFaceMatch', () => {
	it("reads the docs' sample: the code, GLAIR's words, the fraction as sent and a 0-100 score", () => {
		expect(parseFaceMatch(200, DOCS_MATCH)).toEqual({ kind: 'answer', value: { code: 'MATCH', status: 'match', percentage: 0.95768, score: 95.77 } });
	});

	it('reads every code the sandbox answers, whatever `status` says', () => {
		const pictures = Object.values(FACE_SCENES);
		const codes = new Set<string>();
		for (const stored of pictures) {
			for (const captured of pictures) {
				const { httpStatus, body } = matchAnswer(stored, captured);
				const reading = parseFaceMatch(httpStatus, body);
				if (reading.kind !== 'answer') throw new Error(reading.reason);
				codes.add(reading.value.code);
			}
		}
		expect([...codes].sort()).toEqual(['MANY_FACES_CAPTURED_IMG', 'MANY_FACES_STORED_IMG', 'MATCH', 'NOT_MATCH', 'NO_FACE_CAPTURED_IMG', 'NO_FACE_STORED_IMG']);
	});

	it('tolerates a code in lower case and a percentage sent as text; a missing percentage is null', () => {
		expect(parseFaceMatch(200, { result: { match_status_code: 'not_match', match_percentage: '0.2' } })).toEqual({ kind: 'answer', value: { code: 'NOT_MATCH', status: '', percentage: 0.2, score: 20 } });
		expect(parseFaceMatch(200, { result: { match_status_code: 'MATCH' } })).toMatchObject({ value: { percentage: null, score: null } });
	});

	it.each([
		[400, { status: 'failed', reason: 'No file in request body: captured_image required' }, 'GLAIR answered HTTP 400: "No file in request body: captured_image required".'],
		[503, { error: 'Service Unavailable' }, /^GLAIR answered HTTP 503: "Service Unavailable"\. This is on GLAIR's side/],
		[404, { message: 'no Route matched with those values' }, /Check the Base URL/],
		[200, { status: 'failed' }, 'GLAIR answered "failed" without a face match result.'],
		[200, [], 'GLAIR answered HTTP 200 without a face match result.'],
		[200, { status: 'success', result: { match_status_code: 'PROBABLY' } }, 'GLAIR answered with an unknown match_status_code "PROBABLY".'],
	])('HTTP %s %j is not an answer: %s', (httpStatus, body, reason) => {
		const reading = parseFaceMatch(httpStatus, body);
		expect(reading.kind).toBe('unreadable');
		expect(reading.kind === 'unreadable' && reading.reason).toEqual(typeof reason === 'string' ? reason : expect.stringMatching(reason));
	});
});

describe('parsePassiveLiveness', () => {
	it("reads the docs' HIGH sample and every grade the sandbox gives", () => {
		expect(parsePassiveLiveness(200, DOCS_HIGH_SPOOF)).toEqual({ kind: 'answer', value: { status: 'HIGH', percentage: 0.99768, score: 99.77 } });
		const statuses = Object.values(FACE_SCENES).map((scene) => {
			const { httpStatus, body } = passiveLivenessAnswer(scene);
			const reading = parsePassiveLiveness(httpStatus, body);
			return reading.kind === 'answer' ? reading.value.status : reading.reason;
		});
		expect(new Set(statuses)).toEqual(new Set(['LOW', 'MODERATE', 'HIGH', 'face not detected', 'too many faces detected']));
	});

	it('reads a finished session\'s `spoof_status` spelling, and refuses an unknown grade', () => {
		expect(parsePassiveLiveness(200, { status: 'success', result: { spoof_percentage: 0.5678, spoof_status: 'MODERATE' } })).toMatchObject({ value: { status: 'MODERATE', score: 56.78 } });
		expect(parsePassiveLiveness(200, { result: { status: 'MEDIUM' } })).toEqual({ kind: 'unreadable', reason: 'GLAIR answered with an unknown liveness status "MEDIUM".' });
	});
});

describe('parseActiveLiveness', () => {
	it('reads MATCH, NOT_MATCH and every "not detected" the record lists', () => {
		expect(parseActiveLiveness(200, activeLivenessAnswer(FACE_SCENES['faces/selfie-two-fingers.jpg'], 'HAND_11111').body)).toEqual({ kind: 'answer', value: { status: 'NOT_MATCH', detected: 'HAND_01100' } });
		for (const status of ['MATCH', 'face not detected', 'hand not detected', 'too many faces detected', 'too many hand detected']) {
			expect(parseActiveLiveness(200, { status: 'failed', result: { gesture_status: status.toUpperCase(), detected_gesture: null } })).toEqual({ kind: 'answer', value: { status, detected: '' } });
		}
	});

	it('a 400 for a bad gesture code is not an answer', () => {
		const { httpStatus, body } = activeLivenessAnswer(FACE_SCENES['faces/selfie.jpg'], 'HAND_2');
		expect(parseActiveLiveness(httpStatus, body)).toEqual({ kind: 'unreadable', reason: 'GLAIR answered HTTP 400: "Invalid gesture-code".' });
	});
});

describe('numbers and yes/no as GLAIR sends them', () => {
	it.each([
		[0.95768, 95.77],
		[1, 100],
		[0, 0],
		[82.04, 82.04],
		[140, 100],
		[-1, null],
		[null, null],
	])('scoreOutOf100(%s) = %s', (value, score) => expect(scoreOutOf100(value)).toBe(score));

	it('reads numbers from numbers and numeric text only', () => {
		expect([1.5, '2.5', ' ', 'x', NaN, null, true].map(asNumberOrNull)).toEqual([1.5, 2.5, null, null, null, null, null]);
	});

	it('reads yes/no from booleans and the text "true" / "false" only', () => {
		expect([true, false, 'TRUE', ' false ', 'yes', 1, null].map(asBooleanOrNull)).toEqual([true, false, true, false, null, null, null]);
	});
});
