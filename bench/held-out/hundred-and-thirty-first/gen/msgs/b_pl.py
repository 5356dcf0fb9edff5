# -*- coding: utf-8 -*-
"""business/ 22-26 (Polish)."""
import base64
import hashlib

from .common import *

PL_NIP = U.pl_nip('779284163')


def homepl(client_ip='83.24.117.9', client_rdns='abpm9.neoplus.adsl.tpnet.pl'):
    return HomePl(domain='partner-logistik.pl', client_ip=client_ip, client_rdns=client_rdns,
                  org='Partner Logistik sp. z o.o.')


# ---------------------------------------------------------------------------------------------- 22
@msg('business', '22-pl-partner-logistik-faktura-ksef-qr')
def _(m):
    m.when = ('2026-11-03 13:12:45', 'PL')
    m.frm = ('Księgowość Partner Logistik', 'ksiegowosc@partner-logistik.pl')
    m.to = [P('piotr.kaminski')]
    m.subject = 'Faktura FV/2026/11/0388 - Partner Logistik sp. z o.o.'
    m.system = homepl()
    m.msgid = '<%s@partner-logistik.pl>' % rhex(m.rng, 32)
    gross_gr = 841283
    zbp = '%s|PL|%s|%06d|Partner Logistik sp. z o.o.|FV/2026/11/0388|||' % (PL_NIP, PARTNER_IBAN[2:], gross_gr)
    inv_hash = base64.urlsafe_b64encode(hashlib.sha256(b'FV/2026/11/0388' + PL_NIP.encode()).digest()).decode().rstrip('=')
    ksef_url = 'https://ksef.mf.gov.pl/client-app/invoice/%s/03-11-2026/%s' % (PL_NIP, inv_hash)
    ksef_no = '%s-20261103-3C9E1A7B5F24-A6' % PL_NIP
    pdf = letter_pdf(m, 'PARTNER LOGISTIK', ['Partner Logistik sp. z o.o. · ul. Głogowska 218 · 60-104 Poznań',
                                             'NIP %s · BDO 000412873 · tel. +48 61 842 19 40' % PL_NIP],
                     ['Nabywca:', 'Example Group Diagnostyka sp. z o.o.', 'ul. Legnicka 55, 54-203 Wrocław',
                      'NIP %s' % ENT['PL']['ids'][0][1]],
                     'Poznań, 03.11.2026', 'Faktura VAT FV/2026/11/0388',
                     ['Numer KSeF: %s · Data sprzedaży: 31.10.2026 · Termin płatności: 17.11.2026 (przelew)' % ksef_no],
                     table=(['Lp.', 'Nazwa usługi', 'Ilość', 'Netto zł', 'VAT', 'Brutto zł'],
                            [['1', 'Odbiór materiału z placówek, Poznań-Zachód', '22 dni', '4 180,00', '23%', '5 141,40'],
                             ['2', 'Transport próbek do lab. Wrocław (2–8 °C)', '22 kursy', '2 310,00', '23%', '2 841,30'],
                             ['3', 'Opłata paliwowa', '1', '349,70', '23%', '430,13'],
                             ('**', '', 'Razem', '', '6 839,70', '1 573,13', '8 412,83')],
                            [46, 70, 330, 410, 450, 552], ['l', 'l', 'r', 'r', 'r', 'r']),
                     qr_payload=zbp, qr_caption=['Zapłać kodem QR', 'w aplikacji banku', 'Kwota: 8 412,83 zł'],
                     qr_where='PDF image (ZBP payment QR)',
                     qr2=(ksef_url, ['KOD I – weryfikacja', 'faktury w KSeF', 'OFFLINE: nie dotyczy'], 'PDF image (KSeF verification URL, KOD I)'),
                     footer=['Rachunek: mBank S.A. %s · Wizualizacja faktury ustrukturyzowanej wystawionej w KSeF.' % U.nrb(PARTNER_IBAN),
                             'Partner Logistik sp. z o.o., KRS 0000571904, kapitał zakładowy 250 000 zł'],
                     producer='wFirma.pl', creator='wFirma.pl', author='Partner Logistik sp. z o.o.',
                     color=(0.75, 0.33, 0.05))
    text = ('Dzień dobry,\n\n'
            'w załączeniu przesyłamy wizualizację faktury FV/2026/11/0388 za usługi transportowe w październiku. '
            'Faktura została wystawiona w KSeF (numer %s) i jest dostępna w Państwa module odbiorcy KSeF.\n\n'
            'Kwota do zapłaty: 8 412,83 zł brutto, termin płatności 17.11.2026, rachunek bez zmian (mBank).\n\n'
            'Pozdrawiamy\nDział Księgowości\nPartner Logistik sp. z o.o.\nul. Głogowska 218, 60-104 Poznań\n'
            'tel. +48 61 842 19 44\n') % ksef_no
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /></head><body '
            'style=\'font-size: 10pt; font-family: Verdana,Geneva,sans-serif\'>\n' + paras_html(text) + '\n</body></html>\n')
    body = alt(m.rng, text, html, 'roundcube', charset='UTF-8', cte='quoted-printable', flowed=True)
    m.root = mixed(m.rng, 'roundcube', [body, attachment(pdf, 'application/pdf', 'FV_2026_11_0388.pdf', style='plain')])
    m.fact('id', ksef_no, 'KSeF number')
    m.hard_negative_of = (['22-pl-partner-logistik-zmiana-rachunku', '23-pl-ksef-faktura-do-akceptacji'],
                          'Real partner-logistik.pl on home.pl, invoice issued in KSeF with KOD I verification QR, payment QR '
                          'to the known mBank account, states that the account is unchanged.')
    m.what = 'Genuine logistics invoice: KSeF invoice visualisation with ZBP payment QR and KSeF verification QR (KOD I).'
    m.why = ('partner-logistik.pl via home.pl Roundcube (DKIM pass); invoice in KSeF; account is the known one on the VAT '
             'white list; QR codes match the printed data.')


# ---------------------------------------------------------------------------------------------- 23
@msg('business', '23-pl-zdrowie-plus-zamowienie-xlsx')
def _(m):
    m.when = ('2026-11-27 09:58:21', 'PL')
    m.frm = ('Agnieszka Nowak', 'a.nowak@zdrowieplus.com.pl')
    m.to = [P('katarzyna.wojcik')]
    m.cc = [('Zamówienia Zdrowie Plus', 'zamowienia@zdrowieplus.com.pl')]
    m.subject = 'Zamówienie ZP/2026/11/27 - materiały do pobrań (grudzień)'
    m.system = OVH(domain='zdrowieplus.com.pl', client_ip='89.64.27.118', exch='EX3.mail.ovh.net')
    m.hdr_charset = 'windows-1250'
    m.hdr_enc = 'Q'
    rows = [['Poz.', 'Indeks', 'Nazwa', 'J.m.', 'Ilość', 'Placówka'],
            [1, 'EG-PR-SG5', 'Probówka skrzep/żel 5 ml', 'op. 100', 24, 'Wrocław Krzyki'],
            [2, 'EG-PR-EDTA3', 'Probówka EDTA K2 3 ml', 'op. 100', 30, 'Wrocław Krzyki'],
            [3, 'EG-PR-CIT', 'Probówka cytrynian 2,7 ml', 'op. 100', 8, 'Wrocław Fabryczna'],
            [4, 'EG-IG-21G', 'Igła systemowa 21G', 'op. 100', 40, 'wszystkie'],
            [5, 'EG-POJ-MOCZ', 'Pojemnik na mocz 100 ml', 'op. 50', 20, 'wszystkie'],
            [6, 'EG-WOR-UN3373', 'Worek transportowy UN3373', 'op. 500', 2, 'Wrocław Krzyki'],
            [7, 'EG-SKIER', 'Skierowania laboratoryjne (bloczki)', 'szt.', 60, 'wszystkie']]
    xlsx = make_xlsx([('Zamówienie', rows)], zdt(m, 45), title='Zamówienie ZP/2026/11/27', author='Agnieszka Nowak',
                     created='2026-11-27T07:40:00Z')
    text = ('Dzień dobry Pani Katarzyno,\n\n'
            'w załączeniu przesyłam zamówienie materiałów do pobrań na grudzień dla naszych trzech placówek (plik '
            'Excel). Prosimy jak zwykle o dostawę razem z kurierem odbierającym próbki, najpóźniej do 4 grudnia.\n\n'
            'Dodatkowo prosimy o 60 bloczków skierowań z nowym wzorem (z kodem kreskowym) – jeśli są już dostępne.\n\n'
            'Pozdrawiam serdecznie\nAgnieszka Nowak\nKierownik ds. Zaopatrzenia\n'
            'Przychodnia Zdrowie Plus sp. z o.o.\nul. Powstańców Śląskich 95, 53-332 Wrocław\ntel. 71 782 40 15\n')
    html = outlook_html(text, lang='PL', charset='windows-1250')
    body = alt(m.rng, text, html, 'outlook', charset='windows-1250', cte='quoted-printable', server='EX3mailovhnet')
    m.root = mixed(m.rng, 'outlook', [body, attachment(xlsx, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
                                                       'Zamowienie_ZP_2026_11_27.xlsx', style='rfc2047')],
                   server='EX3mailovhnet')
    m.hard_negative_of = (['31-es-pedido-falso-iso'],
                          'Customer order as a plain XLSX from the customer\'s own hosted Exchange, recurring monthly order, '
                          'delivery with the usual courier.')
    m.what = 'Genuine monthly order of specimen-collection supplies from a Polish clinic customer (XLSX attached).'
    m.why = ('OVHcloud hosted Exchange of zdrowieplus.com.pl; recurring order with the clinic\'s own references; '
             'spreadsheet without macros or links.')


# ---------------------------------------------------------------------------------------------- 24
@msg('business', '24-pl-google-forms-wigilia-potwierdzenie')
def _(m):
    m.when = ('2026-11-20 12:14:03', 'PL')
    m.frm = ('Formularze Google', 'forms-receipts-noreply@google.com')
    m.to = [P('piotr.kaminski')]
    title = 'Wigilia firmowa 2026 – Wrocław – zapisy'
    m.subject = 'Dziękujemy za wypełnienie formularza „%s”' % title
    env = '3%s@forms-receipts-noreply.bounces.google.com' % ralnum(m.rng, 22, B62)
    m.system = google_service('google.com', env)
    m.msgid = '<%s@google.com>' % rhex(m.rng, 22).upper()
    edit = 'https://docs.google.com/forms/d/e/1FAIpQLSd3mK8vQ2xR7tB1nL9pZ4wC6yD0aH2sF5gK8uE1iO7rT3yQa/viewform?edit2=2_ABaOnud9kQ3xV7mP1tR5wY8zL2cN4bF6hJ0sD3gA9eK1uI7oX5qT'
    html = ('<html><body style="font-family:Roboto,Arial,sans-serif;background:#f0ebf8">'
            '<table width="640" align="center" cellpadding="0" cellspacing="0" style="background:#fff;border-top:10px solid #0f9d58">'
            '<tr><td style="padding:24px">'
            '<p style="font-size:14px">Dziękujemy za wypełnienie formularza <b>%s</b></p>'
            '<p style="font-size:14px">Oto otrzymane odpowiedzi:</p>'
            '<div style="border:1px solid #dadce0;border-radius:8px;padding:16px;font-size:14px">'
            '<div style="font-size:20px">%s</div>'
            '<p>Spotkanie wigilijne biura we Wrocławiu: piątek 18.12.2026, godz. 15:00, restauracja przy ul. Świdnickiej. '
            'Prosimy o zapisy do 27.11. – Katarzyna</p>'
            '<p><b>Imię i nazwisko</b><br>Piotr Kamiński</p>'
            '<p><b>Czy będziesz obecny/obecna?</b><br>Tak</p>'
            '<p><b>Osoba towarzysząca</b><br>Nie</p>'
            '<p><b>Preferencje dietetyczne</b><br>Wegetariańskie</p></div>'
            '<p style="margin-top:18px"><a href="%s" style="color:#0f9d58">Edytuj odpowiedź</a></p>'
            '<p style="font-size:11px;color:#70757a">Formularz utworzony przez: katarzyna.wojcik.eg@gmail.com. '
            '<a href="https://policies.google.com/terms" style="color:#70757a">Warunki korzystania z usługi</a></p>'
            '</td></tr></table></body></html>\n') % (esc(title), esc(title), edit)
    m.root = alt(m.rng, html2text(html), html, 'gmail', charset='UTF-8', cte='quoted-printable')
    m.hard_negative_of = (['24-pl-google-forms-callback-microsoft'],
                          'Same Google Forms receipt mechanism, but for a form the recipient actually filled in (office '
                          'Christmas party), no phone number, no payment.')
    m.what = 'Genuine Google Forms response receipt: colleague registered for the Wrocław office Christmas party.'
    m.why = ('Google infrastructure; content is the recipient\'s own answers to an internal event form created by the '
             'office manager; nothing financial.')


# ---------------------------------------------------------------------------------------------- 25
@msg('business', '25-pl-santander-ibiznes24-wiadomosc')
def _(m):
    m.when = ('2026-12-07 07:30:12', 'PL')
    m.frm = ('Santander Bank Polska', 'powiadomienia@ibiznes24.santander.pl')
    m.to = [P('piotr.kaminski')]
    m.subject = 'iBiznes24: nowa wiadomość od banku'
    m.system = PostfixRelay(host='mx-out2.santander.pl', ip='192.0.2.120', domain='santander.pl', zone='PL', client='app',
                            app_host='ib24-notify01.int.santander.pl', app_ip='10.82.14.61', dkim_sel='ib24',
                            dkim_domain='ibiznes24.santander.pl')
    text = ('Szanowni Państwo,\n\n'
            'w systemie iBiznes24 czeka na Państwa nowa wiadomość od banku:\n\n'
            'Temat: Zmiana Taryfy opłat i prowizji dla klientów firmowych od 01.02.2027\n'
            'Firma: EXAMPLE GROUP DIAGNOSTYKA SP. Z O.O.\n\n'
            'Aby ją przeczytać, zaloguj się do iBiznes24, wpisując samodzielnie adres strony banku w przeglądarce lub '
            'korzystając z aplikacji iBiznes24 mobile.\n\n'
            'Pamiętaj: bank nigdy nie wysyła linków do logowania ani załączników z prośbą o autoryzację przelewów.\n\n'
            'Z poważaniem\nSantander Bank Polska S.A.\n\n'
            'Wiadomość wygenerowana automatycznie, prosimy na nią nie odpowiadać.\n')
    html = ('<html><body style="font-family:Arial,sans-serif;font-size:13px;color:#222"><table width="600" cellpadding="0" '
            'cellspacing="0"><tr><td style="background:#ec0000;color:#fff;padding:12px 18px;font-size:17px">Santander</td></tr>'
            '<tr><td style="padding:18px">' + paras_html(text) + '</td></tr></table></body></html>\n')
    m.root = alt(m.rng, text, html, 'java', charset='ISO-8859-2', cte='quoted-printable')
    m.hard_negative_of = (['25-pl-ipko-biznes-zalacznik-html'],
                          'Bank notification without link or attachment, from the bank\'s own domain with DKIM, telling the '
                          'customer to log in on their own.')
    m.what = 'Genuine corporate-banking notification (iBiznes24): new message about the 2027 fee schedule.'
    m.why = ('Bank\'s own outbound relay, DKIM ibiznes24.santander.pl aligned with santander.pl; no link, no attachment, '
             'no request.')


# ---------------------------------------------------------------------------------------------- 26
@msg('business', '26-pl-partner-logistik-ostrzezenie-eml')
def _(m):
    m.when = ('2026-11-12 15:41:27', 'PL')
    m.frm = ('Tadeusz Zieliński', 't.zielinski@partner-logistik.pl')
    m.to = [P('piotr.kaminski')]
    m.cc = [P('katarzyna.wojcik')]
    m.subject = 'UWAGA: fałszywe maile o zmianie naszego rachunku (partner-logistlk.pl)'
    m.system = homepl(client_ip='83.24.117.9', client_rdns='abpm9.neoplus.adsl.tpnet.pl')
    m.msgid = '<%s@partner-logistik.pl>' % rhex(m.rng, 32)
    fake_iban = U.iban_pl(U.pl_sortcode('1050101'), '2294000000613857')
    ftext = ('Dzień dobry,\n\n'
             'uprzejmie informujemy, że od dnia 16.11.2026 r. wszelkie płatności na rzecz Partner Logistik sp. z o.o. '
             'prosimy kierować wyłącznie na nowy rachunek w ING Banku Śląskim:\n\n%s\n\n'
             'Rachunek został zgłoszony do białej listy; aktualizacja może potrwać do 14 dni roboczych.\n\n'
             'Z poważaniem\nTadeusz Zieliński\nPartner Logistik sp. z o.o.\n') % U.nrb(fake_iban)
    fake_root = text_part(ftext, 'plain', 'UTF-8', 'quoted-printable')
    fake = simple_message([
        ('Return-Path', '<t.zielinski@partner-logistlk.pl>'),
        ('__raw', 'Received: from mail-ej1-f52.google.com (mail-ej1-f52.google.com [209.85.218.52])\n\tby mx.hurtmed-poznan.pl (Postfix) with ESMTPS id 4cPq7Xk2Lmz1R8t\n\tfor <ksiegowosc@hurtmed-poznan.pl>; Mon, 9 Nov 2026 09:36:40 +0100 (CET)'),
        ('From', '=?UTF-8?Q?Tadeusz_Zieli=C5=84ski?= <t.zielinski@partner-logistlk.pl>'),
        ('To', 'ksiegowosc@hurtmed-poznan.pl'),
        ('Subject', '=?UTF-8?Q?Zmiana_rachunku_bankowego_=E2=80=93_Partner_Logistik_sp=2E_z_o=2Eo=2E?='),
        ('Date', 'Mon, 9 Nov 2026 09:36:14 +0100'),
        ('Message-ID', '<CAL%s@mail.gmail.com>' % ralnum(m.rng, 48, B62))], fake_root)
    text = ('Dzień dobry Panie Piotrze,\n\n'
            'ostrzegamy wszystkich naszych klientów i partnerów: od poniedziałku ktoś rozsyła w naszym imieniu maile '
            'o „zmianie rachunku bankowego” z fałszywej domeny partner-logistlk.pl (z literą „l” zamiast „i”). '
            'Jeden z naszych klientów przesłał nam taką wiadomość – załączam ją w oryginale (plik .eml) do '
            'przekazania Państwa działowi IT.\n\n'
            'Nasz rachunek w mBanku NIE uległ zmianie i jest widoczny na białej liście. Gdyby kiedykolwiek miał się '
            'zmienić, poinformujemy pisemnie i telefonicznie. W razie wątpliwości proszę dzwonić na numer '
            'stacjonarny +48 61 842 19 40.\n\n'
            'Sprawę zgłosiliśmy na CERT Polska (incydent.cert.pl) oraz na policję.\n\n'
            'Z poważaniem\nTadeusz Zieliński\nKierownik ds. Rozliczeń\nPartner Logistik sp. z o.o.\n'
            'ul. Głogowska 218, 60-104 Poznań\n')
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /></head><body '
            'style=\'font-size: 10pt; font-family: Verdana,Geneva,sans-serif\'>\n' + paras_html(text) + '\n</body></html>\n')
    body = alt(m.rng, text, html, 'roundcube', charset='UTF-8', cte='quoted-printable')
    m.root = mixed(m.rng, 'roundcube', [body, rfc822(fake, 'Zmiana rachunku bankowego - FALSZYWY.eml')])
    m.fact('phone', '+48 61 842 19 40', 'Partner Logistik landline (known)')
    m.hard_negative_of = (['22-pl-partner-logistik-zmiana-rachunku'],
                          'A genuine warning from the real partner that carries the fraudulent mail (with the mule account) '
                          'as an attached .eml for the IT team.')
    m.what = 'Genuine warning from the logistics partner about fake bank-change mails, with the fraudulent message attached (.eml).'
    m.why = ('From the real partner-logistik.pl via home.pl; says the account has NOT changed; the criminal IBAN only '
             'appears inside the forwarded evidence; reported to CERT Polska.')
