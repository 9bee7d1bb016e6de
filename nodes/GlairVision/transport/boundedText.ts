/**
 * Text that came from outside (an answer's `reason`, a segment of a URL) cut to at most
 * `maxChars` characters, the last of them an ellipsis when anything was cut: a server that sends
 * a 2 MB reason must not make a 2 MB cell or log line.
 */
export function boundedText(text: string, maxChars: number): string {
	if (text.length <= maxChars) return text;
	let end = maxChars - 1;
	// Never leave half of a character that takes two UTF-16 units (an emoji, a rare CJK sign).
	if (/[\uD800-\uDBFF]/.test(text.charAt(end - 1))) end--;
	return `${text.slice(0, end)}…`;
}
