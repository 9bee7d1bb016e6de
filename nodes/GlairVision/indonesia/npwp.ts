import { failed, quoted, type CheckOutcome } from './checkOutcome';
import { withoutGroupingMarks } from './words';

/**
 * An NPWP (tax number) is 15 digits, printed 99.999.999.9-999.999. Since 2024 the 16-digit form
 * is used: an individual's NIK, or a 0 before the old 15 digits. Both are accepted; the
 * companion gives the 16-digit form, so old and new cards can be matched.
 */
export function checkNpwpShape(text: string, sixteenDigitCompanion: string): CheckOutcome {
	const digits = withoutGroupingMarks(text);
	if (/^\d{15}$/.test(digits)) return { companions: { [sixteenDigitCompanion]: `0${digits}` } };
	if (/^\d{16}$/.test(digits)) return { companions: { [sixteenDigitCompanion]: digits } };
	const count = digits.replace(/\D/g, '').length;
	const others = digits.length > count ? ' and other characters' : '';
	return failed(
		`an NPWP has 15 digits (printed 99.999.999.9-999.999) or, since 2024, 16 (a NIK); ${quoted(text.trim())} has ${count} digits${others}`,
	);
}
