import { boundedText } from '../../transport/boundedText';

/** An answer that is not JSON (a gateway's page) is kept for a person to recognise, this much of it. */
export const MAX_UNREADABLE_BODY_CHARS = 2_000;

/**
 * The first step of reading any GLAIR answer: its body as JSON, or the reason, in plain words, why
 * it is not (an HTML page from a gateway, an empty body, text). Never throws.
 */

export type JsonAnswer = { kind: 'json'; body: unknown } | { kind: 'unreadable'; reason: string; body: unknown };

function looksLikeHtml(contentType: string, bodyText: string): boolean {
	return contentType.includes('html') || /^\s*<(!doctype|html)/i.test(bodyText);
}

/** What a user can do about an HTTP status, as a sentence to append (with a leading space), or ''. */
export function hint(httpStatus: number): string {
	if (httpStatus === 404 || httpStatus === 405) return ' Check the Base URL in the GLAIR Vision credential.';
	if (httpStatus >= 500) return " This is on GLAIR's side; try again later or quote the request id to GLAIR support.";
	return '';
}

export function parseJsonAnswer(httpStatus: number, contentType: string, bodyText: string): JsonAnswer {
	try {
		return { kind: 'json', body: JSON.parse(bodyText) as unknown };
	} catch {
		const what = looksLikeHtml(contentType, bodyText)
			? 'an HTML page instead of JSON (usually a proxy or gateway error)'
			: bodyText.trim() === ''
				? 'an empty body'
				: 'a body that is not JSON';
		const kept = boundedText(bodyText, MAX_UNREADABLE_BODY_CHARS);
		return { kind: 'unreadable', reason: `GLAIR answered HTTP ${httpStatus} with ${what}.${hint(httpStatus)}`, body: kept };
	}
}
