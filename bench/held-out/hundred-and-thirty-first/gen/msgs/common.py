# -*- coding: utf-8 -*-
"""Shared imports and document helpers for the message definitions."""
import datetime as dt

from eglib import mime, qr as QR, util as U
from eglib.archive import make_zip, make_xlsx, make_docx, make_iso
from eglib.company import P, S, OWN, ENT, LIEF_OLD, LIEF_NEW, FERRETTI_IBAN, PARTNER_IBAN, BIOREAG_IBAN, MEDISUP_IBAN, LABSNAB
from eglib.compose import (msg, bnd, alt, mixed, related, outlook_html, outlook_quote_html, outlook_quote_text,
                           gmail_html, html2text, paras_html, esc, linkify)
from eglib.mime import text_part, html_part, attachment, multipart, rfc822, Part
from eglib.message import simple_message, thread_index
from eglib.pdf import PDF, wrap, text_width
from eglib.png import banner_png
from eglib.systems import (System, base_headers, ExchangeInternal, PostfixRelay, M365, Google, SES, SendGrid, Mailgun, Brevo, Mailchimp,
                           WebHostPHP, EximCpanel, Zoho, Yandex, MailRu, WPPoczta, Proton, HomePl, OVH, Aruba, Hornet,
                           Platform, DirectMX, dkim)
from eglib.util import fmt_iban, rfc2822, rhex, ralnum, rdigits, ruuid, rb64, B62, local_to_utc, parse_local

fi = fmt_iban

# ------------------------------------------------------------------ recurring systems
def lieferant(client='Thunderbird', ua=None, lan=('192.168.20.41', 'pc-vertrieb04.lieferant.local')):
    return PostfixRelay(host='mail.lieferant-gmbh.de', ip='203.0.113.25', domain='lieferant-gmbh.de', zone='DE',
                        client=client, ua=ua, lan_ip=lan[0], lan_host=lan[1], dkim_sel='mail2026', amavis=True,
                        content_language='de-DE', app_host='erp01.lieferant.local', app_ip='192.168.20.12')


def internal(lang_accept='de-DE, en-US', lang_content='de-DE', client_ip='10.20.31.57'):
    return ExchangeInternal(lang_accept=lang_accept, lang_content=lang_content, client_ip=client_ip)


def ferretti():
    return M365(domain='ferretti-trasporti.it', region='eu2', lang='it-IT', tenant_id='5c2e8f1a-93b4-4d07-a1e6-0f7d22c9b813')


def kreisklinikum():
    return Hornet(domain='kreisklinikum-bergstrasse.de', exch='KKB-EX02.kkb.local', exch_ip='172.18.4.22',
                  gw='KKB-EX01.kkb.local', gw_ip='172.18.4.21', pub_ip='203.0.113.140')


def pdf_date(m, minutes_before=0):
    loc = U.local_dt(m.utc - dt.timedelta(minutes=minutes_before), m.zone)
    off = U.offset_minutes(m.zone, m.utc)
    return "D:%s%s%02d'%02d'" % (loc.strftime('%Y%m%d%H%M%S'), '+' if off >= 0 else '-', abs(off) // 60, abs(off) % 60)


def zdt(m, minutes_before=0):
    loc = U.local_dt(m.utc - dt.timedelta(minutes=minutes_before), m.zone)
    return (loc.year, loc.month, loc.day, loc.hour, loc.minute, loc.second - loc.second % 2)


def qr_part(m, payload, filename, cid=None, where=None, scale=5, ecl='M', style='rfc2231', disposition='inline'):
    png = QR.qr_png(payload, ecl, scale=scale)
    m.qr.append((payload, where or ('inline PNG %s' % filename)))
    return attachment(png, 'image/png', filename, disposition=disposition, cid=cid, style=style)


def letter_pdf(m, org, org_lines, recipient, place_date, title, body, color=(0.12, 0.32, 0.55), table=None,
               footer=None, qr_payload=None, qr_caption=None, producer='', creator='', author='', meta_title='',
               links=None, extra_pages=None, subtitle_lines=None, minutes_before=30, qr_where=None, logo_text=None,
               sign=None, qr2=None):
    d = PDF(title=meta_title or title, author=author, creator=creator, producer=producer,
            date=pdf_date(m, minutes_before), rng=m.rng)
    p = d.page()
    p.rect(0, 806, 595.28, 36, fill=color)
    p.text(42, 818, logo_text or org, 15, True, (1, 1, 1))
    y = 790
    for ln in org_lines:
        p.text(42, y, ln, 7.5, color=(0.35, 0.35, 0.35))
        y -= 9.5
    y = min(y, 752) - 14
    for i, ln in enumerate(recipient):
        p.text(42, y, ln, 10)
        y -= 13
    p.right(553, 740, place_date, 10)
    if subtitle_lines:
        yy = 726
        for ln in subtitle_lines:
            p.right(553, yy, ln, 8.5, color=(0.3, 0.3, 0.3))
            yy -= 11
    y -= 22
    p.text(42, y, title, 12.5, True)
    y -= 24
    for para in body:
        if para.startswith('**'):
            y = p.para(42, y, para[2:], 10, 500, bold=True)
        else:
            y = p.para(42, y, para, 10, 500)
        y -= 6
    if table:
        cols, rows, xs, aligns = table
        p.rect(40, y - 4, 515, 16, fill=(0.92, 0.93, 0.95))
        for c, x, a in zip(cols, xs, aligns):
            (p.right if a == 'r' else p.text)(x, y, c, 8.5, True)
        y -= 18
        for row in rows:
            bold = isinstance(row, tuple) and row and row[0] == '**'
            cells = row[1:] if bold else row
            for c, x, a in zip(cells, xs, aligns):
                (p.right if a == 'r' else p.text)(x, y, c, 8.5, bold)
            y -= 13
        p.line(42, y + 6, 553, y + 6, 0.4, (0.6, 0.6, 0.6))
        y -= 10
    if sign:
        for ln in sign:
            p.text(42, y, ln, 10)
            y -= 13
    if qr_payload:
        mtx = QR.encode(qr_payload, 'M')
        d.add_gray_image('Im1', QR.matrix_gray(mtx))
        size = 118
        qy = max(y - size - 10, 120)
        p.image('Im1', 42, qy, size, size)
        if qr_caption:
            yy = qy + size - 14
            for ln in qr_caption:
                p.text(42 + size + 14, yy, ln, 8.5)
                yy -= 11
        m.qr.append((qr_payload, qr_where or 'PDF image'))
    if qr2:
        payload2, caption2, where2 = qr2
        mtx2 = QR.encode(payload2, 'M')
        d.add_gray_image('Im2', QR.matrix_gray(mtx2))
        size2 = 112
        qy2 = max(y - size2 - 10, 120)
        p.image('Im2', 330, qy2, size2, size2)
        yy = qy2 + size2 - 14
        for ln in caption2:
            p.text(330 + size2 + 10, yy, ln, 7.5)
            yy -= 10
        m.qr.append((payload2, where2))
    for (x, yy, w, h, uri) in (links or []):
        p.link(x, yy, w, h, uri)
    if footer:
        p.line(42, 74, 553, 74, 0.4, (0.6, 0.6, 0.6))
        yy = 62
        for fl in footer:
            for ln in wrap(fl, 7, 510):
                p.text(42, yy, ln, 7, color=(0.35, 0.35, 0.35))
                yy -= 8.5
    for ep in (extra_pages or []):
        pg = d.page()
        yy = 790
        for para in ep:
            yy = pg.para(42, yy, para, 9.5, 505) - 5
    return d.tobytes()


def docusign(region='eu'):
    if region == 'eu':
        host, ip, fr = 'mailfra2.eumail.docusign.net', '185.24.50.97', 'dse@eumail.docusign.net'
    else:
        host, ip, fr = 'mailsea.docusign.net', '64.207.219.135', 'dse_NA4@docusign.net'

    def rec(M):
        return ('Received: from docusign.net (unknown [10.%d.%d.%d])\n\tby %s (Postfix) with ESMTP id %s\n\tfor <%s>; %s' % (
            M.rng.randint(1, 250), M.rng.randint(1, 250), M.rng.randint(1, 250), host,
            rhex(M.rng, 10, True), M.rcpts[0], rfc2822(M.t(1), 'UTC', True)))
    return Platform(host=host, ip=ip, dkims=[('docusign.net', 'mail2')], received=[rec], env_from=fr,
                    order=['Date', 'From', 'Reply-To', 'To', 'Message-ID', 'Subject', 'mime', 'ct', 'extra'],
                    h='From:To:Subject:Date:Message-ID:Reply-To:MIME-Version:Content-Type')


def google_service(dkim_d, env_from):
    return Google(mode='service', dkim_d=dkim_d, env_from=env_from)


class IONOS(System):
    """IONOS (1&1) mail relay: mrelayeu.kundenserver.de -> mout.kundenserver.de."""
    kind = 'ionos'

    def build(self, M):
        rng = M.rng
        n = rng.randint(101, 115)
        mid = '1M%s-1%s-00%s' % (ralnum(rng, 4), ralnum(rng, 10), ralnum(rng, 4))
        hdrs = [dkim(M, self.domain, 's1-ionos', 'From:To:Subject:Date:Message-ID:MIME-Version:Content-Type',
                     order='vacdsthbhb')]
        hdrs.append(('__raw', 'Received: from [%s] ([%s]) by mrelayeu.kundenserver.de\n (mreue%d [212.227.15.%d]) with ESMTPSA (Nemesis) id %s for\n <%s>; %s' % (
            self.client_lan, self.client_ip, n, rng.randint(160, 190), mid, M.rcpts[0], rfc2822(M.t(1), self.zone))))
        hdrs += self.client_headers(M)
        hdrs.append(('X-Provags-ID', 'V03:K1:' + rb64(rng, 120)))
        hdrs.append(('X-Spam-Flag', 'NO'))
        hdrs.append(('UI-OutboundReport', 'notjunk:1;M01:P0:' + rb64(rng, 12) + ';' + rb64(rng, 180)))
        ip = '212.227.126.%d' % rng.randint(130, 240)
        System.finish(self, M, 'mout.kundenserver.de', 'mout.kundenserver.de', ip, M.frm[1], 'pass', M.t(2))
        return hdrs

    def client_headers(self, M):
        h = base_headers(M, ['From', 'To', 'CC', 'References', 'In-Reply-To', 'Subject', 'Date', 'Message-ID', 'mime', 'ct'])
        h += [('X-Mailer', 'Microsoft Outlook 16.0'), ('Thread-Index', M.thread_index), ('Content-Language', 'es')]
        return h + M.extra
