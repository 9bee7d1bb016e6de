/**
 * The 38 provinces by the code a NIK starts with (Kemendagri codes), with the names a KTP or an
 * office prints for them. A KTP's header reads "PROVINSI JAWA BARAT", "PROVINSI DKI JAKARTA" or
 * "PROVINSI D.I. YOGYAKARTA"; names are compared after `comparableProvince`.
 */
export const PROVINCE_NAMES: Readonly<Record<string, readonly string[]>> = {
	'11': ['ACEH', 'NANGGROE ACEH DARUSSALAM', 'NAD'],
	'12': ['SUMATERA UTARA', 'SUMUT'],
	'13': ['SUMATERA BARAT', 'SUMBAR'],
	'14': ['RIAU'],
	'15': ['JAMBI'],
	'16': ['SUMATERA SELATAN', 'SUMSEL'],
	'17': ['BENGKULU'],
	'18': ['LAMPUNG'],
	'19': ['KEPULAUAN BANGKA BELITUNG', 'BANGKA BELITUNG', 'BABEL'],
	'21': ['KEPULAUAN RIAU', 'KEPRI'],
	'31': ['DKI JAKARTA', 'JAKARTA', 'DAERAH KHUSUS IBUKOTA JAKARTA', 'DAERAH KHUSUS JAKARTA', 'DK JAKARTA'],
	'32': ['JAWA BARAT', 'JABAR'],
	'33': ['JAWA TENGAH', 'JATENG'],
	'34': ['DI YOGYAKARTA', 'DAERAH ISTIMEWA YOGYAKARTA', 'YOGYAKARTA', 'DIY'],
	'35': ['JAWA TIMUR', 'JATIM'],
	'36': ['BANTEN'],
	'51': ['BALI'],
	'52': ['NUSA TENGGARA BARAT', 'NTB'],
	'53': ['NUSA TENGGARA TIMUR', 'NTT'],
	'61': ['KALIMANTAN BARAT', 'KALBAR'],
	'62': ['KALIMANTAN TENGAH', 'KALTENG'],
	'63': ['KALIMANTAN SELATAN', 'KALSEL'],
	'64': ['KALIMANTAN TIMUR', 'KALTIM'],
	'65': ['KALIMANTAN UTARA', 'KALTARA'],
	'71': ['SULAWESI UTARA', 'SULUT'],
	'72': ['SULAWESI TENGAH', 'SULTENG'],
	'73': ['SULAWESI SELATAN', 'SULSEL'],
	'74': ['SULAWESI TENGGARA', 'SULTRA'],
	'75': ['GORONTALO'],
	'76': ['SULAWESI BARAT', 'SULBAR'],
	'81': ['MALUKU'],
	'82': ['MALUKU UTARA', 'MALUT'],
	'91': ['PAPUA'],
	'92': ['PAPUA BARAT', 'IRIAN JAYA BARAT'],
	'93': ['PAPUA SELATAN'],
	'94': ['PAPUA TENGAH'],
	'95': ['PAPUA PEGUNUNGAN'],
	'96': ['PAPUA BARAT DAYA'],
};

/** Upper case, dots dropped ("D.I." is "DI"), the word PROVINSI/PROV left off, spaces collapsed. */
export function comparableProvince(text: string): string {
	return text
		.toUpperCase()
		.replace(/\./g, '')
		.replace(/[^A-Z ]+/g, ' ')
		.replace(/^\s*(PROVINSI|PROPINSI|PROV)\b/, '')
		.replace(/\s+/g, ' ')
		.trim();
}

const CODES_BY_NAME = new Map<string, string>(
	Object.entries(PROVINCE_NAMES).flatMap(([code, names]) => names.map((name) => [comparableProvince(name), code] as const)),
);

/** The province code a printed province name stands for, if it is one. */
export function provinceCodeOf(name: string): string | undefined {
	return CODES_BY_NAME.get(comparableProvince(name));
}
