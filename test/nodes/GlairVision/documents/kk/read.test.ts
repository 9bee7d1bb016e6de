import { kk } from '../../../../../nodes/GlairVision/documents/kk';
import { itemWith, sample } from '../../../../helpers/documents';
import { runGlairVision } from '../../../../helpers/engine';
import { only, readParameters } from '../../../../helpers/readParameters';
import { answerNextWith, answerOf, useSandbox } from '../../../../helpers/sandboxSuite';
import kkAnswer from '../../../../sandbox/fixtures/kk-sample-response.json';

const suite = useSandbox();
afterEach(() => suite.sandbox.setOptions({ spelling: 'newest' }));

type Row = Record<string, unknown>;
const MEMBER_COLUMNS = kk.tables![0].fields.map((field) => field.key);
const run = async (overrides: Record<string, unknown> = {}, fileName = 'kk-sample.png') =>
	await runGlairVision({ parameters: readParameters('kk', overrides), credentials: suite.credentials, documents: [itemWith(sample(fileName))] });

describe('Read KK of the sample household, Table Rows = List (the default)', () => {
	it('gives one item with the card\'s fields and its four members as a list, each member every column of the table', async () => {
		const item = only((await run()).byOutput.Success);
		expect(item.json).toMatchObject({
			outcome: 'SUCCESS',
			status: 'SUCCESS',
			nomor_kk: '3299991203150007',
			nama_kepala_keluarga: 'BUDI CONTOH FIKTIF',
			alamat: 'JL. CONTOH RAYA NO. 123',
			provinsi: 'JAWA BARAT',
			file_name: 'kk-sample.png',
		});
		expect(item.json).not.toHaveProperty('page');
		const members = item.json.members as Row[];
		expect(members.map((member) => [member.nama_lengkap, member.nik, member.status_hubungan_dalam_keluarga])).toEqual([
			['BUDI CONTOH FIKTIF', '3299991107850003', 'KEPALA KELUARGA'],
			['DEWI SPESIMEN FIKTIF', '3299994508900001', 'ISTRI'],
			['PUTRI CONTOH FIKTIF', '3299995706150002', 'ANAK'],
			['ADI CONTOH FIKTIF', '3299990902180004', 'ANAK'],
		]);
		for (const member of members) expect(MEMBER_COLUMNS.every((column) => column in member)).toBe(true);
		expect(suite.sandbox.requests[0]).toMatchObject({ path: '/ocr/v1/kk' });
	});

	it('nested: the members under read, each field as GLAIR sent it', async () => {
		const item = only((await run({ output: 'nested' })).byOutput.Success);
		const read = item.json.read as Record<string, unknown>;
		expect((read.members as Row[])[1].nik).toEqual((kkAnswer.read.table[1] as Row).nik);
		expect(read.nomor_kk).toEqual(kkAnswer.read.nomor_kk);
		expect(read).not.toHaveProperty('table');
	});

	it("the older spelling (camelCase, bare strings, the Go SDK's one row object) reads the same card and its first member", async () => {
		const newest = only((await run()).byOutput.Success).json;
		suite.sandbox.setOptions({ spelling: 'legacy' });
		const legacy = only((await run()).byOutput.Success).json;
		const withoutRows = (json: Row) => Object.fromEntries(Object.entries(json).filter(([key]) => key !== 'members' && key !== 'request_id'));
		expect(withoutRows(legacy)).toEqual(withoutRows(newest));
		expect(legacy.members).toEqual([(newest.members as Row[])[0]]);
	});
});

describe('Read KK, Table Rows = Items', () => {
	it('gives one item per member, paired to the input item, each with the card\'s own columns, its row_index and file_sha256', async () => {
		const result = await run({ options: { tableRows: 'items' } });
		const items = result.byOutput.Success;
		expect(items).toHaveLength(4);
		expect(items.map((item) => [item.json.row_index, item.json.nik, item.json.nomor_kk, item.json.nama_lengkap])).toEqual([
			[0, '3299991107850003', '3299991203150007', 'BUDI CONTOH FIKTIF'],
			[1, '3299994508900001', '3299991203150007', 'DEWI SPESIMEN FIKTIF'],
			[2, '3299995706150002', '3299991203150007', 'PUTRI CONTOH FIKTIF'],
			[3, '3299990902180004', '3299991203150007', 'ADI CONTOH FIKTIF'],
		]);
		const digests = new Set(items.map((item) => item.json.file_sha256));
		expect(digests.size).toBe(1);
		expect([...digests][0]).toMatch(/^[0-9a-f]{64}$/);
		for (const item of items) {
			expect(item.pairedItem).toEqual({ item: 0 });
			expect(item.json).not.toHaveProperty('members');
			expect(item.json.outcome).toBe('SUCCESS');
			expect(Object.keys(item.binary ?? {})).toEqual(['data']);
		}
		expect(suite.sandbox.requests).toHaveLength(1);
	});

	it('nested: the member\'s field objects among read\'s', async () => {
		const items = (await run({ output: 'nested', options: { tableRows: 'items' } })).byOutput.Success;
		expect(items).toHaveLength(4);
		const read = items[3].json.read as Record<string, unknown>;
		expect(read.nik).toEqual((kkAnswer.read.table[3] as Row).nik);
		expect(read.nomor_kk).toEqual(kkAnswer.read.nomor_kk);
		expect(items[3].json.row_index).toBe(3);
	});

	it('a card whose table GLAIR left empty still gives one item, its member columns empty and row_index null', async () => {
		suite.sandbox.script('*', [{ kind: 'envelope', status: 'SOME_FIELDS_INVALID' }]);
		const result = await run({ options: { tableRows: 'items', reviewPoorReads: false } });
		const item = only(result.byOutput.Success);
		expect(item.json).toMatchObject({ row_index: null, nik: '', nama_lengkap: '', nomor_kk: '' });
	});

	it('a card that was not read stays one item on Not Read, without row columns', async () => {
		suite.sandbox.script('*', [{ kind: 'envelope', status: 'FAILED' }]);
		const item = only((await run({ options: { tableRows: 'items' } })).byOutput['Not Read']);
		expect(item.json).toMatchObject({ outcome: 'NOT_READ', status: 'FAILED' });
		expect(item.json).not.toHaveProperty('row_index');
	});

	it('refuses a Table Rows value it does not know, saying what to put instead', async () => {
		const result = await run({ options: { tableRows: '={{ "rows" }}' } });
		const item = only(result.byOutput['Not Read']);
		expect(String(item.json.reason)).toMatch(/Table Rows must be "list" or "items", but it is "rows"/);
	});
});

/** The sample's answer with the members changed, sent for the next read, as GLAIR would send a card where they disagree. */
function sendWith(change: (members: Row[]) => void): void {
	const answer = answerOf(kkAnswer) as { read: { table: Row[] } };
	change(answer.read.table);
	answerNextWith(suite.sandbox, answer);
}

describe('Read KK: the checks of the household', () => {
	it('passes the sample household without a warning, each member with its dates in yyyy-mm-dd', async () => {
		const item = only((await run()).byOutput.Success);
		expect(item.json.warnings).toBe('');
		const members = item.json.members as Row[];
		expect(members.map((member) => [member.tanggal_lahir_iso, member.tanggal_perkawinan_iso])).toEqual([
			['1985-07-11', '2014-02-14'],
			['1990-08-05', '2014-02-14'],
			['2015-06-17', ''],
			['2018-02-09', ''],
		]);
	});

	it('names the list and the row of a member whose NIK disagrees with the printed sex, and sends the card to Needs Review on warnings', async () => {
		sendWith((members) => ((members[1].jenis_kelamin as { value: string }).value = 'LAKI-LAKI'));
		const item = only((await run({ options: { reviewOnWarnings: true } })).byOutput['Needs Review']);
		expect(item.json.warnings).toBe("members[1].nik: the NIK's birth day is over 40, which is a woman's NIK, but jenis_kelamin is LAKI-LAKI");
		expect(item.json.review_reasons).toContain('members[1].nik: ');
	});

	it('warns when no member is the head of the family, and when two are', async () => {
		sendWith((members) => ((members[0].status_hubungan_dalam_keluarga as { value: string }).value = 'SUAMI'));
		expect(only((await run()).byOutput.Success).json.warnings).toBe('members: no member is KEPALA KELUARGA (head of the family); a KK has exactly one');
		sendWith((members) => ((members[3].status_hubungan_dalam_keluarga as { value: string }).value = 'KEPALA KELUARGA'));
		expect(only((await run()).byOutput.Success).json.warnings).toBe('members: members[0], members[3] are each KEPALA KELUARGA (head of the family); a KK has exactly one');
	});

	it("reviews a member's field read below the confidence asked for, naming it by list and row", async () => {
		const item = only((await run({ options: { reviewBelowConfidence: 100 } })).byOutput['Needs Review']);
		expect(String(item.json.review_reasons)).toMatch(/members\[3\]\.nama_ibu \(\d+(\.\d+)?%\)/);
	});

	it('sends a card whose members table GLAIR left empty to Needs Review at the defaults', async () => {
		sendWith((members) => members.splice(0));
		const item = only((await run()).byOutput['Needs Review']);
		expect(item.json.review_reasons).toBe('no row of members was read');
	});
});

