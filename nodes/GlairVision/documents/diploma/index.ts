import type { DocumentSpec } from '../spec';
import { DIPLOMA_CHECKS } from './checks';
import { DIPLOMA_SECTIONS } from './fields';

/** An ijazah: a school's or university's diploma, read flat. */
export const diploma: DocumentSpec = {
	resource: 'diploma',
	displayName: 'Diploma (Ijazah)',
	shortName: 'Diploma',
	description: 'Read the fields of a diploma (ijazah): the graduate, the institution, the programme and degree',
	path: '/ocr/v1/diploma',
	sections: DIPLOMA_SECTIONS,
	flat: true,
	// The record shows no list for this document; those of the BPKB, as for the NPWP.
	fileTypes: ['png', 'jpeg', 'tiff', 'pdf'],
	multiPage: false,
	checks: DIPLOMA_CHECKS,
	notThisDocumentReason: /some fields are invalid/i,
};
