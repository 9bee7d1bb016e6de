import { bankStatement } from '../../../../../nodes/GlairVision/documents/bankStatement';
import { describeCheckTable, describeRowChecks, describeTableChecks, fail, failTable, pass, passTable } from '../../../../helpers/checkTable';

const CONTEXT = { currentYear: 2026, today: { year: 2026, month: 12, day: 1 } };

describeCheckTable(
	bankStatement,
	[
		pass('start_period/date', { start_period: '01/03/2026' }, { start_period_iso: '2026-03-01' }),
		pass('start_period/date', { start_period: '01 MAR 2026' }, { start_period_iso: '2026-03-01' }),
		fail('start_period/date', { start_period: '32/03/2026' }, /not a real date/),
		pass('end_period/date', { end_period: '31/03/2026' }, { end_period_iso: '2026-03-31' }),
		fail('end_period/date', { end_period: 'MARET 2026' }, /cannot read "MARET 2026" as a date/),
		pass('beginning_balance/amount', { beginning_balance: '8.250.000,00' }, { beginning_balance_number: 8250000 }),
		fail('beginning_balance/amount', { beginning_balance: '8.250.000,00,00' }, /cannot read/),
		pass('total_credit_transaction/amount', { total_credit_transaction: '15.504.125,00' }, { total_credit_transaction_number: 15504125 }),
		fail('total_credit_transaction/amount', { total_credit_transaction: '15.5O4.125,00' }, /cannot read/),
		pass('total_debit_transaction/amount', { total_debit_transaction: 'IDR 10,745,930.00' }, { total_debit_transaction_number: 10745930 }),
		fail('total_debit_transaction/amount', { total_debit_transaction: 'DEBET' }, /cannot read/),
	],
	CONTEXT,
);

const PERIOD = { start_period: '01/03/2026', end_period: '31/03/2026' };

describeRowChecks(
	bankStatement,
	'transactions',
	[
		pass('posting_date/date', { posting_date: '02/03/2026' }, { posting_date_iso: '2026-03-02' }),
		fail('posting_date/date', { posting_date: '02/03' }, /cannot read "02\/03" as a date/),
		pass('posting_date/within-period', { posting_date: '01/03/2026', ...PERIOD }),
		pass('posting_date/within-period', { posting_date: '31/03/2026', ...PERIOD }),
		pass('posting_date/within-period', { posting_date: '02/03', ...PERIOD }), // unreadable: the date check says so
		fail('posting_date/within-period', { posting_date: '01/04/2026', ...PERIOD }, /^01\/04\/2026 is after end_period 31\/03\/2026$/),
		fail('posting_date/within-period', { posting_date: '28/02/2026', ...PERIOD }, /^28\/02\/2026 is before start_period 01\/03\/2026$/),
		pass('effective_date/date', { effective_date: '02/03/2026' }, { effective_date_iso: '2026-03-02' }),
		fail('effective_date/date', { effective_date: '2026/03/02' }, /cannot read/),
		pass('debit_transaction/amount', { debit_transaction: '500.000,00' }, { debit_transaction_number: 500000 }),
		fail('debit_transaction/amount', { debit_transaction: '500.000,00 DB DB' }, /cannot read/),
		pass('credit_transaction/amount', { credit_transaction: '12.500.000,00 CR' }, { credit_transaction_number: 12500000 }),
		fail('credit_transaction/amount', { credit_transaction: 'CR' }, /cannot read/),
		pass('signed_amount/amount', { signed_amount: '-500.000,00' }, { signed_amount_number: -500000 }),
		fail('signed_amount/amount', { signed_amount: '--500.000,00' }, /cannot read/),
	],
	CONTEXT,
);

const credit = (credit_transaction: string, debit_transaction = '') => ({ credit_transaction, debit_transaction });
const ROWS = [credit('1.000.000,00'), credit('', '500.000,00'), credit('12.500.000,00'), credit('', '61.605,00')];

describeTableChecks(
	bankStatement,
	[
		passTable('transactions/total_credit_transaction/rows-add-up', ROWS, { total_credit_transaction: '13.500.000,00' }),
		passTable('transactions/total_credit_transaction/rows-add-up', [], { total_credit_transaction: '0,00' }),
		failTable('transactions/total_credit_transaction/rows-add-up', ROWS, { total_credit_transaction: '4.500.000,00' }, /^the sum of credit_transaction over 2 transactions is 13\.500\.000, but total_credit_transaction is 4\.500\.000 \(a difference of 9\.000\.000\)$/),
		failTable('transactions/total_credit_transaction/rows-add-up', [], { total_credit_transaction: '1.000,00' }, /over 0 transactions is 0, but total_credit_transaction is 1\.000/),
		passTable('transactions/total_debit_transaction/rows-add-up', ROWS, { total_debit_transaction: '561.605,00' }),
		failTable('transactions/total_debit_transaction/rows-add-up', ROWS, { total_debit_transaction: '561.603,00' }, /a difference of 2\)$/),
	],
	CONTEXT,
);
