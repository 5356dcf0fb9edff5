"""Genuine messages 22-26 (Polish)."""
import base64
import datetime as _dt
import hashlib

import archives
import docs
import plat
from company import PARTNER as PL_, DREWPAK as DP, OFFICES, who, ACC
from idcheck import group4
from mime import plain, html, alt, mixed, attachment
from mk import ol_html, ol_paras, esc, para_html, flow, tb_quote
from spec import message
from systems import HomePl, Ovh
from util import rhex, rdigits

NIP = OFFICES['PL']['ids'][0][1]
PL_SELLER = dict(name='Partner Logistik sp. z o.o.', tagline=['Magazynowanie · cross-docking · dystrybucja PL/CZ/SK'],
                 lines=['ul. Logistyczna 8', '95-010 Stryków', 'NIP ' + PL_['nip'], 'tel. +48 42 719 55 30'])


# ------------------------------------------------------------------------------------------------ 22
@message('business', 22, 'pl', 'partner-logistik-awizacja-stany-xlsx')
def b22(s):
    s.sent('2026-11-27 14:12:38', 'PL')
    s.frm = PL_['people']['zielinski'][:2]
    s.to = [who('agnieszka.wojcik')]
    s.subject = 'Re: Awizacja dostawy 02.12 + stany magazynowe na 27.11'
    s.replies = 1
    s.in_reply_to = s.mid_ref('example.com', 'exchange')
    s.references = s.in_reply_to
    s.phones = ['+48 601 448 217']
    rows = [[('b', 'Indeks'), ('b', 'Opis'), ('b', 'Bębny'), ('b', 'Metry'), ('b', 'Lokalizacja')],
            ['YKY-5x16', 'YKY 5x16 mm2 0,6/1 kV', 6, 3000, 'A-12-03'],
            ['YAKXS-4x120', 'YAKXS 4x120 mm2 0,6/1 kV', 4, 2000, 'A-14-01'],
            ['XRUHAKXS-240', 'XRUHAKXS 1x240/50 mm2 12/20 kV', 3, 1500, 'B-02-07'],
            ['YDY-3x2,5', 'YDYp 3x2,5 mm2 450/750 V', 40, 4000, 'C-05-11']]
    x = archives.make_xlsx([('Stany 27.11', rows, [16, 34, 8, 10, 12])], s.zip_time(30)[:6], title='Stany magazynowe',
                           creator='Tadeusz Zielinski', company='Partner Logistik sp. z o.o.')
    q = ("Dzień dobry Panie Tadeuszu,\n\nproszę o potwierdzenie okna rozładunku na 02.12 (2 auta z Bydgoszczy, "
         "razem 26 bębnów) i aktualne stany na koniec tygodnia.\n\nPozdrawiam\nAgnieszka Wójcik")
    text = ("Dzień dobry Pani Agnieszko,\n\npotwierdzam awizację na 02.12: rampa 4, okna 07:00 i 09:30. Proszę o "
            "numery rejestracyjne aut dzień wcześniej.\n\nW załączniku stany magazynowe na dziś (plik Excel jak "
            "zwykle). Bębny zwrotne z października odebrał już Drewpak.\n\nPozdrawiam\nTadeusz Zieliński\n"
            "Kierownik magazynu\nPartner Logistik sp. z o.o.\nul. Logistyczna 8, 95-010 Stryków\ntel. +48 601 448 217\n")
    quote = tb_quote('pl', s.t0 - _dt.timedelta(hours=3), 'PL', 'Agnieszka Wójcik', q)
    s.body = mixed(plain(flow(text) + quote, 'UTF-8', '8bit', flowed=True, label='UTF-8'),
                   attachment('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', x, 'Stany_magazynowe_2026-11-27.xlsx'))
    s.system = HomePl(PL_['server'], PL_['ip'], client='thunderbird')
    s.what = 'Logistics partner confirms unloading slots for 02.12 and attaches the weekly stock list (XLSX).'
    s.why = 'Genuine reply in an existing thread from the partner\'s real home.pl mailbox (DKIM pass), expected weekly XLSX attachment, concrete operational details, no links.'
    s.pair = ['23-pl-partner-logistik-hijack-onedrive.eml']
    s.pair_topic = 'Partner Logistik documents: genuine reply with attached XLSX vs. the same compromised mailbox mass-sending a OneDrive link'


# ------------------------------------------------------------------------------------------------ 23
@message('business', 23, 'pl', 'partner-logistik-faktura-ksef-qr')
def b23(s):
    s.sent('2026-12-01 09:41:15', 'PL')
    s.frm = PL_['people']['ksieg'][:2]
    s.to = [who('pawel.kaminski')]
    s.subject = 'Faktura FV/2026/11/0481 - Partner Logistik (KSeF)'
    s.hcharset, s.henc, s.hlabel = 'windows-1250', 'Q', 'windows-1250'
    s.phones = ['+48 42 719 55 31']
    acc = PL_['acc']
    gross = 8631.65
    ksef_no = '%s-20261130-%s-%s' % (PL_['nip'], rhex(s.rng, 12).upper(), rhex(s.rng, 2).upper())
    h = base64.urlsafe_b64encode(hashlib.sha256(('FA(3)|%s|FV/2026/11/0481|%.2f' % (PL_['nip'], gross)).encode()).digest()).decode().rstrip('=')
    ksef_url = 'https://qr.ksef.mf.gov.pl/invoice/%s/30-11-2026/%s' % (PL_['nip'], h)
    pay = docs.zbp_qr(PL_['nip'], acc['iban'][2:], int(round(gross * 100)), 'PARTNER LOGISTIK', 'FV/2026/11/0481')
    text = ("Dzień dobry,\n\nw załączeniu wizualizacja faktury FV/2026/11/0481 za usługi magazynowe w listopadzie. "
            "Faktura została wystawiona w KSeF (nr KSeF %s) i jest dostępna do pobrania w Państwa systemie.\n\n"
            "Termin płatności: 30.12.2026, rachunek bez zmian (PKO BP).\n\n"
            "Z poważaniem\nDział Księgowości\nPartner Logistik sp. z o.o.\ntel. +48 42 719 55 31\n" % ksef_no)
    pdfb = docs.document(
        s, seller=PL_SELLER,
        buyer_lines=['Nabywca:', 'EXAMPLE KABLE POLSKA SP. Z O.O.', 'ul. Przemysłowa 14', '85-758 Bydgoszcz', 'NIP ' + NIP],
        title='Faktura VAT FV/2026/11/0481',
        meta=[('Data wystawienia', '30.11.2026'), ('Data sprzedaży', '30.11.2026'), ('Termin płatności', '30.12.2026'),
              ('Numer KSeF', ksef_no[:24] + '…')],
        columns=[('Lp.', 25, 'l'), ('Nazwa usługi', 250, 'l'), ('Ilość', 55, 'r'), ('Cena netto', 80, 'r'), ('Wartość netto', 85, 'r')],
        rows=[['1', 'Składowanie bębnów kablowych - miejsca paletowe/bębnowe 11/2026', '184', '21,50', '3 956,00'],
              ['2', 'Obsługa przyjęć i wydań (operacje magazynowe)', '212', '12,80', '2 713,60'],
              ['3', 'Cross-docking - przeładunek dostaw CZ/SK', '6', '58,00', '348,00']],
        totals=[('Razem netto', '7 017,60 PLN', False), ('VAT 23%', '1 614,05 PLN', False), ('Do zapłaty', '8 631,65 PLN', True)],
        notes=['Płatność przelewem na rachunek: %s, %s (BIC %s). W tytule prosimy podać numer faktury.' % (acc['bank'], group4(acc['iban']), acc['bic']),
               'Wizualizacja faktury ustrukturyzowanej wystawionej w Krajowym Systemie e-Faktur. Kod QR KSeF umożliwia weryfikację faktury.'],
        qr=(ksef_url, 'KSeF\n' + ksef_no[:20] + '\n' + ksef_no[20:]),
        extra_qr=(pay, 'Zapłać kodem QR', 453, 585, 78),
        footer=['Partner Logistik sp. z o.o. · ul. Logistyczna 8 · 95-010 Stryków · KRS 0000712946 · NIP ' + PL_['nip'] + ' · kapitał zakładowy 500 000 zł'],
        producer='Comarch ERP Optima', creator='Comarch ERP Optima', author='', lang='pl-PL', color=(0.0, 0.35, 0.2))
    s.body = mixed(alt(plain(text, 'windows-1250', 'quoted-printable'),
                       html(ol_html(ol_paras(text), 'windows-1250', 'PL'), 'windows-1250', 'quoted-printable')),
                   attachment('application/pdf', pdfb, 'FV_2026_11_0481.pdf'))
    s.system = HomePl(PL_['server'], PL_['ip'], client='outlook')
    s.what = 'Partner Logistik\'s accounting sends the visualisation of its November warehouse invoice issued in KSeF, with the KSeF verification QR and a ZBP payment QR.'
    s.why = 'Genuine invoice from the partner\'s real domain, invoice number and KSeF number consistent, unchanged PKO BP account, KSeF QR points to qr.ksef.mf.gov.pl, 30-day term; no login request.'
    s.pair = ['22-pl-ksef-certyfikat-mailgun.eml']
    s.pair_topic = 'KSeF e-invoicing: genuine KSeF invoice with verification QR vs. fake "certificate expired" KSeF notice'


# ------------------------------------------------------------------------------------------------ 24
@message('business', 24, 'pl', 'drewpak-oferta-bebny-2027')
def b24(s):
    s.sent('2026-12-04 10:27:09', 'PL')
    s.frm = DP['people']['nowicki'][:2]
    s.to = [who('agnieszka.wojcik')]
    s.cc = [who('markus.koehler')]
    s.subject = 'Oferta na bębny kablowe 2027 oraz rozliczenie kaucji za 2026'
    s.hcharset, s.henc, s.hlabel = 'windows-1250', 'Q', 'windows-1250'
    s.phones = ['+48 56 462 71 14']
    text = ("Dzień dobry,\n\nw załączeniu przesyłam ofertę na bębny kablowe na 2027 rok (bez zmian konstrukcyjnych, "
            "ceny wyższe średnio o 3,5% ze względu na drewno sosnowe) oraz zestawienie kaucji za 2026.\n\n"
            "Według naszych danych do zwrotu pozostało 37 bębnów typu 1400/1600; kaucję za zwrócone bębny "
            "rozliczymy notą uznaniową w grudniu.\n\nZ poważaniem\nMarek Nowicki\nDział sprzedaży\n"
            "Drewpak Bębny Kablowe sp. z o.o.\nul. Tartaczna 5, 86-300 Grudziądz\ntel. +48 56 462 71 14\n")
    pdfb = docs.document(
        s, seller=dict(name='Drewpak Bębny Kablowe sp. z o.o.', tagline=['Bębny kablowe drewniane · certyfikat IPPC/ISPM 15'],
                       lines=['ul. Tartaczna 5', '86-300 Grudziądz', 'NIP ' + DP['nip']]),
        buyer_lines=['EXAMPLE KABLE POLSKA SP. Z O.O.', 'ul. Przemysłowa 14', '85-758 Bydgoszcz'],
        title='OFERTA nr OF/2026/12/044 - bębny kablowe 2027',
        meta=[('Data', '04.12.2026'), ('Ważność', '31.12.2027'), ('Płatność', '30 dni')],
        columns=[('Typ bębna', 80, 'l'), ('Wymiary (średnica/szer.)', 190, 'l'), ('Nośność', 70, 'r'), ('Cena netto', 75, 'r'), ('Kaucja', 80, 'r')],
        rows=[['1000', '1000 / 710 mm, ISPM 15', '900 kg', '168,00 zł', '120,00 zł'],
              ['1400', '1400 / 900 mm, ISPM 15', '2 000 kg', '342,00 zł', '250,00 zł'],
              ['1600', '1600 / 1000 mm, ISPM 15', '3 000 kg', '455,00 zł', '320,00 zł'],
              ['2000', '2000 / 1200 mm, ISPM 15, wzmocniony', '5 000 kg', '780,00 zł', '550,00 zł']],
        totals=[('Zwrot kaucji 2026 (zwrócone: 212 szt.)', 'nota w 12/2026', False), ('Pozostało do zwrotu', '37 szt.', True)],
        notes=['Rachunek bankowy bez zmian: %s, %s.' % (DP['acc']['bank'], group4(DP['acc']['iban'])),
               'Transport bębnów zwrotnych: odbiór z Bydgoszczy oraz z magazynu Partner Logistik w Strykowie.'],
        footer=['Drewpak Bębny Kablowe sp. z o.o. · ul. Tartaczna 5 · 86-300 Grudziądz · KRS 0000394117 · NIP ' + DP['nip']],
        producer='Microsoft® Word 2016', creator='Microsoft® Word 2016', author='Marek Nowicki', lang='pl-PL', color=(0.4, 0.25, 0.1))
    s.body = mixed(alt(plain(text, 'windows-1250', 'quoted-printable'),
                       html(ol_html(ol_paras(text), 'windows-1250', 'PL'), 'windows-1250', 'quoted-printable')),
                   attachment('application/pdf', pdfb, 'Oferta_Drewpak_2027.pdf'))
    s.system = Ovh()
    s.what = 'Cable-drum supplier Drewpak sends its 2027 price offer and the 2026 deposit statement as PDF.'
    s.why = 'Known supplier from its own domain via its OVH mail service, annual offer with realistic drum types and deposits, bank account explicitly unchanged, no links; contrast to the fake debt-collection letter in Drewpak\'s name.'
    s.pair = ['26-pl-wezwanie-do-zaplaty-pdf-link.eml', '25-pl-zapytanie-ofertowe-zip-exe.eml']
    s.pair_topic = 'Drewpak / trade documents: genuine offer PDF vs. fake payment demand in Drewpak\'s name and fake RFQ'


# ------------------------------------------------------------------------------------------------ 25
@message('business', 25, 'pl', 'mbank-companynet-powiadomienie-wplyw')
def b25(s):
    s.sent('2026-11-19 08:05:33', 'PL')
    s.frm = ('mBank CompanyNet', 'powiadomienia@mbank.pl')
    s.to = [who('pawel.kaminski')]
    s.subject = 'CompanyNet - powiadomienie o uznaniu rachunku'
    acc = ACC['PL_MBANK']['iban']
    text = ("Szanowni Państwo,\n\ninformujemy, że w dniu 19.11.2026 rachunek %s (EXAMPLE KABLE POLSKA SP. Z O.O.) "
            "został uznany kwotą 48 226,40 PLN.\n\nNadawca: ELEKTRO-HURT BYDGOSZCZ SP. J.\nTytuł: FV/PL/2026/10/0317 "
            "FV/PL/2026/10/0322\n\nSzczegóły operacji znajdą Państwo w systemie CompanyNet. mBank nigdy nie wysyła "
            "linków do logowania - do systemu prosimy logować się wyłącznie poprzez samodzielnie wpisany adres "
            "companynet.mbank.pl.\n\nTo powiadomienie zostało wygenerowane automatycznie. Prosimy na nie nie odpowiadać.\n\n"
            "mBank S.A., ul. Prosta 18, 00-850 Warszawa\n" % ('**** **** **** ' + acc[-4:]))
    s.body = plain(text, 'iso-8859-2', 'quoted-printable')
    s.system = plat.cisco_esa('esa3.mbank.pl', '198.51.100.72', 'mbank.pl', 'mb2025', 'PL', 'cn-notify02.mbank.pl',
                              'mBank notification service behind Cisco Secure Email (esa3.mbank.pl [198.51.100.72])',
                              env='bounce-cn@mbank.pl')
    s.what = 'mBank CompanyNet notification of an incoming customer payment (48 226,40 PLN) to the Polish office\'s account.'
    s.why = 'Genuine bank notice from mbank.pl behind the bank\'s Cisco ESA (DKIM/DMARC pass), plain text, masked account, no links, explicitly tells users to type the address themselves.'
    s.pair = ['24-pl-mbank-companynet-sendgrid-zwsp.eml']
    s.pair_topic = 'mBank CompanyNet: genuine notification vs. look-alike phishing with zero-width characters'


# ------------------------------------------------------------------------------------------------ 26
@message('business', 26, 'pl', 'e-doreczenia-nowa-korespondencja')
def b26(s):
    s.sent('2026-10-12 12:40:21', 'PL')
    s.frm = ('e-Doręczenia', 'powiadomienia@edoreczenia.gov.pl')
    s.to = [who('pawel.kaminski')]
    s.subject = 'Otrzymałeś nową korespondencję w skrzynce do doręczeń elektronicznych'
    text = ("Dzień dobry,\n\ndo skrzynki do doręczeń elektronicznych o adresie AE:PL-51786-11520-EHIUW-29 "
            "(EXAMPLE KABLE POLSKA SP. Z O.O.) wpłynęła nowa korespondencja.\n\nNadawca: Drugi Urząd Skarbowy w "
            "Bydgoszczy\nData nadania: 12.10.2026 12:38\n\nAby odebrać korespondencję, zaloguj się do skrzynki na "
            "stronie https://www.gov.pl/web/e-doreczenia lub w aplikacji mObywatel.\n\n"
            "Pamiętaj: korespondencję uznaje się za doręczoną po upływie 14 dni od jej wpłynięcia, nawet jeśli jej "
            "nie odbierzesz.\n\nTa wiadomość została wysłana automatycznie. Nie odpowiadaj na nią.\n\n"
            "Ministerstwo Cyfryzacji, ul. Królewska 27, 00-060 Warszawa\n")
    s.body = alt(plain(text, 'utf-8', 'quoted-printable'),
                 html('<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#1b1b1b"><div style="border-bottom:3px solid #dc143c;padding:10px 0;font-weight:bold">gov.pl &middot; e-Doręczenia</div>'
                      + para_html(text, {'https://www.gov.pl/web/e-doreczenia': 'https://www.gov.pl/web/e-doreczenia'}) + '</body></html>\n',
                      'utf-8', 'quoted-printable'))
    s.system = plat.own_mta('mta-out2.edoreczenia.gov.pl', '198.51.100.48', 'edoreczenia.gov.pl', 'ed2025', 'PL',
                            'e-Doręczenia notification MTA (mta-out2.edoreczenia.gov.pl [198.51.100.48]), DKIM d=edoreczenia.gov.pl',
                            style='java', env='bounce@edoreczenia.gov.pl', inner='ade-notify01')
    s.what = 'e-Doręczenia (official electronic delivery) notifies that the tax office sent a letter to the company\'s delivery box.'
    s.why = 'Genuine government notification from the gov.pl infrastructure with DKIM, correct AE address format, link only to gov.pl / mObywatel, no attachment and no payment request.'
    s.pair = ['26-pl-wezwanie-do-zaplaty-pdf-link.eml', '22-pl-ksef-certyfikat-mailgun.eml', '08-de-abmahnung-bildrechte-dropbox.eml']
    s.pair_topic = 'official/legal correspondence: genuine e-delivery notice vs. fake legal demands (PL, DE copyright notice) and fake KSeF notice'
