/**
 * A sample of each document the node reads beyond the vehicle file's four (BPKB, STNK, KTP, NPWP,
 * which the demo and the e2e read on their own), with a column that shows it was read and another
 * that must be there: what the demo prints and the e2e reads in the real n8n, one document each.
 * [resource, sample, a column that must be read, another that must be there].
 */
export const EACH_DOCUMENT: ReadonlyArray<readonly [resource: string, sample: string, read: string, present: string]> = [
	['sim', 'sim-sample.png', 'nomor_sim', 'berlaku'],
	['passport', 'passport-sample.png', 'doc_number', 'final_hash'],
	['kitasKitap', 'kitas-kitap-sample.png', 'niora', 'stay_entries_permit_expiry'],
	['plate', 'plate-sample.png', 'nomor_registrasi', 'warnings'],
	['generalDocument', 'general-document-letter.png', 'text', 'warnings'],
	// The documents with tables: the rows a list under the table's name.
	['kk', 'kk-sample.png', 'nomor_kk', 'members'],
	['bankStatement', 'bank-statement.pdf', 'account_number', 'transactions'],
	['invoice', 'invoice-sample.png', 'invoice_number', 'line_items'],
	['receipt', 'receipt-sample.png', 'merchant_name', 'items'],
	['taxInvoice', 'tax-invoice-sample.png', 'nomor_faktur', 'dasar_pengenaan_pajak_number'],
	['skpr', 'skpr-sample.png', 'complete_name', 'policies'],
	['singaporeNric', 'singapore-nric-sample.png', 'nric_no', 'date_of_birth'],
	['singaporeFamilyPass', 'singapore-family-pass-sample.png', 'fin', 'expiry_date'],
	['singaporeWorkPermit', 'singapore-work-permit-sample.png', 'work_permit_no', 'date_of_expiry'],
	['bstk', 'bstk-sample.png', 'vehicle_chassis_number', 'handover_signature_date_iso'],
	['diploma', 'diploma-sample.png', 'ijazah_number', 'graduate_date_iso'],
	['transcript', 'transcript-sample.png', 'gpa', 'gpa_number'],
	['phonePackaging', 'phone-packaging-sample.png', 'imei', 'serial_number'],
];
