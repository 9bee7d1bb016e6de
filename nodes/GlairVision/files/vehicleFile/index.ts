import { bpkb } from '../../documents/bpkb';
import { ktp } from '../../documents/ktp';
import { stnk } from '../../documents/stnk';
import type { FileSpec } from '../spec';
import { VEHICLE_FILE_CROSS_CHECKS } from './crossChecks';
import { COMPANY_OWNER } from './owner';

/**
 * One vehicle's BPKB, STNK and the owner's KTP: do they describe one vehicle and one owner? The
 * BPKB and the STNK are always needed; the KTP when the owner is a person.
 */
export const vehicleFile: FileSpec = {
	resource: 'vehicleFile',
	displayName: 'Vehicle File (BPKB + STNK + KTP)',
	noun: 'vehicle file',
	action: 'Verify Vehicle File',
	description: "Read the BPKB, the STNK and the owner's KTP of one vehicle and check that they describe one vehicle and one owner",
	roles: [
		{
			role: 'bpkb',
			label: 'BPKB',
			document: bpkb,
			required: true,
			defaultBinaryField: 'bpkb',
			description:
				'The binary field(s) holding the BPKB: a PDF, or one photo per page. Several fields (a comma list, or * as a wildcard, e.g. bpkb_*) are one book, in the order of their names (bpkb_2 before bpkb_10).',
		},
		{
			role: 'stnk',
			label: 'STNK',
			document: stnk,
			required: true,
			defaultBinaryField: 'stnk',
			description: 'The binary field(s) holding the STNK: one picture with both pages, or one per page (each is read, and they must agree)',
		},
		{
			role: 'ktp',
			label: 'KTP',
			document: ktp,
			required: false,
			exemption: COMPANY_OWNER,
			defaultBinaryField: 'ktp',
			description: "The binary field holding the owner's KTP. A company-owned vehicle needs none: its BPKB carries a TDP or NIB, not a NIK.",
			hint: 'An item without it is read as "no KTP given": fine for a company, incomplete for a person',
		},
	],
	crossChecks: VEHICLE_FILE_CROSS_CHECKS,
	columnPrefix: 'match_',
	verdicts: { consistent: 'CONSISTENT', mismatch: 'MISMATCH', incomplete: 'INCOMPLETE' },
	reasons: {
		consistent: 'The documents describe one vehicle and one owner',
		mismatch: 'The documents disagree',
		incomplete: 'A check could not be made',
	},
};
