// The domain-level Store: everything mailmoat keeps, grouped by the part of the gateway that owns
// it. Two backends implement it (embedded SQLite in dataDir, and Redis) and both must pass the one
// contract suite in test/store/. Times are epoch milliseconds unless a name says otherwise.
// Methods are coarse on purpose: one call = one round trip (batched), so a Redis cluster costs the
// same number of network hops per message as the embedded store costs disk syncs.

export type Action = 'accept' | 'tag' | 'quarantine' | 'reject' | 'tempfail';
export type Direction = 'inbound' | 'outbound';

/** score = rule weight × factor; factor is the check's 0..1 hit multiplier (default 1), kept so
 *  the web UI can re-score logged transactions under candidate rules (pipeline `rescore`). */
export interface SymbolHit {
  name: string;
  score: number;
  detail?: string;
  factor?: number;
  /** a credit (negative weight) not counted: the sign of an attack beside it, e.g. ATTACH_MACRO (src/pipeline/verdict.ts) */
  uncounted?: string;
}

// ---------- greylisting ----------
export interface GreylistRecord {
  firstSeen: number;
  lastSeen: number;
  attempts: number;
  /** set once a retry came after the delay; the triplet then passes until expiry */
  passedAt: number | null;
}
export interface GreylistStore {
  get(key: string): Promise<GreylistRecord | null>;
  put(key: string, rec: GreylistRecord, ttlSeconds: number): Promise<void>;
  delete(key: string): Promise<void>;
}

// ---------- bayes / learned token statistics ----------
export interface TokenStats { spam: number; ham: number; weight: number; lastSeen: number }
export interface TokenDelta { token: string; spam?: number; ham?: number; weight?: number }
export interface BayesTotals { spam: number; ham: number }
export type LearnClass = 'spam' | 'ham';
/** part of a whole model as `mailmoat bayes export` writes it and `import` reads it */
export interface BayesModelPart {
  tokens?: ReadonlyArray<readonly [token: string, stats: TokenStats]>;
  /** per-message signatures and the class each was learned as */
  learned?: ReadonlyArray<readonly [signature: string, cls: LearnClass]>;
}
export interface BayesStore {
  /** one round trip for all of a message's tokens; unknown tokens are absent from the map */
  getTokens(tokens: readonly string[]): Promise<Map<string, TokenStats>>;
  /** adds the deltas (counts may go negative transiently; rows at spam=ham=0 and weight=0 may be dropped) */
  applyDeltas(deltas: readonly TokenDelta[], totals: Partial<BayesTotals>, now: number): Promise<void>;
  totals(): Promise<BayesTotals>;
  /** per-message signature → class it was learned as, so relearning moves rather than doubles */
  getLearned(signature: string): Promise<LearnClass | null>;
  setLearned(signature: string, cls: LearnClass | null): Promise<void>;
  tokenCount(): Promise<number>;
  /** drops tokens until at most `keep` remain: hapaxes and the least recently seen first. Returns dropped count. */
  prune(keep: number): Promise<number>;
  /** forgets the whole model: tokens, totals, learned signatures and the tokenizer generation (`mailmoat train --reset`) */
  clear(): Promise<void>;
  /** the tokenizer generation the model was learned by (tokenize.ts TOKENIZER_GENERATION); null when not recorded */
  generation(): Promise<number | null>;
  setGeneration(generation: number | null): Promise<void>;
  /**
   * The whole model in parts of about `batch` rows (tokens, then signatures), for `mailmoat bayes
   * export`. Maintenance, not hot path; what is learned meanwhile may or may not be in it.
   */
  dump(batch: number): AsyncIterable<BayesModelPart>;
  /** writes rows as they are (counts, weight and lastSeen set, not added), for `mailmoat bayes import`; totals go through applyDeltas */
  restore(part: BayesModelPart): Promise<void>;
}

// ---------- bulk fingerprints ----------
/** one message: its sender IP and domain, and its recipients (distinct, as the bulk check passes them) */
export interface FuzzyObservation { ip: string; senderDomain: string; recipients: readonly string[] }
export interface FuzzyCounts { hash: string; ips: number; domains: number; recipients: number }
export interface FuzzyStore {
  /** records the message for each hash and returns the distinct counts within the window, it included */
  observe(hashes: readonly string[], obs: FuzzyObservation, now: number, windowSeconds: number): Promise<FuzzyCounts[]>;
  /** the counts that observing the message would give, writing nothing (`mailmoat classify`, a dry run) */
  peek(hashes: readonly string[], obs: FuzzyObservation, now: number, windowSeconds: number): Promise<FuzzyCounts[]>;
  /** admin block list of fingerprints */
  addBlocked(hash: string, note: string): Promise<void>;
  removeBlocked(hash: string): Promise<void>;
  blocked(hashes: readonly string[]): Promise<string[]>;
  listBlocked(): Promise<Array<{ hash: string; note: string; createdAt: number }>>;
}

// ---------- sender allow/block lists ----------
export interface ListEntry {
  id: string;
  /** '' = global (admin) list; otherwise the owning user's address, lower-case */
  owner: string;
  kind: 'allow' | 'block';
  /** lower-case address, or '@domain' */
  address: string;
  createdAt: number;
}
export interface ListStore {
  list(owner: string): Promise<ListEntry[]>;
  add(owner: string, kind: ListEntry['kind'], address: string): Promise<ListEntry>;
  remove(owner: string, id: string): Promise<boolean>;
  /** entries of these owners matching the sender address or its domain (and parent domains) */
  match(owners: readonly string[], sender: string): Promise<ListEntry[]>;
}

// ---------- auto-learned senders (from outbound mail) ----------
export interface KnownSender { internal: string; external: string; count: number; firstSeen: number; lastSeen: number }
export interface KnownDomain { domain: string; count: number; lastSeen: number }
export interface KnownSenderStore {
  /** records internal → each external recipient, and their domains */
  record(internal: string, externals: readonly string[], now: number): Promise<void>;
  lookup(internal: string, external: string): Promise<{ pair: KnownSender | null; domain: KnownDomain | null }>;
  search(query: string, limit: number, offset: number): Promise<KnownSender[]>;
  /** learned domains last written to at or after `minSeen` and at least `minCount` times, in no
   *  particular order: the correspondents inbound senders' domains are compared with (look-alikes) */
  domains(minSeen: number, minCount: number): Promise<KnownDomain[]>;
  /** revokes a pair (internal given) or every pair with that external address/@domain (the
   *  domain's own entry too). Returns the pairs removed (1 for a '@domain' that had only its entry). */
  revoke(external: string, internal?: string): Promise<number>;
  /** records that our user `address` sends with this display name; `shown` becomes the latest
   *  spelling. `lastSeen` may keep an earlier use of the same spelling within the hour (the
   *  embedded store skips that write: names count for months, and every outgoing message calls this) */
  recordName(name: Omit<LocalName, 'lastSeen'>, now: number): Promise<void>;
  /** our users' addresses that have sent with this display name (by address) */
  namedAs(nameKey: string): Promise<LocalName[]>;
  /** every learned name, newest first; `query` is a substring of the shown name or the address ('' = all) */
  names(query: string, limit: number, offset: number): Promise<LocalName[]>;
  /** forgets one learned (name, address); false when there was none */
  forgetName(nameKey: string, address: string): Promise<boolean>;
}
/** A display name one of our users sends with, learned from outbound mail. */
export interface LocalName {
  /** `personNameKey` of the name: what an inbound display name is compared by */
  nameKey: string;
  address: string;
  /** the name as last written */
  shown: string;
  lastSeen: number;
}

// ---------- quarantine (and short-lived copies of rejected mail) ----------
export interface QuarantineItem {
  id: string;
  kind: 'quarantine' | 'rejected';
  direction: Direction;
  receivedAt: number;
  expiresAt: number;
  mailFrom: string;
  /** recipients this copy is held for (lower-case); users see items where they are a recipient */
  recipients: string[];
  from: string;
  subject: string;
  score: number;
  action: Action;
  symbols: SymbolHit[];
  clientIp: string;
  helo: string;
  size: number;
  /** a user asked an admin to release it (held for a symbol with `release: admin`) */
  releaseRequest?: { by: string; at: number };
}
export interface QuarantineQuery {
  kind?: QuarantineItem['kind'];
  /** restrict to items addressed to any of these (undefined = all, for admins) */
  recipients?: readonly string[];
  /** substring match on sender, From and Subject */
  text?: string;
  /** receivedAt/at >= since and < until */
  since?: number;
  until?: number;
  limit: number;
  offset: number;
}
export interface QuarantineStore {
  /** durable (synced) before it resolves: the SMTP 250 waits for it */
  put(item: QuarantineItem, body: Buffer): Promise<void>;
  get(id: string): Promise<QuarantineItem | null>;
  body(id: string): Promise<Buffer | null>;
  /** newest first */
  list(q: QuarantineQuery): Promise<{ items: QuarantineItem[]; total: number }>;
  /** atomically removes and returns the item: at most one caller wins (release exactly once) */
  take(id: string): Promise<{ item: QuarantineItem; body: Buffer } | null>;
  delete(id: string): Promise<boolean>;
  /** removes everything with expiresAt <= now; returns the count */
  expire(now: number): Promise<number>;
  count(kind?: QuarantineItem['kind']): Promise<number>;
}

// ---------- outbound delivery queue ----------
export interface QueueRecipient {
  address: string;
  status: 'pending' | 'delivered' | 'bounced';
  lastReply?: string;
}
export interface QueueItem {
  id: string;
  createdAt: number;
  mailFrom: string;
  /** destination domain: one item per domain, delivered in one attempt with all its recipients */
  domain: string;
  recipients: QueueRecipient[];
  attempts: number;
  nextAttemptAt: number;
  lastError: string | null;
  delayNotified: boolean;
  /** when a worker took it; another worker may take it after the lease expires */
  leasedUntil: number;
}
export interface QueueStore {
  /** stores the items (one per domain) sharing one body; durable before it resolves */
  enqueue(items: QueueItem[], body: Buffer): Promise<void>;
  /** leases up to `limit` due items (nextAttemptAt <= now and lease expired) until `leaseUntil` */
  lease(now: number, leaseUntil: number, limit: number): Promise<QueueItem[]>;
  get(id: string): Promise<QueueItem | null>;
  body(id: string): Promise<Buffer | null>;
  update(item: QueueItem): Promise<void>;
  /** removes the item; the body goes when no item refers to it any more */
  remove(id: string): Promise<boolean>;
  list(limit: number, offset: number): Promise<{ items: QueueItem[]; total: number }>;
  /** makes every item due now (queue flush) */
  flush(now: number): Promise<number>;
}

// ---------- web users and sessions ----------
export interface User {
  username: string;
  /** scrypt hash "scrypt$N$r$p$salt$hash", or null for directory (LDAP) users */
  passwordHash: string | null;
  addresses: string[];
  admin: boolean;
  disabled: boolean;
  source: 'local' | 'ldap';
  digest: boolean;
  createdAt: number;
}
export interface UserStore {
  get(username: string): Promise<User | null>;
  put(user: User): Promise<void>;
  delete(username: string): Promise<boolean>;
  list(): Promise<User[]>;
}
export interface WebSession { id: string; username: string; admin: boolean; addresses: string[]; csrf: string; expiresAt: number }
export interface SessionStore {
  put(s: WebSession): Promise<void>;
  get(id: string): Promise<WebSession | null>;
  delete(id: string): Promise<void>;
}

// ---------- transaction log (message tracking, dashboard, what-if) ----------
export interface TxLogEntry {
  id: string;
  at: number;
  direction: Direction;
  clientIp: string;
  helo: string;
  mailFrom: string;
  recipients: string[];
  from: string;
  subject: string;
  size: number;
  score: number;
  action: Action;
  symbols: SymbolHit[];
  /** the reply we gave and the backend/remote reply, as text */
  reply: string;
  backendReply: string | null;
  durationMs: number;
  quarantineId: string | null;
}
export interface TxLogQuery {
  direction?: Direction;
  action?: Action;
  /** substring matches */
  sender?: string;
  recipient?: string;
  subject?: string;
  ip?: string;
  /** a symbol the transaction scored (its exact name: SPAMTRAP, ATTACH_MACRO) */
  symbol?: string;
  /** receivedAt/at >= since and < until */
  since?: number;
  until?: number;
  limit: number;
  offset: number;
}
export interface TxLogStore {
  append(entry: TxLogEntry): Promise<void>;
  /** newest first */
  search(q: TxLogQuery): Promise<{ items: TxLogEntry[]; total: number }>;
  get(id: string): Promise<TxLogEntry | null>;
  /** removes entries older than `before`; returns the count */
  expire(before: number): Promise<number>;
}

// ---------- settings, audit, counters ----------
export interface AuditEntry { at: number; who: string; what: string; detail: unknown }
export interface SettingsStore {
  get<T = unknown>(key: string): Promise<T | null>;
  set(key: string, value: unknown): Promise<void>;
  audit(entry: AuditEntry): Promise<void>;
  auditLog(limit: number): Promise<AuditEntry[]>;
}
export interface CounterStore {
  /** fixed-window counter: increments key within the window and returns the new count */
  hit(key: string, windowSeconds: number, now: number, by?: number): Promise<number>;
  peek(key: string, now: number): Promise<number>;
  reset(key: string): Promise<void>;
}
/** a small TTL cache shared by nodes (recipient-verification results, DNS self-tests, digest state) */
export interface CacheStore {
  get(key: string): Promise<string | null>;
  set(key: string, value: string, ttlSeconds: number): Promise<void>;
}

export interface StoreHealth { ok: boolean; backend: 'embedded' | 'redis'; detail: string }

export interface Store {
  readonly backend: 'embedded' | 'redis';
  greylist: GreylistStore;
  bayes: BayesStore;
  fuzzy: FuzzyStore;
  lists: ListStore;
  known: KnownSenderStore;
  quarantine: QuarantineStore;
  queue: QueueStore;
  users: UserStore;
  sessions: SessionStore;
  txlog: TxLogStore;
  settings: SettingsStore;
  counters: CounterStore;
  cache: CacheStore;
  health(): Promise<StoreHealth>;
  close(): Promise<void>;
}
