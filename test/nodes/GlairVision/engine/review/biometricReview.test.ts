import { activeLivenessReview, faceMatchReview, identityReview, passiveLivenessReview } from '../../../../../nodes/GlairVision/engine/review/biometricReview';
import { IDENTITY_FIELDS, type IdentityVerification } from '../../../../../nodes/GlairVision/engine/response/identityAnswer';
import { MATCH_STATUS_CODES } from '../../../../../nodes/GlairVision/engine/response/faceAnswers';

describe('faceMatchReview', () => {
	it('passes MATCH only; every other code names what a person should look at', () => {
		const reasons = Object.fromEntries(MATCH_STATUS_CODES.map((code) => [code, faceMatchReview({ code, status: '', percentage: 0.12873, score: 12.87 })]));
		expect(reasons).toEqual({
			MATCH: [],
			NOT_MATCH: ['the faces do not match (score 12.87 of 100): a person should compare the two pictures'],
			NO_FACE_STORED_IMG: ['no face was found in the stored image'],
			NO_FACE_CAPTURED_IMG: ['no face was found in the captured image'],
			MANY_FACES_STORED_IMG: ['several faces were found in the stored image'],
			MANY_FACES_CAPTURED_IMG: ['several faces were found in the captured image'],
		});
	});
});

describe('passiveLivenessReview', () => {
	const at = (status: 'LOW' | 'MODERATE' | 'HIGH', score: number) => ({ status, percentage: score / 100, score });

	it('is live on LOW only; MODERATE and HIGH go to a person, naming the grade and score', () => {
		expect(passiveLivenessReview(at('LOW', 2.61))).toEqual({ isLive: true, reviewReasons: [] });
		expect(passiveLivenessReview(at('MODERATE', 56.78))).toEqual({ isLive: false, reviewReasons: [expect.stringContaining('moderately likely (MODERATE, score 56.78 of 100)')] });
		expect(passiveLivenessReview(at('HIGH', 99.77))).toEqual({ isLive: false, reviewReasons: [expect.stringContaining('highly likely (HIGH, score 99.77 of 100)')] });
	});

	it('with a maximum spoof score, the score alone decides', () => {
		expect(passiveLivenessReview(at('MODERATE', 56.78), 60)).toEqual({ isLive: true, reviewReasons: [] });
		expect(passiveLivenessReview(at('LOW', 4.13), 3).isLive).toBe(false);
		expect(passiveLivenessReview({ status: 'LOW', percentage: null, score: null }, 3).reviewReasons).toEqual(['the picture may not be of a live person: spoof no score, above the maximum of 3 set in Options']);
	});

	it('no face, or several, is never live', () => {
		expect(passiveLivenessReview({ status: 'face not detected', percentage: 0, score: 0 }, 50)).toEqual({ isLive: false, reviewReasons: ['no face was found in the picture'] });
		expect(passiveLivenessReview({ status: 'too many faces detected', percentage: 0, score: 0 }).reviewReasons).toEqual(['several faces were found in the picture']);
	});
});

describe('activeLivenessReview', () => {
	it('passes MATCH; names the gesture seen and the one asked for otherwise', () => {
		expect(activeLivenessReview({ status: 'MATCH', detected: 'HAND_01100' }, 'HAND_01100')).toEqual([]);
		expect(activeLivenessReview({ status: 'NOT_MATCH', detected: 'HAND_11111' }, 'HAND_01100')).toEqual(['the gesture shown (HAND_11111) is not the one asked for (HAND_01100)']);
		expect(activeLivenessReview({ status: 'hand not detected', detected: '' }, 'HAND_01100')).toEqual(['no hand was found in the picture, and HAND_01100 is a hand gesture']);
		expect(activeLivenessReview({ status: 'too many hand detected', detected: '' }, 'HAND_01100')).toEqual(['several hands were found in the picture']);
	});

	it("in a session GLAIR's page chose the gesture: the words do without it", () => {
		expect(activeLivenessReview({ status: 'NOT_MATCH', detected: 'HEAD_LEFT' }, '')).toEqual(['the gesture shown (HEAD_LEFT) is not the one GLAIR asked for']);
		expect(activeLivenessReview({ status: 'hand not detected', detected: '' }, '')).toEqual(['no hand was found in the picture']);
	});
});

describe('identityReview', () => {
	const verification = (changes: Partial<IdentityVerification>): IdentityVerification => ({
		verified: true,
		reason: 'Verification Success',
		fields: { ...(Object.fromEntries(IDENTITY_FIELDS.map((field) => [field, null])) as IdentityVerification['fields']), nik: true, name: true, date_of_birth: true },
		...changes,
	});

	it('passes when verified and nothing is unconfirmed', () => {
		expect(identityReview(verification({}))).toEqual([]);
	});

	it('names every field Dukcapil does not confirm', () => {
		const fields = { ...verification({}).fields, name: false, rt: false };
		expect(identityReview(verification({ verified: false, reason: 'Data not match', fields }))).toEqual(['Dukcapil does not confirm name, rt']);
	});

	it('says why when no field is to blame: the face, or GLAIR\'s own reason', () => {
		expect(identityReview(verification({ verified: false, facePercentage: 18.37, faceScore: 18.37 }))).toEqual(['Dukcapil does not confirm the face (score 18.37 of 100)']);
		expect(identityReview(verification({ verified: false, faceScore: null }))).toEqual(['Dukcapil gave no face score: the face could not be compared']);
		expect(identityReview(verification({ verified: false, reason: 'Quota exceeded' }))).toEqual(['Dukcapil does not confirm the identity ("Quota exceeded")']);
	});
});
