/**
 * Input items for Verify Vehicle File from the sample vehicle files (samples/vehicle-file/README.md):
 * one item per vehicle file, its binaries named as the example's n8n Form names them (`bpkb` for
 * one file, `bpkb_0` ... `bpkb_3` for the four page photos; `stnk`; `ktp`).
 */
import { VEHICLE_FILE_SETS, type VehicleFileSet, type VehicleFileVariant } from '../samples/vehicleFile';
import { sample } from './documents';
import type { FixtureDocument, FixtureFile } from './fixtureRegistry';

export { VEHICLE_FILE_SETS, type VehicleFileSet, type VehicleFileVariant };

const file = (fileName: string): FixtureFile =>
	sample(fileName, { fileName: fileName.split('/').pop(), ...(fileName.endsWith('.jpg') ? { mimeType: 'image/jpeg' } : {}) });

/** One vehicle file as one item; the BPKB as its PDF (`bpkb`) or as its four page photos (`bpkb_0` ... `bpkb_3`). */
export function vehicleFileItem(set: VehicleFileSet, bpkbAs: 'pdf' | 'photos' = 'pdf'): FixtureDocument {
	const bpkb = bpkbAs === 'pdf' ? { bpkb: file(set.bpkb) } : Object.fromEntries(set.bpkbPhotos.map((photo, index) => [`bpkb_${index}`, file(photo)]));
	return { files: { ...bpkb, stnk: file(set.stnk), ktp: file(set.ktp) } };
}

/** What the demo shows: a CONSISTENT vehicle file, and one MISMATCH (the STNK's chassis differs by one digit). */
export const VEHICLE_FILE_DEMO = {
	consistent: VEHICLE_FILE_SETS.consistent,
	mismatch: VEHICLE_FILE_SETS.stnkOtherChassis,
} as const satisfies Record<string, VehicleFileSet>;
