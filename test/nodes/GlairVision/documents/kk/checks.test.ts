import { kk } from '../../../../../nodes/GlairVision/documents/kk';
import { describeCheckTable, describeRowChecks, describeTableChecks, fail, failTable, pass, passTable } from '../../../../helpers/checkTable';

const CONTEXT = { currentYear: 2026, today: { year: 2026, month: 12, day: 1 } };

/** Dewi (a woman born 05-08-1990) and Budi (a man born 11-07-1985): the sample household's parents. */
const DEWI = '3299994508900001';
const BUDI = '3299991107850003';

describeCheckTable(
	kk,
	[
		pass('nomor_kk/kk-number', { nomor_kk: '3299991203150007' }),
		pass('nomor_kk/kk-number', { nomor_kk: '3299 9912 0315 0007' }),
		pass('nomor_kk/kk-number', { nomor_kk: '3171012902000001' }), // 29 February of a year whose century is unknown
		fail('nomor_kk/kk-number', { nomor_kk: '329999120315007' }, /^a KK number has 16 digits; this has 15 characters$/),
		fail('nomor_kk/kk-number', { nomor_kk: '32999912O3150007' }, /has 16 characters; it has "O" where digits belong$/),
		fail('nomor_kk/kk-number', { nomor_kk: '9999991203150007' }, /region of the family's address; 99 is not an Indonesian province$/),
		fail('nomor_kk/kk-number', { nomor_kk: '3200991203150007' }, /regency and the district.*; 0099 has a 00, which is none$/),
		fail('nomor_kk/kk-number', { nomor_kk: '3299001203150007' }, /9900 has a 00/),
		fail('nomor_kk/kk-number', { nomor_kk: '3299994513150007' }, /the day it was first issued, DDMMYY; 451315 is not a date$/),
		fail('nomor_kk/kk-number', { nomor_kk: '3299993102150007' }, /310215 is not a date/),
		fail('nomor_kk/kk-number', { nomor_kk: '3299991203150000' }, /ends in 0000$/),
		pass('tanggal_dikeluarkan/date', { tanggal_dikeluarkan: '20 FEBRUARI 2018' }, { tanggal_dikeluarkan_iso: '2018-02-20' }),
		fail('tanggal_dikeluarkan/date', { tanggal_dikeluarkan: '30-02-2018' }, /not a real date/),
	],
	CONTEXT,
);

describeRowChecks(
	kk,
	'members',
	[
		pass('nik/nik-shape', { nik: DEWI }),
		fail('nik/nik-shape', { nik: '329999450890001' }, /^a NIK has 16 digits; this has 15 characters$/),
		pass('nik/nik-province', { nik: BUDI }),
		fail('nik/nik-province', { nik: '9999994508900001' }, /99 is not an Indonesian province/),
		pass('nik/nik-birth-date', { nik: DEWI }),
		fail('nik/nik-birth-date', { nik: '3299997508900001' }, /750890 is not a date/),
		pass('nik/nik-serial', { nik: DEWI }),
		fail('nik/nik-serial', { nik: '3299994508900000' }, /ends in 0000/),
		pass('nik/nik-matches-birth-date', { nik: DEWI, tanggal_lahir: '05-08-1990' }),
		pass('nik/nik-matches-birth-date', { nik: '3299995706150002', tanggal_lahir: '17-06-2015' }), // a girl born in 2015
		fail('nik/nik-matches-birth-date', { nik: DEWI, tanggal_lahir: '05-08-1991' }, /^the NIK gives the birth date 05-08-\.\.90, but tanggal_lahir is 05-08-1991$/),
		pass('nik/nik-matches-sex', { nik: DEWI, jenis_kelamin: 'PEREMPUAN' }),
		pass('nik/nik-matches-sex', { nik: BUDI, jenis_kelamin: 'LAKI-LAKI' }),
		fail('nik/nik-matches-sex', { nik: DEWI, jenis_kelamin: 'LAKI-LAKI' }, /a woman's NIK, but jenis_kelamin is LAKI-LAKI$/),
		fail('nik/nik-matches-sex', { nik: BUDI, jenis_kelamin: 'PEREMPUAN' }, /a man's NIK, but jenis_kelamin is PEREMPUAN$/),
		pass('tanggal_lahir/date', { tanggal_lahir: '05-08-1990' }, { tanggal_lahir_iso: '1990-08-05' }),
		fail('tanggal_lahir/date', { tanggal_lahir: '31-06-1990' }, /June 1990 has 30 days/),
		pass('tanggal_perkawinan/date', { tanggal_perkawinan: '14-02-2014' }, { tanggal_perkawinan_iso: '2014-02-14' }),
		fail('tanggal_perkawinan/date', { tanggal_perkawinan: '14 FEBUARI 2014' }, /"FEBUARI" .* is not a month name/),
	],
	CONTEXT,
);

const member = (nama_lengkap: string, status_hubungan_dalam_keluarga: string) => ({ nama_lengkap, status_hubungan_dalam_keluarga });
const HOUSEHOLD = [member('BUDI CONTOH FIKTIF', 'KEPALA KELUARGA'), member('DEWI SPESIMEN FIKTIF', 'ISTRI'), member('PUTRI CONTOH FIKTIF', 'ANAK')];

describeTableChecks(
	kk,
	[
		passTable('members/one-head-of-family', HOUSEHOLD),
		passTable('members/one-head-of-family', [member('BUDI CONTOH FIKTIF', 'kepala  keluarga'), member('DEWI SPESIMEN FIKTIF', 'ISTRI')]),
		passTable('members/one-head-of-family', [member('BUDI CONTOH FIKTIF', ''), member('DEWI SPESIMEN FIKTIF', '')]), // no relationship read: nothing to say
		failTable('members/one-head-of-family', [member('BUDI CONTOH FIKTIF', 'SUAMI'), member('DEWI SPESIMEN FIKTIF', 'ISTRI')], {}, /^no member is KEPALA KELUARGA \(head of the family\); a KK has exactly one$/),
		failTable('members/one-head-of-family', [member('BUDI CONTOH FIKTIF', 'KEPALA KELUARGA'), member('DEWI SPESIMEN FIKTIF', 'ISTRI'), member('RINA CONTOH FIKTIF', 'KEPALA KELUARGA')], {}, /^members\[0\], members\[2\] are each KEPALA KELUARGA/),
		passTable('members/nama_kepala_keluarga/head-of-family-named', HOUSEHOLD, { nama_kepala_keluarga: 'BUDI CONTOH FIKTIF' }),
		passTable('members/nama_kepala_keluarga/head-of-family-named', HOUSEHOLD, { nama_kepala_keluarga: 'Bpk. Budi  Contoh Fiktif' }),
		passTable('members/nama_kepala_keluarga/head-of-family-named', [member('DEWI SPESIMEN FIKTIF', 'ISTRI')], { nama_kepala_keluarga: 'BUDI CONTOH FIKTIF' }), // no head: the other check says so
		failTable('members/nama_kepala_keluarga/head-of-family-named', HOUSEHOLD, { nama_kepala_keluarga: 'DEWI SPESIMEN FIKTIF' }, /^"DEWI SPESIMEN FIKTIF" here, but the KEPALA KELUARGA of the table \(members\[0\]\) is "BUDI CONTOH FIKTIF"$/),
	],
	CONTEXT,
);
