import { gestureCode, GESTURES } from '../../../../../nodes/GlairVision/engine/plan/gestures';
import { identityFromKtpRow, identityFromValues } from '../../../../../nodes/GlairVision/engine/plan/identityRequest';
import { splitRtRw, toDayFirstDate } from '../../../../../nodes/GlairVision/indonesia';
import { SAMPLE_IDENTITY_PARTS, SAMPLE_KTP_ROW } from '../../../../helpers/ktpRow';
import { GESTURE_CODES } from '../../../../sandbox/faces';

/** A Read KTP row of the sample card (flattened output), as the node writes it. */
const KTP_ROW = { status: 'SUCCESS', ...SAMPLE_KTP_ROW, agama: 'ISLAM' };
const SAMPLE_PARTS = SAMPLE_IDENTITY_PARTS;

describe('identityFromKtpRow', () => {
	it('sends every KTP field Dukcapil judges, the date dd-mm-yyyy and the RT/RW box as two parts', () => {
		expect(identityFromKtpRow(KTP_ROW)).toEqual({ kind: 'parts', parts: SAMPLE_PARTS });
	});

	it('reads a Verify Vehicle File row by its ktp_ columns', () => {
		const verifyRow = Object.fromEntries([['verdict', 'CONSISTENT'], ['bpkb_nik', 'x'], ...Object.entries(KTP_ROW).map(([key, value]) => [`ktp_${key}`, value])]);
		expect(identityFromKtpRow(verifyRow)).toEqual({ kind: 'parts', parts: SAMPLE_PARTS });
	});

	it('falls back on the printed date, takes what was given by hand on top, and leaves out empty fields', () => {
		const row = { ...KTP_ROW, tanggal_lahir_iso: undefined, tanggal_lahir: '05 AGUSTUS 1990', alamat: ' ', pekerjaan: '' };
		const kept = Object.fromEntries(Object.entries(SAMPLE_PARTS).filter(([part]) => part !== 'address' && part !== 'job_type'));
		const result = identityFromKtpRow(row, { mother_maiden_name: 'SITI CONTOH', name: 'DEWI S FIKTIF' });
		expect(result).toEqual({ kind: 'parts', parts: { ...kept, name: 'DEWI S FIKTIF', mother_maiden_name: 'SITI CONTOH' } });
	});

	it('says what to do with an item that is no KTP row, without quoting any value', () => {
		const result = identityFromKtpRow({ email: 'someone@example.com' });
		expect(result).toEqual({ kind: 'invalid', problem: expect.stringContaining('Read the KTP first, or choose Source "Manual"') });
	});
});

describe('identityFromValues', () => {
	it('accepts dd-mm-yyyy or ISO and sends dd-mm-yyyy; keeps the NIK\'s digits', () => {
		expect(identityFromValues('3299 9945 0890 0001', ' DEWI ', '1990-08-05')).toEqual({ kind: 'parts', parts: { nik: '3299994508900001', name: 'DEWI', date_of_birth: '05-08-1990' } });
		expect(identityFromValues('3299994508900001', 'DEWI', '5/8/1990', { no_kk: '3299990101150001', rt: '' })).toEqual({
			kind: 'parts',
			parts: { nik: '3299994508900001', name: 'DEWI', date_of_birth: '05-08-1990', no_kk: '3299990101150001' },
		});
	});

	it.each([
		['', 'DEWI', '05-08-1990', 'The NIK is empty'],
		['32999945089', 'DEWI', '05-08-1990', 'The NIK is not 16 digits (it has 11 characters)'],
		['3299994508900001', '', '05-08-1990', 'The name is empty'],
		['3299994508900001', 'DEWI', '31-02-1990', 'The date of birth cannot be read as a date'],
		['3299994508900001', 'DEWI', '', 'The date of birth is empty'],
	])('refuses %j %j %j: %s', (nik, name, date, problem) => {
		const result = identityFromValues(nik, name, date);
		expect(result).toEqual({ kind: 'invalid', problem: expect.stringContaining(problem) });
		if (result.kind === 'invalid' && nik.length > 4) expect(result.problem).not.toContain(nik);
	});
});

describe('Indonesian parts', () => {
	it.each([
		['001/002', { rt: '001', rw: '002' }],
		[' 1 / 12 ', { rt: '1', rw: '12' }],
		['RT/RW 003\\004', { rt: '003', rw: '004' }],
		['001-002', { rt: '001', rw: '002' }],
		['001', undefined],
		['', undefined],
	])('splitRtRw(%j)', (text, parts) => expect(splitRtRw(text)).toEqual(parts));

	it('writes a date day first', () => {
		expect(toDayFirstDate({ year: 1990, month: 8, day: 5 })).toBe('05-08-1990');
	});

	it('knows the record\'s 19 gesture codes, forgiving case and spaces', () => {
		expect(GESTURES.map(([code]) => code).sort()).toEqual([...GESTURE_CODES].sort());
		expect(gestureCode(' hand_01100 ')).toBe('HAND_01100');
		expect(gestureCode('HAND_2')).toBeUndefined();
	});
});
