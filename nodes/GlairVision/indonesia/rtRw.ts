/**
 * A KTP prints the neighbourhood (Rukun Tetangga) and the hamlet (Rukun Warga) in one box, "RT/RW",
 * as two numbers: 001/002. Dukcapil takes them apart. Spaces, a backslash or a dash between them
 * are read too; anything else is not an RT/RW.
 */
export function splitRtRw(text: string): { rt: string; rw: string } | undefined {
	const match = /^\s*(?:RT\s*\/?\s*RW\s*:?)?\s*(\d{1,3})\s*[/\\\-]\s*(\d{1,3})\s*$/i.exec(text);
	return match ? { rt: match[1], rw: match[2] } : undefined;
}
