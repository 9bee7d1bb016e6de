import type { SectionSpec } from '../spec';

/** The NPWP card's four fields (../shared/GLAIR-API.md, "Other documents"); older answers say `noNpwp`, read automatically. */
export const NPWP_SECTIONS: readonly SectionSpec[] = [
	{
		key: 'npwp',
		label: 'Tax ID Card (NPWP)',
		fields: [
			{ key: 'no_npwp', label: 'Tax ID Number (No. NPWP)', identifies: 'identityNumber' },
			{ key: 'nama', label: 'Name (Nama)' },
			{ key: 'nik', label: 'Identity Number (NIK)', identifies: 'identityNumber' },
			{ key: 'alamat', label: 'Address (Alamat)' },
		],
	},
];
