import fc from 'fast-check';
import { Readable } from 'node:stream';

import { readEndsFromStream } from '../../../../../nodes/GlairVision/engine/input/prepareDocument';
import { PDF_TAIL_BYTES, SNIFF_BYTES } from '../../../../../nodes/GlairVision/engine/input/fileType';

/** A file as a store other than the local disk (S3, database) hands it over: in chunks. */
function chunked(bytes: Buffer, sizes: number[]): Readable {
	const chunks: Buffer[] = [];
	let offset = 0;
	for (let index = 0; offset < bytes.length; index++) {
		const size = Math.max(1, sizes[index % sizes.length]);
		chunks.push(bytes.subarray(offset, offset + size));
		offset += size;
	}
	return Readable.from(chunks);
}

describe('Reading the ends of a streamed file', () => {
	it('keeps exactly the first bytes and a PDF\'s last kilobyte, however the chunks fall', async () => {
		await fc.assert(
			fc.asyncProperty(
				fc.uint8Array({ minLength: 0, maxLength: 5000 }),
				fc.array(fc.integer({ min: 1, max: 3000 }), { minLength: 1, maxLength: 6 }),
				async (body, sizes) => {
					const file = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.from(body)]);
					const { head, tail } = await readEndsFromStream(chunked(file, sizes));
					expect(head).toEqual(file.subarray(0, SNIFF_BYTES));
					expect(tail).toEqual(file.subarray(-PDF_TAIL_BYTES));
				},
			),
		);
	});

	it('stops after the head for anything that is not a PDF', async () => {
		const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(100_000)]);
		let chunksRead = 0;
		async function* chunks() {
			for (let offset = 0; offset < png.length; offset += 1000) {
				chunksRead++;
				yield png.subarray(offset, offset + 1000);
			}
		}
		const { head } = await readEndsFromStream(Readable.from(chunks()));
		expect(head).toEqual(png.subarray(0, SNIFF_BYTES));
		expect(chunksRead).toBeLessThan(5);
	});
});
