import { BPKB_FIELDS } from '../../../../helpers/bpkbSpec';
import { sample } from '../../../../helpers/documents';
import { runGlairVision } from '../../../../helpers/engine';
import type { FixtureDocument } from '../../../../helpers/fixtureRegistry';
import { useSandbox } from '../../../../helpers/sandboxSuite';
import { VEHICLE_FILE_DEMO, VEHICLE_FILE_SETS, vehicleFileItem } from '../../../../helpers/vehicleFile';

const VEHICLE_FILE_DEMO_MISMATCH = VEHICLE_FILE_DEMO.mismatch;
import vendorAnswer from '../../../../sandbox/fixtures/bpkb-sample-response.json';
import stnkAnswer from '../../../../sandbox/fixtures/stnk-sample-response.json';

const suite = useSandbox();

/** The invented vehicle file's BPKB, as GLAIR would answer it: the values its STNK and KTP print. */
const BPKB_VALUES: Record<string, string> = {
	nama_pemilik: 'DEWI SPESIMEN FIKTIF',
	alamat: 'JL. CONTOH RAYA NO. 123 RT 001/002 KEL. FIKTIF KEC. SAMPEL KOTA CONTOH',
	no_ktp_tdp: '3299994508900001',
	nomor_bpkb: 'Z-00054321',
	stempel_nomor_bpkb: 'Z 00054321',
	nomor_registrasi: 'D 1234 SPX',
	merk: 'CONTOHMOBIL',
	type: 'SPX-1500 (4X2) A/T',
	jenis: 'MB. PENUMPANG',
	tahun_pembuatan: '2021',
	isi_silinder: '1.496 CC',
	warna: 'ABU-ABU METALIK',
	nomor_rangka: 'MHZSPX15ME0000123',
	nomor_mesin: 'SPX15E000123',
	pada_tanggal: '10-05-2021',
};

function raw(body: unknown) {
	return { kind: 'raw' as const, status: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
}

/** The vendor's BPKB answer with the vehicle file's values (and any changes) written in. */
function bpkbAnswer(changes: Record<string, string> = {}) {
	const body = structuredClone(vendorAnswer) as { read: Record<string, Record<string, { value: string; value_original: string }>> };
	for (const field of BPKB_FIELDS) {
		const value = changes[field.key] ?? BPKB_VALUES[field.key];
		if (value !== undefined) Object.assign(body.read[field.section][field.key], { value, value_original: value });
	}
	return raw(body);
}

/** The sample STNK's answer with some of its registration page's values changed. */
function stnkWith(changes: Record<string, string>) {
	const body = structuredClone(stnkAnswer) as unknown as { read: Record<string, Record<string, { value: string; value_original: string }>> };
	for (const [key, value] of Object.entries(changes)) Object.assign(body.read.halaman_stnk[key], { value, value_original: value });
	return raw(body);
}

/** One vehicle: its BPKB (a PDF named for the vehicle, answered as scripted), the STNK and the KTP samples. */
function vehicle(name: string, files: Partial<Record<'bpkb' | 'stnk' | 'ktp', string | null>> = {}): FixtureDocument {
	const bpkbFile = sample('bpkb-sample.pdf', { fileName: `${name}-bpkb.pdf` });
	const all = { bpkb: bpkbFile, stnk: sample(files.stnk ?? 'stnk-sample.png', { fileName: `${name}-stnk.png` }), ktp: sample('ktp-sample.png', { fileName: `${name}-ktp.png` }) };
	const chosen = Object.fromEntries(Object.entries(all).filter(([role]) => files[role as keyof typeof files] !== null));
	return { json: { vehicle: name }, files: chosen };
}

const verify = (options: Record<string, unknown> = {}, parameters: Record<string, unknown> = {}) => ({
	resource: 'vehicleFile',
	operation: 'verify',
	bpkbBinaryPropertyName: 'bpkb',
	stnkBinaryPropertyName: 'stnk',
	ktpBinaryPropertyName: 'ktp',
	output: 'flattened',
	options: { retryDelay: 0.01, includeBinary: false, ...options },
	...parameters,
});

const where = (byOutput: Record<string, unknown[]>) => Object.entries(byOutput).flatMap(([name, items]) => items.map(() => name));

describe('Verify Vehicle File', () => {
	it('finds a consistent file CONSISTENT, on Success, with a match column per check and every document prefixed', async () => {
		suite.sandbox.script('car-bpkb.pdf', [bpkbAnswer()]);
		const result = await runGlairVision({ parameters: verify(), credentials: suite.credentials, documents: [vehicle('car')] });

		expect(result.outputNames).toEqual(['Success', 'Needs Review', 'Not Read']);
		expect(where(result.byOutput)).toEqual(['Success']);
		const [item] = result.byOutput.Success;
		expect(item.pairedItem).toEqual({ item: 0 });
		expect(item.json).toMatchObject({
			verdict: 'CONSISTENT',
			mismatches: '',
			match_nomor_rangka: 'match',
			match_nomor_mesin: 'match',
			match_nomor_registrasi: 'match',
			match_nomor_bpkb: 'match',
			match_nama_pemilik: 'match',
			match_nomor_identitas: 'match',
			bpkb_status: 'SUCCESS',
			bpkb_nomor_rangka: 'MHZSPX15ME0000123',
			stnk_nomor_rangka: 'MHZSPX15ME0000123',
			ktp_nik: '3299994508900001',
			bpkb_file_name: 'car-bpkb.pdf',
		});
		expect(item.json.bpkb_file_sha256).toMatch(/^[0-9a-f]{64}$/);
		expect(suite.sandbox.requests.map((request) => request.path).sort()).toEqual(['/ocr/v1/bpkb', '/ocr/v1/ktp', '/ocr/v1/stnk']);
	});

	it('sends a file whose STNK names another chassis to Needs Review as MISMATCH, naming the field, both documents and both values', async () => {
		suite.sandbox.script('car-bpkb.pdf', [bpkbAnswer()]);
		suite.sandbox.script('car-stnk.png', [stnkWith({ nomor_rangka: 'MHZSPX15ME0000128' })]);
		const result = await runGlairVision({ parameters: verify(), credentials: suite.credentials, documents: [vehicle('car')] });

		expect(where(result.byOutput)).toEqual(['Needs Review']);
		const { json } = result.byOutput['Needs Review'][0];
		expect(json).toMatchObject({ verdict: 'MISMATCH', match_nomor_rangka: 'mismatch', match_nomor_mesin: 'match' });
		expect(json.mismatches).toMatch(/^nomor_rangka: BPKB "MHZSPX15ME0000123" vs STNK "MHZSPX15ME0000128"/);
		expect(json.reason).toMatch(/^The documents disagree: nomor_rangka/);
	});

	it('still finds a file CONSISTENT when the STNK has OCR slips (O for 0, spacing, case)', async () => {
		suite.sandbox.script('car-bpkb.pdf', [bpkbAnswer({ nomor_rangka: 'MHZ SPX15 MEO000123', nama_pemilik: 'dewi  spesimen fiktif' })]);
		const result = await runGlairVision({ parameters: verify(), credentials: suite.credentials, documents: [vehicle('car')] });

		expect(where(result.byOutput)).toEqual(['Success']);
		expect(result.byOutput.Success[0].json).toMatchObject({ verdict: 'CONSISTENT', match_nomor_rangka: 'match', match_nama_pemilik: 'match' });
	});

	it('without a KTP for a person-owned vehicle is INCOMPLETE, on Needs Review, saying what is missing', async () => {
		suite.sandbox.script('car-bpkb.pdf', [bpkbAnswer()]);
		const result = await runGlairVision({ parameters: verify({}, { ktpBinaryPropertyName: '' }), credentials: suite.credentials, documents: [vehicle('car', { ktp: null })] });

		expect(where(result.byOutput)).toEqual(['Needs Review']);
		expect(result.byOutput['Needs Review'][0].json.verdict).toBe('INCOMPLETE');
		expect(result.byOutput['Needs Review'][0].json.missing).toMatch(/KTP/);
		expect(suite.sandbox.requests).toHaveLength(2);
	});

	it('sends a vehicle whose STNK is missing to Not Read, saying which document and why; its other documents are still read once', async () => {
		suite.sandbox.script('car-bpkb.pdf', [bpkbAnswer()]);
		const result = await runGlairVision({ parameters: verify(), credentials: suite.credentials, documents: [vehicle('car', { stnk: null })] });

		expect(where(result.byOutput)).toEqual(['Not Read']);
		const { json } = result.byOutput['Not Read'][0];
		expect(json.verdict).toBe('NOT_READ');
		expect(json.reason).toMatch(/^STNK not read: No binary field "stnk" on this item/);
		expect(json).toMatchObject({ bpkb_status: 'SUCCESS', stnk_status: 'NO_FILE' });
	});

	it('reads many vehicles at once: one item per vehicle, paired to it, on its own output, each document sent once', async () => {
		const names = ['a', 'b', 'c', 'd', 'e', 'f'];
		for (const name of names) suite.sandbox.script(`${name}-bpkb.pdf`, [bpkbAnswer(name === 'c' ? { nomor_registrasi: 'D 9999 ZZZ' } : {})]);
		const documents = names.map((name) => vehicle(name, name === 'e' ? { stnk: null } : {}));
		const result = await runGlairVision({ parameters: verify({ concurrency: 8 }), credentials: suite.credentials, documents });

		const byVehicle = Object.entries(result.byOutput).flatMap(([output, items]) => items.map((item) => [(item.pairedItem as { item: number }).item, output]));
		expect(byVehicle.sort()).toEqual([
			[0, 'Success'],
			[1, 'Success'],
			[2, 'Needs Review'],
			[3, 'Success'],
			[4, 'Not Read'],
			[5, 'Success'],
		]);
		expect(suite.sandbox.requests).toHaveLength(6 * 3 - 1);
	});
});

describe('Verify Vehicle File on the sample vehicle files (samples/vehicle-file/)', () => {
	it.each(Object.entries(VEHICLE_FILE_SETS))('%s: the intended verdict, on its output', async (_, set) => {
		const result = await runGlairVision({ parameters: verify(), credentials: suite.credentials, documents: [vehicleFileItem(set)] });
		const output = set.verdict === 'CONSISTENT' ? 'Success' : 'Needs Review';
		expect(where(result.byOutput)).toEqual([output]);
		expect(result.byOutput[output][0].json.verdict).toBe(set.verdict);
	});

	it('nests the verdict, every check with its values, and each document when Output is Nested', async () => {
		const result = await runGlairVision({ parameters: verify({}, { output: 'nested' }), credentials: suite.credentials, documents: [vehicleFileItem(VEHICLE_FILE_DEMO_MISMATCH)] });
		const { json } = result.byOutput['Needs Review'][0];
		const checks = json.checks as Array<{ column: string; result: string; values: Record<string, Record<string, string>> }>;
		expect(json.verdict).toBe('MISMATCH');
		expect(json.mismatches).toEqual([expect.stringMatching(/^nomor_rangka: /)]);
		expect(checks.find((check) => check.column === 'match_nomor_rangka')).toMatchObject({ result: 'mismatch', values: { bpkb: { nomor_rangka: 'MHZSPX15ME0000123' } } });
		const documents = json.documents as Record<string, { status: string; read: Record<string, unknown> }>;
		expect(Object.keys(documents)).toEqual(['bpkb', 'stnk', 'ktp']);
		expect(documents.stnk.status).toBe('SUCCESS');
		expect(Object.keys(documents.stnk.read)).toEqual(['halaman_stnk', 'halaman_pajak_tahunan']);
	});

	it('reads the BPKB given as four page photos as one book, with one upload for it', async () => {
		const result = await runGlairVision({
			parameters: verify({}, { bpkbBinaryPropertyName: 'bpkb_*' }),
			credentials: suite.credentials,
			documents: [vehicleFileItem(VEHICLE_FILE_SETS.consistent, 'photos')],
		});
		expect(where(result.byOutput)).toEqual(['Success']);
		expect(result.byOutput.Success[0].json.bpkb_file_name).toBe('bpkb-photo-1.jpg, bpkb-photo-2.jpg, bpkb-photo-3.jpg, bpkb-photo-4.jpg');
		expect(suite.sandbox.requests.filter((request) => request.path === '/ocr/v1/bpkb')).toHaveLength(1);
	});
});
