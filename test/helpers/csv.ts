import type { IDataObject } from 'n8n-workflow';

/** RFC 4180 CSV, as a spreadsheet import reads it; the header is the first item's keys. */
export function toCsv(rows: IDataObject[]): string {
	const header = Object.keys(rows[0] ?? {});
	const cell = (value: unknown) => {
		if (value === null || value === undefined) return '';
		if (typeof value === 'object') throw new Error(`not a spreadsheet value: ${JSON.stringify(value)}`);
		const text = String(value);
		return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
	};
	return [header, ...rows.map((row) => header.map((key) => row[key]))].map((cells) => cells.map(cell).join(',')).join('\r\n');
}

export function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let cell = '';
	let quoted = false;
	for (let index = 0; index < text.length; index++) {
		const char = text[index];
		if (quoted) {
			if (char === '"' && text[index + 1] === '"') {
				cell += '"';
				index++;
			} else if (char === '"') quoted = false;
			else cell += char;
		} else if (char === '"') quoted = true;
		else if (char === ',') {
			row.push(cell);
			cell = '';
		} else if (char === '\r' && text[index + 1] === '\n') {
			row.push(cell);
			rows.push(row);
			row = [];
			cell = '';
			index++;
		} else cell += char;
	}
	row.push(cell);
	rows.push(row);
	return rows;
}
