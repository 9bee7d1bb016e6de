import { damaged } from './photoFormatError';

/**
 * A JPEG's Huffman tables (DHT segments), built for walking its entropy-coded data fast: a lookup
 * of every 9-bit prefix for the short codes, canonical limits per length for the longer ones.
 */

/** A Huffman table as counting needs it: a 9-bit lookup, and canonical limits for longer codes. */
export interface HuffmanTable {
	/** (length << 8) | symbol for every 9-bit prefix that starts with a code of 9 bits or fewer, else 0. */
	fast: Uint16Array;
	/** The largest code of each length (1..16), -1 for none. */
	maxCode: Int32Array;
	/** What to add to a code of each length to get its symbol's index in `values`. */
	valueOffset: Int32Array;
	values: Uint8Array;
}

/** Huffman tables by class * 4 + id (class 0 DC, 1 AC). */
export type HuffmanTables = Map<number, HuffmanTable>;

/** Codes up to this long are found with one lookup. */
export const FAST_BITS = 9;

const malformedTable = () => damaged('is a damaged JPEG (a Huffman table is malformed)');

/** Reads a DHT segment's tables into `tables`. */
export function readHuffmanTables(body: Buffer, tables: HuffmanTables): void {
	for (let at = 0; at < body.length; ) {
		if (at + 17 > body.length || body[at] >> 4 > 1 || (body[at] & 15) > 3) throw malformedTable();
		const counts = body.subarray(at + 1, at + 17);
		const total = counts.reduce((sum, count) => sum + count, 0);
		if (total > 256 || at + 17 + total > body.length) throw malformedTable();
		const values = Uint8Array.from(body.subarray(at + 17, at + 17 + total));
		tables.set((body[at] >> 4) * 4 + (body[at] & 15), huffmanTable(counts, values));
		at += 17 + total;
	}
}

/** Canonical codes: of each length in turn, counting up, each length's first code after the last one's. */
function huffmanTable(counts: Uint8Array, values: Uint8Array): HuffmanTable {
	const fast = new Uint16Array(1 << FAST_BITS);
	const maxCode = new Int32Array(17).fill(-1);
	const valueOffset = new Int32Array(17);
	let code = 0;
	let index = 0;
	for (let length = 1; length <= 16; length++) {
		const count = counts[length - 1];
		valueOffset[length] = index - code;
		if (code + count > 1 << length) throw malformedTable();
		for (let n = 0; n < count; n++, code++, index++) {
			if (length <= FAST_BITS) {
				const spread = FAST_BITS - length;
				fast.fill((length << 8) | values[index], code << spread, (code + 1) << spread);
			}
		}
		if (count > 0) maxCode[length] = code - 1;
		code <<= 1;
	}
	return { fast, maxCode, valueOffset, values };
}
