// Registers an unpacked community package in n8n's database (SQLite or PostgreSQL) exactly the way n8n's
// Settings > Community nodes install does (InstalledPackagesRepository.persistPackageWithNodes):
// the package is loaded with n8n-core's own PackageDirectoryLoader (so a wrong dist path, a missing
// node file or a broken credential fails here, as it would in n8n), then one `installed_packages`
// row and one `installed_nodes` row per node are written.
//
// Run with the Node >= 24 binary, with n8n's node_modules resolvable:
//   node24 e2e/register-package.cjs <n8nInstallDir> <database.sqlite | postgres://...> <packageDir>
// Prints a JSON summary on stdout.
'use strict';
const path = require('node:path');
const { createRequire } = require('node:module');

async function main() {
  const [n8nDir, dbPath, packageDir] = process.argv.slice(2);
  if (!n8nDir || !dbPath || !packageDir) throw new Error('usage: register-package.cjs <n8nDir> <db> <packageDir>');
  const req = createRequire(path.join(path.resolve(n8nDir), 'node_modules', 'n8n', 'package.json'));
  req('reflect-metadata');
  // As n8n's LoadNodesAndCredentials.init does: community packages resolve n8n-workflow & co.
  // (their peerDependencies) from n8n's own node_modules via NODE_PATH.
  const n8nModulePaths = require('node:module')._nodeModulePaths(path.join(path.resolve(n8nDir), 'node_modules', 'n8n', 'dist'));
  process.env.NODE_PATH = [n8nModulePaths.join(path.delimiter), process.env.NODE_PATH].filter(Boolean).join(path.delimiter);
  require('node:module')._initPaths();
  const { PackageDirectoryLoader } = req('n8n-core');
  const { openDatabase } = require('./n8n-db.cjs');

  const loader = new PackageDirectoryLoader(path.resolve(packageDir));
  await loader.loadAll();
  const { name: packageName, version: installedVersion, author } = loader.packageJson;
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

  const db = openDatabase(req, dbPath);
  const run = (sql, params) => db.run(sql, params);
  if (!dbPath.startsWith('postgres://')) await run('PRAGMA foreign_keys = ON', []);
  await run('BEGIN', []);
  try {
    await run('DELETE FROM installed_nodes WHERE package = ?', [packageName]);
    await run('DELETE FROM installed_packages WHERE "packageName" = ?', [packageName]);
    const now = new Date().toISOString().replace('T', ' ').replace('Z', '');
    await run(
      'INSERT INTO installed_packages ("packageName", "installedVersion", "authorName", "authorEmail", "createdAt", "updatedAt") VALUES (?, ?, ?, ?, ?, ?)',
      [packageName, installedVersion, author?.name ?? null, author?.email ?? null, now, now],
    );
    for (const node of nodes) {
      await run('INSERT INTO installed_nodes (name, type, "latestVersion", package) VALUES (?, ?, ?, ?)', [
        node.name, node.type, node.latestVersion, packageName,
      ]);
    }
    await run('COMMIT', []);
  } catch (error) {
    await run('ROLLBACK', []).catch(() => {});
    throw error;
  } finally {
    await db.close();
  }
  process.stdout.write(JSON.stringify({ packageName, installedVersion, nodes, credentials, iconFiles, codex }) + '\n');
}

main().catch((error) => {
  console.error(error && error.stack ? error.stack : error);
  process.exit(1);
});
