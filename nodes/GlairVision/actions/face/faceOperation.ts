import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import type { PictureSource } from '../../engine/input/pictures';
import { parseCallSettings, type CallSettings } from '../../engine/plan/readSettings';
import { callWithForm, type Interpretation } from '../../engine/run/callResult';
import { callOperation, type CallUnit } from '../../engine/run/callOperation';
import type { Run } from '../../engine/run/run';
import { runOperation } from '../../engine/run/runOperation';

/**
 * What the three face operations share: one call per item with the item's pictures (and, for
 * active liveness, the gesture), the input item kept, GLAIR's answer read and judged.
 */

export const FACE_PRODUCT = 'Face Biometrics';

export interface FaceUnit<Extra> extends CallUnit {
	settings: CallSettings;
	pictures: PictureSource[];
	extra: Extra;
}

export interface FaceOperation<Extra, T> {
	/** e.g. "Match Faces": what the node was asked to do, in a refused credential's message. */
	name: string;
	path: string;
	/** The item's pictures: GLAIR's part and the parameter naming the binary field. */
	pictures: ReadonlyArray<{ part: string; parameter: string; label: string }>;
	/** What else the item's parameters give (a gesture, a maximum spoof score); throws SettingsError. */
	extra(run: Run, itemIndex: number, options: IDataObject): Extra;
	texts(extra: Extra): ReadonlyArray<readonly [string, string]>;
	interpretation(extra: Extra | undefined): Interpretation<T>;
}

export async function executeFaceOperation<Extra, T>(context: IExecuteFunctions, face: FaceOperation<Extra, T>): Promise<INodeExecutionData[][]> {
	return await runOperation(
		context,
		callOperation<FaceUnit<Extra>>({
			noun: 'picture',
			keepInputJson: true,
			emptyColumns: (unit) => face.interpretation(unit?.extra).empty,
			plan: (run, itemIndex) => {
				const options = run.context.getNodeParameter('options', itemIndex, {}) as IDataObject;
				const settings = parseCallSettings(options);
				const pictures = face.pictures.map(({ part, parameter, label }) => ({
					part,
					parameter: label,
					binaryField: String(run.context.getNodeParameter(parameter, itemIndex, '')).trim(),
				}));
				return { itemIndex, settings, pictures, extra: face.extra(run, itemIndex, options), includeBinary: settings.includeBinary && !run.toolMode };
			},
			perform: async (unit, run) =>
				await callWithForm(
					run,
					unit.itemIndex,
					{ path: face.path, pictures: unit.pictures, texts: face.texts(unit.extra) },
					unit.settings,
					{ endpoint: face.name, action: face.name, product: FACE_PRODUCT },
					face.interpretation(unit.extra),
				),
		}),
	);
}
