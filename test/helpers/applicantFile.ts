/**
 * Input items for Verify Applicant from the sample applicant (samples/applicant/README.md): one item
 * per applicant, each file under its role's default binary field name (as the example's n8n Form
 * names them), and the application's own JSON.
 */
import type { IDataObject } from 'n8n-workflow';

import { APPLICANT_SETS, type ApplicantSet, type ApplicantVariant } from '../samples/applicantFile';
import { sample } from './documents';
import type { FixtureDocument, FixtureFile } from './fixtureRegistry';

export { APPLICANT_SETS, type ApplicantSet, type ApplicantVariant };

const MIME_TYPES: Record<string, string> = { jpg: 'image/jpeg', png: 'image/png', pdf: 'application/pdf' };

const file = (fileName: string): FixtureFile => sample(fileName, { fileName: fileName.split('/').pop(), mimeType: MIME_TYPES[fileName.split('.').pop()!] });

export function applicantItem(set: ApplicantSet, json: IDataObject = {}): FixtureDocument {
	const files = Object.entries(set.files).filter((entry): entry is [string, string] => entry[1] !== undefined);
	return { json, files: Object.fromEntries(files.map(([role, fileName]) => [role, file(fileName)])) };
}

/** What the demo shows: a VERIFIED applicant, one whose selfie is someone else's, one whose car is a stranger's. */
export const APPLICANT_DEMO = {
	verified: APPLICANT_SETS.verified,
	otherPersonSelfie: APPLICANT_SETS.otherPersonSelfie,
	strangerCar: APPLICANT_SETS.strangerCar,
} as const satisfies Partial<Record<ApplicantVariant, ApplicantSet>>;
