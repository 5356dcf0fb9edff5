// One Prometheus registry for the process. Modules import the metric they update from here,
// so every metric name is defined once.
import client from 'prom-client';

export const registry = new client.Registry();
client.collectDefaultMetrics({ register: registry, prefix: 'mailmoat_' });

export const transactions = new client.Counter({
  name: 'mailmoat_transactions_total', help: 'SMTP transactions by direction and action',
  labelNames: ['direction', 'action'] as const, registers: [registry],
});
export const symbolHits = new client.Counter({
  name: 'mailmoat_symbol_hits_total', help: 'Symbols emitted by checks', labelNames: ['symbol'] as const, registers: [registry],
});
export const checkDuration = new client.Histogram({
  name: 'mailmoat_check_duration_seconds', help: 'Check latency', labelNames: ['check'] as const,
  buckets: [0.001, 0.005, 0.01, 0.05, 0.1, 0.25, 0.5, 1, 2, 5], registers: [registry],
});
export const checkFailures = new client.Counter({
  name: 'mailmoat_check_failures_total', help: 'Checks that failed or timed out (they add nothing)',
  labelNames: ['check', 'reason'] as const, registers: [registry],
});
export const relayDuration = new client.Histogram({
  name: 'mailmoat_backend_relay_seconds', help: 'Time for the backend to accept a relayed message',
  buckets: [0.005, 0.01, 0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10], registers: [registry],
});
export const dnsblListErrors = new client.Counter({
  name: 'mailmoat_dnsbl_errors_total', help: 'DNSBL answers that were error codes or outside 127/8 (list disabled for a while)',
  labelNames: ['list'] as const, registers: [registry],
});
export const shortLinks = new client.Counter({
  name: 'mailmoat_short_links_total', help: 'Short links judged, by how following them ended (target, page, dead, too-deep, failed: many failures mean no way out to the shorteners)',
  labelNames: ['end'] as const, registers: [registry],
});
export const rdapLookups = new client.Counter({
  name: 'mailmoat_rdap_lookups_total', help: 'Domains whose registration date was asked of their registry (RDAP), by result (dated, undated, unknown, no-server, failed: many failures mean no way out to the registries)',
  labelNames: ['result'] as const, registers: [registry],
});
export const queueSize = new client.Gauge({ name: 'mailmoat_queue_messages', help: 'Outbound queue items', labelNames: ['state'] as const, registers: [registry] });
export const quarantineSize = new client.Gauge({ name: 'mailmoat_quarantine_messages', help: 'Quarantined messages', labelNames: ['kind'] as const, registers: [registry] });
export const bayesLearned = new client.Gauge({ name: 'mailmoat_bayes_learned_messages', help: 'Messages the Bayes classifier has learned, by class (it scores from bayes.minSpam / bayes.minHam on)', labelNames: ['class'] as const, registers: [registry],
  // only the web UI's process reads the store for these; max ignores the workers' unset zeros
  aggregator: 'max' });
export const bayesFeatures = new client.Gauge({ name: 'mailmoat_bayes_features', help: 'Features (token keys) in the Bayes model; expiry keeps them under bayes.maxTokens', registers: [registry], aggregator: 'max' });
export const bayesActive = new client.Gauge({ name: 'mailmoat_bayes_active', help: '1 when the Bayes classifier adds its symbols to mail (enabled, and enough spam and ham learned)', registers: [registry], aggregator: 'max' });
export const clamavSignatureAge = new client.Gauge({ name: 'mailmoat_clamav_signature_age_seconds', help: "Age of clamd's daily signature database (from its VERSION reply); set once /healthz or /metrics asked", registers: [registry], aggregator: 'max' });
export const componentHealth = new client.Gauge({ name: 'mailmoat_component_up', help: '1 when a component (store, clamd, backend) answers', labelNames: ['component'] as const, registers: [registry],
  // across cluster workers a component is up only when it is up for every process
  aggregator: 'min' });
