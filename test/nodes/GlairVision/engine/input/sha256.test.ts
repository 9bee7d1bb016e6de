import { createHash } from 'node:crypto';
import { createReadStream, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import {
	Sha256Tap,
	StreamingSha256,
	hashWhileReading,
	hashedSource,
} from '../../../../../nodes/GlairVision/engine/input/sha256';
import { SAMPLES_DIRECTORY } from '../../../../samples';

const path = (fileName: string) => join(SAMPLES_DIRECTORY, fileName);
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

async function collect(stream: Readable): Promise<Buffer> {
	const chunks: Buffer[] = [];
	for await (const chunk of stream) chunks.push(chunk as Buffer);
	return Buffer.concat(chunks);
}

describe('Sha256Tap', () => {
	it('passes a file through unchanged and gives its digest once the stream ended', async () => {
		const tap = new Sha256Tap();
		const source = createReadStream(path('bpkb-photo-2.jpg'), { highWaterMark: 1024 });
		const reading = collect(tap);
		await pipeline(source, tap);
		const bytes = await reading;
		expect(bytes.equals(readFileSync(path('bpkb-photo-2.jpg')))).toBe(true);
		expect(tap.sha256.finish()).toBe(sha256(bytes));
		// The tap finished the hash when the stream ended: nothing more may be added.
		expect(() => tap.sha256.update(Buffer.from('late'))).toThrow('after the digest was taken');
	});

	it('hashes several files in order into one digest when the caller finishes it', async () => {
		const names = ['bpkb-photo-3.jpg', 'bpkb-page-1.png', 'bpkb-photo-1.jpg'];
		const combined = new StreamingSha256();
		for (const name of names) {
			const tap = new Sha256Tap(combined, { finishOnEnd: false });
			await pipeline(createReadStream(path(name)), tap, async (source: AsyncIterable<Buffer>) => {
				for await (const chunk of source) void chunk;
			});
		}
		// Each tap left the hash open for the next file: the caller finishes it.
		expect(combined.finish()).toBe(sha256(Buffer.concat(names.map((name) => readFileSync(path(name))))));
		expect(() => combined.update(Buffer.from('late'))).toThrow('after the digest was taken');
	});
});

describe('hashWhileReading', () => {
	it('hashes a Buffer at once and hands back the same Buffer, uncopied', () => {
		const bytes = readFileSync(path('bpkb-sample.pdf'));
		const meter = new StreamingSha256();
		expect(hashWhileReading(bytes, meter)).toBe(bytes);
		expect(meter.finish()).toBe(sha256(bytes));
	});

	it('passes a source error on to whoever reads the hashed stream', async () => {
		const failing = new Readable({
			read() {
				this.destroy(new Error('binary store went away'));
			},
		});
		await expect(collect(hashWhileReading(failing) as Readable)).rejects.toThrow('binary store went away');
	});
});

describe('hashedSource', () => {
	const bytes = readFileSync(path('bpkb-photo-4.jpg'));

	it('gives the digest of the last complete read, and nothing for a read cut short', async () => {
		let opens = 0;
		const source = hashedSource({
			fileName: 'bpkb-photo-4.jpg',
			mimeType: 'image/jpeg',
			size: bytes.length,
			open: async () => {
				opens++;
				return createReadStream(path('bpkb-photo-4.jpg'), { highWaterMark: 4096 });
			},
		});
		expect(source.fileName).toBe('bpkb-photo-4.jpg');
		expect(source.sha256()).toBeUndefined();

		// A retry abandoned after the first chunk, as the transport does on a reset.
		const abandoned = (await source.open()) as Readable;
		for await (const chunk of abandoned) {
			void chunk;
			break;
		}
		expect(source.sha256()).toBeUndefined();

		expect((await collect((await source.open()) as Readable)).equals(bytes)).toBe(true);
		expect(source.sha256()).toBe(sha256(bytes));
		expect(opens).toBe(2);
	});

	it('hashes an in-memory file as it is handed over', async () => {
		const source = hashedSource({ open: async () => bytes });
		expect(await source.open()).toBe(bytes);
		expect(source.sha256()).toBe(sha256(bytes));
	});
});
