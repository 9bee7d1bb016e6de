import { companyKinds, isCompanyName, parseOwnerName } from '../../../../nodes/GlairVision/indonesia/ownerName';

describe('parseOwnerName', () => {
	it.each([
		['NY. DEWI SPESIMEN FIKTIF, S.E.', ['DEWI', 'SPESIMEN', 'FIKTIF'], []],
		['BPK. DR. IR. H. AHMAD CONTOH, ST., MT.', ['AHMAD', 'CONTOH'], []],
		['SAHABAT ANUGERAH SEJAHTERA, CV.', ['SAHABAT', 'ANUGERAH', 'SEJAHTERA'], ['CV']],
		['P.T. SAHABAT ANUGERAH', ['SAHABAT', 'ANUGERAH'], ['PT']],
		['PT. CONTOH (PERSERO) TBK', ['CONTOH'], ['PERSERO', 'PT', 'TBK']],
		['H.', ['H'], []], // a title alone stays: never an empty name
		['IBU SE', ['SE'], []], // a degree alone stays too
	])('reads %p', (name, words, forms) => {
		expect(parseOwnerName(name)).toEqual({ words, companyForms: forms });
	});

	it.each([
		['PT SAHABAT', true],
		['SAHABAT, CV', true],
		['YAYASAN CONTOH', true],
		['DEWI SPESIMEN FIKTIF', false],
		['PUTRI', false], // PT inside a word is not a form
	])('isCompanyName(%p) is %p', (name, company) => {
		expect(isCompanyName(name)).toBe(company);
	});
});

describe('companyKinds', () => {
	it.each([
		['PT. CONTOH (PERSERO) TBK', ['PT']],
		['CV CONTOH', ['CV']],
		['CONTOH TBK', []], // a qualifier alone is no kind of company
		['DEWI SPESIMEN', []],
	])('of %p is %p', (name, kinds) => {
		expect(companyKinds(parseOwnerName(name))).toEqual(kinds);
	});
});
