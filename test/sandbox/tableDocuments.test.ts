import { bankStatement } from '../../nodes/GlairVision/documents/bankStatement';
import { invoice } from '../../nodes/GlairVision/documents/invoice';
import { kk } from '../../nodes/GlairVision/documents/kk';
import { receipt } from '../../nodes/GlairVision/documents/receipt';
import { skpr } from '../../nodes/GlairVision/documents/skpr';
import { taxInvoice } from '../../nodes/GlairVision/documents/taxInvoice';
import editedStatementAnswer from './fixtures/bank-statement-edited-response.json';
import statementAnswer from './fixtures/bank-statement-response.json';
import invoiceAnswer from './fixtures/invoice-sample-response.json';
import otherFamilyAnswer from './fixtures/kk-other-family-response.json';
import kkAnswer from './fixtures/kk-sample-response.json';
import receiptAnswer from './fixtures/receipt-sample-response.json';
import skprAnswer from './fixtures/skpr-sample-response.json';
import taxInvoiceAnswer from './fixtures/tax-invoice-sample-response.json';
import { GlairSandbox } from './server';
import { postTo, readJson, sample } from './testClient';

/** The documents with tables: each sample answered with its fixture, in the newest and the older spelling. */

let sandbox: GlairSandbox;
beforeAll(async () => {
	sandbox = await GlairSandbox.start();
});
afterEach(() => {
	sandbox.reset();
	sandbox.setOptions({ spelling: 'newest' });
});
afterAll(() => sandbox.close());

const upload = (fileName: string) => ({ file: sample(fileName), fileName, contentType: fileName.endsWith('.pdf') ? 'application/pdf' : 'image/png' });
/** The fixture as the sandbox sends it: the note saying it is invented stays in the file. */
const withoutNote = (fixture: Record<string, unknown>) => Object.fromEntries(Object.entries(fixture).filter(([key]) => key !== '_invented'));
type Row = Record<string, unknown>;

describe('the samples with tables', () => {
	it.each([
		[kk.path, 'kk-sample.png', kkAnswer],
		[kk.path, 'kk-other-family.png', otherFamilyAnswer],
		[bankStatement.path, 'bank-statement.pdf', statementAnswer],
		[bankStatement.path, 'bank-statement-edited.pdf', editedStatementAnswer],
		[invoice.path, 'invoice-sample.png', invoiceAnswer],
		[receipt.path, 'receipt-sample.png', receiptAnswer],
		[taxInvoice.path, 'tax-invoice-sample.png', taxInvoiceAnswer],
		[skpr.path, 'skpr-sample.png', skprAnswer],
	])('%s answers %s with its fixture: the fields and the tables side by side in read', async (path, fileName, fixture) => {
		const response = await postTo(sandbox, path, upload(fileName));
		expect(response.status).toBe(200);
		expect(await response.json()).toEqual(withoutNote(fixture as Record<string, unknown>));
	});

	it('the statement lists its transactions over both pages, and the edited one differs in one printed credit only', () => {
		const pages = new Set((statementAnswer.read.transactions as Row[]).map((row) => (row.posting_date as { page_index: number }).page_index));
		expect([...pages]).toEqual([0, 1]);
		const rows = statementAnswer.read.transactions as Row[];
		const edited = editedStatementAnswer.read.transactions as Row[];
		const differing = rows.flatMap((row, index) => Object.keys(row).filter((key) => JSON.stringify(row[key]) !== JSON.stringify(edited[index][key])).map((key) => `${index}.${key}`));
		expect(differing).toEqual(['10.credit_transaction', '10.signed_amount']);
		expect({ ...editedStatementAnswer.read, transactions: [] }).toEqual({ ...statementAnswer.read, transactions: [] });
	});

	it('the KK of Rina does not list Dewi, the KK of Budi does', () => {
		const names = (answer: { read: { table: unknown } }) => (answer.read.table as Row[]).map((row) => (row.nama_lengkap as { value: string }).value);
		expect(names(kkAnswer)).toEqual(['BUDI CONTOH FIKTIF', 'DEWI SPESIMEN FIKTIF', 'PUTRI CONTOH FIKTIF', 'ADI CONTOH FIKTIF']);
		expect(names(otherFamilyAnswer)).toEqual(['RINA CONTOH FIKTIF', 'BAGUS CONTOH FIKTIF']);
	});
});

describe('the older spelling of the documents with tables', () => {
	beforeEach(() => sandbox.setOptions({ spelling: 'legacy' }));

	it("gives the KK's table as the Go SDK's one row object of bare strings", async () => {
		const body = await readJson(await postTo(sandbox, kk.path, upload('kk-sample.png')));
		expect(body.read.table).toEqual(expect.objectContaining({ nik: '3299991107850003', namaLengkap: 'BUDI CONTOH FIKTIF', statusHubunganDalamKeluarga: 'KEPALA KELUARGA' }));
		expect(body.read.nomorKk).toBe('3299991203150007');
	});

	it("spells the statement's debit column debig_transaction", async () => {
		const body = await readJson(await postTo(sandbox, bankStatement.path, upload('bank-statement.pdf')));
		const [first, second] = body.read.transactions as unknown as Row[];
		expect(first).toMatchObject({ postingDate: '02/03/2026', creditTransaction: '1.000.000,00', debig_transaction: '' });
		expect(second).toMatchObject({ debig_transaction: '500.000,00' });
	});

	it("gives the invoice's older names, its amounts as bare digits", async () => {
		const body = await readJson(await postTo(sandbox, invoice.path, upload('invoice-sample.png')));
		expect(body.read).toMatchObject({ sub_total_amount: '3785000', purchase_order: 'PO-SPX-0017', invoiceTotal: '3996000' });
		expect((body.read.items as unknown as Row[])[0]).toMatchObject({ item_price: '450000', item_unit_price: '112500', item_unit: 'LITER' });
		expect((body.read.paymentBanks as unknown as Row[])[0]).toEqual({ paymentBankName: 'BANK CONTOH FIKTIF', paymentAccountNumber: '0009876543', paymentAccountName: 'PT BENGKEL CONTOH FIKTIF' });
	});

	it("gives the SKPR in the Go SDK's shape: snake_case, { value, confidence } fields, each table one object", async () => {
		const body = await readJson(await postTo(sandbox, skpr.path, upload('skpr-sample.png')));
		expect(body.read.complete_name).toEqual({ value: 'DEWI SPESIMEN FIKTIF', confidence: skprAnswer.read.complete_name.confidence });
		expect(body.read.policy_details).toEqual({
			policy_number: { value: 'POL-SPX-2026-0001', confidence: skprAnswer.read.policy_details[0].policy_number.confidence },
			policyholder_name: { value: 'DEWI SPESIMEN FIKTIF', confidence: skprAnswer.read.policy_details[0].policyholder_name.confidence },
			relationship_with_policyholder: { value: 'DIRI SENDIRI', confidence: skprAnswer.read.policy_details[0].relationship_with_policyholder.confidence },
		});
	});
});
