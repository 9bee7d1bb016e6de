import { singaporeNric } from '../../../../../nodes/GlairVision/documents/singaporeNric';
import { describeCheckTable, fail, pass } from '../../../../helpers/checkTable';

const CONTEXT = { currentYear: 2026, today: { year: 2026, month: 12, day: 1 } };

describeCheckTable(
	singaporeNric,
	[
		pass('nric_no/singapore-number', { nric_no: 'S1234567D' }),
		fail('nric_no/singapore-number', { nric_no: 'S1234567E' }, /the check letter of S1234567 is D, not E/),
		fail('nric_no/singapore-number', { nric_no: 'G1234567X' }, /an NRIC starts with S or T/),
		pass('date_of_birth/date', { date_of_birth: '01-01-1980' }, { date_of_birth_iso: '1980-01-01' }),
		fail('date_of_birth/date', { date_of_birth: '32-01-1980' }, /not a real date/),
		pass('issue_date/date', { issue_date: '15-03-2020' }, { issue_date_iso: '2020-03-15' }),
		fail('issue_date/date', { issue_date: '15-15-2020' }, /there is no month 15/),
	],
	CONTEXT,
);
