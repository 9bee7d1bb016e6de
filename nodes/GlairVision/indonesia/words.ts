/** Without the spaces, dots and dashes printed to group a number's digits ("3201.2315 0890-0001"). */
export function withoutGroupingMarks(text: string): string {
	return text.replace(/[\s.\-]/g, '');
}

/** Letters and digits only, upper case: case, spaces, dashes, dots and slashes are how it is printed, not what it is. */
export function lettersAndDigits(text: string): string {
	return text.toUpperCase().replace(/[^A-Z0-9]/g, '');
}

/**
 * The words of a printed description, upper case, punctuation dropped. "ABU2" is the common short
 * way to write a doubled word (ABU-ABU, grey), so it is read as the word twice.
 */
export function printedWords(text: string): string[] {
	return text
		.toUpperCase()
		.split(/[^A-Z0-9]+/)
		.filter((word) => word !== '')
		.flatMap((word) => (/^[A-Z]{2,}2$/.test(word) ? [word.slice(0, -1), word.slice(0, -1)] : [word]));
}
