import { bankStatement } from '../../../../../nodes/GlairVision/documents/bankStatement';
import { invoice } from '../../../../../nodes/GlairVision/documents/invoice';
import { kk } from '../../../../../nodes/GlairVision/documents/kk';
import { npwp } from '../../../../../nodes/GlairVision/documents/npwp';
import type { DocumentSpec } from '../../../../../nodes/GlairVision/documents/spec';
import { parseGlairAnswer, type GlairReading } from '../../../../../nodes/GlairVision/engine/response/parseAnswer';
import { EMPTY_READING } from '../../../../../nodes/GlairVision/engine/response/readings';

/** GLAIR's tables: the rows of a flat answer, in both shapes the record shows, in every spelling. */

function documentOf(spec: DocumentSpec, read: Record<string, unknown>): Extract<GlairReading, { kind: 'document' }> {
	const reading = parseGlairAnswer(spec, 200, 'application/json', JSON.stringify({ status: 'SUCCESS', reason: 'File Successfully Read', read }));
	if (reading.kind !== 'document') throw new Error(`expected a document, got: ${reading.reason}`);
	return reading;
}

const field = (value: string, confidence = 95) => ({ value, value_original: value, confidence, confidence_text: 99, polygon: [[1, 2]], page_index: 1 });
const bare = (value: string) => ({ ...EMPTY_READING, polygon: [], value, value_original: value });

describe('parseGlairAnswer: tables', () => {
	it('reads a list of row objects under the list name, each field in full, and keeps the table out of the fields', () => {
		const document = documentOf(kk, {
			nomor_kk: field('3299991203150007'),
			table: [
				{ nik: field('3299991107850003'), nama_lengkap: field('BUDI CONTOH FIKTIF') },
				{ nik: field('3299994508900001'), nama_lengkap: field('DEWI SPESIMEN FIKTIF', 88.5) },
			],
		});
		expect(document.tables).toEqual({
			members: [
				{ nik: field('3299991107850003'), nama_lengkap: field('BUDI CONTOH FIKTIF') },
				{ nik: field('3299994508900001'), nama_lengkap: field('DEWI SPESIMEN FIKTIF', 88.5) },
			],
		});
		expect(Object.keys(document.read.kk)).toEqual(['nomor_kk']);
	});

	it("reads the Go SDK's one row object with bare strings as one row", () => {
		const document = documentOf(kk, { nomor_kk: '3299991203150007', table: { nik: '3299991107850003', nama_lengkap: 'BUDI CONTOH FIKTIF', agama: '' } });
		expect(document.tables).toEqual({ members: [{ nik: bare('3299991107850003'), nama_lengkap: bare('BUDI CONTOH FIKTIF'), agama: bare('') }] });
	});

	it('reads older and camelCase spellings of the table and its fields into the one naming, keeping fields it does not know', () => {
		const statement = documentOf(bankStatement, {
			bank_name: 'BANK CONTOH',
			transactions: [{ postingDate: '02-03-2026', debig_transaction: '150.000,00', balance: '1.000' }],
		});
		expect(statement.tables?.transactions).toEqual([{ posting_date: bare('02-03-2026'), debit_transaction: bare('150.000,00'), balance: bare('1.000') }]);
		const older = documentOf(invoice, { invoice_number: 'INV/1', items: [{ item_price: '100', item_unit_price: '50', item_unit: 'PCS' }], paymentBanks: [{ paymentBankName: 'BANK CONTOH' }] });
		expect(older.tables).toEqual({
			line_items: [{ item_total_price: bare('100'), item_each_price: bare('50'), item_quantity_unit: bare('PCS') }],
			payment_banks: [{ payment_bank_name: bare('BANK CONTOH') }],
		});
	});

	it('gives every table of the spec, with no rows when GLAIR sent none, an empty row or something that is no row', () => {
		expect(documentOf(invoice, { invoice_number: field('INV/1') }).tables).toEqual({ line_items: [], payment_banks: [] });
		expect(documentOf(kk, { nomor_kk: field('1'), table: [{ nik: field(''), nama_lengkap: '' }, 'a row?', null, 7] }).tables).toEqual({ members: [] });
		expect(documentOf(kk, { nomor_kk: field('1'), table: null }).tables).toEqual({ members: [] });
	});

	it('counts an answer holding only a table as a reading', () => {
		const document = documentOf(kk, { table: [{ nik: field('3299991107850003') }] });
		expect(document.tables?.members).toHaveLength(1);
		expect(document.read).toEqual({ kk: {} });
	});

	it('gives a document without tables no `tables`', () => {
		expect(documentOf(npwp, { no_npwp: field('1') }).tables).toBeUndefined();
	});

	it('a row key "__proto__" never replaces the row\'s prototype', () => {
		const answer = parseGlairAnswer(kk, 200, 'application/json', '{"status":"SUCCESS","reason":"","read":{"table":[{"__proto__":{"nik":"x"},"nik":"3299991107850003"}]}}');
		if (answer.kind !== 'document') throw new Error(answer.reason);
		const [row] = answer.tables!.members;
		expect(Object.getPrototypeOf(row)).toBe(Object.prototype);
		expect(row.nik.value).toBe('3299991107850003');
	});
});
