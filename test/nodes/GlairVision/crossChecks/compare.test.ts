import {
	compare,
	compareValidUntil,
	editDistance,
	type CompareKind,
	type Comparison,
} from '../../../../nodes/GlairVision/crossChecks/compare';

type Case = readonly [a: string, b: string, expected: Comparison];

/** Per kind: OCR slips that must still match (or be near), real differences that must not. */
const CASES: Readonly<Record<CompareKind, readonly Case[]>> = {
	vin: [
		['MHZSPX15ME0000123', 'MHZSPX15ME0000123', 'match'],
		['MHZSPX15ME0000123', 'mhzspx15me0000123', 'match'], // lower case
		['MHZSPX15ME0000123', 'MHZ SPX15 ME000 0123', 'match'], // spaces
		['MHZSPX15ME0000123', 'MHZ-SPX15-ME0000123', 'match'], // dashes
		['MHZSPX15ME0000123', 'MHZSPX15MEO000123', 'match'], // O for 0
		['MHZSPX15ME0000123', 'MHZSPX15ME000Q123', 'match'], // Q for 0
		['MHZSPX1SME0000123', 'MHZSPXI5ME0000123', 'near'], // S for 5 vs I for 1: one lookalike left
		['MHZSPX15ME0000123', 'MHZSPX15ME000123', 'near'], // a zero dropped
		['MHZSPX15ME0000123', 'MHZSPX15ME0000128', 'mismatch'], // another serial digit
		['MHZSPX15ME0000123', 'MHZSPX15ME0000132', 'mismatch'], // two digits swapped
		['MHZSPX15ME0000123', 'MHCPHR54CRJ540957', 'mismatch'], // another car
		['MHZSPX15ME0000123', '', 'missing'],
		['  ', 'MHZSPX15ME0000123', 'missing'],
	],
	engineNumber: [
		['SPX15E000123', 'spx15e000123', 'match'],
		['SPX15E000123', 'SPX15E-000123', 'match'],
		['SPX15E000123', 'SPX15E OOO123', 'match'], // O for 0
		['SPX15E000123', 'SPXI5E000123', 'match'], // I for 1
		['SPX15E000123', '5PX15E000123', 'near'], // 5 for S
		['SPX15E000123', 'SPX15E000124', 'mismatch'],
		['SPX15E000123', 'SPX15F000123', 'mismatch'], // a letter for another letter
		['SPX15E000123', '5PX15E0G0B23', 'mismatch'], // three lookalikes: more likely another number
		['', 'SPX15E000123', 'missing'],
	],
	plate: [
		['D 1234 SPX', 'D1234SPX', 'match'],
		['D 1234 SPX', 'd-1234-spx', 'match'],
		['D 1234 SPX', 'D 1234 SPX ', 'match'],
		['D 1234 SPX', 'D 1234 5PX', 'near'], // 5 for S
		['D 1234 SPX', 'D 1234 SPK', 'mismatch'], // another plate
		['D 1234 SPX', 'B 1234 SPX', 'mismatch'], // another region
		['D 1234 SPX', 'D 123 SPX', 'mismatch'], // a short plate: no "one character less"
		['D 1234 SPX', '', 'missing'],
	],
	bpkbNumber: [
		['Z-00054321', 'Z00054321', 'match'],
		['Z-00054321', 'z 00054321', 'match'],
		['Z-00054321', 'Z-OOO54321', 'match'], // O for 0 among the digits
		['Z-00054321', 'Z-0005432I', 'match'], // I for 1 among the digits
		['Z-00054321', 'Z-00O5432I', 'match'],
		['Z-00054321', '2-00054321', 'near'], // 2 for the series letter Z
		['Z-00054321', 'Z-0054321', 'near'], // a zero dropped
		['Z-00054321', 'Z-00054322', 'mismatch'],
		['Z-00054321', 'U-03870835', 'mismatch'],
		['', 'Z-00054321', 'missing'],
	],
	identityNumber: [
		['3299994508900001', '3299994508900001', 'match'],
		['3299994508900001', '3299 9945 0890 0001', 'match'],
		['3299994508900001', '32.99.99.450890.0001', 'match'],
		['3299994508900001', '32999945O8900001', 'near'], // O for 0
		['3299994508900001', '3299994508900002', 'mismatch'], // another person
		['3299994508900001', '3173014508900001', 'mismatch'],
		['3299994508900001', '', 'missing'],
	],
	ownerName: [
		['DEWI SPESIMEN FIKTIF', 'dewi spesimen fiktif', 'match'],
		['DEWI SPESIMEN FIKTIF', 'DEWI  SPESIMEN   FIKTIF', 'match'],
		['DEWI SPESIMEN FIKTIF', 'NY. DEWI SPESIMEN FIKTIF', 'match'],
		['DEWI SPESIMEN FIKTIF', 'IBU HJ. DEWI SPESIMEN FIKTIF, S.E.', 'match'],
		['AHMAD CONTOH', 'BPK. DR. IR. H. AHMAD CONTOH, ST., MT.', 'match'],
		['AHMAD CONTOH', 'SDR AHMAD CONTOH', 'match'],
		['PT. SAHABAT ANUGERAH', 'PT SAHABAT ANUGERAH', 'match'],
		['P.T. SAHABAT ANUGERAH', 'SAHABAT ANUGERAH, PT', 'match'],
		['CV. SAHABAT ANUGERAH SEJAHTERA', 'SAHABAT ANUGERAH SEJAHTERA, CV', 'match'],
		['C.V. SAHABAT ANUGERAH SEJAHTERA', 'CV SAHABAT ANUGERAH SEJAHTERA', 'match'],
		['PT CONTOH SEJAHTERA TBK', 'PT. CONTOH SEJAHTERA', 'match'],
		['KOPERASI CONTOH MAJU', 'CONTOH MAJU', 'match'],
		['DEWI SPESIMEN FIKTIF', 'DEWI SPESLMEN FIKTIF', 'near'], // one letter
		['DEWI SPESIMEN FIKTIF', 'DEWI S. FIKTIF', 'near'], // an initial
		['DEWI SPESIMEN FIKTIF', 'FIKTIF DEWI SPESIMEN', 'near'], // another order
		['DEWI SPESIMEN FIKTIF', 'SITI CONTOH RAHAYU', 'mismatch'], // another owner
		['DEWI SPESIMEN FIKTIF', 'DEWI SPESIMEN', 'mismatch'], // a word less is another person
		['PT SAHABAT ANUGERAH', 'CV SAHABAT ANUGERAH', 'mismatch'], // another company
		['BUDI', 'BUDI S', 'mismatch'],
		['', 'DEWI SPESIMEN FIKTIF', 'missing'],
	],
	text: [
		['CONTOHMOBIL', 'contohmobil', 'match'],
		['SPX-1500 (4X2) A/T', 'SPX 1500 4X2 AT', 'match'],
		['SPX-1500 (4X2) A/T', 'SPX-1500 (4X2) M/T', 'mismatch'], // manual, not automatic
		['TOYOTA', 'TOYOTA MOTOR', 'near'],
		['CONTOHMOBIL', 'C0NTOHMOBIL', 'near'], // 0 for O
		['CONTOHMOBIL', 'CONTOHMOBII', 'mismatch'], // another letter: no edit-distance near for descriptions
		['TOYOTA', 'HONDA', 'mismatch'],
		['TOYOTA', '', 'missing'],
	],
	year: [
		['2021', '2021', 'match'],
		['2021', ' 2021 ', 'match'],
		['2021', '2022', 'mismatch'],
		['2021', '', 'missing'],
	],
	colour: [
		['ABU-ABU METALIK', 'ABU ABU METALIK', 'match'],
		['ABU-ABU METALIK', 'abu2 metalik', 'match'],
		['HITAM METALIK', 'METALIK HITAM', 'match'],
		['PUTIH SILVER', 'PUTIH', 'near'],
		['HITAM', 'HITAM METALIK', 'near'],
		['PUTIH', 'HITAM', 'mismatch'],
		['PUTIH SILVER', 'HITAM', 'mismatch'],
		['', 'PUTIH', 'missing'],
	],
	engineSize: [
		['2.499 CC', '2499 CC', 'match'],
		['1.496 CC', '1,496cc', 'match'],
		['1496', '1.496 CC', 'match'],
		['1.496 CC', '1.497 CC', 'mismatch'],
		['1.496 CC', '2.496 CC', 'mismatch'],
		['LISTRIK', 'listrik', 'match'],
		['1.496 CC', '', 'missing'],
	],
	address: [
		[
			'JL. CONTOH RAYA NO. 123 RT 001 RW 002 KEL. FIKTIF KEC. SAMPEL KOTA CONTOH',
			'JL. CONTOH RAYA NO. 123 001/002 FIKTIF SAMPEL KOTA CONTOH',
			'match',
		],
		['JALAN CONTOH RAYA NOMOR 123', 'JL. CONTOH RAYA NO. 123 RT 001 RW 002 KEL. FIKTIF KEC. SAMPEL KOTA CONTOH', 'match'],
		['JL. CONTOH RAYA NO. 123 RT 001 RW 002 KEL. FIKTIF', 'JL. MERDEKA NO. 5 RT 001 RW 002 KEL. LAIN', 'near'],
		['JL. CONTOH RAYA NO. 123', 'PERUM BUKIT INDAH BLOK C', 'mismatch'],
		['', 'JL. CONTOH RAYA NO. 123', 'missing'],
	],
	date: [
		['05-08-1990', '05-08-1990', 'match'],
		['05-08-1990', '5 AGUSTUS 1990', 'match'], // printed two ways
		['05-08-1990', '1990-08-05', 'match'], // an ISO companion
		['05-08-1990', '05/08/1990', 'match'],
		['05-08-1990', '06-08-1990', 'mismatch'], // a day apart
		['05-08-1990', '08-05-1990', 'mismatch'], // day and month swapped: another date
		['05-08-1990', '05-08-1991', 'mismatch'],
		['SOMEDAY', 'someday', 'match'], // not a date: the same text
		['SOMEDAY', '05-08-1990', 'mismatch'],
		['05-08-1990', '', 'missing'],
	],
};

describe.each(Object.entries(CASES) as Array<[CompareKind, readonly Case[]]>)('compare %s', (kind, cases) => {
	it.each(cases)('%p vs %p is %p', (a, b, expected) => {
		expect(compare(kind, a, b).result).toBe(expected);
		// Which value comes first never changes the result.
		expect(compare(kind, b, a).result).toBe(expected);
	});

	it('says why whenever it answers near', () => {
		for (const [a, b] of cases.filter(([, , expected]) => expected === 'near')) expect(compare(kind, a, b).why).toEqual(expect.any(String));
	});
});

describe('editDistance', () => {
	it.each([
		['', '', 0],
		['ABC', '', 3],
		['KITTEN', 'SITTING', 3],
		['Z00054321', 'Z0054321', 1],
		['ABCD', 'ABDC', 2],
	])('%p to %p is %i', (a, b, distance) => {
		expect(editDistance(a, b)).toBe(distance);
		expect(editDistance(b, a)).toBe(distance);
	});
});

describe('compareValidUntil', () => {
	const today = { year: 2026, month: 12, day: 1 };
	it.each([
		['20-11-2031', 30, 'match'],
		['01-12-2026', 0, 'near'], // the last day still counts
		['30-11-2026', 0, 'mismatch'],
		['20-12-2026', 30, 'near'], // within the notice
		['20-12-2026', 0, 'match'],
		['20 NOPEMBER 2025', 30, 'mismatch'],
		['', 30, 'missing'],
		['SOMETIME', 30, 'missing'],
		['SEUMUR HIDUP', 30, 'match'], // an e-KTP: valid for life
		['seumur  hidup', 0, 'match'],
	] as const)('%p with %i days of notice is %p', (date, notice, expected) => {
		expect(compareValidUntil(date, today, notice).result).toBe(expected);
	});

	it('says when it ended', () => {
		expect(compareValidUntil('30-11-2026', today, 0).why).toBe('ended on 2026-11-30, 1 day ago');
	});
});
