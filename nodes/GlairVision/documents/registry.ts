import { bankStatement } from './bankStatement';
import { bpkb } from './bpkb';
import { bstk } from './bstk';
import { diploma } from './diploma';
import { generalDocument } from './generalDocument';
import { invoice } from './invoice';
import { kitasKitap } from './kitasKitap';
import { kk } from './kk';
import { ktp } from './ktp';
import { npwp } from './npwp';
import { passport } from './passport';
import { phonePackaging } from './phonePackaging';
import { plate } from './plate';
import { receipt } from './receipt';
import { sim } from './sim';
import { singaporeFamilyPass } from './singaporeFamilyPass';
import { singaporeNric } from './singaporeNric';
import { singaporeWorkPermit } from './singaporeWorkPermit';
import { skpr } from './skpr';
import { stnk } from './stnk';
import { taxInvoice } from './taxInvoice';
import { transcript } from './transcript';
import type { DocumentSpec } from './spec';

/** Every document type the node reads, in the order of the Resource list. */
export const DOCUMENT_SPECS = [
	bpkb,
	stnk,
	ktp,
	npwp,
	// People, the vehicle's plate, any page
	sim,
	passport,
	kitasKitap,
	plate,
	generalDocument,
	// The household and the money: documents with tables
	kk,
	bankStatement,
	invoice,
	receipt,
	taxInvoice,
	skpr,
	// The vehicle handed over
	bstk,
	// Education
	diploma,
	transcript,
	// A phone financed
	phonePackaging,
	// Singapore
	singaporeNric,
	singaporeFamilyPass,
	singaporeWorkPermit,
] as const satisfies readonly DocumentSpec[];

export function documentSpec(resource: string): DocumentSpec | undefined {
	return DOCUMENT_SPECS.find((spec) => spec.resource === resource);
}
