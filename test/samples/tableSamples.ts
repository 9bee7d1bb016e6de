/**
 * The samples of the documents with tables (samples/kk-*.png, bank-statement*.pdf (two pages),
 * invoice-sample.png, receipt-sample.png) and the sandbox's INVENTED answers for them: the record
 * shows no KK, statement, invoice or receipt answer, only their fields. The values are the ones
 * printed, the polygons where they are printed, the confidences made up (answers.ts). The invoice's
 * and the receipt's amounts are JSON numbers with the printed text in value_original, as the
 * newest Go SDK types them; the statement's are text in its own notation, as the docs say.
 */
import { invoice } from '../../nodes/GlairVision/documents/invoice';
import { kk } from '../../nodes/GlairVision/documents/kk';
import { receipt } from '../../nodes/GlairVision/documents/receipt';
import { formatRupiah } from '../../nodes/GlairVision/indonesia/rupiah';
import { BUDI_HOUSEHOLD, RINA_HOUSEHOLD, type Household } from './household';
import {
	INVOICE_FIELDS,
	INVOICE_ITEMS,
	INVOICE_PAYMENT_BANKS,
	RECEIPT_FIELDS,
	RECEIPT_ITEMS,
	invoiceSums,
	lineTotal,
	receiptSums,
	statement,
	type LineItem,
} from './money';
import { encodeGrayPng } from './png';
import { statementAnswer, writeStatementPdf } from './statement';
import { column, fieldRows, printed, rupiah, tableDocumentAnswer, type Row } from './tableAnswer';
import { drawTablePage, type TableColumn } from './tablePage';

export const TABLE_SAMPLE_NAMES = ['kk-sample.png', 'kk-other-family.png', 'bank-statement.pdf', 'bank-statement-edited.pdf', 'invoice-sample.png', 'receipt-sample.png'] as const;
export type TableSampleName = (typeof TABLE_SAMPLE_NAMES)[number];

/** Each sample's answer fixture in test/sandbox/fixtures/. */
export const TABLE_FIXTURES = {
	'kk-sample.png': 'kk-sample-response.json',
	'kk-other-family.png': 'kk-other-family-response.json',
	'bank-statement.pdf': 'bank-statement-response.json',
	'bank-statement-edited.pdf': 'bank-statement-edited-response.json',
	'invoice-sample.png': 'invoice-sample-response.json',
	'receipt-sample.png': 'receipt-sample-response.json',
} as const satisfies Record<TableSampleName, string>;

// ---- The KK ------------------------------------------------------------------------------

const KK_LABELS: Record<string, string> = {
	nomor_kk: 'NO. KK',
	nama_kepala_keluarga: 'NAMA KEPALA KELUARGA',
	alamat: 'ALAMAT',
	rt_rw: 'RT/RW',
	desa_kelurahan: 'DESA/KELURAHAN',
	kecamatan: 'KECAMATAN',
	kabupaten_kota: 'KABUPATEN/KOTA',
	kode_pos: 'KODE POS',
	provinsi: 'PROVINSI',
	tanggal_dikeluarkan: 'DIKELUARKAN TANGGAL',
	nomor_blanko: 'NO. BLANKO',
};

/** The members in two ruled tables, as the card prints them; the number starts each. */
const KK_BLOCKS: ReadonlyArray<readonly TableColumn[]> = [
	[column('no', 'NO'), column('nama_lengkap', 'NAMA LENGKAP'), column('nik', 'NIK'), column('jenis_kelamin', 'JENIS KELAMIN'), column('tempat_lahir', 'TEMPAT LAHIR'), column('tanggal_lahir', 'TANGGAL LAHIR'), column('agama', 'AGAMA'), column('pendidikan', 'PENDIDIKAN'), column('golongan_darah', 'GOL. DARAH')],
	[column('no', 'NO'), column('tanggal_perkawinan', 'TGL. PERKAWINAN'), column('status_hubungan_dalam_keluarga', 'STATUS HUBUNGAN'), column('kewarganegaraan', 'KEWARGANEGARAAN'), column('no_paspor', 'NO. PASPOR'), column('no_kitas_kitap', 'NO. KITAS/KITAP'), column('nama_ayah', 'NAMA AYAH'), column('nama_ibu', 'NAMA IBU')],
];

const KK_HEADER = ['nomor_kk', 'nama_kepala_keluarga', 'alamat', 'rt_rw', 'desa_kelurahan', 'kecamatan', 'kabupaten_kota', 'kode_pos', 'provinsi'];
const KK_FOOTER = ['tanggal_dikeluarkan', 'nomor_blanko'];

function kkDocument(household: Household) {
	const fields = fieldRows(kk, household.fields, KK_LABELS);
	const members = household.members as unknown as readonly Row[];
	const drawn = drawTablePage({
		title: ['KARTU KELUARGA', 'SPESIMEN - BUKAN DOKUMEN ASLI'],
		parts: [{ rows: printed(fields, KK_HEADER) }, { table: members, blocks: KK_BLOCKS }, { rows: printed(fields, KK_FOOTER) }],
	});
	const answer = () => tableDocumentAnswer(drawn, fields, [{ key: 'table', columns: kk.tables![0].fields.map((field) => field.key), rows: members }]);
	return { drawn, answer };
}

// ---- The invoice and the receipt ---------------------------------------------------------

function itemRow(item: LineItem): Row {
	return {
		item_product_code: item.item_product_code,
		item_name: item.item_name,
		item_quantity: String(item.item_quantity),
		item_quantity_unit: item.item_quantity_unit,
		item_each_price: [String(item.item_each_price), formatRupiah(item.item_each_price)],
		item_total_price: [String(lineTotal(item)), formatRupiah(lineTotal(item))],
	};
}

const ITEM_BLOCK: readonly TableColumn[] = [
	column('item_product_code', 'KODE'),
	column('item_name', 'NAMA BARANG'),
	column('item_quantity', 'JML'),
	column('item_quantity_unit', 'SATUAN'),
	column('item_each_price', 'HARGA SATUAN'),
	column('item_total_price', 'TOTAL'),
];

const INVOICE_LABELS: Record<string, string> = {
	invoice_number: 'NO. INVOICE',
	invoice_date: 'TANGGAL',
	purchase_order_number: 'NO. PO',
	vendor_name: 'DARI',
	vendor_address: 'ALAMAT',
	vendor_tax_id: 'NPWP',
	customer_name: 'KEPADA',
	customer_address: 'ALAMAT',
	customer_tax_id: 'NPWP',
	sender_name: 'DIBUAT OLEH',
	currency: 'MATA UANG',
	invoice_sub_total: 'SUBTOTAL',
	invoice_discount: 'DISKON',
	vat_tax: 'PPN',
	invoice_total_tax: 'TOTAL PAJAK',
	invoice_total: 'TOTAL',
};

/** The invoice's amounts GLAIR sends as numbers; the line items' prices too. */
const INVOICE_NUMBERS = new Set(['invoice_sub_total', 'invoice_discount', 'vat_tax', 'invoice_total_tax', 'invoice_total', 'item_each_price', 'item_total_price']);

function invoiceDocument() {
	const sums = invoiceSums();
	const values: Row = {
		...INVOICE_FIELDS,
		invoice_sub_total: rupiah(sums.subTotal),
		invoice_discount: rupiah(sums.discount),
		vat_tax: rupiah(sums.vat),
		invoice_total_tax: rupiah(sums.vat),
		invoice_total: rupiah(sums.total),
	};
	const fields = fieldRows(invoice, values, INVOICE_LABELS);
	const items = INVOICE_ITEMS.map(itemRow);
	const banks = INVOICE_PAYMENT_BANKS as unknown as readonly Row[];
	const drawn = drawTablePage({
		title: ['INVOICE'],
		parts: [
			{ rows: printed(fields, ['invoice_number', 'invoice_date', 'purchase_order_number', 'vendor_name', 'vendor_address', 'vendor_tax_id', 'customer_name', 'customer_address', 'customer_tax_id', 'currency']) },
			{ table: items, blocks: [ITEM_BLOCK] },
			{ rows: printed(fields, ['invoice_sub_total', 'invoice_discount', 'vat_tax', 'invoice_total_tax', 'invoice_total']) },
			{ table: banks, blocks: [[column('payment_bank_name', 'PEMBAYARAN KE BANK'), column('payment_account_number', 'NO. REKENING'), column('payment_account_name', 'ATAS NAMA')]] },
			{ rows: printed(fields, ['sender_name']) },
		],
	});
	const answer = () =>
		tableDocumentAnswer(
			drawn,
			fields,
			[
				{ key: 'items', columns: invoice.tables![0].fields.map((field) => field.key), rows: items },
				{ key: 'payment_banks', columns: invoice.tables![1].fields.map((field) => field.key), rows: banks },
			],
			INVOICE_NUMBERS,
		);
	return { drawn, answer };
}

const RECEIPT_LABELS: Record<string, string> = {
	merchant_name: 'TOKO',
	merchant_place: 'CABANG',
	merchant_address: 'ALAMAT',
	merchant_phone_number: 'TELP',
	receipt_number: 'NO. STRUK',
	receipt_date: 'TANGGAL',
	receipt_time: 'JAM',
	sub_total_amount: 'SUBTOTAL',
	tax_amount: 'PPN',
	total_amount: 'TOTAL',
	payment_method: 'BAYAR',
	payment_product: 'KARTU',
	cc_last_4_digit: 'NO. KARTU',
};

/** The receipt's amounts GLAIR sends as numbers: the sums, and each item's quantity and prices. */
const RECEIPT_NUMBERS = new Set(['sub_total_amount', 'tax_amount', 'total_amount', 'item_quantity', 'item_each_price', 'item_total_price']);

function receiptDocument() {
	const sums = receiptSums();
	const values: Row = { ...RECEIPT_FIELDS, sub_total_amount: rupiah(sums.subTotal), tax_amount: rupiah(sums.tax), total_amount: rupiah(sums.total) };
	const fields = fieldRows(receipt, values, RECEIPT_LABELS);
	const items = RECEIPT_ITEMS.map(itemRow);
	const drawn = drawTablePage({
		title: ['STRUK BELANJA'],
		parts: [
			{ rows: printed(fields, ['merchant_name', 'merchant_place', 'merchant_address', 'merchant_phone_number', 'receipt_number', 'receipt_date', 'receipt_time']) },
			{ table: items, blocks: [ITEM_BLOCK] },
			{ rows: printed(fields, ['sub_total_amount', 'tax_amount', 'total_amount', 'payment_method', 'payment_product', 'cc_last_4_digit']) },
		],
	});
	const answer = () => tableDocumentAnswer(drawn, fields, [{ key: 'items', columns: receipt.tables![0].fields.map((field) => field.key), rows: items }], RECEIPT_NUMBERS);
	return { drawn, answer };
}

/** The bytes of every sample with a table, keyed by its name under samples/. Pure: writes nothing. */
export function makeTableSamples(): Record<TableSampleName, Buffer> {
	return {
		'kk-sample.png': encodeGrayPng(kkDocument(BUDI_HOUSEHOLD).drawn.canvas),
		'kk-other-family.png': encodeGrayPng(kkDocument(RINA_HOUSEHOLD).drawn.canvas),
		'bank-statement.pdf': writeStatementPdf(statement()),
		'bank-statement-edited.pdf': writeStatementPdf(statement(true)),
		'invoice-sample.png': encodeGrayPng(invoiceDocument().drawn.canvas),
		'receipt-sample.png': encodeGrayPng(receiptDocument().drawn.canvas),
	};
}

/** The sandbox's invented answers for them, by fixture file name. */
export function makeTableAnswers(): Record<string, object> {
	return {
		[TABLE_FIXTURES['bank-statement.pdf']]: statementAnswer(statement()),
		[TABLE_FIXTURES['bank-statement-edited.pdf']]: statementAnswer(statement(true)),
		[TABLE_FIXTURES['kk-sample.png']]: kkDocument(BUDI_HOUSEHOLD).answer(),
		[TABLE_FIXTURES['kk-other-family.png']]: kkDocument(RINA_HOUSEHOLD).answer(),
		[TABLE_FIXTURES['invoice-sample.png']]: invoiceDocument().answer(),
		[TABLE_FIXTURES['receipt-sample.png']]: receiptDocument().answer(),
	};
}
