import { sim } from '../../../../../nodes/GlairVision/documents/sim';
import { describeCheckTable, fail, pass } from '../../../../helpers/checkTable';

const CONTEXT = { currentYear: 2026, today: { year: 2026, month: 12, day: 1 } };

/** The sample's number: since July 2024 the holder's NIK (a woman, 05-08-1990). */
const NIK = '3299994508900001';
/** An older card's police number (INVENTED). */
const OLDER = '9008-1234-567890';

describeCheckTable(
	sim,
	[
		pass('nomor_sim/sim-number-shape', { nomor_sim: NIK }),
		pass('nomor_sim/sim-number-shape', { nomor_sim: OLDER }),
		fail('nomor_sim/sim-number-shape', { nomor_sim: '900812345' }, /^a SIM number is the holder's 16-digit NIK .* has 9 digits$/),
		fail('nomor_sim/sim-number-shape', { nomor_sim: '3299994508900O01' }, /has "O" where digits belong$/),

		pass('nomor_sim/nik-province', { nomor_sim: NIK }),
		pass('nomor_sim/nik-province', { nomor_sim: OLDER }), // not a NIK: nothing to judge
		fail('nomor_sim/nik-province', { nomor_sim: '9999994508900001' }, /99 is not an Indonesian province/),
		pass('nomor_sim/nik-matches-birth-date', { nomor_sim: NIK, tanggal_lahir: '05-08-1990' }),
		pass('nomor_sim/nik-matches-birth-date', { nomor_sim: OLDER, tanggal_lahir: '05-08-1990' }),
		fail('nomor_sim/nik-matches-birth-date', { nomor_sim: NIK, tanggal_lahir: '06-08-1990' }, /the NIK gives the birth date 05-08-\.\.90, but tanggal_lahir is 06-08-1990/),
		pass('nomor_sim/nik-matches-sex', { nomor_sim: NIK, jenis_kelamin: 'PEREMPUAN' }),
		pass('nomor_sim/nik-matches-sex', { nomor_sim: NIK, jenis_kelamin: 'WANITA' }),
		fail('nomor_sim/nik-matches-sex', { nomor_sim: NIK, jenis_kelamin: 'PRIA' }, /jenis_kelamin/),

		pass('tanggal_lahir/date', { tanggal_lahir: '05-08-1990' }, { tanggal_lahir_iso: '1990-08-05' }),
		fail('tanggal_lahir/date', { tanggal_lahir: '31-02-1990' }, /not a real date/),
		pass('berlaku/date', { berlaku: '05-08-2030' }, { berlaku_iso: '2030-08-05' }),
		fail('berlaku/date', { berlaku: '05-13-2030' }, /there is no month 13/),
		pass('berlaku/expiry', { berlaku: '05-08-2030' }),
		fail('berlaku/expiry', { berlaku: '05-08-2025' }, /^the driving licence ended on 2025-08-05, 483 days ago$/),
		fail('berlaku/expiry', { berlaku: '20-12-2026' }, /^the driving licence ends on 2026-12-20, in 19 days \(less than 30 days left\)$/),
	],
	CONTEXT,
);
