import { EMPTY_FACE_MATCH, EMPTY_PASSIVE_LIVENESS, emptyIdentity, faceMatchColumns, identityColumns, passiveLivenessColumns } from '../output/biometricColumns';
import { parseFaceMatch, parsePassiveLiveness, type FaceMatch, type PassiveLiveness } from '../response/faceAnswers';
import { parseIdentity, type IdentityVerification } from '../response/identityAnswer';
import { faceMatchReview, identityReview, passiveLivenessReview } from '../review/biometricReview';
import type { GlairProduct } from './callGlair';
import type { Interpretation } from './callResult';

/**
 * GLAIR's face and identity calls as the engine makes them, whichever operation asks: a face
 * operation for one item, or a file of documents (an applicant's selfie against their KTP's photo).
 * Each is its endpoint, what a refused credential names, and how its answer is read and judged.
 */

export interface BiometricCall<T> {
	path: string;
	product: GlairProduct;
	interpretation: Interpretation<T>;
}

const FACE_PRODUCT = 'Face Biometrics';
const IDENTITY_PRODUCT = 'Identity (Dukcapil)';

const face = (name: string): GlairProduct => ({ endpoint: name, action: name, product: FACE_PRODUCT });

export const FACE_MATCH: BiometricCall<FaceMatch> = {
	path: '/face/v1/match',
	product: face('Match Faces'),
	interpretation: {
		empty: EMPTY_FACE_MATCH,
		parse: parseFaceMatch,
		judge: (match) => ({ reason: match.status || match.code, reviewReasons: faceMatchReview(match), columns: faceMatchColumns(match) }),
	},
};

/** How a liveness answer is read and judged: with Passive Liveness, and a finished passive session. */
export function passiveLivenessInterpretation(maxSpoofScore: number | undefined): Interpretation<PassiveLiveness> {
	return {
		empty: EMPTY_PASSIVE_LIVENESS,
		parse: parsePassiveLiveness,
		judge: (liveness) => {
			const { isLive, reviewReasons } = passiveLivenessReview(liveness, maxSpoofScore);
			return { reason: liveness.status, reviewReasons, columns: passiveLivenessColumns(liveness, isLive) };
		},
	};
}

export function passiveLiveness(maxSpoofScore: number | undefined): BiometricCall<PassiveLiveness> {
	return { path: '/face/v1/passive-liveness', product: face('Passive Liveness'), interpretation: passiveLivenessInterpretation(maxSpoofScore) };
}

/** Verify Identity, or with the person's face (Verify Identity With Face). */
export function identityVerification(withFace: boolean): BiometricCall<IdentityVerification> {
	const name = withFace ? 'Verify Identity With Face' : 'Verify Identity';
	return {
		path: withFace ? '/identity/v1/face-verification' : '/identity/v1/verification',
		product: { endpoint: name, action: name, product: IDENTITY_PRODUCT },
		interpretation: {
			empty: emptyIdentity(withFace),
			parse: (httpStatus, body) => parseIdentity(httpStatus, body, withFace),
			judge: (verification) => ({ reason: verification.reason, reviewReasons: identityReview(verification), columns: identityColumns(verification) }),
		},
	};
}
