import type { ImageSpec, SectionSpec } from '../spec';

/**
 * Singapore's Work Permit card for foreign workers, front and back, as GLAIR reads it (its docs
 * page and Node SDKs). The 2023 SDK says `location`, the newest `location_work`. The answer is flat.
 */
export const SINGAPORE_WORK_PERMIT_SECTIONS: readonly SectionSpec[] = [
	{
		key: 'singapore_work_permit',
		label: 'Singapore Work Permit',
		fields: [
			{ key: 'card_type', label: 'Pass Type' },
			{ key: 'work_permit_no', label: 'Work Permit Number' },
			{ key: 'fin', label: 'Foreign Identification Number (FIN)' },
			{ key: 'name', label: 'Name' },
			{ key: 'date_of_birth', label: 'Date of Birth' },
			{ key: 'sex', label: 'Sex' },
			{ key: 'nationality', label: 'Nationality' },
			{ key: 'employer', label: 'Employer' },
			{ key: 'occupation', label: 'Occupation' },
			{ key: 'sector', label: 'Sector' },
			{ key: 'location_work', label: 'Place of Work', aliases: ['location'] },
			{ key: 'date_of_apply', label: 'Date of Application' },
			{ key: 'date_of_issue', label: 'Date of Issue' },
			{ key: 'date_of_expiry', label: 'Date of Expiry' },
			{ key: 'card_number', label: 'Card Serial Number' },
		],
	},
];

/** The face: `read.photo` in the newest docs, the top-level `images.photo` before. */
export const SINGAPORE_WORK_PERMIT_IMAGES: readonly ImageSpec[] = [{ key: 'photo', legacyKey: 'photo', label: 'Face Photo' }];
