/** Splits text into lines of at most `width` characters, at spaces (a longer word gets its own line). */
export function wrapText(text: string, width: number): string[] {
	const lines: string[] = [];
	let current = '';
	for (const word of text.split(' ')) {
		if (current && current.length + 1 + word.length > width) {
			lines.push(current);
			current = word;
		} else {
			current = current ? `${current} ${word}` : word;
		}
	}
	lines.push(current);
	return lines;
}
