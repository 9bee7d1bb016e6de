import { bankStatement } from './bankStatement';
import { bpkb } from './bpkb';
import { invoice } from './invoice';
import { kk } from './kk';
import { ktp } from './ktp';
import { npwp } from './npwp';
import { receipt } from './receipt';
import { stnk } from './stnk';
import type { DocumentSpec } from './spec';

/** Every document type the node reads, in the order of the Resource list. */
export const DOCUMENT_SPECS = [
	bpkb,
	stnk,
	ktp,
	npwp,
	// The household and the money: documents with tables
	kk,
	bankStatement,
	invoice,
	receipt,
] as const satisfies readonly DocumentSpec[];

export function documentSpec(resource: string): DocumentSpec | undefined {
	return DOCUMENT_SPECS.find((spec) => spec.resource === resource);
}
