import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { assembleCombinedPdf, type PagePhoto } from '../../nodes/GlairVision/engine/input/combine/combinedPdf';
import { parseJpegHead } from '../../nodes/GlairVision/engine/input/combine/jpegMarkers';
import { FIXTURES_DIRECTORY, SAMPLES_DIRECTORY, VEHICLE_FILE_SETS, makeAnswerFixtures, makeSamples } from '../samples';
import { CAR, OCR_SLIPS, OTHER_CHASSIS, OTHER_OWNER, OTHER_PERSON, OTHER_PLATE, OWNER } from '../samples/vehicleFile';
import { VEHICLE_FILE_BPKB_PHOTOS, VEHICLE_FILE_FIXTURES, VEHICLE_FILE_SAMPLE_NAMES } from '../samples/vehicleFileSamples';
import { PAGE_SECTIONS, type BpkbPage } from '../helpers/bpkbSpec';
import { pngImageData } from './assembledPdf';
import { GlairSandbox } from './server';
import { postTo, readJson, sample } from './testClient';
import { VEHICLE_FILE_DEMO, vehicleFileItem } from '../helpers/vehicleFile';

/**
 * The vehicle file (samples/vehicle-file/README.md): the invented BPKB agrees with the STNK and
 * KTP samples in every field they share, each variant differs in exactly the one thing it is
 * about, the committed files are what the generator makes, and the sandbox answers each with
 * its fixture over HTTP.
 */

type Field = { value: string; value_original: string; confidence: number; page_index: number; polygon: number[][] };
type Reading = Record<string, Record<string, Field>>;
type Answer = { _invented?: string; status: string; reason: string; read: Reading };

const fixture = (fileName: string): Answer => JSON.parse(readFileSync(join(FIXTURES_DIRECTORY, fileName), 'utf8'));
const committed = (fileName: string) => readFileSync(join(SAMPLES_DIRECTORY, fileName));
/** The fixture as the sandbox sends it: the note saying it is invented stays in the file. */
const withoutNote = (answer: Answer) => Object.fromEntries(Object.entries(answer).filter(([key]) => key !== '_invented'));

const bpkb = fixture('bpkb-vehicle-file-response.json').read;
const stnk = fixture('stnk-sample-response.json').read as Reading;
const ktp = fixture('ktp-sample-response.json').read as unknown as Record<string, Field>;

/** Every value of a reading as "section.key" -> value, for a sectioned or a flat answer. */
function values(read: Record<string, unknown>): Record<string, string> {
	const flat: Record<string, string> = {};
	for (const [key, entry] of Object.entries(read)) {
		const field = entry as Record<string, unknown>;
		if (typeof field.value === 'string') {
			// An image field (a KTP's foto) is compared as the field, not as its pixels.
			if (key !== 'foto' && key !== 'tanda_tangan') flat[key] = field.value;
		} else for (const [inner, value] of Object.entries(values(field))) flat[`${key}.${inner}`] = value;
	}
	return flat;
}

/** The keys whose values differ between two readings. */
function differences(a: Record<string, unknown>, b: Record<string, unknown>): string[] {
	const [left, right] = [values(a), values(b)];
	return [...new Set([...Object.keys(left), ...Object.keys(right)])].filter((key) => left[key] !== right[key]).sort();
}

describe('the vehicle file\'s BPKB agrees with the STNK and the KTP samples', () => {
	const owner = bpkb.identitas_pemilik;
	const car = bpkb.identitas_kendaraan;

	it('owner: name, NIK (no_ktp_tdp), occupation; the address written the BPKB\'s way', () => {
		expect(owner.nama_pemilik.value).toBe(OWNER.name);
		expect(owner.nama_pemilik.value).toBe(stnk.halaman_stnk.nama_pemilik.value);
		expect(owner.nama_pemilik.value).toBe(ktp.nama.value);
		expect(owner.no_ktp_tdp.value).toBe(ktp.nik.value);
		expect(owner.no_ktp_tdp.value).toBe(stnk.halaman_stnk.nomor_identitas_pemilik.value);
		expect(owner.pekerjaan.value).toBe(ktp.pekerjaan.value);
		// Street, kelurahan, kecamatan and city as the STNK has them, without its RT/RW.
		expect(owner.alamat.value).toBe('JL. CONTOH RAYA NO. 123 KEL. FIKTIF KEC. SAMPEL KOTA CONTOH');
		expect(owner.alamat.value.startsWith(ktp.alamat.value)).toBe(true);
		for (const part of [ktp.kelurahan_desa.value, ktp.kecamatan.value, ktp.kota_kabupaten.value]) expect(owner.alamat.value).toContain(part);
	});

	it('BPKB number and its stamp are the STNK\'s nomor_bpkb', () => {
		expect(owner.nomor_bpkb.value).toBe(CAR.bpkbNumber);
		expect(owner.stempel_nomor_bpkb.value).toBe(owner.nomor_bpkb.value);
		expect(stnk.halaman_stnk.nomor_bpkb.value).toBe(owner.nomor_bpkb.value);
		expect(stnk.halaman_pajak_tahunan.nomor_bpkb.value).toBe(owner.nomor_bpkb.value);
	});

	it.each([
		['nomor_registrasi', 'nomor_registrasi'],
		['nomor_rangka', 'nomor_rangka'],
		['nomor_mesin', 'nomor_mesin'],
		['merk', 'merk'],
		['type', 'tipe'],
		['jenis', 'jenis'],
		['model', 'model'],
		['tahun_pembuatan', 'tahun_pembuatan'],
		['warna', 'warna'],
		['isi_silinder', 'isi_silinder'],
		['bahan_bakar', 'bahan_bakar'],
		['warna_tnkb', 'warna_tnkb'],
	])('car: BPKB %s is the STNK\'s %s on both pages', (bpkbKey, stnkKey) => {
		expect(car[bpkbKey].value).not.toBe('');
		expect(stnk.halaman_stnk[stnkKey].value).toBe(car[bpkbKey].value);
		expect(stnk.halaman_pajak_tahunan[stnkKey].value).toBe(car[bpkbKey].value);
	});

	it('every field is read, on the page it is printed on, where the page image prints it', () => {
		for (const [page, section] of Object.entries(PAGE_SECTIONS)) {
			for (const [key, field] of Object.entries(bpkb[section])) {
				expect([key, field.page_index]).toEqual([key, Number(page) - 1]);
				expect(field.value).not.toBe('');
				expect(field.polygon).toHaveLength(4);
				for (const [x, y] of field.polygon) expect(x >= 0 && x <= 800 && y >= 0 && y <= 560).toBe(true);
			}
		}
		expect(owner.pada_tanggal).toMatchObject({ value: '24-11-2021', value_original: '24 NOPEMBER 2021' });
	});
});

describe('each variant differs from the consistent file in the one thing it is about', () => {
	it('the STNK of another chassis: nomor_rangka, by one real digit, on both pages', () => {
		const variant = fixture('stnk-other-chassis-response.json').read;
		expect(differences(stnk, variant)).toEqual(['halaman_pajak_tahunan.nomor_rangka', 'halaman_stnk.nomor_rangka']);
		expect(variant.halaman_stnk.nomor_rangka.value).toBe(OTHER_CHASSIS);
		const changed = [...OTHER_CHASSIS].map((character, at) => [character, CAR.chassis[at]]).filter(([a, b]) => a !== b);
		expect(changed).toEqual([['4', '3']]);
	});

	it('the STNK of another plate: nomor_registrasi, on both pages', () => {
		const variant = fixture('stnk-other-plate-response.json').read;
		expect(differences(stnk, variant)).toEqual(['halaman_pajak_tahunan.nomor_registrasi', 'halaman_stnk.nomor_registrasi']);
		expect(variant.halaman_stnk.nomor_registrasi.value).toBe(OTHER_PLATE);
	});

	it('the KTP of another person: NIK and name, and the birth date the NIK encodes', () => {
		const variant = fixture('ktp-other-person-response.json').read;
		expect(differences(ktp, variant)).toEqual(['nama', 'nik', 'tanggal_lahir']);
		expect(values(variant)).toMatchObject({ nik: OTHER_PERSON.nik, nama: OTHER_PERSON.name, tanggal_lahir: '12-03-1992' });
	});

	it('the BPKB of another owner: nama_pemilik and no_ktp_tdp, on page 1 only', () => {
		const variant = fixture('bpkb-vehicle-file-other-owner-response.json').read;
		expect(differences(bpkb, variant)).toEqual(['identitas_pemilik.nama_pemilik', 'identitas_pemilik.no_ktp_tdp']);
		expect(values(variant)).toMatchObject({ 'identitas_pemilik.nama_pemilik': OTHER_OWNER.name, 'identitas_pemilik.no_ktp_tdp': OTHER_OWNER.nik });
	});

	it('the STNK with OCR slips only: chassis with an O for a 0, the owner in other case and spacing, at a lower confidence', () => {
		const variant = fixture('stnk-ocr-slips-response.json').read;
		expect(differences(stnk, variant)).toEqual([
			'halaman_pajak_tahunan.nama_pemilik',
			'halaman_pajak_tahunan.nomor_rangka',
			'halaman_stnk.nama_pemilik',
			'halaman_stnk.nomor_rangka',
		]);
		expect(variant.halaman_stnk.nomor_rangka.value).toBe(OCR_SLIPS.chassis);
		expect(OCR_SLIPS.chassis.replace(/O/g, '0')).toBe(CAR.chassis);
		expect(OCR_SLIPS.name.toUpperCase().replace(/\s+/g, ' ')).toBe(OWNER.name);
		expect(variant.halaman_stnk.nomor_rangka.confidence).toBeLessThan(stnk.halaman_stnk.nomor_rangka.confidence);
	});

	it('VEHICLE_FILE_SETS names only committed samples, and a verdict for each', () => {
		for (const set of Object.values(VEHICLE_FILE_SETS)) {
			for (const fileName of [set.bpkb, ...set.bpkbPhotos, set.stnk, set.ktp]) expect(committed(fileName).length).toBeGreaterThan(0);
		}
		expect(Object.entries(VEHICLE_FILE_SETS).map(([name, set]) => [name, set.verdict])).toEqual([
			['consistent', 'CONSISTENT'],
			['stnkOtherChassis', 'MISMATCH'],
			['stnkOtherPlate', 'MISMATCH'],
			['ktpOtherPerson', 'MISMATCH'],
			['bpkbOtherOwner', 'MISMATCH'],
			['stnkOcrSlips', 'CONSISTENT'],
		]);
	});
});

describe('samples/vehicle-file/ is what the generator makes', () => {
	const generated = makeSamples();
	const answers = makeAnswerFixtures();

	it.each(VEHICLE_FILE_SAMPLE_NAMES.filter((name) => !name.endsWith('.png')))('%s byte for byte', (fileName) => {
		expect(committed(fileName).equals(generated[fileName])).toBe(true);
	});

	it.each(VEHICLE_FILE_SAMPLE_NAMES.filter((name) => name.endsWith('.png')))('%s by its pixels (zlib builds differ), under 60 KB', (fileName) => {
		const pixels = (png: Buffer) => inflateSync(pngImageData(png));
		expect(pixels(committed(fileName)).equals(pixels(generated[fileName]))).toBe(true);
		expect(committed(fileName).length).toBeLessThan(60 * 1024);
	});

	it('the photos are page-sized baseline colour JPEGs under 100 KB, the PDFs 4 pages', () => {
		for (const [photo] of VEHICLE_FILE_BPKB_PHOTOS) {
			expect(parseJpegHead(committed(photo))).toMatchObject({ width: 832, height: 592, components: 3, progressive: false });
			expect(committed(photo).length).toBeLessThan(100 * 1024);
		}
		for (const pdf of ['vehicle-file/bpkb.pdf', 'vehicle-file/bpkb-other-owner.pdf']) {
			expect(committed(pdf).toString('latin1')).toContain('/Count 4');
			expect(committed(pdf).toString('latin1').match(/\(SPECIMEN - FICTITIOUS\) Tj/g)).toHaveLength(4);
		}
	});

	it.each(Object.values(VEHICLE_FILE_FIXTURES))('fixture %s is the generator\'s, and says it is invented', (fileName) => {
		const committedAnswer = fixture(fileName);
		const comparable = (answer: object) =>
			JSON.parse(JSON.stringify(answer), (key, value) =>
				(key === 'foto' || key === 'tanda_tangan') && value?.value ? { ...value, value: inflateSync(pngImageData(Buffer.from(value.value, 'base64'))).toString('base64') } : value,
			);
		expect(comparable(committedAnswer)).toEqual(comparable(answers[fileName]));
		expect(committedAnswer._invented).toMatch(/^INVENTED/);
	});

	it('the generator is deterministic', () => {
		const again = makeSamples();
		for (const fileName of VEHICLE_FILE_SAMPLE_NAMES) expect(again[fileName].equals(generated[fileName])).toBe(true);
	});
});

describe('the sandbox answers each vehicle-file sample with its fixture, over HTTP', () => {
	let sandbox: GlairSandbox;
	beforeAll(async () => {
		sandbox = await GlairSandbox.start();
	});
	afterAll(() => sandbox.close());

	const contentType = (fileName: string) => (fileName.endsWith('.pdf') ? 'application/pdf' : fileName.endsWith('.jpg') ? 'image/jpeg' : 'image/png');
	const post = (path: string, fileName: string, file = sample(fileName)) =>
		postTo(sandbox, path, { file, fileName: fileName.split('/').pop(), contentType: contentType(fileName) });
	const ENDPOINT = { bpkb: '/ocr/v1/bpkb', stnk: '/ocr/v1/stnk', ktp: '/ocr/v1/ktp' } as const;

	it.each(Object.entries(VEHICLE_FILE_FIXTURES))('%s is answered with %s, as is (the note left out)', async (fileName, fixtureName) => {
		const endpoint = ENDPOINT[fixtureName.split('-')[0] as keyof typeof ENDPOINT];
		const response = await post(endpoint, fileName);
		expect(response.status).toBe(200);
		expect(await response.json()).toEqual(withoutNote(fixture(fixtureName)));
	});

	it.each(VEHICLE_FILE_BPKB_PHOTOS.map(([photo, book, page]) => [photo, page, book] as const))(
		'%s alone reads as page %s of %s, at page_index 0',
		async (photo, page, book) => {
			const body = await readJson(await post(ENDPOINT.bpkb, photo));
			const section = PAGE_SECTIONS[page as BpkbPage];
			const expected = Object.fromEntries(Object.entries(fixture(book).read[section]).map(([key, field]) => [key, { ...field, page_index: 0 }]));
			expect(body).toMatchObject({ status: 'SUCCESS', reason: 'File Successfully Read' });
			expect(body.read[section]).toEqual(expected);
		},
	);

	async function combinedPdf(fileNames: readonly string[]): Promise<Buffer> {
		const photos: PagePhoto[] = fileNames.map((fileName) => {
			const bytes = sample(fileName);
			return { fileName, type: 'jpeg', size: bytes.length, open: async () => bytes };
		});
		const pdf = await assembleCombinedPdf(photos, { maxTotalBytes: 10 * 1024 * 1024 });
		const chunks: Buffer[] = [];
		for await (const chunk of await pdf.open()) chunks.push(chunk as Buffer);
		return Buffer.concat(chunks);
	}

	it.each([
		['consistent', 'bpkb-vehicle-file-response.json'],
		['bpkbOtherOwner', 'bpkb-vehicle-file-other-owner-response.json'],
	] as const)('the %s set\'s four page photos, combined into one PDF, read as its whole book', async (set, book) => {
		const pdf = await combinedPdf(VEHICLE_FILE_SETS[set].bpkbPhotos);
		const body = await readJson(await post(ENDPOINT.bpkb, 'book.pdf', pdf));
		expect(body).toEqual(withoutNote(fixture(book)));
	});

	it('the STNK and KTP of the consistent set are the existing samples, answered with theirs', async () => {
		const { stnk: stnkFile, ktp: ktpFile } = VEHICLE_FILE_SETS.consistent;
		expect(await (await post(ENDPOINT.stnk, stnkFile)).json()).toEqual(withoutNote(fixture('stnk-sample-response.json')));
		expect(await (await post(ENDPOINT.ktp, ktpFile)).json()).toEqual(withoutNote(fixture('ktp-sample-response.json')));
	});
});

describe('vehicleFileItem: one input item per vehicle file, binaries named as the example\'s Form names them', () => {
	it('the BPKB as its PDF (bpkb) or its four photos (bpkb_0 ... bpkb_3), then stnk and ktp', () => {
		const { consistent, mismatch } = VEHICLE_FILE_DEMO;
		expect(Object.keys(vehicleFileItem(consistent).files ?? {})).toEqual(['bpkb', 'stnk', 'ktp']);
		const photos = vehicleFileItem(consistent, 'photos').files ?? {};
		expect(Object.keys(photos)).toEqual(['bpkb_0', 'bpkb_1', 'bpkb_2', 'bpkb_3', 'stnk', 'ktp']);
		expect([photos.bpkb_0.fileName, photos.bpkb_0.mimeType, photos.stnk.mimeType]).toEqual(['bpkb-photo-1.jpg', 'image/jpeg', 'image/png']);
		expect(photos.bpkb_3.bytes.equals(committed('vehicle-file/bpkb-photo-4.jpg'))).toBe(true);
		expect([consistent.verdict, mismatch.verdict]).toEqual(['CONSISTENT', 'MISMATCH']);
		expect(vehicleFileItem(mismatch).files?.stnk.fileName).toBe('stnk-other-chassis.png');
	});
});
