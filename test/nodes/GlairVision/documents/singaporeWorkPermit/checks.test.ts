import { singaporeWorkPermit } from '../../../../../nodes/GlairVision/documents/singaporeWorkPermit';
import { describeCheckTable, fail, pass } from '../../../../helpers/checkTable';

const CONTEXT = { currentYear: 2026, today: { year: 2026, month: 12, day: 1 } };

describeCheckTable(
	singaporeWorkPermit,
	[
		pass('fin/singapore-number', { fin: 'F1234567N' }),
		fail('fin/singapore-number', { fin: 'F1234567X' }, /the check letter of F1234567 is N, not X/),
		pass('date_of_birth/date', { date_of_birth: '07-07-1992' }, { date_of_birth_iso: '1992-07-07' }),
		fail('date_of_birth/date', { date_of_birth: '07-07-92' }, /cannot read/),
		pass('date_of_apply/date', { date_of_apply: '03-02-2025' }, { date_of_apply_iso: '2025-02-03' }),
		fail('date_of_apply/date', { date_of_apply: '29-02-2025' }, /February 2025 has 28 days/),
		pass('date_of_issue/date', { date_of_issue: '10-03-2025' }, { date_of_issue_iso: '2025-03-10' }),
		fail('date_of_issue/date', { date_of_issue: '10-00-2025' }, /there is no month 0/),
		pass('date_of_expiry/date', { date_of_expiry: '09-03-2028' }, { date_of_expiry_iso: '2028-03-09' }),
		fail('date_of_expiry/date', { date_of_expiry: '09-03-28' }, /cannot read/),
		pass('date_of_expiry/expiry', { date_of_expiry: '09-03-2028' }),
		fail('date_of_expiry/expiry', { date_of_expiry: '09-12-2026' }, /^the work permit ends on 2026-12-09, in 8 days/),
	],
	CONTEXT,
);
