/**
 * Writes the invented sample documents into samples/ and the sandbox's answers for them into
 * test/sandbox/fixtures/ (the library that draws them: test/samples/). The same bytes on every run.
 *
 *   npm run samples
 */
import { writeSamples } from '../test/samples';

for (const [fileName, bytes] of Object.entries(writeSamples())) {
	process.stdout.write(`samples/${fileName}  ${bytes.length} bytes\n`);
}
