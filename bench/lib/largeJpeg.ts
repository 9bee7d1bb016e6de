/** Camera-sized test photos for the bench, made at run time (never committed). */
import { encode } from 'jpeg-js';

export const PHOTO_WIDTH = 1200;
export const PHOTO_HEIGHT = 880;

/** A camera-sized JPEG of noise: about 4 MB at quality 100 (noise does not compress). Deterministic. */
export function makeLargeJpeg(seed: number): Buffer {
	const rgba = Buffer.alloc(PHOTO_WIDTH * PHOTO_HEIGHT * 4);
	let state = seed;
	for (let index = 0; index < rgba.length; index++) {
		state ^= state << 13;
		state ^= state >>> 17;
		state ^= state << 5;
		rgba[index] = index % 4 === 3 ? 255 : state & 0xff;
	}
	return encode({ width: PHOTO_WIDTH, height: PHOTO_HEIGHT, data: rgba }, 100).data;
}
