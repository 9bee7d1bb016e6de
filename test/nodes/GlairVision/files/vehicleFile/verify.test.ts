import { allFields } from '../../../../../nodes/GlairVision/documents/fieldList';
import { ktp } from '../../../../../nodes/GlairVision/documents/ktp';
import type { DocumentSpec } from '../../../../../nodes/GlairVision/documents/spec';
import { stnk } from '../../../../../nodes/GlairVision/documents/stnk';
import type { DocumentRow as Row, RowsByRole } from '../../../../../nodes/GlairVision/crossChecks/crossCheck';
import { verifyFile, type ReadProblems } from '../../../../../nodes/GlairVision/crossChecks/verifyFile';
import { vehicleFile } from '../../../../../nodes/GlairVision/files/vehicleFile';
import { VEHICLE_FILE_CROSS_CHECKS as CROSS_CHECKS } from '../../../../../nodes/GlairVision/files/vehicleFile/crossChecks';

type DocumentName = 'bpkb' | 'stnk' | 'ktp';
type VehicleFile = Partial<Record<DocumentName, Row>>;

/** The vehicle file's rows through the cross-check engine, as Verify Vehicle File runs them. */
const verifyVehicleFile = (rows: RowsByRole, context: { today: { year: number; month: number; day: number } }, found?: ReadProblems) => verifyFile(vehicleFile, rows, context, found);
import stnkAnswer from '../../../../sandbox/fixtures/stnk-sample-response.json';
import ktpAnswer from '../../../../sandbox/fixtures/ktp-sample-response.json';

type Answer = Record<string, { value: string }>;

/** A flattened row as the Read gives it: a section's values under their column (its prefix + key). */
function flatten(spec: DocumentSpec, read: Record<string, Answer>): Record<string, string> {
	const row: Record<string, string> = { warnings: '' };
	for (const field of allFields(spec)) {
		const answer = spec.flat ? (read as unknown as Answer)[field.key] : read[field.section]?.[field.key];
		row[field.column] = answer?.value ?? '';
	}
	return row;
}

const STNK = flatten(stnk, stnkAnswer.read as unknown as Record<string, Answer>);
const KTP = flatten(ktp, ktpAnswer.read as unknown as Record<string, Answer>);
/** The sample vehicle's BPKB (no GLAIR answer of it is on record): the values the STNK and KTP print, written the BPKB's way. */
const BPKB: Record<string, string | number> = {
	warnings: '',
	nama_pemilik: 'DEWI SPESIMEN FIKTIF',
	alamat: 'JL. CONTOH RAYA NO. 123 RT 001/002 KEL. FIKTIF KEC. SAMPEL KOTA CONTOH',
	no_ktp_tdp: '3299994508900001',
	no_ktp_tdp_kind: 'NIK',
	nomor_bpkb: 'Z-00054321',
	stempel_nomor_bpkb: 'Z 00054321',
	nomor_registrasi: 'D 1234 SPX',
	merk: 'CONTOHMOBIL',
	type: 'SPX-1500 (4X2) A/T',
	jenis: 'MB. PENUMPANG',
	tahun_pembuatan: '2021',
	isi_silinder: '1.496 CC',
	isi_silinder_cc: 1496,
	warna: 'ABU-ABU METALIK',
	nomor_rangka: 'MHZSPX15ME0000123',
	nomor_mesin: 'SPX15E000123',
};

const context = { today: { year: 2026, month: 12, day: 1 } };

/** The sample file with some values changed, by document. */
function file(changes: Partial<Record<DocumentName, Row>> = {}, without: readonly DocumentName[] = []): VehicleFile {
	const documents: VehicleFile = { bpkb: { ...BPKB, ...changes.bpkb }, stnk: { ...STNK, ...changes.stnk }, ktp: { ...KTP, ...changes.ktp } };
	for (const document of without) delete documents[document];
	return documents;
}

const resultOf = (verification: ReturnType<typeof verifyVehicleFile>, column: string) =>
	verification.checks.find((check) => check.column === column)?.result;

describe('verifyVehicleFile', () => {
	it('finds the sample vehicle file consistent, every check a match', () => {
		const verification = verifyVehicleFile(file(), context);
		expect(verification.verdict).toBe('CONSISTENT');
		expect(verification.mismatches).toEqual([]);
		expect(verification.missing).toEqual([]);
		expect(verification.notes).toEqual([]);
		expect(verification.checks.map((check) => [check.column, check.result])).toEqual(CROSS_CHECKS.map((row) => [`match_${row.field}`, 'match']));
		expect(verification.checks[0].values).toEqual({
			bpkb: { nomor_rangka: 'MHZSPX15ME0000123' },
			stnk: { nomor_rangka: 'MHZSPX15ME0000123', pajak_nomor_rangka: 'MHZSPX15ME0000123' },
		});
	});

	it('still matches through realistic OCR slips between the documents', () => {
		const verification = verifyVehicleFile(
			file({
				bpkb: { nomor_rangka: 'MHZ SPX15 MEO000123', nomor_registrasi: 'D1234SPX', nama_pemilik: 'NY. DEWI SPESIMEN FIKTIF', warna: 'ABU2 METALIK', isi_silinder: '1496 CC' },
				stnk: { nomor_mesin: 'spx15e-000123', nomor_bpkb: 'Z00054321', tipe: 'SPX 1500 4X2 AT' },
				ktp: { nik: '3299 9945 0890 0001', nama: 'Dewi Spesimen Fiktif' },
			}),
			context,
		);
		expect(verification.mismatches).toEqual([]);
		expect(verification.verdict).toBe('CONSISTENT');
	});

	it.each([
		['nomor_rangka', 'bpkb', { nomor_rangka: 'MHZSPX15ME0000128' }, 'nomor_rangka: BPKB "MHZSPX15ME0000128" vs STNK "MHZSPX15ME0000123", STNK tax page "MHZSPX15ME0000123"'],
		['nomor_mesin', 'stnk', { nomor_mesin: 'SPX15E000124' }, 'nomor_mesin: BPKB "SPX15E000123" vs STNK "SPX15E000124"'],
		['nomor_registrasi', 'bpkb', { nomor_registrasi: 'D 1234 SPY' }, 'nomor_registrasi: BPKB "D 1234 SPY" vs STNK "D 1234 SPX", STNK tax page "D 1234 SPX"'],
		['nomor_bpkb', 'stnk', { nomor_bpkb: 'Z-00054322', pajak_nomor_bpkb: 'Z-00054322' }, 'nomor_bpkb: BPKB "Z-00054321" vs STNK "Z-00054322", STNK tax page "Z-00054322"'],
		['nomor_bpkb', 'bpkb', { stempel_nomor_bpkb: 'Z-00054320' }, 'nomor_bpkb: BPKB "Z-00054321" vs BPKB stamp "Z-00054320"'],
		['nama_pemilik', 'ktp', { nama: 'SITI CONTOH RAHAYU' }, 'nama_pemilik: BPKB "DEWI SPESIMEN FIKTIF" vs KTP "SITI CONTOH RAHAYU"'],
		['nomor_identitas', 'ktp', { nik: '3299994508900002' }, 'nomor_identitas: BPKB "3299994508900001" vs KTP "3299994508900002"'],
		['merk', 'bpkb', { merk: 'LAINMOBIL' }, 'merk: BPKB "LAINMOBIL" vs STNK "CONTOHMOBIL", STNK tax page "CONTOHMOBIL"'],
		['type', 'bpkb', { type: 'SPX-1500 (4X2) M/T' }, 'type: BPKB "SPX-1500 (4X2) M/T" vs STNK "SPX-1500 (4X2) A/T", STNK tax page "SPX-1500 (4X2) A/T"'],
		['tahun_pembuatan', 'stnk', { tahun_pembuatan: '2022' }, 'tahun_pembuatan: BPKB "2021" vs STNK "2022"'],
		['warna', 'bpkb', { warna: 'HITAM' }, 'warna: BPKB "HITAM" vs STNK "ABU-ABU METALIK", STNK tax page "ABU-ABU METALIK"'],
		['isi_silinder', 'bpkb', { isi_silinder: '2.499 CC' }, 'isi_silinder: BPKB "2.499 CC" vs STNK "1.496 CC", STNK tax page "1.496 CC"'],
	] as const)('gives MISMATCH for another %s on the %s', (field, document, change, message) => {
		const verification = verifyVehicleFile(file({ [document]: change }), context);
		expect(verification.verdict).toBe('MISMATCH');
		expect(verification.mismatches).toEqual([message]);
		expect(resultOf(verification, `match_${field}`)).toBe('mismatch');
	});

	it('gives INCOMPLETE when the chassis number was not read', () => {
		const verification = verifyVehicleFile(file({ bpkb: { nomor_rangka: '' } }), context);
		expect(verification.verdict).toBe('INCOMPLETE');
		expect(verification.missing).toEqual(['nomor_rangka: not read on the BPKB']);
		expect(resultOf(verification, 'match_nomor_rangka')).toBe('missing');
	});

	it('does not miss a value the tax page left empty: only each document\'s first value is needed', () => {
		const verification = verifyVehicleFile(file({ stnk: { pajak_nomor_rangka: '' }, bpkb: { stempel_nomor_bpkb: '' } }), context);
		expect(verification.verdict).toBe('CONSISTENT');
	});

	it('gives MISMATCH, not INCOMPLETE, when one value differs and another was not read', () => {
		const verification = verifyVehicleFile(file({ bpkb: { nomor_mesin: '' }, stnk: { nomor_rangka: 'MHZSPX15ME0000999' } }), context);
		expect(verification.verdict).toBe('MISMATCH');
		expect(verification.missing).toEqual(['nomor_mesin: not read on the BPKB']);
	});

	it('finds a company-owned vehicle without a KTP consistent, comparing the BPKB and STNK', () => {
		const company = { nama_pemilik: 'CV. SAHABAT ANUGERAH SEJAHTERA', no_ktp_tdp: '9120001234567', no_ktp_tdp_kind: 'NIB' };
		const verification = verifyVehicleFile(
			file(
				{
					bpkb: company,
					stnk: { nama_pemilik: 'SAHABAT ANUGERAH SEJAHTERA, CV', pajak_nama_pemilik: 'SAHABAT ANUGERAH SEJAHTERA, CV', nomor_identitas_pemilik: '9120001234567', pajak_nomor_identitas_pemilik: '9120001234567' },
				},
				['ktp'],
			),
			context,
		);
		expect(verification.verdict).toBe('CONSISTENT');
		expect(verification.missing).toEqual([]);
		expect(resultOf(verification, 'match_nama_pemilik')).toBe('match');
		expect(resultOf(verification, 'match_nomor_identitas')).toBe('match');
	});

	it('does not compare a KTP given for a company (a TDP on the BPKB), and says so', () => {
		const verification = verifyVehicleFile(
			file({
				bpkb: { nama_pemilik: 'PT. CONTOH SEJAHTERA', no_ktp_tdp: 'S120112190871', no_ktp_tdp_kind: 'other' },
				stnk: { nama_pemilik: 'PT CONTOH SEJAHTERA', pajak_nama_pemilik: 'CONTOH SEJAHTERA PT', nomor_identitas_pemilik: 'S120112190871', pajak_nomor_identitas_pemilik: 'S120112190871' },
			}),
			context,
		);
		expect(verification.verdict).toBe('CONSISTENT');
		expect(verification.notes).toEqual([expect.stringMatching(/^the owner is a company \(.*S120112190871.*\): the KTP is not compared$/)]);
		expect(verification.checks.find((check) => check.column === 'match_nama_pemilik')?.values.ktp).toBeUndefined();
	});

	it('still gives MISMATCH for a company whose BPKB and STNK name two companies', () => {
		const verification = verifyVehicleFile(
			file({ bpkb: { nama_pemilik: 'PT SAHABAT ANUGERAH', no_ktp_tdp: '9120001234567' }, stnk: { nama_pemilik: 'CV SAHABAT ANUGERAH', pajak_nama_pemilik: '', nomor_identitas_pemilik: '9120001234567', pajak_nomor_identitas_pemilik: '' } }, ['ktp']),
			context,
		);
		expect(verification.mismatches).toEqual(['nama_pemilik: BPKB "PT SAHABAT ANUGERAH" vs STNK "CV SAHABAT ANUGERAH"']);
	});

	it('gives INCOMPLETE for a person-owned vehicle without a KTP, still comparing the rest', () => {
		const verification = verifyVehicleFile(file({}, ['ktp']), context);
		expect(verification.verdict).toBe('INCOMPLETE');
		expect(verification.missing).toEqual([expect.stringMatching(/^no KTP given, and the owner is a person \(.*is a NIK\)$/)]);
		expect(resultOf(verification, 'match_nama_pemilik')).toBe('match');
	});

	it('gives INCOMPLETE without an STNK, skipping what needs it', () => {
		const verification = verifyVehicleFile(file({}, ['stnk']), context);
		expect(verification.verdict).toBe('INCOMPLETE');
		expect(verification.missing).toEqual(['no STNK given']);
		expect(resultOf(verification, 'match_nomor_rangka')).toBe('skipped');
		expect(resultOf(verification, 'match_berlaku_sampai')).toBe('skipped');
		expect(resultOf(verification, 'match_nama_pemilik')).toBe('match'); // BPKB against KTP
	});

	it('makes an address written differently a note, never a mismatch', () => {
		const verification = verifyVehicleFile(file({ bpkb: { alamat: 'PERUM BUKIT INDAH BLOK C NO. 9' } }), context);
		expect(verification.verdict).toBe('CONSISTENT');
		expect(verification.mismatches).toEqual([]);
		expect(resultOf(verification, 'match_alamat')).toBe('mismatch');
		expect(verification.notes).toEqual([expect.stringMatching(/^alamat: BPKB "PERUM BUKIT INDAH BLOK C NO\. 9" vs STNK .*, KTP .*\[soft check: compare by eye\]$/)]);
	});

	it('never makes an address not read INCOMPLETE: the address is soft', () => {
		const verification = verifyVehicleFile(file({ bpkb: { alamat: '' } }), context);
		expect(resultOf(verification, 'match_alamat')).toBe('missing');
		expect(verification.verdict).toBe('CONSISTENT');
		expect(verification.missing).toEqual([]);
	});

	it('reads the KTP address over its five fields', () => {
		const check = verifyVehicleFile(file(), context).checks.find((candidate) => candidate.column === 'match_alamat');
		expect(check?.values.ktp).toEqual({ 'alamat+rt_rw+kelurahan_desa+kecamatan+kota_kabupaten': 'JL. CONTOH RAYA NO. 123 001/002 FIKTIF SAMPEL KOTA CONTOH' });
	});

	it('gives MISMATCH for an expired STNK', () => {
		const verification = verifyVehicleFile(file({ stnk: { berlaku_sampai: '20-11-2026' } }), context);
		expect(verification.verdict).toBe('MISMATCH');
		expect(verification.mismatches).toEqual(['berlaku_sampai: STNK "20-11-2026" vs today 2026-12-01: the registration ended on 2026-11-20, 11 days ago']);
	});

	it('gives MISMATCH for an overdue annual tax', () => {
		const verification = verifyVehicleFile(file({ stnk: { pajak_berlaku_sampai: '20-11-2026' } }), context);
		expect(verification.verdict).toBe('MISMATCH');
		expect(verification.mismatches).toEqual([expect.stringMatching(/^pajak_berlaku_sampai: STNK "20-11-2026" vs today 2026-12-01: the paid annual tax ended/)]);
	});

	it('notes an STNK close to its end without failing it', () => {
		const verification = verifyVehicleFile(file({ stnk: { berlaku_sampai: '20-12-2026' } }), context);
		expect(verification.verdict).toBe('CONSISTENT');
		expect(verification.notes).toEqual(['berlaku_sampai: the registration ends on 2026-12-20, in 19 days (STNK "20-12-2026")']);
	});

	it('notes a near match without failing it', () => {
		const verification = verifyVehicleFile(file({ stnk: { nomor_rangka: 'MHZSPX15ME000123' } }), context);
		expect(verification.verdict).toBe('CONSISTENT');
		expect(resultOf(verification, 'match_nomor_rangka')).toBe('near');
		expect(verification.notes).toEqual([
			'nomor_rangka: nearly the same, BPKB "MHZSPX15ME0000123" vs STNK "MHZSPX15ME000123" (one character more or less)',
		]);
	});

	it("passes on each document's own warnings as notes", () => {
		const verification = verifyVehicleFile(file({ bpkb: { warnings: 'jumlah_roda: a; pada_tanggal: b' }, ktp: { warnings: 'nik: c' } }), context);
		expect(verification.notes).toEqual(['BPKB: jumlah_roda: a', 'BPKB: pada_tanggal: b', 'KTP: nik: c']);
		expect(verification.verdict).toBe('CONSISTENT');
	});

	it('gives every check a one-line detail naming its field', () => {
		for (const check of verifyVehicleFile(file({ bpkb: { nomor_rangka: '' } }, ['ktp']), context).checks) {
			expect(check.detail).toContain(check.field);
			expect(check.detail).not.toContain('\n');
		}
	});
});
