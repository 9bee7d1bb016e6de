/**
 * An owner's name as documents print it: a person with forms of address and degrees around the
 * name, or a company with its legal form before or after it.
 */

/** Forms of address and titles written before a name ("BPK. H. AHMAD", "NY. DEWI"). */
const HONORIFICS = new Set([
	'BAPAK', 'BPK', 'BP', 'IBU', 'SDR', 'SDRI', 'SAUDARA', 'SAUDARI', 'TN', 'TUAN', 'NY', 'NYONYA', 'NN', 'NONA',
	'H', 'HJ', 'HAJI', 'HAJJAH', 'KH', 'DR', 'DRS', 'DRA', 'IR', 'PROF',
]);
/** Academic degrees written after a name ("DEWI, S.E.", "AHMAD ST MT"). */
const DEGREES = new Set([
	'SE', 'ST', 'SH', 'SKOM', 'SPD', 'SSOS', 'SIP', 'SP', 'SPSI', 'SKED', 'SAK', 'SS', 'SHI', 'SAG', 'SFARM', 'SKM', 'SIKOM', 'STP', 'SPT', 'SSI',
	'MM', 'MH', 'MT', 'MSI', 'MKOM', 'MPD', 'MBA', 'MSC', 'MAK', 'MKES', 'AMD', 'AMK', 'BSC', 'BA', 'PHD', 'SPOG', 'SPA', 'SPB',
]);
/** Legal forms of a company, wherever they stand: "PT. X", "X, PT", "PT X TBK". */
const COMPANY_FORMS = new Set(['PT', 'CV', 'UD', 'TBK', 'KOPERASI', 'KOP', 'YAYASAN', 'PERSERO', 'FA', 'PD']);
/** TBK (listed) and PERSERO (state-owned) qualify a PT; they do not make another kind of company. */
const FORM_QUALIFIERS = new Set(['TBK', 'PERSERO']);

export interface OwnerName {
	/** The name's own words, in order, without forms of address, degrees and company forms. */
	words: string[];
	/** The company forms it carries (PT, CV ...), sorted; empty for a person. */
	companyForms: string[];
}

/** Punctuation goes; dots inside a token go without splitting it, so "P.T." is PT and "S.KOM" is SKOM. */
function nameTokens(text: string): string[] {
	return text
		.toUpperCase()
		.split(/[\s,;:/()&-]+/)
		.map((token) => token.replace(/[^A-Z0-9]/g, ''))
		.filter((token) => token !== '');
}

export function parseOwnerName(text: string): OwnerName {
	const tokens = nameTokens(text);
	const companyForms = [...new Set(tokens.filter((token) => COMPANY_FORMS.has(token)))].sort();
	let words = tokens.filter((token) => !COMPANY_FORMS.has(token));
	if (companyForms.length === 0) {
		// Titles only at the start, degrees only at the end, and never the last word left.
		let start = 0;
		while (start < words.length - 1 && HONORIFICS.has(words[start])) start++;
		let end = words.length;
		while (end > start + 1 && DEGREES.has(words[end - 1])) end--;
		words = words.slice(start, end);
	}
	return { words, companyForms };
}

export function isCompanyName(text: string): boolean {
	return parseOwnerName(text).companyForms.length > 0;
}

/** The kind of company (PT, CV, ...) without TBK and PERSERO: a PT and a CV of one name are two companies. */
export function companyKinds(name: OwnerName): string[] {
	return name.companyForms.filter((form) => !FORM_QUALIFIERS.has(form));
}
