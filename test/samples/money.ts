/**
 * The samples' money documents: DEWI SPESIMEN FIKTIF's bank statement for March 2026 (two pages),
 * the workshop's invoice for her car's service and a shop's receipt, each paid from that account
 * (the statement lists both payments). EVERYTHING HERE IS INVENTED: the bank, the shops, the
 * accounts and the tax numbers (tax office 999 does not exist) belong to nobody.
 *
 * The sums are worked out from the rows, so the documents add up by construction; the edited
 * statement changes one printed credit and nothing else, as a forger does.
 */
import { formatRupiah } from '../../nodes/GlairVision/indonesia/rupiah';
import type { Printed } from './household';
import { OTHER_OWNER, OTHER_PERSON, OWNER } from './vehicleFile';

export interface Transaction {
	posting_date: string;
	posting_time: string;
	description: string;
	/** Rupiah; 0 where the statement leaves the column empty. */
	debit: number;
	credit: number;
}

/** Amounts as the statement prints them: 1.234.567,89 with the cents always shown. */
export const statementAmount = (amount: number): string => (amount === 0 ? '' : `${formatRupiah(amount)}${Number.isInteger(amount) ? ',00' : ''}`);

/** The statement's transactions, in the order printed; the first `FIRST_PAGE_ROWS` on page 1. */
export const TRANSACTIONS: readonly Transaction[] = [
	{ posting_date: '02/03/2026', posting_time: '08:15', description: 'SETORAN TUNAI', debit: 0, credit: 1_000_000 },
	{ posting_date: '03/03/2026', posting_time: '10:02', description: 'TARIK TUNAI ATM KOTA CONTOH', debit: 500_000, credit: 0 },
	{ posting_date: '05/03/2026', posting_time: '13:45', description: `TRSF E-BANKING KE ${OTHER_PERSON.name}`, debit: 750_000, credit: 0 },
	{ posting_date: '07/03/2026', posting_time: '09:30', description: 'BAYAR LISTRIK PLN', debit: 412_500, credit: 0 },
	{ posting_date: '10/03/2026', posting_time: '07:00', description: 'BAYAR CICILAN KENDARAAN', debit: 3_250_000, credit: 0 },
	{ posting_date: '12/03/2026', posting_time: '16:20', description: `TRSF DARI ${OTHER_OWNER.name}`, debit: 0, credit: 2_000_000 },
	{ posting_date: '14/03/2026', posting_time: '11:11', description: 'BELANJA DEBIT TOKO CONTOH FIKTIF', debit: 61_605, credit: 0 },
	{ posting_date: '17/03/2026', posting_time: '08:45', description: 'BAYAR ASURANSI SPESIMEN', debit: 425_000, credit: 0 },
	{ posting_date: '20/03/2026', posting_time: '14:00', description: 'TRSF KE PT BENGKEL CONTOH FIKTIF', debit: 3_996_000, credit: 0 },
	{ posting_date: '23/03/2026', posting_time: '10:30', description: 'TARIK TUNAI ATM KOTA CONTOH', debit: 1_000_000, credit: 0 },
	{ posting_date: '25/03/2026', posting_time: '06:00', description: 'GAJI PT SPESIMEN DATA FIKTIF', debit: 0, credit: 12_500_000 },
	{ posting_date: '27/03/2026', posting_time: '19:15', description: 'BAYAR INTERNET', debit: 350_000, credit: 0 },
	{ posting_date: '31/03/2026', posting_time: '23:59', description: 'BUNGA', debit: 0, credit: 4_125 },
	{ posting_date: '31/03/2026', posting_time: '23:59', description: 'PAJAK BUNGA', debit: 825, credit: 0 },
];

export const FIRST_PAGE_ROWS = 7;

/** The salary as the edited statement prints it: 12.500.000 made 21.500.000, the totals left alone. */
export const EDITED_SALARY = { index: 10, credit: 21_500_000 } as const;

export interface Statement {
	fields: Readonly<Record<string, Printed>>;
	transactions: readonly Transaction[];
}

function sum(transactions: readonly Transaction[], column: 'debit' | 'credit'): number {
	return transactions.reduce((total, transaction) => total + transaction[column], 0);
}

export const BEGINNING_BALANCE = 8_250_000;

/** The statement; `edited` prints the inflated salary with the totals of the real one. */
export function statement(edited = false): Statement {
	const transactions = TRANSACTIONS.map((transaction, index) => (edited && index === EDITED_SALARY.index ? { ...transaction, credit: EDITED_SALARY.credit } : transaction));
	return {
		fields: {
			bank_name: 'BANK CONTOH FIKTIF',
			product_name: 'TABUNGAN SPESIMEN',
			account_number: '0001234567',
			account_name: OWNER.name,
			currency: 'IDR',
			start_period: ['01/03/2026', '01 MAR 2026'],
			end_period: ['31/03/2026', '31 MAR 2026'],
			beginning_balance: statementAmount(BEGINNING_BALANCE),
			total_credit_transaction: statementAmount(sum(TRANSACTIONS, 'credit')),
			total_debit_transaction: statementAmount(sum(TRANSACTIONS, 'debit')),
			// INVENTED: the record types total_transaction but never says what it holds; here the number of transactions.
			total_transaction: String(TRANSACTIONS.length),
		},
		transactions,
	};
}

/** A row of an invoice or a receipt; prices in rupiah. */
export interface LineItem {
	item_product_code: string;
	item_name: string;
	item_quantity: number;
	item_quantity_unit: string;
	item_each_price: number;
}

export const lineTotal = (item: LineItem): number => item.item_quantity * item.item_each_price;

/** PPN (value added tax) is 11 % since April 2022. */
const PPN = 0.11;

/** The workshop's invoice for the service of Dewi's car, paid by transfer on 20-03-2026. */
export const INVOICE_ITEMS: readonly LineItem[] = [
	{ item_product_code: 'OLI-5W30', item_name: 'OLI MESIN 5W-30', item_quantity: 4, item_quantity_unit: 'LITER', item_each_price: 112_500 },
	{ item_product_code: 'FLT-001', item_name: 'FILTER OLI', item_quantity: 1, item_quantity_unit: 'PCS', item_each_price: 85_000 },
	{ item_product_code: 'BAN-18565', item_name: 'BAN 185/65 R15', item_quantity: 4, item_quantity_unit: 'PCS', item_each_price: 750_000 },
	{ item_product_code: 'JSA-SPB', item_name: 'SPOORING DAN BALANCING', item_quantity: 1, item_quantity_unit: 'PAKET', item_each_price: 250_000 },
];

export const INVOICE_DISCOUNT = 185_000;

export function invoiceSums(): { subTotal: number; discount: number; vat: number; total: number } {
	const subTotal = INVOICE_ITEMS.reduce((total, item) => total + lineTotal(item), 0);
	const vat = Math.round((subTotal - INVOICE_DISCOUNT) * PPN);
	return { subTotal, discount: INVOICE_DISCOUNT, vat, total: subTotal - INVOICE_DISCOUNT + vat };
}

export const INVOICE_FIELDS = {
	invoice_number: 'INV/2026/03/0042',
	invoice_date: '20-03-2026',
	purchase_order_number: 'PO-SPX-0017',
	vendor_name: 'PT BENGKEL CONTOH FIKTIF',
	vendor_address: 'JL. SPESIMEN NO. 45 KOTA CONTOH',
	// An NPWP of tax office 999, which does not exist.
	vendor_tax_id: '01.234.567.8-999.000',
	customer_name: OWNER.name,
	customer_address: OWNER.fullAddress,
	customer_tax_id: '09.123.456.7-999.000',
	sender_name: 'ANDI CONTOH FIKTIF',
	currency: 'IDR',
} as const;

export const INVOICE_PAYMENT_BANKS = [{ payment_bank_name: 'BANK CONTOH FIKTIF', payment_account_number: '0009876543', payment_account_name: 'PT BENGKEL CONTOH FIKTIF' }] as const;

/** The shop's receipt, paid by debit card on 14-03-2026 (the statement's 61.605). */
export const RECEIPT_ITEMS: readonly LineItem[] = [
	{ item_product_code: '8990001', item_name: 'AIR MINERAL 600ML', item_quantity: 2, item_quantity_unit: 'PCS', item_each_price: 4_000 },
	{ item_product_code: '8990002', item_name: 'ROTI TAWAR', item_quantity: 1, item_quantity_unit: 'PCS', item_each_price: 15_500 },
	{ item_product_code: '8990003', item_name: 'KOPI BUBUK 200G', item_quantity: 1, item_quantity_unit: 'PCS', item_each_price: 32_000 },
];

export function receiptSums(): { subTotal: number; tax: number; total: number } {
	const subTotal = RECEIPT_ITEMS.reduce((total, item) => total + lineTotal(item), 0);
	const tax = Math.round(subTotal * PPN);
	return { subTotal, tax, total: subTotal + tax };
}

export const RECEIPT_FIELDS = {
	merchant_name: 'TOKO CONTOH FIKTIF',
	merchant_place: 'CABANG KOTA CONTOH',
	merchant_address: 'JL. CONTOH RAYA NO. 7 KOTA CONTOH',
	merchant_phone_number: '022-0000000',
	receipt_number: 'STR-0001234',
	receipt_date: '14-03-2026',
	receipt_time: '11:11',
	currency: 'IDR',
	payment_method: 'DEBIT',
	payment_product: 'BANK CONTOH FIKTIF',
	cc_last_4_digit: '4321',
} as const;
