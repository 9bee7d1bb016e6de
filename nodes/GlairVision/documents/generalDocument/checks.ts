/** A general document has no fields of known meaning: nothing to check. */
import type { CheckRow } from '../../checks/checkRow';

export const GENERAL_DOCUMENT_CHECKS: readonly CheckRow[] = [];
