"""Message object: per-file deterministic RNG, header fields, recorded facts."""
import random
from . import ident

LANG_NAMES = {'de': 'German', 'en': 'English', 'it': 'Italian', 'pl': 'Polish', 'es': 'Spanish',
              'el': 'Greek', 'ru': 'Russian'}


class Msg:
    def __init__(self, folder, name):
        self.folder = folder
        self.name = name
        self.file = name + '.eml'
        self.rng = random.Random(self.file)
        self.lang = name.split('-')[1]
        self.facts = []
        self.qr_expect = []
        self.frm = None
        self.to = []
        self.cc = []
        self.bcc = []
        self.reply_to = None
        self.subject = ''
        self.t = None
        self.zone = 'DE'
        self.body = None
        self.msgid = None
        self.in_reply_to = None
        self.references = None
        self.extra = []
        self.rcpt = None
        self.meta = {}
        self.attach_desc = []

    # facts -----------------------------------------------------------------
    def fact(self, kind, value, note=''):
        key = (kind, value)
        if key not in [(k, v) for k, v, _ in self.facts]:
            self.facts.append((kind, value, note))
        return value

    def url(self, u, note=''):
        return self.fact('URL', u, note)

    def phone(self, p, note=''):
        return self.fact('Phone', p, note)

    def iban(self, iban, note='', fmt=True):
        s = iban.replace(' ', '')
        if not ident.iban_valid(s):
            raise ValueError('invalid IBAN %s in %s' % (iban, self.name))
        self.fact('IBAN', ident.fmt_iban(s), note)
        return ident.fmt_iban(s) if fmt else s

    def account(self, kind, value, note=''):
        return self.fact(kind, value, note)

    def wallet(self, w, note=''):
        if w.startswith('bc1') and not ident.bech32_valid(w):
            raise ValueError('bad bech32')
        return self.fact('Wallet', w, note)

    def email_fact(self, a, note=''):
        return self.fact('E-mail', a, note)

    def qr(self, payload, note='', where='inline'):
        self.qr_expect.append((where, payload))
        self.fact('QR payload', payload.replace('\n', '\u21b5'), note)
        return payload

    def all_rcpt(self):
        if self.rcpt is not None:
            return self.rcpt
        out = []
        for _, a in list(self.to) + list(self.cc) + list(self.bcc):
            if a.lower().endswith('@example.com') or a.lower().endswith('@examplegroup.eu'):
                if a not in out:
                    out.append(a)
        return out
