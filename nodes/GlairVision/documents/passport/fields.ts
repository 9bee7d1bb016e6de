import type { SectionSpec } from '../spec';

/**
 * What GLAIR reads from a passport's machine-readable zone (MRZ, the two lines at the bottom of the
 * photo page; ../shared/GLAIR-API.md, "The rest of the catalogue"), in the order the MRZ holds
 * them. Each `*_hash` is the MRZ's check digit of the field before it, `final_hash` the composite
 * one; dates come as the MRZ writes them (yymmdd) or, in the newest docs, dd-mm-yyyy. Labels carry
 * the words an Indonesian passport prints beside its fields. `optional_data` (the personal number)
 * and its check digit are in GLAIR's 2026 SDKs only. The answer is flat.
 */
export const PASSPORT_SECTIONS: readonly SectionSpec[] = [
	{
		key: 'passport',
		label: 'Passport (Paspor)',
		fields: [
			{ key: 'document_type', label: 'Document Type (P for a passport)' },
			{ key: 'country', label: 'Issuing Country (Kode Negara, 3 letters)' },
			{ key: 'surname', label: 'Surname' },
			{ key: 'name', label: 'Given Names' },
			{ key: 'doc_number', label: 'Passport Number (No. Paspor)' },
			{ key: 'doc_number_hash', label: 'Passport Number Check Digit (MRZ)' },
			{ key: 'nationality', label: 'Nationality (Kewarganegaraan, 3 letters)' },
			{ key: 'birth_date', label: 'Date of Birth (Tanggal Lahir)' },
			{ key: 'birth_date_hash', label: 'Date of Birth Check Digit (MRZ)' },
			{ key: 'sex', label: 'Sex (Jenis Kelamin: M, F or <)' },
			{ key: 'expiry_date', label: 'Date of Expiry (Tanggal Habis Berlaku)' },
			{ key: 'expiry_date_hash', label: 'Date of Expiry Check Digit (MRZ)' },
			{ key: 'optional_data', label: 'Optional Data (Personal Number)' },
			{ key: 'optional_data_hash', label: 'Optional Data Check Digit (MRZ)' },
			{ key: 'final_hash', label: 'Composite Check Digit (MRZ)' },
		],
	},
];
