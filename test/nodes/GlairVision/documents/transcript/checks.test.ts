import { transcript } from '../../../../../nodes/GlairVision/documents/transcript';
import { describeCheckTable, fail, pass } from '../../../../helpers/checkTable';

describeCheckTable(
	transcript,
	[
		pass('gpa/gpa', { gpa: '3,45' }, { gpa_number: 3.45 }),
		pass('gpa/gpa', { gpa: '3.45 / 4.00' }, { gpa_number: 3.45 }),
		pass('gpa/gpa', { gpa: '4' }, { gpa_number: 4 }),
		fail('gpa/gpa', { gpa: '4,25' }, /^a grade point average is at most 4,00; "4,25" is 4\.25$/),
		fail('gpa/gpa', { gpa: '34,5' }, /^cannot read "34,5" as a grade point average/),
	],
	{ currentYear: 2026, today: { year: 2026, month: 12, day: 1 } },
);
