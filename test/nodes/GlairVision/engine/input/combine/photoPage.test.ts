import { pageSizePoints, pngRefusal, rotationForOrientation } from '../../../../../../nodes/GlairVision/engine/input/combine/photoPage';

describe('pageSizePoints', () => {
	it('is one point per pixel up to A4, and scales larger photos down to 842 pt on the long side', () => {
		expect(pageSizePoints(800, 560)).toEqual({ width: 800, height: 560 });
		expect(pageSizePoints(842, 100)).toEqual({ width: 842, height: 100 });
		expect(pageSizePoints(4032, 3024)).toEqual({ width: 842, height: 631.5 });
		expect(pageSizePoints(3024, 4032)).toEqual({ width: 631.5, height: 842 });
		expect(pageSizePoints(100_000, 1)).toEqual({ width: 842, height: 1 });
	});
});

describe('rotationForOrientation', () => {
	it('turns each EXIF orientation upright, mirrored ones as their unmirrored twin', () => {
		expect([1, 2, 3, 4, 5, 6, 7, 8, 0, 9].map(rotationForOrientation)).toEqual([0, 0, 180, 180, 90, 90, 270, 270, 0, 0]);
	});
});

describe('pngRefusal', () => {
	it('refuses alpha, interlacing and transparent palettes; accepts the rest', () => {
		const base = { width: 1, height: 1, bitDepth: 8, interlaced: false, imageDataLength: 1 };
		expect(pngRefusal({ ...base, colorType: 6 })).toMatch(/alpha channel/);
		expect(pngRefusal({ ...base, colorType: 4 })).toMatch(/alpha channel/);
		expect(pngRefusal({ ...base, colorType: 0, interlaced: true })).toMatch(/interlaced/);
		expect(pngRefusal({ ...base, colorType: 3, palette: Buffer.alloc(3), transparency: Buffer.alloc(1) })).toMatch(/transparent palette/);
		expect(pngRefusal({ ...base, colorType: 3 })).toMatch(/without a valid PLTE/);
		expect(pngRefusal({ ...base, colorType: 3, palette: Buffer.alloc(3) })).toBeUndefined();
		expect(pngRefusal({ ...base, colorType: 2, transparency: Buffer.alloc(6) })).toBeUndefined();
	});
});
