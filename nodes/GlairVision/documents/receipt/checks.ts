/** THE list of receipt field checks: one row per rule, bound to its columns. */
import type { CheckRow } from '../../checks/checkRow';

// prettier-ignore
export const RECEIPT_CHECKS: readonly CheckRow[] = [];
