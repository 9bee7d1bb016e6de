/** THE list of KK field checks: one row per rule, bound to its columns. */
import type { CheckRow } from '../../checks/checkRow';

// prettier-ignore
export const KK_CHECKS: readonly CheckRow[] = [];
