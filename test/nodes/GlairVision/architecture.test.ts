/**
 * The shape of the node's source: no file imports itself back through others, and the node's top
 * folders (its rooms) depend on each other in one direction only.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const ROOT = resolve(__dirname, '..', '..', '..');
const NODE_DIR = join(ROOT, 'nodes', 'GlairVision');

function sourceFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return sourceFiles(path);
		return name.endsWith('.ts') ? [path] : [];
	});
}

/** Relative imports and re-exports of a file, resolved to files (`./x` is x.ts or x/index.ts). */
function importsOf(file: string): string[] {
	const text = readFileSync(file, 'utf8');
	const targets: string[] = [];
	for (const match of text.matchAll(/(?:^|\n)\s*(?:import|export)\b(?:[^'"`;]*?from\s+)?'(\.[^']+)'/g)) {
		const base = resolve(dirname(file), match[1]);
		const candidates = [`${base}.ts`, join(base, 'index.ts')];
		const found = candidates.find((candidate) => {
			try {
				return statSync(candidate).isFile();
			} catch {
				return false;
			}
		});
		if (found) targets.push(found);
	}
	return targets;
}

/** Strongly connected components of more than one node (Tarjan): each is an import circle. */
function circles(graph: ReadonlyMap<string, ReadonlySet<string>>): string[][] {
	let index = 0;
	const indexes = new Map<string, number>();
	const lowlinks = new Map<string, number>();
	const stack: string[] = [];
	const onStack = new Set<string>();
	const found: string[][] = [];
	const visit = (node: string): void => {
		indexes.set(node, index);
		lowlinks.set(node, index);
		index++;
		stack.push(node);
		onStack.add(node);
		for (const next of graph.get(node) ?? []) {
			if (!indexes.has(next)) {
				visit(next);
				lowlinks.set(node, Math.min(lowlinks.get(node)!, lowlinks.get(next)!));
			} else if (onStack.has(next)) {
				lowlinks.set(node, Math.min(lowlinks.get(node)!, indexes.get(next)!));
			}
		}
		if (lowlinks.get(node) === indexes.get(node)) {
			const component: string[] = [];
			let member: string;
			do {
				member = stack.pop()!;
				onStack.delete(member);
				component.push(member);
			} while (member !== node);
			if (component.length > 1) found.push(component.sort());
		}
	};
	for (const node of graph.keys()) if (!indexes.has(node)) visit(node);
	return found;
}

/** The room a file belongs to: its first folder under nodes/GlairVision, or "node" for the node file. */
function roomOf(file: string): string {
	const parts = relative(NODE_DIR, file).split(/[\\/]/);
	return parts.length > 1 ? parts[0] : 'node';
}

const files = sourceFiles(NODE_DIR);
const fileGraph = new Map(files.map((file) => [file, new Set(importsOf(file).filter((target) => target.startsWith(NODE_DIR)))]));

describe('the node source', () => {
	it('has no import circle between files', () => {
		const found = circles(fileGraph).map((component) => component.map((file) => relative(NODE_DIR, file)));
		expect(found).toEqual([]);
	});

	it('has no import circle between its top folders', () => {
		const roomGraph = new Map<string, Set<string>>();
		for (const [file, targets] of fileGraph) {
			const from = roomOf(file);
			const edges = roomGraph.get(from) ?? new Set<string>();
			for (const target of targets) if (roomOf(target) !== from) edges.add(roomOf(target));
			roomGraph.set(from, edges);
		}
		expect(circles(roomGraph)).toEqual([]);
	});

	it('is read by the checks above (they see every room and its imports)', () => {
		expect(files.length).toBeGreaterThan(40);
		expect([...new Set(files.map(roomOf))]).toEqual(expect.arrayContaining(['actions', 'documents', 'engine', 'transport', 'indonesia', 'checks']));
		// The node file's imports are found, so a circle through it would be too.
		expect([...fileGraph.get(join(NODE_DIR, 'GlairVision.node.ts'))!].length).toBeGreaterThan(2);
	});
});

describe('the build-time scripts', () => {
	it('are entry points only: no test, sandbox, bench or e2e file imports scripts/ (its libraries live in test/)', () => {
		const scripts = join(ROOT, 'scripts');
		const importers = ['test', 'bench', 'e2e'].flatMap((dir) => sourceFiles(join(ROOT, dir)));
		expect(importers.length).toBeGreaterThan(100);
		const intoScripts = importers.flatMap((file) => importsOf(file).filter((target) => target.startsWith(scripts + '/')).map((target) => `${relative(ROOT, file)} -> ${relative(ROOT, target)}`));
		expect(intoScripts).toEqual([]);
	});
});
