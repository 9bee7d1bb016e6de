import type { JpegInfo } from './jpegMarkers';
import type { PngInfo } from './pngChunks';

/**
 * How a photo becomes a PDF page without being re-encoded: a JPEG goes in byte for byte as a
 * /DCTDecode image; a PNG's IDAT data (already zlib with PNG row filters) goes in as /FlateDecode
 * with the PNG predictor, which PDF readers undo exactly, so the pixels are the PNG's own.
 *
 * Page size: one pixel is one point (72 dpi), except that a page longer than A4 (842 pt) is
 * scaled down to 842 pt on its long side, so a 4032 x 3024 phone photo is an A4-sized page at
 * 345 dpi and a renderer working at 300 dpi gets close to the photo's own pixels.
 */

/** A4's long side in points: pages larger than this are scaled down to it. */
export const MAX_PAGE_SIDE_POINTS = 842;

/** MediaBox size in points for a photo of this many pixels. Pure. */
export function pageSizePoints(widthPixels: number, heightPixels: number): { width: number; height: number } {
	const scale = Math.min(1, MAX_PAGE_SIDE_POINTS / Math.max(widthPixels, heightPixels));
	const toPoints = (pixels: number) => Math.max(1, Math.round(pixels * scale * 100) / 100);
	return { width: toPoints(widthPixels), height: toPoints(heightPixels) };
}

/** The page /Rotate that shows an EXIF-rotated photo upright; mirrored orientations stay unmirrored. */
export function rotationForOrientation(orientation: number): 0 | 90 | 180 | 270 {
	if (orientation === 3 || orientation === 4) return 180;
	if (orientation === 6 || orientation === 5) return 90;
	if (orientation === 8 || orientation === 7) return 270;
	return 0;
}

/** The image XObject's dictionary entries for a JPEG, without /Length. */
export function jpegImageEntries(info: JpegInfo): string {
	const colourSpace = info.components === 1 ? '/DeviceGray' : info.components === 3 ? '/DeviceRGB' : '/DeviceCMYK';
	const decode = info.components === 4 && info.adobe ? ' /Decode [1 0 1 0 1 0 1 0]' : '';
	return (
		`/Type /XObject /Subtype /Image /Width ${info.width} /Height ${info.height} ` +
		`/ColorSpace ${colourSpace} /BitsPerComponent 8${decode} /Filter /DCTDecode`
	);
}

/** The image XObject's dictionary entries for a PNG that `pngRefusal` accepts, without /Length. */
export function pngImageEntries(info: PngInfo): string {
	const colours = info.colorType === 2 ? 3 : 1;
	let colourSpace: string;
	if (info.colorType === 3) {
		const palette = info.palette as Buffer;
		colourSpace = `[/Indexed /DeviceRGB ${palette.length / 3 - 1} <${palette.toString('hex')}>]`;
	} else {
		colourSpace = info.colorType === 2 ? '/DeviceRGB' : '/DeviceGray';
	}
	// tRNS on gray or RGB names one colour as transparent: a colour-key mask says the same.
	let mask = '';
	if (info.transparency && info.colorType !== 3) {
		const values: number[] = [];
		for (let offset = 0; offset + 1 < info.transparency.length && values.length < colours * 2; offset += 2) {
			const value = info.transparency.readUInt16BE(offset) & ((1 << info.bitDepth) - 1);
			values.push(value, value);
		}
		if (values.length === colours * 2) mask = ` /Mask [${values.join(' ')}]`;
	}
	return (
		`/Type /XObject /Subtype /Image /Width ${info.width} /Height ${info.height} ` +
		`/ColorSpace ${colourSpace} /BitsPerComponent ${info.bitDepth}${mask} /Filter /FlateDecode ` +
		`/DecodeParms << /Predictor 15 /Colors ${colours} /BitsPerComponent ${info.bitDepth} /Columns ${info.width} >>`
	);
}

/**
 * Why a PNG cannot go into the PDF as it is, or undefined when it can. These would need their
 * pixels decoded and compressed again (alpha split into a soft mask, interlacing undone): rather
 * than re-encode a page photo, the node asks for a plain one.
 */
export function pngRefusal(info: PngInfo): string | undefined {
	if (info.colorType === 4 || info.colorType === 6) {
		return 'has an alpha channel (transparency), which a PDF page cannot hold without re-encoding the image';
	}
	if (info.colorType === 3 && info.transparency) {
		return 'has transparent palette entries, which a PDF page cannot hold without re-encoding the image';
	}
	if (info.interlaced) return 'is interlaced (Adam7), which a PDF image cannot hold without re-encoding';
	if (info.colorType === 3 && (!info.palette || info.palette.length % 3 !== 0 || info.palette.length === 0)) {
		return 'is a palette PNG without a valid PLTE chunk';
	}
	return undefined;
}
