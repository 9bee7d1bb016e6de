import { bstk } from '../../../../../nodes/GlairVision/documents/bstk';
import { describeCheckTable, fail, pass } from '../../../../helpers/checkTable';

const CONTEXT = { currentYear: 2026, today: { year: 2026, month: 12, day: 1 } };

describeCheckTable(
	bstk,
	[
		pass('vehicle_license_number/plate-shape', { vehicle_license_number: 'D 1234 SPX' }, { vehicle_license_number_normalized: 'D 1234 SPX' }),
		fail('vehicle_license_number/plate-shape', { vehicle_license_number: 'D-12345-SPX' }, /a plate reads like "B 1234 ABC"/),
		pass('vehicle_license_number/plate-region', { vehicle_license_number: 'D 1234 SPX' }),
		fail('vehicle_license_number/plate-region', { vehicle_license_number: 'QQ 1234 SPX' }, /"QQ" is not an Indonesian plate region code/),
		pass('vehicle_chassis_number/vin-length', { vehicle_chassis_number: 'MHZSPX15ME0000123' }),
		fail('vehicle_chassis_number/vin-length', { vehicle_chassis_number: 'MHZSPX15ME000012' }, /17 characters/),
		pass('vehicle_chassis_number/vin-characters', { vehicle_chassis_number: 'MHZSPX15ME0000123' }),
		fail('vehicle_chassis_number/vin-characters', { vehicle_chassis_number: 'MHZSPX15MEO000123' }, /O/, { vehicle_chassis_number_suggested: 'MHZSPX15ME0000123' }),
		pass('vehicle_manufacturing_year/year-format', { vehicle_manufacturing_year: '2021' }),
		fail('vehicle_manufacturing_year/year-format', { vehicle_manufacturing_year: '21' }, /4 digits|year/),
		pass('vehicle_manufacturing_year/year-range', { vehicle_manufacturing_year: '2021' }),
		fail('vehicle_manufacturing_year/year-range', { vehicle_manufacturing_year: '2035' }, /not between 1900 and 2027/),
		pass('vehicle_handover_date/date', { vehicle_handover_date: '10-06-2026' }, { vehicle_handover_date_iso: '2026-06-10' }),
		fail('vehicle_handover_date/date', { vehicle_handover_date: '31-06-2026' }, /June 2026 has 30 days/),
		pass('handover_signature_date/date', { handover_signature_date: '2026-06-10' }, { handover_signature_date_iso: '2026-06-10' }),
		fail('handover_signature_date/date', { handover_signature_date: '2026-13-10' }, /there is no month 13/),
		pass('vehicle_inspection_valid_until/date', { vehicle_inspection_valid_until: '01-07-2027' }, { vehicle_inspection_valid_until_iso: '2027-07-01' }),
		fail('vehicle_inspection_valid_until/date', { vehicle_inspection_valid_until: 'JULI' }, /cannot read/),
	],
	CONTEXT,
);
