import { GLYPH_HEIGHT, GLYPH_WIDTH, glyphFor } from './bitmapFont';

export const WHITE = 255;
export const BLACK = 0;

/** An 8-bit grayscale pixel buffer with just enough drawing to lay out a form. */
export class GrayCanvas {
	readonly pixels: Uint8Array;

	constructor(
		readonly width: number,
		readonly height: number,
		background = WHITE,
	) {
		this.pixels = new Uint8Array(width * height).fill(background);
	}

	fillRect(left: number, top: number, width: number, height: number, shade: number): void {
		const right = Math.min(this.width, left + width);
		const bottom = Math.min(this.height, top + height);
		for (let y = Math.max(0, top); y < bottom; y++) {
			this.pixels.fill(shade, y * this.width + Math.max(0, left), y * this.width + right);
		}
	}

	strokeRect(left: number, top: number, width: number, height: number, shade: number): void {
		this.fillRect(left, top, width, 1, shade);
		this.fillRect(left, top + height - 1, width, 1, shade);
		this.fillRect(left, top, 1, height, shade);
		this.fillRect(left + width - 1, top, 1, height, shade);
	}

	/** Draws text with its top-left corner at (left, top); each font cell becomes scale x scale pixels. */
	drawText(text: string, left: number, top: number, scale: number, shade = BLACK): void {
		let penX = left;
		for (const character of text) {
			const glyph = glyphFor(character);
			glyph.forEach((row, rowIndex) =>
				row.forEach((ink, columnIndex) => {
					if (ink) {
						this.fillRect(penX + columnIndex * scale, top + rowIndex * scale, scale, scale, shade);
					}
				}),
			);
			penX += advance(scale);
		}
	}
}

/** Horizontal distance from one character to the next: the glyph plus one blank column. */
export function advance(scale: number): number {
	return (GLYPH_WIDTH + 1) * scale;
}

export function lineHeight(scale: number): number {
	return (GLYPH_HEIGHT + 3) * scale;
}
