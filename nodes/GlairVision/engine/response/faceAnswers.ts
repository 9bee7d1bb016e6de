import { answerObject, asNumberOrNull, oneOf, scoreOutOf100, unreadable, type Reading } from './biometricAnswer';
import { asText, isObject } from './readings';

/**
 * GLAIR's face biometrics answers (../shared/GLAIR-API.md, "Face biometrics"):
 * `{ status: "success" | "failed", result: {...} }`. The codes in `result` are what matter; `status`
 * is read but not trusted alone (the docs wonder whether a HIGH spoof should say "failed").
 */

export const MATCH_STATUS_CODES = [
	'MATCH',
	'NOT_MATCH',
	'NO_FACE_STORED_IMG',
	'NO_FACE_CAPTURED_IMG',
	'MANY_FACES_STORED_IMG',
	'MANY_FACES_CAPTURED_IMG',
] as const;
export type MatchStatusCode = (typeof MATCH_STATUS_CODES)[number];

export interface FaceMatch {
	code: MatchStatusCode;
	/** GLAIR's words, e.g. "match". */
	status: string;
	/** `match_percentage` as sent: a fraction in the docs' sample, despite its name. */
	percentage: number | null;
	/** The same on a 0-100 scale. */
	score: number | null;
}

export const LIVENESS_STATUSES = ['LOW', 'MODERATE', 'HIGH', 'face not detected', 'too many faces detected'] as const;
export type LivenessStatus = (typeof LIVENESS_STATUSES)[number];

export interface PassiveLiveness {
	/** HIGH / MODERATE / LOW likelihood of a spoof, or why none was judged. */
	status: LivenessStatus;
	/** `spoof_percentage` as sent (a fraction in the docs). */
	percentage: number | null;
	score: number | null;
}

export const GESTURE_STATUSES = ['MATCH', 'NOT_MATCH', 'face not detected', 'hand not detected', 'too many faces detected', 'too many hand detected'] as const;
export type GestureStatus = (typeof GESTURE_STATUSES)[number];

export interface ActiveLiveness {
	status: GestureStatus;
	/** The gesture GLAIR saw, e.g. HAND_01100; '' when it saw none. */
	detected: string;
}

function resultOf(httpStatus: number, body: unknown, what: string): Reading<Record<string, unknown>> {
	const answer = answerObject(httpStatus, body, what);
	if (answer.kind !== 'answer') return answer;
	const { result, status } = answer.value;
	if (isObject(result)) return { kind: 'answer', value: result };
	return unreadable(`GLAIR answered ${asText(status) ? `"${asText(status)}"` : `HTTP ${httpStatus}`} without ${what}.`);
}

const unknownCode = (name: string, value: unknown) => unreadable(`GLAIR answered with an unknown ${name} "${asText(value).slice(0, 40)}".`);

export function parseFaceMatch(httpStatus: number, body: unknown): Reading<FaceMatch> {
	const result = resultOf(httpStatus, body, 'a face match result');
	if (result.kind !== 'answer') return result;
	const { match_status_code: rawCode, match_status: status, match_percentage: rawPercentage } = result.value;
	const code = oneOf(MATCH_STATUS_CODES, rawCode);
	if (!code) return unknownCode('match_status_code', rawCode);
	const percentage = asNumberOrNull(rawPercentage);
	return { kind: 'answer', value: { code, status: asText(status), percentage, score: scoreOutOf100(percentage) } };
}

export function parsePassiveLiveness(httpStatus: number, body: unknown): Reading<PassiveLiveness> {
	const result = resultOf(httpStatus, body, 'a liveness result');
	if (result.kind !== 'answer') return result;
	// A finished passive session spells the grade `spoof_status` (the Node SDK's example).
	const rawStatus = result.value.status ?? result.value.spoof_status;
	const status = oneOf(LIVENESS_STATUSES, rawStatus);
	if (!status) return unknownCode('liveness status', rawStatus);
	const percentage = asNumberOrNull(result.value.spoof_percentage);
	return { kind: 'answer', value: { status, percentage, score: scoreOutOf100(percentage) } };
}

export function parseActiveLiveness(httpStatus: number, body: unknown): Reading<ActiveLiveness> {
	const result = resultOf(httpStatus, body, 'a gesture result');
	if (result.kind !== 'answer') return result;
	const status = oneOf(GESTURE_STATUSES, result.value.gesture_status);
	if (!status) return unknownCode('gesture_status', result.value.gesture_status);
	return { kind: 'answer', value: { status, detected: asText(result.value.detected_gesture).trim() } };
}
