import { bpkb } from './bpkb';
import { bstk } from './bstk';
import { diploma } from './diploma';
import { generalDocument } from './generalDocument';
import { kitasKitap } from './kitasKitap';
import { ktp } from './ktp';
import { npwp } from './npwp';
import { passport } from './passport';
import { phonePackaging } from './phonePackaging';
import { plate } from './plate';
import { sim } from './sim';
import { singaporeFamilyPass } from './singaporeFamilyPass';
import { singaporeNric } from './singaporeNric';
import { singaporeWorkPermit } from './singaporeWorkPermit';
import { stnk } from './stnk';
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
