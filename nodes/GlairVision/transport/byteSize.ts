/** Sizes as the node's limits and messages speak of them: binary megabytes (MiB), written "MB". */
export const MEGABYTE = 1024 * 1024;

/** "1.5 MB", "64 MB", "0.3 MB": one decimal, none when it is .0. */
export function formatMegabytes(bytes: number): string {
	return `${(bytes / MEGABYTE).toFixed(1).replace(/\.0$/, '')} MB`;
}

/**
 * A size and the limit it broke, both in MB, or both in bytes where MB would make them look
 * equal ("20 MB, over the 20 MB limit" says nothing).
 */
export function sizeAgainstLimit(size: number, limit: number): [size: string, limit: string] {
	const [shownSize, shownLimit] = [formatMegabytes(size), formatMegabytes(limit)];
	return shownSize === shownLimit ? [`${Math.round(size)} bytes`, `${Math.round(limit)} bytes`] : [shownSize, shownLimit];
}
