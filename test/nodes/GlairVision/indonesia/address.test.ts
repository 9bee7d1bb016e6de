import { addressWords } from '../../../../nodes/GlairVision/indonesia/address';

describe('addressWords', () => {
	it('drops the labels and the leading zeros, keeps names and numbers', () => {
		expect([...addressWords('JL. CONTOH RAYA NO. 123 RT 001 RW 002 KEL. FIKTIF KEC. SAMPEL')]).toEqual(['CONTOH', 'RAYA', '123', '1', '2', 'FIKTIF', 'SAMPEL']);
	});

	it('reads the KTP\'s RT/RW "001/002" as the STNK\'s RT 001 RW 002', () => {
		expect(addressWords('001/002')).toEqual(addressWords('RT 001 RW 002'));
	});

	it('keeps a word that only contains a label', () => {
		expect(addressWords('JALANAN KOTABARU')).toEqual(new Set(['JALANAN', 'KOTABARU']));
	});
});
