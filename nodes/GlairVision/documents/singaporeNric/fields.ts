import type { ImageSpec, SectionSpec } from '../spec';

/**
 * Singapore's identity card (NRIC) for citizens and permanent residents, front and back, as GLAIR
 * reads it (its docs page and Node SDKs; not in the Go SDK). Keys are English; the answer is flat.
 */
export const SINGAPORE_NRIC_SECTIONS: readonly SectionSpec[] = [
	{
		key: 'singapore_nric',
		label: 'Singapore NRIC',
		fields: [
			{ key: 'nric_no', label: 'NRIC Number' },
			{ key: 'name', label: 'Name' },
			{ key: 'race', label: 'Race' },
			{ key: 'date_of_birth', label: 'Date of Birth' },
			{ key: 'sex', label: 'Sex' },
			{ key: 'country_of_birth', label: 'Country of Birth' },
			{ key: 'nationality', label: 'Nationality' },
			{ key: 'address', label: 'Address' },
			{ key: 'blood_type', label: 'Blood Group' },
			{ key: 'issue_date', label: 'Date of Issue' },
			{ key: 'card_number', label: 'Card Serial Number' },
		],
	},
];

/** The face: `read.photo` in the newest docs, the top-level `images.photo` before. */
export const SINGAPORE_PHOTO: readonly ImageSpec[] = [{ key: 'photo', legacyKey: 'photo', label: 'Face Photo' }];
