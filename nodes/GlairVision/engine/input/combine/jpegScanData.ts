import { FAST_BITS as TABLE_FAST_BITS, type HuffmanTable, type HuffmanTables } from './jpegHuffman';
import { damaged } from './photoFormatError';

/**
 * Counts the blocks a JPEG's entropy-coded data holds, scan by scan, as its bytes pass: Huffman
 * codes are walked to find where each 8 x 8 block ends, and nothing more (no coefficient is kept,
 * no pixel decoded). A scan that runs out before the blocks its frame header asks for is a photo
 * cut short, or one whose header claims a size its data does not have; a PDF reader would show
 * the missing part blank.
 *
 * Memory is constant: the bytes not yet counted are kept up to LOOKAHEAD_BYTES, enough for any
 * one unit (an MCU of at most 10 blocks), so a unit is only decoded when all of it is at hand or
 * the scan's end marker is.
 *
 * Counted: every baseline and extended scan, and a progressive JPEG's DC scans and first AC
 * scans. A progressive AC refinement scan cannot be walked without the earlier scans'
 * coefficients, and a scan whose tables were never defined (some motion-JPEG frames rely on
 * the standard ones) cannot be walked either: both are passed over to their end marker.
 */

export interface FrameComponent {
	id: number;
	/** Horizontal and vertical sampling factors. */
	h: number;
	v: number;
}

export interface Frame {
	width: number;
	height: number;
	progressive: boolean;
	components: readonly FrameComponent[];
}

// A module's own constant: read through another module's exports, it costs a load per code.
const FAST_BITS = TABLE_FAST_BITS;
const FAST_MASK = (1 << FAST_BITS) - 1;
const LOOKAHEAD_BYTES = 16 * 1024;
/** Bytes between a restart interval's last block and its marker that decoders skip; more is not a JPEG. */
const MAX_SKIPPED_BYTES = 1024 * 1024;

type ScanKind = 'sequential' | 'dcFirst' | 'dcRefine' | 'acFirst' | 'passedOver';

/** One block of a unit: the tables its component codes with. */
interface Block {
	dc?: HuffmanTable;
	ac?: HuffmanTable;
}

/** Where a scan's entropy-coded data ends: the first 0xFF not followed by 0x00 (stuffing) or a restart marker. */
function scanEnd(bytes: Buffer, from: number): number {
	for (let at = bytes.indexOf(0xff, from); at !== -1 && at + 1 < bytes.length; at = bytes.indexOf(0xff, at + 1)) {
		const next = bytes[at + 1];
		if (next !== 0x00 && (next < 0xd0 || next > 0xd7)) return at;
	}
	return -1;
}

/** The entropy-coded data of one scan, fed as it arrives. */
export class ScanData {
	private readonly kind: ScanKind;
	private readonly unit: Block[] = [];
	private readonly units: number;
	private readonly spectralStart: number;
	private readonly spectralEnd: number;
	private unitsDone = 0;
	private nextRestart: number;
	private bytes: Buffer = Buffer.alloc(0);
	private window: Buffer = Buffer.alloc(0);
	private at = 0;
	/** Bits loaded but not used (at most 24), how many there are, and how many of them are padding. */
	private bits = 0;
	private bitCount = 0;
	private paddingBits = 0;
	private endOfBandRun = 0;
	private fileEnded = false;

	constructor(
		private readonly frame: Frame,
		tables: HuffmanTables,
		private readonly restartInterval: number,
		header: Buffer,
	) {
		const count = header[0];
		if (!(count >= 1 && count <= 4) || header.length !== 4 + 2 * count) throw damaged('is a damaged JPEG (a scan header is malformed)');
		const components = Array.from({ length: count }, (_, index) => {
			const component = frame.components.find(({ id }) => id === header[1 + 2 * index]);
			if (!component) throw damaged('is a damaged JPEG (a scan names a colour component its frame does not have)');
			const selectors = header[2 + 2 * index];
			return { component, dc: tables.get(selectors >> 4), ac: tables.get(4 + (selectors & 15)) };
		});
		this.spectralStart = header[1 + 2 * count];
		this.spectralEnd = header[2 + 2 * count];
		const refining = header[3 + 2 * count] >> 4 !== 0;
		if (!frame.progressive) this.kind = 'sequential';
		else if (this.spectralStart === 0) this.kind = refining ? 'dcRefine' : 'dcFirst';
		else this.kind = refining ? 'passedOver' : 'acFirst';
		if (frame.progressive && (this.spectralEnd < this.spectralStart || this.spectralEnd > 63 || (this.spectralStart > 0 && count > 1))) {
			throw damaged('is a damaged JPEG (a scan header is malformed)');
		}
		const needsDc = this.kind === 'sequential' || this.kind === 'dcFirst';
		const needsAc = this.kind === 'sequential' || this.kind === 'acFirst';
		if (components.some(({ dc, ac }) => (needsDc && !dc) || (needsAc && !ac))) this.kind = 'passedOver';

		const hMax = Math.max(...frame.components.map(({ h }) => h));
		const vMax = Math.max(...frame.components.map(({ v }) => v));
		if (count === 1) {
			// A scan of one component goes block by block over that component alone.
			const [{ component, dc, ac }] = components;
			const across = Math.ceil(Math.ceil((frame.width * component.h) / hMax) / 8);
			const down = Math.ceil(Math.ceil((frame.height * component.v) / vMax) / 8);
			this.units = across * down;
			this.unit.push({ dc, ac });
		} else {
			this.units = Math.ceil(frame.width / (8 * hMax)) * Math.ceil(frame.height / (8 * vMax));
			for (const { component, dc, ac } of components) {
				for (let n = 0; n < component.h * component.v; n++) this.unit.push({ dc, ac });
			}
		}
		this.nextRestart = restartInterval || Infinity;
	}

	/** Whether the scan's data stopped before all its blocks (only known for the scans it counts). */
	get incomplete(): boolean {
		return this.kind !== 'passedOver' && this.unitsDone < this.units;
	}

	/** The file ended inside this scan: counts the blocks left in it; throws if they are not all there. */
	finish(): void {
		this.fileEnded = true;
		if (this.incomplete) this.count(this.bytes.length);
	}

	/** Feeds the next bytes; once the scan's data has ended, gives back the bytes from its end marker on. */
	push(chunk: Buffer): Buffer | undefined {
		this.bytes = this.at < this.bytes.length ? this.join(this.bytes.subarray(this.at), chunk) : chunk;
		this.at = 0;
		const end = scanEnd(this.bytes, 0);
		if (this.incomplete) this.count(end);
		if (!this.incomplete && end !== -1) return this.bytes.subarray(end);
		// Blocks not yet counted are kept; once all are, only an 0xFF that may start a marker.
		if (!this.incomplete) this.at = this.bytes[this.bytes.length - 1] === 0xff ? this.bytes.length - 1 : this.bytes.length;
		return undefined;
	}

	/** The bytes kept and the next chunk, in one buffer reused from chunk to chunk (no garbage per chunk). */
	private join(kept: Buffer, chunk: Buffer): Buffer {
		const length = kept.length + chunk.length;
		if (this.window.length < length) {
			const grown = Buffer.allocUnsafe(Math.max(length, 2 * this.window.length));
			kept.copy(grown);
			this.window = grown;
		} else if (kept.buffer !== this.window.buffer || kept.byteOffset !== this.window.byteOffset) {
			kept.copy(this.window); // may overlap the window: Buffer#copy moves like memmove
		}
		chunk.copy(this.window, kept.length);
		return this.window.subarray(0, length);
	}

	private count(end: number): void {
		while (this.unitsDone < this.units) {
			if (this.unitsDone === this.nextRestart) {
				if (!this.restart(end)) return;
			}
			if (end === -1 && this.bytes.length - this.at < LOOKAHEAD_BYTES) return;
			this.countUnit();
			if (this.paddingBits > this.bitCount) throw this.endsEarly();
			this.unitsDone++;
		}
	}

	/** At a restart interval's end: the rest of the byte is padding, then comes a restart marker. */
	private restart(end: number): boolean {
		if (this.paddingBits > this.bitCount) throw this.endsEarly();
		let marker = this.bytes.indexOf(0xff, this.at);
		while (marker !== -1 && marker + 1 < this.bytes.length && (this.bytes[marker + 1] === 0x00 || this.bytes[marker + 1] === 0xff)) {
			marker = this.bytes.indexOf(0xff, marker + 1);
		}
		if (marker === -1 || marker + 1 >= this.bytes.length) {
			if (end !== -1) throw this.endsEarly();
			if (this.bytes.length - this.at > MAX_SKIPPED_BYTES) throw damaged('is a damaged JPEG (a restart marker is missing from its image data)');
			return false;
		}
		const next = this.bytes[marker + 1];
		if (next < 0xd0 || next > 0xd7) throw this.endsEarly();
		this.at = marker + 2;
		this.bits = 0;
		this.bitCount = 0;
		this.paddingBits = 0;
		this.endOfBandRun = 0;
		this.nextRestart += this.restartInterval;
		return true;
	}

	private endsEarly() {
		if (this.fileEnded) return damaged('is a JPEG that is cut short: it ends partway through its image data');
		const { width, height } = this.frame;
		return damaged(`is a JPEG whose image data ends before the ${width} x ${height} pixels its header claims (cut short or damaged)`);
	}

	private countUnit(): void {
		for (const { dc, ac } of this.unit) {
			switch (this.kind) {
				case 'sequential':
					this.skipBits(this.magnitudeSize(dc!));
					for (let k = 1; k < 64; ) {
						const symbol = this.decode(ac!);
						if (symbol & 15) {
							k += (symbol >> 4) + 1;
							this.skipBits(symbol & 15);
						} else if (symbol >> 4 === 15) k += 16;
						else break;
					}
					break;
				case 'dcFirst':
					this.skipBits(this.magnitudeSize(dc!));
					break;
				case 'dcRefine':
					this.skipBits(1);
					break;
				default:
					this.countFirstAcBlock(ac!);
			}
		}
	}

	/** A progressive first AC scan: coefficients of one band, or a run of blocks with none (EOBRUN). */
	private countFirstAcBlock(ac: HuffmanTable): void {
		if (this.endOfBandRun > 0) {
			this.endOfBandRun--;
			return;
		}
		for (let k = this.spectralStart; k <= this.spectralEnd; ) {
			const symbol = this.decode(ac);
			const run = symbol >> 4;
			if (symbol & 15) {
				k += run + 1;
				this.skipBits(symbol & 15);
			} else if (run === 15) k += 16;
			else {
				this.endOfBandRun = (1 << run) - 1 + (run > 0 ? this.readBits(run) : 0);
				return;
			}
		}
	}

	private magnitudeSize(dc: HuffmanTable): number {
		const size = this.decode(dc);
		if (size > 16) throw damaged('is a damaged JPEG (its image data holds an impossible value)');
		return size;
	}

	/** Loads bytes until more than 16 bits are at hand; past a marker, the bits are padding (ones). */
	private fill(): void {
		const bytes = this.bytes;
		while (this.bitCount <= 16) {
			let byte = 0xff;
			if (this.paddingBits > 0 || this.at >= bytes.length) this.paddingBits += 8;
			else if (bytes[this.at] !== 0xff) byte = bytes[this.at++];
			else if (bytes[this.at + 1] === 0x00) this.at += 2;
			else this.paddingBits += 8;
			this.bits = ((this.bits << 8) | byte) & 0xffffff;
			this.bitCount += 8;
		}
	}

	/** Bits above `bitCount` are stale; reads mask them off. */
	private use(count: number): void {
		this.bitCount -= count;
	}

	private skipBits(count: number): void {
		if (count === 0) return;
		if (this.bitCount < count) this.fill();
		this.use(count);
	}

	private readBits(count: number): number {
		if (this.bitCount < count) this.fill();
		const value = (this.bits >>> (this.bitCount - count)) & ((1 << count) - 1);
		this.use(count);
		return value;
	}

	private decode(table: HuffmanTable): number {
		if (this.bitCount < 16) this.fill();
		const fast = table.fast[(this.bits >>> (this.bitCount - FAST_BITS)) & FAST_MASK];
		if (fast === 0) return this.decodeLong(table);
		this.bitCount -= fast >> 8;
		return fast & 0xff;
	}

	/** A code longer than FAST_BITS, or none. */
	private decodeLong(table: HuffmanTable): number {
		for (let length = FAST_BITS + 1; length <= 16; length++) {
			const code = (this.bits >>> (this.bitCount - length)) & ((1 << length) - 1);
			if (code <= table.maxCode[length]) {
				this.use(length);
				return table.values[code + table.valueOffset[length]];
			}
		}
		// Ones past the data's end are no code: running into them means the data ended.
		if (this.paddingBits > 0) throw this.endsEarly();
		throw damaged('is a damaged JPEG (its image data does not decode with its own Huffman tables)');
	}
}
