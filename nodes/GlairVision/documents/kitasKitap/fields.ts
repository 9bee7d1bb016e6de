import type { ImageSpec, SectionSpec } from '../spec';

/**
 * A foreign resident's stay permit card, KITAS (Kartu Izin Tinggal Terbatas, limited stay) or KITAP
 * (Kartu Izin Tinggal Tetap, permanent stay); `document_type` says which. The fields are those of
 * GLAIR's newest Node SDK; the docs page agrees on the ten it shows before the copy on record is cut
 * off. Keys and labels are English, as GLAIR names them; the answer is flat; dates are dd-mm-yyyy.
 */
export const KITAS_KITAP_SECTIONS: readonly SectionSpec[] = [
	{
		key: 'kitas_kitap',
		label: 'Stay Permit Card (KITAS/KITAP)',
		fields: [
			{ key: 'document_type', label: 'Document Type (KITAS or KITAP)' },
			{ key: 'permit_number', label: 'Permit Number' },
			{ key: 'niora', label: 'Foreigner Identification Number (NIORA)' },
			{ key: 'full_name', label: 'Full Name' },
			{ key: 'place_of_birth', label: 'Place of Birth' },
			{ key: 'date_of_birth', label: 'Date of Birth' },
			{ key: 'gender', label: 'Sex (M or F)' },
			{ key: 'nationality', label: 'Nationality' },
			{ key: 'passport_number', label: 'Passport Number' },
			{ key: 'passport_expiry', label: 'Passport Valid Until' },
			{ key: 'occupation', label: 'Occupation' },
			{ key: 'address', label: 'Address in Indonesia' },
			{ key: 'guarantor_name', label: 'Guarantor (Sponsor)' },
			{ key: 'office_name', label: 'Office Name' },
			{ key: 'office_address', label: 'Office Address' },
			{ key: 'office_region', label: 'Office Region' },
			// Its column is not `status`: every item's `status` is GLAIR's status of the read.
			{ key: 'status', column: 'stay_status', label: 'Stay Status' },
			{ key: 'stay_permit_index', label: 'Stay Permit Index' },
			{ key: 'stay_entries_permit_expiry', label: 'Stay Permit Valid Until' },
			{ key: 'stay_multiple_entries_permit_expiry', label: 'Multiple Re-Entry Permit Valid Until' },
			{ key: 'issued_place', label: 'Place of Issue' },
			{ key: 'issued_date', label: 'Date of Issue' },
		],
	},
];

/**
 * Cut out of the card by GLAIR: `read.photo` (a field object) and `read.sign` (a bare base64
 * string, "if available") in the newest docs; the older docs' top-level `images.photo` / `images.sign`.
 */
export const KITAS_KITAP_IMAGES: readonly ImageSpec[] = [
	{ key: 'photo', legacyKey: 'photo', label: 'Face Photo' },
	{ key: 'sign', legacyKey: 'sign', label: 'Signature' },
];
