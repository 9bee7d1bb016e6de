/**
 * The package in the real n8n editor, in a real browser (issue 6, part 3).
 *
 *   npm run build && npx tsx e2e/editor.ts
 *   npm run e2e:screenshots        the same, writing the README's pictures into docs/
 *
 * Publishes the packed package to a local npm registry (verdaccio on loopback), starts `n8n start`
 * on loopback, creates the owner through the REST API, installs the package through n8n's own
 * installer as Settings > Community nodes does (`POST /rest/community-packages`), and drives
 * Debian's Chromium (playwright-core, headless, off the network) through the editor:
 *   - the workflow canvas shows the node under its real type, with its icon, the "Read BPKB" subtitle
 *     and the named outputs Success / Needs Review / Not Read (with On Error "Continue (using error
 *     output)": the same, then n8n's own Error, each name once);
 *   - a run started from the editor (a photo that is not a BPKB and a signature GIF): the output
 *     panel shows the photo's row on Needs Review with its review_reasons, and the node's warning
 *     "1 of 2 documents not read: ...";
 *   - the node creator lists it as an installed community package with every action of the node;
 *   - the node panel shows the credential picker, the Page dropdown with All Pages + the four named
 *     pages, the three output formats; switching "Not Read Outputs" to three outputs renames the outputs;
 *     Retry Delay shows 1 (not "1.000"); no label in "Add option" is cut off; "Custom API Call" (added
 *     by n8n) shows n8n's notice to use the HTTP Request node;
 *   - the credential dialog's connection test passes against the sandbox with the right key and
 *     fails with a wrong one.
 * Screenshots (editor-canvas.png, editor-node-creator.png, editor-node-panel.png,
 * editor-needs-review-row.png, editor-execution-hint.png, editor-credential-test-ok.png,
 * editor-credential-test-bad.png) go to
 * $E2E_SCREENSHOT_DIR, docs/ with `npm run e2e:screenshots`, else the run's user folder.
 * Any missing piece fails the run.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import {
	Checks,
	NODE_TYPE,
	OWNER,
	REPO,
	SAMPLES,
	ensureN8n,
	importCredential,
	importWorkflowTemplate,
	initDatabase,
	installViaSettings,
	log,
	makeUserFolder,
	n8nId,
	packPackage,
	registryEnv,
	removeUserFolder,
	setupOwner,
	startN8nServer,
	startRegistry,
	startSandbox,
	type LocalRegistry,
	type N8nServer,
	type SandboxHandle,
	type UserFolder,
} from './lib';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
];
// `npm run e2e:screenshots` sets it to docs/ (the README's pictures); otherwise they go into the run's
// throwaway user folder, so an ordinary e2e run leaves docs/ untouched.
let screenshotDir = process.env.E2E_SCREENSHOT_DIR ? path.resolve(process.env.E2E_SCREENSHOT_DIR) : '';
const CREDENTIAL_NAME = 'GLAIR Vision (sandbox)';
// A loaded machine (CI beside other jobs) may need longer: E2E_UI_TIMEOUT_MS.
const UI_TIMEOUT = Number(process.env.E2E_UI_TIMEOUT_MS ?? 30_000);
const N8N_OWN_ORIGINS = ['https://registry.npmjs.org', 'https://api.n8n.io'];
const PER_STATUS = 'Three Outputs: No File, Invalid Format, Failed';


/** Every operation's action name, as the built node (dist/) offers them to n8n's node creator. */
function everyAction(): string[] {
	// eslint-disable-next-line @typescript-eslint/no-require-imports
	const { GlairVision } = require(path.join(REPO, 'dist', 'nodes', 'GlairVision', 'GlairVision.node.js')) as { GlairVision: new () => { description: { properties: Array<{ name: string; options?: Array<{ action?: string; value?: unknown }> }> } } };
	const operations = new GlairVision().description.properties.filter((property) => property.name === 'operation');
	const actions = operations.flatMap((property) => (property.options ?? []).map((option) => option.action).filter((action): action is string => typeof action === 'string'));
	return [...new Set(actions)];
}

async function visibleOptions(page: Page): Promise<string[]> {
	const texts = await page.locator('.el-select-dropdown__item:visible').allInnerTexts();
	return texts.map((t) => t.split('\n')[0].trim()).filter(Boolean);
}

async function openDropdown(page: Page, parameter: string): Promise<string[]> {
	await page.locator(`[data-test-id="parameter-input-${parameter}"]`).click();
	await page.locator('.el-select-dropdown__item:visible').first().waitFor({ timeout: UI_TIMEOUT });
	await page.waitForTimeout(300);
	return await visibleOptions(page);
}

async function closeDropdown(page: Page): Promise<void> {
	await page.keyboard.press('Escape');
	await page.locator('.el-select-dropdown__item:visible').first().waitFor({ state: 'hidden', timeout: 5_000 }).catch(() => {});
}

async function outputLabels(node: Locator): Promise<string[]> {
	return (await node.locator('[data-test-id="canvas-node-output-handle"]').allInnerTexts()).map((t) => t.trim());
}

async function screenshot(page: Page, name: string, target?: Locator): Promise<void> {
	mkdirSync(screenshotDir, { recursive: true });
	const file = path.join(screenshotDir, name);
	if (target) await target.screenshot({ path: file });
	else await page.screenshot({ path: file });
	log('editor', `screenshot ${path.relative(REPO, file) || file}`);
}

let debugDir: string | undefined;

async function step(checks: Checks, page: Page, what: string, fn: () => Promise<void>): Promise<void> {
	try {
		await fn();
	} catch (error) {
		checks.ok(false, `${what} (step threw)`, (error as Error).message.split('\n').slice(0, 6).join(' | '));
		if (debugDir) {
			// Evidence for whoever looks next: what the page showed and which test ids it had.
			const base = path.join(debugDir, `failed-${what.replace(/\W+/g, '-')}`);
			await page.screenshot({ path: `${base}.png` }).catch(() => {});
			const ids = await page.$$eval('[data-test-id]', (els) => [...new Set(els.map((e) => e.getAttribute('data-test-id')))]).catch(() => []);
			log('editor', `${what}: page state saved to ${base}.png; test ids: ${ids.join(' ')}`);
		}
		await page.keyboard.press('Escape').catch(() => {});
		await page.keyboard.press('Escape').catch(() => {});
		const close = page.locator('[data-test-id="ndv-close-button"], [data-test-id="back-to-canvas"]').first();
		if (await close.isVisible().catch(() => false)) await close.click().catch(() => {});
	}
}

async function main(): Promise<number> {
	const checks = new Checks('editor');
	const started = Date.now();
	const install = ensureN8n();
	const packDir = mkdtempSync(path.join(tmpdir(), 'glair-pack-'));
	let folder: UserFolder | undefined;
	let sandbox: SandboxHandle | undefined;
	let server: N8nServer | undefined;
	let registry: LocalRegistry | undefined;
	let browser: Browser | undefined;
	try {
		const tarball = process.env.E2E_TARBALL ? path.resolve(process.env.E2E_TARBALL) : await packPackage(packDir);
		folder = makeUserFolder('glair-n8n-editor-');
		log('setup', `N8N_USER_FOLDER=${folder.root} (log: ${folder.logFile})`);
		debugDir = folder.root;
		screenshotDir ||= path.join(folder.root, 'screenshots');
		await initDatabase(install, folder);
		registry = await startRegistry(folder.root, tarball);
		sandbox = await startSandbox();
		const credId = n8nId('editor-cred');
		await importCredential(install, folder, { id: credId, name: CREDENTIAL_NAME, ...sandbox.credentials, baseUrl: sandbox.baseUrl });
		const template = (id: string, name: string, onError: string, samples = 'bpkb-sample.pdf') =>
			importWorkflowTemplate(install, folder!, 'read-bpkb.json', {
				WORKFLOW_ID: n8nId(id),
				WORKFLOW_NAME: name,
				SAMPLE_PATH: path.join(SAMPLES, samples),
				CREDENTIAL_ID: credId,
				CREDENTIAL_NAME: CREDENTIAL_NAME,
				ON_ERROR: onError,
				RESOURCE: 'bpkb',
			});
		const wf = await template('editor-workflow', 'Read BPKB with GLAIR Vision', 'stopWorkflow');
		const errorOutputWf = await template('editor-workflow-error-output', 'Read BPKB, On Error: continue (using error output)', 'continueErrorOutput');
		// Two files in one run: a photo that is not a BPKB (Needs Review) and a signature GIF (Not Read).
		const reviewWf = await template('editor-workflow-review', 'Read a photo that is not a BPKB and a GIF', 'stopWorkflow', '{not-a-bpkb.png,signature.gif}');

		server = await startN8nServer(install, folder, { env: registryEnv(registry) });
		await setupOwner(server);
		const { installed } = await installViaSettings(server, registry);
		checks.ok(installed.installedNodes.some((n) => n.type === NODE_TYPE), `installed through n8n's installer (POST /rest/community-packages): ${NODE_TYPE}`, installed);

		browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
		const context = await browser.newContext({ viewport: { width: 1600, height: 1000 }, deviceScaleFactor: 1 });
		context.setDefaultTimeout(UI_TIMEOUT);
		// Nothing but the local n8n: any other request is a bug (or the editor phoning home).
		const offsite: string[] = [];
		await context.route('**/*', (route) => {
			const url = new URL(route.request().url());
			if (url.hostname === '127.0.0.1' || url.hostname === 'localhost' || url.protocol === 'data:' || url.protocol === 'blob:') {
				return route.continue();
			}
			offsite.push(url.origin);
			return route.abort();
		});
		const login = await context.request.post(`${server.url}/rest/login`, {
			data: { emailOrLdapLoginId: OWNER.email, password: OWNER.password },
		});
		checks.ok(login.ok(), `owner logs in through /rest/login (${login.status()})`);
		const page = await context.newPage();
		// Leaving a workflow the editor thinks unsaved asks "leave the page?": yes.
		page.on('dialog', (dialog) => void dialog.accept().catch(() => {}));
		const consoleErrors: string[] = [];
		page.on('pageerror', (e) => consoleErrors.push(e.message));

		// ---- canvas ------------------------------------------------------------------------------
		await page.goto(`${server.url}/workflow/${wf.id}`);
		const node = page.locator(`[data-test-id="canvas-node"][data-node-name="GLAIR Vision"]`);
		await step(checks, page, 'canvas', async () => {
			await node.waitFor();
			checks.ok((await node.getAttribute('data-node-type')) === NODE_TYPE, `canvas node has type ${NODE_TYPE}`);
			const icon = node.locator('[data-test-id="canvas-default-node"] img').first();
			const src = (await icon.getAttribute('src')) ?? '';
			checks.ok(src.includes('/icons/n8n-nodes-glair-vision/'), `node icon served from the package (${src})`);
			await page.waitForFunction((el) => (el as unknown as { complete: boolean }).complete, await icon.elementHandle(), { timeout: UI_TIMEOUT });
			const natural = await icon.evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth);
			checks.ok(natural > 0, `node icon renders (naturalWidth ${natural})`);
			const res = await context.request.get(new URL(src, server!.url).toString());
			checks.ok(res.ok() && /svg/.test(res.headers()['content-type'] ?? ''), `icon URL answers ${res.status()} ${res.headers()['content-type']}`);
			const body = await res.text();
			checks.ok(body.includes('<svg'), 'icon is an SVG document');
			const subtitle = await node.innerText();
			checks.ok(/Read BPKB/.test(subtitle), 'canvas subtitle says "Read BPKB"', subtitle);
			const labels = await outputLabels(node);
			checks.ok(
				JSON.stringify(labels) === JSON.stringify(['Success', 'Needs Review', 'Not Read']),
				'named outputs Success, Needs Review, Not Read on the canvas',
				labels,
			);
			await screenshot(page, 'editor-canvas.png');
		});

		// ---- On Error "Continue (using error output)": n8n adds its Error output, no name twice ------
		await step(checks, page, 'error output', async () => {
			await page.goto(`${server!.url}/workflow/${errorOutputWf.id}`);
			const withErrorOutput = page.locator(`[data-test-id="canvas-node"][data-node-name="GLAIR Vision"]`);
			await withErrorOutput.waitFor();
			const labels = await outputLabels(withErrorOutput);
			checks.ok(
				JSON.stringify(labels) === JSON.stringify(['Success', 'Needs Review', 'Not Read', 'Error']),
				'with "Continue (using error output)": Success, Needs Review, Not Read, then n8n\'s Error, each once',
				labels,
			);
			await page.goto(`${server!.url}/workflow/${wf.id}`);
			await node.waitFor();
		});

		// ---- a run in the editor: the Needs Review row and the execution hint in the output panel ----
		await step(checks, page, 'needs review row', async () => {
			await page.goto(`${server!.url}/workflow/${reviewWf.id}`);
			const glair = page.locator(`[data-test-id="canvas-node"][data-node-name="GLAIR Vision"]`);
			await glair.waitFor();
			await page.locator('[data-test-id="execute-workflow-button"]').click();
			const ran = (name: string) => page.locator(`[data-test-id="canvas-node"][data-node-name="${name}"] [data-test-id="canvas-node-status-success"]`);
			await ran('Needs Review').waitFor({ timeout: 120_000 });
			await ran('Not Read').waitFor({ timeout: UI_TIMEOUT });
			await glair.dblclick();
			// n8n 2.41's panel: "output-panel" (older ones: "ndv-output-panel"); it opens on Binary when items carry files.
			const output = page.locator('[data-test-id="output-panel"], [data-test-id="ndv-output-panel"]').first();
			await output.waitFor();
			await output.locator('[data-test-id="branches"]').getByText('Needs Review').first().click();
			await output.locator('[data-test-id="ndv-run-data-display-mode"]').getByText('Table', { exact: true }).click();
			const table = output.locator('[data-test-id="ndv-data-container"] table');
			await table.waitFor();
			await page.waitForTimeout(500);
			const text = await table.innerText();
			checks.ok(
				// n8n's table leaves out the columns past its first few (the technical ones, file_name among them).
				/^outcome\s+reason\s+review_reasons\b/.test(text.trim()) && /NEEDS_REVIEW/.test(text) && /Some fields are invalid/.test(text),
				'the output panel shows the photo that is not a BPKB on Needs Review: outcome, reason and review_reasons first',
				text.replace(/\s+/g, ' ').slice(0, 600),
			);
			await screenshot(page, 'editor-needs-review-row.png');
			// The node's execution hint: the GIF was not read, said above the output, whichever tab is open.
			const hint = output.locator('[data-test-id="node-hint"]').first();
			await hint.waitFor();
			const hintText = (await hint.innerText()).trim();
			checks.ok(/1 of 2 documents not read: .*GIF/s.test(hintText), 'the output panel warns "1 of 2 documents not read", with the first reason', hintText);
			await screenshot(page, 'editor-execution-hint.png', output);
		});
		// Back to the first workflow whatever happened above: the steps below use it.
		await page.goto(`${server!.url}/workflow/${wf.id}`);
		await node.waitFor().catch(() => {});

		// ---- node creator: installed community package, its action ----------------------------------
		await step(checks, page, 'node creator', async () => {
			await page.locator('[data-test-id="node-creator-plus-button"]').click();
			const creator = page.locator('[data-test-id="node-creator"]');
			await creator.waitFor();
			await page.keyboard.type('GLAIR');
			const item = creator.locator('[data-test-id="node-creator-item-name"]', { hasText: 'GLAIR Vision' }).first();
			await item.waitFor();
			await item.click();
			await creator.getByText('Read BPKB', { exact: true }).first().waitFor();
			const text = await creator.innerText();
			await screenshot(page, 'editor-node-creator.png');
			const actions = everyAction();
			checks.ok(actions.length > 25, `the built node offers every operation as an action (${actions.length})`);
			checks.ok(text.includes(`Actions (${actions.length})`), `node creator counts every action of the node: "Actions (${actions.length})"`, text.slice(0, 600));
			// The list renders the actions near the view: scroll through it, gathering what it shows.
			let seen = text;
			await creator.hover();
			const actionItems = creator.locator('[data-test-id="node-creator-action-item"], [data-test-id="node-creator-item-name"]');
			for (let scroll = 0; scroll < 40 && actions.some((action) => !seen.includes(action)); scroll++) {
				await actionItems.last().scrollIntoViewIfNeeded().catch(() => {});
				await page.mouse.wheel(0, 600);
				await page.waitForTimeout(150);
				seen += `\n${await creator.innerText()}`;
			}
			const missing = actions.filter((action) => !seen.includes(action));
			checks.ok(missing.length === 0, `node creator lists every action of the node (${actions.length - missing.length} of ${actions.length}, scrolled through)`, { missing });
			checks.ok(/Installed/.test(text) && /Via npm/.test(text), 'node creator shows it as an installed npm community package');
			// The version line needs registry.npmjs.org (blocked here); ask n8n's Settings API instead.
			const pkgVersion = (JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8')) as { version: string }).version;
			const res = await context.request.get(`${server!.url}/rest/community-packages`);
			const installed = ((await res.json()) as { data?: Array<{ packageName: string; installedVersion: string; installedNodes: Array<{ type: string }> }> }).data ?? [];
			const ours = installed.find((p) => p.packageName === 'n8n-nodes-glair-vision');
			checks.ok(
				ours?.installedVersion === pkgVersion && ours.installedNodes.some((n) => n.type === NODE_TYPE),
				`Settings > Community nodes lists n8n-nodes-glair-vision@${pkgVersion} with ${NODE_TYPE}`,
				installed,
			);
			await page.keyboard.press('Escape');
			await page.keyboard.press('Escape');
			await creator.waitFor({ state: 'hidden', timeout: 5_000 }).catch(() => {});
		});

		// ---- node panel ---------------------------------------------------------------------------
		const ndv = page.locator('[data-test-id="ndv"]');
		await step(checks, page, 'node panel', async () => {
			await node.dblclick();
			await ndv.waitFor();
			const title = await ndv.locator('[data-test-id="node-title-container"]').innerText();
			checks.ok(/GLAIR Vision/.test(title), 'panel title GLAIR Vision');
			const headerIcon = ndv.locator('img[src*="/icons/n8n-nodes-glair-vision/"]').first();
			checks.ok((await headerIcon.count()) > 0, 'panel header shows the package icon');
			const cred = ndv.locator('[data-test-id="node-credentials-select"] input');
			checks.ok((await cred.inputValue()) === CREDENTIAL_NAME, `credential picker holds "${CREDENTIAL_NAME}"`, await cred.inputValue());
			const operations = await openDropdown(page, 'operation');
			await closeDropdown(page);
			checks.ok(operations.includes('Read'), 'Operation dropdown offers Read', operations);
			const pages = await openDropdown(page, 'page');
			checks.ok(
				pages.length === 5 && pages[0] === 'All Pages' && pages.slice(1).every((p, i) => p.startsWith(`Page ${i + 1}: `) && p.length > 10),
				'Page dropdown: All Pages + four named pages',
				pages,
			);
			log('editor', `pages: ${pages.join(' | ')}`);
			await screenshot(page, 'editor-node-panel.png');
			await closeDropdown(page);
			const outputs = await openDropdown(page, 'output');
			await closeDropdown(page);
			checks.ok(JSON.stringify(outputs) === JSON.stringify(['Flattened', 'Nested', 'Raw']), 'Output formats Flattened, Nested, Raw', outputs);
		});

		// ---- dynamic named outputs: one output per status ----------------------------------------
		await step(checks, page, 'per-status outputs', async () => {
			// 2.x: a button with a test id; 1.x: a select labelled "Add option".
			await ndv.locator('[data-test-id="collection-parameter-add"]').or(ndv.getByPlaceholder('Add option')).first().click();
			await page.locator('.el-select-dropdown__item:visible', { hasText: 'Not Read Outputs' }).first().click();
			await ndv.locator('[data-test-id="parameter-input-errorOutputs"]').waitFor();
			const modes = await openDropdown(page, 'errorOutputs');
			checks.ok(JSON.stringify(modes) === JSON.stringify(['One Output: Not Read', PER_STATUS]), `Not Read Outputs offers "One Output: Not Read" and "${PER_STATUS}"`, modes);
			await page.locator('.el-select-dropdown__item:visible', { hasText: PER_STATUS }).first().click();
			await page.waitForTimeout(500);
			await page.locator('[data-test-id="ndv-close-button"], [data-test-id="back-to-canvas"]').first().click();
			await ndv.waitFor({ state: 'hidden' });
			await page.waitForTimeout(500);
			const labels = await outputLabels(node);
			checks.ok(
				JSON.stringify(labels) === JSON.stringify(['Success', 'Needs Review', 'No File', 'Invalid Format', 'Failed']),
				'per-status outputs Success, Needs Review, No File, Invalid Format, Failed on the canvas',
				labels,
			);
		});

		// ---- words: Retry Delay shows 1 (not "1.000"), option labels are not cut off ------------------
		await step(checks, page, 'retry delay and option labels', async () => {
			await node.dblclick();
			await ndv.waitFor();
			await ndv.locator('[data-test-id="collection-parameter-add"]').or(ndv.getByPlaceholder('Add option')).first().click();
			const items = page.locator('.el-select-dropdown__item:visible');
			await items.first().waitFor();
			const cut = await items.evaluateAll((elements) =>
				elements.filter((element) => element.scrollWidth > element.clientWidth + 1).map((element) => (element.textContent ?? '').trim()),
			);
			checks.ok(cut.length === 0, 'no option label in "Add option" is cut off', cut);
			checks.ok((await items.allInnerTexts()).some((t) => t.trim() === 'Combine Files'), 'the option is called "Combine Files"');
			await items.filter({ hasText: 'Retry Delay (Seconds)' }).first().click();
			const retryDelay = ndv.locator('[data-test-id="parameter-input-retryDelay"] input');
			await retryDelay.waitFor();
			checks.ok((await retryDelay.inputValue()) === '1', 'Retry Delay (Seconds) shows 1, not "1.000"', await retryDelay.inputValue());
			await page.locator('[data-test-id="ndv-close-button"], [data-test-id="back-to-canvas"]').first().click();
			await ndv.waitFor({ state: 'hidden' });
		});

		// ---- credential dialog: connection test against the sandbox -----------------------------------
		await step(checks, page, 'credential test', async () => {
			await node.dblclick();
			await ndv.waitFor();
			const before = sandbox!.requests.length;
			const testResults: Array<{ status?: string; message?: string }> = [];
			page.on('response', (response) => {
				if (!response.url().includes('/rest/credentials/test')) return;
				response
					.json()
					.then((body: { data?: { status?: string; message?: string } }) => testResults.push(body.data ?? {}))
					.catch(() => {});
			});
			await ndv.locator('[data-test-id="credential-edit-button"]').click();
			const modal = page.locator('[data-test-id="credential-edit-dialog"]');
			await modal.waitFor();
			const success = modal.locator('[data-test-id="credentials-config-container-test-success"]');
			const failure = modal.locator('.el-tag--danger', { hasText: /Couldn.t connect with these settings/ });
			// Opening a saved credential runs its test; press the test button (Retry) once more.
			await success.waitFor({ timeout: UI_TIMEOUT });
			await success.getByRole('button', { name: /Retry/ }).click();
			await page.waitForTimeout(1500);
			await success.waitFor({ timeout: UI_TIMEOUT });
			checks.ok(await success.isVisible(), 'credential test with the right key: "Connection tested successfully"');
			checks.ok(sandbox!.requests.length > before, `the test reached the sandbox (${sandbox!.requests.length - before} request(s))`);
			checks.ok(testResults.length >= 2 && testResults.every((r) => r.status === 'OK'), 'POST /rest/credentials/test answered OK', testResults);
			await screenshot(page, 'editor-credential-test-ok.png');
			const goodResults = testResults.length;

			const afterGood = sandbox!.requests.length;
			const apiKey = modal.locator('[data-test-id="parameter-input-apiKey"] input');
			await apiKey.fill('wrong-key-for-e2e');
			await success.getByRole('button', { name: /Retry/ }).click();
			await failure.waitFor({ timeout: UI_TIMEOUT });
			checks.ok(await failure.isVisible(), 'credential test with a wrong key: "Couldn\'t connect with these settings"');
			checks.ok(sandbox!.requests.length > afterGood, 'the failing test reached the sandbox');
			await page.waitForTimeout(500);
			const bad = testResults.slice(goodResults);
			log('editor', `wrong-key test result: ${JSON.stringify(bad)}`);
			checks.ok(bad.length >= 1 && bad.every((r) => r.status === 'Error' && (r.message ?? '').length > 0), 'POST /rest/credentials/test answered Error with a message', bad);
			await screenshot(page, 'editor-credential-test-bad.png');
		});

		// ---- Custom API Call, which n8n adds because the credential can sign any request --------------
		// Last, on the other workflow: n8n renames a node still called by its default name when its
		// resource changes, which the steps on the first workflow would not find.
		await step(checks, page, 'custom api call', async () => {
			await page.keyboard.press('Escape');
			// The editor's own address for a node's panel: no double-click on a canvas still settling.
			const glairId = (errorOutputWf.json.nodes as Array<{ id: string; name: string }>).find((candidate) => candidate.name === 'GLAIR Vision')!.id;
			await page.goto(`${server!.url}/workflow/${errorOutputWf.id}/${glairId}`);
			await ndv.waitFor();
			const resources = await openDropdown(page, 'resource');
			checks.ok(resources[resources.length - 1] === 'Custom API Call', 'n8n adds "Custom API Call" last to Resource', resources);
			await page.locator('.el-select-dropdown__item:visible', { hasText: 'Custom API Call' }).first().click();
			const notice = ndv.getByText(/Use the HTTP Request node to make a custom API call/);
			await notice.waitFor();
			checks.ok(await notice.isVisible(), 'choosing it, the panel says to use the HTTP Request node (n8n\'s notice)');
		});

		// The editor asks npm for community package updates (and 1.x asks api.n8n.io for banners):
		// that is n8n itself, not the package. Anything else fails.
		const unexpected = [...new Set(offsite)].filter((o) => !N8N_OWN_ORIGINS.includes(o));
		if (offsite.length > 0) log('editor', `blocked off-machine requests: ${[...new Set(offsite)].join(', ')}`);
		checks.ok(unexpected.length === 0, 'the browser asked nothing off-machine beyond n8n\'s own calls (all blocked)', unexpected);
		checks.ok(consoleErrors.length === 0, 'no uncaught page errors', consoleErrors.slice(0, 5));
	} catch (error) {
		checks.ok(false, 'editor run completed without an exception', (error as Error).stack ?? String(error));
	} finally {
		await browser?.close().catch(() => {});
		await server?.stop().catch(() => {});
		await registry?.stop().catch(() => {});
		await sandbox?.close().catch(() => {});
		if (folder) {
			if (checks.failures.length > 0) log('cleanup', `failed run: kept ${folder.root} for inspection`);
			else removeUserFolder(folder);
		}
		rmSync(packDir, { recursive: true, force: true });
	}
	log('editor', `n8n ${install.version}, total ${((Date.now() - started) / 1000).toFixed(0)}s`);
	return checks.summary();
}

main().then(
	(code) => process.exit(code),
	(error) => {
		console.error(error);
		process.exit(1);
	},
);
