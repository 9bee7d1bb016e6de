import { singaporeNric } from '../../../../../nodes/GlairVision/documents/singaporeNric';
import { describeFlatDocumentRead } from '../../../../helpers/flatDocumentRead';
import { useSandbox } from '../../../../helpers/sandboxSuite';
import answer from '../../../../sandbox/fixtures/singapore-nric-sample-response.json';

const suite = useSandbox();

describeFlatDocumentRead({ spec: singaporeNric, suite, sampleFile: 'singapore-nric-sample.png', fixture: answer });
