/**
 * What a file of documents checked together is, as data: a vehicle file (BPKB, STNK, the owner's
 * KTP), an applicant's papers. Its roles (which document, required or not, the parameters naming
 * its files), its cross-check table and its verdict words, in one folder under files/. The
 * cross-check engine (crossChecks/) and the Verify operation run any file; adding one is a folder
 * and a line in files/registry.ts.
 */
import type { CrossCheckedFile, CrossCheckedRole } from '../crossChecks/crossCheck';
import type { DocumentSpec } from '../documents/spec';

export interface FileRole extends CrossCheckedRole {
	/** The role's name: its parameters' prefix and its columns' prefix (`bpkb_`), e.g. "bpkb". */
	role: string;
	document: DocumentSpec;
	/** The binary field it is read from by default, e.g. "bpkb". */
	defaultBinaryField: string;
	/** The Binary Field parameter's description. */
	description: string;
	/** A hint under the Binary Field parameter, e.g. when it may be left empty. */
	hint?: string;
}

export interface FileSpec extends CrossCheckedFile {
	/** The node's `resource` value, e.g. "vehicleFile". */
	resource: string;
	/** Resource option in the node, e.g. "Vehicle File (BPKB + STNK + KTP)". */
	displayName: string;
	/** What the run's hint counts, e.g. "vehicle file". */
	noun: string;
	/** The action in the node creator, e.g. "Verify Vehicle File". */
	action: string;
	description: string;
	roles: readonly FileRole[];
	/** The item's `reason` for each verdict; a mismatch or a missing value is followed by the list. */
	reasons: { consistent: string; mismatch: string; incomplete: string };
}

/** The parameters that name a role's files: its binary field(s) and, with Input = File URL, its URL. */
export function roleParameters(role: Pick<FileRole, 'role'>): { binaryField: string; fileUrl: string } {
	return { binaryField: `${role.role}BinaryPropertyName`, fileUrl: `${role.role}FileUrl` };
}
