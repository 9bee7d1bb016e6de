/**
 * The label on the box of an invented phone model, dual SIM: two IMEIs, each with a real Luhn check
 * digit (the first is Wikipedia's example IMEI). EVERYTHING HERE IS INVENTED; the answer too (no
 * phone box answer is on record): GLAIR's `imei` a list of two readings.
 */
import { phonePackaging } from '../../nodes/GlairVision/documents/phonePackaging';
import { fieldObject } from './answers';
import { drawFormPage, formAnswer } from './formPage';
import type { PrintedRow } from './vehicleFile';

export const PHONE_IMEIS = ['490154203237518', '356938035643809'] as const;

export const PHONE_BOX_TITLE = ['CONTOHPHONE SPX-7', 'SPECIMEN PACKAGING LABEL'] as const;
export const PHONE_BOX_ROWS: readonly PrintedRow[] = [
	['brand', 'BRAND', 'CONTOHPHONE'],
	['handphone_type', 'MODEL', 'SPX-7'],
	['handphone_color', 'COLOUR', 'MIDNIGHT GREY'],
	['serial_number', 'S/N', 'SPX7A0001234'],
	// Printed once per SIM slot; GLAIR lists them under one key, `imei`.
	['imei_1', 'IMEI 1', PHONE_IMEIS[0]],
	['imei_2', 'IMEI 2', PHONE_IMEIS[1]],
	['memory', 'RAM', '8 GB'],
	['storage_size', 'ROM', '256 GB'],
	['processor', 'PROCESSOR', 'OCTA-CORE 2.4 GHZ'],
	['screen_size', 'SCREEN', '6.5 INCH'],
	['camera_pixel', 'CAMERA', '50 MP'],
	['battery_size', 'BATTERY', '5000 MAH'],
];

export const drawPhoneBox = () => drawFormPage(PHONE_BOX_TITLE, PHONE_BOX_ROWS);

export function phoneBoxAnswer(): object {
	const { boxes } = drawPhoneBox();
	const answer = formAnswer(phonePackaging, PHONE_BOX_ROWS.filter(([key]) => !key.startsWith('imei_')), boxes) as { read: Record<string, unknown> };
	answer.read.imei = PHONE_IMEIS.map((imei, index) => fieldObject(`imei:${index}`, imei, imei, boxes.get(`imei_${index + 1}`)));
	return answer;
}
