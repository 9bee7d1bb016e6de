/**
 * THE list of field checks: one row per rule. To learn what is checked, read this table;
 * to add a check, add a row (and its function in ./checks/).
 *
 * A row runs only when every field in `fields` was returned by GLAIR and is not empty, so asking
 * for one page never warns about another page's fields. Its warning names the first field.
 */
import { BPKB_FIELDS } from './bpkbFields';
import {
	checkDate,
	checkEngineSize,
	checkIdentityNumberKind,
	checkNikBirthDate,
	checkNikProvince,
	checkNikSerial,
	checkPlateColour,
	checkPlateRegion,
	checkPlateShape,
	checkStampMatchesBpkbNumber,
	checkVinCharacters,
	checkVinLength,
	checkWheelCount,
	checkWheelsMatchKind,
	checkYearFormat,
	checkYearInRange,
	checkYearNotAfterIssue,
	type CheckContext,
	type CheckOutcome,
} from './checks';

/** The BPKB fields some check reads. Each is verified against BPKB_FIELDS when this module loads. */
export type CheckedField =
	| 'pada_tanggal'
	| 'tanggal_faktur'
	| 'nomor_rangka'
	| 'nomor_registrasi'
	| 'no_ktp_tdp'
	| 'warna_tnkb'
	| 'tahun_pembuatan'
	| 'jumlah_roda'
	| 'jenis'
	| 'isi_silinder'
	| 'nomor_bpkb'
	| 'stempel_nomor_bpkb';

/** Trimmed values of the checked fields; every field a row lists is non-empty when it runs. */
export type CheckedValues = Readonly<Record<CheckedField, string>>;

export interface CheckRow {
	/** The field(s) read; the first is the one named in the warning. */
	fields: readonly [CheckedField, ...CheckedField[]];
	/** Short stable name of the rule, for filtering and tests. */
	rule: string;
	description: string;
	/** Companion keys this row may add next to the values. */
	companions: readonly string[];
	check: (values: CheckedValues, context: CheckContext) => CheckOutcome;
}

const KNOWN_FIELD_KEYS = new Set(BPKB_FIELDS.map((field) => field.key));

// prettier-ignore
export const CHECK_TABLE: readonly CheckRow[] = [
	// ---- identitas_pemilik (page 1)
	{ fields: ['no_ktp_tdp'], rule: 'identity-number-kind', description: '16 digits is a NIK, 13 digits a NIB, anything else "other" (never warns)', companions: ['no_ktp_tdp_kind'], check: (v) => checkIdentityNumberKind(v.no_ktp_tdp) },
	{ fields: ['no_ktp_tdp'], rule: 'nik-province', description: 'a NIK starts with a known province code (11-96)', companions: [], check: (v) => checkNikProvince(v.no_ktp_tdp) },
	{ fields: ['no_ktp_tdp'], rule: 'nik-birth-date', description: 'NIK digits 7-12 are a birth date DDMMYY, day + 40 for women', companions: [], check: (v) => checkNikBirthDate(v.no_ktp_tdp) },
	{ fields: ['no_ktp_tdp'], rule: 'nik-serial', description: 'the last 4 digits of a NIK are not 0000', companions: [], check: (v) => checkNikSerial(v.no_ktp_tdp) },
	{ fields: ['stempel_nomor_bpkb', 'nomor_bpkb'], rule: 'bpkb-stamp-matches', description: 'the stamped BPKB number equals the printed one (ignoring spaces, dashes, case)', companions: [], check: (v) => checkStampMatchesBpkbNumber(v.stempel_nomor_bpkb, v.nomor_bpkb) },
	{ fields: ['pada_tanggal'], rule: 'date', description: 'issue date is a real day-first date; adds yyyy-mm-dd', companions: ['pada_tanggal_iso'], check: (v) => checkDate(v.pada_tanggal, 'pada_tanggal_iso') },

	// ---- identitas_kendaraan (page 2)
	{ fields: ['nomor_registrasi'], rule: 'plate-shape', description: 'plate is region letters, 1-4 digits, 0-3 letters; adds "B 1234 ABC" form', companions: ['nomor_registrasi_normalized'], check: (v) => checkPlateShape(v.nomor_registrasi) },
	{ fields: ['nomor_registrasi'], rule: 'plate-region', description: 'plate region code is an Indonesian one (B, AB, DK, PY ...)', companions: [], check: (v) => checkPlateRegion(v.nomor_registrasi) },
	{ fields: ['tahun_pembuatan'], rule: 'year-format', description: 'year of manufacture is 4 digits', companions: [], check: (v) => checkYearFormat(v.tahun_pembuatan) },
	{ fields: ['tahun_pembuatan'], rule: 'year-range', description: 'year of manufacture is 1900 to next year', companions: [], check: (v, context) => checkYearInRange(v.tahun_pembuatan, context.currentYear) },
	{ fields: ['tahun_pembuatan', 'pada_tanggal'], rule: 'year-not-after-issue', description: 'year of manufacture is at most one year after the issue date', companions: [], check: (v) => checkYearNotAfterIssue(v.tahun_pembuatan, v.pada_tanggal) },
	{ fields: ['isi_silinder'], rule: 'engine-size', description: 'engine size has a number of cc ("2.499 CC" is 2499); adds it as a number', companions: ['isi_silinder_cc'], check: (v) => checkEngineSize(v.isi_silinder) },
	{ fields: ['nomor_rangka'], rule: 'vin-length', description: 'chassis number (VIN) has 17 characters', companions: [], check: (v) => checkVinLength(v.nomor_rangka) },
	{ fields: ['nomor_rangka'], rule: 'vin-characters', description: 'VIN has only A-Z and 0-9, never I, O, Q; suggests the fix', companions: ['nomor_rangka_suggested'], check: (v) => checkVinCharacters(v.nomor_rangka) },
	{ fields: ['warna_tnkb'], rule: 'plate-colour', description: 'plate colour is PUTIH, HITAM, KUNING, MERAH, HIJAU or BIRU', companions: [], check: (v) => checkPlateColour(v.warna_tnkb) },
	{ fields: ['jumlah_roda'], rule: 'wheel-count', description: 'number of wheels can be read ("4 (EMPAT)") and is at least 2', companions: [], check: (v) => checkWheelCount(v.jumlah_roda) },
	{ fields: ['jumlah_roda', 'jenis'], rule: 'wheels-match-kind', description: 'SEPEDA MOTOR has 2-3 wheels, MB./MOBIL/BUS kinds 4 or more', companions: [], check: (v) => checkWheelsMatchKind(v.jumlah_roda, v.jenis) },

	// ---- dokumen_registrasi_pertama (page 3)
	{ fields: ['tanggal_faktur'], rule: 'date', description: 'invoice date is a real day-first date; adds yyyy-mm-dd', companions: ['tanggal_faktur_iso'], check: (v) => checkDate(v.tanggal_faktur, 'tanggal_faktur_iso') },
];

/** The field keys the table reads, each verified to be a BPKB field. */
export const CHECKED_FIELDS: readonly CheckedField[] = [...new Set(CHECK_TABLE.flatMap((row) => row.fields))];

// A misspelt key would silently switch a check off; fail loudly when the module loads instead.
for (const key of CHECKED_FIELDS) {
	if (!KNOWN_FIELD_KEYS.has(key)) throw new Error(`checkTable: "${key}" is not a field in BPKB_FIELDS`);
}
