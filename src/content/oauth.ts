// Links that ask the reader to grant an application access to his mailbox, files or code: the
// consent page of an OAuth provider (Microsoft, Google, GitHub, Slack, Dropbox, Atlassian, Zoom,
// Salesforce) for an application the attacker registered ("illicit consent grant", "consent
// phishing"). The page is the provider's own, on its own domain, so no URL filter or look-alike
// check sees anything wrong; one click on "Accept" hands over a token that survives a password
// change and needs no MFA again. Honest mail sends the reader to the vendor's site, which then
// starts the sign-in; a bare consent link in a message is rare, and one asking for more than who
// the reader is (mail, files, repositories, the organisation, everything the app was given:
// Microsoft's ".default", an admin's consent for the whole tenant) is what the attack needs.

/**
 * A provider's consent endpoints: its host and the paths of its authorization pages. `installButton`:
 * app vendors' newsletters link to its consent page as the button that installs their app ("Add to
 * Slack"), so a link there says less.
 */
interface Provider { name: string; hosts: readonly string[]; paths: RegExp; admin?: RegExp; installButton?: true }

const PROVIDERS: readonly Provider[] = [
  {
    name: 'Microsoft',
    hosts: ['login.microsoftonline.com', 'login.microsoftonline.us', 'login.microsoft.com', 'login.windows.net', 'login.live.com', 'login.partner.microsoftonline.cn'],
    paths: /^\/(?:[^/]+\/)?(?:oauth2\/(?:v2\.0\/)?authorize|(?:v2\.0\/)?adminconsent)\/?$|^\/oauth20_authorize\.srf$/i,
    admin: /adminconsent/i,
  },
  { name: 'Google', hosts: ['accounts.google.com'], paths: /^\/(?:o\/oauth2\/(?:v2\/)?auth(?:\/oauthchooseaccount)?|signin\/oauth(?:\/[a-z]+)*)\/?$/i },
  { name: 'GitHub', hosts: ['github.com'], paths: /^\/login\/oauth\/authorize\/?$/i },
  { name: 'Slack', hosts: ['slack.com'], paths: /^\/oauth(?:\/v2)?\/authorize\/?$/i, installButton: true },
  { name: 'Dropbox', hosts: ['www.dropbox.com', 'dropbox.com'], paths: /^\/oauth2\/authorize\/?$/i },
  { name: 'Atlassian', hosts: ['auth.atlassian.com'], paths: /^\/authorize\/?$/i },
  { name: 'Zoom', hosts: ['zoom.us'], paths: /^\/oauth\/authorize\/?$/i, installButton: true },
  { name: 'Salesforce', hosts: ['login.salesforce.com'], paths: /^\/services\/oauth2\/authorize\/?$/i },
];

const PROVIDER_HOSTS = new Set(PROVIDERS.flatMap((p) => p.hosts));
/** Whether a host (lower-case) serves an OAuth provider's consent pages: the cheap test before reading the link. */
export const isOAuthHost = (host: string): boolean => PROVIDER_HOSTS.has(host);

/**
 * Scopes that say only who the reader is (sign-in with the provider), as the providers name them,
 * lower-case, without a URI prefix: no data of his goes to the application.
 */
const IDENTITY_SCOPES = new Set([
  'openid', 'profile', 'email', 'offline_access', 'user.read', 'user.readbasic.all',
  'userinfo.email', 'userinfo.profile', 'plus.me', 'read:user', 'user:email', 'identity.basic', 'identity.email', 'identity.avatar',
  'read:me', 'read:account', 'account_info.read', 'user:read:email',
]);

export interface OAuthConsent {
  provider: string;
  /** the application's id as the link names it */
  clientId: string;
  /** the scopes asked for beyond the reader's identity (or the resource asked of Microsoft's v1 endpoint) */
  scopes: string[];
  /** a consent for the whole organisation (Microsoft's admin consent) */
  admin: boolean;
  /** where the provider sends the token, when the link says */
  redirectHost: string | null;
  /** the provider's consent page is also the install button of vendors' newsletters */
  installButton: boolean;
}

/** A scope as the sets compare it: "https://graph.microsoft.com/Mail.Read" → "mail.read", "https://www.googleapis.com/auth/drive" → "drive". */
function scopeName(scope: string): string {
  const s = scope.trim().toLowerCase();
  if (s === 'https://mail.google.com/' || s === 'https://mail.google.com') return 'mail.google.com';
  const m = /^https?:\/\/[^/]+\/(?:auth\/)?(.+?)\/?$/.exec(s);
  return m ? m[1]! : s;
}

/**
 * The consent a link asks for, when it is an OAuth provider's authorization page for an application
 * (a `client_id`) asking for more than the reader's identity, or an admin's consent; else null.
 */
export function oauthConsentOf(url: string): OAuthConsent | null {
  let u: URL;
  try {
    u = new URL(url.trim());
  } catch {
    return null;
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return null;
  const host = u.hostname.toLowerCase();
  const provider = PROVIDERS.find((p) => p.hosts.includes(host) && p.paths.test(u.pathname));
  if (!provider) return null;
  const q = u.searchParams;
  const clientId = q.get('client_id') ?? '';
  if (!clientId) return null;
  const admin = provider.admin?.test(u.pathname) ?? false;
  const asked = [...(q.get('scope') ?? '').split(/[\s,]+/), ...(q.get('resource') ?? '').split(/\s+/)].filter(Boolean);
  const scopes = asked.filter((s) => !IDENTITY_SCOPES.has(scopeName(s)));
  if (!admin && !scopes.length) return null;
  let redirectHost: string | null = null;
  try {
    redirectHost = new URL(q.get('redirect_uri') ?? '').hostname.toLowerCase() || null;
  } catch {
    // no redirect named, or not a URL
  }
  return { provider: provider.name, clientId, scopes, admin, redirectHost, installButton: provider.installButton === true };
}

/** The consent as a symbol's detail shows it. */
export function consentDetail(c: OAuthConsent): string {
  const what = c.admin ? `an admin's consent for the whole organisation${c.scopes.length ? ` (${c.scopes.join(', ')})` : ''}` : c.scopes.join(', ');
  return `${c.provider} application ${c.clientId.slice(0, 40)} asks for ${what}${c.redirectHost ? `, the token going to ${c.redirectHost}` : ''}`;
}
