/**
 * THE list of BPKB field checks: one row per rule, bound to its columns. To learn what is checked,
 * read this table; to add a check, add a row (and, for a new rule, its function in
 * engine/checks/rules/ and its builder in engine/checks/rows.ts).
 */
import type { CheckRow } from '../../checks/checkRow';
import { rows } from '../../checks/rows';

// prettier-ignore
export const BPKB_CHECKS: readonly CheckRow[] = [
	// ---- identitas_pemilik (page 1)
	rows.identityNumberKind('no_ktp_tdp', { description: '16 digits is a NIK, 13 digits a NIB, anything else "other" (never warns)' }),
	rows.nikProvince('no_ktp_tdp', { description: 'a NIK starts with a known province code (11-96)' }),
	rows.nikBirthDate('no_ktp_tdp', { description: 'NIK digits 7-12 are a birth date DDMMYY, day + 40 for women' }),
	rows.nikSerial('no_ktp_tdp', { description: 'the last 4 digits of a NIK are not 0000' }),
	rows.stampMatches('stempel_nomor_bpkb', 'nomor_bpkb', { description: 'the stamped BPKB number equals the printed one (ignoring spaces, dashes, case)' }),
	rows.date('pada_tanggal', { description: 'issue date is a real day-first date; adds yyyy-mm-dd' }),

	// ---- identitas_kendaraan (page 2)
	rows.plateShape('nomor_registrasi', { description: 'plate is region letters, 1-4 digits, 0-3 letters; adds "B 1234 ABC" form' }),
	rows.plateRegion('nomor_registrasi', { description: 'plate region code is an Indonesian one (B, AB, DK, PY ...)' }),
	rows.yearFormat('tahun_pembuatan', { description: 'year of manufacture is 4 digits' }),
	rows.yearInRange('tahun_pembuatan', { description: 'year of manufacture is 1900 to next year' }),
	rows.yearNotAfterIssue('tahun_pembuatan', 'pada_tanggal', { description: 'year of manufacture is at most one year after the issue date' }),
	rows.engineSize('isi_silinder', { description: 'engine size has a number of cc ("2.499 CC" is 2499); adds it as a number' }),
	rows.vinLength('nomor_rangka', { description: 'chassis number (VIN) has 17 characters' }),
	rows.vinCharacters('nomor_rangka', { description: 'VIN has only A-Z and 0-9, never I, O, Q; suggests the fix' }),
	rows.plateColour('warna_tnkb', { description: 'plate colour is PUTIH, HITAM, KUNING, MERAH, HIJAU or BIRU' }),
	rows.wheelCount('jumlah_roda', { description: 'number of wheels can be read ("4 (EMPAT)") and is at least 2' }),
	rows.wheelsMatchKind('jumlah_roda', 'jenis', { description: 'SEPEDA MOTOR has 2-3 wheels, MB./MOBIL/BUS kinds 4 or more' }),

	// ---- dokumen_registrasi_pertama (page 3)
	rows.date('tanggal_faktur', { description: 'invoice date is a real day-first date; adds yyyy-mm-dd' }),
];
