import { Readable } from 'node:stream';
import { sizeAgainstLimit } from '../../../transport/byteSize';
import { StreamingSha256 } from '../sha256';
import { layOutPdf, type PdfObject, type PdfPiece } from './pdfWriter';
import { PhotoFormatError, damaged } from './photoFormatError';
import { jpegImageEntries, pageSizePoints, pngImageEntries, rotationForOrientation } from './photoPage';
import { PngChunkScanner, type PngInfo } from './pngChunks';
import { readJpeg, readPng } from './readPhoto';

/**
 * Combine Files: page photos (JPEG, PNG) into one multi-page PDF, streamed: one page per photo,
 * in the order given, nothing re-encoded (see photoPage.ts).
 *
 * The PDF's length is worked out before a byte of it is sent (the multipart body declares a
 * Content-Length): preparing reads each photo whole, checking that it holds the image its header
 * describes (readPhoto.ts). Streaming then reads each photo once more, in turn, one chunk at a
 * time, hashing the photos' bytes as they pass (see `sha256()`).
 */

export type PhotoType = 'jpeg' | 'png';

/** One page photo; the same shape as the transport's UploadSource, plus its type. */
export interface PagePhoto {
	fileName: string;
	type: PhotoType;
	size: number;
	/** A fresh read of the whole file each call. */
	open(): Promise<Readable | Buffer>;
}

export interface CombinedPdfOptions {
	/** The PDF's file name in the upload (default "photos.pdf"). */
	fileName?: string;
	/** At most this many photos (default 50). */
	maxPages?: number;
	/** The combined PDF may be at most this many bytes (the caller's upload limit). */
	maxTotalBytes: number;
}

export interface CombinedPdfPage {
	/** 0-based page of the PDF, which is what GLAIR's `page_index` counts. */
	pageIndex: number;
	fileName: string;
	type: PhotoType;
	widthPixels: number;
	heightPixels: number;
}

/** An UploadSource for the transport: `size` is exact, every `open()` streams the same bytes. */
export interface CombinedPdf {
	fileName: string;
	mimeType: 'application/pdf';
	size: number;
	open(): Promise<Readable>;
	pages: readonly CombinedPdfPage[];
	/**
	 * Hex SHA-256 over the photos' bytes, file after file in page order, as the last `open()` that
	 * was read to its end read them; undefined until one was.
	 */
	sha256(): string | undefined;
}

export const DEFAULT_MAX_PAGES = 50;

/** A photo that cannot go into the PDF, or a PDF over a limit. `fileNames` are the photos concerned. */
export class CombinedPdfError extends Error {
	constructor(
		message: string,
		readonly fileNames: readonly string[],
	) {
		super(message);
		this.name = 'CombinedPdfError';
	}
}

interface PreparedPhoto {
	photo: PagePhoto;
	width: number;
	height: number;
	/** The image XObject's dictionary entries, without /Length. */
	imageEntries: string;
	rotate: number;
	/** The bytes of this photo that go into the image stream. */
	streamLength: number;
	/** What the upload stream checks each read against. */
	png?: PngInfo;
}

async function preparePhoto(photo: PagePhoto): Promise<PreparedPhoto> {
	if (photo.type === 'jpeg') {
		const info = await readJpeg(() => photo.open());
		return {
			photo,
			width: info.width,
			height: info.height,
			imageEntries: jpegImageEntries(info),
			rotate: rotationForOrientation(info.orientation),
			streamLength: photo.size,
		};
	}
	const info = await readPng(() => photo.open());
	return {
		photo,
		width: info.width,
		height: info.height,
		imageEntries: pngImageEntries(info),
		rotate: 0,
		streamLength: info.imageDataLength,
		png: info,
	};
}

/** Catalog, page tree, then for each photo its page, the page's content stream and its image. */
function pdfObjects(prepared: readonly PreparedPhoto[]): Array<PdfObject<PreparedPhoto>> {
	const pageId = (index: number) => 3 + index * 3;
	const objects: Array<PdfObject<PreparedPhoto>> = [
		{ entries: '/Type /Catalog /Pages 2 0 R' },
		{ entries: `/Type /Pages /Kids [${prepared.map((_, index) => `${pageId(index)} 0 R`).join(' ')}] /Count ${prepared.length}` },
	];
	prepared.forEach((page, index) => {
		const id = pageId(index);
		const { width, height } = pageSizePoints(page.width, page.height);
		const rotate = page.rotate ? ` /Rotate ${page.rotate}` : '';
		objects.push(
			{
				entries:
					`/Type /Page /Parent 2 0 R /MediaBox [0 0 ${width} ${height}]${rotate} ` +
					`/Resources << /XObject << /Im1 ${id + 2} 0 R >> >> /Contents ${id + 1} 0 R`,
			},
			{ entries: '', stream: `q ${width} 0 0 ${height} 0 0 cm /Im1 Do Q` },
			{ entries: page.imageEntries, stream: { length: page.streamLength, source: page } },
		);
	});
	return objects;
}

/** One photo's image-stream bytes, read once, hashed as they pass, checked against the layout. */
async function* photoStreamBytes(page: PreparedPhoto, sha256: StreamingSha256): AsyncGenerator<Buffer> {
	const { photo } = page;
	const changed = (what: string) =>
		new CombinedPdfError(
			`"${photo.fileName}" changed while the combined PDF was being sent (${what}). Run the workflow again.`,
			[photo.fileName],
		);
	const png = page.png ? new PngChunkScanner() : undefined;
	// A PNG that parsed when measured and fails now was replaced in between.
	const checked = <T>(step: () => T): T => {
		try {
			return step();
		} catch (error) {
			throw changed(`it ${error instanceof Error ? error.message : String(error)}`);
		}
	};
	const content = await photo.open();
	const chunks: Iterable<Buffer> | AsyncIterable<Buffer> = Buffer.isBuffer(content) ? [content] : (content as AsyncIterable<Buffer>);
	let read = 0;
	let streamed = 0;
	try {
		for await (const chunk of chunks) {
			sha256.update(chunk);
			read += chunk.length;
			const pieces = png ? checked(() => png.push(chunk)) : [chunk];
			for (const piece of pieces) {
				streamed += piece.length;
				if (streamed > page.streamLength) throw changed('it grew');
				yield piece;
			}
		}
		if (png) checked(() => png.end());
	} finally {
		if (!Buffer.isBuffer(content)) content.destroy();
	}
	if (read !== photo.size || streamed !== page.streamLength) {
		throw changed(`${read} bytes instead of ${photo.size}`);
	}
}

async function* pdfBytes(pieces: ReadonlyArray<PdfPiece<PreparedPhoto>>, onHashed: (hex: string) => void): AsyncGenerator<Buffer> {
	const sha256 = new StreamingSha256();
	for (const piece of pieces) {
		if ('bytes' in piece) yield piece.bytes;
		else yield* photoStreamBytes(piece.source, sha256);
	}
	onHashed(sha256.finish());
}

interface Problem {
	fileName: string;
	error: PhotoFormatError;
}

/** Every photo that cannot go in, and what to do: send a damaged one again, save an unsupported one otherwise. */
function describeAll(problems: readonly Problem[], total: number): string {
	const list = problems.map(({ fileName, error }) => `"${fileName}" ${error.message}`).join('; ');
	const lead = problems.length === 1 ? (total === 1 ? '' : `1 of ${total} photos cannot go into one PDF: `) : `${problems.length} of ${total} photos cannot go into one PDF: `;
	const advice: string[] = [];
	for (const kind of ['damaged', 'unsupported'] as const) {
		const these = problems.filter(({ error }) => error.problem === kind);
		if (these.length === 0) continue;
		const all = these.length === problems.length;
		const them = all ? (these.length === 1 ? 'it' : 'them') : these.map(({ fileName }) => `"${fileName}"`).join(', ');
		advice.push(
			kind === 'damaged'
				? `Send ${all ? `the complete ${these.length === 1 ? 'file' : 'files'}` : them} again, as the phone or scanner saved ${these.length === 1 ? 'it' : 'them'}: a damaged photo would reach GLAIR as a blank or partial page.`
				: `Save ${them} as JPEG (or as PNG without transparency or interlacing), or turn off Combine Files to read each file on its own.`,
		);
	}
	return `${lead}${list}. ${advice.join(' ')}`;
}

/** What is wrong with a photo's bytes goes in the list of problems; anything else (I/O) goes on up. */
function formatProblemOrThrow(error: unknown): PhotoFormatError {
	if (error instanceof PhotoFormatError) return error;
	throw error;
}

/**
 * Prepares the PDF of these page photos, in this order. Reads each photo whole (readPhoto.ts:
 * nothing is kept but a few numbers per photo); throws a CombinedPdfError naming every photo that
 * cannot go in, damaged or not one a PDF page can hold, or the limit the PDF is over.
 */
export async function assembleCombinedPdf(photos: readonly PagePhoto[], options: CombinedPdfOptions): Promise<CombinedPdf> {
	const maxPages = options.maxPages ?? DEFAULT_MAX_PAGES;
	const allNames = photos.map((photo) => photo.fileName);
	if (photos.length === 0) throw new CombinedPdfError('There are no photos to combine into one document.', []);
	if (photos.length > maxPages) {
		throw new CombinedPdfError(
			`${photos.length} photos were selected for one document, over the limit of ${maxPages} pages. ` +
				'Split them over several items, or turn off Combine Files.',
			allNames,
		);
	}

	const prepared: PreparedPhoto[] = [];
	const problems: Problem[] = [];
	for (const photo of photos) {
		if (photo.size <= 0) {
			problems.push({ fileName: photo.fileName, error: damaged('is empty (0 bytes)') });
			continue;
		}
		const outcome = await preparePhoto(photo).catch(formatProblemOrThrow);
		if (outcome instanceof PhotoFormatError) problems.push({ fileName: photo.fileName, error: outcome });
		else prepared.push(outcome);
	}
	if (problems.length > 0) {
		throw new CombinedPdfError(
			describeAll(problems, photos.length),
			problems.map((problem) => problem.fileName),
		);
	}

	const { pieces, size } = layOutPdf('1.5', pdfObjects(prepared), { root: 1 });
	if (size > options.maxTotalBytes) {
		const [sizeText, limitText] = sizeAgainstLimit(size, options.maxTotalBytes);
		throw new CombinedPdfError(
			`The ${photos.length} photos make a PDF of ${sizeText}, over the ${limitText} limit ` +
				'for one upload. Send fewer or smaller photos per item (a phone\'s "medium" size reads as well), or raise Max File Size (MB) if GLAIR accepts larger files for your account.',
			allNames,
		);
	}

	let latestSha256: string | undefined;
	return {
		fileName: options.fileName ?? 'photos.pdf',
		mimeType: 'application/pdf',
		size,
		pages: prepared.map((page, pageIndex) => ({
			pageIndex,
			fileName: page.photo.fileName,
			type: page.photo.type,
			widthPixels: page.width,
			heightPixels: page.height,
		})),
		open: async () =>
			Readable.from(
				pdfBytes(pieces, (hex) => {
					latestSha256 = hex;
				}),
				{ objectMode: false },
			),
		sha256: () => latestSha256,
	};
}
