import type { SectionSpec, TableSpec } from '../spec';

/**
 * The receipt's fields in the order a till prints them (the vendor's Go SDK and docs page: the
 * record's section lists the receipt among the documents to read there).
 */
export const RECEIPT_SECTIONS: readonly SectionSpec[] = [
	{
		key: 'receipt',
		label: 'Receipt (Struk / Bukti Pembayaran)',
		fields: [
			{ key: 'merchant_name', label: 'Merchant (Nama Toko)' },
			{ key: 'merchant_place', label: 'Place (Tempat)' },
			{ key: 'merchant_address', label: 'Merchant Address (Alamat Toko)' },
			{ key: 'merchant_phone_number', label: 'Merchant Phone (Telepon Toko)' },
			{ key: 'receipt_number', label: 'Receipt Number (Nomor Struk)' },
			{ key: 'receipt_order', label: 'Order (Pesanan)' },
			{ key: 'receipt_date', label: 'Date (Tanggal)' },
			{ key: 'receipt_time', label: 'Time (Jam)' },
			{ key: 'currency', label: 'Currency (Mata Uang)' },
			{ key: 'sub_total_amount', label: 'Subtotal (Subtotal)' },
			{ key: 'discount_amount', label: 'Discount (Diskon)' },
			{ key: 'service_charge_amount', label: 'Service Charge (Biaya Layanan)' },
			{ key: 'tax_amount', label: 'Tax (Pajak)' },
			{ key: 'tip_amount', label: 'Tip (Tip)' },
			{ key: 'total_amount', label: 'Total (Total)' },
			{ key: 'payment_method', label: 'Payment Method (Metode Pembayaran)' },
			{ key: 'payment_product', label: 'Payment Product (Produk Pembayaran)' },
			{ key: 'cc_last_4_digit', label: 'Card Last 4 Digits (4 Digit Terakhir Kartu)' },
		],
	},
];

/** One row per item bought. */
export const RECEIPT_ITEMS: TableSpec = {
	key: 'items',
	list: 'items',
	label: 'Items (Barang)',
	rowLabel: 'Item',
	fields: [
		{ key: 'item_product_code', label: 'Product Code (Kode Barang)' },
		{ key: 'item_name', label: 'Item (Nama Barang)' },
		{ key: 'item_quantity', label: 'Quantity (Jumlah)' },
		{ key: 'item_quantity_unit', label: 'Unit (Satuan)' },
		{ key: 'item_each_price', label: 'Unit Price (Harga Satuan)' },
		{ key: 'item_total_price', label: 'Line Total (Total Harga)' },
	],
};
