/** THE list of invoice field checks: one row per rule, bound to its columns. */
import type { CheckRow } from '../../checks/checkRow';

// prettier-ignore
export const INVOICE_CHECKS: readonly CheckRow[] = [];
