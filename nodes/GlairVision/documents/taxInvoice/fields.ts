import type { SectionSpec } from '../spec';

/**
 * The Faktur Pajak (tax invoice: the VAT invoice a taxable seller, a PKP, issues through e-Faktur) as
 * the vendor's docs page names its fields (../shared/GLAIR-API.md lists `tax-invoice` among the
 * pages with no path seen; beta at GLAIR). The docs name one goods line only (`_1`): further lines,
 * if GLAIR reads them, stay in Nested and Raw output. Read flat, values as printed.
 */
export const TAX_INVOICE_SECTIONS: readonly SectionSpec[] = [
	{
		key: 'tax_invoice',
		label: 'Tax Invoice (Faktur Pajak)',
		fields: [
			{ key: 'nomor_faktur', label: 'Tax Invoice Number (Nomor Seri Faktur Pajak)' },
			{ key: 'tanggal_faktur', label: 'Date (Tanggal Faktur)' },
			{ key: 'nomor_invoice', label: 'Invoice Number (Nomor Invoice)' },
			{ key: 'nama_pengusaha', label: 'Seller (Pengusaha Kena Pajak)' },
			{ key: 'alamat_pengusaha', label: "Seller's Address (Alamat PKP)" },
			{ key: 'npwp_pengusaha', label: "Seller's NPWP (NPWP PKP)" },
			{ key: 'nama_pembeli', label: 'Buyer (Pembeli)' },
			{ key: 'alamat_pembeli', label: "Buyer's Address (Alamat Pembeli)" },
			{ key: 'npwp_pembeli', label: "Buyer's NPWP (NPWP Pembeli)" },
			// eslint-disable-next-line @n8n/community-nodes/no-hardcoded-secrets -- GLAIR's field name under `key`, not a secret
			{ key: 'nama_barang_jasa_1', label: 'Goods or Service (Nama Barang Kena Pajak / Jasa Kena Pajak)' },
			{ key: 'harga_jual_1', label: 'Its Price (Harga Jual)' },
			{ key: 'harga_jual_penggantian', label: 'Sale Price (Harga Jual / Penggantian)' },
			{ key: 'potongan_harga', label: 'Discount (Potongan Harga)' },
			{ key: 'uang_muka', label: 'Down Payment Received (Uang Muka)' },
			{ key: 'dasar_pengenaan_pajak', label: 'Tax Base (Dasar Pengenaan Pajak)' },
			{ key: 'total_ppn', label: 'VAT (PPN)' },
			{ key: 'total_ppnbm', label: 'Luxury Goods Tax (PPnBM)' },
		],
	},
];
