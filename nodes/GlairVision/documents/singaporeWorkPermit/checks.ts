/** THE list of Singapore Work Permit field checks: one row per rule, bound to its columns. */
import type { CheckRow } from '../../checks/checkRow';

// prettier-ignore
export const SINGAPORE_WORK_PERMIT_CHECKS: readonly CheckRow[] = [];
