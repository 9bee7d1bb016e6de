/**
 * The face samples (samples/faces/): selfies as a phone takes them, colour JPEGs drawn with plain
 * shapes (no real person), for the face match, liveness and identity endpoints. What the sandbox
 * "sees" in each (how many faces, whose, how likely a spoof, which gesture) is INVENTED and written
 * in test/sandbox/faces.ts; here they are only drawn. jpeg-js has no randomness: the same bytes on
 * every run and machine, so the sandbox knows each file by its SHA-256.
 */
import { encode } from 'jpeg-js';
import { crop, drawKtp, KTP_PHOTO } from './cards';
import { encodeGrayPng } from './png';

type Rgb = readonly [number, number, number];

/** How the selfies are encoded: a phone's usual quality, small enough to commit. */
const SELFIE_QUALITY = 80;
const SELFIE = { width: 240, height: 320 } as const;

class RgbCanvas {
	readonly data: Buffer;

	constructor(
		readonly width: number,
		readonly height: number,
		background: Rgb,
	) {
		this.data = Buffer.alloc(width * height * 4, 255);
		this.fillRect(0, 0, width, height, background);
	}

	set(x: number, y: number, colour: Rgb): void {
		if (x < 0 || y < 0 || x >= this.width || y >= this.height) return;
		const at = (y * this.width + x) * 4;
		this.data[at] = colour[0];
		this.data[at + 1] = colour[1];
		this.data[at + 2] = colour[2];
	}

	get(x: number, y: number): Rgb {
		const at = (y * this.width + x) * 4;
		return [this.data[at], this.data[at + 1], this.data[at + 2]];
	}

	fillRect(left: number, top: number, width: number, height: number, colour: Rgb): void {
		for (let y = Math.max(0, Math.round(top)); y < Math.min(this.height, Math.round(top + height)); y++) {
			for (let x = Math.max(0, Math.round(left)); x < Math.min(this.width, Math.round(left + width)); x++) this.set(x, y, colour);
		}
	}

	fillEllipse(centreX: number, centreY: number, radiusX: number, radiusY: number, colour: Rgb): void {
		for (let y = Math.ceil(centreY - radiusY); y <= centreY + radiusY; y++) {
			const half = radiusX * Math.sqrt(Math.max(0, 1 - ((y - centreY) / radiusY) ** 2));
			this.fillRect(Math.round(centreX - half), y, Math.round(2 * half), 1, colour);
		}
	}

	/** Another canvas drawn at (left, top), scaled by nearest neighbour, each pixel passed through `tint`. */
	paste(source: RgbCanvas, left: number, top: number, scale: number, tint: (colour: Rgb, x: number, y: number) => Rgb = (colour) => colour): void {
		const width = Math.round(source.width * scale);
		const height = Math.round(source.height * scale);
		for (let y = 0; y < height; y++) {
			for (let x = 0; x < width; x++) {
				const colour = source.get(Math.min(source.width - 1, Math.floor(x / scale)), Math.min(source.height - 1, Math.floor(y / scale)));
				this.set(left + x, top + y, tint(colour, x, y));
			}
		}
	}

	toJpeg(): Buffer {
		return encode({ width: this.width, height: this.height, data: this.data }, SELFIE_QUALITY).data;
	}
}

interface Looks {
	skin: Rgb;
	hair: Rgb;
	shirt: Rgb;
	/** Hair to the shoulders rather than short. */
	longHair: boolean;
	glasses: boolean;
	/** Face width over height: a rounder or a narrower face. */
	faceRatio: number;
}

/** The applicant: the person on the sample KTP (short dark hair, an oval face), as on its photo. */
const APPLICANT: Looks = { skin: [214, 170, 140], hair: [35, 25, 20], shirt: [40, 70, 130], longHair: false, glasses: false, faceRatio: 0.78 };
/** Someone else: another face shape, long hair, glasses. */
const OTHER_PERSON: Looks = { skin: [176, 124, 92], hair: [92, 60, 32], shirt: [150, 40, 40], longHair: true, glasses: true, faceRatio: 0.9 };

const WALL: Rgb = [202, 206, 212];

/** A colour with each channel passed through `change`, kept within 0-255. */
function shade(colour: Rgb, change: (value: number, channel: number) => number): Rgb {
	const [r, g, b] = colour.map((value, channel) => Math.max(0, Math.min(255, Math.round(change(value, channel)))));
	return [r, g, b];
}

/** Head and shoulders, the chin at (centreX, chinY), `scale` 1 filling a selfie. */
function drawPerson(canvas: RgbCanvas, looks: Looks, centreX: number, chinY: number, scale: number): void {
	const faceHeight = 62 * scale;
	const faceWidth = faceHeight * looks.faceRatio;
	const faceY = chinY - faceHeight;
	canvas.fillEllipse(centreX, chinY + 90 * scale, 100 * scale, 70 * scale, looks.shirt); // shoulders
	if (looks.longHair) canvas.fillRect(centreX - faceWidth - 8 * scale, faceY - 20 * scale, 2 * faceWidth + 16 * scale, faceHeight + 70 * scale, looks.hair);
	canvas.fillRect(centreX - 18 * scale, chinY - 10 * scale, 36 * scale, 40 * scale, looks.skin); // neck
	canvas.fillEllipse(centreX, faceY, faceWidth, faceHeight, looks.skin);
	canvas.fillEllipse(centreX, faceY - faceHeight * 0.62, faceWidth * 1.08, faceHeight * 0.48, looks.hair);
	const eyeY = faceY - faceHeight * 0.05;
	for (const side of [-1, 1]) {
		canvas.fillEllipse(centreX + side * faceWidth * 0.4, eyeY, 7 * scale, 4 * scale, [250, 250, 250]);
		canvas.fillEllipse(centreX + side * faceWidth * 0.4, eyeY, 3.5 * scale, 3.5 * scale, [40, 30, 25]);
		if (looks.glasses) {
			const lensX = centreX + side * faceWidth * 0.4;
			for (let angle = 0; angle < 360; angle += 2) {
				const radians = (angle * Math.PI) / 180;
				canvas.fillRect(lensX + Math.cos(radians) * 13 * scale, eyeY + Math.sin(radians) * 10 * scale, 2, 2, [20, 20, 20]);
			}
		}
	}
	canvas.fillRect(centreX - 4 * scale, faceY + faceHeight * 0.1, 8 * scale, 18 * scale, shade(looks.skin, (value) => value - 24)); // nose
	canvas.fillEllipse(centreX, faceY + faceHeight * 0.5, 16 * scale, 4 * scale, [150, 70, 70]); // mouth
}

/** A selfie of one person against a plain wall. */
function selfie(looks: Looks): RgbCanvas {
	const canvas = new RgbCanvas(SELFIE.width, SELFIE.height, WALL);
	for (let y = 0; y < SELFIE.height; y++) canvas.fillRect(0, y, SELFIE.width, 1, shade(WALL, (value) => value - y / 16));
	drawPerson(canvas, looks, SELFIE.width / 2, 200, 1);
	return canvas;
}

/** The selfie on a phone held up to the camera: bezel, a blue cast, scan lines and a glare. */
function photoOfAScreen(): RgbCanvas {
	const canvas = new RgbCanvas(SELFIE.width, SELFIE.height, [60, 48, 40]);
	canvas.fillRect(30, 20, 180, 280, [18, 18, 22]); // the phone
	const cast = [0.85, 0.92, 1.1];
	canvas.paste(selfie(APPLICANT), 42, 44, 0.65, (colour, x, y) => {
		const scanLine = y % 3 === 0 ? 0.82 : 1;
		const glare = Math.abs(x - y * 0.6 - 20) < 14 ? 60 : 0;
		return shade(colour, (value, channel) => (value * cast[channel] + (channel === 2 ? 20 : 0)) * scanLine + glare);
	});
	return canvas;
}

/** A printed photo of the applicant held up to the camera: a white border, washed-out colours. */
function photoOfAPrint(): RgbCanvas {
	const canvas = new RgbCanvas(SELFIE.width, SELFIE.height, [150, 120, 90]);
	canvas.fillRect(24, 24, 192, 262, [245, 245, 240]); // photo paper
	canvas.paste(selfie(APPLICANT), 36, 36, 0.7, (colour) => shade(colour, (value) => value * 0.7 + 70));
	return canvas;
}

/** A wall, a door and a plant: nobody in the picture. */
function noFace(): RgbCanvas {
	const canvas = selfieBackground();
	canvas.fillRect(130, 60, 80, 260, [140, 100, 70]); // door
	canvas.fillEllipse(195, 190, 5, 5, [220, 200, 90]); // handle
	canvas.fillRect(40, 250, 40, 50, [170, 90, 60]); // pot
	canvas.fillEllipse(60, 225, 32, 40, [60, 130, 70]); // plant
	return canvas;
}

function selfieBackground(): RgbCanvas {
	return new RgbCanvas(SELFIE.width, SELFIE.height, WALL);
}

/** The applicant and someone else in one picture. */
function twoFaces(): RgbCanvas {
	const canvas = selfieBackground();
	drawPerson(canvas, OTHER_PERSON, 172, 196, 0.62);
	drawPerson(canvas, APPLICANT, 70, 200, 0.66);
	return canvas;
}

/** The applicant raising a hand, index and middle finger up (GLAIR's gesture HAND_01100). */
function twoFingers(): RgbCanvas {
	const canvas = selfie(APPLICANT);
	const skin = APPLICANT.skin;
	const folded = shade(skin, (value) => value - 20);
	canvas.fillEllipse(196, 220, 24, 30, skin); // palm
	canvas.fillRect(182, 150, 11, 60, skin); // index finger
	canvas.fillRect(197, 144, 11, 66, skin); // middle finger
	canvas.fillEllipse(214, 214, 8, 16, folded); // ring and little finger, folded
	canvas.fillEllipse(172, 228, 8, 14, folded); // thumb, folded
	return canvas;
}

export const FACE_SAMPLE_NAMES = [
	'faces/ktp-foto.png',
	'faces/selfie.jpg',
	'faces/selfie-other-person.jpg',
	'faces/selfie-screen.jpg',
	'faces/selfie-printed.jpg',
	'faces/selfie-two-fingers.jpg',
	'faces/no-face.jpg',
	'faces/two-faces.jpg',
] as const;

export type FaceSampleName = (typeof FACE_SAMPLE_NAMES)[number];

/**
 * The face photo GLAIR cuts out of the sample KTP, as Read KTP (Include Photo and Signature) puts it
 * in the binary `foto`: the same bytes as the KTP answer's `foto` (test/samples/answers.ts).
 */
export function ktpFaceCrop(): Buffer {
	return encodeGrayPng(crop(drawKtp().canvas, KTP_PHOTO));
}

export function makeFaceSamples(): Record<FaceSampleName, Buffer> {
	return {
		'faces/ktp-foto.png': ktpFaceCrop(),
		'faces/selfie.jpg': selfie(APPLICANT).toJpeg(),
		'faces/selfie-other-person.jpg': selfie(OTHER_PERSON).toJpeg(),
		'faces/selfie-screen.jpg': photoOfAScreen().toJpeg(),
		'faces/selfie-printed.jpg': photoOfAPrint().toJpeg(),
		'faces/selfie-two-fingers.jpg': twoFingers().toJpeg(),
		'faces/no-face.jpg': noFace().toJpeg(),
		'faces/two-faces.jpg': twoFaces().toJpeg(),
	};
}
