import { deflateSync } from 'node:zlib';
import { PngRowCounter, inflatedRowLength } from '../../../../../../nodes/GlairVision/engine/input/combine/pngRows';
import { noise } from './pngBytes';

const rgb = (width: number, height: number) => ({ width, height, bitDepth: 8, colorType: 2 });

/** Feeds `data` to a counter in pieces of `size`; the refusal's message, or "ok". */
async function count(info: ReturnType<typeof rgb>, data: Buffer, size = 1000): Promise<string> {
	const counter = new PngRowCounter(info);
	try {
		for (let at = 0; at < data.length; at += size) await counter.write(data.subarray(at, at + size));
		await counter.end();
		return 'ok';
	} catch (error) {
		return (error as Error).message;
	} finally {
		counter.dispose();
	}
}

describe('inflatedRowLength', () => {
	it('is the filter byte and the packed pixels of one row', () => {
		expect(inflatedRowLength(rgb(64, 48))).toBe(1 + 64 * 3);
		expect(inflatedRowLength({ width: 29, height: 1, bitDepth: 1, colorType: 0 })).toBe(1 + 4);
		expect(inflatedRowLength({ width: 19, height: 1, bitDepth: 16, colorType: 2 })).toBe(1 + 19 * 6);
		expect(inflatedRowLength({ width: 31, height: 1, bitDepth: 4, colorType: 3 })).toBe(1 + 16);
	});
});

describe('PngRowCounter', () => {
	const rows = deflateSync(noise(48 * (1 + 64 * 3), 3));

	it('accepts image data that inflates to exactly its rows, whatever the pieces', async () => {
		for (const size of [1, 7, 100_000]) expect(await count(rgb(64, 48), rows, size)).toBe('ok');
	});

	it('refuses a header that claims 65535 x 65535 pixels over the data of 64 x 48', async () => {
		expect(await count(rgb(65535, 65535), rows)).toBe(
			'is a PNG whose image data holds 0 of the 65535 rows its header claims (cut short or damaged)',
		);
		expect(await count(rgb(64, 96), rows)).toBe('is a PNG whose image data holds 48 of the 96 rows its header claims (cut short or damaged)');
	});

	it('refuses compressed data that is cut short', async () => {
		expect(await count(rgb(64, 48), rows.subarray(0, rows.length / 2))).toBe('is a PNG whose compressed image data is cut short (damaged)');
	});

	it('refuses compressed data that does not inflate', async () => {
		const corrupt = Buffer.from(rows);
		corrupt[corrupt.length - 1] ^= 0xff; // the Adler-32 at the end
		expect(await count(rgb(64, 48), corrupt)).toBe('is a damaged PNG (its compressed image data does not inflate: incorrect data check)');
	});

	it('refuses more data than the rows hold, and stops inflating there', async () => {
		const bomb = deflateSync(Buffer.alloc(64 * 1024 * 1024));
		expect(await count(rgb(64, 24), bomb)).toBe('is a damaged PNG (its image data holds more than the 64 x 24 pixels its header claims)');
	});
});
