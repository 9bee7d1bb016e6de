/**
 * What the fictitious BPKB says, page by page. Every name, number and address here is
 * invented (province code 99 does not exist, example.com is reserved), so the samples can
 * be committed, shared and shown in screenshots without exposing anyone.
 */

export const SPECIMEN_NOTICE = 'SPECIMEN - FICTITIOUS';
export const BOOK_TITLE = 'BUKU PEMILIK KENDARAAN BERMOTOR (BPKB)';

export interface SpecimenPage {
	/** Printed as the page heading, as on the real book. */
	title: string;
	/** Label and value, in the order they are printed. */
	rows: ReadonlyArray<readonly [string, string]>;
}

export const SPECIMEN_PAGES: readonly SpecimenPage[] = [
	{
		title: 'IDENTITAS PEMILIK',
		rows: [
			['NOMOR BPKB', 'Z-00012345'],
			['NAMA PEMILIK', 'PT SPESIMEN DATA FIKTIF'],
			['PEKERJAAN', 'SWASTA'],
			['ALAMAT', 'JL. CONTOH RAYA NO. 123 KEL. FIKTIF KEC. SAMPEL KOTA CONTOH'],
			['NO. KTP/TDP', '9999010101900001'],
			['NO. TELEPON', '0800-0000-0000'],
			['ALAMAT EMAIL', 'SPESIMEN@EXAMPLE.COM'],
			['DIKELUARKAN DI', 'KOTA CONTOH'],
			['PADA TANGGAL', '01-02-2024'],
			['STEMPEL NOMOR BPKB', 'Z-00012345'],
		],
	},
	{
		title: 'IDENTITAS KENDARAAN BERMOTOR',
		rows: [
			['NOMOR REGISTRASI', 'ZZ 1234 XX'],
			['MERK', 'CONTOHMOBIL'],
			['TYPE', 'SPX-1000 (4X2) M/T'],
			['JENIS', 'MB. PENUMPANG'],
			['MODEL', 'MINIBUS'],
			['TAHUN PEMBUATAN', '2020'],
			['ISI SILINDER', '1.500 CC'],
			['WARNA', 'ABU-ABU'],
			['NOMOR RANGKA/NIK/VIN', 'ZZZSPECIMEN000001'],
			['NOMOR MESIN', 'SPX000001'],
			['BAHAN BAKAR', 'BENSIN'],
			['WARNA TNKB', 'PUTIH'],
			['JUMLAH SUMBU', '2 (DUA)'],
			['JUMLAH RODA', '4 (EMPAT)'],
		],
	},
	{
		title: 'DOKUMEN REGISTRASI PERTAMA',
		rows: [
			['NAMA APM', 'PT CONTOH MOTOR INDONESIA'],
			['NOMOR FAKTUR', '0000-0000000001-20'],
			['TANGGAL FAKTUR', '02-01-2020'],
			['NOMOR FORM A/B/C', 'A-000001'],
		],
	},
	{
		title: 'HALAMAN TERAKHIR',
		rows: [
			['NO. REGISTER', 'R/000001/I/2024/SPESIMEN'],
			['DITERBITKAN OLEH', 'SATLANTAS POLRES KOTA CONTOH'],
		],
	},
];

const RECEIPT_WIDTH = 33;

/** Text on the left, amount flush right, like a till roll. */
function receiptLine(left: string, right: string): string {
	return left + right.padStart(RECEIPT_WIDTH - left.length);
}

/** A shop receipt: a perfectly good image that is not a BPKB. */
export const RECEIPT_LINES: readonly string[] = [
	'TOKO SERBA ADA CONTOH',
	'JL. PASAR BARU NO. 1',
	'',
	receiptLine('KOPI SUSU     2 X  5.000', '10.000'),
	receiptLine('ROTI TAWAR    1 X 12.500', '12.500'),
	receiptLine('AIR MINERAL   1 X  3.000', '3.000'),
	'-'.repeat(RECEIPT_WIDTH),
	receiptLine('TOTAL', '25.500'),
	receiptLine('TUNAI', '30.000'),
	receiptLine('KEMBALI', '4.500'),
	'',
	'TERIMA KASIH',
];
