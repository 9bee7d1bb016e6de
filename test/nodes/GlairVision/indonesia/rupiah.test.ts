import { checkAmount, formatRupiah, parseRupiah } from '../../../../nodes/GlairVision/indonesia/rupiah';

describe('parseRupiah reads an amount as Indonesian documents print it', () => {
	it.each([
		// Indonesian notation: dots group thousands, the comma starts the cents
		['1.234.567,89', 1234567.89],
		['Rp 12.500.000', 12500000],
		['Rp12.500.000', 12500000],
		['Rp. 12.500.000,00', 12500000],
		['RP 12.500.000,-', 12500000],
		['Rp 12.500.000.-', 12500000],
		['IDR 7.500.000', 7500000],
		['rp 250.000', 250000],
		['12 500 000', 12500000],
		// the ambiguous single separator, decided the Indonesian way
		['1.234', 1234],
		['1,234', 1.234],
		['12.5', 12.5],
		['1234.56', 1234.56],
		['1.2345', 1.2345], // a single dot not followed by exactly three digits is a decimal point
		['0,5', 0.5],
		// a bank's English layout, told apart by both separators or repeated commas
		['IDR 1,234,567.89', 1234567.89],
		['1,234,567', 1234567],
		['1,234.5', 1234.5],
		// shorthand
		['12,5 jt', 12500000],
		['12,5jt', 12500000],
		['12,3 jt', 12300000],
		['12.5 JUTA', 12500000],
		['Rp 3 jt', 3000000],
		['500 rb', 500000],
		['500 ribu', 500000],
		['1,25 M', 1250000000],
		['2 miliar', 2000000000],
		['1 T', 1000000000000],
		// plain digits (an amount the newest answers give as a JSON number)
		['12500000', 12500000],
		['0', 0],
		// negative, and nothing
		['-50.000', -50000],
		['Rp -50.000', -50000],
		['-Rp 50.000', -50000],
		['(50.000)', -50000],
		['(Rp 50.000,00)', -50000],
		['50.000-', -50000],
		['-', 0],
		['Rp -', 0],
		// a bank statement's column markers
		['1.250.000,00 DB', 1250000],
		['12.500.000,00 CR', 12500000],
	])('%s is %d', (text, amount) => {
		expect(parseRupiah(text)).toBe(amount);
	});

	it.each([
		[''],
		['Rp'],
		['Rp.'],
		['jt'],
		['12,5,0'], // two commas that are not groups of three
		['1.23.456'], // a group that is not three digits
		['1,234,56'],
		['1.234,56,78'],
		['1,234.567.8'],
		['12.500.000,'],
		['DUA BELAS JUTA'],
		['12O.000'], // an O where a 0 belongs
		['12.500.000 USD'],
		['--50'],
	])('%j is not an amount', (text) => {
		expect(parseRupiah(text)).toBeUndefined();
	});
});

describe('formatRupiah', () => {
	it.each([
		[5250000, '5.250.000'],
		[1234567.89, '1.234.567,89'],
		[-50000, '-50.000'],
		[0, '0'],
		[999, '999'],
		[0.5, '0,50'],
	])('%d is %s', (amount, text) => {
		expect(formatRupiah(amount)).toBe(text);
	});
});

describe('checkAmount', () => {
	it('adds the number as the companion', () => {
		expect(checkAmount('Rp 12.500.000', 'total_number')).toEqual({ companions: { total_number: 12500000 } });
	});
	it('names what it could not read', () => {
		expect(checkAmount('DUA JUTA', 'total_number')).toEqual({
			problem: 'cannot read "DUA JUTA" as an amount; expected one like 1.234.567,89, Rp 12.500.000 or 12,5 jt',
		});
	});
});
