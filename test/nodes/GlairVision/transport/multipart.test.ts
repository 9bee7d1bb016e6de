import { Readable } from 'node:stream';

import {
	BUFFERED_UPLOAD_MAX_BYTES,
	buildMultipartBody,
	buildMultipartForm,
	type UploadSource,
} from '../../../../nodes/GlairVision/transport/multipart';

function upload(bytes: Buffer, as: 'stream' | 'buffer', size = bytes.length): UploadSource {
	return {
		fileName: 'bpkb scan.pdf',
		mimeType: 'application/pdf',
		size,
		open: async () => (as === 'buffer' ? bytes : Readable.from([bytes.subarray(0, 7), bytes.subarray(7)])),
	};
}

/** The body GLAIR must receive, for the boundary the form picked. */
function expectedBody(boundary: string, bytes: Buffer, page?: number): Buffer {
	const parts = [
		Buffer.from(
			`--${boundary}\r\nContent-Disposition: form-data; name="image"; filename="bpkb scan.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
		),
		bytes,
		Buffer.from('\r\n'),
	];
	if (page !== undefined) {
		parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="page"\r\n\r\n${page}\r\n`));
	}
	parts.push(Buffer.from(`--${boundary}--\r\n`));
	return Buffer.concat(parts);
}

async function bytesOf(body: Readable | Buffer): Promise<Buffer> {
	if (Buffer.isBuffer(body)) return body;
	const chunks: Buffer[] = [];
	for await (const chunk of body) chunks.push(chunk as Buffer);
	return Buffer.concat(chunks);
}

function boundaryOf(headers: Record<string, string>): string {
	return /boundary=(.+)$/.exec(headers['content-type'])![1];
}

describe('buildMultipartBody', () => {
	const small = Buffer.from('%PDF-1.4 a small scan %%EOF');

	it.each(['stream', 'buffer'] as const)('sends a small file (%s) as one buffer, byte for byte the streamed form', async (as) => {
		const { body, headers } = await buildMultipartBody(upload(small, as), undefined);
		expect(Buffer.isBuffer(body)).toBe(true);
		expect((body as Buffer).equals(expectedBody(boundaryOf(headers), small))).toBe(true);
		expect(headers['content-length']).toBe(String((body as Buffer).length));
	});

	it('adds the page part after the image', async () => {
		const { body, headers } = await buildMultipartBody(upload(small, 'stream'), 3);
		expect((body as Buffer).equals(expectedBody(boundaryOf(headers), small, 3))).toBe(true);
		expect(headers['content-length']).toBe(String((body as Buffer).length));
	});

	it.each(['stream', 'buffer'] as const)('streams a file over the limit (%s), with the same bytes and length', async (as) => {
		const large = Buffer.alloc(BUFFERED_UPLOAD_MAX_BYTES + 1, 7);
		const { body, headers } = await buildMultipartBody(upload(large, as), undefined);
		expect(Buffer.isBuffer(body)).toBe(false);
		const sent = await bytesOf(body);
		expect(sent.equals(expectedBody(boundaryOf(headers), large))).toBe(true);
		expect(headers['content-length']).toBe(String(sent.length));
	});

	it('declares the length from the upload size, so a file longer than declared cannot pass for it', async () => {
		const { body, headers } = await buildMultipartBody(upload(small, 'stream', small.length - 5), undefined);
		expect((body as Buffer).length).toBeGreaterThan(Number(headers['content-length']));
	});

	it('stops reading a small file when the signal aborts, with its reason', async () => {
		const controller = new AbortController();
		const reason = new Error('stopped');
		controller.abort(reason);
		await expect(buildMultipartBody(upload(small, 'stream'), undefined, controller.signal)).rejects.toBe(reason);
	});

	it('passes on a read error of a small file', async () => {
		const failure = new Error('disk gone');
		const broken: UploadSource = {
			...upload(small, 'stream'),
			open: async () =>
				new Readable({
					read() {
						this.destroy(failure);
					},
				}),
		};
		await expect(buildMultipartBody(broken, undefined)).rejects.toBe(failure);
	});
});

describe('buildMultipartForm', () => {
	const face = Buffer.from('a face');
	const selfie = Buffer.from('a selfie');
	const named = (fileName: string, bytes: Buffer): UploadSource => ({ ...upload(bytes, 'stream'), fileName, mimeType: 'image/jpeg' });
	const filePart = (boundary: string, name: string, fileName: string, bytes: Buffer) => [
		Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"; filename="${fileName}"\r\nContent-Type: image/jpeg\r\n\r\n`),
		bytes,
		Buffer.from('\r\n'),
	];

	it('sends every part in the order given, files under their own names and text fields as they are', async () => {
		const { body, headers } = await buildMultipartForm([
			{ name: 'stored_image', file: named('foto.jpg', face) },
			{ name: 'captured_image', file: named('selfie.jpg', selfie) },
			{ name: 'gesture-code', text: 'HEAD_LEFT' },
		]);
		const boundary = boundaryOf(headers);
		const expected = Buffer.concat([
			...filePart(boundary, 'stored_image', 'foto.jpg', face),
			...filePart(boundary, 'captured_image', 'selfie.jpg', selfie),
			Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="gesture-code"\r\n\r\nHEAD_LEFT\r\n--${boundary}--\r\n`),
		]);
		expect((body as Buffer).equals(expected)).toBe(true);
		expect(headers['content-length']).toBe(String(expected.length));
	});

	it('streams the whole body when one file is large, and dispose closes every file it opened', async () => {
		const large = Buffer.alloc(BUFFERED_UPLOAD_MAX_BYTES + 1, 5);
		const opened: Readable[] = [];
		const tracked = (fileName: string, bytes: Buffer): UploadSource => ({
			...named(fileName, bytes),
			open: async () => {
				const stream = Readable.from([bytes]);
				opened.push(stream);
				return stream;
			},
		});
		const built = await buildMultipartForm([
			{ name: 'stored_image', file: tracked('foto.jpg', face) },
			{ name: 'captured_image', file: tracked('selfie.jpg', large) },
		]);
		expect(Buffer.isBuffer(built.body)).toBe(false);
		built.dispose();
		expect(opened.map((stream) => stream.destroyed)).toEqual([true, true]);
	});

	it('closes the files already opened when a later one cannot be', async () => {
		const large = Buffer.alloc(BUFFERED_UPLOAD_MAX_BYTES + 1, 5);
		const first = Readable.from([large]);
		const failure = new Error('binary store gone');
		await expect(
			buildMultipartForm([
				{ name: 'stored_image', file: { ...named('foto.jpg', large), open: async () => first } },
				{ name: 'captured_image', file: { ...named('selfie.jpg', selfie), open: async () => Promise.reject(failure) } },
			]),
		).rejects.toBe(failure);
		expect(first.destroyed).toBe(true);
	});
});
