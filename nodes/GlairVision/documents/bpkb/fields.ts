import type { SectionSpec } from '../spec';

/** The BPKB's four pages, each one section, and its 30 fields in page order: the column order of a flattened row. */
export const BPKB_SECTIONS: readonly SectionSpec[] = [
	{
		key: 'identitas_pemilik',
		label: 'Owner Identity (Identitas Pemilik)',
		fields: [
			{ key: 'nama_pemilik', label: "Owner's Name (Nama Pemilik)" },
			{ key: 'alamat', label: 'Address (Alamat)' },
			{ key: 'alamat_email', label: 'Email Address (Alamat Email)' },
			{ key: 'no_telepon', label: 'Phone Number (No. Telepon)' },
			{ key: 'pekerjaan', label: 'Occupation (Pekerjaan)' },
			{ key: 'no_ktp_tdp', label: 'KTP / TDP Number (No. KTP/TDP)', aliases: ['nomor_ktp_tdp'], identifies: 'identityNumber' },
			{ key: 'nomor_bpkb', label: 'BPKB Number (Nomor BPKB)', identifies: 'bpkbNumber' },
			{ key: 'stempel_nomor_bpkb', label: 'BPKB Number Stamp (Stempel Nomor BPKB)' },
			{ key: 'dikeluarkan', label: 'Issued At (Dikeluarkan di)' },
			{ key: 'pada_tanggal', label: 'Issue Date (Pada Tanggal)' },
		],
	},
	{
		key: 'identitas_kendaraan',
		label: 'Vehicle Identity (Identitas Kendaraan)',
		fields: [
			{ key: 'nomor_registrasi', label: 'Registration Number (Nomor Registrasi)', identifies: 'plate' },
			{ key: 'merk', label: 'Make (Merk)' },
			{ key: 'type', label: 'Type (Type)' },
			{ key: 'jenis', label: 'Kind (Jenis)' },
			{ key: 'model', label: 'Model (Model)' },
			{ key: 'tahun_pembuatan', label: 'Year of Manufacture (Tahun Pembuatan)' },
			{ key: 'isi_silinder', label: 'Engine Size (Isi Silinder)' },
			{ key: 'warna', label: 'Colour (Warna)' },
			{ key: 'nomor_rangka', label: 'Chassis Number / VIN (Nomor Rangka)', identifies: 'vin' },
			{ key: 'nomor_mesin', label: 'Engine Number (Nomor Mesin)', identifies: 'engineNumber' },
			{ key: 'bahan_bakar', label: 'Fuel (Bahan Bakar)' },
			{ key: 'warna_tnkb', label: 'Plate Colour (Warna TNKB)' },
			{ key: 'jumlah_sumbu', label: 'Axles (Jumlah Sumbu)' },
			{ key: 'jumlah_roda', label: 'Wheels (Jumlah Roda)' },
		],
	},
	{
		key: 'dokumen_registrasi_pertama',
		label: 'First Registration (Dokumen Registrasi Pertama)',
		fields: [
			{ key: 'nama_apm', label: 'Importer / Assembler (Nama APM)' },
			{ key: 'nomor_faktur', label: 'Invoice Number (Nomor Faktur)' },
			{ key: 'tanggal_faktur', label: 'Invoice Date (Tanggal Faktur)' },
			{ key: 'nomor_form_abc', label: 'Form A/B/C Number (Nomor Form ABC)' },
		],
	},
	{
		key: 'halaman_terakhir',
		label: 'Last Page (Halaman Terakhir)',
		fields: [
			{ key: 'no_register', label: 'Register Number (No. Register)' },
			{ key: 'diterbitkan_oleh', label: 'Issued By (Diterbitkan Oleh)' },
		],
	},
];
