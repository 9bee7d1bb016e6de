import { phonePackaging } from '../../../../../nodes/GlairVision/documents/phonePackaging';
import { describeCheckTable, fail, pass } from '../../../../helpers/checkTable';

describeCheckTable(
	phonePackaging,
	[
		pass('imei/imei', { imei: '490154203237518' }),
		pass('imei/imei', { imei: '490154203237518, 356938035643809' }),
		fail('imei/imei', { imei: '490154203237519' }, /^the check digit of IMEI 490154203237519 is 8, not 9/),
		fail('imei/imei', { imei: '490154203237518, 35693803564380' }, /^an IMEI is 15 digits; "35693803564380" is not$/),
	],
	{ currentYear: 2026, today: { year: 2026, month: 12, day: 1 } },
);
