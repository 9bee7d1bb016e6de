import type { SectionSpec } from '../spec';

/**
 * GLAIR reads every plate in the picture into `read.plates`, a list (../shared/GLAIR-API.md and the
 * Go SDK's history): of `{value, confidence, ...}` readings (2026), of `{text: {value, ...}}`, of
 * `{text: "..."}` (the docs' sample) or of bare strings (2023). The node reads them as one field, its
 * column named as the BPKB and STNK name the plate, `nomor_registrasi`, so a survey photo of the car
 * can be put beside its papers; several plates in one picture are joined by ", " (and fail the plate's shape
 * check, which names them). The section is ours and never sent.
 */
export const PLATE_SECTIONS: readonly SectionSpec[] = [
	{
		key: 'plate',
		label: 'Licence Plate (Plat Nomor)',
		fields: [
			{ key: 'plates', column: 'nomor_registrasi', label: 'Plate Number (Nomor Registrasi)', list: { separator: ', ', entryKey: 'text' } },
		],
	},
];
