/** THE list of plate field checks: one row per rule, bound to its columns. */
import type { CheckRow } from '../../checks/checkRow';

// prettier-ignore
export const PLATE_CHECKS: readonly CheckRow[] = [];
