import type { SectionSpec, TableSpec } from '../spec';

/**
 * The statement's fields (../shared/GLAIR-API.md, "The rest of the catalogue"): the account, the
 * period and the totals. Amounts are text in the statement's own notation; the newest SDK types
 * them as numbers. `total_transaction` is typed but never described on record: shown as it comes.
 */
export const BANK_STATEMENT_SECTIONS: readonly SectionSpec[] = [
	{
		key: 'bank_statement',
		label: 'Bank Statement (Rekening Koran)',
		fields: [
			{ key: 'bank_name', label: 'Bank (Nama Bank)' },
			{ key: 'product_name', label: 'Product (Produk)' },
			{ key: 'account_number', label: 'Account Number (Nomor Rekening)' },
			{ key: 'account_name', label: 'Account Holder (Nama Pemilik Rekening)' },
			{ key: 'currency', label: 'Currency (Mata Uang)' },
			{ key: 'start_period', label: 'Period Start (Periode Awal)' },
			{ key: 'end_period', label: 'Period End (Periode Akhir)' },
			{ key: 'beginning_balance', label: 'Opening Balance (Saldo Awal)' },
			{ key: 'total_credit_transaction', label: 'Total Credits (Total Mutasi Kredit)' },
			{ key: 'total_debit_transaction', label: 'Total Debits (Total Mutasi Debet)' },
			{ key: 'total_transaction', label: 'Total Transaction (Total Transaksi)' },
		],
	},
];

/** One row per transaction, across every page of the statement. */
export const BANK_STATEMENT_TRANSACTIONS: TableSpec = {
	key: 'transactions',
	list: 'transactions',
	label: 'Transactions (Mutasi)',
	rowLabel: 'Transaction',
	fields: [
		{ key: 'posting_date', label: 'Posting Date (Tanggal Transaksi)' },
		{ key: 'posting_time', label: 'Posting Time (Jam Transaksi)' },
		{ key: 'effective_date', label: 'Value Date (Tanggal Efektif)' },
		{ key: 'effective_time', label: 'Value Time (Jam Efektif)' },
		{ key: 'description', label: 'Description (Keterangan)' },
		// The older SDKs' tag for this field is misspelt.
		{ key: 'debit_transaction', label: 'Debit (Debet)', aliases: ['debig_transaction'] },
		{ key: 'credit_transaction', label: 'Credit (Kredit)' },
		{ key: 'signed_amount', label: 'Signed Amount (Mutasi)' },
	],
};
