import { PASSED, failed, type CheckOutcome } from './checkOutcome';
import { formatRupiah, parseRupiah } from './rupiah';

/**
 * Whether a document's amounts add up: a statement's transactions to its totals, an invoice's line
 * items to its subtotal, the subtotal less the discount plus the tax to its total. Amounts are
 * read as printed (rupiah.ts); a sum is right within one rupiah, which rounding on paper allows.
 */

/** The rupiah a printed sum may be off by without a warning. */
export const ROUNDING_ALLOWANCE = 1;

/** One amount in a sum, named for the message: a column, or the rows of a table added up. */
export interface Addend {
	label: string;
	amount: number;
	/** Added (+1) or taken away (-1). */
	sign: 1 | -1;
}

/**
 * A column of a table's rows added up. An empty cell counts nothing (a debit column is empty on a
 * credit); undefined when a cell holds something that is not an amount: its own check says so,
 * and a sum over it would only repeat that.
 */
export function sumOfAmounts(texts: readonly string[]): { total: number; count: number } | undefined {
	let total = 0;
	let count = 0;
	for (const text of texts) {
		if (text.trim() === '') continue;
		const amount = parseRupiah(text);
		if (amount === undefined) return undefined;
		total += amount;
		count++;
	}
	// Cents added as floats drift (0.1 + 0.2): the sum is rounded back to the cent.
	return { total: Math.round(total * 100) / 100, count };
}

/** An amount printed in a column, as an addend; undefined when the text is no amount. */
export function columnAddend(column: string, text: string, sign: 1 | -1 = 1): Addend | undefined {
	const amount = parseRupiah(text);
	return amount === undefined ? undefined : { label: column, amount, sign };
}

/**
 * Whether the addends make the total printed in `totalColumn`, within one rupiah. The first addend
 * is the base (a subtotal, or rows added up); the message shows the sum the way a clerk checks it.
 * A total that is no amount passes: its own check says so.
 */
export function checkAddsUp(addends: readonly Addend[], totalText: string, totalColumn: string): CheckOutcome {
	const total = parseRupiah(totalText);
	if (total === undefined || addends.length === 0) return PASSED;
	const expected = Math.round(addends.reduce((sum, addend) => sum + addend.sign * addend.amount, 0) * 100) / 100;
	const difference = Math.abs(expected - total);
	if (difference <= ROUNDING_ALLOWANCE) return PASSED;
	const [base, ...rest] = addends;
	const sum =
		rest.length === 0
			? `${base.label} is ${formatRupiah(base.amount)}`
			: `${base.label} ${formatRupiah(base.amount)}${rest.map((addend) => ` ${addend.sign > 0 ? '+' : '-'} ${addend.label} ${formatRupiah(addend.amount)}`).join('')} is ${formatRupiah(expected)}`;
	return failed(`${sum}, but ${totalColumn} is ${formatRupiah(total)} (a difference of ${formatRupiah(difference)})`);
}

/** An amount that may be printed under several names: the first of them that was read counts (an invoice's total tax, else its VAT). */
export type Alternatives = string | readonly string[];

/**
 * The amounts taken from and added to a base, each as printed in its column (`read` gives a
 * column's text, '' when it was not read); a column not read counts nothing. Undefined when one
 * holds something that is not an amount: its own check says so.
 */
export function adjustmentAddends(plus: readonly Alternatives[], minus: readonly Alternatives[], read: (column: string) => string): Addend[] | undefined {
	const addends: Addend[] = [];
	// Taken away first, as an invoice prints it: the subtotal, less the discount, plus the tax.
	for (const [entries, sign] of [[minus, -1], [plus, 1]] as const) {
		for (const entry of entries) {
			const column = (typeof entry === 'string' ? [entry] : entry).find((candidate) => read(candidate).trim() !== '');
			if (column === undefined) continue;
			const addend = columnAddend(column, read(column), sign);
			if (!addend) return undefined;
			addends.push(addend);
		}
	}
	return addends;
}

/** The columns a list of alternatives may read. */
export function alternativeColumns(entries: readonly Alternatives[]): string[] {
	return entries.flatMap((entry) => (typeof entry === 'string' ? [entry] : [...entry]));
}
