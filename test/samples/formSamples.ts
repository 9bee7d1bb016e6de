/**
 * The samples of the forms read on the table machinery (samples/tax-invoice-sample.png,
 * samples/skpr-sample.png) and the sandbox's INVENTED answers for them: the record shows neither
 * answer, only the fields (the tax invoice's on the vendor's docs page, typed as text; the SKPR's in
 * the Go SDK, its bank account and policy details as objects). EVERYTHING HERE IS INVENTED.
 *
 * The tax invoice is the workshop's Faktur Pajak for the invoice sample (its sums: 3.785.000 less
 * 185.000 is the tax base 3.600.000, 11 % of it the VAT 396.000), amounts as e-Faktur prints them;
 * the SKPR is Dewi's standing order for the insurance premium her statement shows debited (425.000).
 */
import { skpr } from '../../nodes/GlairVision/documents/skpr';
import { taxInvoice } from '../../nodes/GlairVision/documents/taxInvoice';
import { BUDI_HOUSEHOLD } from './household';
import { INVOICE_FIELDS, INVOICE_ITEMS, invoiceSums, lineTotal, statement, statementAmount } from './money';
import { encodeGrayPng } from './png';
import { column, fieldRows, printed, rupiah, tableDocumentAnswer, type Row } from './tableAnswer';
import { drawTablePage } from './tablePage';
import { OWNER } from './vehicleFile';

export const FORM_SAMPLE_NAMES = ['tax-invoice-sample.png', 'skpr-sample.png'] as const;
export type FormSampleName = (typeof FORM_SAMPLE_NAMES)[number];

/** Each sample's answer fixture in test/sandbox/fixtures/. */
export const FORM_FIXTURES = {
	'tax-invoice-sample.png': 'tax-invoice-sample-response.json',
	'skpr-sample.png': 'skpr-sample-response.json',
} as const satisfies Record<FormSampleName, string>;

// ---- The tax invoice ---------------------------------------------------------------------

/** e-Faktur prints every amount with its cents: 3.600.000,00; a nil amount as 0,00. */
const fakturAmount = (amount: number): string => (amount === 0 ? '0,00' : statementAmount(amount));

const TAX_INVOICE_LABELS: Record<string, string> = {
	nomor_faktur: 'KODE DAN NOMOR SERI FAKTUR PAJAK',
	nama_pengusaha: 'PENGUSAHA KENA PAJAK',
	alamat_pengusaha: 'ALAMAT',
	npwp_pengusaha: 'NPWP',
	nama_pembeli: 'PEMBELI',
	alamat_pembeli: 'ALAMAT',
	npwp_pembeli: 'NPWP',
	nama_barang_jasa_1: '1. NAMA BARANG / JASA',
	harga_jual_1: 'HARGA JUAL',
	harga_jual_penggantian: 'HARGA JUAL / PENGGANTIAN',
	potongan_harga: 'DIKURANGI POTONGAN HARGA',
	uang_muka: 'DIKURANGI UANG MUKA',
	dasar_pengenaan_pajak: 'DASAR PENGENAAN PAJAK',
	total_ppn: 'PPN = 11% X DPP',
	total_ppnbm: 'PPnBM',
	tanggal_faktur: 'KOTA CONTOH,',
	nomor_invoice: 'REFERENSI',
};

function taxInvoiceDocument() {
	const sums = invoiceSums();
	const [first] = INVOICE_ITEMS;
	const values: Row = {
		// Tax office 999 does not exist: the seller's series is nobody's.
		nomor_faktur: '010.999-26.00000042',
		nama_pengusaha: INVOICE_FIELDS.vendor_name,
		alamat_pengusaha: INVOICE_FIELDS.vendor_address,
		npwp_pengusaha: INVOICE_FIELDS.vendor_tax_id,
		nama_pembeli: OWNER.name,
		alamat_pembeli: OWNER.fullAddress,
		// A person buys with her NIK as her NPWP (since 2024).
		npwp_pembeli: OWNER.nik,
		nama_barang_jasa_1: first.item_name,
		harga_jual_1: fakturAmount(lineTotal(first)),
		harga_jual_penggantian: fakturAmount(sums.subTotal),
		potongan_harga: fakturAmount(sums.discount),
		uang_muka: fakturAmount(0),
		dasar_pengenaan_pajak: fakturAmount(sums.subTotal - sums.discount),
		total_ppn: fakturAmount(sums.vat),
		total_ppnbm: fakturAmount(0),
		tanggal_faktur: '20 Maret 2026',
		nomor_invoice: INVOICE_FIELDS.invoice_number,
	};
	const fields = fieldRows(taxInvoice, values, TAX_INVOICE_LABELS);
	const drawn = drawTablePage({
		title: ['FAKTUR PAJAK', 'SPESIMEN - BUKAN DOKUMEN ASLI'],
		parts: [
			{ rows: printed(fields, ['nomor_faktur', 'nama_pengusaha', 'alamat_pengusaha', 'npwp_pengusaha', 'nama_pembeli', 'alamat_pembeli', 'npwp_pembeli', 'nama_barang_jasa_1', 'harga_jual_1']) },
			{ rows: printed(fields, ['harga_jual_penggantian', 'potongan_harga', 'uang_muka', 'dasar_pengenaan_pajak', 'total_ppn', 'total_ppnbm', 'tanggal_faktur', 'nomor_invoice']) },
		],
	});
	return { drawn, answer: () => tableDocumentAnswer(drawn, fields, []) };
}

// ---- The SKPR ----------------------------------------------------------------------------

const SKPR_LABELS: Record<string, string> = {
	debit_account_request_type: 'JENIS PERMOHONAN',
	complete_name: 'NAMA LENGKAP',
	id_card_number: 'NO. KTP',
	validity_period: 'MASA BERLAKU',
	act_for: 'BERTINDAK UNTUK',
	address: 'ALAMAT',
	rt_rw: 'RT/RW',
	district: 'KECAMATAN',
	city: 'KOTA',
	zip_code: 'KODE POS',
	province: 'PROVINSI',
	attorney_in_fact_name: 'PENERIMA KUASA',
	attorney_in_fact_company_code: 'KODE PERUSAHAAN',
	mobile_phone_number_1: 'NO. HP',
	email_address: 'EMAIL',
	bank_name: 'BANK',
	account_number: 'NO. REKENING',
	account_currency: 'MATA UANG REKENING',
	policy_currency: 'MATA UANG POLIS',
	policy_amount: 'JUMLAH PREMI',
	signing_location: 'TEMPAT',
	signing_date: 'TANGGAL',
};

/** The premium the statement shows debited on 17-03-2026. */
const PREMIUM = 425_000;

function skprDocument() {
	const account = statement().fields;
	const [, wife, daughter] = BUDI_HOUSEHOLD.members;
	const values: Row = {
		debit_account_request_type: 'BARU',
		complete_name: OWNER.name,
		id_card_number: OWNER.nik,
		validity_period: 'SAMPAI DIBATALKAN',
		act_for: 'DIRI SENDIRI',
		address: OWNER.address,
		rt_rw: '001/002',
		district: 'SAMPEL',
		city: 'KOTA CONTOH',
		zip_code: '40999',
		province: 'JAWA BARAT',
		attorney_in_fact_name: 'PT ASURANSI SPESIMEN FIKTIF',
		attorney_in_fact_company_code: 'ASF-999',
		mobile_phone_number_1: '0800-0000-0000',
		email_address: 'DEWI@CONTOH.INVALID',
		bank_name: account.bank_name,
		account_number: account.account_number,
		account_currency: 'IDR',
		policy_currency: 'IDR',
		policy_amount: rupiah(PREMIUM),
		signing_location: 'KOTA CONTOH',
		signing_date: '01-03-2026',
	};
	const fields = fieldRows(skpr, values, SKPR_LABELS);
	const policies: Row[] = [
		{ policy_number: 'POL-SPX-2026-0001', policyholder_name: wife.nama_lengkap, relationship_with_policyholder: 'DIRI SENDIRI' },
		{ policy_number: 'POL-SPX-2026-0002', policyholder_name: daughter.nama_lengkap, relationship_with_policyholder: 'ANAK' },
	];
	const accounts: Row[] = [{ bank_account_number: String(account.account_number), bank_account_owner_name: OWNER.name }];
	const drawn = drawTablePage({
		title: ['SURAT KUASA PENDEBETAN REKENING', 'SPESIMEN - BUKAN DOKUMEN ASLI'],
		parts: [
			{ rows: printed(fields, ['debit_account_request_type', 'complete_name', 'id_card_number', 'act_for', 'address', 'rt_rw', 'district', 'city', 'zip_code', 'province', 'mobile_phone_number_1', 'email_address']) },
			{ rows: printed(fields, ['attorney_in_fact_name', 'attorney_in_fact_company_code', 'bank_name', 'account_number', 'account_currency']) },
			{ table: accounts, blocks: [[column('bank_account_number', 'NO. REKENING'), column('bank_account_owner_name', 'NAMA PEMILIK REKENING')]] },
			{ table: policies, blocks: [[column('policy_number', 'NO. POLIS'), column('policyholder_name', 'PEMEGANG POLIS'), column('relationship_with_policyholder', 'HUBUNGAN')]] },
			{ rows: printed(fields, ['policy_currency', 'policy_amount', 'validity_period', 'signing_location', 'signing_date']) },
		],
	});
	const columnsOf = (list: string) => skpr.tables!.find((table) => table.list === list)!.fields.map((field) => field.key);
	const answer = () =>
		tableDocumentAnswer(drawn, fields, [
			{ key: 'bank_account_details', columns: columnsOf('bank_accounts'), rows: accounts },
			{ key: 'policy_details', columns: columnsOf('policies'), rows: policies },
		]);
	return { drawn, answer };
}

/** The bytes of each form sample, keyed by its name under samples/. Pure: writes nothing. */
export function makeFormSamples(): Record<FormSampleName, Buffer> {
	return {
		'tax-invoice-sample.png': encodeGrayPng(taxInvoiceDocument().drawn.canvas),
		'skpr-sample.png': encodeGrayPng(skprDocument().drawn.canvas),
	};
}

/** The sandbox's invented answers for them, by fixture file name. */
export function makeFormAnswers(): Record<string, object> {
	return {
		[FORM_FIXTURES['tax-invoice-sample.png']]: taxInvoiceDocument().answer(),
		[FORM_FIXTURES['skpr-sample.png']]: skprDocument().answer(),
	};
}
