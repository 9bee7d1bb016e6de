import { boundedText } from '../boundedText';

/**
 * How a download's address is shown. Tokens travel in every part of a URL: a signed link's query
 * string (X-Amz-Signature=...), user:password@, and the path itself (a Telegram bot's file URL is
 * https://api.telegram.org/file/bot<id>:<token>/documents/file_7.pdf). So messages name a download
 * by its scheme, host and file name only, and logs by its scheme and host only (a file name may
 * carry a person's name or NIK).
 */

const MAX_SHOWN_SEGMENT_LENGTH = 100;

function shortened(segment: string): string {
	return boundedText(segment, MAX_SHOWN_SEGMENT_LENGTH);
}

/** "a/b/c/d" -> "a/…/d": the first and last segments of a path, never the ones between. */
function firstAndLast(path: string): string {
	const segments = path.split('/');
	if (segments.length <= 2) return segments.map(shortened).join('/');
	return `${shortened(segments[0])}/…/${shortened(segments[segments.length - 1])}`;
}

/**
 * "https://api.telegram.org/…/file_7.pdf": scheme, host (and port) and the last segment of the
 * path; a file at the root ("https://host/download") is shown as it is. Never a user:password@,
 * a directory, a query string or a fragment.
 */
export function redactUrl(url: string): string {
	let parsed: URL;
	try {
		parsed = new URL(url.trim());
	} catch {
		// Not a URL: what comes before any '?' or '#', without user:password@, first and last segment.
		return firstAndLast(url.trim().split(/[?#]/, 1)[0].replace(/^[^/]*@/, ''));
	}
	if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return `${parsed.protocol}…`;
	// pathname always starts with "/": "" before it is the origin's place.
	return `${parsed.protocol}//${parsed.host}${firstAndLast(parsed.pathname)}`;
}

/** "https://api.telegram.org": what a log line names a download by. */
export function hostOf(url: string): string {
	try {
		const parsed = new URL(url.trim());
		return `${parsed.protocol}//${parsed.host}`;
	} catch {
		return 'an address that is not a URL';
	}
}
