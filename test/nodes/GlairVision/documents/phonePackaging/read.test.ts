import { phonePackaging } from '../../../../../nodes/GlairVision/documents/phonePackaging';
import { describeFlatDocumentRead } from '../../../../helpers/flatDocumentRead';
import { useSandbox } from '../../../../helpers/sandboxSuite';
import answer from '../../../../sandbox/fixtures/phone-packaging-sample-response.json';

const suite = useSandbox();

// The two IMEIs come out as one column, joined by ", ".
describeFlatDocumentRead({ spec: phonePackaging, suite, sampleFile: 'phone-packaging-sample.png', fixture: answer as never });
