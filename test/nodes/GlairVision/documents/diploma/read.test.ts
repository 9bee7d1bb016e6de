import { diploma } from '../../../../../nodes/GlairVision/documents/diploma';
import { describeFlatDocumentRead } from '../../../../helpers/flatDocumentRead';
import { useSandbox } from '../../../../helpers/sandboxSuite';
import answer from '../../../../sandbox/fixtures/diploma-sample-response.json';

const suite = useSandbox();

describeFlatDocumentRead({ spec: diploma, suite, sampleFile: 'diploma-sample.png', fixture: answer });
