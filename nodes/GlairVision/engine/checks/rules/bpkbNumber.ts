import { PASSED, failed, type CheckOutcome } from './outcome';

/** The stamp repeats the printed BPKB number; offices write it with or without dashes and spaces. */
export function comparableBpkbNumber(text: string): string {
	return text.replace(/[\s\-]/g, '').toUpperCase();
}

export function checkStampMatchesBpkbNumber(stampText: string, bpkbNumberText: string): CheckOutcome {
	if (comparableBpkbNumber(stampText) === comparableBpkbNumber(bpkbNumberText)) return PASSED;
	return failed(`the stamped number ${stampText.trim()} is not the BPKB number ${bpkbNumberText.trim()}`);
}
