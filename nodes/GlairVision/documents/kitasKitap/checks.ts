/** THE list of KITAS/KITAP field checks: one row per rule, bound to its columns. */
import type { CheckRow } from '../../checks/checkRow';

// prettier-ignore
export const KITAS_KITAP_CHECKS: readonly CheckRow[] = [];
