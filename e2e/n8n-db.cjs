// One small interface over n8n's database for the e2e scripts: SQLite (a file path) through the
// n8n install's sqlite3, or PostgreSQL (a postgres:// URL) through its pg. SQL is written with `?`
// placeholders and double-quoted camelCase identifiers, which both accept.
'use strict';

function openDatabase(req, location, { readOnly = false } = {}) {
  if (location.startsWith('postgres://')) {
    const { Client } = req('pg');
    const client = new Client({ connectionString: location });
    const ready = client.connect();
    const toPg = (sql) => {
      let n = 0;
      return sql.replace(/\?/g, () => `$${++n}`);
    };
    return {
      async all(sql, params = []) {
        await ready;
        return (await client.query(toPg(sql), params)).rows;
      },
      async run(sql, params = []) {
        await ready;
        await client.query(toPg(sql), params);
      },
      async close() {
        await ready.catch(() => {});
        await client.end();
      },
    };
  }
  const sqlite3 = req('sqlite3');
  const db = new sqlite3.Database(location, readOnly ? sqlite3.OPEN_READONLY : undefined);
  db.configure('busyTimeout', 10000);
  return {
    all: (sql, params = []) => new Promise((resolve, reject) => db.all(sql, params, (err, rows) => (err ? reject(err) : resolve(rows)))),
    run: (sql, params = []) => new Promise((resolve, reject) => db.run(sql, params, (err) => (err ? reject(err) : resolve()))),
    close: () => new Promise((resolve) => db.close(resolve)),
  };
}

module.exports = { openDatabase };
