import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bpkb } from '../../../../../nodes/GlairVision/documents/bpkb';
import { allFields } from '../../../../../nodes/GlairVision/documents/fieldList';
import { ktp } from '../../../../../nodes/GlairVision/documents/ktp';
import type { DocumentSpec } from '../../../../../nodes/GlairVision/documents/spec';
import { stnk } from '../../../../../nodes/GlairVision/documents/stnk';
import { runChecks } from '../../../../../nodes/GlairVision/checks/runChecks';
import type { DocumentRow as Row, RowsByRole } from '../../../../../nodes/GlairVision/crossChecks/crossCheck';
import { verifyFile } from '../../../../../nodes/GlairVision/crossChecks/verifyFile';
import { vehicleFile } from '../../../../../nodes/GlairVision/files/vehicleFile';

const verifyVehicleFile = (rows: RowsByRole, context: { today: { year: number; month: number; day: number } }) => verifyFile(vehicleFile, rows, context);
import { VEHICLE_FILE_SETS, type VehicleFileSet } from '../../../../helpers/vehicleFile';
import { VEHICLE_FILE_FIXTURES } from '../../../../samples/vehicleFileSamples';

/**
 * The sample vehicle files (samples/vehicle-file/README.md) through the cross-checks, as the
 * sandbox answers them: each set gets the verdict it is made for, and each MISMATCH names the one
 * field it is about. The rows are built as a Read builds them (a section's values under their
 * columns, plus the companions and warnings of the document's own checks).
 */

type Answer = Record<string, { value: string }>;
const FIXTURES = join(__dirname, '..', '..', '..', '..', 'sandbox', 'fixtures');
const FIXTURE_OF: Record<string, string> = {
	...VEHICLE_FILE_FIXTURES,
	'stnk-sample.png': 'stnk-sample-response.json',
	'ktp-sample.png': 'ktp-sample-response.json',
};

function row(spec: DocumentSpec, sampleFile: string): Row {
	const read = JSON.parse(readFileSync(join(FIXTURES, FIXTURE_OF[sampleFile]), 'utf8')).read as Record<string, Answer>;
	const values = new Map<string, string>();
	for (const field of allFields(spec)) {
		const answer = spec.flat ? (read as unknown as Answer)[field.key] : read[field.section]?.[field.key];
		values.set(field.column, answer?.value ?? '');
	}
	const { companions, warnings } = runChecks(spec.checks, values, { currentYear: 2026, today: { year: 2026, month: 12, day: 1 } });
	return { ...Object.fromEntries(values), ...companions, warnings: warnings.map((warning) => warning.text).join('; ') };
}

const verify = (set: VehicleFileSet) =>
	verifyVehicleFile({ bpkb: row(bpkb, set.bpkb), stnk: row(stnk, set.stnk), ktp: row(ktp, set.ktp) }, { today: { year: 2026, month: 12, day: 1 } });

describe('the sample vehicle files through the cross-checks', () => {
	it.each(Object.entries(VEHICLE_FILE_SETS).map(([name, set]) => [name, set.verdict, set] as const))('%s is %s', (_name, _verdict, set) => {
		const verification = verify(set);
		// Nothing is missing from any sample set: each verdict comes from what was compared alone.
		expect([verification.verdict, verification.missing]).toEqual([set.verdict, []]);
		// A consistent set has no check that mismatches; every other set has one.
		const documentsDiffering = new Set(verification.checks.filter((check) => check.result === 'mismatch').flatMap((check) => Object.keys(check.values)));
		expect(documentsDiffering.size === 0).toBe(set.verdict === 'CONSISTENT');
	});

	it.each([
		['stnkOtherChassis', 'nomor_rangka', 'MHZSPX15ME0000124'],
		['stnkOtherPlate', 'nomor_registrasi', 'D 1243 SPX'],
		['ktpOtherPerson', 'nomor_identitas', '3299995203920002'],
		['ktpOtherPerson', 'nama_pemilik', 'RINA CONTOH FIKTIF'],
		['bpkbOtherOwner', 'nama_pemilik', 'BUDI CONTOH FIKTIF'],
	] as const)('%s: the mismatches name %s and the other value', (name, field, value) => {
		const { mismatches } = verify(VEHICLE_FILE_SETS[name]);
		expect(mismatches.length).toBeGreaterThan(0);
		expect(mismatches.some((mismatch) => mismatch.includes(field) && mismatch.includes(value))).toBe(true);
	});

	it('stnkOcrSlips: the chassis read with an O for a 0 and the owner in other case and spacing both match (normalised away)', () => {
		const { checks } = verify(VEHICLE_FILE_SETS.stnkOcrSlips);
		const result = (column: string) => checks.find((check) => check.column === column)?.result;
		expect([result('match_nomor_rangka'), result('match_nama_pemilik')]).toEqual(['match', 'match']);
	});

	it('the BPKB of the consistent file passes its own checks', () => {
		expect(row(bpkb, VEHICLE_FILE_SETS.consistent.bpkb).warnings).toBe('');
	});
});
