import type { INodeProperties } from 'n8n-workflow';

import { binaryFieldParameter, callOptions } from '../callOptions.description';

export const IDENTITY_RESOURCE = 'identity';

export type IdentityOperation = 'verify' | 'verifyWithFace';

const showFor = (...operation: IdentityOperation[]) => ({ show: { resource: [IDENTITY_RESOURCE], operation } });
const EVERY_OPERATION: IdentityOperation[] = ['verify', 'verifyWithFace'];
const showForManual = { show: { resource: [IDENTITY_RESOURCE], operation: EVERY_OPERATION, source: ['manual'] } };

/** The Additional Fields: the parameter's name, GLAIR's part, and what a person enters. */
export const ADDITIONAL_IDENTITY_FIELDS: ReadonlyArray<readonly [name: string, part: string, displayName: string, description: string]> = [
	['noKk', 'no_kk', 'Family Card Number', 'The 16-digit number of the family card (KK, Kartu Keluarga)'],
	['motherMaidenName', 'mother_maiden_name', "Mother's Maiden Name", "The mother's maiden name (nama gadis ibu kandung)"],
	['placeOfBirth', 'place_of_birth', 'Place of Birth', 'Tempat lahir, as the KTP prints it'],
	['address', 'address', 'Address', 'Alamat: the street and number, as the KTP prints it'],
	['gender', 'gender', 'Gender', 'Jenis kelamin: LAKI-LAKI or PEREMPUAN'],
	['maritalStatus', 'marital_status', 'Marital Status', 'Status perkawinan, e.g. KAWIN, BELUM KAWIN'],
	['jobType', 'job_type', 'Job Type', 'Pekerjaan, e.g. KARYAWAN SWASTA'],
	['province', 'province', 'Province', 'Provinsi'],
	['city', 'city', 'City', 'Kota / kabupaten'],
	['district', 'district', 'District', 'Kecamatan'],
	['subdistrict', 'subdistrict', 'Subdistrict', 'Kelurahan / desa'],
	['rt', 'rt', 'RT', 'Rukun tetangga (neighbourhood), e.g. 001'],
	['rw', 'rw', 'RW', 'Rukun warga (hamlet), e.g. 002'],
];

export const identityDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: [IDENTITY_RESOURCE] } },
		options: [
			{
				name: 'Verify Identity',
				value: 'verify',
				action: 'Verify identity',
				description: "Ask the population registry (Dukcapil) whether it confirms a KTP's data for its NIK",
			},
			{
				name: 'Verify Identity With Face',
				value: 'verifyWithFace',
				action: 'Verify identity with face',
				description: "Ask Dukcapil whether it confirms a NIK, name and date of birth, and whether a picture is that person's face",
			},
		],
		default: 'verify',
	},
	{
		displayName: 'Source',
		name: 'source',
		type: 'options',
		default: 'ktpRow',
		options: [
			{
				name: 'KTP Row',
				value: 'ktpRow',
				description: 'The input item is a Read KTP row (nik, nama, tanggal_lahir_iso, tempat_lahir, the address parts) or a Verify Vehicle File row (its ktp_ columns)',
			},
			{ name: 'Manual', value: 'manual', description: 'Give the NIK, name and date of birth below' },
		],
		displayOptions: showFor(...EVERY_OPERATION),
	},
	{
		displayName: 'NIK',
		name: 'nik',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. 3299994508900001',
		description: 'The 16-digit identity number (Nomor Induk Kependudukan)',
		displayOptions: showForManual,
	},
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		default: '',
		required: true,
		description: 'The name as the KTP prints it',
		displayOptions: showForManual,
	},
	{
		displayName: 'Date of Birth',
		name: 'dateOfBirth',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. 05-08-1990',
		description: 'Dd-mm-yyyy (as the KTP prints it) or yyyy-mm-dd; sent to GLAIR as dd-mm-yyyy',
		displayOptions: showForManual,
	},
	binaryFieldParameter('faceImageBinaryPropertyName', 'Face Image Binary Field', 'selfie', 'The binary field holding a picture of the person (PNG or JPEG), sent as face_image', showFor('verifyWithFace')),
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add field',
		default: {},
		description: "More for Dukcapil to confirm. With Source KTP Row these are added to the row's values (a KTP prints no family card number or mother's maiden name) and replace them.",
		displayOptions: showFor(...EVERY_OPERATION),
		options: ADDITIONAL_IDENTITY_FIELDS.map(([name, , displayName, description]) => ({ displayName, name, type: 'string' as const, default: '', description })).sort((a, b) =>
			a.displayName.localeCompare(b.displayName),
		),
	},
	callOptions(showFor('verify'), { withFiles: false }),
	callOptions(showFor('verifyWithFace'), { withFiles: true }),
];
