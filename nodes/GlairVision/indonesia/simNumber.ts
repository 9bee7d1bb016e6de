/**
 * The number of a SIM (Surat Izin Mengemudi, the driving licence). Since July 2024 the police print
 * the holder's NIK as the SIM number (16 digits, the same on every licence class the holder has);
 * cards issued before carry the older police number, 12 to 14 digits printed in groups. Both stay
 * in use until the card expires (five years). The NIK's own structure is checked by the NIK rules.
 */
import { PASSED, failed, quoted, type CheckOutcome } from './checkOutcome';
import { identityDigits } from './identityNumber';

const OLDER_NUMBER = /^\d{12,14}$/;
const NIK_NUMBER = /^\d{16}$/;

export function checkSimNumberShape(text: string): CheckOutcome {
	const compact = identityDigits(text);
	if (NIK_NUMBER.test(compact) || OLDER_NUMBER.test(compact)) return PASSED;
	const others = [...new Set(compact.replace(/\d/g, ''))];
	const what = others.length > 0 ? `has ${others.map(quoted).join(', ')} where digits belong` : `has ${compact.length} digits`;
	return failed(`a SIM number is the holder's 16-digit NIK (cards since July 2024) or 12 to 14 digits (older cards); ${quoted(text.trim())} ${what}`);
}
