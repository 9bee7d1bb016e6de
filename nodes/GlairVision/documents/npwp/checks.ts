/** THE list of NPWP field checks: one line per rule, bound to its columns. */
import type { FieldCheck } from '../../checks/fieldCheck';
import { fieldChecks } from '../../checks/fieldChecks';

// prettier-ignore
export const NPWP_CHECKS: readonly FieldCheck[] = [
	fieldChecks.npwpShape('no_npwp', { description: 'an NPWP is 15 digits (99.999.999.9-999.999) or, since 2024, 16 (a NIK); adds the 16-digit form' }),
];
