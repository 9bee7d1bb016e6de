import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import type { DocumentSpec } from '../../documents/spec';
import { localOutcome } from '../../engine/outcome';
import { documentEntries } from '../../engine/output/outputItem';
import { shapeFailure } from '../../engine/output/shape';
import { planDocuments } from '../../engine/plan/planDocuments';
import { readDocument } from '../../engine/run/readDocument';
import { runOperation } from '../../engine/run/runOperation';

export { readDescription as description, readOption as option } from './read.description';

/**
 * Read <document>: every document of every input item is read (a few at a time), and each yields
 * exactly one output item on exactly one output, paired to its input item.
 */
export async function execute(this: IExecuteFunctions, spec: DocumentSpec): Promise<INodeExecutionData[][]> {
	return await runOperation(this, {
		noun: 'document',
		plan: (run) => planDocuments(run.context, spec, run.items, { toolMode: run.toolMode }),
		perform: async (job, run) => await readDocument(run, spec, job),
		finish: async (itemIndex, results, run) => await documentEntries(run.context, spec, results, run.items[itemIndex]),
		failedRow: (_itemIndex, job, failure) =>
			shapeFailure(spec, { ...localOutcome('FAILED', failure.reason, job?.binaryField ?? '', job?.settings?.page), httpStatus: failure.httpStatus }, 'flattened'),
	});
}
