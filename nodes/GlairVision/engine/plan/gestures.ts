/**
 * The gestures Active Liveness can ask for (`gesture-code`), with the docs' descriptions. A hand
 * code's five digits are thumb, index, middle, ring and little finger, 1 when raised.
 */
export const GESTURES: ReadonlyArray<readonly [code: string, description: string]> = [
	['HAND_00000', 'Hand: close all fingers'],
	['HAND_01000', 'Hand: show the index finger'],
	['HAND_01100', 'Hand: show the index and middle fingers'],
	['HAND_01110', 'Hand: show the index, middle and ring fingers'],
	['HAND_01111', 'Hand: show the index, middle, ring and little fingers'],
	['HAND_10000', 'Hand: raise only the thumb'],
	['HAND_11000', 'Hand: show the thumb and index finger'],
	['HAND_11001', 'Hand: show the thumb, index and little fingers'],
	['HAND_11111', 'Hand: show all fingers'],
	['HEAD_00', 'Head: close both eyes'],
	['HEAD_01', 'Head: close the right eye'],
	['HEAD_10', 'Head: close the left eye'],
	['HEAD_11', 'Head: open both eyes'],
	['HEAD_LEFT', 'Head: turn left'],
	['HEAD_RIGHT', 'Head: turn right'],
	['HEAD_UP', 'Head: look up'],
	['HEAD_DOWN', 'Head: look down'],
	['HEAD_OPEN_MOUTH', 'Head: open the mouth'],
	['HEAD_CLOSE_MOUTH', 'Head: close the mouth'],
];

/** The code in GLAIR's spelling when it is one of GESTURES (case and spaces forgiven), else undefined. */
export function gestureCode(text: string): string | undefined {
	const wanted = text.trim().toUpperCase();
	return GESTURES.find(([code]) => code === wanted)?.[0];
}
