/**
 * The rules as check-table rows: each takes the column(s) it reads and the names of the companion
 * columns it adds, so one rule serves every document that carries such a field.
 */
import type { CheckRow } from './checkRow';
import {
	checkBpkbNumberShape,
	checkDate,
	checkDeadline,
	checkLifetimeOrDate,
	checkNikMatchesBirthDate,
	checkNikMatchesProvince,
	checkNikMatchesSex,
	checkNikShape,
	checkNpwpShape,
	checkSameValue,
	checkEngineSize,
	checkIdentityNumberKind,
	checkNikBirthDate,
	checkNikProvince,
	checkNikSerial,
	checkPlateColour,
	checkPlateRegion,
	checkPlateShape,
	checkStampMatchesBpkbNumber,
	checkVinCharacters,
	checkVinLength,
	checkWheelCount,
	checkWheelsMatchKind,
	checkYearFormat,
	checkYearInRange,
	checkYearNotAfterIssue,
} from '../indonesia';

type Described = { description: string };

export const rows = {
	identityNumberKind: (field: string, { kind = `${field}_kind`, description }: Described & { kind?: string }): CheckRow => ({
		fields: [field], rule: 'identity-number-kind', description, companions: [kind],
		check: (v) => checkIdentityNumberKind(v[field], kind),
	}),
	nikProvince: (field: string, { description }: Described): CheckRow => ({
		fields: [field], rule: 'nik-province', description, companions: [], check: (v) => checkNikProvince(v[field]),
	}),
	nikBirthDate: (field: string, { description }: Described): CheckRow => ({
		fields: [field], rule: 'nik-birth-date', description, companions: [], check: (v) => checkNikBirthDate(v[field]),
	}),
	nikSerial: (field: string, { description }: Described): CheckRow => ({
		fields: [field], rule: 'nik-serial', description, companions: [], check: (v) => checkNikSerial(v[field]),
	}),
	stampMatches: (stamp: string, printed: string, { description }: Described): CheckRow => ({
		fields: [stamp, printed], rule: 'bpkb-stamp-matches', description, companions: [],
		check: (v) => checkStampMatchesBpkbNumber(v[stamp], v[printed]),
	}),
	date: (field: string, { iso = `${field}_iso`, description }: Described & { iso?: string }): CheckRow => ({
		fields: [field], rule: 'date', description, companions: [iso], check: (v) => checkDate(v[field], iso),
	}),
	plateShape: (field: string, { normalized = `${field}_normalized`, description }: Described & { normalized?: string }): CheckRow => ({
		fields: [field], rule: 'plate-shape', description, companions: [normalized],
		check: (v) => checkPlateShape(v[field], normalized),
	}),
	plateRegion: (field: string, { description }: Described): CheckRow => ({
		fields: [field], rule: 'plate-region', description, companions: [], check: (v) => checkPlateRegion(v[field]),
	}),
	yearFormat: (field: string, { description }: Described): CheckRow => ({
		fields: [field], rule: 'year-format', description, companions: [], check: (v) => checkYearFormat(v[field]),
	}),
	yearInRange: (field: string, { description }: Described): CheckRow => ({
		fields: [field], rule: 'year-range', description, companions: [],
		check: (v, context) => checkYearInRange(v[field], context.currentYear),
	}),
	yearNotAfterIssue: (year: string, issueDate: string, { description }: Described): CheckRow => ({
		fields: [year, issueDate], rule: 'year-not-after-issue', description, companions: [],
		check: (v) => checkYearNotAfterIssue(v[year], v[issueDate], issueDate),
	}),
	engineSize: (field: string, { cc = `${field}_cc`, description }: Described & { cc?: string }): CheckRow => ({
		fields: [field], rule: 'engine-size', description, companions: [cc], check: (v) => checkEngineSize(v[field], cc),
	}),
	vinLength: (field: string, { description }: Described): CheckRow => ({
		fields: [field], rule: 'vin-length', description, companions: [], check: (v) => checkVinLength(v[field]),
	}),
	vinCharacters: (field: string, { suggested = `${field}_suggested`, description }: Described & { suggested?: string }): CheckRow => ({
		fields: [field], rule: 'vin-characters', description, companions: [suggested],
		check: (v) => checkVinCharacters(v[field], suggested),
	}),
	plateColour: (field: string, { description }: Described): CheckRow => ({
		fields: [field], rule: 'plate-colour', description, companions: [], check: (v) => checkPlateColour(v[field]),
	}),
	wheelCount: (field: string, { description }: Described): CheckRow => ({
		fields: [field], rule: 'wheel-count', description, companions: [], check: (v) => checkWheelCount(v[field]),
	}),
	wheelsMatchKind: (wheels: string, kind: string, { description }: Described): CheckRow => ({
		fields: [wheels, kind], rule: 'wheels-match-kind', description, companions: [],
		check: (v) => checkWheelsMatchKind(v[wheels], v[kind]),
	}),
	bpkbNumberShape: (field: string, { description }: Described): CheckRow => ({
		fields: [field], rule: 'bpkb-number-shape', description, companions: [], check: (v) => checkBpkbNumberShape(v[field]),
	}),
	/** Valid until a date: a warning once it passed, and `withinDays` before. */
	expiry: (field: string, { withinDays, what, description }: Described & { withinDays: number; what: string }): CheckRow => ({
		fields: [field], rule: 'expiry', description, companions: [],
		check: (v, context) => checkDeadline(v[field], context.today, withinDays, what),
	}),
	/** Paid or done until a date: a warning once it passed. */
	overdue: (field: string, { what, description }: Described & { what: string }): CheckRow => ({
		fields: [field], rule: 'overdue', description, companions: [],
		check: (v, context) => checkDeadline(v[field], context.today, 0, what),
	}),
	sameValue: (field: string, other: string, { description }: Described): CheckRow => ({
		fields: [field, other], rule: 'same-value', description, companions: [],
		check: (v) => checkSameValue(v[field], v[other], other),
	}),
	nikShape: (field: string, { description }: Described): CheckRow => ({
		fields: [field], rule: 'nik-shape', description, companions: [], check: (v) => checkNikShape(v[field]),
	}),
	nikMatchesProvince: (nik: string, province: string, { description }: Described): CheckRow => ({
		fields: [nik, province], rule: 'nik-matches-province', description, companions: [],
		check: (v) => checkNikMatchesProvince(v[nik], v[province], province),
	}),
	nikMatchesBirthDate: (nik: string, birthDate: string, { description }: Described): CheckRow => ({
		fields: [nik, birthDate], rule: 'nik-matches-birth-date', description, companions: [],
		check: (v) => checkNikMatchesBirthDate(v[nik], v[birthDate], birthDate),
	}),
	nikMatchesSex: (nik: string, sex: string, { description }: Described): CheckRow => ({
		fields: [nik, sex], rule: 'nik-matches-sex', description, companions: [],
		check: (v) => checkNikMatchesSex(v[nik], v[sex], sex),
	}),
	lifetimeOrDate: (field: string, { iso = `${field}_iso`, description }: Described & { iso?: string }): CheckRow => ({
		fields: [field], rule: 'lifetime-or-date', description, companions: [iso], check: (v) => checkLifetimeOrDate(v[field], iso),
	}),
	npwpShape: (field: string, { normalized = `${field}_normalized`, description }: Described & { normalized?: string }): CheckRow => ({
		fields: [field], rule: 'npwp-shape', description, companions: [normalized], check: (v) => checkNpwpShape(v[field], normalized),
	}),
};
