import { NIK_PROVINCE_CODES } from '../../../../nodes/GlairVision/indonesia/nik';
import { PROVINCE_NAMES, comparableProvince, provinceCodeOf } from '../../../../nodes/GlairVision/indonesia/provinces';

describe('the province table', () => {
	it('has the 38 provinces, exactly the codes a NIK may start with', () => {
		expect(Object.keys(PROVINCE_NAMES).sort()).toEqual([...NIK_PROVINCE_CODES].sort());
		expect(Object.keys(PROVINCE_NAMES)).toHaveLength(38);
	});

	it('gives every name one code only', () => {
		const names = Object.values(PROVINCE_NAMES).flat().map(comparableProvince);
		expect(new Set(names).size).toBe(names.length);
	});

	it.each([
		['PROVINSI DKI JAKARTA', '31'],
		['Prov. Jawa Timur', '35'],
		['D.I. YOGYAKARTA', '34'],
		['KEPULAUAN BANGKA  BELITUNG', '19'],
		['PROVINSI PAPUA BARAT DAYA', '96'],
		['JAWA', undefined],
	])('reads %p as %p', (name, code) => {
		expect(provinceCodeOf(name)).toBe(code);
	});
});
