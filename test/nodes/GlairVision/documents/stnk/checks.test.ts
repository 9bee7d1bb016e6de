import { stnk } from '../../../../../nodes/GlairVision/documents/stnk';
import { runChecks } from '../../../../../nodes/GlairVision/checks/runChecks';
import { describeCheckTable, fail, pass } from '../../../../helpers/checkTable';
import stnkAnswer from '../../../../sandbox/fixtures/stnk-sample-response.json';

/** Fixed, so "expired" and "within 30 days" do not move with the calendar. */
const TODAY = { year: 2026, month: 12, day: 1 };
const CONTEXT = { currentYear: 2026, today: TODAY };

describeCheckTable(
	stnk,
	[
		// ---- plate, both pages
		pass('nomor_registrasi/plate-shape', { nomor_registrasi: 'D 1234 SPX' }, { nomor_registrasi_normalized: 'D 1234 SPX' }),
		pass('nomor_registrasi/plate-shape', { nomor_registrasi: 'd1234spx' }, { nomor_registrasi_normalized: 'D 1234 SPX' }),
		fail('nomor_registrasi/plate-shape', { nomor_registrasi: '1234 SPX' }, /a plate reads like "B 1234 ABC"/),
		pass('nomor_registrasi/plate-region', { nomor_registrasi: 'D 1234 SPX' }),
		fail('nomor_registrasi/plate-region', { nomor_registrasi: 'ZZ 1234 XX' }, /^"ZZ" is not an Indonesian plate region code$/),
		pass('pajak_nomor_registrasi/plate-shape', { pajak_nomor_registrasi: 'B 1 ABC' }, { pajak_nomor_registrasi_normalized: 'B 1 ABC' }),
		fail('pajak_nomor_registrasi/plate-shape', { pajak_nomor_registrasi: 'B 12345 ABC' }, /a plate reads like/),
		pass('pajak_nomor_registrasi/plate-region', { pajak_nomor_registrasi: 'DK 1234 AB' }),
		fail('pajak_nomor_registrasi/plate-region', { pajak_nomor_registrasi: 'QQ 1234 AB' }, /"QQ" is not an Indonesian plate region/),

		// ---- chassis number (VIN), both pages
		pass('nomor_rangka/vin-length', { nomor_rangka: 'MHZSPX15ME0000123' }),
		fail('nomor_rangka/vin-length', { nomor_rangka: 'MHZSPX15ME000012' }, /^a VIN has 17 characters, this has 16$/),
		pass('nomor_rangka/vin-characters', { nomor_rangka: 'MHZSPX15ME0000123' }),
		fail('nomor_rangka/vin-characters', { nomor_rangka: 'MHZSPX15MEOOOO123' }, /never uses the letters I, O or Q.*probably MHZSPX15ME0000123/, { nomor_rangka_suggested: 'MHZSPX15ME0000123' }),
		pass('pajak_nomor_rangka/vin-length', { pajak_nomor_rangka: 'MHZSPX15ME0000123' }),
		fail('pajak_nomor_rangka/vin-length', { pajak_nomor_rangka: 'MHZSPX15ME00001234' }, /this has 18/),
		pass('pajak_nomor_rangka/vin-characters', { pajak_nomor_rangka: 'mhzspx15me0000123' }),
		fail('pajak_nomor_rangka/vin-characters', { pajak_nomor_rangka: 'MHZ-SPX15ME000012' }, /only letters and digits; this has "-"/),

		// ---- BPKB number shape, both pages
		pass('nomor_bpkb/bpkb-number-shape', { nomor_bpkb: 'U-03870835' }), // the vendor's sample
		pass('nomor_bpkb/bpkb-number-shape', { nomor_bpkb: 'Z 00054321' }),
		pass('nomor_bpkb/bpkb-number-shape', { nomor_bpkb: 'u03870835' }),
		pass('nomor_bpkb/bpkb-number-shape', { nomor_bpkb: 'AB-1234567' }),
		fail('nomor_bpkb/bpkb-number-shape', { nomor_bpkb: '03870835' }, /^a BPKB number reads like "U-03870835" \(a series letter, a dash, 8 digits\); this is "03870835"$/),
		fail('nomor_bpkb/bpkb-number-shape', { nomor_bpkb: 'U-038708355' }, /reads like "U-03870835"/),
		fail('nomor_bpkb/bpkb-number-shape', { nomor_bpkb: 'U-O3870835' }, /reads like/),
		pass('pajak_nomor_bpkb/bpkb-number-shape', { pajak_nomor_bpkb: 'Z-00054321' }),
		fail('pajak_nomor_bpkb/bpkb-number-shape', { pajak_nomor_bpkb: 'Z-000543' }, /reads like/),

		// ---- dates to ISO
		pass('tanggal_penerbitan/date', { tanggal_penerbitan: '20-11-2026' }, { tanggal_penerbitan_iso: '2026-11-20' }),
		fail('tanggal_penerbitan/date', { tanggal_penerbitan: '31-11-2026' }, /not a real date \(November 2026 has 30 days\)/),
		pass('berlaku_sampai/date', { berlaku_sampai: '20 NOPEMBER 2031' }, { berlaku_sampai_iso: '2031-11-20' }),
		fail('berlaku_sampai/date', { berlaku_sampai: '2031' }, /cannot read "2031" as a date/),
		pass('pajak_berlaku_sampai/date', { pajak_berlaku_sampai: '20-11-2027' }, { pajak_berlaku_sampai_iso: '2027-11-20' }),
		fail('pajak_berlaku_sampai/date', { pajak_berlaku_sampai: '20-13-2027' }, /there is no month 13/),
		pass('pajak_ditetapkan_tanggal/date', { pajak_ditetapkan_tanggal: '18-11-2026' }, { pajak_ditetapkan_tanggal_iso: '2026-11-18' }),
		fail('pajak_ditetapkan_tanggal/date', { pajak_ditetapkan_tanggal: '18 NOPEMBRE 2026' }, /"NOPEMBRE" .* is not a month name/),

		// ---- berlaku_sampai: expired, or within 30 days (today is 2026-12-01)
		pass('berlaku_sampai/expiry', { berlaku_sampai: '20-11-2031' }),
		pass('berlaku_sampai/expiry', { berlaku_sampai: '01-01-2027' }), // 31 days left
		fail('berlaku_sampai/expiry', { berlaku_sampai: '31-12-2026' }, /^the registration ends on 2026-12-31, in 30 days \(less than 30 days left\)$/),
		fail('berlaku_sampai/expiry', { berlaku_sampai: '02-12-2026' }, /ends on 2026-12-02, in 1 day /),
		fail('berlaku_sampai/expiry', { berlaku_sampai: '01-12-2026' }, /ends on 2026-12-01, today/),
		fail('berlaku_sampai/expiry', { berlaku_sampai: '30-11-2026' }, /^the registration ended on 2026-11-30, 1 day ago$/),
		fail('berlaku_sampai/expiry', { berlaku_sampai: '01-12-2025' }, /ended on 2025-12-01, 365 days ago/),
		pass('berlaku_sampai/expiry', { berlaku_sampai: 'SOMETIME' }), // unreadable: the date row reports it

		// ---- the annual tax page overdue
		pass('pajak_berlaku_sampai/overdue', { pajak_berlaku_sampai: '20-11-2027' }),
		pass('pajak_berlaku_sampai/overdue', { pajak_berlaku_sampai: '01-12-2026' }), // due today: not yet overdue
		pass('pajak_berlaku_sampai/overdue', { pajak_berlaku_sampai: '02-12-2026' }), // no notice period for the tax
		fail('pajak_berlaku_sampai/overdue', { pajak_berlaku_sampai: '20-11-2026' }, /^the paid annual tax ended on 2026-11-20, 11 days ago$/),

		// ---- the two pages agree
		pass('nomor_registrasi/same-value', { nomor_registrasi: 'D 1234 SPX', pajak_nomor_registrasi: 'd1234spx' }),
		pass('nomor_registrasi/same-value', { nomor_registrasi: 'D-1234-SPX', pajak_nomor_registrasi: 'D 1234 SPX' }),
		fail('nomor_registrasi/same-value', { nomor_registrasi: 'D 1234 SPX', pajak_nomor_registrasi: 'D 1234 SPY' }, /^"D 1234 SPX" here, but pajak_nomor_registrasi says "D 1234 SPY"$/),
		pass('nomor_rangka/same-value', { nomor_rangka: 'MHZSPX15ME0000123', pajak_nomor_rangka: 'MHZSPX15ME 0000123' }),
		fail('nomor_rangka/same-value', { nomor_rangka: 'MHZSPX15ME0000123', pajak_nomor_rangka: 'MHZSPX15ME0000128' }, /but pajak_nomor_rangka says/),
		pass('nomor_mesin/same-value', { nomor_mesin: 'SPX15E000123', pajak_nomor_mesin: 'spx15e000123' }),
		fail('nomor_mesin/same-value', { nomor_mesin: 'SPX15E000123', pajak_nomor_mesin: 'SPX15E000132' }, /but pajak_nomor_mesin says "SPX15E000132"/),

		// ---- engine size cc
		pass('isi_silinder/engine-size', { isi_silinder: '1.496 CC' }, { isi_silinder_cc: 1496 }),
		fail('isi_silinder/engine-size', { isi_silinder: 'CC' }, /cannot find an engine size/),
		pass('pajak_isi_silinder/engine-size', { pajak_isi_silinder: '1496' }, { pajak_isi_silinder_cc: 1496 }),
		fail('pajak_isi_silinder/engine-size', { pajak_isi_silinder: '-' }, /cannot find an engine size/),
	],
	CONTEXT,
);

describe('the STNK sample', () => {
	const values = new Map<string, string>();
	for (const section of stnk.sections) {
		const fields = (stnkAnswer.read as Record<string, Record<string, { value: string }>>)[section.key];
		for (const field of section.fields) values.set(`${section.columnPrefix ?? ''}${field.key}`, fields[field.key].value);
	}

	test('passes every check on 2026-12-01 and adds its companions', () => {
		const result = runChecks(stnk.checks, values, CONTEXT);
		expect(result.warnings).toEqual([]);
		expect(result.companions).toEqual({
			nomor_registrasi_normalized: 'D 1234 SPX',
			pajak_nomor_registrasi_normalized: 'D 1234 SPX',
			isi_silinder_cc: 1496,
			pajak_isi_silinder_cc: 1496,
			tanggal_penerbitan_iso: '2026-11-20',
			berlaku_sampai_iso: '2031-11-20',
			pajak_berlaku_sampai_iso: '2027-11-20',
			pajak_ditetapkan_tanggal_iso: '2026-11-18',
		});
	});

	test('warns about its annual tax once it is a year old, naming the column', () => {
		const result = runChecks(stnk.checks, values, { currentYear: 2027, today: { year: 2027, month: 12, day: 1 } });
		expect(result.warnings.map((warning) => warning.text)).toEqual(['pajak_berlaku_sampai: the paid annual tax ended on 2027-11-20, 11 days ago']);
	});

	test('a tax page that disagrees with the registration page is named in the warning', () => {
		const result = runChecks(stnk.checks, new Map([...values, ['pajak_nomor_mesin', 'SPX15E999999']]), CONTEXT);
		expect(result.warnings.map((warning) => warning.text)).toEqual(['nomor_mesin: "SPX15E000123" here, but pajak_nomor_mesin says "SPX15E999999"']);
	});

	test('a registration page read alone (no tax page) compares nothing', () => {
		const registration = new Map([...values].filter(([column]) => !column.startsWith('pajak_')));
		expect(runChecks(stnk.checks, registration, CONTEXT).warnings).toEqual([]);
	});
});
