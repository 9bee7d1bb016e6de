import type { SectionSpec } from '../spec';

/**
 * The BSTK (Berita Acara Serah Terima Kendaraan): the record of a vehicle handed over, its papers and
 * its condition, signed by the creditor's and the pool's representatives (a financed car taken into
 * a finance company's pool, or handed out of it). The fields are the newest Node SDK's (2026); the
 * docs page adds the dealer and the dealer's SPK number, and says the signature date is YYYY-MM-DD.
 * Keys are English, values as printed (conditions like BAIK, papers ADA / TIDAK ADA). Flat.
 */
export const BSTK_SECTIONS: readonly SectionSpec[] = [
	{
		key: 'bstk',
		label: 'Vehicle Handover Record (BSTK)',
		fields: [
			{ key: 'document_type', label: 'Document Type (e.g. BASTK)' },
			{ key: 'document_number', label: 'Document Number (Nomor)' },
			{ key: 'office_name', label: 'Office (Kantor)' },
			{ key: 'office_branch', label: 'Branch (Cabang)' },
			{ key: 'dealer_name', label: 'Dealer (Dealer)' },
			{ key: 'spk_dealer_number', label: "Dealer's SPK Number (No. SPK)" },
			{ key: 'vehicle_handover_date', label: 'Handover Date (Tanggal Serah Terima)' },
			{ key: 'vehicle_handover_time', label: 'Handover Time (Jam)' },
			{ key: 'vehicle_brand', label: 'Make (Merk)' },
			{ key: 'vehicle_model', label: 'Model (Model)' },
			{ key: 'vehicle_type', label: 'Type (Tipe)' },
			{ key: 'vehicle_manufacturing_year', label: 'Year Built (Tahun Pembuatan)' },
			{ key: 'vehicle_color', label: 'Colour (Warna)' },
			{ key: 'vehicle_license_number', label: 'Plate Number (Nomor Polisi)', identifies: 'plate' },
			{ key: 'vehicle_chassis_number', label: 'Chassis Number / VIN (Nomor Rangka)', identifies: 'vin' },
			{ key: 'vehicle_engine_number', label: 'Engine Number (Nomor Mesin)', identifies: 'engineNumber' },
			{ key: 'vehicle_mileage', label: 'Odometer (Kilometer)' },
			{ key: 'vehicle_price', label: 'Vehicle Price (Harga Kendaraan)' },
			{ key: 'vehicle_headlights_condition', label: 'Headlights Condition (Lampu Depan)' },
			{ key: 'vehicle_rearlights_condition', label: 'Rear Lights Condition (Lampu Belakang)' },
			{ key: 'vehicle_mirrors_condition', label: 'Mirrors Condition (Spion)' },
			{ key: 'vehicle_body_condition', label: 'Body Condition (Bodi)' },
			{ key: 'vehicle_ac_condition', label: 'Air Conditioning Condition (AC)' },
			{ key: 'vehicle_audio_system_condition', label: 'Audio Condition (Audio)' },
			{ key: 'vehicle_power_window_condition', label: 'Power Window Condition (Power Window)' },
			{ key: 'vehicle_seats_condition', label: 'Seats Condition (Jok)' },
			{ key: 'vehicle_registration_document', label: 'Registration Paper Handed Over (STNK)' },
			{ key: 'vehicle_ownership_document', label: 'Ownership Book Handed Over (BPKB)' },
			{ key: 'vehicle_manual_book', label: 'Manual Handed Over (Buku Manual)' },
			{ key: 'vehicle_inspection_document_available', label: 'Roadworthiness Test Paper Present (Buku KIR)' },
			{ key: 'vehicle_inspection_valid_until', label: 'Roadworthiness Test Valid Until (KIR Berlaku s/d)' },
			{ key: 'handover_notes', label: 'Notes (Catatan)' },
			{ key: 'creditor_representative_name', label: "Creditor's Representative (Wakil Kreditur)" },
			{ key: 'pool_representative_name', label: "Pool's Representative (Wakil Pool)" },
			{ key: 'handover_signature_date', label: 'Date Signed (Tanggal Tanda Tangan)' },
		],
	},
];
