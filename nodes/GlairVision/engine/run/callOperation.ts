import { NodeOperationError, type IDataObject } from 'n8n-workflow';

import { callColumns, callEntry, notRead, type CallResult } from '../output/callRow';
import { SettingsError } from '../plan/readSettings';
import type { Run } from './run';
import type { Operation, RunFailure } from './runOperation';

/**
 * An operation that makes one GLAIR call per input item (a face match, a liveness check, an
 * identity verification, a capture session), on the run skeleton: the operation reads its
 * parameters for an item (`plan`) and does the call (`perform`); a parameter it cannot use is that
 * item's Not Read, without a call, and the rest is the skeleton's.
 */

export interface CallUnit {
	itemIndex: number;
	/** Set when the item cannot be called at all (a parameter it cannot use). */
	refusal?: CallResult;
	/** Whether the input item's files go on with its output item (Include Binary). */
	includeBinary: boolean;
}

export interface CallOperation<Unit extends CallUnit> {
	noun: string;
	/** The operation's columns, empty: for an item not read (`at` when its parameters could not be read into a unit). */
	emptyColumns: (unit: Unit | undefined, at?: { run: Run; itemIndex: number }) => IDataObject;
	/** Whether the output item starts with the input item's JSON. */
	keepInputJson: boolean;
	/** The item's parameters, read; throws SettingsError for one it cannot use. */
	plan(run: Run, itemIndex: number): Unit;
	perform(unit: Unit, run: Run): Promise<CallResult>;
}

/** What a unit's call gave, with the unit (its Include Binary). */
export interface CallDone<Unit extends CallUnit> {
	unit: Unit;
	result: CallResult;
}

export function callOperation<Unit extends CallUnit>(operation: CallOperation<Unit>): Operation<Unit, CallDone<Unit>> {
	return {
		noun: operation.noun,
		plan: (run) =>
			run.items.map((_, itemIndex) => {
				try {
					return operation.plan(run, itemIndex);
				} catch (error) {
					if (!(error instanceof SettingsError)) throw new NodeOperationError(run.context.getNode(), error as Error, { itemIndex });
					return { itemIndex, includeBinary: !run.toolMode, refusal: notRead('FAILED', error.message, operation.emptyColumns(undefined, { run, itemIndex })) } as Unit;
				}
			}),
		perform: async (unit, run) => ({ unit, result: unit.refusal ?? (await operation.perform(unit, run)) }),
		finish: async (itemIndex, [{ unit, result }], run) => [callEntry(run.items[itemIndex], result, { json: operation.keepInputJson, binary: unit.includeBinary })],
		failedRow: (_itemIndex, unit, failure: RunFailure) =>
			callColumns(notRead('FAILED', failure.reason, operation.emptyColumns(unit), { requestId: null, httpStatus: failure.httpStatus, attempts: 0 })),
	};
}
