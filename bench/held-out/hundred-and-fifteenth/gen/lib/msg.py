"""Message container: deterministic randomness, time zones, mx01 trace
block, Authentication-Results and final rendering."""
import base64
import datetime as _dt
import random
import string

from . import mime

UTC = _dt.timezone.utc
EU_DST_END = _dt.datetime(2026, 10, 25, 1, 0, tzinfo=UTC)
US_DST_END = _dt.datetime(2026, 11, 1, 9, 0, tzinfo=UTC)
ZONES = {
    # name: (std offset h, std abbr, dst abbr, rule)
    'DE': (1, 'CET', 'CEST', 'eu'), 'IT': (1, 'CET', 'CEST', 'eu'), 'PL': (1, 'CET', 'CEST', 'eu'),
    'ES': (1, 'CET', 'CEST', 'eu'), 'NL': (1, 'CET', 'CEST', 'eu'), 'GR': (2, 'EET', 'EEST', 'eu'),
    'LT': (2, 'EET', 'EEST', 'eu'), 'UK': (0, 'GMT', 'BST', 'eu'), 'IE': (0, 'GMT', 'IST', 'eu'),
    'RU': (3, 'MSK', 'MSK', None), 'UTC': (0, 'UTC', 'UTC', None), 'USP': (-8, 'PST', 'PDT', 'us'),
    'USE': (-5, 'EST', 'EDT', 'us'), 'NG': (1, 'WAT', 'WAT', None), 'IN': (5.5, 'IST', 'IST', None),
    'TR': (3, '+03', '+03', None), 'AE': (4, '+04', '+04', None),
}


def _is_dst(zone, utc_dt):
    rule = ZONES[zone][3]
    if rule == 'eu':
        return utc_dt < EU_DST_END
    if rule == 'us':
        return utc_dt < US_DST_END
    return False


def zone_tz(zone, utc_dt):
    std, a1, a2, _ = ZONES[zone]
    dst = _is_dst(zone, utc_dt)
    off = std + (1 if dst else 0)
    return _dt.timezone(_dt.timedelta(hours=off), a2 if dst else a1)


def local(zone, y, mo, d, h, mi, s=0):
    """Wall-clock time in a zone -> aware datetime."""
    std = ZONES[zone][0]
    guess = _dt.datetime(y, mo, d, h, mi, s) - _dt.timedelta(hours=std)
    guess = guess.replace(tzinfo=UTC)
    tz = zone_tz(zone, guess - _dt.timedelta(hours=1))
    naive = _dt.datetime(y, mo, d, h, mi, s)
    return naive.replace(tzinfo=tz)


def in_zone(dt, zone):
    u = dt.astimezone(UTC)
    return u.astimezone(zone_tz(zone, u))


def _off(dt):
    o = int(dt.utcoffset().total_seconds() // 60)
    sign = '+' if o >= 0 else '-'
    o = abs(o)
    return '%s%02d%02d' % (sign, o // 60, o % 60)


DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
MONS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']


def d_std(dt):
    return '%s, %d %s %d %02d:%02d:%02d %s' % (DAYS[dt.weekday()], dt.day, MONS[dt.month - 1], dt.year,
                                              dt.hour, dt.minute, dt.second, _off(dt))


def d_pad(dt):
    return '%s, %02d %s %d %02d:%02d:%02d %s' % (DAYS[dt.weekday()], dt.day, MONS[dt.month - 1], dt.year,
                                                dt.hour, dt.minute, dt.second, _off(dt))


def d_postfix(dt):
    return '%s, %2d %s %d %02d:%02d:%02d %s (%s)' % (DAYS[dt.weekday()], dt.day, MONS[dt.month - 1], dt.year,
                                                    dt.hour, dt.minute, dt.second, _off(dt), dt.tzname())


def d_paren(dt):
    return d_pad(dt) + ' (%s)' % dt.tzname()


def d_utc(dt):
    return d_std(in_zone(dt, 'UTC'))


def epoch(dt):
    return int(dt.timestamp())


class Msg:
    def __init__(self, folder, nn, lang, slug):
        self.folder = folder
        self.nn = nn
        self.lang = lang
        self.slug = slug
        self.fname = '%s-%s-%s.eml' % (nn, lang, slug)
        self.rng = random.Random(self.fname)
        self.headers = []
        self.body = None
        self.conn = None
        self.env_from = None
        self.rcpts = []
        self.arrival = None
        self.spf = 'pass'
        self.dmarc = None  # (result, policy, domain)
        self.dkims = []    # (result, domain, selector, b)
        self.arc = None
        self.auth_override = None
        self.meta = {}
        self.facts = {'iban': [], 'url': [], 'phone': [], 'wallet': [], 'qr': [], 'account': []}
        self.qr_expect = []   # payloads that must be found in images
        self.expect_text = []  # strings that must appear in some decoded part

    # ---------------------------------------------------------- randomness
    def hex(self, n, upper=False):
        s = ''.join(self.rng.choice('0123456789abcdef') for _ in range(n))
        return s.upper() if upper else s

    def alnum(self, n, chars=string.ascii_letters + string.digits):
        return ''.join(self.rng.choice(chars) for _ in range(n))

    def digits(self, n):
        return ''.join(self.rng.choice('0123456789') for _ in range(n))

    def b64(self, nbytes):
        return base64.b64encode(bytes(self.rng.randrange(256) for _ in range(nbytes))).decode()

    def b64url(self, nbytes):
        return base64.urlsafe_b64encode(bytes(self.rng.randrange(256) for _ in range(nbytes))).decode().rstrip('=')

    def guid(self, upper=False):
        h = self.hex(32, upper)
        return '%s-%s-%s-%s-%s' % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])

    def pick(self, seq):
        return self.rng.choice(seq)

    def between(self, a, b):
        return self.rng.randint(a, b)

    def postfix_qid(self):
        chars = '0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjkmnpqrstvwxy'
        return '4' + ''.join(self.rng.choice(chars) for _ in range(9)) + 'z' + ''.join(
            self.rng.choice(chars) for _ in range(self.rng.randint(3, 5)))

    def short_qid(self):
        return self.hex(self.rng.choice([10, 11, 12]), upper=True)

    def later(self, dt, a=1, b=4):
        return dt + _dt.timedelta(seconds=self.rng.randint(a, b))

    # ------------------------------------------------------------- DKIM
    def dkim(self, d, s, h, t=None, x=None, style='std', i=None, extra=''):
        """Returns a callable that produces the DKIM-Signature value once the
        body is known; registers the signature for Authentication-Results."""
        bsig = self.b64(256)
        self.dkims.append(['pass', d, s, bsig[:8]])

        def value(body):
            bh = mime.relaxed_body_hash(body)
            if style == 'google':
                tags = 'v=1; a=rsa-sha256; c=relaxed/relaxed;\n        d=%s; s=%s; t=%d;%s%s\n        h=%s;\n        bh=%s;\n        b=' % (
                    d, s, t, (' x=%d;' % x) if x else '', extra, h, bh)
                lines = [bsig[k:k + 70] for k in range(0, len(bsig), 70)]
                return tags + '\n         '.join(lines)
            parts = ['v=1', 'a=rsa-sha256', 'c=relaxed/relaxed', 'd=%s' % d, 's=%s' % s]
            if t:
                parts.append('t=%d' % t)
            if i:
                parts.append('i=%s' % i)
            if extra:
                parts.append(extra)
            parts += ['h=%s' % h, 'bh=%s' % bh]
            head = ''
            line = ''
            for p in parts:
                piece = p + '; '
                if len(line) + len(piece) > 70 and line:
                    head += line.rstrip() + '\n\t'
                    line = ''
                line += piece
            head += line.rstrip() + '\n\tb='
            lines = [bsig[k:k + 72] for k in range(0, len(bsig), 72)]
            return head + '\n\t'.join(lines)
        return value

    def arc_set(self, d='microsoft.com', s='arcselector10001', aar=''):
        seal = self.b64(256)
        ams = self.b64(256)
        self.arc = (d, s)

        def v_seal(body):
            return 'i=1; a=rsa-sha256; s=%s; d=%s; cv=none;\n b=%s' % (s, d, '\n '.join(seal[k:k + 76] for k in range(0, len(seal), 76)))

        def v_ams(body):
            bh = mime.relaxed_body_hash(body)
            return ('i=1; a=rsa-sha256; c=relaxed/relaxed; d=%s;\n s=%s;\n h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:\n X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1;\n bh=%s;\n b=%s' % (
                d, s, bh, '\n '.join(ams[k:k + 76] for k in range(0, len(ams), 76))))
        return [('ARC-Seal', v_seal), ('ARC-Message-Signature', v_ams), ('ARC-Authentication-Results', 'i=1; mx.microsoft.com 1; ' + aar)]

    # ---------------------------------------------------------- transport
    def connect(self, helo, rdns, ip, env_from, rcpts, arrival, tls='1.3'):
        self.conn = (helo, rdns, ip, tls)
        self.env_from = env_from
        self.rcpts = rcpts if isinstance(rcpts, list) else [rcpts]
        self.arrival = in_zone(arrival, 'DE')

    def mx01_received(self):
        helo, rdns, ip, tls = self.conn
        v = 'from %s (%s [%s])' % (helo, rdns or 'unknown', ip)
        if tls == '1.3':
            v += ('\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)'
                  '\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)'
                  '\n\t(No client certificate requested)')
        elif tls == '1.2':
            v += ('\n\t(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))'
                  '\n\t(No client certificate requested)')
        v += '\n\tby mx01.example.com (Postfix) with %s id %s' % ('ESMTPS' if tls else 'ESMTP', self.postfix_qid())
        if len(self.rcpts) == 1:
            v += '\n\tfor <%s>; %s' % (self.rcpts[0], d_postfix(self.arrival))
        else:
            v += ';\n\t%s' % d_postfix(self.arrival)
        return v

    def auth_results(self):
        if self.auth_override is not None:
            return self.auth_override
        helo, rdns, ip, tls = self.conn
        parts = []
        if not self.dkims:
            parts.append('dkim=none')
        for res, d, s, b in self.dkims:
            parts.append('dkim=%s header.d=%s header.s=%s header.b=%s' % (res, d, s, b))
        if self.arc:
            parts.append('arc=pass ("%s:s=%s:i=1")' % self.arc)
        mf = self.env_from
        dom = mf.split('@')[-1] if mf else helo
        spfres = self.spf
        if spfres == 'pass':
            parts.append('spf=pass (mx01.example.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s' % (mf, ip, mf))
        elif spfres == 'fail':
            parts.append('spf=fail (mx01.example.com: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s' % (mf, ip, mf))
        elif spfres == 'softfail':
            parts.append('spf=softfail (mx01.example.com: domain of transitioning %s does not designate %s as permitted sender) smtp.mailfrom=%s' % (mf, ip, mf))
        elif spfres == 'none':
            parts.append('spf=none (mx01.example.com: domain of %s has no SPF policy when checking %s) smtp.mailfrom=%s' % (mf, ip, mf))
        elif spfres == 'neutral':
            parts.append('spf=neutral (mx01.example.com: %s is neither permitted nor denied by domain of %s) smtp.mailfrom=%s' % (ip, mf, mf))
        if self.dmarc:
            res, pol, d = self.dmarc
            if pol:
                parts.append('dmarc=%s (policy=%s) header.from=%s' % (res, pol, d))
            else:
                parts.append('dmarc=%s header.from=%s' % (res, d))
        return 'mx01.example.com;\n\t' + ';\n\t'.join(parts)

    # ------------------------------------------------------------ render
    def render(self):
        body_bytes = self.body.serialize()
        head, _, payload = body_bytes.partition(b'\n\n')
        body_headers = []
        for ln in head.decode('ascii').split('\n'):
            if ln[:1] in (' ', '\t'):
                body_headers[-1] += '\n' + ln
            else:
                body_headers.append(ln)
        out = []
        out.append('Return-Path: <%s>' % (self.env_from or ''))
        out.append('Received: ' + self.mx01_received())
        out.append('Authentication-Results: ' + self.auth_results())
        for n, v in self.headers:
            if n == '@MIME':
                out.extend(body_headers)
                continue
            if callable(v):
                v = v(payload)
            out.append(mime.fold(n, v))
        text = '\n'.join(out)
        for ln in text.split('\n'):
            if len(ln) > 998:
                raise ValueError('%s: header line too long' % self.fname)
        return text.encode('ascii') + b'\n\n' + payload
