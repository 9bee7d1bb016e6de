/**
 * What a downloaded file is called: the name its server gives (Content-Disposition), else the
 * last segment of its URL's path. Never anything from a query string, never a directory.
 */

const MAX_FILE_NAME_LENGTH = 200;

export const DEFAULT_FILE_NAME = 'document';

/** A file name safe to store and show: no directories, no control characters, not too long. */
export function sanitizeFileName(name: string | undefined): string | undefined {
	if (name === undefined) return undefined;
	const cleaned = name.replace(/[\u0000-\u001f\u007f]/g, '').split(/[/\\]/).pop()!.replace(/[<>:"|?*]/g, '_').trim();
	if (cleaned === '' || cleaned === '.' || cleaned === '..') return undefined;
	return cleaned.length > MAX_FILE_NAME_LENGTH ? cleaned.slice(cleaned.length - MAX_FILE_NAME_LENGTH) : cleaned;
}

function decodeOrKeep(text: string): string {
	try {
		return decodeURIComponent(text);
	} catch {
		return text;
	}
}

/** `filename*=UTF-8''...` (RFC 6266 / 5987) wins over `filename="..."`. */
export function fileNameFromContentDisposition(header: string | undefined): string | undefined {
	if (!header) return undefined;
	const extended = /filename\*\s*=\s*([^;]+)/i.exec(header);
	if (extended) {
		const value = extended[1].trim().replace(/^"(.*)"$/, '$1');
		const match = /^([\w-]*)'[^']*'(.*)$/.exec(value);
		const name = sanitizeFileName(decodeOrKeep(match ? match[2] : value));
		if (name) return name;
	}
	const plain = /(?:^|;)\s*filename\s*=\s*("((?:\\.|[^"\\])*)"|[^;]*)/i.exec(header);
	if (plain) {
		const value = plain[2] !== undefined ? plain[2].replace(/\\(.)/g, '$1') : plain[1].trim();
		return sanitizeFileName(value);
	}
	return undefined;
}

/** The last segment of the URL's path, decoded; never anything of its query string. */
export function fileNameFromUrl(url: string | undefined): string | undefined {
	if (!url) return undefined;
	try {
		const segments = new URL(url).pathname.split('/').filter((segment) => segment !== '');
		return sanitizeFileName(decodeOrKeep(segments.at(-1) ?? ''));
	} catch {
		return undefined;
	}
}

/** The media type of a Content-Type, or undefined when it says nothing (then n8n guesses from the name). */
export function mimeTypeFrom(contentType: string | undefined): string | undefined {
	const media = contentType?.split(';')[0].trim().toLowerCase();
	if (!media || media === 'application/octet-stream' || !/^[\w.+-]+\/[\w.+-]+$/.test(media)) return undefined;
	return media;
}
