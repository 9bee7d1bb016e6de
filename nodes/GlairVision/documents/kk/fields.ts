import type { SectionSpec, TableSpec } from '../spec';

/**
 * The KK's fields in the order the card prints them (../shared/GLAIR-API.md, "The rest of the
 * catalogue"). GLAIR's answer is flat; the section is ours and never sent. `tanggal_dikeluarkan`
 * is on the docs pages only (no SDK types it).
 */
export const KK_SECTIONS: readonly SectionSpec[] = [
	{
		key: 'kk',
		label: 'Family Card (KK)',
		fields: [
			{ key: 'nomor_kk', label: 'Family Card Number (No. KK)' },
			{ key: 'nama_kepala_keluarga', label: 'Head of the Family (Nama Kepala Keluarga)' },
			{ key: 'alamat', label: 'Address (Alamat)' },
			{ key: 'rt_rw', label: 'Neighbourhood RT/RW (RT/RW)' },
			{ key: 'desa_kelurahan', label: 'Village (Desa/Kelurahan)' },
			{ key: 'kecamatan', label: 'District (Kecamatan)' },
			{ key: 'kabupaten_kota', label: 'Regency / City (Kabupaten/Kota)' },
			{ key: 'kode_pos', label: 'Postal Code (Kode Pos)' },
			{ key: 'provinsi', label: 'Province (Provinsi)' },
			{ key: 'tanggal_dikeluarkan', label: 'Issue Date (Tanggal Dikeluarkan)' },
			{ key: 'nomor_blanko', label: 'Form Number (No. Blanko)' },
		],
	},
];

/**
 * One row per member of the household, GLAIR's `table`: a list of rows in the docs, one row object
 * in an older Go SDK (both are read). The columns in the order the card prints them.
 */
export const KK_MEMBERS: TableSpec = {
	key: 'table',
	list: 'members',
	label: 'Family Members (Anggota Keluarga)',
	rowLabel: 'Member',
	fields: [
		{ key: 'no', label: 'Row Number (No.)' },
		{ key: 'nama_lengkap', label: 'Full Name (Nama Lengkap)' },
		{ key: 'nik', label: 'Identity Number (NIK)' },
		{ key: 'jenis_kelamin', label: 'Sex (Jenis Kelamin)' },
		{ key: 'tempat_lahir', label: 'Place of Birth (Tempat Lahir)' },
		{ key: 'tanggal_lahir', label: 'Date of Birth (Tanggal Lahir)' },
		{ key: 'agama', label: 'Religion (Agama)' },
		{ key: 'pendidikan', label: 'Education (Pendidikan)' },
		{ key: 'golongan_darah', label: 'Blood Type (Golongan Darah)' },
		{ key: 'tanggal_perkawinan', label: 'Date of Marriage (Tanggal Perkawinan)' },
		{ key: 'status_hubungan_dalam_keluarga', label: 'Relationship in the Family (Status Hubungan Dalam Keluarga)' },
		{ key: 'kewarganegaraan', label: 'Citizenship (Kewarganegaraan)' },
		{ key: 'no_paspor', label: 'Passport Number (No. Paspor)' },
		{ key: 'no_kitas_kitap', label: 'KITAS/KITAP Number (No. KITAS/KITAP)' },
		{ key: 'nama_ayah', label: "Father's Name (Nama Ayah)" },
		{ key: 'nama_ibu', label: "Mother's Name (Nama Ibu)" },
	],
};
