import type { ImageSpec, SectionSpec } from '../spec';

/**
 * Singapore's Dependant's Pass card (GLAIR: "Family Pass"), issued to family members of Employment
 * Pass and S Pass holders, as GLAIR reads it (its docs page and Node SDKs). The answer is flat.
 */
export const SINGAPORE_FAMILY_PASS_SECTIONS: readonly SectionSpec[] = [
	{
		key: 'singapore_family_pass',
		label: 'Singapore Family Pass',
		fields: [
			{ key: 'card_type', label: 'Pass Type' },
			{ key: 'fin', label: 'Foreign Identification Number (FIN)' },
			{ key: 'name', label: 'Name' },
			{ key: 'date_of_birth', label: 'Date of Birth' },
			{ key: 'sex', label: 'Sex' },
			{ key: 'nationality', label: 'Nationality' },
			{ key: 'pass_status', label: 'Pass Status' },
			{ key: 'address', label: 'Address' },
			{ key: 'issue_date', label: 'Date of Issue' },
			{ key: 'expiry_date', label: 'Date of Expiry' },
			{ key: 'card_number', label: 'Card Serial Number' },
		],
	},
];

/** The face (`read.photo` newest, `images.photo` before) and, in the older docs, a signature (`images.sign`). */
export const SINGAPORE_FAMILY_PASS_IMAGES: readonly ImageSpec[] = [
	{ key: 'photo', legacyKey: 'photo', label: 'Face Photo' },
	{ key: 'sign', legacyKey: 'sign', label: 'Signature' },
];
