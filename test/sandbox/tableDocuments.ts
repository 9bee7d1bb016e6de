import type { SandboxDocument } from './documents';
import type { DocumentReading, SectionReading } from './envelopes';
import bankStatementAnswer from './fixtures/bank-statement-response.json';
import editedStatementAnswer from './fixtures/bank-statement-edited-response.json';
import invoiceAnswer from './fixtures/invoice-sample-response.json';
import otherFamilyKkAnswer from './fixtures/kk-other-family-response.json';
import kkAnswer from './fixtures/kk-sample-response.json';
import receiptAnswer from './fixtures/receipt-sample-response.json';
import skprAnswer from './fixtures/skpr-sample-response.json';
import taxInvoiceAnswer from './fixtures/tax-invoice-sample-response.json';

/**
 * The sandbox's documents with tables (INVENTED answers, made by test/samples/ with the
 * samples): the KKs of two households, a two-page bank statement and its edited copy, an invoice and
 * a receipt; the forms read on the same machinery: a tax invoice and an SKPR. Their answers are flat: the fields and the tables side by side in `read`.
 */

const flatReadingOf = (key: string, answer: { read: unknown }) => (): DocumentReading => ({ [key]: structuredClone(answer.read as SectionReading) });

const kkReading = flatReadingOf('kk', kkAnswer);
const statementReading = flatReadingOf('bank_statement', bankStatementAnswer);
const invoiceReading = flatReadingOf('invoice', invoiceAnswer);
const receiptReading = flatReadingOf('receipt', receiptAnswer);
const taxInvoiceReading = flatReadingOf('tax_invoice', taxInvoiceAnswer);
const skprReading = flatReadingOf('skpr', skprAnswer);

export const TABLE_DOCUMENTS: Readonly<Record<string, SandboxDocument>> = {
	kk: {
		samples: [
			{ fileName: 'kk-sample.png', reading: kkReading },
			{ fileName: 'kk-other-family.png', reading: flatReadingOf('kk', otherFamilyKkAnswer) },
		],
		scriptedReading: kkReading,
		// The Go SDK's older KK typed the table as one row object.
		legacy: { tableAsOneRow: true },
	},
	bankStatement: {
		samples: [
			{ fileName: 'bank-statement.pdf', reading: statementReading },
			{ fileName: 'bank-statement-edited.pdf', reading: flatReadingOf('bank_statement', editedStatementAnswer) },
		],
		scriptedReading: statementReading,
		// The older Go SDKs' tag for the debit column.
		legacy: { names: { debit_transaction: 'debig_transaction' } },
	},
	invoice: {
		samples: [{ fileName: 'invoice-sample.png', reading: invoiceReading }],
		scriptedReading: invoiceReading,
		// The older SDKs' names (Go SDK before its invoice contract update, Node SDK 0.0.1-beta.9).
		legacy: {
			names: {
				invoice_sub_total: 'sub_total_amount',
				purchase_order_number: 'purchase_order',
				item_total_price: 'item_price',
				item_each_price: 'item_unit_price',
				item_quantity_unit: 'item_unit',
			},
		},
	},
	receipt: { samples: [{ fileName: 'receipt-sample.png', reading: receiptReading }], scriptedReading: receiptReading, legacy: {} },
	// INVENTED: no older answer is on record for either; the older spelling is the camelCase default.
	taxInvoice: { samples: [{ fileName: 'tax-invoice-sample.png', reading: taxInvoiceReading }], scriptedReading: taxInvoiceReading, legacy: {} },
	skpr: {
		samples: [{ fileName: 'skpr-sample.png', reading: skprReading }],
		scriptedReading: skprReading,
		// The newest answer's tables as lists of rows are INVENTED (as GLAIR's other tables); the older spelling is the
		// Go SDK's shape, the only one on record: snake_case keys, { value, confidence } fields, each table one object.
		legacy: { keys: 'unchanged', fields: 'valueAndConfidence', tableAsOneRow: true },
	},
};
