// Optional DKIM signing of outbound mail, one key per domain (delivery.dkim: domain, selector,
// keyFile). Keys are read once at start so a missing/unreadable key stops the start instead of
// silently sending unsigned mail. The key is picked by the From: domain (or a parent domain of
// it), falling back to the envelope sender's domain.
import { createPrivateKey } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dkimSign } from 'mailauth';
import { ConfigError, type Config } from '../config.ts';
import type { Logger } from '../log.ts';

interface DkimKey { domain: string; selector: string; privateKey: string; algorithm: 'rsa-sha256' | 'ed25519-sha256' }

export interface DkimSigner {
  readonly domains: string[];
  /** returns the message with DKIM-Signature prepended, or unchanged when no key applies or signing fails */
  sign(raw: Buffer, fromDomain: string, envelopeDomain: string): Promise<Buffer>;
}

/** a key that cannot be used stops the start (exit 2) like any other config problem */
class DkimConfigError extends ConfigError {
  constructor(problem: string) {
    super([problem]);
  }
}

export function loadDkimKeys(entries: Config['delivery']['dkim']): DkimKey[] {
  return entries.map((e, i) => {
    let pem: string;
    try {
      pem = readFileSync(e.keyFile, 'utf8');
    } catch (err) {
      throw new DkimConfigError(`delivery.dkim.${i}.keyFile: cannot read ${e.keyFile}: ${(err as Error).message}`);
    }
    let type: string | undefined;
    try {
      type = createPrivateKey(pem).asymmetricKeyType;
    } catch (err) {
      throw new DkimConfigError(`delivery.dkim.${i}.keyFile: not a PEM private key: ${(err as Error).message}`);
    }
    if (type !== 'rsa' && type !== 'ed25519') throw new DkimConfigError(`delivery.dkim.${i}.keyFile: key type ${type} is not usable for DKIM (rsa or ed25519)`);
    return { domain: e.domain.toLowerCase(), selector: e.selector, privateKey: pem, algorithm: type === 'ed25519' ? 'ed25519-sha256' : 'rsa-sha256' };
  });
}

function pick(keys: DkimKey[], domain: string): DkimKey | null {
  let best: DkimKey | null = null;
  for (const k of keys) {
    if (domain === k.domain || domain.endsWith('.' + k.domain)) {
      if (!best || k.domain.length > best.domain.length) best = k;
    }
  }
  return best;
}

export function createDkimSigner(entries: Config['delivery']['dkim'], log: Logger): DkimSigner {
  const keys = loadDkimKeys(entries);
  return {
    domains: keys.map((k) => k.domain),
    async sign(raw, fromDomain, envelopeDomain) {
      if (!keys.length) return raw;
      const key = pick(keys, fromDomain.toLowerCase()) ?? pick(keys, envelopeDomain.toLowerCase());
      if (!key) return raw;
      try {
        // mailauth takes the keys in signatureData (the top-level fields are only typed, not read)
        const sigData = { signingDomain: key.domain, selector: key.selector, privateKey: key.privateKey, algorithm: key.algorithm, canonicalization: 'relaxed/relaxed' };
        // one signing time: without it mailauth reads the clock for t= twice, once for the data it
        // signs and once for the header it writes, and a signature across a half-second boundary
        // carries a t= it did not sign (1 in ~2700 signatures here; the receiver's DKIM fails)
        const res = await dkimSign(raw, { ...sigData, signatureData: [sigData], signTime: new Date() });
        if (res.errors?.length || !res.signatures.trim()) {
          log.error({ domain: key.domain, err: res.errors?.map((e: Error) => e.message).join('; ') }, 'DKIM signing failed; sending unsigned');
          return raw;
        }
        const sig = res.signatures.endsWith('\r\n') ? res.signatures : res.signatures + '\r\n';
        return Buffer.concat([Buffer.from(sig, 'latin1'), raw]);
      } catch (err) {
        log.error({ domain: key.domain, err: (err as Error).message }, 'DKIM signing failed; sending unsigned');
        return raw;
      }
    },
  };
}
