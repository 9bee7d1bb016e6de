/**
 * A phone's IMEI (International Mobile Equipment Identity, GSMA): 15 digits, the last a Luhn check
 * digit over the 14 before it (from the right, every second digit doubled, its digits summed; the
 * check digit makes the total a multiple of 10). A dual-SIM phone has two.
 */
import { PASSED, failed, quoted, type CheckOutcome } from '../indonesia/checkOutcome';

/** The Luhn check digit of the digits given (the 14 of an IMEI before its check digit). */
export function luhnCheckDigit(digits: string): number {
	let sum = 0;
	[...digits].reverse().forEach((digit, index) => {
		const value = Number(digit) * (index % 2 === 0 ? 2 : 1);
		sum += value > 9 ? value - 9 : value;
	});
	return (10 - (sum % 10)) % 10;
}

function imeiProblem(text: string): string | undefined {
	const digits = text.replace(/[\s-]/g, '');
	if (!/^\d{15}$/.test(digits)) return `an IMEI is 15 digits; ${quoted(text)} is not`;
	const expected = luhnCheckDigit(digits.slice(0, 14));
	if (Number(digits[14]) === expected) return undefined;
	return `the check digit of IMEI ${digits} is ${expected}, not ${digits[14]}: a digit was misread, or the IMEI is not real`;
}

/** One IMEI, or several as the node joins them ("490154203237518, 356938035643809"): each must hold. */
export function checkImeis(text: string): CheckOutcome {
	const problems = text.split(',').map((imei) => imei.trim()).filter((imei) => imei !== '').flatMap((imei) => imeiProblem(imei) ?? []);
	return problems.length === 0 ? PASSED : failed(problems.join('; '));
}
