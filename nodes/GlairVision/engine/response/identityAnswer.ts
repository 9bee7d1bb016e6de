import { answerObject, asBooleanOrNull, asNumberOrNull, glairReason, scoreOutOf100, unreadable, type Reading } from './biometricAnswer';
import { isObject } from './readings';

/**
 * GLAIR's identity answers (../shared/GLAIR-API.md, "Identity"): the verdict and, per field sent,
 * whether the population registry (Dukcapil) confirms it. The record spells them two ways: the
 * docs `verification_status` (a boolean) with `data` (their face-verification sample says
 * `result`), the Go SDK `verification_result` (typed as text) with `result`. Both are read.
 */

/** The parts GLAIR judges, in the record's order: each is sent as a text part of that name. */
export const IDENTITY_FIELDS = [
	'nik',
	'name',
	'date_of_birth',
	'no_kk',
	'mother_maiden_name',
	'place_of_birth',
	'address',
	'gender',
	'marital_status',
	'job_type',
	'province',
	'city',
	'district',
	'subdistrict',
	'rt',
	'rw',
] as const;
export type IdentityField = (typeof IDENTITY_FIELDS)[number];

export interface IdentityVerification {
	verified: boolean;
	/** GLAIR's own words, e.g. "Verification Success". */
	reason: string;
	/** Per field: confirmed, not confirmed, or null when not checked (not sent, or not judged). */
	fields: Record<IdentityField, boolean | null>;
	/** Face verification only: `face_image_percentage` (1-100 in the docs) and the same on 0-100. */
	facePercentage?: number | null;
	faceScore?: number | null;
}

export function parseIdentity(httpStatus: number, body: unknown, withFace: boolean): Reading<IdentityVerification> {
	const answer = answerObject(httpStatus, body, 'a verification result');
	if (answer.kind !== 'answer') return answer;
	const { value } = answer;
	const verified = asBooleanOrNull(value.verification_status ?? value.verification_result);
	if (verified === null) {
		const said = glairReason(value);
		return unreadable(`GLAIR answered without a verification status${said ? ` ("${said}")` : ''}.`);
	}
	const judged = isObject(value.data) ? value.data : isObject(value.result) ? value.result : {};
	const fields = Object.fromEntries(IDENTITY_FIELDS.map((field) => [field, asBooleanOrNull(judged[field])])) as Record<IdentityField, boolean | null>;
	const reading: IdentityVerification = { verified, reason: glairReason(value), fields };
	if (withFace) {
		reading.facePercentage = asNumberOrNull(judged.face_image_percentage);
		reading.faceScore = scoreOutOf100(reading.facePercentage);
	}
	return { kind: 'answer', value: reading };
}
