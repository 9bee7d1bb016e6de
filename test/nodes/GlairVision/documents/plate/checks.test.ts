import { plate } from '../../../../../nodes/GlairVision/documents/plate';
import { describeCheckTable, fail, pass } from '../../../../helpers/checkTable';

const CONTEXT = { currentYear: 2026, today: { year: 2026, month: 12, day: 1 } };

describeCheckTable(
	plate,
	[
		pass('nomor_registrasi/plate-shape', { nomor_registrasi: 'D 1234 SPX' }, { nomor_registrasi_normalized: 'D 1234 SPX' }),
		pass('nomor_registrasi/plate-shape', { nomor_registrasi: 'd1234spx' }, { nomor_registrasi_normalized: 'D 1234 SPX' }),
		fail('nomor_registrasi/plate-shape', { nomor_registrasi: 'D 1234 SPX, B 1717 SPX' }, /^a plate reads like "B 1234 ABC" .*this is "D 1234 SPX, B 1717 SPX"$/),
		pass('nomor_registrasi/plate-region', { nomor_registrasi: 'B 1717 SPX' }),
		fail('nomor_registrasi/plate-region', { nomor_registrasi: 'QQ 1234 AB' }, /"QQ" is not an Indonesian plate region code/),
	],
	CONTEXT,
);
