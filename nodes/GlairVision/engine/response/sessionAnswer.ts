import { answerObject, asNumberOrNull, unreadable, type Reading } from './biometricAnswer';
import { asText } from './readings';

/**
 * A hosted capture session as GLAIR answers it (../shared/GLAIR-API.md, "Hosted sessions"):
 * `status` PENDING or FINISHED, `expired` (epoch ms), `url` (for the person), `success_url`,
 * `cancel_url`, `result` (null until finished). The create answer in the docs' sample carries
 * no `expired`; sessions expire 24 hours after they are made. The two URLs are not kept: they are
 * the caller's own (an n8n resume URL), and may carry a signature.
 */

export const SESSION_LIFETIME_MS = 24 * 60 * 60 * 1000;

export interface CaptureSession {
	status: string;
	/** The last segment of `url`: the id GLAIR appends to the success URL as `sid` (their sample URLs end in it). */
	sessionId: string;
	url: string;
	/** ISO 8601; from `expired`, else 24 hours after `createdAt` when given; '' when unknown. */
	expiresAt: string;
	/** What the person's capture produced, as the product's own endpoint answers it; null while PENDING. */
	result: unknown;
}

function sessionIdOf(url: string): string {
	try {
		return decodeURIComponent(new URL(url).pathname.split('/').filter(Boolean).pop() ?? '');
	} catch {
		return '';
	}
}

/** `createdAt` (epoch ms) stands in for a missing `expired` on a session just made. */
export function parseSession(httpStatus: number, body: unknown, createdAt?: number): Reading<CaptureSession> {
	const answer = answerObject(httpStatus, body, 'a session');
	if (answer.kind !== 'answer') return answer;
	const { value } = answer;
	const status = asText(value.status).trim().toUpperCase();
	const url = asText(value.url).trim();
	if (!status) return unreadable('GLAIR answered without the session\'s status.');
	const expired = asNumberOrNull(value.expired) ?? (createdAt === undefined ? null : createdAt + SESSION_LIFETIME_MS);
	const expiry = expired === null ? NaN : new Date(expired).getTime();
	return {
		kind: 'answer',
		value: {
			status,
			sessionId: sessionIdOf(url),
			url,
			expiresAt: Number.isFinite(expiry) ? new Date(expiry).toISOString() : '',
			result: value.result ?? null,
		},
	};
}
