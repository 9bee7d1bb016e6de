import { yearOfDate } from './dates';
import { PASSED, failed, quoted, type CheckOutcome } from './checkOutcome';

// ---- Year of manufacture (tahun pembuatan) --------------------------------------------------

/** No motor vehicle on the road is older; a smaller number is a misread. */
export const EARLIEST_MANUFACTURE_YEAR = 1900;

function parseYear(text: string): number | undefined {
	const trimmed = text.trim();
	return /^\d{4}$/.test(trimmed) ? Number(trimmed) : undefined;
}

export function checkYearFormat(text: string): CheckOutcome {
	if (parseYear(text) !== undefined) return PASSED;
	return failed(`a year is 4 digits like 2024; this is ${quoted(text.trim())}`);
}

/** Next year's models are sold from the middle of this year, so currentYear + 1 is fine. */
export function checkYearInRange(text: string, currentYear: number): CheckOutcome {
	const year = parseYear(text);
	if (year === undefined) return PASSED; // reported by the format check
	const latest = currentYear + 1;
	if (year >= EARLIEST_MANUFACTURE_YEAR && year <= latest) return PASSED;
	return failed(`year ${year} is not between ${EARLIEST_MANUFACTURE_YEAR} and ${latest}`);
}

/** A book cannot be issued for a vehicle built more than one model year later. */
export function checkYearNotAfterIssue(yearText: string, issueDateText: string, issueDateField: string): CheckOutcome {
	const year = parseYear(yearText);
	const issueYear = yearOfDate(issueDateText);
	if (year === undefined || issueYear === undefined) return PASSED; // reported by their own checks
	if (year <= issueYear + 1) return PASSED;
	return failed(`built in ${year}, but the book was issued in ${issueYear} (${issueDateField} ${issueDateText.trim()})`);
}

// ---- Wheels (jumlah roda) against kind (jenis) ----------------------------------------------

/** Printed as "4 (EMPAT)"; a few books print only the word. */
const WHEEL_COUNT_BY_WORD: Readonly<Record<string, number>> = {
	DUA: 2, TIGA: 3, EMPAT: 4, ENAM: 6, DELAPAN: 8, SEPULUH: 10,
	'DUA BELAS': 12, 'EMPAT BELAS': 14, 'ENAM BELAS': 16, 'DELAPAN BELAS': 18,
	'DUA PULUH': 20, 'DUA PULUH DUA': 22, 'DUA PULUH EMPAT': 24,
};

export function parseWheelCount(text: string): number | undefined {
	const leadingNumber = /^\s*(\d+)/.exec(text);
	if (leadingNumber) return Number(leadingNumber[1]);
	const words = text.toUpperCase().replace(/[()]/g, ' ').trim().split(/\s+/).join(' ');
	return WHEEL_COUNT_BY_WORD[words];
}

export function checkWheelCount(text: string): CheckOutcome {
	const wheels = parseWheelCount(text);
	if (wheels === undefined) return failed(`cannot read a number of wheels from ${quoted(text.trim())}`);
	if (wheels < 2) return failed(`a vehicle has at least 2 wheels; this says ${wheels}`);
	return PASSED;
}

export type VehicleKindGroup = 'motorcycle' | 'four-wheeler' | 'unknown';

/** Jenis as printed: "SEPEDA MOTOR", "MB. PENUMPANG", "MB. BARANG", "MOBIL BUS", sometimes a body type. */
const MOTORCYCLE_KIND = /\b(SEPEDA MOTOR|SPD MOTOR|SP MOTOR|SPM)\b/;
const FOUR_WHEELER_KIND =
	/\b(MB|MOBIL|PENUMPANG|BARANG|BUS|MINIBUS|MICROBUS|MIKROBUS|SEDAN|JEEP|TRUK|TRUCK|PICK UP|PICKUP|STATION WAGON)\b/;

export function vehicleKindGroup(kindText: string): VehicleKindGroup {
	const kind = kindText.toUpperCase().replace(/\./g, ' ').replace(/\s+/g, ' ').trim();
	// Checked first: "SEPEDA MOTOR RODA TIGA" is a motorcycle, whatever else it says.
	if (MOTORCYCLE_KIND.test(kind)) return 'motorcycle';
	if (FOUR_WHEELER_KIND.test(kind)) return 'four-wheeler';
	return 'unknown';
}

/** Motorcycles have 2 wheels (3 with a sidecar or cargo box); cars, buses and trucks 4 or more. */
export function checkWheelsMatchKind(wheelsText: string, kindText: string): CheckOutcome {
	const wheels = parseWheelCount(wheelsText);
	if (wheels === undefined) return PASSED; // reported by the wheel count check
	const kind = kindText.trim();
	switch (vehicleKindGroup(kindText)) {
		case 'motorcycle':
			return wheels === 2 || wheels === 3
				? PASSED
				: failed(`jenis ${quoted(kind)} is a motorcycle with 2 or 3 wheels, this says ${wheels}`);
		case 'four-wheeler':
			return wheels >= 4
				? PASSED
				: failed(`jenis ${quoted(kind)} is a car, bus or truck with at least 4 wheels, this says ${wheels}`);
		case 'unknown':
			return PASSED;
	}
}

// ---- Engine size (isi silinder) -------------------------------------------------------------

/** Electric vehicles have no cylinders: the box may show power (kW) or just "LISTRIK" (electric). */
const ELECTRIC_VEHICLE = /\b(K?WH?|WATT|LISTRIK)\b/;

/**
 * Reads "2.499 CC" as 2499 and "1,496 cc" as 1496: a dot or comma followed by exactly three
 * digits groups thousands. Any other dot or comma is a decimal point ("124,8 CC" is 124.8).
 */
export function parseEngineSizeCc(text: string): number | undefined {
	const number = /\d+(?:[.,]\d+)*/.exec(text)?.[0];
	if (number === undefined) return undefined;
	if (/^\d{1,3}(?:[.,]\d{3})+$/.test(number)) return Number(number.replace(/[.,]/g, ''));
	if (/^\d+(?:[.,]\d+)?$/.test(number)) return Number(number.replace(',', '.'));
	// Mixed like "2.499,5": the last mark is the decimal point, the others group thousands.
	const lastMark = Math.max(number.lastIndexOf('.'), number.lastIndexOf(','));
	const wholePart = number.slice(0, lastMark).replace(/[.,]/g, '');
	return Number(`${wholePart}.${number.slice(lastMark + 1)}`);
}

export function checkEngineSize(text: string, ccCompanion: string): CheckOutcome {
	if (ELECTRIC_VEHICLE.test(text.toUpperCase())) return PASSED;
	const cc = parseEngineSizeCc(text);
	if (cc === undefined) return failed(`cannot find an engine size in cc in ${quoted(text.trim())}`);
	return { companions: { [ccCompanion]: cc } };
}
