import { bpkb } from './bpkb';
import { ktp } from './ktp';
import { npwp } from './npwp';
import { stnk } from './stnk';
import type { DocumentSpec } from './spec';
import { assertValidSpecs } from './validateSpec';

/** Every document type the node reads, in the order of the Resource list. */
export const DOCUMENT_SPECS = [bpkb, stnk, ktp, npwp] as const satisfies readonly DocumentSpec[];

assertValidSpecs(DOCUMENT_SPECS);

export function documentSpec(resource: string): DocumentSpec | undefined {
	return DOCUMENT_SPECS.find((spec) => spec.resource === resource);
}
