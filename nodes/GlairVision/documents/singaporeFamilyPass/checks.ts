/** THE list of Singapore Family Pass field checks: one row per rule, bound to its columns. */
import type { CheckRow } from '../../checks/checkRow';

// prettier-ignore
export const SINGAPORE_FAMILY_PASS_CHECKS: readonly CheckRow[] = [];
