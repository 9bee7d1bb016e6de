import type { CrossCheckResult, Verification } from '../../../../../nodes/GlairVision/crossChecks/crossCheck';
import { checkColumns, fileColumnLabels, fileReasons, verdictReason, verificationColumns } from '../../../../../nodes/GlairVision/engine/review/fileReview';
import { applicantFile } from '../../../../../nodes/GlairVision/files/applicantFile';
import { vehicleFile } from '../../../../../nodes/GlairVision/files/vehicleFile';

const check = (overrides: Partial<CrossCheckResult>): CrossCheckResult => ({
	column: 'match_nomor_rangka',
	field: 'nomor_rangka',
	label: 'Chassis Number / VIN',
	soft: false,
	result: 'mismatch',
	values: { bpkb: { nomor_rangka: 'A' }, stnk: { nomor_rangka: 'B', pajak_nomor_rangka: '' } },
	detail: 'nomor_rangka: BPKB "A" vs STNK "B"',
	...overrides,
});

const verification = (checks: CrossCheckResult[], lists: Partial<Verification> = {}): Verification => ({
	verdict: 'MISMATCH',
	checks,
	mismatches: checks.filter((each) => each.result === 'mismatch' && !each.soft).map((each) => each.detail),
	missing: checks.filter((each) => each.result === 'missing' && !each.soft).map((each) => each.detail),
	notes: [],
	...lists,
});

describe('fileReasons', () => {
	it('a difference names every value read; a value missing names the ones not read; both with the check’s line', () => {
		const missing = check({ column: 'match_merk', field: 'merk', result: 'missing', values: { bpkb: { merk: 'X' }, stnk: { merk: '' } }, detail: 'merk: not read on the STNK' });
		expect(fileReasons(verification([check({}), missing]))).toEqual([
			{
				kind: 'crossCheck',
				text: 'nomor_rangka: BPKB "A" vs STNK "B"',
				columns: [
					{ column: 'bpkb_nomor_rangka', words: 'nomor_rangka: BPKB "A" vs STNK "B"' },
					{ column: 'stnk_nomor_rangka', words: 'nomor_rangka: BPKB "A" vs STNK "B"' },
				],
			},
			{ kind: 'crossCheck', text: 'merk: not read on the STNK', columns: [{ column: 'stnk_merk', words: 'merk: not read on the STNK' }] },
		]);
	});

	it('a soft check, a match and a near match ask nothing; what the verdict names without a check has no column', () => {
		const checks = [check({ soft: true }), check({ result: 'match' }), check({ result: 'near' })];
		expect(fileReasons(verification(checks, { missing: ['no KTP given, and the owner is a person'] }))).toEqual([
			{ kind: 'crossCheck', text: 'no KTP given, and the owner is a person', columns: [] },
		]);
	});

	it('what the reads found comes first, and its line is not asked twice; a value over several columns names each', () => {
		const found = { kind: 'conflict' as const, text: 'STNK: nomor_rangka: the files disagree', columns: [{ column: 'stnk_nomor_rangka', words: 'x' }] };
		const address = check({ values: { ktp: { 'alamat+rt_rw': 'JL. A 001/002' }, bpkb: { alamat: 'JL. B' } }, detail: 'alamat: differs' });
		const reasons = fileReasons(verification([address], { mismatches: [found.text, address.detail] }), [found]);
		expect(reasons.map((reason) => [reason.text, reason.columns.map((each) => each.column)])).toEqual([
			[found.text, ['stnk_nomor_rangka']],
			['alamat: differs', ['ktp_alamat', 'ktp_rt_rw', 'bpkb_alamat']],
		]);
	});
});

describe('the file’s columns', () => {
	it('labels each column of the roles given with its document', () => {
		const labels = fileColumnLabels(vehicleFile, new Set(['bpkb', 'stnk']));
		expect(labels.get('bpkb_nomor_rangka')).toBe('BPKB: Chassis Number / VIN (Nomor Rangka)');
		expect([...labels.keys()].some((column) => column.startsWith('ktp_'))).toBe(false);
		expect(new Set(labels.values()).size).toBe(labels.size);
	});

	it('the verdict’s reason, lists and checks in either shape', () => {
		const mismatch = verification([check({})]);
		expect(verdictReason(vehicleFile, mismatch)).toBe('The documents disagree: nomor_rangka: BPKB "A" vs STNK "B"');
		expect(verdictReason(vehicleFile, { ...mismatch, verdict: 'CONSISTENT' })).toBe('The documents describe one vehicle and one owner');
		expect(verificationColumns(vehicleFile, mismatch, 'flattened')).toEqual({ mismatches: 'nomor_rangka: BPKB "A" vs STNK "B"', missing: '', notes: '' });
		expect(verificationColumns(vehicleFile, undefined, 'nested')).toEqual({ mismatches: [], missing: [], notes: [] });
		expect(checkColumns(vehicleFile, mismatch, 'flattened')).toEqual({ match_nomor_rangka: 'mismatch' });
		expect(checkColumns(vehicleFile, mismatch, 'nested')).toEqual({ checks: mismatch.checks });
	});

	it('a file with one word for a mismatch and for something missing names them all in reasons', () => {
		expect(applicantFile.verdicts.mismatch).toBe(applicantFile.verdicts.incomplete);
		const unsure = { ...verification([check({})]), verdict: applicantFile.verdicts.mismatch, missing: ['no KK given'] };
		expect(verificationColumns(applicantFile, unsure, 'flattened')).toEqual({ reasons: 'nomor_rangka: BPKB "A" vs STNK "B"; no KK given', notes: '' });
		expect(verdictReason(applicantFile, unsure)).toBe(`${applicantFile.reasons.mismatch}: nomor_rangka: BPKB "A" vs STNK "B"; no KK given`);
	});
});
