import type { DocumentSpec } from '../spec';
import { BPKB_CHECKS } from './checks';
import { BPKB_SECTIONS } from './fields';

/** Buku Pemilik Kendaraan Bermotor: the vehicle ownership book, four pages. */
export const bpkb: DocumentSpec = {
	resource: 'bpkb',
	displayName: 'BPKB (Vehicle Ownership Book)',
	shortName: 'BPKB',
	description: 'Read the fields of a BPKB (vehicle ownership book) scan',
	path: '/ocr/v1/bpkb',
	sections: BPKB_SECTIONS,
	flat: false,
	fileTypes: ['png', 'jpeg', 'tiff', 'pdf'],
	pages: [
		{ value: 1, section: 'identitas_pemilik', label: 'Page 1: Owner Identity (Identitas Pemilik)' },
		{ value: 2, section: 'identitas_kendaraan', label: 'Page 2: Vehicle Identity (Identitas Kendaraan)' },
		{ value: 3, section: 'dokumen_registrasi_pertama', label: 'Page 3: First Registration (Dokumen Registrasi Pertama)' },
		{ value: 4, section: 'halaman_terakhir', label: 'Page 4: Last Page (Halaman Terakhir)' },
	],
	multiPage: true,
	checks: BPKB_CHECKS,
};
