/** THE list of plate field checks: the plate's shape and region, as on the BPKB and STNK. */
import type { FieldCheck } from '../../checks/fieldCheck';
import { fieldChecks } from '../../checks/fieldChecks';

// prettier-ignore
export const PLATE_CHECKS: readonly FieldCheck[] = [
	fieldChecks.plateShape('nomor_registrasi', { description: 'the plate is one Indonesian plate (region letters, 1-4 digits, up to 3 letters); adds it normalised. Two plates in the picture fail it.' }),
	fieldChecks.plateRegion('nomor_registrasi', { description: 'the plate starts with a known region code' }),
];
