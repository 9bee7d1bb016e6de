import type { ImageSpec, SectionSpec } from '../spec';

/**
 * The SIM's 12 text fields in the order the card prints them (../shared/GLAIR-API.md, "The rest of
 * the catalogue"). GLAIR's answer is flat; the section is ours and never sent. The docs spell the
 * keys in camelCase (nomorSim, tanggalLahir, ...: read automatically), the Go SDK in snake_case with
 * the typo `tangga_lahir` for the birth date.
 */
export const SIM_SECTIONS: readonly SectionSpec[] = [
	{
		key: 'sim',
		label: 'Driving Licence (SIM)',
		fields: [
			{ key: 'nomor_sim', label: 'Licence Number (Nomor SIM)', identifies: 'identityNumber' },
			{ key: 'tipe_sim', label: 'Licence Type (Golongan SIM: A, B I, B II, C, D)' },
			{ key: 'nama', label: 'Name (Nama)' },
			{ key: 'tempat_lahir', label: 'Place of Birth (Tempat Lahir)' },
			{ key: 'tanggal_lahir', label: 'Date of Birth (Tanggal Lahir)', aliases: ['tangga_lahir'] },
			{ key: 'golongan_darah', label: 'Blood Type (Golongan Darah)' },
			{ key: 'jenis_kelamin', label: 'Sex (Jenis Kelamin)' },
			{ key: 'alamat', label: 'Address (Alamat)' },
			{ key: 'pekerjaan', label: 'Occupation (Pekerjaan)' },
			{ key: 'tinggi', label: 'Height (Tinggi)' },
			{ key: 'wilayah', label: 'Issuing Police Region (Wilayah)' },
			{ key: 'berlaku', label: 'Valid Until (Berlaku s/d)' },
		],
	},
];

/**
 * Cut out of the card by GLAIR: `read.foto` / `read.tanda_tangan` (the Go SDK, 2026), the docs'
 * top-level `images.photo` / `images.sign`, and a Node SDK's `images.foto` / `images.tandaTangan`.
 */
export const SIM_IMAGES: readonly ImageSpec[] = [
	{ key: 'foto', legacyKey: 'photo', label: 'Face Photo (Foto)' },
	{ key: 'tanda_tangan', legacyKey: 'sign', label: 'Signature (Tanda Tangan)' },
];
