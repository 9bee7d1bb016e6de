/** THE list of diploma field checks: the date of graduation. */
import type { FieldCheck } from '../../checks/fieldCheck';
import { fieldChecks } from '../../checks/fieldChecks';

// prettier-ignore
export const DIPLOMA_CHECKS: readonly FieldCheck[] = [
	fieldChecks.date('graduate_date', { description: 'the date of graduation is a real day-first date; adds yyyy-mm-dd' }),
];
