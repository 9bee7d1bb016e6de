/** THE list of bank statement field checks: one row per rule, bound to its columns. */
import type { CheckRow } from '../../checks/checkRow';

// prettier-ignore
export const BANK_STATEMENT_CHECKS: readonly CheckRow[] = [];
