/** THE list of SIM field checks: one row per rule, bound to its columns. */
import type { CheckRow } from '../../checks/checkRow';

// prettier-ignore
export const SIM_CHECKS: readonly CheckRow[] = [];
