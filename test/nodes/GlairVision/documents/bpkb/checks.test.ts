import fc from 'fast-check';

import { BPKB_FIELDS, bpkb, fieldsForPage } from '../../../../helpers/bpkbSpec';
import { describeCheckTable, fail, pass, type RuleCase } from '../../../../helpers/checkTable';
import { BPKB_CHECKS } from '../../../../../nodes/GlairVision/documents/bpkb/checks';
import { specProblems } from '../../../../helpers/specProblems';
import type { FieldCheck } from '../../../../../nodes/GlairVision/checks/fieldCheck';
import { runChecks } from '../../../../../nodes/GlairVision/checks/runChecks';
import type { CheckContext } from '../../../../../nodes/GlairVision/indonesia/checkOutcome';
import sampleResponse from '../../../../sandbox/fixtures/bpkb-sample-response.json';

const CHECK_TABLE = BPKB_CHECKS;
const CHECKED_FIELDS = [...new Set(CHECK_TABLE.flatMap((fieldCheck) => fieldCheck.columns))];

/** The BPKB table run over `values`, of which only the `read` columns came back from GLAIR. */
function validateDocument(values: Record<string, string>, read: ReadonlySet<string>, context?: CheckContext) {
	const received = new Map(Object.entries(values).filter(([column]) => read.has(column)));
	return runChecks(CHECK_TABLE, received, context);
}

/** Fixed so "next year" and "too new" do not move with the calendar. */
const CONTEXT = { currentYear: 2025, today: { year: 2025, month: 6, day: 1 } };

const ISSUE = 'pada_tanggal/date';
const INVOICE = 'tanggal_faktur/date';
const VIN_LENGTH = 'nomor_rangka/vin-length';
const VIN_CHARACTERS = 'nomor_rangka/vin-characters';
const PLATE_SHAPE = 'nomor_registrasi/plate-shape';
const PLATE_REGION = 'nomor_registrasi/plate-region';
const ID_KIND = 'no_ktp_tdp/identity-number-kind';
const NIK_PROVINCE = 'no_ktp_tdp/nik-province';
const NIK_BIRTH = 'no_ktp_tdp/nik-birth-date';
const NIK_SERIAL = 'no_ktp_tdp/nik-serial';
const PLATE_COLOUR = 'warna_tnkb/plate-colour';
const YEAR_FORMAT = 'tahun_pembuatan/year-format';
const YEAR_RANGE = 'tahun_pembuatan/year-range';
const YEAR_VS_ISSUE = 'tahun_pembuatan/year-not-after-issue';
const WHEEL_COUNT = 'jumlah_roda/wheel-count';
const WHEELS_VS_KIND = 'jumlah_roda/wheels-match-kind';
const ENGINE = 'isi_silinder/engine-size';
const STAMP = 'stempel_nomor_bpkb/bpkb-stamp-matches';

/** A woman's NIK from Bandung regency (32 01 23), born 15-08-1990 (day 15 + 40 = 55), serial 0002. */
const NIK_WOMAN = '3201235508900002';
const NIK_MAN = '3201231508900001';

const RULE_CASES: RuleCase[] = [
	// ---- dates: day-first, digits or Indonesian month names
	pass(ISSUE, { pada_tanggal: '19-06-2024' }, { pada_tanggal_iso: '2024-06-19' }),
	pass(ISSUE, { pada_tanggal: '19 JUNI 2024' }, { pada_tanggal_iso: '2024-06-19' }),
	pass(ISSUE, { pada_tanggal: '19-JUN-2024' }, { pada_tanggal_iso: '2024-06-19' }),
	pass(ISSUE, { pada_tanggal: '19/06/2024' }, { pada_tanggal_iso: '2024-06-19' }),
	pass(ISSUE, { pada_tanggal: '19.06.2024' }, { pada_tanggal_iso: '2024-06-19' }),
	pass(ISSUE, { pada_tanggal: '1-6-2024' }, { pada_tanggal_iso: '2024-06-01' }),
	pass(ISSUE, { pada_tanggal: '19 juni 2024' }, { pada_tanggal_iso: '2024-06-19' }),
	pass(ISSUE, { pada_tanggal: '19JUNI2024' }, { pada_tanggal_iso: '2024-06-19' }),
	pass(ISSUE, { pada_tanggal: '2024-06-19' }, { pada_tanggal_iso: '2024-06-19' }),
	pass(ISSUE, { pada_tanggal: '03 JANUARI 2022' }, { pada_tanggal_iso: '2022-01-03' }),
	pass(ISSUE, { pada_tanggal: '03 JAN 2022' }, { pada_tanggal_iso: '2022-01-03' }),
	pass(ISSUE, { pada_tanggal: '11 PEBRUARI 2023' }, { pada_tanggal_iso: '2023-02-11' }),
	pass(ISSUE, { pada_tanggal: '29 FEBRUARI 2024' }, { pada_tanggal_iso: '2024-02-29' }),
	pass(ISSUE, { pada_tanggal: '11-FEB-2023' }, { pada_tanggal_iso: '2023-02-11' }),
	pass(ISSUE, { pada_tanggal: '11-PEB-2023' }, { pada_tanggal_iso: '2023-02-11' }),
	pass(ISSUE, { pada_tanggal: '7 MARET 2021' }, { pada_tanggal_iso: '2021-03-07' }),
	pass(ISSUE, { pada_tanggal: '7 MAR 2021' }, { pada_tanggal_iso: '2021-03-07' }),
	pass(ISSUE, { pada_tanggal: '30 APRIL 2021' }, { pada_tanggal_iso: '2021-04-30' }),
	pass(ISSUE, { pada_tanggal: '30 APR 2021' }, { pada_tanggal_iso: '2021-04-30' }),
	pass(ISSUE, { pada_tanggal: '3 MEI 2021' }, { pada_tanggal_iso: '2021-05-03' }),
	pass(ISSUE, { pada_tanggal: '17 JULI 2020' }, { pada_tanggal_iso: '2020-07-17' }),
	pass(ISSUE, { pada_tanggal: '17-JUL-2020' }, { pada_tanggal_iso: '2020-07-17' }),
	pass(ISSUE, { pada_tanggal: '17 AGUSTUS 2019' }, { pada_tanggal_iso: '2019-08-17' }),
	pass(ISSUE, { pada_tanggal: '17 AGU 2019' }, { pada_tanggal_iso: '2019-08-17' }),
	pass(ISSUE, { pada_tanggal: '17 AGS 2019' }, { pada_tanggal_iso: '2019-08-17' }),
	pass(ISSUE, { pada_tanggal: '17 AGT 2019' }, { pada_tanggal_iso: '2019-08-17' }),
	pass(ISSUE, { pada_tanggal: '5 SEPTEMBER 2022' }, { pada_tanggal_iso: '2022-09-05' }),
	pass(ISSUE, { pada_tanggal: '5 SEPT. 2022' }, { pada_tanggal_iso: '2022-09-05' }),
	pass(ISSUE, { pada_tanggal: '5-SEP-2022' }, { pada_tanggal_iso: '2022-09-05' }),
	pass(ISSUE, { pada_tanggal: '1 OKTOBER 2021' }, { pada_tanggal_iso: '2021-10-01' }),
	pass(ISSUE, { pada_tanggal: '1 OKT 2021' }, { pada_tanggal_iso: '2021-10-01' }),
	pass(ISSUE, { pada_tanggal: '10 NOVEMBER 2020' }, { pada_tanggal_iso: '2020-11-10' }),
	pass(ISSUE, { pada_tanggal: '10 NOPEMBER 2020' }, { pada_tanggal_iso: '2020-11-10' }),
	pass(ISSUE, { pada_tanggal: '10 NOP 2020' }, { pada_tanggal_iso: '2020-11-10' }),
	pass(ISSUE, { pada_tanggal: '10 NOV 2020' }, { pada_tanggal_iso: '2020-11-10' }),
	pass(ISSUE, { pada_tanggal: '25 DESEMBER 2020' }, { pada_tanggal_iso: '2020-12-25' }),
	pass(ISSUE, { pada_tanggal: '25 DES 2020' }, { pada_tanggal_iso: '2020-12-25' }),
	fail(ISSUE, { pada_tanggal: '31-02-2024' }, /^"31-02-2024" is not a real date \(February 2024 has 29 days\)$/),
	fail(ISSUE, { pada_tanggal: '29-02-2023' }, /February 2023 has 28 days/),
	fail(ISSUE, { pada_tanggal: '31 APRIL 2024' }, /April 2024 has 30 days/),
	fail(ISSUE, { pada_tanggal: '00-06-2024' }, /not a real date/),
	fail(ISSUE, { pada_tanggal: '15-13-2024' }, /there is no month 13/),
	fail(ISSUE, { pada_tanggal: '19 JUNO 2024' }, /"JUNO" in "19 JUNO 2024" is not a month name/),
	fail(ISSUE, { pada_tanggal: '19-06-24' }, /cannot read "19-06-24" as a date/),
	fail(ISSUE, { pada_tanggal: 'TEGAL' }, /cannot read "TEGAL" as a date/),
	pass(INVOICE, { tanggal_faktur: '11-06-2024' }, { tanggal_faktur_iso: '2024-06-11' }),
	pass(INVOICE, { tanggal_faktur: '11 JUNI 2024' }, { tanggal_faktur_iso: '2024-06-11' }),
	fail(INVOICE, { tanggal_faktur: '32-01-2024' }, /January 2024 has 31 days/),

	// ---- VIN (nomor rangka)
	pass(VIN_LENGTH, { nomor_rangka: 'MHCPHR54CRJ540957' }), // Isuzu, fails the North-American check digit
	pass(VIN_LENGTH, { nomor_rangka: 'MH1JM8119MK123456' }), // Honda motorcycle shape
	pass(VIN_LENGTH, { nomor_rangka: 'MHC PHR54C RJ540957' }), // spaces do not count towards the length
	fail(VIN_LENGTH, { nomor_rangka: 'MHCPHR54CRJ54095' }, /^a VIN has 17 characters, this has 16$/),
	fail(VIN_LENGTH, { nomor_rangka: 'MHCPHR54CRJ5409577' }, /^a VIN has 17 characters, this has 18$/),
	fail(VIN_LENGTH, { nomor_rangka: 'KF80-0012345' }, /this has 12/), // old pre-VIN chassis number
	pass(VIN_CHARACTERS, { nomor_rangka: 'MHCPHR54CRJ540957' }),
	pass(VIN_CHARACTERS, { nomor_rangka: 'mhcphr54crj540957' }),
	fail(
		VIN_CHARACTERS,
		{ nomor_rangka: 'MHCPHR54CRJ54O957' },
		/^a VIN never uses the letters I, O or Q .*; this has O; probably MHCPHR54CRJ540957$/,
		{ nomor_rangka_suggested: 'MHCPHR54CRJ540957' },
	),
	fail(VIN_CHARACTERS, { nomor_rangka: 'MHIJM8119MK12345Q' }, /this has I, Q; probably MH1JM8119MK123450/, {
		nomor_rangka_suggested: 'MH1JM8119MK123450',
	}),
	fail(VIN_CHARACTERS, { nomor_rangka: 'MHCPHR54C RJ540957' }, /only letters and digits; this has a space/, {
		nomor_rangka_suggested: 'MHCPHR54CRJ540957',
	}),
	fail(VIN_CHARACTERS, { nomor_rangka: 'MHCPHR54C-RJ54095' }, /^a VIN has only letters and digits; this has "-"$/),
	fail(VIN_CHARACTERS, { nomor_rangka: 'MHCPHR54CRJ54O95' }, /this has O$/), // too short to suggest a fix

	// ---- plate (nomor registrasi)
	pass(PLATE_SHAPE, { nomor_registrasi: 'G 8572 EE' }, { nomor_registrasi_normalized: 'G 8572 EE' }),
	pass(PLATE_SHAPE, { nomor_registrasi: 'B1234ABC' }, { nomor_registrasi_normalized: 'B 1234 ABC' }),
	pass(PLATE_SHAPE, { nomor_registrasi: 'B 1234 ABC' }, { nomor_registrasi_normalized: 'B 1234 ABC' }),
	pass(PLATE_SHAPE, { nomor_registrasi: 'b  1234abc' }, { nomor_registrasi_normalized: 'B 1234 ABC' }),
	pass(PLATE_SHAPE, { nomor_registrasi: 'B-1234-XYZ' }, { nomor_registrasi_normalized: 'B 1234 XYZ' }),
	pass(PLATE_SHAPE, { nomor_registrasi: 'DK 1234' }, { nomor_registrasi_normalized: 'DK 1234' }),
	pass(PLATE_SHAPE, { nomor_registrasi: 'AB 1 C' }, { nomor_registrasi_normalized: 'AB 1 C' }),
	pass(PLATE_SHAPE, { nomor_registrasi: 'CD 12 34' }), // diplomatic plate: not checked
	fail(PLATE_SHAPE, { nomor_registrasi: 'B 12345 ABC' }, /^a plate reads like "B 1234 ABC" .*; this is "B 12345 ABC"$/),
	fail(PLATE_SHAPE, { nomor_registrasi: 'B 1234 ABCD' }, /this is "B 1234 ABCD"/),
	fail(PLATE_SHAPE, { nomor_registrasi: '1234 ABC' }, /this is "1234 ABC"/),
	fail(PLATE_SHAPE, { nomor_registrasi: 'ABC 123' }, /this is "ABC 123"/),
	pass(PLATE_REGION, { nomor_registrasi: 'G 8572 EE' }),
	pass(PLATE_REGION, { nomor_registrasi: 'PY 1234 AB' }),
	pass(PLATE_REGION, { nomor_registrasi: 'PS 12 A' }),
	pass(PLATE_REGION, { nomor_registrasi: 'PT 1 AA' }),
	pass(PLATE_REGION, { nomor_registrasi: 'DP 123 XY' }),
	pass(PLATE_REGION, { nomor_registrasi: 'DW 4 B' }),
	pass(PLATE_REGION, { nomor_registrasi: 'DC 1234 ZZ' }),
	pass(PLATE_REGION, { nomor_registrasi: 'KU 1234 AB' }),
	pass(PLATE_REGION, { nomor_registrasi: 'B 12345 ABC' }), // wrong shape is the shape check's job
	pass(PLATE_REGION, { nomor_registrasi: 'CC 12 34' }),
	fail(PLATE_REGION, { nomor_registrasi: 'XX 1234 AB' }, /^"XX" is not an Indonesian plate region code$/),
	fail(PLATE_REGION, { nomor_registrasi: 'C 1234 AB' }, /"C" is not/),
	fail(PLATE_REGION, { nomor_registrasi: 'BZ 12 A' }, /"BZ" is not/),

	// ---- KTP / TDP number
	pass(ID_KIND, { no_ktp_tdp: NIK_MAN }, { no_ktp_tdp_kind: 'NIK' }),
	pass(ID_KIND, { no_ktp_tdp: '3201.2315.0890.0001' }, { no_ktp_tdp_kind: 'NIK' }),
	pass(ID_KIND, { no_ktp_tdp: '32 0123 150890 0001' }, { no_ktp_tdp_kind: 'NIK' }),
	pass(ID_KIND, { no_ktp_tdp: '3201-2315-0890-0001' }, { no_ktp_tdp_kind: 'NIK' }),
	pass(ID_KIND, { no_ktp_tdp: '9120001234567' }, { no_ktp_tdp_kind: 'NIB' }),
	pass(ID_KIND, { no_ktp_tdp: 'S120112190871' }, { no_ktp_tdp_kind: 'other' }),
	pass(ID_KIND, { no_ktp_tdp: '320123150890000' }, { no_ktp_tdp_kind: 'other' }), // 15 digits
	pass(NIK_PROVINCE, { no_ktp_tdp: NIK_MAN }),
	pass(NIK_PROVINCE, { no_ktp_tdp: '1101231508900001' }), // Aceh
	pass(NIK_PROVINCE, { no_ktp_tdp: '9601231508900001' }), // South-West Papua
	pass(NIK_PROVINCE, { no_ktp_tdp: '9901231508' }), // not a NIK: nothing to check
	fail(NIK_PROVINCE, { no_ktp_tdp: '9901231508900001' }, /^a NIK starts with a province code; 99 is not an Indonesian province$/),
	fail(NIK_PROVINCE, { no_ktp_tdp: '2001231508900001' }, /20 is not/),
	fail(NIK_PROVINCE, { no_ktp_tdp: '9701231508900001' }, /97 is not/),
	pass(NIK_BIRTH, { no_ktp_tdp: NIK_MAN }),
	pass(NIK_BIRTH, { no_ktp_tdp: NIK_WOMAN }),
	pass(NIK_BIRTH, { no_ktp_tdp: '3201237101900002' }), // woman born 31-01-90
	pass(NIK_BIRTH, { no_ktp_tdp: '3201232902000001' }), // 29 February (2000)
	fail(NIK_BIRTH, { no_ktp_tdp: '3201233208900001' }, /DDMMYY .*; 320890 is not a date$/),
	fail(NIK_BIRTH, { no_ktp_tdp: '3201237208900002' }, /720890 is not a date/),
	fail(NIK_BIRTH, { no_ktp_tdp: '3201231513900001' }, /151390 is not a date/),
	fail(NIK_BIRTH, { no_ktp_tdp: '3201233002900001' }, /300290 is not a date/),
	fail(NIK_BIRTH, { no_ktp_tdp: '3201230008900001' }, /000890 is not a date/),
	pass(NIK_SERIAL, { no_ktp_tdp: NIK_WOMAN }),
	pass(NIK_SERIAL, { no_ktp_tdp: '9120001230000' }), // a NIB may end in zeros
	fail(NIK_SERIAL, { no_ktp_tdp: '3201231508900000' }, /ends in 0000/),

	// ---- plate colour (warna TNKB)
	...['PUTIH', 'HITAM', 'KUNING', 'MERAH', 'HIJAU', 'BIRU'].map((colour) => pass(PLATE_COLOUR, { warna_tnkb: colour })),
	pass(PLATE_COLOUR, { warna_tnkb: 'PUTIH BIRU' }),
	pass(PLATE_COLOUR, { warna_tnkb: 'PUTIH/BIRU' }),
	pass(PLATE_COLOUR, { warna_tnkb: ' putih  ' }),
	pass(PLATE_COLOUR, { warna_tnkb: 'DASAR PUTIH TULISAN HITAM' }),
	fail(PLATE_COLOUR, { warna_tnkb: 'UNGU' }, /^a plate colour is PUTIH, HITAM, KUNING, MERAH, HIJAU or BIRU; this is "UNGU"$/),
	fail(PLATE_COLOUR, { warna_tnkb: 'PUTH' }, /this is "PUTH"/),
	fail(PLATE_COLOUR, { warna_tnkb: 'PUTIH SILVER' }, /this is "PUTIH SILVER"/), // the body colour, misplaced
	fail(PLATE_COLOUR, { warna_tnkb: 'PUTIH HITAM KUNING' }, /this is/),

	// ---- year of manufacture
	pass(YEAR_FORMAT, { tahun_pembuatan: '2024' }),
	fail(YEAR_FORMAT, { tahun_pembuatan: '20244' }, /^a year is 4 digits like 2024; this is "20244"$/),
	fail(YEAR_FORMAT, { tahun_pembuatan: '24' }, /this is "24"/),
	fail(YEAR_FORMAT, { tahun_pembuatan: '2O24' }, /this is "2O24"/),
	pass(YEAR_RANGE, { tahun_pembuatan: '1900' }),
	pass(YEAR_RANGE, { tahun_pembuatan: '2026' }), // next year's model, with currentYear 2025
	pass(YEAR_RANGE, { tahun_pembuatan: '24' }), // not a year at all: the format check says so
	fail(YEAR_RANGE, { tahun_pembuatan: '2027' }, /^year 2027 is not between 1900 and 2026$/),
	fail(YEAR_RANGE, { tahun_pembuatan: '1899' }, /year 1899/),
	pass(YEAR_VS_ISSUE, { tahun_pembuatan: '2024', pada_tanggal: '19-06-2024' }),
	pass(YEAR_VS_ISSUE, { tahun_pembuatan: '2025', pada_tanggal: '19 JUNI 2024' }),
	pass(YEAR_VS_ISSUE, { tahun_pembuatan: '1995', pada_tanggal: '19-06-2024' }),
	pass(YEAR_VS_ISSUE, { tahun_pembuatan: '2026', pada_tanggal: '31-02-2024' }), // date not real: its own check warns
	fail(
		YEAR_VS_ISSUE,
		{ tahun_pembuatan: '2026', pada_tanggal: '19-06-2024' },
		/^built in 2026, but the book was issued in 2024 \(pada_tanggal 19-06-2024\)$/,
	),

	// ---- wheels against kind
	pass(WHEEL_COUNT, { jumlah_roda: '4 (EMPAT)' }),
	pass(WHEEL_COUNT, { jumlah_roda: '4( EMPAT )' }),
	pass(WHEEL_COUNT, { jumlah_roda: '10 (SEPULUH)' }),
	pass(WHEEL_COUNT, { jumlah_roda: 'EMPAT' }),
	pass(WHEEL_COUNT, { jumlah_roda: '(DUA)' }),
	fail(WHEEL_COUNT, { jumlah_roda: 'RODA' }, /^cannot read a number of wheels from "RODA"$/),
	fail(WHEEL_COUNT, { jumlah_roda: '1 (SATU)' }, /at least 2 wheels; this says 1/),
	pass(WHEELS_VS_KIND, { jumlah_roda: '4 (EMPAT)', jenis: 'MB. BARANG' }),
	pass(WHEELS_VS_KIND, { jumlah_roda: '6 (ENAM)', jenis: 'MB. BARANG' }),
	pass(WHEELS_VS_KIND, { jumlah_roda: '4 (EMPAT)', jenis: 'MB. PENUMPANG' }),
	pass(WHEELS_VS_KIND, { jumlah_roda: '6 (ENAM)', jenis: 'MOBIL BUS' }),
	pass(WHEELS_VS_KIND, { jumlah_roda: '4', jenis: 'MINIBUS' }),
	pass(WHEELS_VS_KIND, { jumlah_roda: '2 (DUA)', jenis: 'SEPEDA MOTOR' }),
	pass(WHEELS_VS_KIND, { jumlah_roda: '3 (TIGA)', jenis: 'SEPEDA MOTOR' }),
	pass(WHEELS_VS_KIND, { jumlah_roda: '2 (DUA)', jenis: 'KENDARAAN KHUSUS' }), // unknown kind
	pass(WHEELS_VS_KIND, { jumlah_roda: 'RODA', jenis: 'SEPEDA MOTOR' }), // unreadable: wheel-count warns
	fail(
		WHEELS_VS_KIND,
		{ jumlah_roda: '4 (EMPAT)', jenis: 'SEPEDA MOTOR' },
		/^jenis "SEPEDA MOTOR" is a motorcycle with 2 or 3 wheels, this says 4$/,
	),
	fail(WHEELS_VS_KIND, { jumlah_roda: '4', jenis: 'SPD. MOTOR' }, /motorcycle/),
	fail(
		WHEELS_VS_KIND,
		{ jumlah_roda: '2 (DUA)', jenis: 'MB. PENUMPANG' },
		/^jenis "MB. PENUMPANG" is a car, bus or truck with at least 4 wheels, this says 2$/,
	),
	fail(WHEELS_VS_KIND, { jumlah_roda: '3', jenis: 'MOBIL BARANG' }, /at least 4 wheels, this says 3/),

	// ---- engine size
	pass(ENGINE, { isi_silinder: '2.499 CC' }, { isi_silinder_cc: 2499 }),
	pass(ENGINE, { isi_silinder: '1,496 cc' }, { isi_silinder_cc: 1496 }),
	pass(ENGINE, { isi_silinder: '150 CC' }, { isi_silinder_cc: 150 }),
	pass(ENGINE, { isi_silinder: '2499CC' }, { isi_silinder_cc: 2499 }),
	pass(ENGINE, { isi_silinder: '1.197' }, { isi_silinder_cc: 1197 }),
	pass(ENGINE, { isi_silinder: '124,8 CC' }, { isi_silinder_cc: 124.8 }),
	pass(ENGINE, { isi_silinder: '12.345,5 CC' }, { isi_silinder_cc: 12345.5 }),
	pass(ENGINE, { isi_silinder: '5 KW' }), // electric: power, not cylinder volume
	pass(ENGINE, { isi_silinder: 'LISTRIK' }),
	fail(ENGINE, { isi_silinder: 'CC' }, /^cannot find an engine size in cc in "CC"$/),
	fail(ENGINE, { isi_silinder: '-' }, /in "-"/),

	// ---- BPKB number stamp
	pass(STAMP, { stempel_nomor_bpkb: 'U-03870835', nomor_bpkb: 'U-03870835' }),
	pass(STAMP, { stempel_nomor_bpkb: 'U 03870835', nomor_bpkb: 'U-03870835' }),
	pass(STAMP, { stempel_nomor_bpkb: 'u03870835', nomor_bpkb: 'U-03870835' }),
	fail(
		STAMP,
		{ stempel_nomor_bpkb: 'U-03870836', nomor_bpkb: 'U-03870835' },
		/^the stamped number U-03870836 is not the BPKB number U-03870835$/,
	),
	fail(STAMP, { stempel_nomor_bpkb: 'T-03870835', nomor_bpkb: 'U-03870835' }, /is not the BPKB number/),
];

describeCheckTable(bpkb, RULE_CASES, CONTEXT, [ID_KIND]);

describe('the check table', () => {
	test('a field check naming a column the document does not have is refused when the spec loads', () => {
		const misspelt: FieldCheck = { ...CHECK_TABLE[0], columns: ['no_ktp'] };
		expect(specProblems({ ...bpkb, checks: [...CHECK_TABLE, misspelt] })).toEqual([
			'bpkb: check "identity-number-kind" reads "no_ktp", which is not a column',
		]);
	});
});

type SampleSection = Record<string, { value: string }>;

function sampleValues(): Record<string, string> {
	const values: Record<string, string> = {};
	for (const section of Object.values(sampleResponse.read) as SampleSection[]) {
		for (const [key, field] of Object.entries(section)) values[key] = field.value;
	}
	return values;
}

describe('validateDocument', () => {
	test('the vendor sample answer raises no warning and adds the expected companions', () => {
		const values = sampleValues();
		const result = validateDocument(values, new Set(Object.keys(values)), CONTEXT);
		expect(result.warnings).toEqual([]);
		expect(result.companions).toEqual({
			pada_tanggal_iso: '2024-06-19',
			tanggal_faktur_iso: '2024-06-11',
			isi_silinder_cc: 2499,
			nomor_registrasi_normalized: 'G 8572 EE',
			no_ktp_tdp_kind: 'other',
		});
	});

	test('the vendor sample also passes with the real current year', () => {
		const values = sampleValues();
		expect(validateDocument(values, new Set(Object.keys(values))).warnings).toEqual([]);
	});

	test('the sample holds every BPKB field', () => {
		expect(Object.keys(sampleValues()).sort()).toEqual(BPKB_FIELDS.map((field) => field.key).sort());
	});

	test('never changes the values it is given', () => {
		const values = Object.freeze({ ...sampleValues(), nomor_rangka: ' MHCPHR54CRJ54O957 ' });
		const copy = { ...values };
		validateDocument(values, new Set(Object.keys(values)), CONTEXT);
		expect(values).toEqual(copy);
	});

	test('fields of pages not asked for do not warn, even with bad values', () => {
		const values = { ...sampleValues(), nomor_rangka: 'BAD', warna_tnkb: 'UNGU', tanggal_faktur: '99-99-9999' };
		const pageOne = new Set(fieldsForPage(1).map((field) => field.key));
		const result = validateDocument(values, pageOne, CONTEXT);
		expect(result.warnings).toEqual([]);
		expect(result.companions).toEqual({ pada_tanggal_iso: '2024-06-19', no_ktp_tdp_kind: 'other' });
	});

	test('a cross-field check needs both fields read', () => {
		const values = { tahun_pembuatan: '2030', pada_tanggal: '19-06-2024' };
		const onlyYear = validateDocument(values, new Set(['tahun_pembuatan']), { currentYear: 2030, today: { year: 2030, month: 6, day: 1 } });
		expect(onlyYear.warnings).toEqual([]);
		const both = validateDocument(values, new Set(Object.keys(values)), { currentYear: 2030, today: { year: 2030, month: 6, day: 1 } });
		expect(both.warnings).toEqual([
			{
				columns: ['tahun_pembuatan', 'pada_tanggal'],
				problem: 'built in 2030, but the book was issued in 2024 (pada_tanggal 19-06-2024)',
				text: 'tahun_pembuatan: built in 2030, but the book was issued in 2024 (pada_tanggal 19-06-2024)',
			},
		]);
	});

	test('empty and blank values raise no warning and add no companion', () => {
		const values = Object.fromEntries(BPKB_FIELDS.map((field, index) => [field.key, index % 2 ? '' : '   ']));
		expect(validateDocument(values, new Set(Object.keys(values)), CONTEXT)).toEqual({
			companions: {},
			warnings: [],
		});
	});

	test('a read field missing from values is treated as empty', () => {
		expect(validateDocument({}, new Set(['nomor_rangka', 'pada_tanggal']), CONTEXT)).toEqual({
			companions: {},
			warnings: [],
		});
	});

	test('a messy book gets one line per failed rule, each naming its field', () => {
		const values = {
			...sampleValues(),
			nomor_rangka: 'MHCPHR54CRJ54O95',
			pada_tanggal: '31-02-2024',
			jumlah_roda: '2 (DUA)',
			stempel_nomor_bpkb: 'U-03870836',
		};
		const result = validateDocument(values, new Set(Object.keys(values)), CONTEXT);
		expect(result.warnings.map((warning) => warning.text)).toEqual([
			'stempel_nomor_bpkb: the stamped number U-03870836 is not the BPKB number U-03870835',
			'pada_tanggal: "31-02-2024" is not a real date (February 2024 has 29 days)',
			'nomor_rangka: a VIN has 17 characters, this has 16',
			'nomor_rangka: a VIN never uses the letters I, O or Q (they are mistaken for 1 and 0); this has O',
			'jumlah_roda: jenis "MB. BARANG" is a car, bus or truck with at least 4 wheels, this says 2',
		]);
		expect(result.companions).not.toHaveProperty('pada_tanggal_iso');
		expect(result.companions).not.toHaveProperty('nomor_rangka_suggested');
	});

	test('a fixable VIN warns and suggests the fix', () => {
		const values = { nomor_rangka: 'MHCPHR54CRJ54O957' };
		const result = validateDocument(values, new Set(Object.keys(values)), CONTEXT);
		expect(result.warnings).toHaveLength(1);
		expect(result.companions).toEqual({ nomor_rangka_suggested: 'MHCPHR54CRJ540957' });
	});

	test('the current year defaults to today', () => {
		const nextYear = String(new Date().getFullYear() + 1);
		const yearAfter = String(new Date().getFullYear() + 2);
		const read = new Set(['tahun_pembuatan']);
		expect(validateDocument({ tahun_pembuatan: nextYear }, read).warnings).toEqual([]);
		expect(validateDocument({ tahun_pembuatan: yearAfter }, read).warnings).toHaveLength(1);
	});
});

describe('validateDocument on arbitrary input', () => {
	const keys = BPKB_FIELDS.map((field) => field.key);
	const declaredCompanions = new Set(CHECK_TABLE.flatMap((fieldCheck) => fieldCheck.companions.map(({ column }) => column)));

	test('never throws, adds only declared flat companions, and names a checked column in each one-line warning', () => {
		fc.assert(
			fc.property(
				fc.dictionary(fc.constantFrom(...keys), fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }))),
				fc.subarray(keys),
				(values, readKeys) => {
					const result = validateDocument(values, new Set(readKeys), CONTEXT);
					for (const [key, value] of Object.entries(result.companions)) {
						expect(declaredCompanions).toContain(key);
						expect(['string', 'number', 'boolean']).toContain(typeof value);
					}
					// One line each, starting with the column it is about, which is the first it names.
					for (const warning of result.warnings) {
						expect(warning.text).not.toMatch(/[\r\n]/);
						expect(CHECKED_FIELDS).toContain(warning.text.slice(0, warning.text.indexOf(': ')));
						expect(warning.text).toBe(`${warning.columns[0]}: ${warning.problem}`);
					}
				},
			),
			{ numRuns: 500 },
		);
	});

	test('reads numbers in value-like shapes without throwing', () => {
		const valueLike = fc.stringMatching(/^[0-9A-Z .,\-/()]{0,24}$/);
		fc.assert(
			fc.property(fc.record(Object.fromEntries(keys.map((key) => [key, valueLike]))), (values) => {
				const result = validateDocument(values as Record<string, string>, new Set(keys), CONTEXT);
				for (const value of Object.values(result.companions)) expect(typeof value).not.toBe('object');
				if (typeof result.companions.isi_silinder_cc === 'number') {
					expect(Number.isFinite(result.companions.isi_silinder_cc)).toBe(true);
				}
			}),
			{ numRuns: 300 },
		);
	});
});
