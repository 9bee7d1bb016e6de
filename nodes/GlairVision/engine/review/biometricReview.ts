import type { ActiveLiveness, FaceMatch, PassiveLiveness } from '../response/faceAnswers';
import type { IdentityVerification } from '../response/identityAnswer';

/**
 * Whether a person should look at a face or identity result, and why, in plain words. An empty
 * list is a clear pass. The node never calls anyone a fraud: a mismatch, a likely spoof, a picture
 * without one face or a registry that does not confirm each go to a person who decides.
 */

const score = (value: number | null) => (value === null ? 'no score' : `score ${value} of 100`);

const FACE_COUNT_WORDS = {
	none: 'no face was found in',
	many: 'several faces were found in',
} as const;

export function faceMatchReview(match: FaceMatch): string[] {
	switch (match.code) {
		case 'MATCH':
			return [];
		case 'NOT_MATCH':
			return [`the faces do not match (${score(match.score)}): a person should compare the two pictures`];
		case 'NO_FACE_STORED_IMG':
			return [`${FACE_COUNT_WORDS.none} the stored image`];
		case 'NO_FACE_CAPTURED_IMG':
			return [`${FACE_COUNT_WORDS.none} the captured image`];
		case 'MANY_FACES_STORED_IMG':
			return [`${FACE_COUNT_WORDS.many} the stored image`];
		case 'MANY_FACES_CAPTURED_IMG':
			return [`${FACE_COUNT_WORDS.many} the captured image`];
	}
}

export interface LivenessJudgement {
	/** LOW spoof likelihood, or, with a maximum spoof score set, a score at or below it. */
	isLive: boolean;
	reviewReasons: string[];
}

/** `maxSpoofScore` (0-100), when set, replaces GLAIR's grade: the score alone decides. */
export function passiveLivenessReview(liveness: PassiveLiveness, maxSpoofScore?: number): LivenessJudgement {
	if (liveness.status === 'face not detected') return { isLive: false, reviewReasons: [`${FACE_COUNT_WORDS.none} the picture`] };
	if (liveness.status === 'too many faces detected') return { isLive: false, reviewReasons: [`${FACE_COUNT_WORDS.many} the picture`] };
	if (maxSpoofScore !== undefined) {
		const isLive = liveness.score !== null && liveness.score <= maxSpoofScore;
		const reviewReasons = isLive ? [] : [`the picture may not be of a live person: spoof ${score(liveness.score)}, above the maximum of ${maxSpoofScore} set in Options`];
		return { isLive, reviewReasons };
	}
	if (liveness.status === 'LOW') return { isLive: true, reviewReasons: [] };
	const likelihood = liveness.status === 'HIGH' ? 'highly likely' : 'moderately likely';
	return {
		isLive: false,
		reviewReasons: [`GLAIR rates a spoof ${likelihood} (${liveness.status}, ${score(liveness.score)}), e.g. a photo of a screen or of a print: a person should look at the picture`],
	};
}

/** `askedGesture` is '' when GLAIR's own page chose the gesture (an active liveness session). */
export function activeLivenessReview(liveness: ActiveLiveness, askedGesture: string): string[] {
	switch (liveness.status) {
		case 'MATCH':
			return [];
		case 'NOT_MATCH':
			return [`the gesture shown${liveness.detected ? ` (${liveness.detected})` : ''} is not the one ${askedGesture ? `asked for (${askedGesture})` : 'GLAIR asked for'}`];
		case 'face not detected':
			return [`${FACE_COUNT_WORDS.none} the picture`];
		case 'too many faces detected':
			return [`${FACE_COUNT_WORDS.many} the picture`];
		case 'hand not detected':
			return [`no hand was found in the picture${askedGesture ? `, and ${askedGesture} is a hand gesture` : ''}`];
		case 'too many hand detected':
			return ['several hands were found in the picture'];
	}
}

export function identityReview(verification: IdentityVerification): string[] {
	const unconfirmed = Object.entries(verification.fields)
		.filter(([, confirmed]) => confirmed === false)
		.map(([field]) => field);
	const reasons: string[] = [];
	if (unconfirmed.length > 0) reasons.push(`Dukcapil does not confirm ${unconfirmed.join(', ')}`);
	if (verification.faceScore !== undefined && !verification.verified && unconfirmed.length === 0) {
		reasons.push(verification.faceScore === null ? 'Dukcapil gave no face score: the face could not be compared' : `Dukcapil does not confirm the face (${score(verification.faceScore)})`);
	}
	if (!verification.verified && reasons.length === 0) {
		reasons.push(`Dukcapil does not confirm the identity${verification.reason ? ` ("${verification.reason}")` : ''}`);
	}
	return reasons;
}
