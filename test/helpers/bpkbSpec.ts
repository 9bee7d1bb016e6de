/** The BPKB spec seen the way the BPKB tests and the sandbox walk it: by field, page and section. */
import { bpkb } from '../../nodes/GlairVision/documents/bpkb';
import { allFields, fieldsForPage as fieldsOfPage, type ResolvedField } from '../../nodes/GlairVision/documents/fieldList';

export { bpkb };
export type BpkbPage = 1 | 2 | 3 | 4;
export type BpkbSection = 'identitas_pemilik' | 'identitas_kendaraan' | 'dokumen_registrasi_pertama' | 'halaman_terakhir';

export const BPKB_FIELDS: readonly ResolvedField[] = allFields(bpkb);
export const BPKB_SECTIONS = bpkb.sections.map((section) => section.key) as BpkbSection[];
export const PAGE_SECTIONS = Object.fromEntries(bpkb.pages!.map((page) => [page.value, page.section])) as Record<BpkbPage, BpkbSection>;

export function fieldsForPage(page: BpkbPage | undefined): readonly ResolvedField[] {
	return fieldsOfPage(bpkb, page);
}

export function fieldsOfSection(section: string): readonly ResolvedField[] {
	return BPKB_FIELDS.filter((field) => field.section === section);
}

export function sectionsForPage(page: BpkbPage | undefined): BpkbSection[] {
	return page === undefined ? BPKB_SECTIONS : [PAGE_SECTIONS[page]];
}
