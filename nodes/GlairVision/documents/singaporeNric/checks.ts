/** THE list of Singapore NRIC field checks: one row per rule, bound to its columns. */
import type { CheckRow } from '../../checks/checkRow';

// prettier-ignore
export const SINGAPORE_NRIC_CHECKS: readonly CheckRow[] = [];
