import { diploma } from '../../../../../nodes/GlairVision/documents/diploma';
import { describeCheckTable, fail, pass } from '../../../../helpers/checkTable';

describeCheckTable(
	diploma,
	[
		pass('graduate_date/date', { graduate_date: '28-08-2012' }, { graduate_date_iso: '2012-08-28' }),
		pass('graduate_date/date', { graduate_date: '28 AGUSTUS 2012' }, { graduate_date_iso: '2012-08-28' }),
		fail('graduate_date/date', { graduate_date: '31-09-2012' }, /September 2012 has 30 days/),
	],
	{ currentYear: 2026, today: { year: 2026, month: 12, day: 1 } },
);
