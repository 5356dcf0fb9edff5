# -*- coding: utf-8 -*-
"""Shared imports and helpers for the message modules."""
import base64
import hashlib

from lib import mime
from lib.mime import Text, Bin, Multi, Rfc822, addr, htext, CRLF, html_outlook, html_owa, html_gmail, html_tb, html_plainish
from lib.mk import message, ctx, assemble, alt, thread_index, brand_html, outlook_boundary, tb_boundary, \
    apple_boundary, py_boundary, php_boundary, default_boundary
from lib.infra import gmail, gmail_sor, outlook_com, m365, exchange_internal, postfix_submission, direct, \
    exim_cpanel, sendgrid, mailgun, brevo, ses, mailchimp, cleverreach, freshmail, gmx, wp_pl, libero, otenet, \
    yandex, mailru, make_msgid, Infra, NL, postfix_qid
from lib.tm import rfc, plus, pdfdate, local_to_utc
from lib.pdf import text_pdf
from lib.qr import qr_png
from lib.zipw import make_zip
from lib import banking
from lib.banking import iban, iban_it, iban_es, iban_pl, iban_be, fmt_iban, ru_account, ru_inn10, bech32_p2wpkh
from data.company import S, STAFF, sig_de

PLACEHOLDER = b'INERT TEST PLACEHOLDER - not executable, contains no code (audit102 evaluation set)\n'


def b64mail(a):
    return base64.b64encode(a.encode()).decode()


def b64url_mail(a):
    return base64.urlsafe_b64encode(a.encode()).decode().rstrip('=')


def tok(seed, n=24, alphabet='abcdefghijklmnopqrstuvwxyz0123456789'):
    h = hashlib.sha256(seed.encode()).digest()
    out = ''
    i = 0
    while len(out) < n:
        out += alphabet[h[i % len(h)] % len(alphabet)]
        i += 1
        if i % len(h) == 0:
            h = hashlib.sha256(h).digest()
    return out


def pdf(c, pages, title, author='', creator='', producer='', zone='CET'):
    return text_pdf(pages, title=title, author=author, creator=creator, producer=producer, date=pdfdate(c.t, zone))


def staff_to(key, charset='utf-8', enc='Q', quote='auto'):
    n, a = S(key)
    return addr(n, a, charset, enc, quote=quote)


def surname_first(key, charset='utf-8', enc='Q'):
    """Exchange GAL style 'Last, First' display name."""
    n, a = S(key)
    parts = n.replace('Dr. ', '').split(' ')
    return addr('%s, %s' % (parts[-1], ' '.join(parts[:-1])), a, charset, enc, quote=True)

# Message-ID of the genuine Ferretti reminder (business/17), quoted by the hijack in attack/20
FERRETTI_REMINDER_MSGID = '<DB9PR08MB7412C6A1F0E39D2B84E5F7A3C91D2@DB9PR08MB7412.eurprd08.prod.outlook.com>'
FERRETTI_REMINDER_SUBJECT = 'Sollecito pagamento fatture scadute - Example Group Italia S.r.l.'

from lib.banking import pl_nip, pl_sort, fmt_nrb
NIP_EXAMPLE_PL = pl_nip('542328179')
NIP_PARTNER = pl_nip('966204518')
IBAN_PARTNER_GENUINE = iban_pl(pl_sort('1020132'), '0000' + '2102' + '0411' + '8837')

from lib.banking import es_cif
CIF_EXAMPLE_ES = es_cif('B', '8841273')

from lib.banking import gr_afm, iban_gr
AFM_EXAMPLE_GR = gr_afm('80211447')

from lib.banking import ru_account_ok
# customs broker (genuine requisites, business/37): OOO "TP Vektor" at PSB
RU_BROKER_INN = ru_inn10('771438221')
RU_BROKER_ACC = ru_account('044525555', '40702810?00000012893')
RU_BROKER_BIK, RU_BROKER_KS = '044525555', '30101810400000000555'
# fraudulent "new" requisites (attack/37) at T-Bank
RU_FAKE_INN = ru_inn10('770146318')
RU_FAKE_ACC = ru_account('044525974', '40702810?10001847733')
RU_FAKE_BIK, RU_FAKE_KS = '044525974', '30101810145250000974'
RU_EXAMPLE_INN = ru_inn10('771521964')
assert ru_account_ok(RU_BROKER_BIK, RU_BROKER_KS, corr=True) and ru_account_ok(RU_FAKE_BIK, RU_FAKE_KS, corr=True)
assert ru_account_ok(RU_BROKER_BIK, RU_BROKER_ACC) and ru_account_ok(RU_FAKE_BIK, RU_FAKE_ACC)

LIEFERANT_OLD_IBAN = iban('DE', '73150000' + '0001044871')
LIEFERANT_NEW_IBAN = iban('DE', '73160000' + '0004287716')
LIEFERANT_SIG = """Lieferant GmbH
Kulturen · Lab · Verpackung für die Molkereiwirtschaft
Industriestraße 7 · 87700 Memmingen
Tel. +49 8331 9247-0 · www.lieferant-gmbh.de
Geschäftsführer: Dipl.-Ing. Robert Maier · HRB 14562 Amtsgericht Memmingen"""


def lieferant_infra(c, user, zone='CET'):
    return postfix_submission(c, 'mail.lieferant-gmbh.de', '217.91.44.18', 'pd9e1a2c7.dip0.t-ipconnect.de', '217.225.162.199',
                              user, client_helo='LG-PC-0%d' % c.r.randint(11, 48), msgid_style='outlook16', domain='lieferant-gmbh.de')


def photo_png(seed, w=240, h=180, kind='cheese'):
    """Small synthetic RGB picture (stands in for a phone photo / screenshot)."""
    import random as _r
    from lib.png import rgb_png
    r = _r.Random(seed)
    spots = [(r.randint(0, w), r.randint(0, h), r.randint(6, 22)) for _ in range(9)]

    def px(x, y):
        if kind == 'cheese':
            base = (238 - y // 12, 214 - y // 10, 140 - x // 20)
            for sx, sy, sr in spots:
                if (x - sx) ** 2 + (y - sy) ** 2 < sr * sr:
                    return (70 + sr, 110, 80)  # greenish mould
            return base
        # screenshot-like: light grey UI with bars
        if y < 22:
            return (40, 90, 160)
        if (y // 18) % 2 == 0 and 10 < x < w - 10:
            return (235, 238, 242)
        return (250, 250, 250)
    return rgb_png(w, h, px)


def postfix_client(c, host, ip, client_rdns, client_ip, user, mua='thunderbird', domain=None, zone='CET', helo=None):
    return postfix_submission(c, host, ip, client_rdns, client_ip, user, client_helo=helo, msgid_style=mua,
                              domain=domain or user.split('@')[1], zone=zone)

FERRETTI_IBAN = iban_it('03069', '12834', '100000007319')
FERRETTI_REMINDER_TEXT = """Gentile Dott. Galli,

dalle nostre verifiche contabili risultano ancora aperte le seguenti fatture, scadute a 60 gg d.f.f.m.:

FT 2026/3318 del 31/07/2026 - EUR 4.812,40
FT 2026/3342 del 31/08/2026 - EUR 5.106,20
FT 2026/3391 del 30/09/2026 - EUR 4.409,00

Totale: EUR 14.327,60

Vi preghiamo di provvedere al saldo entro il 06/11/2026 sul consueto conto Intesa Sanpaolo (IBAN %s). In mancanza del pagamento saremo costretti a sospendere i ritiri programmati a partire dal 09/11.

In allegato l'estratto conto aggiornato. Se il pagamento è già stato disposto, vi preghiamo di considerare nulla la presente e di inviarci la contabile.

Cordiali saluti

Ufficio Amministrazione
Ferretti Trasporti S.p.A.
Via dell'Industria 14 - 42124 Reggio Emilia
Tel. 0522 941 300 - P.IVA 01834560356
""" % fmt_iban(FERRETTI_IBAN)
