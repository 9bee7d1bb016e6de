/**
 * How a rule is declared (once, in fieldChecks.ts) and turned into the builder a document's check
 * table calls. A rule knows the number of columns it reads, the companion columns it adds and their
 * default names, and the pure function of indonesia/ that judges the values.
 */
import type { CheckContext, CheckOutcome } from '../indonesia/checkOutcome';
import type { CompanionType, FieldCheck } from './fieldCheck';

/**
 * How many columns a rule reads: one, two for a rule between columns (the stamp against the printed
 * number), three for a value between two others (a transaction's date within the statement's period).
 */
export type ColumnCount = 1 | 2 | 3;

/** The columns a rule reads (or their values), in the order the table names them. */
export type RuleColumns<Reads extends ColumnCount> = Reads extends 1 ? [string] : Reads extends 2 ? [string, string] : [string, string, string];

/** A companion column is named `<first column><suffix>` unless the table line names it. */
export interface CompanionDeclaration {
	suffix: string;
	type: CompanionType;
}

export interface RuleInput<Reads extends ColumnCount, Companion extends string, Options> {
	/** The trimmed values, in column order. */
	values: RuleColumns<Reads>;
	/** The columns' names, for messages that name the other column ("but tanggal_lahir is ..."). */
	columns: RuleColumns<Reads>;
	/** The companion columns' names as this table line names them. */
	companions: Readonly<Record<Companion, string>>;
	/** The optional columns' trimmed values by column, '' where nothing was read. */
	optional: Readonly<Record<string, string>>;
	options: Options;
	context: CheckContext;
}

export interface Rule<Reads extends ColumnCount, Companion extends string = never, Options = object> {
	/** Short stable name, e.g. "vin-length": a FieldCheck's `rule`. */
	name: string;
	reads: Reads;
	/** The companion columns it may add, by the key a table line uses to rename one. */
	companions?: Readonly<Record<Companion, CompanionDeclaration>>;
	/**
	 * Columns the table line names in its options that the rule reads when they were read, without
	 * waiting for them (an invoice's discount: most invoices have none).
	 */
	optionalColumns?: (options: Options) => readonly string[];
	check: (input: RuleInput<Reads, Companion, Options>) => CheckOutcome;
}

/** What a table line gives after its columns: a description, the rule's options, companion names other than the default. */
export type LineOptions<Companion extends string, Options> = { description: string } & Partial<Record<Companion, string>> & Options;

export type FieldCheckBuilder<Reads extends ColumnCount, Companion extends string, Options> = (
	...line: [...RuleColumns<Reads>, LineOptions<Companion, Options>]
) => FieldCheck;

/** Declares a rule; the type parameters are inferred (give all three for a rule with options). */
export function defineRule<Reads extends ColumnCount, Companion extends string = never, Options = object>(
	rule: Rule<Reads, Companion, Options>,
): Rule<Reads, Companion, Options> {
	return rule;
}

export function fieldCheckBuilder<Reads extends ColumnCount, Companion extends string, Options>(
	rule: Rule<Reads, Companion, Options>,
): FieldCheckBuilder<Reads, Companion, Options> {
	const declared = Object.entries(rule.companions ?? {}) as Array<[Companion, CompanionDeclaration]>;
	return (...line) => {
		const columns = line.slice(0, rule.reads) as RuleColumns<Reads>;
		const options = line[rule.reads] as LineOptions<Companion, Options>;
		const names = Object.fromEntries(
			declared.map(([key, { suffix }]) => [key, (options as Partial<Record<Companion, string>>)[key] ?? `${columns[0]}${suffix}`]),
		) as Record<Companion, string>;
		const optionalColumns = rule.optionalColumns?.(options) ?? [];
		return {
			columns,
			rule: rule.name,
			description: options.description,
			companions: declared.map(([key, { type }]) => ({ column: names[key], type })),
			...(optionalColumns.length ? { optionalColumns } : {}),
			check: (values, context) =>
				rule.check({
					values: columns.map((column) => values[column]) as RuleColumns<Reads>,
					columns,
					companions: names,
					optional: Object.fromEntries(optionalColumns.map((column) => [column, values[column] ?? ''])),
					options,
					context,
				}),
		};
	};
}

type BuilderOf<R> = R extends Rule<infer Reads, infer Companion, infer Options> ? FieldCheckBuilder<Reads, Companion, Options> : never;

/** One builder per rule, under the rule's key. */
export function buildersOf<Rules extends object>(rules: Rules): { [Key in keyof Rules]: BuilderOf<Rules[Key]> } {
	const declared = Object.entries(rules) as Array<[string, Rule<ColumnCount, string, unknown>]>;
	return Object.fromEntries(declared.map(([key, rule]) => [key, fieldCheckBuilder(rule)])) as { [Key in keyof Rules]: BuilderOf<Rules[Key]> };
}
