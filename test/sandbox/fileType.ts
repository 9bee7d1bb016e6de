/**
 * What an upload really is, judged by its first bytes: GLAIR accepts PNG, JPEG, TIFF and PDF,
 * and a client may well send a GIF named "scan.png" with Content-Type image/png.
 */

export type DetectedFileType = 'png' | 'jpeg' | 'tiff' | 'pdf' | 'unknown';

/** The most leading bytes any signature below needs. */
export const SIGNATURE_LENGTH = 8;

const SIGNATURES: ReadonlyArray<readonly [DetectedFileType, readonly number[]]> = [
	['png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
	['jpeg', [0xff, 0xd8, 0xff]],
	['tiff', [0x49, 0x49, 0x2a, 0x00]], // "II*\0", little-endian
	['tiff', [0x4d, 0x4d, 0x00, 0x2a]], // "MM\0*", big-endian
	['pdf', [0x25, 0x50, 0x44, 0x46, 0x2d]], // "%PDF-"
];

export function detectFileType(leadingBytes: Uint8Array): DetectedFileType {
	for (const [type, signature] of SIGNATURES) {
		if (signature.every((byte, index) => leadingBytes[index] === byte)) return type;
	}
	return 'unknown';
}
