/**
 * THE lists of bank statement checks: the statement's own fields, each transaction (its values
 * beside the statement's), and the transactions against the totals, the check a credit analyst
 * makes first on an edited statement. To add a check, add a line.
 */
import type { FieldCheck } from '../../checks/fieldCheck';
import { fieldChecks } from '../../checks/fieldChecks';
import type { TableCheck } from '../../checks/tableCheck';
import { tableChecks } from '../../checks/tableChecks';

const AMOUNT = 'an amount in rupiah (1.234.567,89, Rp 12.500.000, ...); adds it as a number';

// prettier-ignore
export const BANK_STATEMENT_CHECKS: readonly FieldCheck[] = [
	fieldChecks.date('start_period', { description: 'the period starts on a real day-first date; adds yyyy-mm-dd' }),
	fieldChecks.date('end_period', { description: 'the period ends on a real day-first date; adds yyyy-mm-dd' }),
	fieldChecks.amount('beginning_balance', { description: `the opening balance is ${AMOUNT}` }),
	fieldChecks.amount('total_credit_transaction', { description: `the total of credits is ${AMOUNT}` }),
	fieldChecks.amount('total_debit_transaction', { description: `the total of debits is ${AMOUNT}` }),
];

// prettier-ignore
export const BANK_STATEMENT_TRANSACTION_CHECKS: readonly FieldCheck[] = [
	fieldChecks.date('posting_date', { description: 'the posting date is a real day-first date; adds yyyy-mm-dd' }),
	fieldChecks.withinPeriod('posting_date', 'start_period', 'end_period', { description: "the posting date is within the statement's period" }),
	fieldChecks.date('effective_date', { description: 'the value date is a real day-first date; adds yyyy-mm-dd' }),
	fieldChecks.amount('debit_transaction', { description: `a debit is ${AMOUNT}` }),
	fieldChecks.amount('credit_transaction', { description: `a credit is ${AMOUNT}` }),
	fieldChecks.amount('signed_amount', { description: `the signed amount is ${AMOUNT}` }),
];

// prettier-ignore
export const BANK_STATEMENT_TABLE_CHECKS: readonly TableCheck[] = [
	tableChecks.rowsAddUp('transactions', 'credit_transaction', 'total_credit_transaction', { description: 'the credits of the transactions add up to the total of credits, within one rupiah' }),
	tableChecks.rowsAddUp('transactions', 'debit_transaction', 'total_debit_transaction', { description: 'the debits of the transactions add up to the total of debits, within one rupiah' }),
];
