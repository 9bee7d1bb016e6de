/**
 * The vehicle file's own samples (samples/vehicle-file/) and the sandbox's invented answers for
 * them: the BPKB of the invented owner and car (a 4-page PDF and four page photos), and the
 * variants that differ from the consistent file in one thing each (see VEHICLE_FILE_SETS and
 * samples/vehicle-file/README.md). The consistent STNK and KTP are samples/stnk-sample.png and
 * samples/ktp-sample.png.
 */
import { bpkbAnswer, ktpAnswer, specimenPage, stnkAnswer } from './answers';
import { drawKtp, drawStnk, drawWornStnk } from './cards';
import { encodePagePhotoJpeg } from './jpeg';
import { drawSpecimenPage } from './pageImages';
import { writeSpecimenPdf } from './pdf';
import { encodeGrayPng } from './png';
import {
	CAR,
	OCR_SLIPS,
	OTHER_CHASSIS,
	OTHER_OWNER,
	OTHER_PLATE,
	OTHER_PERSON,
	OTHER_PERSON_BIRTH_DATE,
	OWNER,
	bpkbPages,
	ktpExtraValues,
	ktpRows,
	stnkRegistrationRows,
	stnkTaxRows,
	type Car,
	type Person,
} from './vehicleFile';

export const VEHICLE_FILE_SAMPLE_NAMES = [
	'vehicle-file/bpkb.pdf',
	'vehicle-file/bpkb-photo-1.jpg',
	'vehicle-file/bpkb-photo-2.jpg',
	'vehicle-file/bpkb-photo-3.jpg',
	'vehicle-file/bpkb-photo-4.jpg',
	'vehicle-file/bpkb-other-owner.pdf',
	'vehicle-file/bpkb-other-owner-photo-1.jpg',
	'vehicle-file/stnk-other-chassis.png',
	'vehicle-file/stnk-other-plate.png',
	'vehicle-file/stnk-ocr-slips.png',
	'vehicle-file/ktp-other-person.png',
] as const;

export type VehicleFileSampleName = (typeof VEHICLE_FILE_SAMPLE_NAMES)[number];

/** Each sample's answer fixture (in test/sandbox/fixtures/); the photos share their book's. */
export const VEHICLE_FILE_FIXTURES = {
	'vehicle-file/bpkb.pdf': 'bpkb-vehicle-file-response.json',
	'vehicle-file/bpkb-other-owner.pdf': 'bpkb-vehicle-file-other-owner-response.json',
	'vehicle-file/stnk-other-chassis.png': 'stnk-other-chassis-response.json',
	'vehicle-file/stnk-other-plate.png': 'stnk-other-plate-response.json',
	'vehicle-file/stnk-ocr-slips.png': 'stnk-ocr-slips-response.json',
	'vehicle-file/ktp-other-person.png': 'ktp-other-person-response.json',
} as const satisfies Partial<Record<VehicleFileSampleName, string>>;

/** The BPKB page photos: [photo file, the book's fixture, 1-based page]. */
export const VEHICLE_FILE_BPKB_PHOTOS: ReadonlyArray<readonly [photo: VehicleFileSampleName, fixture: string, page: 1 | 2 | 3 | 4]> = [
	['vehicle-file/bpkb-photo-1.jpg', VEHICLE_FILE_FIXTURES['vehicle-file/bpkb.pdf'], 1],
	['vehicle-file/bpkb-photo-2.jpg', VEHICLE_FILE_FIXTURES['vehicle-file/bpkb.pdf'], 2],
	['vehicle-file/bpkb-photo-3.jpg', VEHICLE_FILE_FIXTURES['vehicle-file/bpkb.pdf'], 3],
	['vehicle-file/bpkb-photo-4.jpg', VEHICLE_FILE_FIXTURES['vehicle-file/bpkb.pdf'], 4],
	['vehicle-file/bpkb-other-owner-photo-1.jpg', VEHICLE_FILE_FIXTURES['vehicle-file/bpkb-other-owner.pdf'], 1],
];

const CONSISTENT_BPKB = bpkbPages(OWNER, CAR);
const OTHER_OWNER_BPKB = bpkbPages(OTHER_OWNER, CAR);

function stnkOf(owner: Person, car: Car) {
	const rows = { registration: stnkRegistrationRows(owner, car), tax: stnkTaxRows(owner, car) };
	return { rows, drawing: drawStnk(rows.registration, rows.tax) };
}

const OTHER_PERSON_KTP = { rows: ktpRows(OTHER_PERSON, OTHER_PERSON_BIRTH_DATE), extra: ktpExtraValues(OTHER_PERSON_BIRTH_DATE) };
const OCR_SLIPPED = { nomor_rangka: OCR_SLIPS.chassis, nama_pemilik: OCR_SLIPS.name };

/** The bytes of every vehicle-file sample, keyed by its path under samples/. Pure: writes nothing. */
export function makeVehicleFileSamples(): Record<VehicleFileSampleName, Buffer> {
	const pages = CONSISTENT_BPKB.map(specimenPage);
	const canvases = pages.map((page, index) => drawSpecimenPage(page, index + 1, pages.length));
	const otherOwnerPages = OTHER_OWNER_BPKB.map(specimenPage);
	const otherOwnerFirstPage = drawSpecimenPage(otherOwnerPages[0], 1, otherOwnerPages.length);
	const [photo1, photo2, photo3, photo4] = canvases.map((canvas) => encodePagePhotoJpeg(canvas));
	return {
		'vehicle-file/bpkb.pdf': writeSpecimenPdf(pages),
		'vehicle-file/bpkb-photo-1.jpg': photo1,
		'vehicle-file/bpkb-photo-2.jpg': photo2,
		'vehicle-file/bpkb-photo-3.jpg': photo3,
		'vehicle-file/bpkb-photo-4.jpg': photo4,
		'vehicle-file/bpkb-other-owner.pdf': writeSpecimenPdf(otherOwnerPages),
		'vehicle-file/bpkb-other-owner-photo-1.jpg': encodePagePhotoJpeg(otherOwnerFirstPage),
		'vehicle-file/stnk-other-chassis.png': encodeGrayPng(stnkOf(OWNER, { ...CAR, chassis: OTHER_CHASSIS }).drawing.drawn.canvas),
		'vehicle-file/stnk-other-plate.png': encodeGrayPng(stnkOf(OWNER, { ...CAR, plate: OTHER_PLATE }).drawing.drawn.canvas),
		'vehicle-file/stnk-ocr-slips.png': encodeGrayPng(drawWornStnk().drawn.canvas),
		'vehicle-file/ktp-other-person.png': encodeGrayPng(drawKtp(OTHER_PERSON_KTP.rows, OTHER_PERSON_BIRTH_DATE).canvas),
	};
}

/** The sandbox's invented answers for the vehicle-file samples, by fixture file name. */
export function makeVehicleFileAnswers(): Record<string, object> {
	const otherChassis = stnkOf(OWNER, { ...CAR, chassis: OTHER_CHASSIS });
	const otherPlate = stnkOf(OWNER, { ...CAR, plate: OTHER_PLATE });
	const consistentStnk = stnkOf(OWNER, CAR);
	return {
		[VEHICLE_FILE_FIXTURES['vehicle-file/bpkb.pdf']]: bpkbAnswer(CONSISTENT_BPKB),
		[VEHICLE_FILE_FIXTURES['vehicle-file/bpkb-other-owner.pdf']]: bpkbAnswer(OTHER_OWNER_BPKB),
		[VEHICLE_FILE_FIXTURES['vehicle-file/stnk-other-chassis.png']]: stnkAnswer(otherChassis.drawing, otherChassis.rows),
		[VEHICLE_FILE_FIXTURES['vehicle-file/stnk-other-plate.png']]: stnkAnswer(otherPlate.drawing, otherPlate.rows),
		[VEHICLE_FILE_FIXTURES['vehicle-file/stnk-ocr-slips.png']]: stnkAnswer(drawWornStnk(), consistentStnk.rows, OCR_SLIPPED),
		[VEHICLE_FILE_FIXTURES['vehicle-file/ktp-other-person.png']]: ktpAnswer(
			drawKtp(OTHER_PERSON_KTP.rows, OTHER_PERSON_BIRTH_DATE),
			OTHER_PERSON_KTP.rows,
			OTHER_PERSON_KTP.extra,
		),
	};
}
