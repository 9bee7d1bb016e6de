import type { ImageSpec, SectionSpec } from '../spec';

/**
 * The KTP's 17 text fields in the order the card prints them (../shared/GLAIR-API.md, "Other
 * documents"). GLAIR's answer is flat; the section is ours and never sent. Older answers spell the
 * keys in camelCase (tanggalLahir, rtRw, ...): read automatically.
 */
export const KTP_SECTIONS: readonly SectionSpec[] = [
	{
		key: 'ktp',
		label: 'Identity Card (KTP)',
		fields: [
			{ key: 'provinsi', label: 'Province (Provinsi)' },
			{ key: 'kota_kabupaten', label: 'City / Regency (Kota/Kabupaten)' },
			{ key: 'nik', label: 'Identity Number (NIK)', identifies: 'identityNumber' },
			{ key: 'nama', label: 'Name (Nama)' },
			{ key: 'tempat_lahir', label: 'Place of Birth (Tempat Lahir)' },
			{ key: 'tanggal_lahir', label: 'Date of Birth (Tanggal Lahir)' },
			{ key: 'jenis_kelamin', label: 'Sex (Jenis Kelamin)' },
			{ key: 'golongan_darah', label: 'Blood Type (Golongan Darah)' },
			{ key: 'alamat', label: 'Address (Alamat)' },
			{ key: 'rt_rw', label: 'Neighbourhood RT/RW (RT/RW)' },
			{ key: 'kelurahan_desa', label: 'Village (Kelurahan/Desa)' },
			{ key: 'kecamatan', label: 'District (Kecamatan)' },
			{ key: 'agama', label: 'Religion (Agama)' },
			{ key: 'status_perkawinan', label: 'Marital Status (Status Perkawinan)' },
			{ key: 'pekerjaan', label: 'Occupation (Pekerjaan)' },
			{ key: 'kewarganegaraan', label: 'Citizenship (Kewarganegaraan)' },
			{ key: 'berlaku_hingga', label: 'Valid Until (Berlaku Hingga)' },
		],
	},
];

/** Cut out of the card by GLAIR: `read.foto` / `read.tanda_tangan`, older answers `images.photo` / `images.sign`. */
export const KTP_IMAGES: readonly ImageSpec[] = [
	{ key: 'foto', legacyKey: 'photo', label: 'Face Photo (Foto)' },
	{ key: 'tanda_tangan', legacyKey: 'sign', label: 'Signature (Tanda Tangan)' },
];
