import { kitasKitap } from '../../../../../nodes/GlairVision/documents/kitasKitap';
import { describeCheckTable, fail, pass } from '../../../../helpers/checkTable';

const CONTEXT = { currentYear: 2026, today: { year: 2026, month: 12, day: 1 } };

describeCheckTable(
	kitasKitap,
	[
		pass('date_of_birth/date', { date_of_birth: '14-02-1985' }, { date_of_birth_iso: '1985-02-14' }),
		fail('date_of_birth/date', { date_of_birth: '30-02-1985' }, /February 1985 has 28 days/),
		pass('issued_date/date', { issued_date: '02-01-2026' }, { issued_date_iso: '2026-01-02' }),
		fail('issued_date/date', { issued_date: '2 JANUARY' }, /cannot read/),
		pass('stay_entries_permit_expiry/date', { stay_entries_permit_expiry: '31-12-2029' }, { stay_entries_permit_expiry_iso: '2029-12-31' }),
		fail('stay_entries_permit_expiry/date', { stay_entries_permit_expiry: '31-11-2029' }, /November 2029 has 30 days/),
		pass('stay_entries_permit_expiry/expiry', { stay_entries_permit_expiry: '31-12-2029' }),
		fail('stay_entries_permit_expiry/expiry', { stay_entries_permit_expiry: '30-11-2026' }, /^the stay permit ended on 2026-11-30, 1 day ago$/),
		fail('stay_entries_permit_expiry/expiry', { stay_entries_permit_expiry: '15-12-2026' }, /^the stay permit ends on 2026-12-15, in 14 days/),
		pass('stay_multiple_entries_permit_expiry/date', { stay_multiple_entries_permit_expiry: '31-12-2029' }, { stay_multiple_entries_permit_expiry_iso: '2029-12-31' }),
		fail('stay_multiple_entries_permit_expiry/date', { stay_multiple_entries_permit_expiry: '00-12-2029' }, /not a real date/),
		pass('stay_multiple_entries_permit_expiry/expiry', { stay_multiple_entries_permit_expiry: '15-12-2026' }), // no notice: only once it passed
		fail('stay_multiple_entries_permit_expiry/expiry', { stay_multiple_entries_permit_expiry: '01-01-2026' }, /^the multiple re-entry permit ended on 2026-01-01/),
		pass('passport_expiry/date', { passport_expiry: '30-06-2031' }, { passport_expiry_iso: '2031-06-30' }),
		fail('passport_expiry/date', { passport_expiry: '31-06-2031' }, /June 2031 has 30 days/),
		pass('passport_expiry/expiry', { passport_expiry: '30-06-2031' }),
		fail('passport_expiry/expiry', { passport_expiry: '30-06-2026' }, /^the passport ended on 2026-06-30/),
	],
	CONTEXT,
);
