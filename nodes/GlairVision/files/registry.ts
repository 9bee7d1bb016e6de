import { applicantFile } from './applicantFile';
import type { FileSpec } from './spec';
import { vehicleFile } from './vehicleFile';

/** Every file of documents the node verifies, in the order of the Resource list (after the documents). */
export const FILE_SPECS = [vehicleFile, applicantFile] as const satisfies readonly FileSpec[];

export function fileSpec(resource: string): FileSpec | undefined {
	return FILE_SPECS.find((spec) => spec.resource === resource);
}
