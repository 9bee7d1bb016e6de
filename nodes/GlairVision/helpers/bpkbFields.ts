/**
 * The BPKB field table: the one place that knows which sections and fields GLAIR returns,
 * in what order a spreadsheet shows them, what a person calls them, and how each is checked.
 * Output shaping, the output schema, the sandbox and the checks all read from here.
 */

export const BPKB_SECTIONS = [
	'identitas_pemilik',
	'identitas_kendaraan',
	'dokumen_registrasi_pertama',
	'halaman_terakhir',
] as const;

export type BpkbSection = (typeof BPKB_SECTIONS)[number];

/** The `page` part GLAIR takes (1-4) and the section each page answers with. */
export const PAGE_SECTIONS: Record<1 | 2 | 3 | 4, BpkbSection> = {
	1: 'identitas_pemilik',
	2: 'identitas_kendaraan',
	3: 'dokumen_registrasi_pertama',
	4: 'halaman_terakhir',
};

export type BpkbPage = keyof typeof PAGE_SECTIONS;

export interface BpkbField {
	/** The key GLAIR uses, kept as-is in every output format. */
	key: string;
	section: BpkbSection;
	/** English label with the Indonesian term a clerk sees on the paper. */
	label: string;
	/** Spellings seen in other SDKs or older API versions, read as this field. */
	aliases?: readonly string[];
}

/** All 30 fields, in page order: the column order of a flattened row. */
export const BPKB_FIELDS: readonly BpkbField[] = [
	{ key: 'nama_pemilik', section: 'identitas_pemilik', label: "Owner's Name (Nama Pemilik)" },
	{ key: 'alamat', section: 'identitas_pemilik', label: 'Address (Alamat)' },
	{ key: 'alamat_email', section: 'identitas_pemilik', label: 'Email Address (Alamat Email)' },
	{ key: 'no_telepon', section: 'identitas_pemilik', label: 'Phone Number (No. Telepon)' },
	{ key: 'pekerjaan', section: 'identitas_pemilik', label: 'Occupation (Pekerjaan)' },
	{
		key: 'no_ktp_tdp',
		section: 'identitas_pemilik',
		label: 'KTP / TDP Number (No. KTP/TDP)',
		aliases: ['nomor_ktp_tdp'],
	},
	{ key: 'nomor_bpkb', section: 'identitas_pemilik', label: 'BPKB Number (Nomor BPKB)' },
	{
		key: 'stempel_nomor_bpkb',
		section: 'identitas_pemilik',
		label: 'BPKB Number Stamp (Stempel Nomor BPKB)',
	},
	{ key: 'dikeluarkan', section: 'identitas_pemilik', label: 'Issued At (Dikeluarkan di)' },
	{ key: 'pada_tanggal', section: 'identitas_pemilik', label: 'Issue Date (Pada Tanggal)' },
	{
		key: 'nomor_registrasi',
		section: 'identitas_kendaraan',
		label: 'Registration Number (Nomor Registrasi)',
	},
	{ key: 'merk', section: 'identitas_kendaraan', label: 'Make (Merk)' },
	{ key: 'type', section: 'identitas_kendaraan', label: 'Type (Type)' },
	{ key: 'jenis', section: 'identitas_kendaraan', label: 'Kind (Jenis)' },
	{ key: 'model', section: 'identitas_kendaraan', label: 'Model (Model)' },
	{
		key: 'tahun_pembuatan',
		section: 'identitas_kendaraan',
		label: 'Year of Manufacture (Tahun Pembuatan)',
	},
	{ key: 'isi_silinder', section: 'identitas_kendaraan', label: 'Engine Size (Isi Silinder)' },
	{ key: 'warna', section: 'identitas_kendaraan', label: 'Colour (Warna)' },
	{ key: 'nomor_rangka', section: 'identitas_kendaraan', label: 'Chassis Number / VIN (Nomor Rangka)' },
	{ key: 'nomor_mesin', section: 'identitas_kendaraan', label: 'Engine Number (Nomor Mesin)' },
	{ key: 'bahan_bakar', section: 'identitas_kendaraan', label: 'Fuel (Bahan Bakar)' },
	{ key: 'warna_tnkb', section: 'identitas_kendaraan', label: 'Plate Colour (Warna TNKB)' },
	{ key: 'jumlah_sumbu', section: 'identitas_kendaraan', label: 'Axles (Jumlah Sumbu)' },
	{ key: 'jumlah_roda', section: 'identitas_kendaraan', label: 'Wheels (Jumlah Roda)' },
	{ key: 'nama_apm', section: 'dokumen_registrasi_pertama', label: 'Importer / Assembler (Nama APM)' },
	{ key: 'nomor_faktur', section: 'dokumen_registrasi_pertama', label: 'Invoice Number (Nomor Faktur)' },
	{ key: 'tanggal_faktur', section: 'dokumen_registrasi_pertama', label: 'Invoice Date (Tanggal Faktur)' },
	{
		key: 'nomor_form_abc',
		section: 'dokumen_registrasi_pertama',
		label: 'Form A/B/C Number (Nomor Form ABC)',
	},
	{ key: 'no_register', section: 'halaman_terakhir', label: 'Register Number (No. Register)' },
	{ key: 'diterbitkan_oleh', section: 'halaman_terakhir', label: 'Issued By (Diterbitkan Oleh)' },
];

export function fieldsOfSection(section: BpkbSection): BpkbField[] {
	return BPKB_FIELDS.filter((field) => field.section === section);
}

/** The sections a request for `page` answers with: one page, or all four. */
export function sectionsForPage(page: BpkbPage | undefined): BpkbSection[] {
	return page === undefined ? [...BPKB_SECTIONS] : [PAGE_SECTIONS[page]];
}

export function fieldsForPage(page: BpkbPage | undefined): BpkbField[] {
	const sections = sectionsForPage(page);
	return BPKB_FIELDS.filter((field) => sections.includes(field.section));
}
