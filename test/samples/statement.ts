/**
 * The bank statement as an e-statement PDF lays it out (A4 portrait, text in Helvetica): the
 * bank and the account on top, the transactions over two pages, the totals at the end. The same
 * layout gives the PDF's text and the polygons of the sandbox's INVENTED answer: the record shows
 * no statement answer. INVENTED also: polygons in PDF points from the page's top-left corner (the
 * record does not say at what resolution GLAIR renders a PDF), the effective date and time the
 * posting ones (the sample prints one date per transaction), signed_amount the debit negated or the
 * credit, where that amount is printed.
 */
import { INVENTED_NOTE, fieldObject, sortedKeys, type FieldObject } from './answers';
import { printedOf, valueOf } from './tablePage';
import { BEGINNING_BALANCE, FIRST_PAGE_ROWS, statementAmount, type Statement, type Transaction } from './money';
import type { Polygon } from './cards';
import { text, writeTextPdf } from './pdf';

export const PAGE_WIDTH = 595;
export const PAGE_HEIGHT = 842;

export interface TextLine {
	x: number;
	/** From the bottom of the page, as PDF text is placed. */
	baseline: number;
	size: number;
	bold?: boolean;
	text: string;
	/** The field of the statement, or of the transaction `row`, this text is the value of. */
	key?: string;
	row?: number;
}

/** Columns of the transactions table: x of each. */
const COLUMNS = { date: 40, time: 100, description: 140, debit: 380, credit: 470 } as const;
const ROW_STEP = 16;
const BODY = 8;

function accountLines(statement: Statement): TextLine[] {
	const line = (baseline: number, label: string, key: string): TextLine[] => [
		{ x: 40, baseline, size: 9, text: label },
		{ x: 150, baseline, size: 9, text: `: ${printedOf(statement.fields[key])}`, key },
	];
	return [
		...line(740, 'NAMA', 'account_name'),
		...line(726, 'NO. REKENING', 'account_number'),
		...line(712, 'PRODUK', 'product_name'),
		...line(698, 'MATA UANG', 'currency'),
		{ x: 40, baseline: 684, size: 9, text: 'PERIODE' },
		{ x: 150, baseline: 684, size: 9, text: `: ${printedOf(statement.fields.start_period)}`, key: 'start_period' },
		{ x: 215, baseline: 684, size: 9, text: 'S/D' },
		{ x: 235, baseline: 684, size: 9, text: printedOf(statement.fields.end_period), key: 'end_period' },
	];
}

function transactionLines(transaction: Transaction, row: number, baseline: number): TextLine[] {
	const lines: TextLine[] = [
		{ x: COLUMNS.date, baseline, size: BODY, text: transaction.posting_date, key: 'posting_date', row },
		{ x: COLUMNS.time, baseline, size: BODY, text: transaction.posting_time, key: 'posting_time', row },
		{ x: COLUMNS.description, baseline, size: BODY, text: transaction.description, key: 'description', row },
	];
	if (transaction.debit) lines.push({ x: COLUMNS.debit, baseline, size: BODY, text: statementAmount(transaction.debit), key: 'debit_transaction', row });
	if (transaction.credit) lines.push({ x: COLUMNS.credit, baseline, size: BODY, text: statementAmount(transaction.credit), key: 'credit_transaction', row });
	return lines;
}

/** Each page's text, top to bottom. */
export function statementPages(statement: Statement): TextLine[][] {
	const pages = [statement.transactions.slice(0, FIRST_PAGE_ROWS), statement.transactions.slice(FIRST_PAGE_ROWS)];
	const credits = statement.transactions.reduce((sum, transaction) => sum + transaction.credit, 0);
	const debits = statement.transactions.reduce((sum, transaction) => sum + transaction.debit, 0);
	return pages.map((transactions, pageIndex) => {
		const first = pageIndex === 0 ? 0 : FIRST_PAGE_ROWS;
		const lines: TextLine[] = [
			{ x: 40, baseline: 790, size: 14, bold: true, text: printedOf(statement.fields.bank_name), ...(pageIndex === 0 ? { key: 'bank_name' } : {}) },
			{ x: 40, baseline: 772, size: 11, text: 'REKENING KORAN' },
			{ x: 500, baseline: 790, size: 9, text: `HAL. ${pageIndex + 1}/${pages.length}` },
			...(pageIndex === 0 ? accountLines(statement) : []),
		];
		if (pageIndex === 0) lines.push({ x: 40, baseline: 660, size: 9, text: 'SALDO AWAL' }, { x: 150, baseline: 660, size: 9, text: `: ${printedOf(statement.fields.beginning_balance)}`, key: 'beginning_balance' });
		const headerBaseline = pageIndex === 0 ? 630 : 740;
		for (const [name, x] of [['TANGGAL', COLUMNS.date], ['JAM', COLUMNS.time], ['KETERANGAN', COLUMNS.description], ['DEBET', COLUMNS.debit], ['KREDIT', COLUMNS.credit]] as const) {
			lines.push({ x, baseline: headerBaseline, size: BODY, bold: true, text: name });
		}
		transactions.forEach((transaction, index) => lines.push(...transactionLines(transaction, first + index, headerBaseline - (index + 1) * ROW_STEP)));
		if (pageIndex === pages.length - 1) {
			const totalsBaseline = headerBaseline - (transactions.length + 2) * ROW_STEP;
			const total = (offset: number, label: string, text: string, key?: string): TextLine[] => [
				{ x: 250, baseline: totalsBaseline - offset * 14, size: 9, bold: true, text: label },
				{ x: 380, baseline: totalsBaseline - offset * 14, size: 9, text, ...(key ? { key } : {}) },
			];
			lines.push(
				...total(0, 'TOTAL MUTASI KREDIT', printedOf(statement.fields.total_credit_transaction), 'total_credit_transaction'),
				...total(1, 'TOTAL MUTASI DEBET', printedOf(statement.fields.total_debit_transaction), 'total_debit_transaction'),
				...total(2, 'JUMLAH TRANSAKSI', printedOf(statement.fields.total_transaction), 'total_transaction'),
				...total(3, 'SALDO AKHIR', statementAmount(BEGINNING_BALANCE + credits - debits)),
			);
		}
		lines.push({ x: 400, baseline: 40, size: 12, bold: true, text: 'SPECIMEN - FICTITIOUS' });
		return lines;
	});
}

/** Where a line's text sits, roughly (Helvetica's capitals are about 0.62 em wide). */
function polygonOf(line: TextLine, text: string): Polygon {
	const left = Math.round(line.x + (line.text.length - text.length) * line.size * 0.62);
	const top = Math.round(PAGE_HEIGHT - line.baseline - line.size * 0.72);
	const right = Math.round(left + text.length * line.size * 0.62);
	const bottom = Math.round(PAGE_HEIGHT - line.baseline + line.size * 0.21);
	return [[left, top], [right, top], [right, bottom], [left, bottom]];
}

function placed(value: string, printed: string, line: TextLine | undefined, pageIndex: number, hashKey: string): FieldObject {
	if (!line) return fieldObject(hashKey, '', '', undefined);
	return { ...fieldObject(hashKey, value, printed, polygonOf(line, printed)), page_index: pageIndex };
}

/** The answer for the statement uploaded whole: every field and transaction with its page. */
export function statementAnswer(statement: Statement): object {
	const where = new Map<string, { line: TextLine; pageIndex: number }>();
	statementPages(statement).forEach((lines, pageIndex) => {
		for (const line of lines) if (line.key) where.set(line.row === undefined ? line.key : `${line.row}:${line.key}`, { line, pageIndex });
	});
	const read: Record<string, unknown> = {};
	for (const [key, value] of Object.entries(statement.fields)) {
		const found = where.get(key);
		read[key] = placed(valueOf(value), printedOf(value), found?.line, found?.pageIndex ?? 0, key);
	}
	read.transactions = statement.transactions.map((transaction, row) => {
		const at = (key: string) => where.get(`${row}:${key}`);
		const cell = (key: string, as: string, value: string, printed = value) => placed(value, printed, at(key)?.line, at(key)?.pageIndex ?? 0, `transactions[${row}].${as}`);
		const debit = statementAmount(transaction.debit);
		const credit = statementAmount(transaction.credit);
		return sortedKeys({
			posting_date: cell('posting_date', 'posting_date', transaction.posting_date),
			posting_time: cell('posting_time', 'posting_time', transaction.posting_time),
			effective_date: cell('posting_date', 'effective_date', transaction.posting_date),
			effective_time: cell('posting_time', 'effective_time', transaction.posting_time),
			description: cell('description', 'description', transaction.description),
			debit_transaction: cell('debit_transaction', 'debit_transaction', debit),
			credit_transaction: cell('credit_transaction', 'credit_transaction', credit),
			signed_amount: transaction.debit ? cell('debit_transaction', 'signed_amount', `-${debit}`, debit) : cell('credit_transaction', 'signed_amount', credit),
		});
	});
	return { _invented: INVENTED_NOTE, status: 'SUCCESS', reason: 'File Successfully Read', read: sortedKeys(read) };
}

/** The statement as an e-statement PDF: each page's text, inside a border. */
export function writeStatementPdf(statement: Statement): Buffer {
	const contents = statementPages(statement).map((lines) =>
		['0.6 G 1 w 20 20 555 802 re S', ...lines.map((line) => text(line.bold ? 'F2' : 'F1', line.size, line.x, line.baseline, line.text))].join('\n'),
	);
	return writeTextPdf(contents, { width: PAGE_WIDTH, height: PAGE_HEIGHT }, 'Bank statement specimen (fictitious data)');
}
