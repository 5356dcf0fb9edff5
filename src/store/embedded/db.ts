// Opens the one embedded database file (<dataDir>/mailmoat.db) and brings its schema up to date.
// WAL + synchronous=FULL: every committed transaction is fsynced to the WAL before the call
// resolves, so a quarantine.put / queue.enqueue that resolved survives kill -9 and power loss.
// High-rate, loss-tolerant writes (txlog, greylist, counters, Bayes, fingerprints, cache,
// sessions) go through a second connection with synchronous=NORMAL: in WAL mode that is still
// safe against a crash of the process (kill -9), and only the last moments before a power loss
// may be lost; the next FULL commit syncs them too. Several cluster workers may open the same
// file; busy_timeout makes them wait for each other's write locks instead of failing.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { icontains } from '../common.ts';

export type Db = Database.Database;

export const DB_FILE = 'mailmoat.db';
const BUSY_TIMEOUT_MS = 10_000;

/** Schema versions, applied in order; PRAGMA user_version records how many have run. Append only. */
export const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE greylist (key TEXT PRIMARY KEY, data TEXT NOT NULL, expires_at INTEGER NOT NULL) WITHOUT ROWID;
  CREATE INDEX greylist_expires ON greylist (expires_at);

  CREATE TABLE bayes_token (
    token TEXT PRIMARY KEY, spam INTEGER NOT NULL, ham INTEGER NOT NULL, weight REAL NOT NULL, last_seen INTEGER NOT NULL
  ) WITHOUT ROWID;
  CREATE INDEX bayes_token_seen ON bayes_token (last_seen);
  CREATE TABLE bayes_total (cls TEXT PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID;
  INSERT INTO bayes_total (cls, n) VALUES ('spam', 0), ('ham', 0);
  CREATE TABLE bayes_learned (signature TEXT PRIMARY KEY, cls TEXT NOT NULL) WITHOUT ROWID;

  CREATE TABLE fuzzy_seen (
    hash TEXT NOT NULL, kind TEXT NOT NULL, value TEXT NOT NULL, last_seen INTEGER NOT NULL,
    PRIMARY KEY (hash, kind, value)
  ) WITHOUT ROWID;
  CREATE INDEX fuzzy_seen_time ON fuzzy_seen (last_seen);
  CREATE TABLE fuzzy_event (hash TEXT NOT NULL, at INTEGER NOT NULL);
  CREATE INDEX fuzzy_event_hash ON fuzzy_event (hash, at);
  CREATE INDEX fuzzy_event_time ON fuzzy_event (at);
  CREATE TABLE fuzzy_blocked (hash TEXT PRIMARY KEY, note TEXT NOT NULL, created_at INTEGER NOT NULL) WITHOUT ROWID;

  CREATE TABLE list_entry (
    id TEXT PRIMARY KEY, owner TEXT NOT NULL, kind TEXT NOT NULL, address TEXT NOT NULL, created_at INTEGER NOT NULL,
    UNIQUE (owner, kind, address)
  );
  CREATE INDEX list_entry_address ON list_entry (address, owner);

  CREATE TABLE known_pair (
    internal TEXT NOT NULL, external TEXT NOT NULL, domain TEXT NOT NULL,
    count INTEGER NOT NULL, first_seen INTEGER NOT NULL, last_seen INTEGER NOT NULL,
    PRIMARY KEY (internal, external)
  ) WITHOUT ROWID;
  CREATE INDEX known_pair_external ON known_pair (external);
  CREATE INDEX known_pair_domain ON known_pair (domain);
  CREATE INDEX known_pair_seen ON known_pair (last_seen);
  CREATE TABLE known_domain (domain TEXT PRIMARY KEY, count INTEGER NOT NULL, last_seen INTEGER NOT NULL) WITHOUT ROWID;

  CREATE TABLE quarantine (
    id TEXT PRIMARY KEY, kind TEXT NOT NULL, received_at INTEGER NOT NULL, expires_at INTEGER NOT NULL,
    search TEXT NOT NULL, data TEXT NOT NULL
  );
  CREATE INDEX quarantine_kind_time ON quarantine (kind, received_at);
  CREATE INDEX quarantine_time ON quarantine (received_at);
  CREATE INDEX quarantine_expires ON quarantine (expires_at);
  CREATE TABLE quarantine_rcpt (rcpt TEXT NOT NULL, id TEXT NOT NULL, received_at INTEGER NOT NULL, PRIMARY KEY (rcpt, id)) WITHOUT ROWID;
  CREATE INDEX quarantine_rcpt_id ON quarantine_rcpt (id);
  CREATE TABLE quarantine_body (id TEXT PRIMARY KEY, body BLOB NOT NULL);

  CREATE TABLE queue_item (
    id TEXT PRIMARY KEY, msg TEXT NOT NULL, created_at INTEGER NOT NULL,
    next_attempt_at INTEGER NOT NULL, leased_until INTEGER NOT NULL, data TEXT NOT NULL
  );
  CREATE INDEX queue_item_due ON queue_item (next_attempt_at);
  CREATE INDEX queue_item_msg ON queue_item (msg);
  CREATE INDEX queue_item_created ON queue_item (created_at);
  CREATE TABLE queue_body (msg TEXT PRIMARY KEY, body BLOB NOT NULL);

  CREATE TABLE user (username TEXT PRIMARY KEY, data TEXT NOT NULL);
  CREATE TABLE session (id TEXT PRIMARY KEY, expires_at INTEGER NOT NULL, data TEXT NOT NULL);
  CREATE INDEX session_expires ON session (expires_at);

  CREATE TABLE txlog (
    id TEXT PRIMARY KEY, at INTEGER NOT NULL, direction TEXT NOT NULL, action TEXT NOT NULL,
    client_ip TEXT NOT NULL, mail_from TEXT NOT NULL, recipients TEXT NOT NULL, subject TEXT NOT NULL,
    data TEXT NOT NULL
  );
  CREATE INDEX txlog_at ON txlog (at);

  CREATE TABLE setting (key TEXT PRIMARY KEY, value TEXT NOT NULL);
  CREATE TABLE audit (seq INTEGER PRIMARY KEY AUTOINCREMENT, at INTEGER NOT NULL, who TEXT NOT NULL, what TEXT NOT NULL, detail TEXT);

  CREATE TABLE counter (key TEXT PRIMARY KEY, count INTEGER NOT NULL, expires_at INTEGER NOT NULL) WITHOUT ROWID;
  CREATE INDEX counter_expires ON counter (expires_at);
  CREATE TABLE cache (key TEXT PRIMARY KEY, value TEXT NOT NULL, expires_at INTEGER NOT NULL) WITHOUT ROWID;
  CREATE INDEX cache_expires ON cache (expires_at);
  `,
  // display names our users send with (learned from outbound mail), for IMPERSONATE_LOCAL_NAME
  `
  CREATE TABLE known_name (
    name TEXT NOT NULL, address TEXT NOT NULL, shown TEXT NOT NULL, last_seen INTEGER NOT NULL, PRIMARY KEY (name, address)
  ) WITHOUT ROWID;
  CREATE INDEX known_name_seen ON known_name (last_seen);
  `,
  // bulk fingerprints: distinct counts kept up to date by triggers instead of counted per
  // observation (a campaign of thousands of copies made each observation count thousands of
  // rows), and no row per observation (the bulk check never read that total)
  `
  DROP TABLE fuzzy_event;
  CREATE INDEX fuzzy_seen_hash_time ON fuzzy_seen (hash, last_seen);
  CREATE TABLE fuzzy_distinct (hash TEXT NOT NULL, kind TEXT NOT NULL, n INTEGER NOT NULL, PRIMARY KEY (hash, kind)) WITHOUT ROWID;
  INSERT INTO fuzzy_distinct (hash, kind, n) SELECT hash, kind, count(*) FROM fuzzy_seen GROUP BY hash, kind;
  CREATE TRIGGER fuzzy_seen_added AFTER INSERT ON fuzzy_seen BEGIN
    INSERT INTO fuzzy_distinct (hash, kind, n) VALUES (new.hash, new.kind, 1) ON CONFLICT (hash, kind) DO UPDATE SET n = n + 1;
  END;
  CREATE TRIGGER fuzzy_seen_dropped AFTER DELETE ON fuzzy_seen BEGIN
    UPDATE fuzzy_distinct SET n = n - 1 WHERE hash = old.hash AND kind = old.kind;
  END;
  `,
  // bulk fingerprints: a text seen once (most mail) is one row per hash with its values as JSON,
  // not a row per value and its counts; it becomes rows of fuzzy_seen when seen again
  `
  CREATE TABLE fuzzy_first (hash TEXT PRIMARY KEY, at INTEGER NOT NULL, vals TEXT NOT NULL) WITHOUT ROWID;
  CREATE INDEX fuzzy_first_at ON fuzzy_first (at);
  `,
];

/** page cache of the loss-tolerant connection, which the Bayes reads use (KiB, SQLite's negative form) */
const FAST_CACHE_KIB = 65_536;

export type Durability = 'full' | 'normal';

export function openDb(dataDir: string, durability: Durability = 'full'): Db {
  mkdirSync(dataDir, { recursive: true });
  const db = new Database(join(dataDir, DB_FILE), { timeout: BUSY_TIMEOUT_MS });
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  db.pragma('journal_mode = WAL');
  db.pragma(`synchronous = ${durability === 'full' ? 'FULL' : 'NORMAL'}`);
  db.pragma('foreign_keys = ON');
  // large bodies pass through the WAL; truncate it back after checkpoints instead of keeping its peak size
  db.pragma('journal_size_limit = 67108864');
  // The Bayes table is read ~1000 keys per message and outgrows SQLite's default 2 MB page cache
  // after a few thousand learned messages. No memory map: after another connection's or worker's
  // commit SQLite drops a connection's map with its cache, and faulting the pages back in made a
  // classification 2.6× dearer than reading them again (1201 against 458 µs, a 22 MB model, another
  // process writing); without other writers the two were alike. A larger cache keeps them between
  // messages when nothing else wrote.
  if (durability === 'normal') db.pragma(`cache_size = -${FAST_CACHE_KIB}`);
  // Unicode-aware case-insensitive substring search (SQLite's LIKE only folds ASCII).
  db.function('mm_icontains', { deterministic: true }, (hay: unknown, needle: unknown) =>
    icontains(typeof hay === 'string' ? hay : null, String(needle ?? '')) ? 1 : 0);
  migrate(db);
  return db;
}

function migrate(db: Db): void {
  const current = (): number => db.pragma('user_version', { simple: true }) as number;
  if (current() >= MIGRATIONS.length) return;
  // EXCLUSIVE so two workers starting together do not both run the same migration.
  db.transaction(() => {
    for (let v = current(); v < MIGRATIONS.length; v++) {
      db.exec(MIGRATIONS[v]!);
      db.pragma(`user_version = ${v + 1}`);
    }
  }).exclusive();
}

/** JSON text → value, for columns this module wrote itself. */
export function fromJson<T>(text: string): T {
  return JSON.parse(text) as T;
}
