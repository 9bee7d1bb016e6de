/**
 * GLAIR's answers for the people's documents, the plate photos and the letter, as the sandbox gives
 * them: INVENTED like the vehicle file's (answers.ts). Values are the samples'; polygons are where
 * the samples print them; confidences are made up. Every field the document has is in the answer,
 * an empty reading where the sample prints nothing (GLAIR's way of saying "not found").
 */
import type { DocumentSpec } from '../../nodes/GlairVision/documents/spec';
import { kitasKitap } from '../../nodes/GlairVision/documents/kitasKitap';
import { passport } from '../../nodes/GlairVision/documents/passport';
import { sim } from '../../nodes/GlairVision/documents/sim';
import { singaporeFamilyPass } from '../../nodes/GlairVision/documents/singaporeFamilyPass';
import { singaporeNric } from '../../nodes/GlairVision/documents/singaporeNric';
import { singaporeWorkPermit } from '../../nodes/GlairVision/documents/singaporeWorkPermit';
import { INVENTED_NOTE, fieldObject, imageObject, section, sortedKeys, type FieldObject } from './answers';
import { KTP_PHOTO, KTP_SIGNATURE, crop, type DrawnDocument, type Polygon } from './cards';
import {
	KITAS_HEADER,
	KITAS_ROWS,
	PASSPORT,
	SIM_HEADER,
	SIM_ROWS,
	SINGAPORE_FAMILY_PASS_HEADER,
	SINGAPORE_FAMILY_PASS_ROWS,
	SINGAPORE_NRIC_HEADER,
	SINGAPORE_NRIC_ROWS,
	SINGAPORE_WORK_PERMIT_HEADER,
	SINGAPORE_WORK_PERMIT_ROWS,
	drawIdCard,
	mrzBox,
	passportMrz,
} from './identityDocuments';
import { SECOND_PLATE, drawLetter, drawPlatePhoto, drawTwoPlatesPhoto } from './plateAndLetter';
import { encodeGrayPng } from './png';
import { CAR } from './vehicleFile';
import type { PrintedRow } from './vehicleFile';

const envelope = (read: object) => ({ _invented: INVENTED_NOTE, status: 'SUCCESS', reason: 'File Successfully Read', read });

/** Every field of a flat document: the read ones, and an empty reading for each the sample does not print. */
function everyField(spec: DocumentSpec, read: Record<string, FieldObject>): Record<string, FieldObject> {
	const fields = { ...read };
	for (const field of spec.sections[0].fields) fields[field.key] ??= fieldObject(field.key, '', '', undefined);
	return sortedKeys(fields);
}

type ImageKeys = { photo: string; signature?: string };

/** A card's answer: its rows, the face (and signature) cut out under the keys the document uses. */
function cardAnswer(spec: DocumentSpec, drawn: DrawnDocument, rows: readonly PrintedRow[], images: ImageKeys): object {
	const read: Record<string, unknown> = everyField(spec, section(rows, drawn.boxes));
	read[images.photo] = imageObject(images.photo, encodeGrayPng(crop(drawn.canvas, KTP_PHOTO)), KTP_PHOTO);
	if (images.signature) read[images.signature] = imageObject(images.signature, encodeGrayPng(crop(drawn.canvas, KTP_SIGNATURE)), KTP_SIGNATURE);
	return envelope(read);
}

export const drawSim = () => drawIdCard(SIM_HEADER, SIM_ROWS, true);
export const drawKitas = () => drawIdCard(KITAS_HEADER, KITAS_ROWS, true);
export const drawSingaporeNric = () => drawIdCard(SINGAPORE_NRIC_HEADER, SINGAPORE_NRIC_ROWS, false);
export const drawSingaporeFamilyPass = () => drawIdCard(SINGAPORE_FAMILY_PASS_HEADER, SINGAPORE_FAMILY_PASS_ROWS, true);
export const drawSingaporeWorkPermit = () => drawIdCard(SINGAPORE_WORK_PERMIT_HEADER, SINGAPORE_WORK_PERMIT_ROWS, false);

export const simAnswer = () => cardAnswer(sim, drawSim(), SIM_ROWS, { photo: 'foto', signature: 'tanda_tangan' });
/** The KITAS's newest docs type `read.sign` as a bare base64 string (the photo is a field object). */
export function kitasKitapAnswer(): object {
	const answer = cardAnswer(kitasKitap, drawKitas(), KITAS_ROWS, { photo: 'photo', signature: 'sign' }) as { read: Record<string, { value: string }> };
	return { ...answer, read: { ...answer.read, sign: answer.read.sign.value } };
}
export const singaporeNricAnswer = () => cardAnswer(singaporeNric, drawSingaporeNric(), SINGAPORE_NRIC_ROWS, { photo: 'photo' });
export const singaporeFamilyPassAnswer = () =>
	cardAnswer(singaporeFamilyPass, drawSingaporeFamilyPass(), SINGAPORE_FAMILY_PASS_ROWS, { photo: 'photo', signature: 'sign' });
export const singaporeWorkPermitAnswer = () => cardAnswer(singaporeWorkPermit, drawSingaporeWorkPermit(), SINGAPORE_WORK_PERMIT_ROWS, { photo: 'photo' });

/**
 * The passport's answer as GLAIR's newest docs give it: the MRZ's fields, dates day-first with the
 * MRZ's yymmdd as the original text, each check digit as printed. No optional data (fillers).
 */
export function passportAnswer(): object {
	const { line1, line2, digits } = passportMrz();
	const surnameAt = 5;
	const surnameLength = PASSPORT.surname.length;
	const field = (key: string, value: string, polygon: Polygon, printed = value) => fieldObject(`passport:${key}`, value, printed, polygon);
	const read: Record<string, FieldObject> = {
		document_type: field('document_type', PASSPORT.type, mrzBox(0, 0, 1)),
		country: field('country', PASSPORT.country, mrzBox(0, 2, 3)),
		surname: field('surname', PASSPORT.surname, mrzBox(0, surnameAt, surnameLength), line1.slice(surnameAt, surnameAt + surnameLength)),
		name: field('name', PASSPORT.givenNames, mrzBox(0, surnameAt + surnameLength + 2, PASSPORT.givenNames.length)),
		doc_number: field('doc_number', PASSPORT.number, mrzBox(1, 0, PASSPORT.number.length)),
		doc_number_hash: field('doc_number_hash', digits.doc_number_hash, mrzBox(1, 9, 1)),
		nationality: field('nationality', PASSPORT.nationality, mrzBox(1, 10, 3)),
		birth_date: field('birth_date', PASSPORT.birth.dayFirst, mrzBox(1, 13, 6), PASSPORT.birth.mrz),
		birth_date_hash: field('birth_date_hash', digits.birth_date_hash, mrzBox(1, 19, 1)),
		sex: field('sex', PASSPORT.sex, mrzBox(1, 20, 1)),
		expiry_date: field('expiry_date', PASSPORT.expiry.dayFirst, mrzBox(1, 21, 6), PASSPORT.expiry.mrz),
		expiry_date_hash: field('expiry_date_hash', digits.expiry_date_hash, mrzBox(1, 27, 1)),
		optional_data_hash: field('optional_data_hash', line2[42], mrzBox(1, 42, 1)),
		final_hash: field('final_hash', digits.final_hash, mrzBox(1, 43, 1)),
	};
	return envelope(everyField(passport, read));
}

/** The plate photo's answer, newest shape: `plates`, a list of readings. */
export function plateAnswer(): object {
	return envelope({ plates: [fieldObject('plate:1', CAR.plate, CAR.plate, drawPlatePhoto().plate)] });
}

export function twoPlatesAnswer(): object {
	const [first, second] = drawTwoPlatesPhoto().plates;
	return envelope({ plates: [fieldObject('plate:1', CAR.plate, CAR.plate, first), fieldObject('plate:2', SECOND_PLATE, SECOND_PLATE, second)] });
}

/** The letter's answer: `all_texts`, one reading per printed line, in reading order. */
export function letterAnswer(): object {
	return envelope({ all_texts: drawLetter().lines.map(({ text, polygon }, index) => fieldObject(`letter:${index}`, text, text, polygon)) });
}
