/** THE list of NPWP field checks: one row per rule, bound to its columns. */
import type { CheckRow } from '../../checks/checkRow';
import { rows } from '../../checks/rows';

// prettier-ignore
export const NPWP_CHECKS: readonly CheckRow[] = [
	rows.npwpShape('no_npwp', { description: 'an NPWP is 15 digits (99.999.999.9-999.999) or, since 2024, 16 (a NIK); adds the 16-digit form' }),
];
