import type { SectionSpec, TableSpec } from '../spec';

/**
 * The SKPR (Surat Kuasa Pendebetan Rekening: the account holder's standing order letting a bank
 * debit an account, e.g. for an insurance policy's premium) as the vendor's Go SDK names its fields
 * (`ocr/skpr.go`; ../shared/GLAIR-API.md lists the `skpr` endpoint and points there). Keys are
 * English, values as printed. Read flat; the bank account and the policy details are tables.
 */
export const SKPR_SECTIONS: readonly SectionSpec[] = [
	{
		key: 'skpr',
		label: 'Account Debit Authorisation (SKPR)',
		fields: [
			{ key: 'debit_account_request_type', label: 'Request Type (Jenis Permohonan)' },
			{ key: 'complete_name', label: 'Account Holder (Nama Lengkap)' },
			{ key: 'id_card_number', label: 'ID Card Number (Nomor KTP / Identitas)' },
			{ key: 'validity_period', label: 'Valid For (Masa Berlaku)' },
			{ key: 'act_for', label: 'Acting For (Bertindak Untuk)' },
			{ key: 'position', label: 'Position (Jabatan)' },
			{ key: 'company_name', label: 'Company (Nama Perusahaan)' },
			{ key: 'address', label: 'Address (Alamat)' },
			{ key: 'rt_rw', label: 'RT/RW' },
			{ key: 'district', label: 'District (Kecamatan)' },
			{ key: 'city', label: 'City (Kota / Kabupaten)' },
			{ key: 'zip_code', label: 'Postcode (Kode Pos)' },
			{ key: 'province', label: 'Province (Provinsi)' },
			{ key: 'attorney_in_fact_name', label: 'Attorney in Fact (Penerima Kuasa)' },
			{ key: 'attorney_in_fact_address', label: "Attorney's Address (Alamat Penerima Kuasa)" },
			{ key: 'attorney_in_fact_id_card_number', label: "Attorney's ID Card Number (Nomor Identitas Penerima Kuasa)" },
			{ key: 'attorney_in_fact_company_code', label: "Attorney's Company Code (Kode Perusahaan)" },
			{ key: 'office_phone', label: 'Office Phone (Telepon Kantor)' },
			{ key: 'home_phone', label: 'Home Phone (Telepon Rumah)' },
			// eslint-disable-next-line @n8n/community-nodes/no-hardcoded-secrets -- GLAIR's field name under `key`, not a secret
			{ key: 'mobile_phone_number_1', label: 'Mobile Phone 1 (Nomor HP 1)' },
			// eslint-disable-next-line @n8n/community-nodes/no-hardcoded-secrets -- GLAIR's field name under `key`, not a secret
			{ key: 'mobile_phone_number_2', label: 'Mobile Phone 2 (Nomor HP 2)' },
			{ key: 'email_address', label: 'Email (Alamat Email)' },
			{ key: 'bank_name', label: 'Bank (Nama Bank)' },
			{ key: 'account_number', label: 'Account Number (Nomor Rekening)' },
			{ key: 'account_currency', label: 'Account Currency (Mata Uang Rekening)' },
			{ key: 'policy_currency', label: 'Policy Currency (Mata Uang Polis)' },
			{ key: 'policy_amount', label: 'Amount to Debit (Jumlah Premi)' },
			{ key: 'signing_location', label: 'Signed At (Tempat)' },
			{ key: 'signing_date', label: 'Signed On (Tanggal)' },
		],
	},
];

/** The account to be debited as the letter's table prints it (the Go SDK types it as one object: one row). */
export const SKPR_BANK_ACCOUNTS: TableSpec = {
	key: 'bank_account_details',
	list: 'bank_accounts',
	label: 'Bank Accounts (Rekening)',
	rowLabel: 'Bank Account',
	fields: [
		{ key: 'bank_account_number', label: 'Account Number (Nomor Rekening)' },
		{ key: 'bank_account_owner_name', label: 'Account Owner (Nama Pemilik Rekening)' },
	],
};

/** The policies whose premium is debited (the Go SDK types it as one object: one row). */
export const SKPR_POLICIES: TableSpec = {
	key: 'policy_details',
	list: 'policies',
	label: 'Policies (Polis)',
	rowLabel: 'Policy',
	fields: [
		{ key: 'policy_number', label: 'Policy Number (Nomor Polis)' },
		{ key: 'policyholder_name', label: 'Policyholder (Nama Pemegang Polis)' },
		{ key: 'relationship_with_policyholder', label: 'Relationship to the Policyholder (Hubungan dengan Pemegang Polis)' },
	],
};
