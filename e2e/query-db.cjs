// Reads n8n's sqlite database with the sqlite3 module of the n8n install (no sqlite CLI needed).
//   node24 e2e/query-db.cjs <n8nInstallDir> <database.sqlite> "<SELECT ...>" [flattedColumn...]
// Prints the rows as JSON; the named columns (n8n stores execution data with `flatted`) are parsed.
'use strict';
const path = require('node:path');
const { createRequire } = require('node:module');

const [n8nDir, dbPath, sql, ...flattedColumns] = process.argv.slice(2);
const req = createRequire(path.join(path.resolve(n8nDir), 'node_modules', 'n8n', 'package.json'));
const sqlite3 = req('sqlite3');
const { parse } = req('flatted');

const db = new sqlite3.Database(dbPath, sqlite3.OPEN_READONLY);
db.configure('busyTimeout', 10000);
db.all(sql, [], (err, rows) => {
  if (err) {
    console.error(err.message);
    process.exit(1);
  }
  for (const row of rows) for (const col of flattedColumns) if (typeof row[col] === 'string') row[col] = parse(row[col]);
  process.stdout.write(JSON.stringify(rows));
  db.close();
});
