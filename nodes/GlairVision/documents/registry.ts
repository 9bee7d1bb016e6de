import { bpkb } from './bpkb';
import { ktp } from './ktp';
import { npwp } from './npwp';
import { stnk } from './stnk';
import type { DocumentSpec } from './spec';

/** Every document type the node reads, in the order of the Resource list. */
export const DOCUMENT_SPECS = [bpkb, stnk, ktp, npwp] as const satisfies readonly DocumentSpec[];

export function documentSpec(resource: string): DocumentSpec | undefined {
	return DOCUMENT_SPECS.find((spec) => spec.resource === resource);
}
