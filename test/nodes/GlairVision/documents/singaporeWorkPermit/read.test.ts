import { singaporeWorkPermit } from '../../../../../nodes/GlairVision/documents/singaporeWorkPermit';
import { describeFlatDocumentRead } from '../../../../helpers/flatDocumentRead';
import { useSandbox } from '../../../../helpers/sandboxSuite';
import answer from '../../../../sandbox/fixtures/singapore-work-permit-sample-response.json';

const suite = useSandbox();

describeFlatDocumentRead({ spec: singaporeWorkPermit, suite, sampleFile: 'singapore-work-permit-sample.png', fixture: answer });
