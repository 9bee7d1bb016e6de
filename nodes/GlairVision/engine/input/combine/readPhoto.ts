import type { Readable } from 'node:stream';
import { JpegScanner, type JpegInfo } from './jpegMarkers';
import { damaged, unsupported } from './photoFormatError';
import { pngRefusal } from './photoPage';
import { PngChunkScanner, type PngInfo } from './pngChunks';
import { PngRowCounter } from './pngRows';

/**
 * Reads one page photo whole, streamed, before anything is sent: the layout the PDF needs, and
 * whether the photo holds the image its header describes. A photo cut short or damaged is
 * refused here, for its item, with nothing uploaded: the PDF streams to GLAIR as it is assembled,
 * so a problem found while it streams could only cut the upload off. Memory stays constant (no
 * pixel is decoded, no file held); the cost is one more read of each photo from the binary store
 * and the CPU to walk its compressed data (see bench/combinedPdfMemory.ts).
 */

/** What `open()` gives, chunk by chunk; the file is closed however the reading ends. */
async function* chunksOf(open: () => Promise<Readable | Buffer>): AsyncGenerator<Buffer> {
	const content = await open();
	if (Buffer.isBuffer(content)) {
		yield content;
		return;
	}
	try {
		for await (const chunk of content) yield chunk as Buffer;
	} finally {
		content.destroy();
	}
}

/** A JPEG's header, once its image data was counted to its end against it. */
export async function readJpeg(open: () => Promise<Readable | Buffer>): Promise<JpegInfo> {
	const scanner = new JpegScanner(true);
	for await (const chunk of chunksOf(open)) scanner.push(chunk);
	return scanner.end();
}

/** A PNG's layout, once its chunks' CRCs were checked and its image data inflated against its rows. */
export async function readPng(open: () => Promise<Readable | Buffer>): Promise<PngInfo> {
	const scanner = new PngChunkScanner();
	let rows: PngRowCounter | undefined;
	// What a PDF page cannot hold is known before the first IDAT byte: no need to inflate that.
	const refuseWhatPdfCannotHold = (info: PngInfo) => {
		const refusal = pngRefusal(info);
		if (refusal) throw unsupported(refusal);
	};
	try {
		for await (const chunk of chunksOf(open)) {
			for (const imageData of scanner.push(chunk)) {
				if (!rows) {
					refuseWhatPdfCannotHold(scanner.header as PngInfo);
					rows = new PngRowCounter(scanner.header as PngInfo);
				}
				await rows.write(imageData);
			}
		}
		const info = scanner.end();
		refuseWhatPdfCannotHold(info);
		if (!rows) throw damaged('is a PNG without image data (its IDAT chunks are missing or empty)');
		await rows.end();
		return info;
	} finally {
		rows?.dispose();
	}
}
