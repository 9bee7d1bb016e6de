import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import type { PictureSource } from '../../engine/input/pictures';
import { identityFromKtpRow, identityFromValues, type IdentityParts } from '../../engine/plan/identityRequest';
import { SettingsError, parseCallSettings, type CallSettings } from '../../engine/plan/readSettings';
import { identityVerification } from '../../engine/run/biometricCalls';
import { callOperation, type CallUnit } from '../../engine/run/callOperation';
import { callWithForm } from '../../engine/run/callResult';
import { runOperation } from '../../engine/run/runOperation';
import { ADDITIONAL_IDENTITY_FIELDS } from './identity.description';

export { identityDescription as description } from './identity.description';

interface IdentityUnit extends CallUnit {
	settings: CallSettings;
	parts: IdentityParts;
	pictures: PictureSource[];
}

/** The Additional Fields by GLAIR's part names; empty values are left out later. */
function additionalParts(given: IDataObject): IdentityParts {
	return Object.fromEntries(ADDITIONAL_IDENTITY_FIELDS.flatMap(([name, part]) => (given[name] === undefined ? [] : [[part, String(given[name])]])));
}

/**
 * Verify Identity (and, with `withFace`, Verify Identity With Face): a KTP row's data, or values
 * given, asked of Dukcapil through GLAIR, one call per item. An item whose NIK, name or date of
 * birth cannot be sent is Not Read without a call: Dukcapil calls cost money.
 */
export async function execute(this: IExecuteFunctions, withFace = false): Promise<INodeExecutionData[][]> {
	const call = identityVerification(withFace);
	const empty = call.interpretation.empty;
	return await runOperation(
		this,
		callOperation<IdentityUnit>({
			noun: 'identity',
			keepInputJson: true,
			emptyColumns: () => empty,
			plan: (run, itemIndex) => {
				const context = run.context;
				const options = context.getNodeParameter('options', itemIndex, {}) as IDataObject;
				const settings = parseCallSettings(options);
				const extra = additionalParts(context.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject);
				const source = context.getNodeParameter('source', itemIndex, 'ktpRow') as string;
				const request =
					source === 'manual'
						? identityFromValues(
								String(context.getNodeParameter('nik', itemIndex, '')),
								String(context.getNodeParameter('name', itemIndex, '')),
								String(context.getNodeParameter('dateOfBirth', itemIndex, '')),
								extra,
							)
						: identityFromKtpRow(run.items[itemIndex].json, extra);
				if (request.kind === 'invalid') throw new SettingsError(request.problem);
				const pictures = withFace
					? [{ part: 'face_image', parameter: 'Face Image Binary Field', binaryField: String(context.getNodeParameter('faceImageBinaryPropertyName', itemIndex, '')).trim() }]
					: [];
				return { itemIndex, settings, parts: request.parts, pictures, includeBinary: settings.includeBinary && !run.toolMode };
			},
			perform: async (unit, run) =>
				await callWithForm(
					run,
					unit.itemIndex,
					{ path: call.path, pictures: unit.pictures, texts: Object.entries(unit.parts) as Array<[string, string]> },
					unit.settings,
					call.product,
					call.interpretation,
				),
		}),
	);
}
