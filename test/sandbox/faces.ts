import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ktpAnswer from './fixtures/ktp-sample-response.json';
import type { ImagePart } from './multipart';

/**
 * What the sandbox "sees" in a picture sent to the face endpoints, and GLAIR's answers built from
 * it (../shared/GLAIR-API.md, "Face biometrics"). INVENTED: the record gives the answers' shape,
 * the codes and one sample percentage each, not how a given picture is judged. The sandbox knows
 * the pictures in samples/faces/ (and the sample KTP and its face photo) by their bytes; any other
 * picture shows no face.
 */

export type Person = 'applicant' | 'other';
export type SpoofLevel = 'LOW' | 'MODERATE' | 'HIGH';

export interface FaceScene {
	faces: 0 | 1 | 2;
	/** Whose face, when there is exactly one. */
	person?: Person;
	/** Passive liveness: GLAIR's spoof likelihood and its fraction. */
	spoof?: { status: SpoofLevel; percentage: number };
	/** Face match against the applicant's KTP photo, as a fraction (when it is the applicant). */
	likeness?: number;
	/** Active liveness: the hand gesture shown, if any, and the head's pose. */
	hand?: string;
	head?: string;
}

const applicant = (spoof: FaceScene['spoof'], likeness: number, hand?: string): FaceScene => ({ faces: 1, person: 'applicant', spoof, likeness, head: 'HEAD_11', ...(hand ? { hand } : {}) });

/** The spoof fractions are the docs' own samples (0.02611 LOW, 0.5678 MODERATE, 0.99768 HIGH). */
export const FACE_SCENES: Readonly<Record<string, FaceScene>> = {
	'faces/selfie.jpg': applicant({ status: 'LOW', percentage: 0.02611 }, 0.95768),
	'faces/selfie-two-fingers.jpg': applicant({ status: 'LOW', percentage: 0.04127 }, 0.94421, 'HAND_01100'),
	// A photo of a phone showing the applicant: the same face, but not a live one.
	'faces/selfie-screen.jpg': applicant({ status: 'HIGH', percentage: 0.99768 }, 0.91342),
	'faces/selfie-printed.jpg': applicant({ status: 'MODERATE', percentage: 0.5678 }, 0.93015),
	'faces/selfie-other-person.jpg': { faces: 1, person: 'other', spoof: { status: 'LOW', percentage: 0.03154 }, head: 'HEAD_11' },
	'faces/no-face.jpg': { faces: 0 },
	'faces/two-faces.jpg': { faces: 2 },
	// The card and the photo cut from it: the applicant, printed, so not a live face.
	'faces/ktp-foto.png': applicant({ status: 'HIGH', percentage: 0.98815 }, 1),
	'ktp-sample.png': applicant({ status: 'HIGH', percentage: 0.99102 }, 0.97),
};

const NO_FACE: FaceScene = { faces: 0 };

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** sha256 -> scene, for the samples present in `directory`, and the KTP answer's own `foto`. */
export function loadFaceScenes(directory: string): Map<string, FaceScene> {
	const scenes = new Map<string, FaceScene>();
	for (const [fileName, scene] of Object.entries(FACE_SCENES)) {
		const path = join(directory, fileName);
		if (existsSync(path)) scenes.set(sha256(readFileSync(path)), scene);
	}
	// What Read KTP hands on as `foto` is the answer's base64, decoded: the same picture.
	scenes.set(sha256(Buffer.from(ktpAnswer.read.foto.value, 'base64')), FACE_SCENES['faces/ktp-foto.png']);
	return scenes;
}

export function sceneOf(scenes: Map<string, FaceScene>, image: ImagePart): FaceScene {
	return scenes.get(image.sha256) ?? NO_FACE;
}

/** An answer: the HTTP status and the JSON body. */
export interface FaceAnswer {
	httpStatus: number;
	body: Record<string, unknown>;
}

// INVENTED: the record shows no error body for these endpoints; these follow the `status` + `reason` of the OCR envelope.
export const missingFile = (parts: string): FaceAnswer => ({ httpStatus: 400, body: { status: 'failed', reason: `No file in request body: ${parts} required` } });
export const invalidFormat = (): FaceAnswer => ({
	httpStatus: 415,
	body: { status: 'failed', reason: 'Failed to process invalid file format. Please upload the correct file format' },
});

/** The docs list .png, .jpg and .jpeg for every face endpoint. */
export function isFaceImage(image: ImagePart | undefined): boolean {
	return image?.detectedType === 'png' || image?.detectedType === 'jpeg';
}

// INVENTED: the record's only wording is "match" for MATCH; the others are ours.
const MATCH_WORDS: Record<string, string> = {
	MATCH: 'match',
	NOT_MATCH: 'not match',
	NO_FACE_STORED_IMG: 'no face detected in stored image',
	NO_FACE_CAPTURED_IMG: 'no face detected in captured image',
	MANY_FACES_STORED_IMG: 'many faces detected in stored image',
	MANY_FACES_CAPTURED_IMG: 'many faces detected in captured image',
};

/** A different person's face still resembles a little (INVENTED). */
const STRANGER_LIKENESS = 0.12873;

/**
 * POST /face/v1/match. Faces are counted in the stored image first. INVENTED: `status` is
 * "failed" when there was no single face to compare, with `match_percentage` 0.
 */
export function matchAnswer(stored: FaceScene, captured: FaceScene): FaceAnswer {
	const code =
		stored.faces === 0 ? 'NO_FACE_STORED_IMG'
		: stored.faces > 1 ? 'MANY_FACES_STORED_IMG'
		: captured.faces === 0 ? 'NO_FACE_CAPTURED_IMG'
		: captured.faces > 1 ? 'MANY_FACES_CAPTURED_IMG'
		: stored.person === captured.person ? 'MATCH'
		: 'NOT_MATCH';
	const compared = code === 'MATCH' || code === 'NOT_MATCH';
	// Two pictures of the applicant match as well as the less clear of the two.
	const percentage = code === 'MATCH' ? Math.min(stored.likeness ?? 1, captured.likeness ?? 1) : code === 'NOT_MATCH' ? STRANGER_LIKENESS : 0;
	return {
		httpStatus: 200,
		body: { status: compared ? 'success' : 'failed', result: { match_percentage: percentage, match_status: MATCH_WORDS[code], match_status_code: code } },
	};
}

/** POST /face/v1/passive-liveness. INVENTED: "failed" with spoof_percentage 0 when there is no single face. */
export function passiveLivenessAnswer(scene: FaceScene): FaceAnswer {
	if (scene.faces !== 1 || !scene.spoof) {
		const status = scene.faces === 0 ? 'face not detected' : 'too many faces detected';
		return { httpStatus: 200, body: { status: 'failed', result: { spoof_percentage: 0, status } } };
	}
	return { httpStatus: 200, body: { status: 'success', result: { spoof_percentage: scene.spoof.percentage, status: scene.spoof.status } } };
}

export const GESTURE_CODES = [
	'HAND_00000', 'HAND_01000', 'HAND_01100', 'HAND_01110', 'HAND_01111', 'HAND_10000', 'HAND_11000', 'HAND_11001', 'HAND_11111',
	'HEAD_00', 'HEAD_01', 'HEAD_10', 'HEAD_11', 'HEAD_LEFT', 'HEAD_RIGHT', 'HEAD_UP', 'HEAD_DOWN', 'HEAD_OPEN_MOUTH', 'HEAD_CLOSE_MOUTH',
] as const;

/**
 * POST /face/v1/active-liveness with `gesture-code`. A hand code is judged on the hand shown, a head
 * code on the head's pose. INVENTED: a code outside the record's list is a 400, and `status` is
 * "failed" whenever the gesture could not be judged.
 */
export function activeLivenessAnswer(scene: FaceScene, gestureCode: string | undefined): FaceAnswer {
	if (!gestureCode || !(GESTURE_CODES as readonly string[]).includes(gestureCode)) {
		return { httpStatus: 400, body: { status: 'failed', reason: 'Invalid gesture-code' } };
	}
	const hand = gestureCode.startsWith('HAND_');
	const shown = hand ? scene.hand : scene.head;
	const gestureStatus =
		scene.faces === 0 ? 'face not detected'
		: scene.faces > 1 ? 'too many faces detected'
		: shown === undefined ? 'hand not detected'
		: shown === gestureCode ? 'MATCH'
		: 'NOT_MATCH';
	const judged = gestureStatus === 'MATCH' || gestureStatus === 'NOT_MATCH';
	return { httpStatus: 200, body: { status: judged ? 'success' : 'failed', result: { gesture_status: gestureStatus, detected_gesture: judged ? shown : '' } } };
}
