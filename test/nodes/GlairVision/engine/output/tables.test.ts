import { invoice } from '../../../../../nodes/GlairVision/documents/invoice';
import { kk } from '../../../../../nodes/GlairVision/documents/kk';
import { npwp } from '../../../../../nodes/GlairVision/documents/npwp';
import type { DocumentOutcome } from '../../../../../nodes/GlairVision/engine/outcome';
import { shapeSuccess } from '../../../../../nodes/GlairVision/engine/output/shape';
import { emptyRow, splitIntoRows, type RowCompanions } from '../../../../../nodes/GlairVision/engine/output/tables';
import { EMPTY_READING, type FieldReading, type TableReadings } from '../../../../../nodes/GlairVision/engine/response/readings';

const reading = (value: string, confidence = 90): FieldReading => ({ ...EMPTY_READING, polygon: [[3, 4]], value, value_original: `${value}.`, confidence });
const PLAIN = { format: 'flattened', includeConfidence: false, includeOriginalValue: false } as const;

function kkOutcome(tables: TableReadings = { members: [] }): DocumentOutcome {
	return {
		status: 'SUCCESS',
		reason: 'File Successfully Read',
		fileName: 'kk.png',
		binaryField: 'data',
		fileSha256: 'ab12',
		page: undefined,
		requestId: 'req-1',
		httpStatus: 200,
		attempts: 1,
		read: { kk: { nomor_kk: reading('3299991203150007'), nama_kepala_keluarga: reading('BUDI CONTOH FIKTIF') } },
		tables,
	};
}

const HOUSEHOLD: TableReadings = {
	members: [
		{ nik: reading('3299991107850003'), nama_lengkap: reading('BUDI CONTOH FIKTIF'), tanggal_lahir: reading('11-07-1985', 80) },
		{ nik: reading('3299994508900001'), nama_lengkap: reading('DEWI SPESIMEN FIKTIF'), hobi: reading('MEMBACA') },
	],
};
/** Budi's birth date read, Dewi's not. */
const BUDI_BORN: RowCompanions = { members: [{ tanggal_lahir_iso: '1985-07-11' }, {}] };
const MEMBER_COLUMNS = kk.tables![0].fields.map((field) => field.key);

describe('a table in the flattened output', () => {
	it('is a list under its name, after the fields, each row every column of the table with its companions after the field', () => {
		const annotations = { companions: {}, warnings: [], rowCompanions: { members: [{ tanggal_lahir_iso: '1985-07-11' }, { tanggal_lahir_iso: '' }] } };
		const json = shapeSuccess(kk, kkOutcome(HOUSEHOLD), PLAIN, annotations);
		const keys = Object.keys(json);
		expect(keys.indexOf('members')).toBeGreaterThan(keys.indexOf('nomor_blanko'));
		const [budi, dewi] = json.members as Array<Record<string, unknown>>;
		expect(Object.keys(budi)).toEqual([...MEMBER_COLUMNS.slice(0, MEMBER_COLUMNS.indexOf('tanggal_lahir') + 1), 'tanggal_lahir_iso', ...MEMBER_COLUMNS.slice(MEMBER_COLUMNS.indexOf('tanggal_lahir') + 1)]);
		expect(budi).toMatchObject({ nik: '3299991107850003', nama_lengkap: 'BUDI CONTOH FIKTIF', tanggal_lahir: '11-07-1985', tanggal_lahir_iso: '1985-07-11', agama: '' });
		expect(dewi).toMatchObject({ nik: '3299994508900001', tanggal_lahir: '', tanggal_lahir_iso: '' });
		expect(dewi).not.toHaveProperty('hobi');
	});

	it('carries the confidence and the original text of each row field when asked, as the fields do', () => {
		const json = shapeSuccess(kk, kkOutcome(HOUSEHOLD), { ...PLAIN, includeConfidence: true, includeOriginalValue: true });
		expect((json.members as Array<Record<string, unknown>>)[0]).toMatchObject({ tanggal_lahir: '11-07-1985', tanggal_lahir_confidence: 80, tanggal_lahir_original: '11-07-1985.' });
	});

	it('is an empty list when no row was read, and absent from a document without tables', () => {
		expect(shapeSuccess(kk, kkOutcome(), PLAIN).members).toEqual([]);
		const npwpOutcome = { ...kkOutcome(), read: { npwp: { no_npwp: reading('1') } }, tables: undefined };
		expect(Object.keys(shapeSuccess(npwp, npwpOutcome, PLAIN))).not.toContain('members');
	});
});

describe('a table in the nested output', () => {
	it('is a list under read, each row its field objects, fields the spec does not know kept; the rows\' companions under checked', () => {
		const annotations = { companions: { nomor_kk_region: '329999' }, warnings: [], rowCompanions: BUDI_BORN };
		const json = shapeSuccess(kk, kkOutcome(HOUSEHOLD), { ...PLAIN, format: 'nested' }, annotations);
		const read = json.read as Record<string, unknown>;
		const [budi, dewi] = read.members as Array<Record<string, unknown>>;
		expect(budi.nik).toEqual(reading('3299991107850003'));
		expect(budi.agama).toEqual(EMPTY_READING);
		expect(dewi.hobi).toEqual(reading('MEMBACA'));
		expect(json.checked).toEqual({ nomor_kk_region: '329999', members: [{ tanggal_lahir_iso: '1985-07-11' }, {}] });
	});
});

describe('splitIntoRows (Table Rows = Items)', () => {
	it('gives one item per row, the row\'s columns where the list was, after its row_index, the document\'s own columns on each', () => {
		const json = shapeSuccess(kk, kkOutcome(HOUSEHOLD), PLAIN);
		const items = splitIntoRows(kk, json, 'flattened', emptyRow(kk.tables![0], 'flattened', PLAIN, []));
		expect(items).toHaveLength(2);
		expect(items.map((item) => [item.row_index, item.nik, item.nomor_kk, item.file_sha256])).toEqual([
			[0, '3299991107850003', '3299991203150007', 'ab12'],
			[1, '3299994508900001', '3299991203150007', 'ab12'],
		]);
		const keys = Object.keys(items[0]);
		expect(keys).not.toContain('members');
		expect(keys.slice(keys.indexOf('nomor_blanko') + 1, keys.indexOf('nomor_blanko') + 3)).toEqual(['row_index', 'no']);
	});

	it('splits the first table only: the invoice\'s payment accounts stay a list on each line item', () => {
		const outcome: DocumentOutcome = {
			...kkOutcome(),
			read: { invoice: { invoice_number: reading('INV/1') } },
			tables: { line_items: [{ item_name: reading('BAN') }, { item_name: reading('OLI') }], payment_banks: [{ payment_bank_name: reading('BANK CONTOH') }] },
		};
		const items = splitIntoRows(invoice, shapeSuccess(invoice, outcome, PLAIN), 'flattened', {});
		expect(items.map((item) => [item.item_name, (item.payment_banks as Array<Record<string, unknown>>)[0].payment_bank_name])).toEqual([
			['BAN', 'BANK CONTOH'],
			['OLI', 'BANK CONTOH'],
		]);
	});

	it('still gives one item for a document without rows, its row columns empty and row_index null', () => {
		const json = shapeSuccess(kk, kkOutcome(), PLAIN);
		const [only, ...more] = splitIntoRows(kk, json, 'flattened', emptyRow(kk.tables![0], 'flattened', PLAIN, ['tanggal_lahir_iso']));
		expect(more).toEqual([]);
		expect(only).toMatchObject({ row_index: null, nik: '', tanggal_lahir: '', tanggal_lahir_iso: '', nomor_kk: '3299991203150007' });
	});

	it('nested: the row\'s field objects among read\'s, its companions among checked\'s', () => {
		const annotations = { companions: { nomor_kk_region: '329999' }, warnings: [], rowCompanions: BUDI_BORN };
		const json = shapeSuccess(kk, kkOutcome(HOUSEHOLD), { ...PLAIN, format: 'nested' }, annotations);
		const items = splitIntoRows(kk, json, 'nested', emptyRow(kk.tables![0], 'nested', PLAIN, []));
		expect(items).toHaveLength(2);
		const read = items[0].read as Record<string, unknown>;
		expect(read.nomor_kk).toEqual(reading('3299991203150007'));
		expect(read.nik).toEqual(reading('3299991107850003'));
		expect(read).not.toHaveProperty('members');
		expect(items[0].checked).toEqual({ nomor_kk_region: '329999', tanggal_lahir_iso: '1985-07-11' });
		expect(items.map((item) => item.row_index)).toEqual([0, 1]);
		const [empty] = splitIntoRows(kk, shapeSuccess(kk, kkOutcome(), { ...PLAIN, format: 'nested' }, { companions: {}, warnings: [], rowCompanions: { members: [] } }), 'nested', emptyRow(kk.tables![0], 'nested', PLAIN, []));
		expect(empty.row_index).toBeNull();
		expect((empty.read as Record<string, unknown>).nik).toEqual(EMPTY_READING);
		expect(empty.checked).toEqual({});
	});

	it('leaves a document without tables as it is', () => {
		const json = { status: 'SUCCESS', no_npwp: '1' };
		expect(splitIntoRows(npwp, json, 'flattened', {})).toEqual([json]);
	});
});
