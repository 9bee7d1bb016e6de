import type { IDataObject } from 'n8n-workflow';

import type { ActiveLiveness, FaceMatch, PassiveLiveness } from '../response/faceAnswers';
import { IDENTITY_FIELDS, type IdentityVerification } from '../response/identityAnswer';
import type { CaptureSession } from '../response/sessionAnswer';

/**
 * The columns of each face, identity and session result, in the order a sheet shows them. Each
 * `EMPTY_*` is the same columns for a result that was not had: a sheet keeps one header.
 */

export const EMPTY_FACE_MATCH: IDataObject = { match_status_code: '', match_status: '', match_percentage: null, match_score: null };

export function faceMatchColumns(match: FaceMatch): IDataObject {
	return { match_status_code: match.code, match_status: match.status, match_percentage: match.percentage, match_score: match.score };
}

export const EMPTY_PASSIVE_LIVENESS: IDataObject = { liveness_status: '', spoof_percentage: null, spoof_score: null, is_live: null };

export function passiveLivenessColumns(liveness: PassiveLiveness, isLive: boolean): IDataObject {
	return { liveness_status: liveness.status, spoof_percentage: liveness.percentage, spoof_score: liveness.score, is_live: isLive };
}

export const emptyActiveLiveness = (gestureCode: string): IDataObject => ({ gesture_code: gestureCode, gesture_status: '', detected_gesture: '' });

export function activeLivenessColumns(liveness: ActiveLiveness, gestureCode: string): IDataObject {
	return { gesture_code: gestureCode, gesture_status: liveness.status, detected_gesture: liveness.detected };
}

const FACE_SCORE_COLUMNS: IDataObject = { face_image_percentage: null, face_score: null };

export function emptyIdentity(withFace: boolean): IDataObject {
	return { verified: null, ...Object.fromEntries(IDENTITY_FIELDS.map((field) => [`match_${field}`, null])), ...(withFace ? FACE_SCORE_COLUMNS : {}) };
}

export function identityColumns(verification: IdentityVerification): IDataObject {
	const columns: IDataObject = { verified: verification.verified };
	for (const field of IDENTITY_FIELDS) columns[`match_${field}`] = verification.fields[field];
	if (verification.faceScore !== undefined) Object.assign(columns, { face_image_percentage: verification.facePercentage ?? null, face_score: verification.faceScore });
	return columns;
}

/** A session's columns; `withUrl` (Create Session) adds the link to send to the person. */
export function emptySession(sessionType: string, { withUrl = false, sessionId = '' } = {}): IDataObject {
	return { session_type: sessionType, session_id: sessionId, ...(withUrl ? { session_url: '' } : {}), session_status: '', expires_at: '' };
}

export function sessionColumns(sessionType: string, session: CaptureSession, { withUrl = false, sessionId = session.sessionId } = {}): IDataObject {
	return { session_type: sessionType, session_id: sessionId, ...(withUrl ? { session_url: session.url } : {}), session_status: session.status, expires_at: session.expiresAt };
}
