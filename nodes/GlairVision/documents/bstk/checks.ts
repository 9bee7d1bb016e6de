/** THE list of BSTK field checks: the vehicle's identity as on its BPKB and STNK, and the record's dates. */
import type { FieldCheck } from '../../checks/fieldCheck';
import { fieldChecks } from '../../checks/fieldChecks';

// prettier-ignore
export const BSTK_CHECKS: readonly FieldCheck[] = [
	fieldChecks.plateShape('vehicle_license_number', { description: 'the plate reads like an Indonesian plate (region letters, 1-4 digits, up to 3 letters); adds it normalised' }),
	fieldChecks.plateRegion('vehicle_license_number', { description: 'the plate starts with a known region code' }),
	fieldChecks.vinLength('vehicle_chassis_number', { description: 'a chassis number (VIN) is 17 characters' }),
	fieldChecks.vinCharacters('vehicle_chassis_number', { description: 'VIN has only A-Z and 0-9, never I, O, Q; suggests the fix' }),
	fieldChecks.yearFormat('vehicle_manufacturing_year', { description: 'the year built is 4 digits' }),
	fieldChecks.yearInRange('vehicle_manufacturing_year', { description: 'the year built is between 1900 and next year' }),
	fieldChecks.date('vehicle_handover_date', { description: 'the handover date is a real date; adds yyyy-mm-dd' }),
	fieldChecks.date('handover_signature_date', { description: 'the date signed is a real date (the docs: YYYY-MM-DD); adds yyyy-mm-dd' }),
	fieldChecks.date('vehicle_inspection_valid_until', { description: 'the roadworthiness test\'s end is a real date; adds yyyy-mm-dd' }),
];
