// Reads n8n's database (SQLite file or postgres:// URL) with the n8n install's own drivers.
//   node24 e2e/query-db.cjs <n8nInstallDir> <database.sqlite | postgres://...> "<SELECT ...>" [flattedColumn...]
// Prints the rows as JSON; the named columns (n8n stores execution data with `flatted`) are parsed.
'use strict';
const path = require('node:path');
const { createRequire } = require('node:module');

const [n8nDir, dbPath, sql, ...flattedColumns] = process.argv.slice(2);
const req = createRequire(path.join(path.resolve(n8nDir), 'node_modules', 'n8n', 'package.json'));
const { parse } = req('flatted');
const { openDatabase } = require('./n8n-db.cjs');

const db = openDatabase(req, dbPath, { readOnly: true });
db.all(sql).then(
  async (rows) => {
    for (const row of rows) for (const col of flattedColumns) if (typeof row[col] === 'string') row[col] = parse(row[col]);
    process.stdout.write(JSON.stringify(rows));
    await db.close();
  },
  (err) => {
    console.error(err.message);
    process.exit(1);
  },
);
