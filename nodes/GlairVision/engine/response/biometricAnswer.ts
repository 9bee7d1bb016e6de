import { hint } from './jsonAnswer';
import { asText, isObject } from './readings';

/**
 * What the face, identity and session answers share: they are not the OCR envelope. A usable
 * answer is a 2xx with a JSON object; anything else is turned into a reason in plain words, with
 * GLAIR's own `reason` (or a gateway's `error` / `message`) when it gave one.
 */

export type Reading<T> = { kind: 'answer'; value: T } | { kind: 'unreadable'; reason: string };

export const unreadable = (reason: string): { kind: 'unreadable'; reason: string } => ({ kind: 'unreadable', reason });

/** GLAIR's words for a refusal or a failure, from whichever key it used. */
export function glairReason(body: unknown): string {
	if (!isObject(body)) return '';
	return (asText(body.reason) || asText(body.message) || asText(body.error)).trim();
}

/**
 * The answer's object when it is one GLAIR means as an answer (HTTP 2xx), else why not. `what`
 * names the missing part in the reason, e.g. "a face match result".
 */
export function answerObject(httpStatus: number, body: unknown, what: string): Reading<Record<string, unknown>> {
	const said = glairReason(body);
	if (httpStatus < 200 || httpStatus >= 300) {
		return unreadable(`GLAIR answered HTTP ${httpStatus}${said ? `: "${said}"` : ''}.${hint(httpStatus)}`);
	}
	if (!isObject(body)) return unreadable(`GLAIR answered HTTP ${httpStatus} without ${what}.`);
	return { kind: 'answer', value: body };
}

/** A number GLAIR sent (a number or a numeric string), or null. */
export function asNumberOrNull(value: unknown): number | null {
	const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
	return typeof number === 'number' && Number.isFinite(number) ? number : null;
}

/**
 * A percentage on a 0-100 scale. GLAIR's `match_percentage` and `spoof_percentage` are fractions
 * in every sample on record (0.95768) despite their names, and `face_image_percentage` is 1-100:
 * a value up to 1 is read as a fraction, anything above as a percentage already. Two decimals.
 */
export function scoreOutOf100(value: number | null): number | null {
	if (value === null || value < 0) return null;
	const percent = value <= 1 ? value * 100 : value;
	return Math.round(Math.min(percent, 100) * 100) / 100;
}

/** A yes/no GLAIR sent as a boolean or (the Go SDK types it so) as the text "true" / "false"; else null. */
export function asBooleanOrNull(value: unknown): boolean | null {
	if (typeof value === 'boolean') return value;
	if (typeof value === 'string' && /^(true|false)$/i.test(value.trim())) return value.trim().toLowerCase() === 'true';
	return null;
}

/** `value` when it is one of `known` (compared without case), in the known spelling; else undefined. */
export function oneOf<T extends string>(known: readonly T[], value: unknown): T | undefined {
	const text = asText(value).trim().toLowerCase();
	return known.find((candidate) => candidate.toLowerCase() === text);
}
