import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BpkbPage } from '../helpers/bpkbSpec';
import { singlePageSampleReading, vehicleFileBpkbPageReading } from './documents';
import type { DocumentReading } from './envelopes';
import { DEFAULT_SAMPLES_DIRECTORY } from './sampleDocuments';

/**
 * A PDF assembled from page photos (the node's Combine Files) is a file the sandbox has never
 * seen, so its SHA-256 means nothing. What it can recognise are the photos inside: a JPEG page
 * is embedded byte for byte (its image stream's SHA-256 is the .jpg file's), a PNG page as its
 * IDAT data (the stream's SHA-256 is that of the .png's IDAT payloads, concatenated).
 *
 * The upload streams through the sandbox and is not kept (see multipart.ts), so the PDF is read
 * as it arrives: image streams are hashed chunk by chunk, other streams are counted past, and
 * only the text between streams (object dictionaries, the xref table) is kept, up to
 * MAX_TEXT_CHARACTERS; a PDF with more than that is not looked into.
 *
 * Invented: the real API documents `page_index` only as "0-based page of the upload". That the
 * answer for an assembled PDF gives each section the index of the page its photo is on, and that
 * a page no sample matches contributes nothing, is this sandbox's assumption.
 */

/** The SHA-256 of each image XObject a page uses, in page order. */
export type PageImages = string[][];

const MAX_TEXT_CHARACTERS = 256 * 1024;
const STREAM_KEYWORD = /(?<![A-Za-z])stream\r?\n/g;
const OBJECT_HEADER = /(\d+)\s+\d+\s+obj\b/g;
const WHOLE_OBJECT = /(\d+)\s+\d+\s+obj\b([\s\S]*?)\bendobj\b/g;

interface OpenStream {
	remaining: number;
	/** Set for image XObjects: their bytes are hashed. */
	hash?: ReturnType<typeof createHash>;
	objectId: number;
}

/** Reads a PDF's structure and hashes its images as its bytes arrive; holds none of the streams. */
export class PdfImageScanner {
	private isPdf: boolean | undefined;
	private gaveUp = false;
	private text = '';
	private searchFrom = 0;
	private keptCharacters = 0;
	private stream: OpenStream | undefined;
	private readonly objects = new Map<number, string>();
	private readonly imageDigests = new Map<number, string>();

	write(chunk: Buffer): void {
		if (this.gaveUp || this.isPdf === false) return;
		let bytes = chunk;
		while (bytes.length > 0 && !this.gaveUp) {
			if (this.stream) {
				const take = Math.min(this.stream.remaining, bytes.length);
				this.stream.hash?.update(bytes.subarray(0, take));
				this.stream.remaining -= take;
				bytes = bytes.subarray(take);
				if (this.stream.remaining === 0) {
					if (this.stream.hash) this.imageDigests.set(this.stream.objectId, this.stream.hash.digest('hex'));
					this.stream = undefined;
				}
				continue;
			}
			this.text += bytes.toString('latin1');
			bytes = Buffer.alloc(0);
			if (this.isPdf === undefined && this.text.length >= 5) {
				this.isPdf = this.text.startsWith('%PDF-');
				if (!this.isPdf) return;
			}
			if (this.keptCharacters + this.text.length > MAX_TEXT_CHARACTERS) return this.giveUp();
			STREAM_KEYWORD.lastIndex = this.searchFrom;
			const keyword = STREAM_KEYWORD.exec(this.text);
			if (!keyword) {
				this.searchFrom = Math.max(0, this.text.length - 8);
				continue;
			}
			const streamData = keyword.index + keyword[0].length;
			bytes = Buffer.from(this.text.slice(streamData), 'latin1');
			this.openStream(this.text.slice(0, keyword.index));
			this.text = '';
			this.searchFrom = 0;
		}
	}

	/** The images page by page, or undefined for a file that is not a PDF this scanner could follow. */
	end(): PageImages | undefined {
		if (this.gaveUp || !this.isPdf || this.stream) return undefined;
		this.recordWholeObjects(this.text);
		return this.pageImages();
	}

	private giveUp(): void {
		this.gaveUp = true;
		this.text = '';
		this.objects.clear();
	}

	/** `before` ends with the dictionary of the object whose stream starts now. */
	private openStream(before: string): void {
		let header: RegExpExecArray | undefined;
		for (const match of before.matchAll(OBJECT_HEADER)) header = match;
		if (!header) return this.giveUp();
		this.recordWholeObjects(before.slice(0, header.index));
		const objectId = Number(header[1]);
		const dictionary = before.slice(header.index + header[0].length);
		this.keep(objectId, dictionary);
		// A /Length given as a reference to another object would need that object first: not followed.
		const length = /\/Length\s+(\d+)(?!\s+\d+\s+R)/.exec(dictionary);
		if (!length) return this.giveUp();
		const isImage = /\/Subtype\s*\/Image\b/.test(dictionary);
		this.stream = { remaining: Number(length[1]), objectId, hash: isImage ? createHash('sha256') : undefined };
		if (this.stream.remaining === 0) {
			if (this.stream.hash) this.imageDigests.set(objectId, this.stream.hash.digest('hex'));
			this.stream = undefined;
		}
	}

	private recordWholeObjects(text: string): void {
		for (const match of text.matchAll(WHOLE_OBJECT)) this.keep(Number(match[1]), match[2]);
	}

	private keep(objectId: number, body: string): void {
		this.objects.set(objectId, body);
		this.keptCharacters += body.length;
	}

	private pageImages(): PageImages | undefined {
		const catalog = [...this.objects.values()].find((body) => /\/Type\s*\/Catalog\b/.test(body));
		const root = catalog === undefined ? undefined : reference(catalog, 'Pages');
		if (root === undefined) return undefined;
		const pages: PageImages = [];
		const visit = (id: number, inheritedResources: string | undefined, depth: number): boolean => {
			const body = this.objects.get(id);
			if (body === undefined || depth > 32) return false;
			const resources = this.resourcesOf(body) ?? inheritedResources;
			if (/\/Type\s*\/Pages\b/.test(body)) {
				const kids = /\/Kids\s*\[([^\]]*)\]/.exec(body)?.[1] ?? '';
				return [...kids.matchAll(/(\d+)\s+\d+\s+R/g)].every((kid) => visit(Number(kid[1]), resources, depth + 1));
			}
			const xObjects = resources && this.dictionaryEntry(resources, 'XObject');
			const ids = xObjects ? [...xObjects.matchAll(/\/[^\s/<>[\]()]+\s+(\d+)\s+\d+\s+R/g)].map((m) => Number(m[1])) : [];
			pages.push(ids.flatMap((imageId) => this.imageDigests.get(imageId) ?? []));
			return true;
		};
		return visit(root, undefined, 0) ? pages : undefined;
	}

	/** A page's (or page tree node's) /Resources dictionary text, following one reference. */
	private resourcesOf(body: string): string | undefined {
		return this.dictionaryEntry(body, 'Resources');
	}

	/** The `<< ... >>` after /key, or the body of the object /key refers to. */
	private dictionaryEntry(body: string, key: string): string | undefined {
		const at = new RegExp(`/${key}\\s*`).exec(body);
		if (!at) return undefined;
		const rest = body.slice(at.index + at[0].length);
		const referenced = /^(\d+)\s+\d+\s+R/.exec(rest);
		if (referenced) return this.objects.get(Number(referenced[1]));
		return rest.startsWith('<<') ? balancedDictionary(rest) : undefined;
	}
}

function reference(body: string, key: string): number | undefined {
	const match = new RegExp(`/${key}\\s+(\\d+)\\s+\\d+\\s+R`).exec(body);
	return match ? Number(match[1]) : undefined;
}

/** `<< ... >>` from the start of `text`, nested dictionaries included. */
function balancedDictionary(text: string): string | undefined {
	let depth = 0;
	for (let at = 0; at < text.length - 1; at++) {
		if (text.startsWith('<<', at)) {
			depth++;
			at++;
		} else if (text.startsWith('>>', at)) {
			depth--;
			at++;
			if (depth === 0) return text.slice(0, at + 1);
		}
	}
	return undefined;
}

/** The images of a PDF held whole, page by page (for tests; the sandbox scans as it streams). */
export function scanPdfImages(pdf: Buffer, chunkSize = 64 * 1024): PageImages | undefined {
	const scanner = new PdfImageScanner();
	for (let at = 0; at < pdf.length; at += chunkSize) scanner.write(pdf.subarray(at, at + chunkSize));
	return scanner.end();
}

/** The PNG's IDAT payloads, concatenated: what a PDF embeds of it without re-encoding. */
export function pngImageData(png: Buffer): Buffer {
	const parts: Buffer[] = [];
	for (let offset = 8; offset + 8 <= png.length; ) {
		const length = png.readUInt32BE(offset);
		if (png.toString('latin1', offset + 4, offset + 8) === 'IDAT') parts.push(png.subarray(offset + 8, offset + 8 + length));
		offset += 12 + length;
	}
	return Buffer.concat(parts);
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const PAGES: readonly BpkbPage[] = [1, 2, 3, 4];

/** A sample page photo: which page of which book it shows, and that page read on its own (page_index 0). */
export interface SamplePagePhoto {
	page: BpkbPage;
	reading: () => DocumentReading;
}

/**
 * The vehicle file's page photos: [file under samples/, its book's fixture, page]. Kept here, not
 * imported from test/samples/, so the sandbox does not load the sample generator.
 */
const VEHICLE_FILE_PHOTOS: ReadonlyArray<readonly [fileName: string, fixture: string, page: BpkbPage]> = [
	...PAGES.map((page) => [`vehicle-file/bpkb-photo-${page}.jpg`, 'bpkb-vehicle-file-response.json', page] as const),
	['vehicle-file/bpkb-other-owner-photo-1.jpg', 'bpkb-vehicle-file-other-owner-response.json', 1],
];

/** Image-stream SHA-256 -> the BPKB page the sample photo shows. A missing sample is not recognised. */
export function loadSamplePagePhotos(directory = DEFAULT_SAMPLES_DIRECTORY): Map<string, SamplePagePhoto> {
	const photos = new Map<string, SamplePagePhoto>();
	for (const page of PAGES) {
		const vendorPage = { page, reading: () => singlePageSampleReading(page) };
		const jpeg = join(directory, `bpkb-photo-${page}.jpg`);
		if (existsSync(jpeg)) photos.set(sha256(readFileSync(jpeg)), vendorPage);
		const png = join(directory, `bpkb-page-${page}.png`);
		if (existsSync(png)) photos.set(sha256(pngImageData(readFileSync(png))), vendorPage);
	}
	for (const [fileName, fixture, page] of VEHICLE_FILE_PHOTOS) {
		const jpeg = join(directory, fileName);
		if (existsSync(jpeg)) photos.set(sha256(readFileSync(jpeg)), { page, reading: () => vehicleFileBpkbPageReading(fixture, page) });
	}
	return photos;
}

const photosByDirectory = new Map<string, Map<string, SamplePagePhoto>>();

/**
 * What the sandbox reads in an uploaded PDF from its images: for each page showing a sample page
 * photo, that page's section of the photo's book (the vendor sample, or a vehicle-file BPKB) with
 * every `page_index` set to the page's 0-based position in the upload. Undefined when no page shows one (or `pages` is undefined).
 * A section shown on two pages is read from the first.
 */
export function assembledPdfReading(
	pages: PageImages | undefined,
	directory = DEFAULT_SAMPLES_DIRECTORY,
): DocumentReading | undefined {
	if (!pages) return undefined;
	let photos = photosByDirectory.get(directory);
	if (!photos) {
		photos = loadSamplePagePhotos(directory);
		photosByDirectory.set(directory, photos);
	}
	const reading: DocumentReading = {};
	pages.forEach((images, pageIndex) => {
		const photo = images.map((digest) => photos.get(digest)).find((known) => known !== undefined);
		if (photo === undefined) return;
		for (const [section, fields] of Object.entries(photo.reading())) {
			const key = section as keyof DocumentReading;
			if (reading[key] || !fields) continue;
			for (const field of Object.values(fields) as Array<{ page_index: number }>) field.page_index = pageIndex;
			reading[key] = fields;
		}
	});
	return Object.keys(reading).length > 0 ? reading : undefined;
}
