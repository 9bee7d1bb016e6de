/**
 * THE list of BPKB field checks: one line per rule, bound to its columns. To learn what is checked,
 * read this table; to add a check, add a line (a new rule: checks/fieldChecks.ts says how).
 */
import type { FieldCheck } from '../../checks/fieldCheck';
import { fieldChecks } from '../../checks/fieldChecks';

// prettier-ignore
export const BPKB_CHECKS: readonly FieldCheck[] = [
	// ---- identitas_pemilik (page 1)
	fieldChecks.identityNumberKind('no_ktp_tdp', { description: '16 digits is a NIK, 13 digits a NIB, anything else "other" (never warns)' }),
	fieldChecks.nikProvince('no_ktp_tdp', { description: 'a NIK starts with a known province code (11-96)' }),
	fieldChecks.nikBirthDate('no_ktp_tdp', { description: 'NIK digits 7-12 are a birth date DDMMYY, day + 40 for women' }),
	fieldChecks.nikSerial('no_ktp_tdp', { description: 'the last 4 digits of a NIK are not 0000' }),
	fieldChecks.stampMatches('stempel_nomor_bpkb', 'nomor_bpkb', { description: 'the stamped BPKB number equals the printed one (ignoring spaces, dashes, case)' }),
	fieldChecks.date('pada_tanggal', { description: 'issue date is a real day-first date; adds yyyy-mm-dd' }),

	// ---- identitas_kendaraan (page 2)
	fieldChecks.plateShape('nomor_registrasi', { description: 'plate is region letters, 1-4 digits, 0-3 letters; adds "B 1234 ABC" form' }),
	fieldChecks.plateRegion('nomor_registrasi', { description: 'plate region code is an Indonesian one (B, AB, DK, PY ...)' }),
	fieldChecks.yearFormat('tahun_pembuatan', { description: 'year of manufacture is 4 digits' }),
	fieldChecks.yearInRange('tahun_pembuatan', { description: 'year of manufacture is 1900 to next year' }),
	fieldChecks.yearNotAfterIssue('tahun_pembuatan', 'pada_tanggal', { description: 'year of manufacture is at most one year after the issue date' }),
	fieldChecks.engineSize('isi_silinder', { description: 'engine size has a number of cc ("2.499 CC" is 2499); adds it as a number' }),
	fieldChecks.vinLength('nomor_rangka', { description: 'chassis number (VIN) has 17 characters' }),
	fieldChecks.vinCharacters('nomor_rangka', { description: 'VIN has only A-Z and 0-9, never I, O, Q; suggests the fix' }),
	fieldChecks.plateColour('warna_tnkb', { description: 'plate colour is PUTIH, HITAM, KUNING, MERAH, HIJAU or BIRU' }),
	fieldChecks.wheelCount('jumlah_roda', { description: 'number of wheels can be read ("4 (EMPAT)") and is at least 2' }),
	fieldChecks.wheelsMatchKind('jumlah_roda', 'jenis', { description: 'SEPEDA MOTOR has 2-3 wheels, MB./MOBIL/BUS kinds 4 or more' }),

	// ---- dokumen_registrasi_pertama (page 3)
	fieldChecks.date('tanggal_faktur', { description: 'invoice date is a real day-first date; adds yyyy-mm-dd' }),
];
