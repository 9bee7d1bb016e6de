import { singaporeFamilyPass } from '../../../../../nodes/GlairVision/documents/singaporeFamilyPass';
import { describeCheckTable, fail, pass } from '../../../../helpers/checkTable';

const CONTEXT = { currentYear: 2026, today: { year: 2026, month: 12, day: 1 } };

describeCheckTable(
	singaporeFamilyPass,
	[
		pass('fin/singapore-number', { fin: 'G1234567X' }),
		pass('fin/singapore-number', { fin: 'M1234567K' }),
		fail('fin/singapore-number', { fin: 'G1234567N' }, /the check letter of G1234567 is X, not N/),
		fail('fin/singapore-number', { fin: 'S1234567D' }, /a FIN starts with F, G or M/),
		pass('date_of_birth/date', { date_of_birth: '20-10-1988' }, { date_of_birth_iso: '1988-10-20' }),
		fail('date_of_birth/date', { date_of_birth: '20/13/1988' }, /there is no month 13/),
		pass('issue_date/date', { issue_date: '01-04-2025' }, { issue_date_iso: '2025-04-01' }),
		fail('issue_date/date', { issue_date: 'APRIL 2025' }, /cannot read/),
		pass('expiry_date/date', { expiry_date: '31-03-2029' }, { expiry_date_iso: '2029-03-31' }),
		fail('expiry_date/date', { expiry_date: '31-04-2029' }, /April 2029 has 30 days/),
		pass('expiry_date/expiry', { expiry_date: '31-03-2029' }),
		fail('expiry_date/expiry', { expiry_date: '31-03-2026' }, /^the pass ended on 2026-03-31/),
	],
	CONTEXT,
);
