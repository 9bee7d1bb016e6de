import type { SectionSpec, TableSpec } from '../spec';

/**
 * The invoice's fields (../shared/GLAIR-API.md, "The rest of the catalogue"), in the order an
 * invoice prints them: who, what, then the sums. Older SDKs spell the subtotal `sub_total_amount`
 * and the order number `purchase_order`. Fields only the older answers had (due date, shipping and
 * remittance addresses, payment term) are kept in Nested and Raw output, not as columns.
 */
export const INVOICE_SECTIONS: readonly SectionSpec[] = [
	{
		key: 'invoice',
		label: 'Invoice (Faktur / Tagihan)',
		fields: [
			{ key: 'invoice_number', label: 'Invoice Number (Nomor Faktur)' },
			{ key: 'invoice_date', label: 'Invoice Date (Tanggal Faktur)' },
			{ key: 'purchase_order_number', label: 'Purchase Order Number (Nomor PO)', aliases: ['purchase_order'] },
			{ key: 'vendor_name', label: 'Vendor (Penjual)' },
			{ key: 'vendor_address', label: 'Vendor Address (Alamat Penjual)' },
			{ key: 'vendor_tax_id', label: 'Vendor Tax ID (NPWP Penjual)' },
			{ key: 'customer_name', label: 'Customer (Pembeli)' },
			{ key: 'customer_address', label: 'Customer Address (Alamat Pembeli)' },
			{ key: 'customer_tax_id', label: 'Customer Tax ID (NPWP Pembeli)' },
			{ key: 'sender_name', label: 'Sender (Pengirim)' },
			{ key: 'currency', label: 'Currency (Mata Uang)' },
			{ key: 'invoice_sub_total', label: 'Subtotal (Subtotal)', aliases: ['sub_total_amount'] },
			{ key: 'invoice_discount', label: 'Discount (Diskon)' },
			{ key: 'voucher', label: 'Voucher (Voucher)' },
			{ key: 'vat_tax', label: 'VAT (PPN)' },
			{ key: 'income_tax', label: 'Income Tax (PPh)' },
			{ key: 'invoice_total_tax', label: 'Total Tax (Total Pajak)' },
			{ key: 'invoice_total', label: 'Total (Total Tagihan)' },
			{ key: 'down_payment', label: 'Down Payment (Uang Muka)' },
		],
	},
];

/**
 * The line items (GLAIR's `items`; older SDKs: item_price, item_unit_price, item_unit) and the
 * bank accounts the invoice asks to be paid into.
 */
export const INVOICE_LINE_ITEMS: TableSpec = {
	key: 'items',
	list: 'line_items',
	label: 'Line Items (Rincian Barang)',
	rowLabel: 'Line Item',
	fields: [
		{ key: 'item_product_code', label: 'Product Code (Kode Barang)' },
		{ key: 'item_name', label: 'Item (Nama Barang)' },
		{ key: 'item_quantity', label: 'Quantity (Jumlah)' },
		{ key: 'item_quantity_unit', label: 'Unit (Satuan)', aliases: ['item_unit'] },
		{ key: 'item_each_price', label: 'Unit Price (Harga Satuan)', aliases: ['item_unit_price'] },
		{ key: 'item_total_price', label: 'Line Total (Total Harga)', aliases: ['item_price'] },
	],
};

export const INVOICE_PAYMENT_BANKS: TableSpec = {
	key: 'payment_banks',
	list: 'payment_banks',
	label: 'Payment Accounts (Rekening Pembayaran)',
	rowLabel: 'Payment Account',
	fields: [
		{ key: 'payment_bank_name', label: 'Bank (Nama Bank)' },
		{ key: 'payment_account_number', label: 'Account Number (Nomor Rekening)' },
		{ key: 'payment_account_name', label: 'Account Holder (Atas Nama)' },
	],
};
