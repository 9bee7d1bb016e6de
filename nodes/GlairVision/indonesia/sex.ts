export type Sex = 'male' | 'female';

/** How a KTP prints the sex: LAKI-LAKI (male) or PEREMPUAN (female), sometimes abbreviated. */
export function parseSex(text: string): Sex | undefined {
	const words = text.toUpperCase().replace(/[^A-Z]+/g, ' ').trim();
	if (/^(LAKI( LAKI)?|LK|L|PRIA)$/.test(words)) return 'male';
	if (/^(PEREMPUAN|PR|P|WANITA)$/.test(words)) return 'female';
	return undefined;
}
