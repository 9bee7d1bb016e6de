/**
 * THE list of STNK field checks: one line per rule, bound to its columns (the tax page's columns
 * carry the prefix "pajak_"). To add a check, add a line (a new rule: checks/fieldChecks.ts says how).
 */
import type { FieldCheck } from '../../checks/fieldCheck';
import { fieldChecks } from '../../checks/fieldChecks';

/** The STNK must be renewed every 5 years: a month's notice leaves time to do it. */
const RENEWAL_NOTICE_DAYS = 30;

// prettier-ignore
export const STNK_CHECKS: readonly FieldCheck[] = [
	// ---- halaman_stnk (the registration page)
	fieldChecks.plateShape('nomor_registrasi', { description: 'plate is region letters, 1-4 digits, 0-3 letters; adds "B 1234 ABC" form' }),
	fieldChecks.plateRegion('nomor_registrasi', { description: 'plate region code is an Indonesian one (B, AB, DK, PY ...)' }),
	fieldChecks.sameValue('nomor_registrasi', 'pajak_nomor_registrasi', { description: 'the plate on the tax page is the same (ignoring case, spaces, dots, dashes)' }),
	fieldChecks.bpkbNumberShape('nomor_bpkb', { description: 'BPKB number reads like U-03870835 (1-2 letters, 7-8 digits)' }),
	fieldChecks.engineSize('isi_silinder', { description: 'engine size has a number of cc ("1.496 CC" is 1496); adds it as a number' }),
	fieldChecks.date('tanggal_penerbitan', { description: 'issue date is a real day-first date; adds yyyy-mm-dd' }),
	fieldChecks.date('berlaku_sampai', { description: 'valid-until date is a real day-first date; adds yyyy-mm-dd' }),
	fieldChecks.expiry('berlaku_sampai', { withinDays: RENEWAL_NOTICE_DAYS, what: 'the registration', description: `the registration has not expired and has more than ${RENEWAL_NOTICE_DAYS} days left` }),
	fieldChecks.sameValue('nomor_mesin', 'pajak_nomor_mesin', { description: 'the engine number on the tax page is the same (ignoring case, spaces, dots, dashes)' }),
	fieldChecks.vinLength('nomor_rangka', { description: 'chassis number (VIN) has 17 characters' }),
	fieldChecks.vinCharacters('nomor_rangka', { description: 'VIN has only A-Z and 0-9, never I, O, Q; suggests the fix' }),
	fieldChecks.sameValue('nomor_rangka', 'pajak_nomor_rangka', { description: 'the chassis number on the tax page is the same (ignoring case, spaces, dots, dashes)' }),

	// ---- halaman_pajak_tahunan (the annual tax page)
	fieldChecks.plateShape('pajak_nomor_registrasi', { description: 'plate is region letters, 1-4 digits, 0-3 letters; adds "B 1234 ABC" form' }),
	fieldChecks.plateRegion('pajak_nomor_registrasi', { description: 'plate region code is an Indonesian one (B, AB, DK, PY ...)' }),
	fieldChecks.engineSize('pajak_isi_silinder', { description: 'engine size has a number of cc; adds it as a number' }),
	fieldChecks.bpkbNumberShape('pajak_nomor_bpkb', { description: 'BPKB number reads like U-03870835 (1-2 letters, 7-8 digits)' }),
	fieldChecks.vinLength('pajak_nomor_rangka', { description: 'chassis number (VIN) has 17 characters' }),
	fieldChecks.vinCharacters('pajak_nomor_rangka', { description: 'VIN has only A-Z and 0-9, never I, O, Q; suggests the fix' }),
	fieldChecks.date('pajak_berlaku_sampai', { description: 'tax-paid-until date is a real day-first date; adds yyyy-mm-dd' }),
	fieldChecks.overdue('pajak_berlaku_sampai', { what: 'the paid annual tax', description: 'the annual tax is not overdue (its date is not in the past)' }),
	fieldChecks.date('pajak_ditetapkan_tanggal', { description: 'assessment date is a real day-first date; adds yyyy-mm-dd' }),
];
