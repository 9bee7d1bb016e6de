/**
 * The form a person answers, as n8n's own forms take it: the JSON of the Form node's "Define Form:
 * Using JSON" and of the custom form of the "Send and Wait for Response" operations (Gmail, Slack,
 * Telegram, Teams ...), and the way its answers come back.
 *
 * What n8n accepts there (n8n-workflow `tryToParseJsonToFormFields`): n8n 1.x (1.123) takes the
 * keys fieldLabel, fieldType, placeholder, defaultValue, fieldOptions, multiselect, multipleFiles,
 * acceptFileTypes, formatDate, requiredField, fieldValue, elementName and html, and refuses any
 * other; 2.x adds fieldName and a few more. Both render defaultValue as the field's value. So
 * this form uses only keys both take, and no fieldName: its answers come back keyed by the field's
 * label (n8n-nodes-base Form utils `prepareFormReturnItem`; with fieldName, the Form node from 2.4
 * and Slack from 2.4 would key them by that instead). A label is the column's label from
 * documents/<type>/fields.ts, then LABEL_SEPARATOR and the reasons: the answer's key starts with
 * the label, which tells its column. n8n writes < and > of every text as &lt; and &gt;, the label
 * and the shown value included: an answer's key may be the label as n8n shows it (the passport's
 * "M, F or <"), and an answer that is the value read as n8n showed it is that value.
 */
import { LABEL_SEPARATOR, type ReviewField } from './reviewFields';

export { LABEL_SEPARATOR } from './reviewFields';

/** One field of n8n's form definition. */
export interface FormField {
	fieldLabel: string;
	fieldType: 'text' | 'dropdown';
	placeholder?: string;
	defaultValue?: string;
	requiredField: boolean;
	fieldOptions?: { values: Array<{ option: string }> };
}

/** The form's last field: who reviewed, when the person says so. */
export const REVIEWED_BY_LABEL = 'Reviewed By';
export const REVIEWED_BY_COLUMN = 'reviewed_by';

const YES = 'Yes';
const NO = 'No';

/** One field per doubtful column, prefilled with the value read (a check to decide: its choices), then who reviewed. */
export function reviewForm(fields: readonly ReviewField[]): FormField[] {
	const form: FormField[] = fields.map((field) => {
		const fieldLabel = `${field.label}${LABEL_SEPARATOR}${field.reasons.join('; ')}`;
		if (field.options) {
			return { fieldLabel, fieldType: 'dropdown', fieldOptions: { values: field.options.map((option) => ({ option })) }, defaultValue: String(field.value), requiredField: true };
		}
		if (typeof field.value === 'boolean') {
			return {
				fieldLabel: `${fieldLabel}. Is that right?`,
				fieldType: 'dropdown',
				fieldOptions: { values: [{ option: YES }, { option: NO }] },
				defaultValue: field.value ? YES : NO,
				requiredField: true,
			};
		}
		return { fieldLabel, fieldType: 'text', defaultValue: field.value, placeholder: field.value === '' ? 'not read' : field.value, requiredField: false };
	});
	form.push({ fieldLabel: REVIEWED_BY_LABEL, fieldType: 'text', placeholder: 'Your name', requiredField: false });
	return form;
}

/** What a person answered on a review form, by column. */
export interface ReviewAnswers {
	/** The columns answered (a field the form sent empty is answered: the value is empty). */
	byColumn: Map<string, string>;
	reviewedBy: string;
	/** When the person answered, as n8n's form says (Send and Wait's respondedAt, the Form's submittedAt). */
	answeredAt?: string;
}

function text(value: unknown): string | undefined {
	if (typeof value === 'string') return value;
	if (typeof value === 'number' || typeof value === 'boolean') return String(value);
	return undefined;
}

/** How n8n shows a text in its form: < and > as entities (the person sees and sends them so). */
function asN8nShowsIt(value: string): string {
	return value.replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The column an answer's key names: the column itself, its label, or its label and the reasons (either as n8n shows them). */
export function answerColumn(key: string, labels: ReadonlyMap<string, string>): string | undefined {
	if (labels.has(key)) return key;
	for (const [column, label] of labels) {
		for (const shown of [label, asN8nShowsIt(label)]) if (key === shown || key.startsWith(`${shown}${LABEL_SEPARATOR}`)) return column;
	}
	return undefined;
}

/**
 * Reads a form's answers (n8n's form output: label -> value) into columns. Keys that name no
 * column of the document (n8n's submittedAt, formMode, a field of the user's own) are left alone.
 */
export function readAnswers(answers: Record<string, unknown>, labels: ReadonlyMap<string, string>): ReviewAnswers {
	const byColumn = new Map<string, string>();
	for (const [key, value] of Object.entries(answers)) {
		const column = answerColumn(key, labels);
		const answer = text(value);
		if (column !== undefined && answer !== undefined) byColumn.set(column, answer);
	}
	const user = answers.user as { email?: unknown } | undefined;
	const reviewedBy = text(answers[REVIEWED_BY_LABEL]) ?? text(answers[REVIEWED_BY_COLUMN]) ?? text(user?.email) ?? '';
	const answeredAt = text(answers.respondedAt) ?? text(answers.submittedAt);
	return { byColumn, reviewedBy: reviewedBy.trim(), ...(answeredAt ? { answeredAt } : {}) };
}

/**
 * The value a person's answer stands for: the value read when they left it as shown, else their
 * answer (a yes/no field: whether the flag stands). Undefined when a yes/no answer is neither.
 */
export function answeredValue(read: string | boolean, answer: string): string | boolean | undefined {
	const given = answer.trim();
	if (typeof read === 'boolean') {
		if (/^(yes|true)$/i.test(given)) return true;
		if (/^(no|false)$/i.test(given)) return false;
		return undefined;
	}
	return given === read.trim() || given === asN8nShowsIt(read).trim() ? read : given;
}
