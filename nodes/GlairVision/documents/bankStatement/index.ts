import type { DocumentSpec } from '../spec';
import { BANK_STATEMENT_CHECKS, BANK_STATEMENT_TABLE_CHECKS, BANK_STATEMENT_TRANSACTION_CHECKS } from './checks';
import { BANK_STATEMENT_SECTIONS, BANK_STATEMENT_TRANSACTIONS } from './fields';

/** Rekening koran: a bank account's statement over a period, read flat, one row per transaction. */
export const bankStatement: DocumentSpec = {
	resource: 'bankStatement',
	displayName: 'Bank Statement',
	shortName: 'Bank Statement',
	description: 'Read the account, period, totals and transactions of a bank statement (a multi-page PDF is one statement)',
	path: '/ocr/v1/bank-statement',
	sections: BANK_STATEMENT_SECTIONS,
	tables: [{ ...BANK_STATEMENT_TRANSACTIONS, checks: BANK_STATEMENT_TRANSACTION_CHECKS }],
	tableChecks: BANK_STATEMENT_TABLE_CHECKS,
	flat: true,
	// The contract gives no list for the statement; these are the BPKB's, on the same pattern.
	fileTypes: ['png', 'jpeg', 'tiff', 'pdf'],
	// A statement of several pages is normal: one PDF, or its pages combined into one.
	multiPage: true,
	checks: BANK_STATEMENT_CHECKS,
};
