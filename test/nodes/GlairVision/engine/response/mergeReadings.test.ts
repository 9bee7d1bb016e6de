import { mergeReadings, type PartReading } from '../../../../../nodes/GlairVision/engine/response/mergeReadings';
import { EMPTY_READING, type FieldReading } from '../../../../../nodes/GlairVision/engine/response/readings';

const reading = (value: string, confidence: number, page_index = 0): FieldReading => ({ ...EMPTY_READING, polygon: [], value, value_original: value, confidence, page_index });
const part = (file: string | string[], read: PartReading['read']): PartReading => ({
	read,
	fileOf: (field) => (Array.isArray(file) ? file[field.page_index] : file),
});

describe('mergeReadings', () => {
	it('takes a field read in one upload only from that upload, naming the file by page_index', () => {
		const merged = mergeReadings([
			part(['p1.jpg', 'p2.jpg'], { owner: { nama: reading('BUDI', 90, 0) }, vehicle: { rangka: reading('MH1', 80, 1) } }),
			part('scan.pdf', { last: { register: reading('R/1', 70) } }),
		]);
		expect(merged.read).toEqual({ owner: { nama: reading('BUDI', 90, 0) }, vehicle: { rangka: reading('MH1', 80, 1) }, last: { register: reading('R/1', 70) } });
		expect(merged.fieldFiles).toEqual({ owner: { nama: 'p1.jpg' }, vehicle: { rangka: 'p2.jpg' }, last: { register: 'scan.pdf' } });
	});

	it('lets the more confident reading win, the first on a tie', () => {
		const merged = mergeReadings([
			part('a.pdf', { s: { x: reading('A', 80), y: reading('A', 60) } }),
			part('b.pdf', { s: { x: reading('B', 80), y: reading('B', 61) } }),
		]);
		expect(merged.read.s.x.value).toBe('A');
		expect(merged.read.s.y.value).toBe('B');
		expect(merged.fieldFiles.s).toEqual({ x: 'a.pdf', y: 'b.pdf' });
	});

	it('never lets an empty reading beat a filled one, whatever its confidence', () => {
		const merged = mergeReadings([part('a.pdf', { s: { x: reading('', 99) } }), part('b.pdf', { s: { x: reading('B', 10) } }), part('c.pdf', { s: { x: reading(' ', 99) } })]);
		expect(merged.read.s.x.value).toBe('B');
		expect(merged.fieldFiles.s.x).toBe('b.pdf');
	});

	it("puts each upload's table rows after the ones before (a statement's pages), and adds no tables where none were read", () => {
		const row = (amount: string) => ({ credit_transaction: reading(amount, 90) });
		const merged = mergeReadings([
			{ ...part('p1.pdf', { s: {} }), tables: { transactions: [row('1'), row('2')] } },
			part('photo.jpg', { s: {} }),
			{ ...part('p2.pdf', { s: {} }), tables: { transactions: [row('3')] } },
		]);
		expect(merged.tables).toEqual({ transactions: [row('1'), row('2'), row('3')] });
		expect(mergeReadings([part('a.pdf', { s: {} })]).tables).toBeUndefined();
	});

	it('keeps a field no upload read as empty, with no file', () => {
		const merged = mergeReadings([part('a.pdf', { s: { x: reading('', 0) } })]);
		expect(merged.read.s.x.value).toBe('');
		expect(merged.fieldFiles.s.x).toBe('');
	});
});
