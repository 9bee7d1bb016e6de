/**
 * The samples' households, printed on two KKs (family cards). EVERYTHING HERE IS INVENTED, on the
 * vehicle file's people (vehicleFile.ts): the KK of BUDI CONTOH FIKTIF lists his wife DEWI SPESIMEN
 * FIKTIF (the vehicle file's owner, of the KTP sample and the car D 1234 SPX; Budi is the BPKB's
 * other owner) and their two children; the KK of RINA CONTOH FIKTIF (the vehicle file's other
 * person) lists her and her son, not Dewi. Every NIK and KK number has the region 32 99 99 (Jawa
 * Barat, a regency and district that do not exist), so no real person or family has them.
 */
import { OTHER_OWNER, OTHER_PERSON, OTHER_PERSON_BIRTH_DATE, OWNER } from './vehicleFile';

/** A value as GLAIR returns it, or [value, as printed] when the two differ. */
export type Printed = string | readonly [value: string, printed: string];

/** The KK's member columns, GLAIR's keys (documents/kk/fields.ts). */
export interface Member {
	no: string;
	nama_lengkap: string;
	nik: string;
	jenis_kelamin: string;
	tempat_lahir: string;
	tanggal_lahir: string;
	agama: string;
	pendidikan: string;
	golongan_darah: string;
	tanggal_perkawinan: string;
	status_hubungan_dalam_keluarga: string;
	kewarganegaraan: string;
	no_paspor: string;
	no_kitas_kitap: string;
	nama_ayah: string;
	nama_ibu: string;
}

export interface Household {
	/** GLAIR's key -> the value (the card's header). */
	fields: Readonly<Record<string, Printed>>;
	members: readonly Member[];
}

const ADDRESS = {
	alamat: OWNER.address,
	rt_rw: '001/002',
	desa_kelurahan: 'FIKTIF',
	kecamatan: 'SAMPEL',
	kabupaten_kota: 'KOTA CONTOH',
	kode_pos: '40999',
	provinsi: 'JAWA BARAT',
} as const;

const NONE = { tanggal_perkawinan: '', no_paspor: '-', no_kitas_kitap: '-', kewarganegaraan: 'WNI', tempat_lahir: 'KOTA CONTOH', agama: 'ISLAM' } as const;

/**
 * Budi's family: KK 3299991203150007 (region 329999, first issued 12-03-2015, serial 0007), printed
 * again on 20-02-2018 when the second child was born. Dewi's birth date, blood type and address
 * are her KTP's.
 */
export const BUDI_HOUSEHOLD: Household = {
	fields: {
		nomor_kk: '3299991203150007',
		nama_kepala_keluarga: OTHER_OWNER.name,
		...ADDRESS,
		tanggal_dikeluarkan: ['20-02-2018', '20 FEBRUARI 2018'],
		nomor_blanko: '0000123456',
	},
	members: [
		{ ...NONE, no: '1', nama_lengkap: OTHER_OWNER.name, nik: OTHER_OWNER.nik, jenis_kelamin: 'LAKI-LAKI', tanggal_lahir: '11-07-1985', pendidikan: 'DIPLOMA IV/STRATA I', golongan_darah: 'A', tanggal_perkawinan: '14-02-2014', status_hubungan_dalam_keluarga: 'KEPALA KELUARGA', nama_ayah: 'SLAMET CONTOH FIKTIF', nama_ibu: 'SITI CONTOH FIKTIF' },
		{ ...NONE, no: '2', nama_lengkap: OWNER.name, nik: OWNER.nik, jenis_kelamin: 'PEREMPUAN', tanggal_lahir: '05-08-1990', pendidikan: 'DIPLOMA IV/STRATA I', golongan_darah: 'O', tanggal_perkawinan: '14-02-2014', status_hubungan_dalam_keluarga: 'ISTRI', nama_ayah: 'AGUS SPESIMEN FIKTIF', nama_ibu: 'RATNA SPESIMEN FIKTIF' },
		// 17-06-2015, a girl: day 17 + 40 = 57.
		{ ...NONE, no: '3', nama_lengkap: 'PUTRI CONTOH FIKTIF', nik: '3299995706150002', jenis_kelamin: 'PEREMPUAN', tanggal_lahir: '17-06-2015', pendidikan: 'BELUM TAMAT SD/SEDERAJAT', golongan_darah: '-', status_hubungan_dalam_keluarga: 'ANAK', nama_ayah: OTHER_OWNER.name, nama_ibu: OWNER.name },
		{ ...NONE, no: '4', nama_lengkap: 'ADI CONTOH FIKTIF', nik: '3299990902180004', jenis_kelamin: 'LAKI-LAKI', tanggal_lahir: '09-02-2018', pendidikan: 'TIDAK/BELUM SEKOLAH', golongan_darah: '-', status_hubungan_dalam_keluarga: 'ANAK', nama_ayah: OTHER_OWNER.name, nama_ibu: OWNER.name },
	],
};

/** Rina's family, at the same address: KK 3299992306210011 (first issued 23-06-2021); Dewi is not on it. */
export const RINA_HOUSEHOLD: Household = {
	fields: {
		nomor_kk: '3299992306210011',
		nama_kepala_keluarga: OTHER_PERSON.name,
		...ADDRESS,
		tanggal_dikeluarkan: ['23-06-2021', '23 JUNI 2021'],
		nomor_blanko: '0000654321',
	},
	members: [
		{ ...NONE, no: '1', nama_lengkap: OTHER_PERSON.name, nik: OTHER_PERSON.nik, jenis_kelamin: 'PEREMPUAN', tanggal_lahir: OTHER_PERSON_BIRTH_DATE, pendidikan: 'SLTA/SEDERAJAT', golongan_darah: 'B', tanggal_perkawinan: '01-05-2019', status_hubungan_dalam_keluarga: 'KEPALA KELUARGA', nama_ayah: 'HADI CONTOH FIKTIF', nama_ibu: 'WATI CONTOH FIKTIF' },
		// 10-10-2020, a boy.
		{ ...NONE, no: '2', nama_lengkap: 'BAGUS CONTOH FIKTIF', nik: '3299991010200005', jenis_kelamin: 'LAKI-LAKI', tanggal_lahir: '10-10-2020', pendidikan: 'TIDAK/BELUM SEKOLAH', golongan_darah: '-', status_hubungan_dalam_keluarga: 'ANAK', nama_ayah: 'JOKO CONTOH FIKTIF', nama_ibu: OTHER_PERSON.name },
	],
};
