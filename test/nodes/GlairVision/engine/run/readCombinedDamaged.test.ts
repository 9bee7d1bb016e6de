import { sample } from '../../../../helpers/documents';
import { runGlairVision } from '../../../../helpers/engine';
import type { FixtureFile } from '../../../../helpers/fixtureRegistry';
import { useSandbox } from '../../../../helpers/sandboxSuite';
import { cutAfterFrameHeader, cutMidImage, jpegOf, withClaimedSize } from '../input/combine/jpegBytes';
import { encodePng, noise, withHeaderSize, withImageDataCut } from '../input/combine/pngBytes';

/**
 * Combine Files with one damaged page photo among good ones: the item is refused before anything
 * is uploaded, naming the file and saying what to do (the workflow runs inside n8n's
 * WorkflowExecute, binary data in filesystem mode, against the GLAIR sandbox).
 */

const suite = useSandbox();

const combine = {
	binaryPropertyName: 'attachment_*',
	page: 'all',
	output: 'flattened',
	options: { combineFiles: true, retryDelay: 0.01, includeBinary: false },
};

const jpeg = (fileName: string, bytes: Buffer): FixtureFile => ({ bytes, fileName, mimeType: 'image/jpeg' });
const png = (fileName: string, bytes: Buffer): FixtureFile => ({ bytes, fileName, mimeType: 'image/png' });
const rgbPng = encodePng({ width: 64, height: 48, bitDepth: 8, colorType: 2 }, noise(64 * 48 * 3, 5));
const photo = jpegOf(64, 48);
// Over 1 MiB: n8n's binary store streams it rather than hand over one buffer.
const largePhoto = jpegOf(1200, 880, 7);

describe('Combine Files refuses a damaged page photo, with nothing uploaded', () => {
	it.each([
		['a JPEG cut right after its frame header', jpeg('page-2.jpg', cutAfterFrameHeader(photo)), 'is a JPEG that ends before its image data (cut short or damaged)'],
		['a JPEG cut mid-image', jpeg('page-2.jpg', cutMidImage(photo)), 'is a JPEG that is cut short: it ends partway through its image data'],
		['a large JPEG cut mid-image, streamed from the binary store', jpeg('page-2.jpg', cutMidImage(largePhoto)), 'is a JPEG that is cut short: it ends partway through its image data'],
		[
			'a JPEG whose header claims 65535 x 65535 over 64 x 48 of data',
			jpeg('page-2.jpg', withClaimedSize(photo, 65535, 65535)),
			'is a JPEG whose image data ends before the 65535 x 65535 pixels its header claims (cut short or damaged)',
		],
		[
			'a PNG whose header claims 65535 x 65535 over 64 x 48 of data',
			png('page-2.png', withHeaderSize(rgbPng, 65535, 65535)),
			'is a PNG whose image data holds 0 of the 65535 rows its header claims (cut short or damaged)',
		],
		['a PNG claiming 0 x 0', png('page-2.png', withHeaderSize(rgbPng, 0, 0)), 'is a damaged PNG (its header claims a size of 0 x 0 pixels)'],
		[
			'a PNG whose compressed data is cut short, its checksums valid',
			png('page-2.png', withImageDataCut(rgbPng, 0.5)),
			'is a PNG whose compressed image data is cut short (damaged)',
		],
	])('%s: Not Read, naming the file', async (_, damaged, problem) => {
		const result = await runGlairVision({
			parameters: combine,
			credentials: suite.credentials,
			documents: [{ json: {}, files: { attachment_0: sample('bpkb-photo-1.jpg', { mimeType: 'image/jpeg' }), attachment_1: damaged } }],
		});

		expect(suite.sandbox.requests).toHaveLength(0);
		expect(Object.keys(result.byOutput).filter((output) => result.byOutput[output].length > 0)).toEqual(['Not Read']);
		const [item] = result.byOutput['Not Read'];
		expect(item.pairedItem).toEqual({ item: 0 });
		expect(item.json).toMatchObject({ status: 'FILE_INVALID_FORMAT', file_name: `bpkb-photo-1.jpg, ${damaged.fileName}` });
		expect(item.json.reason).toBe(
			`1 of 2 photos cannot go into one PDF: "${damaged.fileName}" ${problem}. ` +
				'Send the complete file again, as the phone or scanner saved it: a damaged photo would reach GLAIR as a blank or partial page.',
		);
	});

	it('still reads the same item once the damaged photo is replaced by a whole one', async () => {
		const result = await runGlairVision({
			parameters: combine,
			credentials: suite.credentials,
			documents: [{ json: {}, files: { attachment_0: sample('bpkb-photo-1.jpg', { mimeType: 'image/jpeg' }), attachment_1: jpeg('page-2.jpg', largePhoto) } }],
		});
		expect(suite.sandbox.requests).toHaveLength(1);
		expect(result.byOutput['Not Read'] ?? []).toHaveLength(0);
	});
});
