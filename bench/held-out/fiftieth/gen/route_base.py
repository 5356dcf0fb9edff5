"""Route base class and helpers shared by all sending systems."""
import base64
import hashlib
import uuid

from codes import alnum, hexid, digits
from timez import fmt, epoch

PFX = '0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz'
TLS13 = ('(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n'
         '\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)')
TLS12 = ('(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))')


def det_uuid(seed):
    return str(uuid.UUID(bytes=hashlib.sha256(seed.encode()).digest()[:16], version=4))


def pf_qid(seed, long=True):
    if long:
        return '4' + alnum(seed, 12, PFX)
    return hexid(seed, 10, upper=True)


def mx01_received(helo, rdns, ip, tls, rcpt, utc, seed):
    rd = rdns or 'unknown'
    s = f'Received: from {helo} ({rd} [{ip}])\n'
    if tls == '1.3':
        s += '\t' + TLS13 + '\n\t(No client certificate requested)\n'
    elif tls == '1.2':
        s += '\t' + TLS12 + '\n\t(No client certificate requested)\n'
    proto = 'ESMTPS' if tls else 'ESMTP'
    s += (f'\tby mx01.example.com (Postfix) with {proto} id {pf_qid(seed + "mx01")}\n'
          f'\tfor <{rcpt}>; {fmt("CET", utc, comment=True)}')
    return s


class Route:
    tz = 'CET'            # zone of the Date: header
    hstyle = 'generic'    # header order
    bstyle = 'generic'    # boundary style
    tls = '1.3'
    date_pad = True
    name = 'generic'

    def __init__(self, **kw):
        self.__dict__.update(kw)

    def bind(self, m):
        self.m = m
        self.seed = m.key
        return self

    def h(self, tag, n=32, upper=False):
        return hexid(self.seed + tag, n, upper)

    def a(self, tag, n, alphabet='ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'):
        return alnum(self.seed + tag, n, alphabet)

    def envfrom(self):
        return self.m.frm[1]

    def domain(self):
        return self.m.frm[1].split('@')[1]

    def extras(self):
        return []

    def boundary(self, depth):
        return f'----=_Part_{digits(self.seed + str(depth), 6)}_{digits(self.seed + "b" + str(depth), 9)}.{epoch(self.m.utc)}{digits(self.seed + "c", 3)}'

    def msgid(self):
        return f'{self.h("mid", 24)}@{self.domain()}'


# ------------------------------------------------------------ Exchange flavours
def thread_index(seed):
    raw = b'\x01' + hashlib.sha256(seed.encode()).digest()[:21]
    return base64.b64encode(raw).decode()


class _OutlookMixin:
    hstyle = 'outlook'
    bstyle = 'outlook'
    lang = 'de-DE'

    def outlook_headers(self):
        m = self.m
        topic = m.subject
        for p in ('AW: ', 'Re: ', 'RE: ', 'R: ', 'Odp: ', 'RV: ', 'WG: ', 'FW: ', 'Fwd: ', 'ΑΠ: ', 'ΣΧΕΤ: ', 'Ответ: ', 'RE:', 'AW:'):
            if topic.startswith(p):
                topic = topic[len(p):]
        has = 'yes' if m.has_attachment() else ''
        return [('Thread-Topic', topic), ('Thread-Index', thread_index(self.seed + 'ti')),
                ('Accept-Language', f'{self.lang}, en-US'), ('Content-Language', self.lang),
                ('X-MS-Has-Attach', has), ('X-MS-TNEF-Correlator', '')]

    def boundary(self, depth):
        tag = ['004', '000', '002', '003'][depth] if self.m.top_is_mixed() else ['000', '002', '003', '005'][depth]
        return f'_{tag}_{self.msgid().split("@")[0].replace("-", "")[:64]}_'
