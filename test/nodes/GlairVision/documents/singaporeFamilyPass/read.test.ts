import { singaporeFamilyPass } from '../../../../../nodes/GlairVision/documents/singaporeFamilyPass';
import { describeFlatDocumentRead } from '../../../../helpers/flatDocumentRead';
import { useSandbox } from '../../../../helpers/sandboxSuite';
import answer from '../../../../sandbox/fixtures/singapore-family-pass-sample-response.json';

const suite = useSandbox();

describeFlatDocumentRead({ spec: singaporeFamilyPass, suite, sampleFile: 'singapore-family-pass-sample.png', fixture: answer });
