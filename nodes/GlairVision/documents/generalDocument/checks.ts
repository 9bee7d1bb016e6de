/** A general document has no field of known meaning: nothing to check. */
import type { FieldCheck } from '../../checks/fieldCheck';

export const GENERAL_DOCUMENT_CHECKS: readonly FieldCheck[] = [];
