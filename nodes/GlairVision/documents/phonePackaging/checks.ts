/** THE list of phone box checks: every IMEI's Luhn check digit. */
import type { FieldCheck } from '../../checks/fieldCheck';
import { fieldChecks } from '../../checks/fieldChecks';

// prettier-ignore
export const PHONE_PACKAGING_CHECKS: readonly FieldCheck[] = [
	fieldChecks.imei('imei', { description: 'each IMEI is 15 digits ending in its Luhn check digit' }),
];
