/** THE list of passport field checks: one row per rule, bound to its columns. */
import type { CheckRow } from '../../checks/checkRow';

// prettier-ignore
export const PASSPORT_CHECKS: readonly CheckRow[] = [];
