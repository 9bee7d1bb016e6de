import { kitasKitap } from '../../../../../nodes/GlairVision/documents/kitasKitap';
import { describeFlatDocumentRead } from '../../../../helpers/flatDocumentRead';
import { useSandbox } from '../../../../helpers/sandboxSuite';
import kitasKitapAnswer from '../../../../sandbox/fixtures/kitas-kitap-sample-response.json';

const suite = useSandbox();

// The newest docs give the photo as a field object and the signature as a bare base64 string.
describeFlatDocumentRead({ spec: kitasKitap, suite, sampleFile: 'kitas-kitap-sample.png', fixture: kitasKitapAnswer as never });
