/**
 * Applicants (items holding `ktp`, `selfie`, `kk`, `npwp`, `sim`, `bpkb_0`..`bpkb_3`, `stnk` and the
 * KTP's face photo `foto`) checked either by Verify Applicant, or by the same GLAIR calls made one
 * node after another: a Read per document, Match Faces (the face photo against the selfie) and
 * Passive Liveness, as a workflow would chain them without the applicant file.
 */
import { join } from 'node:path';

import type { INode, INodeParameters } from 'n8n-workflow';

import { CREDENTIAL_TYPE, NODE_TYPE } from '../../test/helpers/engine';
import { APPLICANT_SETS } from '../../test/samples/applicantFile';
import type { SourceFile } from './benchNodes';
import { runGlairNodes, type Endpoint } from './workflows';

export type ApplicantWay = 'verify' | 'nodes in a row';

export interface ApplicantRun {
	/** The GLAIR nodes' own execution time, added up (n8n runs the nodes one after the other). */
	wallMs: number;
	/** Output items of the measured node(s), every output. */
	items: number;
	/** For Verify: items VERIFIED. For the nodes in a row: items on Success. */
	ok: number;
}

const MIME_TYPES: Record<string, string> = { jpg: 'image/jpeg', png: 'image/png' };

/** The sample applicant (APPLICANT_SETS.verified), its BPKB as four phone photos, `count` times over. */
export function applicantFiles(samples: string, count: number): SourceFile[] {
	const { ktp, selfie, kk, npwp, sim, stnk } = APPLICANT_SETS.verified.files as Record<string, string>;
	const single = { ktp, selfie, kk, npwp, sim, stnk, foto: 'faces/ktp-foto.png' };
	const bpkb = [1, 2, 3, 4].map((page) => [`bpkb_${page - 1}`, `vehicle-file/bpkb-photo-${page}.jpg`]);
	return Array.from({ length: count }, (_, item) =>
		[...Object.entries(single), ...bpkb].map(([field, name]) => ({ path: join(samples, name), fileName: name.split('/').pop()!, mimeType: MIME_TYPES[name.split('.').pop()!], item, field })),
	).flat();
}

export async function runApplicants(way: ApplicantWay, endpoint: Endpoint, files: SourceFile[], concurrency: number): Promise<ApplicantRun> {
	const credentials = { [CREDENTIAL_TYPE]: { id: '1', name: 'GLAIR sandbox' } };
	const options = { concurrency, includeBinary: false };
	const glair = (name: string, parameters: INodeParameters, x: number): INode => ({ id: name, name, type: NODE_TYPE, typeVersion: 1, position: [x, 0], parameters, credentials });
	const read = (resource: string, field: string, extra: Record<string, unknown> = {}, index: number) =>
		glair(`Read ${resource.toUpperCase()}`, { resource, operation: 'read', binaryPropertyName: field, output: 'flattened', options: { ...options, ...extra } }, 400 + index * 200);
	const measured =
		way === 'verify'
			? [glair('Verify', { resource: 'applicantFile', operation: 'verify', bpkbBinaryPropertyName: 'bpkb_*', output: 'flattened', options }, 400)]
			: [
					read('ktp', 'ktp', { checkImageQuality: true }, 0),
					read('kk', 'kk', {}, 1),
					read('npwp', 'npwp', {}, 2),
					read('sim', 'sim', {}, 3),
					read('bpkb', 'bpkb_*', { combineFiles: true }, 4),
					read('stnk', 'stnk', {}, 5),
					glair('Match Faces', { resource: 'face', operation: 'match', storedImageBinaryPropertyName: 'foto', capturedImageBinaryPropertyName: 'selfie', options }, 1600),
					glair('Passive Liveness', { resource: 'face', operation: 'passiveLiveness', imageBinaryPropertyName: 'selfie', options }, 1800),
				];
	return await runGlairNodes(measured, endpoint, files, (item, output) => (way === 'verify' ? item.json.verdict === 'VERIFIED' : output === 0));
}
