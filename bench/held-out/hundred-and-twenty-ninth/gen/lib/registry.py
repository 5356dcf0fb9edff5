"""Message registry and the send() glue."""
from . import transport, util
from .ctx import Ctx

REG = []
SYSTEM_LABEL = {
    'own_postfix': 'Postfix relay of the sender (desktop/webmail client → own MTA)',
    'platform': 'Sender\'s own application MTA / platform mailer',
    'm365': 'Microsoft 365 / Exchange Online (EOP outbound)',
    'outlook_consumer': 'Outlook.com consumer mailbox (EOP)',
    'gmail': 'Gmail / Google Workspace',
    'google_service': 'Google service notification (mail-sor)',
    'exchange_internal': 'Internal: Exchange 2019 EXCH01/EXCH02 → mail-int01',
    'united_internet': 'United Internet (GMX / WEB.DE / IONOS)',
    'home_pl': 'home.pl hosting (IdeaSmtpServer)',
    'aruba': 'Aruba business mail (Italy)',
    'yandex': 'Yandex 360 / Yandex Mail',
    'mailru': 'Mail.ru',
    'wp_pl': 'WP Poczta (wp.pl)',
    'exim_cpanel': 'cPanel shared hosting (Exim; PHPMailer or authenticated webmail)',
    'ses': 'Amazon SES',
    'sendgrid': 'Twilio SendGrid',
    'mailgun': 'Mailgun',
    'brevo': 'Brevo (ex-Sendinblue)',
    'mailchimp': 'Mailchimp',
    'hornet': 'Hosted Exchange → Hornetsecurity outbound relay',
    'direct': 'Direct-to-MX from a bot / VPS (no relay)',
    'ovh': 'OVHcloud MX Plan (Roundcube)',
    'zoho': 'Zoho Mail EU',
}
LANG_ORDER = [('de', 8), ('en', 8), ('it', 5), ('pl', 5), ('es', 5), ('el', 5), ('ru', 4)]


def message(kind, nn, lang, slug):
    def deco(fn):
        REG.append((kind, nn, lang, slug, fn))
        return fn
    return deco


def send(c, env, system, *a, auth=None, internal=False, **kw):
    out = system(c, env, *a, **kw)
    data, t_mx = transport.finalize(c, env, out, auth_override=auth, internal=internal)
    c.env = env
    c.system = SYSTEM_LABEL.get(system.__name__, system.__name__)
    if getattr(c, 'mailsys', None):
        c.system = c.mailsys
    c.t_mx = t_mx
    return data


def expected_slots():
    slots = []
    n = 1
    for lang, cnt in LANG_ORDER:
        for _ in range(cnt):
            slots.append((n, lang))
            n += 1
    return slots


def build_all():
    results = {'attack': [], 'business': []}
    for kind, nn, lang, slug, fn in sorted(REG, key=lambda r: (r[0], r[1])):
        c = Ctx(kind, nn, lang, slug)
        data = fn(c)
        results[kind].append((c, data))
    for kind in results:
        got = [(c.nn, c.lang) for c, _ in results[kind]]
        if got != expected_slots():
            missing = [s for s in expected_slots() if s not in got]
            raise SystemExit('%s: slot mismatch; missing %s' % (kind, missing))
    return results


# ---------------------------------------------------------------- message-id helpers
def mid_outlook(c, domain):
    return '%s01dc%s$%s$%s$@%s' % (c.hex(4), c.hex(4), c.hex(8), c.hex(8), domain)


def mid_exchange(c, host='EXCH01.corp.example.com'):
    return '%s@%s' % (c.hex(32), host)


def mid_uuid(c, domain):
    return '%s@%s' % (c.guid(), domain)


def mid_php(c, host):
    return '%s@%s' % (c.alnum(43), host)


def mid_hex(c, domain, n=32):
    return '%s@%s' % (c.hex(n), domain)


def mid_time(c, t, domain):
    return '%s.%s@%s' % (util.local(t, 'UTC').strftime('%Y%m%d%H%M%S'), c.hex(16), domain)
