import { documentSpec } from '../../../../../nodes/GlairVision/documents/registry';
import { documentColumnLabels } from '../../../../../nodes/GlairVision/engine/review/reviewFields';
import { answerColumn, LABEL_SEPARATOR } from '../../../../../nodes/GlairVision/engine/review/reviewForm';

describe('documentColumnLabels: what a clerk reads for each column a review may name', () => {
	const kk = documentSpec('kk')!;

	it('a row’s column: its row counted from 1, then the field’s label', () => {
		const labels = documentColumnLabels(kk, undefined, ['members[2].nik', 'members[0].nama_lengkap']);
		expect(labels.get('members[2].nik')).toBe('Member 3 — Identity Number (NIK)');
		expect(labels.get('members[0].nama_lengkap')).toBe('Member 1 — Full Name (Nama Lengkap)');
		// The document's own columns keep their labels.
		expect(labels.get('nomor_kk')).toBe('Family Card Number (No. KK)');
	});

	it('leaves out a row column of no table or no field of it', () => {
		const labels = documentColumnLabels(kk, undefined, ['members[2].nope', 'transactions[0].credit_transaction']);
		expect([...labels.keys()].filter((column) => column.includes('['))).toEqual([]);
	});

	it('a form answer keyed by a row’s label (and its reasons) finds its row, never a row that starts alike', () => {
		const labels = documentColumnLabels(kk, undefined, ['members[0].nik', 'members[9].nik']);
		expect(answerColumn(`Member 1 — Identity Number (NIK)${LABEL_SEPARATOR}read with 80% confidence, below 90%`, labels)).toBe('members[0].nik');
		expect(answerColumn(`Member 10 — Identity Number (NIK)${LABEL_SEPARATOR}read with 80% confidence, below 90%`, labels)).toBe('members[9].nik');
	});
});
