/**
 * The handover record (BSTK) of the vehicle file's car: taken into an invented finance company's
 * pool, its STNK with it, its BPKB held by the creditor. EVERYTHING HERE IS INVENTED; the answer
 * too (no BSTK answer is on record): every field of the document, the values as printed.
 */
import { bstk } from '../../nodes/GlairVision/documents/bstk';
import { drawFormPage, formAnswer } from './formPage';
import { CAR, type PrintedRow } from './vehicleFile';

export const BSTK_TITLE = ['BERITA ACARA SERAH TERIMA KENDARAAN (BASTK)', 'PT CONTOH FINANCE SPESIMEN'] as const;

export const BSTK_ROWS: readonly PrintedRow[] = [
	['document_type', 'JENIS DOKUMEN', 'BASTK'],
	['document_number', 'NOMOR', 'BASTK/SPX/0612/2026'],
	['office_name', 'KANTOR', 'PT CONTOH FINANCE SPESIMEN'],
	['office_branch', 'CABANG', 'KOTA CONTOH'],
	['vehicle_handover_date', 'TANGGAL SERAH TERIMA', '10-06-2026'],
	['vehicle_handover_time', 'JAM', '14:30'],
	['vehicle_brand', 'MERK', CAR.make],
	['vehicle_model', 'MODEL', CAR.model],
	['vehicle_type', 'TIPE', CAR.type],
	['vehicle_manufacturing_year', 'TAHUN PEMBUATAN', CAR.year],
	['vehicle_color', 'WARNA', CAR.colour],
	['vehicle_license_number', 'NOMOR POLISI', CAR.plate],
	['vehicle_chassis_number', 'NOMOR RANGKA', CAR.chassis],
	['vehicle_engine_number', 'NOMOR MESIN', CAR.engine],
	['vehicle_mileage', 'KILOMETER', '45.210 KM'],
	['vehicle_price', 'HARGA KENDARAAN', 'RP 185.000.000'],
	['vehicle_headlights_condition', 'LAMPU DEPAN', 'BAIK'],
	['vehicle_rearlights_condition', 'LAMPU BELAKANG', 'BAIK'],
	['vehicle_mirrors_condition', 'SPION', 'BAIK'],
	['vehicle_body_condition', 'BODI', 'BARET PINTU KIRI'],
	['vehicle_ac_condition', 'AC', 'BAIK'],
	['vehicle_audio_system_condition', 'AUDIO', 'BAIK'],
	['vehicle_power_window_condition', 'POWER WINDOW', 'BAIK'],
	['vehicle_seats_condition', 'JOK', 'BAIK'],
	['vehicle_registration_document', 'STNK', 'ADA'],
	['vehicle_ownership_document', 'BPKB', 'TIDAK ADA'],
	['vehicle_manual_book', 'BUKU MANUAL', 'ADA'],
	['vehicle_inspection_document_available', 'BUKU KIR', 'TIDAK ADA'],
	['handover_notes', 'CATATAN', 'KUNCI CADANGAN TIDAK ADA'],
	['creditor_representative_name', 'WAKIL KREDITUR', 'ANDI CONTOH FIKTIF'],
	['pool_representative_name', 'WAKIL POOL', 'SITI CONTOH FIKTIF'],
	// The docs: the signature date is YYYY-MM-DD.
	['handover_signature_date', 'TANGGAL TANDA TANGAN', '2026-06-10'],
];

export const drawBstk = () => drawFormPage(BSTK_TITLE, BSTK_ROWS);

export const bstkAnswer = () => formAnswer(bstk, BSTK_ROWS, drawBstk().boxes);
