/**
 * The people's documents beyond the vehicle file, as printed on invented samples: the SIM and the
 * passport of the vehicle file's owner (DEWI SPESIMEN FIKTIF: the same name, birth date, place of
 * birth, sex and address as samples/ktp-sample.png), a foreigner's KITAS, and three Singapore
 * cards. EVERYTHING HERE IS INVENTED; every card says SPECIMEN. The Singapore numbers are the
 * well-known documentation examples (S1234567D, G1234567X, F1234567N), valid only by arithmetic.
 *
 * Rows are [GLAIR's key, the label printed, the value GLAIR returns, the text as printed if it differs].
 */
import { checkMrzComposite, mrzCheckDigit, mrzField } from '../../nodes/GlairVision/mrz';
import { BLACK, GrayCanvas, advance } from './grayCanvas';
import { KTP_PHOTO, SCALE, box, centred, drawPortrait, drawRows, drawSignatureStroke, specimenStamp, type DrawnDocument, type Polygon } from './cards';
import { OWNER, type PrintedRow } from './vehicleFile';

/** The SIM's holder is the KTP's: name, birth (KOTA CONTOH, 05-08-1990), sex and address agree. */
export const SIM_HEADER = ['SURAT IZIN MENGEMUDI', 'DRIVING LICENSE  -  SIM A'] as const;
export const SIM_ROWS: readonly PrintedRow[] = [
	// Since July 2024 the SIM number is the holder's NIK.
	['nomor_sim', 'NO. SIM', OWNER.nik],
	['tipe_sim', 'GOLONGAN', 'A'],
	['nama', 'NAMA', OWNER.name],
	['tempat_lahir', 'TEMPAT LAHIR', 'KOTA CONTOH'],
	['tanggal_lahir', 'TANGGAL LAHIR', '05-08-1990'],
	['golongan_darah', 'GOL. DARAH', 'O'],
	['jenis_kelamin', 'JENIS KELAMIN', 'PEREMPUAN'],
	['alamat', 'ALAMAT', OWNER.fullAddress],
	['pekerjaan', 'PEKERJAAN', 'KARYAWAN SWASTA'],
	['tinggi', 'TINGGI', '160 CM'],
	['wilayah', 'WILAYAH', 'POLDA JAWA BARAT'],
	['berlaku', 'BERLAKU S/D', '05-08-2030'],
];

export const KITAS_HEADER = ['REPUBLIK INDONESIA', 'KARTU IZIN TINGGAL TERBATAS (KITAS)'] as const;
export const KITAS_ROWS: readonly PrintedRow[] = [
	['document_type', 'JENIS', 'KITAS'],
	['permit_number', 'NO. REGISTER', '2C11SPX000123'],
	['niora', 'NIORA', '9990001234'],
	['full_name', 'NAMA', 'ANNA SPECIMEN FICTIVE'],
	['place_of_birth', 'TEMPAT LAHIR', 'SAMPLE CITY'],
	['date_of_birth', 'TGL LAHIR', '14-02-1985'],
	['gender', 'JENIS KELAMIN', 'F'],
	['nationality', 'KEWARGANEGARAAN', 'NEW ZEALAND'],
	['passport_number', 'NO. PASPOR', 'LA0001234'],
	['passport_expiry', 'PASPOR BERLAKU', '30-06-2031'],
	['occupation', 'PEKERJAAN', 'KONSULTAN'],
	['address', 'ALAMAT', 'JL. CONTOH RAYA NO. 45 KOTA CONTOH'],
	['guarantor_name', 'PENJAMIN', 'PT CONTOH SPESIMEN FIKTIF'],
	['stay_permit_index', 'INDEKS', 'C312'],
	['stay_entries_permit_expiry', 'BERLAKU S/D', '31-12-2029'],
	['stay_multiple_entries_permit_expiry', 'MASUK KEMBALI S/D', '31-12-2029'],
	['issued_date', 'TANGGAL', '02-01-2026'],
];

export const SINGAPORE_NRIC_HEADER = ['REPUBLIC OF SINGAPORE', 'IDENTITY CARD'] as const;
export const SINGAPORE_NRIC_ROWS: readonly PrintedRow[] = [
	['nric_no', 'IDENTITY CARD NO.', 'S1234567D'],
	['name', 'NAME', 'TAN SPECIMEN SAMPLE'],
	['race', 'RACE', 'CHINESE'],
	['date_of_birth', 'DATE OF BIRTH', '01-01-1980'],
	['sex', 'SEX', 'M'],
	['country_of_birth', 'COUNTRY OF BIRTH', 'SINGAPORE'],
	['nationality', 'NATIONALITY', 'SINGAPORE CITIZEN'],
	['address', 'ADDRESS', 'BLK 123 SAMPLE STREET 1 #01-01 SINGAPORE 000123'],
	['blood_type', 'BLOOD GROUP', 'O+'],
	['issue_date', 'DATE OF ISSUE', '15-03-2020'],
	['card_number', 'CARD NO.', 'SPX000123'],
];

export const SINGAPORE_FAMILY_PASS_HEADER = ['REPUBLIC OF SINGAPORE', "DEPENDANT'S PASS"] as const;
export const SINGAPORE_FAMILY_PASS_ROWS: readonly PrintedRow[] = [
	['card_type', 'PASS TYPE', "DEPENDANT'S PASS"],
	['fin', 'FIN', 'G1234567X'],
	['name', 'NAME', 'LIM SPECIMEN SAMPLE'],
	['date_of_birth', 'DATE OF BIRTH', '20-10-1988'],
	['sex', 'SEX', 'F'],
	['nationality', 'NATIONALITY', 'MALAYSIAN'],
	['pass_status', 'PASS STATUS', 'LIVE'],
	['address', 'ADDRESS', 'BLK 456 SAMPLE AVENUE 2 #02-02 SINGAPORE 000456'],
	['issue_date', 'DATE OF ISSUE', '01-04-2025'],
	['expiry_date', 'DATE OF EXPIRY', '31-03-2029'],
	['card_number', 'CARD NO.', 'SPX000456'],
];

export const SINGAPORE_WORK_PERMIT_HEADER = ['REPUBLIC OF SINGAPORE', 'WORK PERMIT'] as const;
export const SINGAPORE_WORK_PERMIT_ROWS: readonly PrintedRow[] = [
	['card_type', 'PASS TYPE', 'WORK PERMIT'],
	['work_permit_no', 'WORK PERMIT NO.', '012345678'],
	['fin', 'FIN', 'F1234567N'],
	['name', 'NAME', 'KUMAR SPECIMEN SAMPLE'],
	['date_of_birth', 'DATE OF BIRTH', '07-07-1992'],
	['sex', 'SEX', 'M'],
	['nationality', 'NATIONALITY', 'INDIAN'],
	['employer', 'EMPLOYER', 'SAMPLE CONSTRUCTION PTE LTD'],
	['occupation', 'OCCUPATION', 'CONSTRUCTION WORKER'],
	['sector', 'SECTOR', 'CONSTRUCTION'],
	['location_work', 'LOCATION', 'SAMPLE ROAD SITE 1'],
	['date_of_apply', 'DATE OF APPLICATION', '03-02-2025'],
	['date_of_issue', 'DATE OF ISSUE', '10-03-2025'],
	['date_of_expiry', 'DATE OF EXPIRY', '09-03-2030'],
	['card_number', 'CARD NO.', 'SPX000789'],
];

const CARD_WIDTH = 856;
const CARD_HEIGHT = 540;
const VALUE_LEFT = 300;

/**
 * A card the KTP's size and layout: header lines, label and value rows, the photo on the right,
 * optionally a signature under it. Where each value is printed goes into the boxes.
 */
export function drawIdCard(header: readonly string[], rows: readonly PrintedRow[], signature: boolean): DrawnDocument {
	const canvas = new GrayCanvas(CARD_WIDTH, CARD_HEIGHT, 226);
	for (let y = 0; y < canvas.height; y += 8) canvas.fillRect(0, y, canvas.width, 1, 216);
	canvas.strokeRect(0, 0, canvas.width, canvas.height, 150);
	header.forEach((line, index) => centred(canvas, line, 14 + index * 24, SCALE));
	const boxes = new Map<string, Polygon>();
	drawRows(canvas, rows, 20, 66, VALUE_LEFT, KTP_PHOTO.left - VALUE_LEFT - 20, boxes);
	drawPortrait(canvas);
	if (signature) drawSignatureStroke(canvas);
	specimenStamp(canvas, 840, 528);
	return { canvas, boxes };
}

/**
 * The passport of the vehicle file's owner, Indonesian: the photo page's two MRZ lines, with
 * check digits computed as ICAO 9303 says (mrz/checkDigit.ts; its tests check it against ICAO's
 * own worked example). Optional data unused: fillers, check digit "<".
 */
export const PASSPORT = {
	type: 'P',
	country: 'IDN',
	surname: 'SPESIMEN FIKTIF',
	givenNames: 'DEWI',
	number: 'C9990123',
	nationality: 'IDN',
	birth: { mrz: '900805', dayFirst: '05-08-1990' },
	sex: 'F',
	expiry: { mrz: '350301', dayFirst: '01-03-2035' },
} as const;

const digit = (text: string) => String(mrzCheckDigit(text));

export function passportMrz(): { line1: string; line2: string; digits: Record<'doc_number_hash' | 'birth_date_hash' | 'expiry_date_hash' | 'final_hash', string> } {
	const names = `${PASSPORT.surname.replace(/ /g, '<')}<<${PASSPORT.givenNames.replace(/ /g, '<')}`;
	const line1 = `${PASSPORT.type}<${PASSPORT.country}${names}`.padEnd(44, '<');
	const number = mrzField(PASSPORT.number, 9);
	const digits = {
		doc_number_hash: digit(number),
		birth_date_hash: digit(PASSPORT.birth.mrz),
		expiry_date_hash: digit(PASSPORT.expiry.mrz),
		final_hash: '',
	};
	const composite = `${number}${digits.doc_number_hash}${PASSPORT.birth.mrz}${digits.birth_date_hash}${PASSPORT.expiry.mrz}${digits.expiry_date_hash}${'<'.repeat(14)}<`;
	digits.final_hash = digit(composite);
	const line2 = `${number}${digits.doc_number_hash}${PASSPORT.nationality}${PASSPORT.birth.mrz}${digits.birth_date_hash}${PASSPORT.sex}${PASSPORT.expiry.mrz}${digits.expiry_date_hash}${'<'.repeat(14)}<${digits.final_hash}`;
	// The sample must pass its own composite check, whatever changes above.
	const today = { year: 2026, month: 1, day: 1 };
	const parts = { docNumber: PASSPORT.number, docNumberDigit: digits.doc_number_hash, birthDate: PASSPORT.birth.mrz, birthDateDigit: digits.birth_date_hash, expiryDate: PASSPORT.expiry.mrz, expiryDateDigit: digits.expiry_date_hash, optionalData: '', optionalDataDigit: '<' };
	if (checkMrzComposite(parts, digits.final_hash, today).problem) throw new Error('the sample passport fails its own composite check digit');
	return { line1, line2, digits };
}

const PASSPORT_ROWS: readonly PrintedRow[] = [
	['', 'JENIS/TYPE', PASSPORT.type],
	['', 'KODE NEGARA/CODE', PASSPORT.country],
	['', 'NO. PASPOR/PASSPORT NO.', PASSPORT.number],
	['', 'NAMA LENGKAP/FULL NAME', `${PASSPORT.givenNames} ${PASSPORT.surname}`],
	['', 'KEWARGANEGARAAN', 'INDONESIA'],
	['', 'TGL. LAHIR/DATE OF BIRTH', '05 AUG 1990'],
	['', 'JENIS KELAMIN/SEX', 'P/F'],
	['', 'TEMPAT LAHIR', 'KOTA CONTOH'],
	['', 'TGL. HABIS BERLAKU', '01 MAR 2035'],
];

const MRZ_LEFT = 64;
const MRZ_TOP = [440, 480] as const;

/** Where a run of characters of an MRZ line is printed: the polygon GLAIR gives for the field. */
export function mrzBox(line: 0 | 1, from: number, length: number): Polygon {
	return box(MRZ_LEFT + from * advance(SCALE), MRZ_TOP[line], length * advance(SCALE) - SCALE, 14);
}

/** The passport's photo page: the printed fields, the photo, and the two MRZ lines at the bottom. */
export function drawPassportPage(): GrayCanvas {
	const canvas = new GrayCanvas(CARD_WIDTH, CARD_HEIGHT + 20, 236);
	canvas.strokeRect(0, 0, canvas.width, canvas.height, 150);
	centred(canvas, 'REPUBLIK INDONESIA  -  PASPOR / PASSPORT', 14, SCALE);
	drawRows(canvas, PASSPORT_ROWS, 20, 56, 330, 300, new Map());
	drawPortrait(canvas);
	const { line1, line2 } = passportMrz();
	canvas.fillRect(MRZ_LEFT - 16, MRZ_TOP[0] - 12, 44 * advance(SCALE) + 32, 70, 250);
	canvas.drawText(line1, MRZ_LEFT, MRZ_TOP[0], SCALE, BLACK);
	canvas.drawText(line2, MRZ_LEFT, MRZ_TOP[1], SCALE, BLACK);
	specimenStamp(canvas, 840, 420);
	return canvas;
}
