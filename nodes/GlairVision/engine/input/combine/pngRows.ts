import { finished } from 'node:stream/promises';
import { createInflate, type Inflate } from 'node:zlib';
import { damaged, type PhotoFormatError } from './photoFormatError';
import type { PngInfo } from './pngChunks';

/**
 * Whether a PNG's image data holds the rows its header claims. The IDAT stream is inflated as it
 * passes and only the output's length is kept: a non-interlaced PNG inflates to exactly one
 * filter byte and one packed row of pixels per row. Cut-short or corrupt zlib data, fewer rows
 * (a page partly blank, or a header claiming a size its data does not have) or more are refused
 * before anything is sent: a PDF reader would show a blank page or none.
 */

const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };

type RowsInfo = Pick<PngInfo, 'width' | 'height' | 'bitDepth' | 'colorType'>;

/** Bytes per row once inflated: the filter-type byte, then the row's pixels packed. Pure. */
export function inflatedRowLength(info: RowsInfo): number {
	return 1 + Math.ceil((info.width * CHANNELS[info.colorType] * info.bitDepth) / 8);
}

export class PngRowCounter {
	private readonly inflate: Inflate = createInflate();
	private readonly rowLength: number;
	private readonly expected: number;
	private inflated = 0;
	private failure: Error | undefined;

	constructor(private readonly info: RowsInfo) {
		this.rowLength = inflatedRowLength(info);
		this.expected = this.rowLength * info.height;
		this.inflate.on('data', (output: Buffer) => {
			this.inflated += output.length;
			// More than the rows can hold: stop inflating (a zlib bomb costs nothing more).
			if (this.inflated > this.expected) this.inflate.destroy(new RangeError('more rows than the header claims'));
		});
		this.inflate.on('error', (error: Error) => {
			this.failure ??= error;
		});
	}

	/** Inflates the next IDAT bytes; throws as soon as they cannot be the image the header describes. */
	async write(imageData: Buffer): Promise<void> {
		if (!this.failure && !this.inflate.write(imageData)) {
			await new Promise<void>((resolve) => {
				const done = () => {
					this.inflate.off('drain', done).off('close', done);
					resolve();
				};
				this.inflate.once('drain', done).once('close', done);
			});
		}
		if (this.failure) throw this.refusal();
	}

	/** The IDAT stream ended: throws unless it held exactly the rows the header claims. */
	async end(): Promise<void> {
		if (!this.failure) {
			this.inflate.end();
			await finished(this.inflate).catch((error: Error) => {
				this.failure ??= error;
			});
		}
		if (this.failure || this.inflated !== this.expected) throw this.refusal();
	}

	/** Stops inflating, when the file is refused or its reading failed for another reason. */
	dispose(): void {
		this.inflate.destroy();
	}

	private refusal(): PhotoFormatError {
		const { width, height } = this.info;
		if (this.inflated > this.expected) {
			return damaged(`is a damaged PNG (its image data holds more than the ${width} x ${height} pixels its header claims)`);
		}
		const code = (this.failure as (Error & { code?: string }) | undefined)?.code;
		if (code === 'Z_BUF_ERROR') return damaged('is a PNG whose compressed image data is cut short (damaged)');
		if (this.failure) return damaged(`is a damaged PNG (its compressed image data does not inflate: ${this.failure.message})`);
		const rows = Math.floor(this.inflated / this.rowLength);
		return damaged(
			`is a PNG whose image data holds ${rows} of the ${height} rows its header claims (cut short or damaged)`,
		);
	}
}
