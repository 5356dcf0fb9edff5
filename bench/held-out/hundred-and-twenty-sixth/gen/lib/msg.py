"""Mail object: deterministic RNG, facts, DKIM helpers, final assembly."""
import base64
import random
import struct

from . import util
from .mime import render_headers


class Mail:
    def __init__(self, name, folder, lang):
        self.name = name
        self.folder = folder
        self.lang = lang
        self.rng = random.Random(name + '.eml')  # seeded with the file name
        self.facts = {'IBAN': [], 'URL': [], 'Phone': [], 'Wallet': [], 'QR': [], 'Account': [], 'ID': []}
        self.qr_expected = []      # payload bytes that must be found in embedded QR images
        self.what = ''
        self.why = ''
        self.notes = ''
        self.topic = None          # for hard-negative pairing
        self.root = None
        self.bh = None
        self.data = None

    # -- facts ---------------------------------------------------------------
    def fact(self, kind, value, note=''):
        self.facts[kind].append((value, note))
        return value

    def url(self, u, note=''):
        return self.fact('URL', u, note)

    def iban(self, i, note=''):
        return self.fact('IBAN', i, note)

    def phone(self, p, note=''):
        return self.fact('Phone', p, note)

    def qr(self, payload, note=''):
        if isinstance(payload, str):
            payload = payload.encode('utf-8')
        self.qr_expected.append(payload)
        self.fact('QR', payload.decode('utf-8'), note)
        return payload

    # -- body ----------------------------------------------------------------
    def set_body(self, root):
        self.root = root
        body = root.serialize_body()
        self.body = body
        crlf = body.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
        self.bh = util.sha256_b64(util.dkim_relaxed_body(crlf))
        self.bh_simple = util.sha256_b64(util.dkim_simple_body(crlf))

    def assemble(self, headers):
        out = []
        for n, v in headers:
            if n == '__CT__':
                out.extend(self.root.content_headers())
            else:
                out.append((n, v))
        data = render_headers(out) + b'\n' + self.body
        data = data.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
        self.data = data
        return data

    # -- identifiers -----------------------------------------------------------
    def dkim(self, d, s, h, t, c='relaxed/relaxed', bits=2048, extra='', simple=False, i=None,
             name='DKIM-Signature', order='std', x=None):
        """Returns (header tuple, info dict). Signature value is invented."""
        b = util.b64rand(self.rng, bits // 8)
        bh = self.bh_simple if c.endswith('/simple') else self.bh
        ts = util.unix(t)
        parts = ['v=1', 'a=rsa-sha256', 'c=%s' % c, 'd=%s' % d, 's=%s' % s]
        if order == 'google':
            parts = ['v=1', 'a=rsa-sha256', 'c=%s' % c, 'd=%s' % d, 's=%s' % s, 't=%d' % ts]
            if x:
                parts.append('x=%d' % (ts + x))
            if extra:
                parts.append(extra)
            parts += ['h=%s' % h, 'bh=%s' % bh]
        else:
            if i:
                parts.append('i=%s' % i)
            if t is not None and order != 'not':
                parts.append('t=%d' % ts)
            if extra:
                parts.append(extra)
            parts += ['h=%s' % h, 'bh=%s' % bh]
        val = '; '.join(parts[:5]) + ';\n\t' + '; '.join(parts[5:]) + ';\n\tb=' + util.wrap_b64_value(b, indent='\t ')
        info = {'d': d, 's': s, 'b': b, 'bits': bits, 'i': i or '@' + d}
        return (name, val), info

    def thread_index(self, t, replies=0):
        ft = int((t.timestamp() + 11644473600) * 10 ** 7)
        head = struct.pack('>Q', ft)[:6]
        raw = head + bytes(self.rng.randrange(256) for _ in range(16))
        for _ in range(replies):
            raw += bytes(self.rng.randrange(256) for _ in range(5))
        return base64.b64encode(raw).decode()

    def pick(self, seq):
        return self.rng.choice(seq)

    def hex(self, n, upper=False):
        return util.hexs(self.rng, n, upper)
