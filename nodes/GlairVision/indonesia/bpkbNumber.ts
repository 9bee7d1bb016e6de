import { PASSED, failed, type CheckOutcome } from './checkOutcome';

/** The stamp repeats the printed BPKB number; offices write it with or without dashes and spaces. */
export function comparableBpkbNumber(text: string): string {
	return text.replace(/[\s\-]/g, '').toUpperCase();
}

/**
 * The number with letters misread among its digits taken for the digits they look like: after a
 * series of 1-2 letters come digits only, so "Z-OOO54321" is Z00054321. A second series letter that
 * looks like a digit is taken for the digit.
 */
export function bpkbNumberWithDigitsRestored(text: string): string {
	const compact = comparableBpkbNumber(text);
	const series = /^[A-Z][A-HJKMNPR-Z]?/.exec(compact)?.[0] ?? '';
	return series + compact.slice(series.length).replace(/[OQ]/g, '0').replace(/[IL]/g, '1');
}

export function checkStampMatchesBpkbNumber(stampText: string, bpkbNumberText: string): CheckOutcome {
	if (comparableBpkbNumber(stampText) === comparableBpkbNumber(bpkbNumberText)) return PASSED;
	return failed(`the stamped number ${stampText.trim()} is not the BPKB number ${bpkbNumberText.trim()}`);
}

/**
 * A BPKB number is a series letter and 8 digits: the vendor's sample reads "U-03870835", and that
 * one sample is all the record shows. Assumed from it: 1 or 2 series letters (in case a series
 * runs out of single letters), a dash or space or nothing, then 7 or 8 digits (older books are said
 * to have 7). Only the shape is checked; a number may be genuine and still fail an unseen series.
 */
const BPKB_NUMBER_SHAPE = /^[A-Z]{1,2}[\s-]*\d{7,8}$/;

export function checkBpkbNumberShape(text: string): CheckOutcome {
	if (BPKB_NUMBER_SHAPE.test(text.trim().toUpperCase())) return PASSED;
	return failed(`a BPKB number reads like "U-03870835" (a series letter, a dash, 8 digits); this is "${text.trim()}"`);
}
