import { encode } from 'jpeg-js';
import type { GrayCanvas } from './grayCanvas';

/** How the page photos are encoded: enough for the text to stay sharp, small enough to commit. */
export const PHOTO_QUALITY = 80;
const TABLE = [92, 78, 64]; // a wooden desk around the page
const TABLE_MARGIN = 16;

/**
 * A page as a phone photographs it: the paper, slightly warm, on a dark desk, as a colour
 * baseline JPEG (3 components, JFIF). jpeg-js is pure JavaScript with no randomness, so the
 * bytes are the same on every run and every machine.
 */
export function encodePagePhotoJpeg(canvas: GrayCanvas): Buffer {
	const width = canvas.width + 2 * TABLE_MARGIN;
	const height = canvas.height + 2 * TABLE_MARGIN;
	const rgba = Buffer.alloc(width * height * 4);
	for (let y = 0; y < height; y++) {
		for (let x = 0; x < width; x++) {
			const at = (y * width + x) * 4;
			const pageX = x - TABLE_MARGIN;
			const pageY = y - TABLE_MARGIN;
			if (pageX >= 0 && pageY >= 0 && pageX < canvas.width && pageY < canvas.height) {
				const shade = canvas.pixels[pageY * canvas.width + pageX];
				rgba[at] = shade;
				rgba[at + 1] = Math.round(shade * 0.97);
				rgba[at + 2] = Math.round(shade * 0.9);
			} else {
				rgba[at] = TABLE[0];
				rgba[at + 1] = TABLE[1];
				rgba[at + 2] = TABLE[2];
			}
			rgba[at + 3] = 255;
		}
	}
	return encode({ width, height, data: rgba }, PHOTO_QUALITY).data;
}
