import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { fileEntry, parseFileFormat } from '../../engine/output/fileEntry';
import { planFile } from '../../engine/plan/planFile';
import { performFile } from '../../engine/run/performFile';
import { runOperation } from '../../engine/run/runOperation';
import type { FileSpec } from '../../files/spec';

export { verifyDescription as description, verifyOption as option } from './verify.description';

/**
 * Verify <file>: per input item, the documents of each role are read and the file's GLAIR calls
 * made (a face match, liveness, Dukcapil; all of them for every item side by side, within the
 * run's concurrency and rate limit), then checked against each other.
 * Consistent goes to Success, a mismatch or something missing to Needs Review, a document that
 * could not be read to Not Read, saying which and why. As an AI Agent's tool: the summary.
 */
export async function execute(this: IExecuteFunctions, spec: FileSpec): Promise<INodeExecutionData[][]> {
	return await runOperation(this, {
		noun: spec.noun,
		plan: (run) => run.items.map((_, itemIndex) => planFile(run, spec, itemIndex)),
		perform: async (plan, run) => await performFile(run, spec, plan),
		finish: async (itemIndex, [done], run) => {
			const format = run.toolMode ? 'summary' : parseFileFormat(run.context.getNodeParameter('output', itemIndex, 'flattened'));
			const options = (run.context.getNodeParameter('options', itemIndex, {}) ?? {}) as IDataObject;
			// As a tool the input item is the model's arguments: the URLs, their signed tokens too, never handed back.
			return [fileEntry(spec, done, run.items[itemIndex], format, { binary: !run.toolMode && options.includeBinary !== false, json: !run.toolMode })];
		},
		failedRow: (_itemIndex, _plan, failure) => ({ verdict: 'NOT_READ', reason: failure.reason, http_status: failure.httpStatus }),
	});
}
