import { ktp } from '../../../../../nodes/GlairVision/documents/ktp';
import { runChecks } from '../../../../../nodes/GlairVision/checks/runChecks';
import { describeCheckTable, fail, pass } from '../../../../helpers/checkTable';
import ktpAnswer from '../../../../sandbox/fixtures/ktp-sample-response.json';

const CONTEXT = { currentYear: 2026, today: { year: 2026, month: 12, day: 1 } };

/** A woman from Jawa Barat (32), born 05-08-1990 (day 05 + 40 = 45): the sample's NIK. */
const WOMAN = '3299994508900001';
/** A man from DKI Jakarta (31), born 17-01-1985. */
const MAN = '3171011701850003';

describeCheckTable(
	ktp,
	[
		// ---- NIK shape and the NIK rules
		pass('nik/nik-shape', { nik: WOMAN }),
		pass('nik/nik-shape', { nik: '3299 9945 0890 0001' }),
		fail('nik/nik-shape', { nik: '329999450890001' }, /^a NIK has 16 digits; this has 15 characters$/),
		fail('nik/nik-shape', { nik: '32999945O8900001' }, /^a NIK has 16 digits; this has 16 characters; it has "O" where digits belong$/),
		pass('nik/nik-province', { nik: MAN }),
		fail('nik/nik-province', { nik: '9999994508900001' }, /99 is not an Indonesian province/),
		pass('nik/nik-birth-date', { nik: WOMAN }),
		fail('nik/nik-birth-date', { nik: '3299997508900001' }, /750890 is not a date/),
		pass('nik/nik-serial', { nik: WOMAN }),
		fail('nik/nik-serial', { nik: '3299994508900000' }, /ends in 0000/),

		// ---- province code vs provinsi
		pass('nik/nik-matches-province', { nik: WOMAN, provinsi: 'JAWA BARAT' }),
		pass('nik/nik-matches-province', { nik: WOMAN, provinsi: 'PROVINSI JAWA BARAT' }),
		pass('nik/nik-matches-province', { nik: MAN, provinsi: 'DKI JAKARTA' }),
		pass('nik/nik-matches-province', { nik: MAN, provinsi: 'PROVINSI DKI JAKARTA' }),
		pass('nik/nik-matches-province', { nik: MAN, provinsi: 'JAKARTA' }),
		pass('nik/nik-matches-province', { nik: '3404014508900001', provinsi: 'D.I. YOGYAKARTA' }),
		pass('nik/nik-matches-province', { nik: '3404014508900001', provinsi: 'DAERAH ISTIMEWA YOGYAKARTA' }),
		pass('nik/nik-matches-province', { nik: '9501014508900001', provinsi: 'papua pegunungan' }),
		pass('nik/nik-matches-province', { nik: '9999994508900001', provinsi: 'JAWA BARAT' }), // no such code: nik-province reports it
		fail('nik/nik-matches-province', { nik: WOMAN, provinsi: 'DKI JAKARTA' }, /^the NIK starts with 32, which is JAWA BARAT, but provinsi is DKI JAKARTA \(31\)$/),
		fail('nik/nik-matches-province', { nik: MAN, provinsi: 'JAWA BARAT' }, /starts with 31, which is DKI JAKARTA/),
		fail('nik/nik-matches-province', { nik: WOMAN, provinsi: 'JAWA BRT' }, /^provinsi "JAWA BRT" is not the name of an Indonesian province$/),

		// ---- the NIK's birth date vs tanggal_lahir
		pass('nik/nik-matches-birth-date', { nik: WOMAN, tanggal_lahir: '05-08-1990' }),
		pass('nik/nik-matches-birth-date', { nik: WOMAN, tanggal_lahir: '5 AGUSTUS 1990' }),
		pass('nik/nik-matches-birth-date', { nik: MAN, tanggal_lahir: '17-01-1985' }),
		pass('nik/nik-matches-birth-date', { nik: WOMAN, tanggal_lahir: 'LIMA AGUSTUS' }), // unreadable: the date row reports it
		fail('nik/nik-matches-birth-date', { nik: WOMAN, tanggal_lahir: '06-08-1990' }, /^the NIK gives the birth date 05-08-\.\.90, but tanggal_lahir is 06-08-1990$/),
		fail('nik/nik-matches-birth-date', { nik: WOMAN, tanggal_lahir: '05-08-1991' }, /birth date 05-08-\.\.90/),
		fail('nik/nik-matches-birth-date', { nik: MAN, tanggal_lahir: '17-02-1985' }, /17-01-\.\.85, but tanggal_lahir is 17-02-1985/),

		// ---- the NIK's sex vs jenis_kelamin
		pass('nik/nik-matches-sex', { nik: WOMAN, jenis_kelamin: 'PEREMPUAN' }),
		pass('nik/nik-matches-sex', { nik: MAN, jenis_kelamin: 'LAKI-LAKI' }),
		pass('nik/nik-matches-sex', { nik: MAN, jenis_kelamin: 'laki laki' }),
		fail('nik/nik-matches-sex', { nik: WOMAN, jenis_kelamin: 'LAKI-LAKI' }, /^the NIK's birth day is over 40, which is a woman's NIK, but jenis_kelamin is LAKI-LAKI$/),
		fail('nik/nik-matches-sex', { nik: MAN, jenis_kelamin: 'PEREMPUAN' }, /which is a man's NIK, but jenis_kelamin is PEREMPUAN/),
		fail('nik/nik-matches-sex', { nik: MAN, jenis_kelamin: 'PEREMPUAN LAKI' }, /^jenis_kelamin "PEREMPUAN LAKI" is neither LAKI-LAKI nor PEREMPUAN$/),

		// ---- dates to ISO
		pass('tanggal_lahir/date', { tanggal_lahir: '05-08-1990' }, { tanggal_lahir_iso: '1990-08-05' }),
		fail('tanggal_lahir/date', { tanggal_lahir: '31-02-1990' }, /February 1990 has 28 days/),

		// ---- berlaku_hingga: SEUMUR HIDUP or a date
		pass('berlaku_hingga/lifetime-or-date', { berlaku_hingga: 'SEUMUR HIDUP' }),
		pass('berlaku_hingga/lifetime-or-date', { berlaku_hingga: 'seumur  hidup' }),
		pass('berlaku_hingga/lifetime-or-date', { berlaku_hingga: '05-08-2017' }, { berlaku_hingga_iso: '2017-08-05' }),
		fail('berlaku_hingga/lifetime-or-date', { berlaku_hingga: 'SEUMUR' }, /^expected "SEUMUR HIDUP" \(valid for life\) or a date like 05-08-2017; this is "SEUMUR"$/),
		fail('berlaku_hingga/lifetime-or-date', { berlaku_hingga: '31-04-2017' }, /or a date like/),
	],
	CONTEXT,
);

describe('the KTP sample', () => {
	const read = ktpAnswer.read as Record<string, { value: string }>;
	const values = new Map(ktp.sections[0].fields.map((field) => [field.key, read[field.key].value]));

	test('passes every check and adds its companions', () => {
		const result = runChecks(ktp.checks, values, CONTEXT);
		expect(result.warnings).toEqual([]);
		expect(result.companions).toEqual({ tanggal_lahir_iso: '1990-08-05' });
	});

	test('a card whose NIK is not its holder\'s birth date and sex warns twice, naming nik', () => {
		const result = runChecks(ktp.checks, new Map([...values, ['nik', MAN.replace(/^31/, '32')]]), CONTEXT);
		expect(result.warnings.map((warning) => warning.text)).toEqual([
			'nik: the NIK gives the birth date 17-01-..85, but tanggal_lahir is 05-08-1990',
			"nik: the NIK's birth day is not over 40, which is a man's NIK, but jenis_kelamin is PEREMPUAN",
		]);
	});
});
