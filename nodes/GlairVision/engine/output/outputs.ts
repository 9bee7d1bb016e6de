import type { IBinaryKeyData, IDataObject, INodeOutputConfiguration, INodeParameters } from 'n8n-workflow';

/**
 * The node's named outputs. This function is also sent to the editor as an expression
 * (`outputs: '={{(...)($parameter)}}'`), so it must stand alone: no imports, no `??`.
 *
 * Which outputs exist never depends on how an option was entered: an option given as an
 * expression counts as set (its value is known only per item, at run time), so the output it
 * may need is there. The failure output is not called "Error": with Settings > On Error >
 * "Continue (using error output)" n8n adds its own output of that name.
 */
export function configuredOutputs(parameters: INodeParameters): INodeOutputConfiguration[] {
	const options = (parameters.options || {}) as Record<string, unknown>;
	const isSet = (value: unknown) => value !== undefined && value !== null && value !== '' && value !== false && value !== 0;
	const names = ['Success'];
	if (
		// Apply Review sends a read whose quality flag or cross-check stands back to a person, whatever its options.
		parameters.operation === 'applyReview' ||
		// A face or identity result, or a capture session, may always need a person (a mismatch, a likely spoof, a session not finished).
		['face', 'identity', 'session'].indexOf(String(parameters.resource)) >= 0 ||
		options.reviewPoorReads !== false ||
		isSet(options.reviewBelowConfidence) ||
		isSet(options.reviewOnWarnings) ||
		// A quality grade, or a file of a combined document that could not be read, always asks for a person.
		isSet(options.checkImageQuality) ||
		isSet(options.combineFiles)
	) {
		names.push('Needs Review');
	}
	if (options.errorOutputs === 'perStatus') {
		names.push('No File', 'Invalid Format', 'Failed');
	} else {
		names.push('Not Read');
	}
	return names.map((name) => ({ type: 'main', displayName: name }) as INodeOutputConfiguration);
}

export type Route = 'success' | 'needsReview' | 'NO_FILE' | 'FILE_INVALID_FORMAT' | 'FAILED';

/** One output item an operation made for an input item, and the route it takes. */
export interface OutputEntry {
	route: Route;
	json: IDataObject;
	binary?: IBinaryKeyData;
}

const ROUTE_OUTPUT_NAMES: Record<Route, { single: string; perStatus: string }> = {
	success: { single: 'Success', perStatus: 'Success' },
	needsReview: { single: 'Needs Review', perStatus: 'Needs Review' },
	NO_FILE: { single: 'Not Read', perStatus: 'No File' },
	FILE_INVALID_FORMAT: { single: 'Not Read', perStatus: 'Invalid Format' },
	FAILED: { single: 'Not Read', perStatus: 'Failed' },
};

/** Where each route lands among the outputs these parameters configure: worked out once per run. */
export function outputIndexes(parameters: INodeParameters): Record<Route, number> {
	const names = configuredOutputs(parameters).map((output) => output.displayName);
	const perStatus = (parameters.options as { errorOutputs?: string } | undefined)?.errorOutputs === 'perStatus';
	const indexOf = (route: Route) => names.indexOf(ROUTE_OUTPUT_NAMES[route][perStatus ? 'perStatus' : 'single']);
	return {
		success: indexOf('success'),
		// -1 only when every review is switched off by fixed values: then no read is ever sent there.
		needsReview: indexOf('needsReview'),
		NO_FILE: indexOf('NO_FILE'),
		FILE_INVALID_FORMAT: indexOf('FILE_INVALID_FORMAT'),
		FAILED: indexOf('FAILED'),
	};
}
