/**
 * What a file of documents checked together is, as data: a vehicle file (BPKB, STNK, the owner's
 * KTP), an applicant's papers (KTP, selfie, KK, NPWP, SIM, a pledged vehicle's BPKB and STNK). Its
 * roles (which document or picture, required or not, the parameters naming its files), the GLAIR
 * calls it makes that are not document reads (a face match, liveness, Dukcapil), its options, its
 * cross-check table and its verdict words, in one folder under files/. The cross-check engine
 * (crossChecks/) and the Verify operation run any file; adding one is a folder and a line in
 * files/registry.ts.
 */
import type { CrossCheckOutcome, CrossCheckedFile, CrossCheckedRole } from '../crossChecks/crossCheck';
import type { DocumentSpec } from '../documents/spec';

interface RoleBase extends CrossCheckedRole {
	/** The role's name: its parameters' prefix and its columns' prefix (`bpkb_`), e.g. "bpkb". */
	role: string;
	/** The binary field it is read from by default, e.g. "bpkb". */
	defaultBinaryField: string;
	/** The Binary Field parameter's description. */
	description: string;
	/** A hint under the Binary Field parameter, e.g. when it may be left empty. */
	hint?: string;
}

/** A document read by GLAIR's OCR, as its Read would read it. */
export interface DocumentRole extends RoleBase {
	document: DocumentSpec;
	/** A file option (FileSpec.options) that has GLAIR grade the picture too (the document's quality endpoint). */
	qualityOption?: string;
}

/**
 * A picture that is not read by OCR (a selfie): checked like a document's file (PNG or JPEG, its
 * size), never uploaded on its own, sent only by the calls that name it.
 */
export interface PictureRole extends RoleBase {
	picture: true;
}

export type FileRole = DocumentRole | PictureRole;

export function isDocumentRole(role: FileRole): role is DocumentRole {
	return 'document' in role;
}

/** A picture a call sends: a picture role's file, or an image GLAIR cut out of a document role's read (`image`, e.g. the KTP's `foto`). */
export interface CallPicture {
	role: string;
	image?: string;
}

interface CallBase {
	/** Its row for the cross-check table (a `judged` line reads it), e.g. "face_match". */
	name: string;
	/** How messages name it, e.g. "Face Match". */
	label: string;
	/** Its columns' prefix, e.g. "face_" (face_match_score, face_request_id). */
	prefix: string;
	/** A file option the call is made under; off, it is not made and its line says so. */
	option?: string;
}

/** GLAIR's Match Faces: a reference face (a KTP's photo) against a captured one (a selfie). */
export interface FaceMatchCall extends CallBase {
	kind: 'faceMatch';
	stored: CallPicture;
	captured: CallPicture;
}

/** GLAIR's Passive Liveness: how likely a face picture is a spoof. */
export interface LivenessCall extends CallBase {
	kind: 'passiveLiveness';
	picture: CallPicture;
}

/**
 * GLAIR's identity verification against the population registry (Dukcapil): the values of a KTP
 * row (`person`, a role read as a KTP is), with the face when `face` was given (Verify With Face).
 */
export interface IdentityCall extends CallBase {
	kind: 'identity';
	person: string;
	face?: CallPicture;
}

export type FileCall = FaceMatchCall | LivenessCall | IdentityCall;

/** An on/off option of the file, in its Options collection. */
export interface FileOption {
	/** The parameter's name, e.g. "checkLiveness". */
	name: string;
	displayName: string;
	description: string;
	default: boolean;
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
	calls?: readonly FileCall[];
	options?: readonly FileOption[];
	/** The item's `reason` for each verdict; a mismatch or a missing value is followed by the list. */
	reasons: { consistent: string; mismatch: string; incomplete: string };
	/** The words of the check columns, where not the engine's own (match, near, mismatch, missing, skipped). */
	words?: Partial<Record<CrossCheckOutcome, string>>;
	/** Whether the output item starts with the input item's JSON (an application's own fields). */
	keepsInputJson?: boolean;
}

/** The parameters that name a role's files: its binary field(s) and, with Input = File URL, its URL. */
export function roleParameters(role: Pick<FileRole, 'role'>): { binaryField: string; fileUrl: string } {
	return { binaryField: `${role.role}BinaryPropertyName`, fileUrl: `${role.role}FileUrl` };
}

/** A check column's word for a result, in the file's words. */
export function resultWord(spec: Pick<FileSpec, 'words'>, result: CrossCheckOutcome): string {
	return spec.words?.[result] ?? result;
}

/** The file options that are on for an item, given the Options collection's values (each at its default when not set). */
export function optionsOn(spec: Pick<FileSpec, 'options'>, given: Readonly<Record<string, unknown>>): Set<string> {
	return new Set((spec.options ?? []).filter((option) => (typeof given[option.name] === 'boolean' ? given[option.name] : option.default)).map((option) => option.name));
}
