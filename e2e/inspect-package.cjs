// Loads the community package n8n's installer put into <nodes>/node_modules/<pkg> with n8n-core's own
// PackageDirectoryLoader (the loader n8n uses at start-up) and reports what the editor will ask for:
// node types, credentials, icon files, codex. Read-only: n8n itself installed the files and wrote the
// installed_packages / installed_nodes rows (POST /rest/community-packages, see lib.ts).
//
// Run with the Node >= 24 binary, with n8n's node_modules resolvable:
//   node24 e2e/inspect-package.cjs <n8nInstallDir> <packageDir>
// Prints a JSON summary on stdout.
'use strict';
const path = require('node:path');
const { createRequire } = require('node:module');

async function main() {
  const [n8nDir, packageDir] = process.argv.slice(2);
  if (!n8nDir || !packageDir) throw new Error('usage: inspect-package.cjs <n8nDir> <packageDir>');
  const req = createRequire(path.join(path.resolve(n8nDir), 'node_modules', 'n8n', 'package.json'));
  req('reflect-metadata');
  // As n8n's LoadNodesAndCredentials.init does: community packages resolve n8n-workflow & co.
  // (their peerDependencies) from n8n's own node_modules via NODE_PATH.
  const n8nModulePaths = require('node:module')._nodeModulePaths(path.join(path.resolve(n8nDir), 'node_modules', 'n8n', 'dist'));
  process.env.NODE_PATH = [n8nModulePaths.join(path.delimiter), process.env.NODE_PATH].filter(Boolean).join(path.delimiter);
  require('node:module')._initPaths();
  const { PackageDirectoryLoader } = req('n8n-core');

  const loader = new PackageDirectoryLoader(path.resolve(packageDir));
  await loader.loadAll();
  const { name: packageName, version: installedVersion } = loader.packageJson;
  const nodes = loader.loadedNodes.map((loadedNode) => ({
    name: loader.nodeTypes[loadedNode.name].type.description.displayName,
    type: `${packageName}.${loadedNode.name}`,
    latestVersion: loadedNode.version,
  }));
  const credentials = Object.keys(loader.credentialTypes);
  // What the editor will ask for: icon files (n8n rewrote `file:` icons to icons/<pkg>/<path>)
  // and the codex (<node>.node.json: categories, documentation links).
  const iconFiles = [];
  const addIcons = (owner, described) => {
    const url = described.iconUrl;
    for (const u of typeof url === 'string' ? [url] : url ? [url.light, url.dark] : []) {
      const rel = u.replace(`icons/${packageName}/`, '');
      iconFiles.push({ owner, url: u, file: rel, exists: require('node:fs').existsSync(path.join(path.resolve(packageDir), rel)) });
    }
    if (!url) iconFiles.push({ owner, url: null, file: null, exists: false });
  };
  for (const n of loader.loadedNodes) addIcons(n.name, loader.nodeTypes[n.name].type.description);
  for (const c of credentials) addIcons(c, loader.credentialTypes[c].type);
  const codex = Object.fromEntries(loader.loadedNodes.map((n) => [n.name, loader.nodeTypes[n.name].type.description.codex ?? null]));
  if (nodes.length === 0) throw new Error(`${packageName}: n8n loaded no nodes from ${packageDir}`);

  process.stdout.write(JSON.stringify({ packageName, installedVersion, nodes, credentials, iconFiles, codex }) + '\n');
}

main().catch((error) => {
  console.error(error && error.stack ? error.stack : error);
  process.exit(1);
});
