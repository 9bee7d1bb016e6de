/**
 * The grade point average (IPK, Indeks Prestasi Kumulatif) on an Indonesian transcript: 0.00 to
 * 4.00, printed with a decimal comma (3,45) or point (3.45), sometimes as "3,45 / 4,00".
 */
import { failed, quoted, type CheckOutcome } from './checkOutcome';

const HIGHEST = 4;
const GPA = /^(\d)(?:[.,](\d{1,2}))?(?:\s*\/\s*4(?:[.,]0{1,2})?)?$/;

/** Reads the GPA on the 0-4 scale; adds it as a number. */
export function checkGpa(text: string, numberCompanion: string): CheckOutcome {
	const match = GPA.exec(text.trim());
	if (!match) return failed(`cannot read ${quoted(text.trim())} as a grade point average like 3,45 (0,00 to 4,00)`);
	const gpa = Number(`${match[1]}.${match[2] ?? '0'}`);
	if (gpa > HIGHEST) return failed(`a grade point average is at most 4,00; ${quoted(text.trim())} is ${gpa}`);
	return { companions: { [numberCompanion]: gpa } };
}
