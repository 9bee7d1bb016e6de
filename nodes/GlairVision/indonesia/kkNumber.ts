import { PASSED, failed, type CheckOutcome } from './checkOutcome';
import { daysInMonth } from './dates';
import { identityDigits, notSixteenDigits } from './identityNumber';
import { isNikProvince } from './nik';

/**
 * The KK number (Nomor Kartu Keluarga), 16 digits: PP RR DD DDMMYY SSSS, the region of the family's
 * address (province, regency, district: Kemendagri's codes, as a NIK's first six digits), the day
 * the card was first issued and a serial. The card keeps its number when it is printed again (a
 * child born, a move within the district), so the date is the first issue, not the printed one.
 */
export interface KkNumber {
	province: string;
	regency: string;
	district: string;
	/** Digits 7-12 as printed, DDMMYY. */
	issueDigits: string;
	issued: { day: number; month: number; yearOfCentury: number };
	serial: string;
}

/** The year has two digits, so the century is unknown: allow 29 February. */
const ANY_LEAP_YEAR = 2000;

/** The parts of a KK number printed with or without grouping marks; undefined when it is not 16 digits. */
export function parseKkNumber(text: string): KkNumber | undefined {
	const digits = identityDigits(text);
	if (!/^\d{16}$/.test(digits)) return undefined;
	return {
		province: digits.slice(0, 2),
		regency: digits.slice(2, 4),
		district: digits.slice(4, 6),
		issueDigits: digits.slice(6, 12),
		issued: { day: Number(digits.slice(6, 8)), month: Number(digits.slice(8, 10)), yearOfCentury: Number(digits.slice(10, 12)) },
		serial: digits.slice(12),
	};
}

/** Its length, its region (a known province, a regency and a district that are not 00), its issue date and its serial. */
export function checkKkNumber(text: string): CheckOutcome {
	const kk = parseKkNumber(text);
	if (!kk) return failed(notSixteenDigits('a KK number', text));
	if (!isNikProvince(kk.province)) return failed(`a KK number starts with the region of the family's address; ${kk.province} is not an Indonesian province`);
	if (kk.regency === '00' || kk.district === '00') {
		return failed(`digits 3-6 of a KK number are the regency and the district of the family's address; ${kk.regency}${kk.district} has a 00, which is none`);
	}
	const { day, month } = kk.issued;
	if (!(month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(ANY_LEAP_YEAR, month))) {
		return failed(`digits 7-12 of a KK number are the day it was first issued, DDMMYY; ${kk.issueDigits} is not a date`);
	}
	if (kk.serial === '0000') return failed('the last 4 digits of a KK number are a serial that starts at 0001; this ends in 0000');
	return PASSED;
}
