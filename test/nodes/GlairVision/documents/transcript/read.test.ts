import { transcript } from '../../../../../nodes/GlairVision/documents/transcript';
import { describeFlatDocumentRead } from '../../../../helpers/flatDocumentRead';
import { useSandbox } from '../../../../helpers/sandboxSuite';
import answer from '../../../../sandbox/fixtures/transcript-sample-response.json';

const suite = useSandbox();

describeFlatDocumentRead({ spec: transcript, suite, sampleFile: 'transcript-sample.png', fixture: answer });
