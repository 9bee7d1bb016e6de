import type { IDataObject } from 'n8n-workflow';

import { parseDate, toDayFirstDate } from '../../indonesia/dates';
import { identityDigits } from '../../indonesia/identityNumber';
import { splitRtRw } from '../../indonesia/address';
import type { IdentityField } from '../response/identityAnswer';

/**
 * The text parts of a Verify Identity request, from a Read KTP row or from values given by hand.
 * Required: `nik` (16 digits), `name`, `date_of_birth` (sent dd-mm-yyyy, read from dd-mm-yyyy or
 * ISO). The messages say what to do and never quote the values: they are personal data.
 */

export type IdentityParts = Partial<Record<IdentityField, string>>;

export type IdentityRequest = { kind: 'parts'; parts: IdentityParts } | { kind: 'invalid'; problem: string };

/** Which column of a Read KTP row fills which part (the RT/RW box fills two: see splitRtRw). */
const KTP_COLUMNS: ReadonlyArray<readonly [IdentityField, string]> = [
	['nik', 'nik'],
	['name', 'nama'],
	['place_of_birth', 'tempat_lahir'],
	['address', 'alamat'],
	['gender', 'jenis_kelamin'],
	['marital_status', 'status_perkawinan'],
	['job_type', 'pekerjaan'],
	['province', 'provinsi'],
	['city', 'kota_kabupaten'],
	['district', 'kecamatan'],
	['subdistrict', 'kelurahan_desa'],
];

/** The columns of a Verify Vehicle File row hold the KTP's under this prefix. */
const VERIFY_ROW_PREFIX = 'ktp_';

const text = (value: unknown) => (typeof value === 'string' || typeof value === 'number' ? String(value).trim() : '');

/**
 * A Read KTP row's columns (`nik`, `nama`, `tanggal_lahir_iso` or `tanggal_lahir`, `tempat_lahir`,
 * the address parts), or the same prefixed `ktp_` (a Verify Vehicle File row). `extra` (given by
 * hand: a family card number, a mother's maiden name, a corrected field) is added on top.
 */
export function identityFromKtpRow(row: IDataObject, extra: IdentityParts = {}): IdentityRequest {
	const prefix = text(row.nik) === '' && text(row[`${VERIFY_ROW_PREFIX}nik`]) !== '' ? VERIFY_ROW_PREFIX : '';
	const column = (name: string) => text(row[`${prefix}${name}`]);
	if (column('nik') === '' && extra.nik === undefined) {
		return {
			kind: 'invalid',
			problem:
				'This item has no NIK: with Source "KTP Row" it must be a Read KTP row (column nik) or a Verify Vehicle File row (column ktp_nik). Read the KTP first, or choose Source "Manual".',
		};
	}
	const parts: IdentityParts = {};
	for (const [part, name] of KTP_COLUMNS) parts[part] = column(name);
	// The ISO companion is the date the KTP check already read; the printed one is the fallback.
	parts.date_of_birth = column('tanggal_lahir_iso') || column('tanggal_lahir');
	const rtRw = splitRtRw(column('rt_rw'));
	if (rtRw) Object.assign(parts, rtRw);
	return identityRequest({ ...parts, ...extra });
}

/** Values given by hand: the three required ones, and any of the optional parts. */
export function identityFromValues(nik: string, name: string, dateOfBirth: string, extra: IdentityParts = {}): IdentityRequest {
	return identityRequest({ ...extra, nik, name, date_of_birth: dateOfBirth });
}

function identityRequest(given: IdentityParts): IdentityRequest {
	const parts: IdentityParts = {};
	for (const [part, value] of Object.entries(given) as Array<[IdentityField, string | undefined]>) {
		const trimmed = text(value);
		if (trimmed !== '') parts[part] = trimmed;
	}
	const nik = identityDigits(parts.nik ?? '');
	if (nik === '') return { kind: 'invalid', problem: 'The NIK is empty: give the 16-digit number from the KTP.' };
	if (!/^\d{16}$/.test(nik)) {
		return { kind: 'invalid', problem: `The NIK is not 16 digits (it has ${nik.length} characters): check the KTP read or the value given.` };
	}
	if (!parts.name) return { kind: 'invalid', problem: 'The name is empty: give the name as the KTP prints it.' };
	const date = parseDate(parts.date_of_birth ?? '');
	if (date.kind !== 'date') {
		return {
			kind: 'invalid',
			problem: `The date of birth ${parts.date_of_birth ? 'cannot be read as a date' : 'is empty'}: give it as dd-mm-yyyy (05-08-1990) or yyyy-mm-dd (1990-08-05).`,
		};
	}
	return { kind: 'parts', parts: { ...parts, nik, date_of_birth: toDayFirstDate(date.date) } };
}
