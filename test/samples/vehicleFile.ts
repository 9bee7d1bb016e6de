/**
 * The vehicle file of the samples: one invented person and one invented car, printed on an STNK,
 * and a KTP that agree with each other (same owner, NIK, address, plate, chassis, engine
 * and BPKB numbers), so a check across documents has something to match. EVERYTHING HERE IS
 * INVENTED: the NIK's regency and district 99 do not exist in Jawa Barat, so no real person has
 * it; the make CONTOHMOBIL and the VIN maker code MHZ are made up; every name says SPESIMEN.
 *
 * Each row is [GLAIR's key, the label printed on the document, the value GLAIR returns, and, when
 * it differs, the text as printed (value_original)]. A key of '' is printed but never returned.
 */

export type PrintedRow = readonly [key: string, label: string, value: string, printed?: string];

export interface Person {
	readonly name: string;
	readonly nik: string;
	readonly address: string;
	readonly fullAddress: string;
}

export interface Car {
	readonly plate: string;
	readonly make: string;
	readonly type: string;
	readonly kind: string;
	readonly model: string;
	readonly year: string;
	readonly engineSize: string;
	readonly colour: string;
	readonly fuel: string;
	readonly plateColour: string;
	readonly chassis: string;
	readonly engine: string;
	readonly bpkbNumber: string;
}

export const OWNER = {
	name: 'DEWI SPESIMEN FIKTIF',
	nik: '3299994508900001', // 32 Jawa Barat, 99 99 no such regency/district, 45 = day 5 + 40 (a woman), 08, 90, 0001
	address: 'JL. CONTOH RAYA NO. 123',
	fullAddress: 'JL. CONTOH RAYA NO. 123 RT 001 RW 002 KEL. FIKTIF KEC. SAMPEL KOTA CONTOH',
} as const;

export const CAR = {
	plate: 'D 1234 SPX',
	make: 'CONTOHMOBIL',
	type: 'SPX-1500 (4X2) A/T',
	kind: 'MB. PENUMPANG',
	model: 'MINIBUS',
	year: '2021',
	engineSize: '1.496 CC',
	colour: 'ABU-ABU METALIK',
	fuel: 'BENSIN',
	plateColour: 'PUTIH',
	chassis: 'MHZSPX15ME0000123',
	engine: 'SPX15E000123',
	bpkbNumber: 'Z-00054321',
} as const;

export const STNK_TITLE = 'SURAT TANDA NOMOR KENDARAAN BERMOTOR';
export const STNK_TAX_TITLE = 'TANDA BUKTI PELUNASAN KEWAJIBAN PEMBAYARAN';

/** The STNK's registration side for an owner and a car (the sample's: OWNER and CAR). */
export const stnkRegistrationRows = (owner: Person, car: Car): readonly PrintedRow[] => [
	['nomor_stnk', 'NO. STNK', '09876543'],
	['polda_penerbitan', 'POLDA', 'POLDA JAWA BARAT'],
	['nomor_registrasi', 'NOMOR REGISTRASI', car.plate],
	['nama_pemilik', 'NAMA PEMILIK', owner.name],
	['alamat', 'ALAMAT', owner.fullAddress],
	['nomor_identitas_pemilik', 'NO. IDENTITAS', owner.nik],
	['merk', 'MERK', car.make],
	['tipe', 'TYPE', car.type],
	['jenis', 'JENIS', car.kind],
	['model', 'MODEL', car.model],
	['tahun_pembuatan', 'TAHUN PEMBUATAN', car.year],
	['tahun_registrasi', 'TAHUN REGISTRASI', car.year],
	['isi_silinder', 'ISI SILINDER', car.engineSize],
	['nomor_rangka', 'NOMOR RANGKA', car.chassis],
	['nomor_mesin', 'NOMOR MESIN', car.engine],
	['warna', 'WARNA', car.colour],
	['bahan_bakar', 'BAHAN BAKAR', car.fuel],
	['warna_tnkb', 'WARNA TNKB', car.plateColour],
	['nomor_bpkb', 'NO. BPKB', car.bpkbNumber],
	['kode_lokasi', 'KODE LOKASI', 'SPX01'],
	['nomor_urut_pendaftaran', 'NO. URUT DAFTAR', '000123'],
	['berlaku_sampai', 'BERLAKU SAMPAI', '20-11-2031', '20 NOPEMBER 2031'],
	['tempat_penerbitan', 'DIKELUARKAN DI', 'KOTA CONTOH'],
	['tanggal_penerbitan', 'TANGGAL', '20-11-2026', '20 NOPEMBER 2026'],
];

/** The STNK's tax side for an owner and a car. */
export const stnkTaxRows = (owner: Person, car: Car): readonly PrintedRow[] => [
	['nomor_pajak_tahunan', 'NO. SKPD', 'SKPD-000123'],
	['samsat_provinsi', 'SAMSAT', 'SAMSAT JAWA BARAT'],
	['nomor_registrasi', 'NO. POLISI', car.plate],
	['nomor_registrasi_lama', 'NO. POLISI LAMA', ''],
	['nama_pemilik', 'NAMA PEMILIK', owner.name],
	['alamat', 'ALAMAT', owner.fullAddress],
	['nomor_identitas_pemilik', 'NO. IDENTITAS', owner.nik],
	['merk', 'MERK', car.make],
	['tipe', 'TYPE', car.type],
	['jenis', 'JENIS', car.kind],
	['model', 'MODEL', car.model],
	['tahun_pembuatan', 'TAHUN BUAT', car.year],
	['tahun_registrasi', 'TAHUN REG', car.year],
	['isi_silinder', 'ISI SILINDER', car.engineSize],
	['warna', 'WARNA', car.colour],
	['bahan_bakar', 'BAHAN BAKAR', car.fuel],
	['warna_tnkb', 'WARNA TNKB', car.plateColour],
	['jumlah_sumbu', 'JUMLAH SUMBU', '2'],
	['nomor_rangka', 'NO. RANGKA', car.chassis],
	['nomor_mesin', 'NO. MESIN', car.engine],
	['nomor_bpkb', 'NO. BPKB', car.bpkbNumber],
	['kepemilikan_ke', 'KEPEMILIKAN KE', '1'],
	['kode_njkb', 'KODE NJKB', 'N0123456'],
	['ident', 'IDENT', 'SPX15-0001'],
	['berlaku_sampai', 'BERLAKU S/D', '20-11-2027', '20 NOPEMBER 2027'],
	['ditetapkan_tanggal', 'DITETAPKAN TGL', '18-11-2026', '18 NOPEMBER 2026'],
];

export const KTP_HEADER = ['PROVINSI JAWA BARAT', 'KOTA CONTOH'] as const;

/** The KTP's rows; provinsi and kota_kabupaten are its header lines (see KTP_HEADER). */
export const ktpRows = (person: Person, birthDate = '05-08-1990'): readonly PrintedRow[] => [
	['nik', 'NIK', person.nik],
	['nama', 'NAMA', person.name],
	['', 'TEMPAT/TGL LAHIR', `KOTA CONTOH, ${birthDate}`],
	['jenis_kelamin', 'JENIS KELAMIN', 'PEREMPUAN'],
	['golongan_darah', 'GOL. DARAH', 'O'],
	['alamat', 'ALAMAT', person.address],
	['rt_rw', 'RT/RW', '001/002'],
	['kelurahan_desa', 'KEL/DESA', 'FIKTIF'],
	['kecamatan', 'KECAMATAN', 'SAMPEL'],
	['agama', 'AGAMA', 'ISLAM'],
	['status_perkawinan', 'STATUS PERKAWINAN', 'KAWIN'],
	['pekerjaan', 'PEKERJAAN', 'KARYAWAN SWASTA'],
	['kewarganegaraan', 'KEWARGANEGARAAN', 'WNI'],
	['berlaku_hingga', 'BERLAKU HINGGA', 'SEUMUR HIDUP'],
];

/** What GLAIR returns for the KTP beyond its printed rows: the header and the split birth line. */
export const ktpExtraValues = (birthDate = '05-08-1990'): ReadonlyArray<readonly [key: string, value: string, printed: string]> => [
	['provinsi', 'JAWA BARAT', KTP_HEADER[0]],
	['kota_kabupaten', 'KOTA CONTOH', KTP_HEADER[1]],
	['tempat_lahir', 'KOTA CONTOH', 'KOTA CONTOH'],
	['tanggal_lahir', birthDate, birthDate],
];

export const STNK_REGISTRATION_ROWS = stnkRegistrationRows(OWNER, CAR);
export const STNK_TAX_ROWS = stnkTaxRows(OWNER, CAR);
export const KTP_ROWS = ktpRows(OWNER);
export const KTP_EXTRA_VALUES = ktpExtraValues();

export const NPWP_HEADER = ['KEMENTERIAN KEUANGAN REPUBLIK INDONESIA', 'DIREKTORAT JENDERAL PAJAK'] as const;

/** The owner's NPWP: tax office 999 does not exist. */
export const NPWP_ROWS: readonly PrintedRow[] = [
	['no_npwp', 'NPWP', '09.123.456.7-999.000'],
	['nama', 'NAMA', OWNER.name],
	['nik', 'NIK', OWNER.nik],
	['alamat', 'ALAMAT', OWNER.fullAddress],
];

/**
 * The vehicle file's BPKB: the same owner and car, page by page, in the book's own words. The
 * address is written the BPKB's way (street, kelurahan, kecamatan, city: no RT/RW), dates are
 * printed in words and returned day-first, as in the vendor's sample answer.
 */
export interface BpkbPrintedPage {
	/** GLAIR's section for this page. */
	section: 'identitas_pemilik' | 'identitas_kendaraan' | 'dokumen_registrasi_pertama' | 'halaman_terakhir';
	title: string;
	rows: readonly PrintedRow[];
}

export const bpkbAddress = (owner: Person) => owner.fullAddress.replace(/ RT \d+ RW \d+/, '');

export const bpkbPages = (owner: Person, car: Car): readonly BpkbPrintedPage[] => [
	{
		section: 'identitas_pemilik',
		title: 'IDENTITAS PEMILIK',
		rows: [
			['nomor_bpkb', 'NOMOR BPKB', car.bpkbNumber],
			['nama_pemilik', 'NAMA PEMILIK', owner.name],
			['pekerjaan', 'PEKERJAAN', 'KARYAWAN SWASTA'],
			['alamat', 'ALAMAT', bpkbAddress(owner)],
			['no_ktp_tdp', 'NO. KTP/TDP', owner.nik],
			['no_telepon', 'NO. TELEPON', '0800-0000-0000'],
			['alamat_email', 'ALAMAT EMAIL', 'SPESIMEN@EXAMPLE.COM'],
			['dikeluarkan', 'DIKELUARKAN DI', 'KOTA CONTOH'],
			['pada_tanggal', 'PADA TANGGAL', '24-11-2021', '24 NOPEMBER 2021'],
			['stempel_nomor_bpkb', 'STEMPEL NOMOR BPKB', car.bpkbNumber],
		],
	},
	{
		section: 'identitas_kendaraan',
		title: 'IDENTITAS KENDARAAN BERMOTOR',
		rows: [
			['nomor_registrasi', 'NOMOR REGISTRASI', car.plate],
			['merk', 'MERK', car.make],
			['type', 'TYPE', car.type],
			['jenis', 'JENIS', car.kind],
			['model', 'MODEL', car.model],
			['tahun_pembuatan', 'TAHUN PEMBUATAN', car.year],
			['isi_silinder', 'ISI SILINDER', car.engineSize],
			['warna', 'WARNA', car.colour],
			['nomor_rangka', 'NOMOR RANGKA/NIK/VIN', car.chassis],
			['nomor_mesin', 'NOMOR MESIN', car.engine],
			['bahan_bakar', 'BAHAN BAKAR', car.fuel],
			['warna_tnkb', 'WARNA TNKB', car.plateColour],
			['jumlah_sumbu', 'JUMLAH SUMBU', '2 (DUA)'],
			['jumlah_roda', 'JUMLAH RODA', '4 (EMPAT)'],
		],
	},
	{
		section: 'dokumen_registrasi_pertama',
		title: 'DOKUMEN REGISTRASI PERTAMA',
		rows: [
			['nama_apm', 'NAMA APM', 'PT CONTOH MOTOR INDONESIA'],
			['nomor_faktur', 'NOMOR FAKTUR', '0000-0000054321-21'],
			['tanggal_faktur', 'TANGGAL FAKTUR', '02-11-2021', '02 NOPEMBER 2021'],
			['nomor_form_abc', 'NOMOR FORM A/B/C', 'A-000123'],
		],
	},
	{
		section: 'halaman_terakhir',
		title: 'HALAMAN TERAKHIR',
		rows: [
			['no_register', 'NO. REGISTER', 'R/054321/XI/2021/SPESIMEN'],
			['diterbitkan_oleh', 'DITERBITKAN OLEH', 'SATLANTAS POLRES KOTA CONTOH'],
		],
	},
];

/** Someone else, for the variants: another woman at the same address (NIK: 12 March 1992, serial 0002). */
export const OTHER_PERSON: Person = { ...OWNER, name: 'RINA CONTOH FIKTIF', nik: '3299995203920002' };
export const OTHER_PERSON_BIRTH_DATE = '12-03-1992';

/** The previous owner, for the BPKB of someone else: a man (NIK: 11 July 1985, serial 0003). */
export const OTHER_OWNER: Person = { ...OWNER, name: 'BUDI CONTOH FIKTIF', nik: '3299991107850003' };

/** One real digit changed (3 -> 4): no OCR confuses them. */
export const OTHER_CHASSIS = 'MHZSPX15ME0000124';
/** Two digits swapped: another car's plate. */
export const OTHER_PLATE = 'D 1243 SPX';

/** What OCR makes of a worn STNK: the chassis with an O for a 0, the owner in other case and spacing. */
export const OCR_SLIPS = {
	chassis: 'MHZSPX15MEO000123',
	name: 'Dewi  Spesimen Fiktif',
} as const;

export type VehicleFileVariant = 'consistent' | 'stnkOtherChassis' | 'stnkOtherPlate' | 'ktpOtherPerson' | 'bpkbOtherOwner' | 'stnkOcrSlips';

export interface VehicleFileSet {
	/** The BPKB as one PDF, and as page photos (one book) where the set has its own. */
	bpkb: string;
	bpkbPhotos: readonly string[];
	stnk: string;
	ktp: string;
	/** The verdict a cross-check must give. */
	verdict: 'CONSISTENT' | 'MISMATCH';
	/** What differs from the consistent file (nothing for it). */
	differs: string;
}

const CONSISTENT_PHOTOS = [1, 2, 3, 4].map((page) => `vehicle-file/bpkb-photo-${page}.jpg`);

/**
 * The vehicle files of the samples, by variant: file names under samples/. Each variant differs
 * from the consistent file in one document and one thing a person must catch (or, for
 * stnkOcrSlips, only in what OCR slips a check must forgive).
 */
export const VEHICLE_FILE_SETS: Readonly<Record<VehicleFileVariant, VehicleFileSet>> = {
	consistent: {
		bpkb: 'vehicle-file/bpkb.pdf',
		bpkbPhotos: CONSISTENT_PHOTOS,
		stnk: 'stnk-sample.png',
		ktp: 'ktp-sample.png',
		verdict: 'CONSISTENT',
		differs: '',
	},
	stnkOtherChassis: {
		bpkb: 'vehicle-file/bpkb.pdf',
		bpkbPhotos: CONSISTENT_PHOTOS,
		stnk: 'vehicle-file/stnk-other-chassis.png',
		ktp: 'ktp-sample.png',
		verdict: 'MISMATCH',
		differs: `STNK nomor_rangka ${OTHER_CHASSIS} (BPKB ${CAR.chassis}), both STNK pages`,
	},
	stnkOtherPlate: {
		bpkb: 'vehicle-file/bpkb.pdf',
		bpkbPhotos: CONSISTENT_PHOTOS,
		stnk: 'vehicle-file/stnk-other-plate.png',
		ktp: 'ktp-sample.png',
		verdict: 'MISMATCH',
		differs: `STNK nomor_registrasi ${OTHER_PLATE} (BPKB ${CAR.plate}), both STNK pages`,
	},
	ktpOtherPerson: {
		bpkb: 'vehicle-file/bpkb.pdf',
		bpkbPhotos: CONSISTENT_PHOTOS,
		stnk: 'stnk-sample.png',
		ktp: 'vehicle-file/ktp-other-person.png',
		verdict: 'MISMATCH',
		differs: `KTP of ${OTHER_PERSON.name}, NIK ${OTHER_PERSON.nik} (BPKB and STNK: ${OWNER.name}, ${OWNER.nik})`,
	},
	bpkbOtherOwner: {
		bpkb: 'vehicle-file/bpkb-other-owner.pdf',
		bpkbPhotos: ['vehicle-file/bpkb-other-owner-photo-1.jpg', ...CONSISTENT_PHOTOS.slice(1)],
		stnk: 'stnk-sample.png',
		ktp: 'ktp-sample.png',
		verdict: 'MISMATCH',
		differs: `BPKB owner ${OTHER_OWNER.name}, no_ktp_tdp ${OTHER_OWNER.nik} (STNK and KTP: ${OWNER.name}, ${OWNER.nik})`,
	},
	stnkOcrSlips: {
		bpkb: 'vehicle-file/bpkb.pdf',
		bpkbPhotos: CONSISTENT_PHOTOS,
		stnk: 'vehicle-file/stnk-ocr-slips.png',
		ktp: 'ktp-sample.png',
		verdict: 'CONSISTENT',
		differs: `STNK read with OCR slips only: nomor_rangka "${OCR_SLIPS.chassis}" (O for 0), nama_pemilik "${OCR_SLIPS.name}", both pages`,
	},
};
