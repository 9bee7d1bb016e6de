import { generalDocument } from '../../../../../nodes/GlairVision/documents/generalDocument';
import { itemWith, sample } from '../../../../helpers/documents';
import { runGlairVision } from '../../../../helpers/engine';
import { describeFlatDocumentRead } from '../../../../helpers/flatDocumentRead';
import { only, readParameters } from '../../../../helpers/readParameters';
import { useSandbox } from '../../../../helpers/sandboxSuite';
import letterAnswer from '../../../../sandbox/fixtures/general-document-letter-response.json';

const suite = useSandbox();

describeFlatDocumentRead({ spec: generalDocument, suite, sampleFile: 'general-document-letter.png', fixture: letterAnswer });

describe('Read General Document', () => {
	it('puts every line GLAIR read into text, a line each, in its order', async () => {
		const result = await runGlairVision({
			parameters: readParameters('generalDocument'),
			credentials: suite.credentials,
			documents: [itemWith(sample('general-document-letter.png'))],
		});
		const text = String(only(result.byOutput.Success).json.text);
		expect(text.split('\n')).toEqual(letterAnswer.read.all_texts.map((line) => line.value));
		expect(text).toContain('SURAT KETERANGAN KERJA\nNO. 001/SPX/VI/2026');
		expect(suite.sandbox.requests[0]).toMatchObject({ path: '/ocr/v1/general-document' });
	});
});
