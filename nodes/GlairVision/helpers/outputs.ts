import type { INodeOutputConfiguration, INodeParameters } from 'n8n-workflow';

/**
 * The node's named outputs. This function is also sent to the editor as an expression
 * (`outputs: '={{(...)($parameter)}}'`), so it must stand alone: no imports, no `??`.
 */
export function configuredOutputs(parameters: INodeParameters): INodeOutputConfiguration[] {
	const options = (parameters.options || {}) as {
		errorOutputs?: string;
		reviewBelowConfidence?: number;
		reviewOnWarnings?: boolean;
	};
	const names = ['Success'];
	if ((options.reviewBelowConfidence || 0) > 0 || options.reviewOnWarnings === true) {
		names.push('Needs Review');
	}
	if (options.errorOutputs === 'perStatus') {
		names.push('No File', 'Invalid Format', 'Failed');
	} else {
		names.push('Error');
	}
	return names.map((name) => ({ type: 'main', displayName: name }) as INodeOutputConfiguration);
}

export type Route = 'success' | 'needsReview' | 'NO_FILE' | 'FILE_INVALID_FORMAT' | 'FAILED';

const ROUTE_OUTPUT_NAMES: Record<Route, { single: string; perStatus: string }> = {
	success: { single: 'Success', perStatus: 'Success' },
	needsReview: { single: 'Needs Review', perStatus: 'Needs Review' },
	NO_FILE: { single: 'Error', perStatus: 'No File' },
	FILE_INVALID_FORMAT: { single: 'Error', perStatus: 'Invalid Format' },
	FAILED: { single: 'Error', perStatus: 'Failed' },
};

/** Where each route lands among the outputs these parameters configure: worked out once per run. */
export function outputIndexes(parameters: INodeParameters): Record<Route, number> {
	const names = configuredOutputs(parameters).map((output) => output.displayName);
	const perStatus = (parameters.options as { errorOutputs?: string } | undefined)?.errorOutputs === 'perStatus';
	const indexOf = (route: Route) => {
		const index = names.indexOf(ROUTE_OUTPUT_NAMES[route][perStatus ? 'perStatus' : 'single']);
		// Needs Review only exists when switched on; without it a doubtful read is a success.
		return index === -1 ? names.indexOf('Success') : index;
	};
	return {
		success: indexOf('success'),
		needsReview: indexOf('needsReview'),
		NO_FILE: indexOf('NO_FILE'),
		FILE_INVALID_FORMAT: indexOf('FILE_INVALID_FORMAT'),
		FAILED: indexOf('FAILED'),
	};
}

/** Index of the output a route lands on, for the outputs these parameters configure. */
export function outputIndexFor(route: Route, parameters: INodeParameters): number {
	return outputIndexes(parameters)[route];
}
