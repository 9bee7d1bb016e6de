import { passport } from '../../../../../nodes/GlairVision/documents/passport';
import { describeFlatDocumentRead } from '../../../../helpers/flatDocumentRead';
import { useSandbox } from '../../../../helpers/sandboxSuite';
import passportAnswer from '../../../../sandbox/fixtures/passport-sample-response.json';

const suite = useSandbox();

// The 2023 SDK's bare strings give the dates as the MRZ prints them; the _iso columns agree.
describeFlatDocumentRead({
	spec: passport,
	suite,
	sampleFile: 'passport-sample.png',
	fixture: passportAnswer,
	olderValues: { birth_date: '900805', expiry_date: '350301' },
});
