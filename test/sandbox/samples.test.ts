import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32, inflateSync } from 'node:zlib';
import { FIXTURES_DIRECTORY, SAMPLE_FILE_NAMES, SAMPLES_DIRECTORY, makeAnswerFixtures, makeSamples } from '../samples';
import { DOCUMENT_SPECS } from '../../nodes/GlairVision/documents/registry';
import { EACH_DOCUMENT } from '../helpers/eachDocument';

/**
 * samples/ must be exactly what `npm run samples` (test/samples/) writes. PDF and GIF are compared byte for
 * byte. PNGs are compared by their decoded pixels: their IDAT is zlib output, and zlib builds
 * (Node bundles a fork tuned per CPU) are free to compress the same pixels differently.
 */

const generated = makeSamples();
const committed = (fileName: string) => readFileSync(join(SAMPLES_DIRECTORY, fileName));

interface PngChunk {
	type: string;
	data: Buffer;
}

function pngChunks(png: Buffer): PngChunk[] {
	expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
	const chunks: PngChunk[] = [];
	for (let offset = 8; offset < png.length; ) {
		const length = png.readUInt32BE(offset);
		const typeAndData = png.subarray(offset + 4, offset + 8 + length);
		expect(png.readUInt32BE(offset + 8 + length)).toBe(crc32(typeAndData));
		chunks.push({ type: typeAndData.subarray(0, 4).toString('latin1'), data: typeAndData.subarray(4) });
		offset += 12 + length;
	}
	return chunks;
}

function decodedPng(png: Buffer) {
	const chunks = pngChunks(png);
	const header = chunks.find((chunk) => chunk.type === 'IHDR')?.data as Buffer;
	const imageData = Buffer.concat(chunks.filter((chunk) => chunk.type === 'IDAT').map((chunk) => chunk.data));
	return {
		chunkTypes: chunks.map((chunk) => chunk.type),
		width: header.readUInt32BE(0),
		height: header.readUInt32BE(4),
		bitDepth: header[8],
		colorType: header[9],
		scanlines: inflateSync(imageData),
	};
}

describe('samples/', () => {
	it('holds every file the generator makes', () => {
		expect(Object.keys(generated).sort()).toEqual([...SAMPLE_FILE_NAMES].sort());
	});

	it.each(['bpkb-sample.pdf', 'signature.gif', 'bank-statement.pdf', 'bank-statement-edited.pdf'] as const)('%s is byte for byte what the generator makes', (fileName) => {
		expect(committed(fileName).equals(generated[fileName])).toBe(true);
	});

	it.each(['bpkb-page-1.png', 'bpkb-page-2.png', 'bpkb-page-3.png', 'bpkb-page-4.png', 'not-a-bpkb.png', 'stnk-sample.png', 'ktp-sample.png', 'ktp-photocopy.png', 'npwp-sample.png', 'kk-sample.png', 'kk-other-family.png', 'invoice-sample.png', 'receipt-sample.png', 'tax-invoice-sample.png', 'skpr-sample.png'] as const)(
		'%s holds the pixels the generator draws, in a valid PNG under 60 KB',
		(fileName) => {
			const { scanlines, ...onDisk } = decodedPng(committed(fileName));
			const { scanlines: generatedScanlines, ...generatedHeader } = decodedPng(generated[fileName]);
			expect(onDisk).toEqual(generatedHeader);
			// Buffer.equals: jest's deep equality walks a 450 KB buffer byte by byte, for seconds.
			expect(scanlines.equals(generatedScanlines)).toBe(true);
			expect(onDisk.chunkTypes).toEqual(['IHDR', 'IDAT', 'IEND']);
			expect([onDisk.bitDepth, onDisk.colorType]).toEqual([8, 0]); // 8-bit grayscale
			expect(scanlines.length).toBe((onDisk.width + 1) * onDisk.height);
			expect(committed(fileName).length).toBeLessThan(60 * 1024);
		},
	);

	it('page images are 800x560', () => {
		const { width, height } = decodedPng(committed('bpkb-page-1.png'));
		expect([width, height]).toEqual([800, 560]);
	});

	it('the generator is deterministic', () => {
		const again = makeSamples();
		for (const fileName of SAMPLE_FILE_NAMES) expect(again[fileName].equals(generated[fileName])).toBe(true);
	});
});

describe('bpkb-sample.pdf', () => {
	const pdf = committed('bpkb-sample.pdf');
	const text = pdf.toString('latin1');

	it('is a PDF 1.4 of four pages, a few KB', () => {
		expect(text.startsWith('%PDF-1.4\n')).toBe(true);
		expect(text).toContain('/Type /Pages /Kids [6 0 R 8 0 R 10 0 R 12 0 R] /Count 4');
		expect(text.trimEnd().endsWith('%%EOF')).toBe(true);
		expect(pdf.length).toBeLessThan(16 * 1024);
	});

	it('has an xref table whose offsets point at their objects', () => {
		const startXref = Number(/startxref\n(\d+)\n%%EOF/.exec(text)?.[1]);
		expect(text.startsWith('xref\n', startXref)).toBe(true);
		const [, firstId, count] = /^xref\n(\d+) (\d+)\n/.exec(text.slice(startXref)) ?? [];
		expect(Number(firstId)).toBe(0);
		const entries = text.slice(startXref).split('\n').slice(2, 2 + Number(count));
		entries.slice(1).forEach((entry, index) => {
			expect(entry).toMatch(/^\d{10} 00000 n $/);
			expect(text.startsWith(`${index + 1} 0 obj\n`, Number(entry.slice(0, 10)))).toBe(true);
		});
	});

	it('gives each content stream its true length', () => {
		for (const match of text.matchAll(/<< \/Length (\d+) >>\nstream\n/g)) {
			const start = (match.index ?? 0) + match[0].length;
			expect(text.startsWith('\nendstream', start + Number(match[1]))).toBe(true);
		}
	});

	it('prints the real page titles and the specimen notice on every page', () => {
		for (const title of [
			'IDENTITAS PEMILIK',
			'IDENTITAS KENDARAAN BERMOTOR',
			'DOKUMEN REGISTRASI PERTAMA',
			'HALAMAN TERAKHIR',
		]) {
			expect(text).toContain(`(${title}) Tj`);
		}
		expect(text.match(/\(SPECIMEN - FICTITIOUS\) Tj/g)).toHaveLength(4);
	});
});

describe('signature.gif', () => {
	it('is a small GIF89a', () => {
		const gif = committed('signature.gif');
		expect(gif.subarray(0, 6).toString('latin1')).toBe('GIF89a');
		expect(gif[gif.length - 1]).toBe(0x3b);
		expect(gif.length).toBeLessThan(2048);
	});
});

describe('the vehicle file: the sandbox\'s invented answers for the STNK and KTP samples', () => {
	const fixtures = makeAnswerFixtures();
	const committedFixture = (fileName: string) => JSON.parse(readFileSync(join(FIXTURES_DIRECTORY, fileName), 'utf8'));
	/** The answer with each base64 image replaced by its decoded pixels (zlib output may differ per build). */
	const comparable = (answer: Record<string, unknown>) =>
		JSON.parse(JSON.stringify(answer), (key, value) =>
			(key === 'foto' || key === 'tanda_tangan') && value?.value ? { ...value, value: decodedPng(Buffer.from(value.value, 'base64')).scanlines.toString('base64') } : value,
		);

	it.each(Object.keys(fixtures))('%s is what the generator makes from the sample\'s content, and says it is invented', (fileName) => {
		const committedAnswer = committedFixture(fileName);
		expect(comparable(committedAnswer)).toEqual(comparable(fixtures[fileName] as Record<string, unknown>));
		expect(committedAnswer._invented).toMatch(/^INVENTED/);
	});

	it('the STNK and the KTP name the same owner, NIK and address; both STNK pages the same car', () => {
		const stnk = committedFixture('stnk-sample-response.json').read;
		const ktp = committedFixture('ktp-sample-response.json').read;
		expect(stnk.halaman_stnk.nama_pemilik.value).toBe(ktp.nama.value);
		expect(stnk.halaman_stnk.nomor_identitas_pemilik.value).toBe(ktp.nik.value);
		expect(stnk.halaman_stnk.alamat.value).toContain(ktp.alamat.value);
		for (const key of ['nomor_registrasi', 'nomor_rangka', 'nomor_mesin', 'nomor_bpkb', 'nama_pemilik', 'nomor_identitas_pemilik']) {
			expect([key, stnk.halaman_pajak_tahunan[key].value]).toEqual([key, stnk.halaman_stnk[key].value]);
		}
	});

	it('the KTP\'s photo and signature are small real PNG images of the card', () => {
		const ktp = committedFixture('ktp-sample-response.json').read;
		for (const image of [ktp.foto, ktp.tanda_tangan]) {
			const bytes = Buffer.from(image.value, 'base64');
			const { width, height, chunkTypes } = decodedPng(bytes);
			expect(chunkTypes).toEqual(['IHDR', 'IDAT', 'IEND']);
			expect(width * height).toBeGreaterThan(1000);
			expect(bytes.length).toBeLessThan(8 * 1024);
		}
	});
});

describe('a sample of each document', () => {
	it('every document the node reads has a sample the demo and the e2e read (the vehicle file\'s four on their own), and the sample exists', () => {
		const vehicleFile = ['bpkb', 'stnk', 'ktp', 'npwp'];
		const listed = EACH_DOCUMENT.map(([resource]) => resource);
		expect([...vehicleFile, ...listed].sort()).toEqual(DOCUMENT_SPECS.map((spec) => spec.resource).sort());
		for (const [, sample] of EACH_DOCUMENT) expect({ sample, exists: existsSync(join(SAMPLES_DIRECTORY, sample)) }).toEqual({ sample, exists: true });
	});
});
