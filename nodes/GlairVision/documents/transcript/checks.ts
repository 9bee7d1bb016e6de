/** THE list of transcript field checks: the grade point average. */
import type { FieldCheck } from '../../checks/fieldCheck';
import { fieldChecks } from '../../checks/fieldChecks';

// prettier-ignore
export const TRANSCRIPT_CHECKS: readonly FieldCheck[] = [
	fieldChecks.gpa('gpa', { description: 'the grade point average (IPK) is 0,00 to 4,00; adds it as a number' }),
];
