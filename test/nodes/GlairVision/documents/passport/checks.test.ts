import { passport } from '../../../../../nodes/GlairVision/documents/passport';
import { describeCheckTable, fail, pass } from '../../../../helpers/checkTable';
import passportAnswer from '../../../../sandbox/fixtures/passport-sample-response.json';

const CONTEXT = { currentYear: 2026, today: { year: 2026, month: 12, day: 1 } };

/**
 * ICAO 9303's worked example of a TD3 passport's second line, as GLAIR's fields:
 * L898902C36UTO7408122F1204159ZE184226B<<<<<10
 */
const ICAO = {
	doc_number: 'L898902C3',
	doc_number_hash: '6',
	birth_date: '740812',
	birth_date_hash: '2',
	expiry_date: '120415',
	expiry_date_hash: '9',
	optional_data: 'ZE184226B',
	optional_data_hash: '1',
	final_hash: '0',
};
/** The sample passport's fields, as GLAIR's newest docs give them (dates day-first). */
const SAMPLE = Object.fromEntries(Object.entries(passportAnswer.read).map(([key, field]) => [key, field.value]));

describeCheckTable(
	passport,
	[
		pass('doc_number/mrz-check-digit', ICAO),
		pass('doc_number/mrz-check-digit', SAMPLE),
		fail('doc_number/mrz-check-digit', { ...ICAO, doc_number: 'L898902C8' }, /^the MRZ check digit of the passport number L898902C8 is 1, but the passport prints 6/),
		fail('doc_number/mrz-check-digit', { ...ICAO, doc_number_hash: 'G' }, /^the check digit of the passport number is one digit/),
		pass('birth_date/mrz-check-digit', ICAO),
		pass('birth_date/mrz-check-digit', SAMPLE), // day-first, written yymmdd for the digit
		fail('birth_date/mrz-check-digit', { ...ICAO, birth_date: '740813' }, /^the MRZ check digit of the date of birth 740813 is 3, but the passport prints 2/),
		pass('expiry_date/mrz-check-digit', ICAO),
		fail('expiry_date/mrz-check-digit', { ...ICAO, expiry_date_hash: '8' }, /date of expiry 120415 is 9, but the passport prints 8/),
		pass('optional_data/mrz-check-digit', ICAO),
		fail('optional_data/mrz-check-digit', { ...ICAO, optional_data: 'ZE184226C' }, /the optional data ZE184226C is 2, but the passport prints 1/),

		pass('final_hash/mrz-composite', ICAO),
		pass('final_hash/mrz-composite', SAMPLE), // no optional data: fillers
		fail('final_hash/mrz-composite', { ...ICAO, final_hash: '7' }, /^the MRZ's composite check digit is 0 over what GLAIR read, but the passport prints 7/),
		fail('final_hash/mrz-composite', { ...SAMPLE, doc_number: 'C9990128' }, /composite check digit is \d over what GLAIR read/),

		pass('birth_date/mrz-date', { birth_date: '740812' }, { birth_date_iso: '1974-08-12' }),
		pass('birth_date/mrz-date', { birth_date: '05-08-1990' }, { birth_date_iso: '1990-08-05' }),
		fail('birth_date/mrz-date', { birth_date: '741312' }, /"741312" is not a real date/),
		fail('birth_date/mrz-date', { birth_date: '02-12-2026' }, /the date of birth 2026-12-02 is after today/),
		pass('expiry_date/mrz-date', { expiry_date: '350301' }, { expiry_date_iso: '2035-03-01' }),
		fail('expiry_date/mrz-date', { expiry_date: '35O301' }, /cannot read "35O301" as a date; the MRZ writes yymmdd/),
		pass('expiry_date/mrz-expiry', { expiry_date: '350301' }),
		pass('expiry_date/mrz-expiry', { expiry_date: '01-03-2035' }),
		fail('expiry_date/mrz-expiry', { expiry_date: '120415' }, /^the passport ended on 2012-04-15, \d+ days ago$/),
		fail('expiry_date/mrz-expiry', { expiry_date: '261215' }, /^the passport ends on 2026-12-15, in 14 days \(less than 30 days left\)$/),
	],
	CONTEXT,
);
