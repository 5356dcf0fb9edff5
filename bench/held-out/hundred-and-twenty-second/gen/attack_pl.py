"""Attack messages 22-26 (Polish)."""
import datetime as _dt

import archives
import docs
from company import PARTNER as PL_, DREWPAK as DP, OFFICES, who
from idcheck import pl_iban, group4
from mime import plain, html, alt, mixed, attachment, Leaf
from mk import ol_html, ol_paras, esc, gm_html, para_html, flow
from spec import message
from systems import Mailgun, HomePl, SendGrid, Direct, Gmail
from util import rhex, ralnum, rdigits

NIP = OFFICES['PL']['ids'][0][1]


# ------------------------------------------------------------------------------------------------ 22
@message('attack', 22, 'pl', 'ksef-certyfikat-mailgun')
def a22(s):
    s.sent('2026-11-03 07:21:44', 'PL')
    s.frm = ('Krajowy System e-Faktur', 'powiadomienia@ksef-mf.pl')
    s.to = [who('pawel.kaminski')]
    s.subject = 'KSeF: 3 faktury oczekują na odbiór - wymagane odnowienie certyfikatu KSeF (NIP %s)' % NIP
    url = 'https://ksef-mf.pl/web/certyfikat/odnowienie?nip=%s&sid=%s' % (NIP, rhex(s.rng, 20))
    text = ("Szanowni Państwo,\n\nw Krajowym Systemie e-Faktur oczekują 3 faktury ustrukturyzowane wystawione na "
            "NIP %s (EXAMPLE KABLE POLSKA SP. Z O.O.).\n\n"
            "W związku z przejściem na certyfikaty KSeF w wersji 2.0 certyfikat uwierzytelniający Państwa podmiotu "
            "wygasł 31.10.2026. Do czasu jego odnowienia pobieranie faktur zakupowych oraz wysyłka faktur "
            "sprzedażowych jest zablokowana, co może skutkować sankcjami z art. 106ni ustawy o VAT.\n\n"
            "Odnowienie zajmuje ok. 2 minuty i wymaga potwierdzenia tożsamości Profilem Zaufanym lub bankowością "
            "elektroniczną:\n%s\n\n"
            "Wiadomość została wygenerowana automatycznie, prosimy na nią nie odpowiadać.\n\n"
            "Ministerstwo Finansów\nKrajowa Administracja Skarbowa\nul. Świętokrzyska 12, 00-916 Warszawa\n" % (NIP, url))
    h = ('<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#1b1b1b;background:#f5f5f5">'
         '<table width="620" align="center" cellpadding="0" cellspacing="0" style="background:#fff">'
         '<tr><td style="padding:14px 24px;border-bottom:4px solid #dc143c"><b style="font-size:17px">gov.pl</b> &nbsp;|&nbsp; Krajowy System e-Faktur</td></tr>'
         '<tr><td style="padding:20px 24px">' + para_html(text.split('\n\n', 1)[1].split('\n%s' % url)[0]) +
         '<p><a href="' + esc(url) + '" style="background:#0052a5;color:#fff;padding:10px 22px;text-decoration:none">Odnów certyfikat KSeF</a></p>'
         '<p style="font-size:12px;color:#666">Wiadomość została wygenerowana automatycznie, prosimy na nią nie odpowiadać.<br>'
         'Ministerstwo Finansów &middot; Krajowa Administracja Skarbowa &middot; ul. Świętokrzyska 12, 00-916 Warszawa</p></td></tr></table></body></html>\n')
    s.body = alt(plain(text, 'utf-8', 'quoted-printable'), html(h, 'utf-8', 'quoted-printable'))
    s.system = Mailgun('mg.ksef-mf.pl')
    s.what = 'KSeF (national e-invoicing system) notice: three invoices waiting, company certificate expired, renew via Profil Zaufany / bank login.'
    s.why = 'Credential phishing on the 2026 KSeF roll-out: look-alike domain ksef-mf.pl via Mailgun, threat of VAT sanctions, link to a fake Profil Zaufany/bank login; KSeF does not e-mail such notices.'


# ------------------------------------------------------------------------------------------------ 23
@message('attack', 23, 'pl', 'partner-logistik-hijack-onedrive')
def a23(s):
    s.sent('2026-11-25 13:57:30', 'PL')
    s.frm = PL_['people']['zielinski'][:2]
    s.to = [('', 'undisclosed-recipients:;')]
    s.rcpt = ['agnieszka.wojcik@example.com']
    s.subject = 'Dokumenty do akceptacji - Partner Logistik'
    url = 'https://1drv.ms/b/c/3f9a2e71b6c4d8a0/EaW1k%sQBl7xQ?e=%s' % (ralnum(s.rng, 18), ralnum(s.rng, 6))
    text = ("Dzień dobry,\n\nprzesyłam dokumenty do akceptacji (aneks do umowy magazynowej, cennik 2027 oraz "
            "zestawienie stanów na 30.11). Ze względu na wielkość plików udostępniam je przez OneDrive:\n\n"
            "%s\n\nProszę o zapoznanie się i potwierdzenie do końca tygodnia.\n\nPozdrawiam\n"
            "Tadeusz Zieliński\nKierownik magazynu\nPartner Logistik sp. z o.o.\nul. Logistyczna 8, 95-010 Stryków\n"
            "tel. +48 601 448 217\n" % url)
    s.phones = ['+48 601 448 217']
    h = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /></head><body style="font-size: 10pt; font-family: Verdana,Geneva,sans-serif">\n'
         '<p>Dzień dobry,</p>\n<p>przesyłam dokumenty do akceptacji (aneks do umowy magazynowej, cennik 2027 oraz zestawienie stanów na 30.11). '
         'Ze względu na wielkość plików udostępniam je przez OneDrive:</p>\n'
         '<p><a href="' + esc(url) + '" rel="noreferrer">&#128196; Partner_Logistik_dokumenty_2027.pdf (3 pliki)</a></p>\n'
         '<p>Proszę o zapoznanie się i potwierdzenie do końca tygodnia.</p>\n<p>Pozdrawiam<br />Tadeusz Zieliński<br />Kierownik magazynu<br />'
         'Partner Logistik sp. z o.o.<br />ul. Logistyczna 8, 95-010 Stryków<br />tel. +48 601 448 217</p>\n</body></html>\n')
    s.body = alt(plain(flow(text), 'UTF-8', 'quoted-printable', flowed=True, label='UTF-8'),
                 html(h, 'UTF-8', 'quoted-printable', label='UTF-8'))
    s.system = HomePl(PL_['server'], PL_['ip'], client='webmail', submit_ip='102.89.47.213')
    s.what = 'Logistics partner\'s warehouse manager sends "documents for approval" (contract annex, 2027 price list) as a OneDrive link to undisclosed recipients.'
    s.why = 'Document-share lure from a compromised genuine mailbox (home.pl, SPF/DKIM pass): sent via webmail from a Nigerian mobile IP (X-CLIENT-IP 102.89.47.213) to a hidden recipient list, generic text, link to a personal OneDrive PDF that leads to a credential-harvesting page; Partner Logistik normally attaches files (business/22).'


# ------------------------------------------------------------------------------------------------ 24
@message('attack', 24, 'pl', 'mbank-companynet-sendgrid-zwsp')
def a24(s):
    s.sent('2026-11-30 16:45:09', 'PL')
    s.frm = ('m\u200bBank Company\u200bNet', 'powiadomienia@mbank-companynet.pl')
    s.to = [who('pawel.kaminski')]
    s.subject = 'Company\u200bNet: uprawnienia do autoryzacji przelewów zostaną zawieszone 02.12.2026'
    real = 'https://companynet-mbank.pl/logowanie/weryfikacja?u=pawel.kaminski&t=%s' % rhex(s.rng, 16)
    track = 'https://u48217.ct.sendgrid.net/ls/click?upn=u001.%s-2B%s-3D-3D%s' % (ralnum(s.rng, 60), ralnum(s.rng, 40), ralnum(s.rng, 30))
    ZW = '\u200b'
    text = ("Szanowny Użytkowniku,\n\nw ramach corocznej weryfikacji uprawnień w systemie m%sBank Company%sNet "
            "(Rekomendacja H KNF) nie potwierdzono danych osoby uprawnionej do autoryzacji przelewów dla firmy "
            "EXAMPLE KABLE POLSKA SP. Z O.O.\n\n"
            "Jeśli weryfikacja nie zostanie zakończona do 02.12.2026, Twoje uprawnienia do autoryzacji zostaną "
            "zawieszone, a zlecenia oczekujące (w tym płatności masowe) nie zostaną zrealizowane.\n\n"
            "Potwierdź dane: https://companynet.mbank.pl/weryfikacja\n\n"
            "Z poważaniem\nZespół Obsługi Klientów Korporacyjnych m%sBank S.A.\n" % (ZW, ZW, ZW))
    h = ('<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222;background:#f3f3f3">'
         '<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff">'
         '<tr><td style="padding:18px 26px;background:#000;color:#fff;font-size:20px"><span style="color:#e60000">m</span>Bank <span style="font-size:13px">Company' + ZW + 'Net</span></td></tr>'
         '<tr><td style="padding:22px 26px"><p>Szanowny Użytkowniku,</p><p>w ramach corocznej weryfikacji uprawnień w systemie m' + ZW + 'Bank Company' + ZW + 'Net '
         '(Rekomendacja H KNF) nie potwierdzono danych osoby uprawnionej do autoryzacji przelewów dla firmy <b>EXAMPLE KABLE POLSKA SP. Z O.O.</b></p>'
         '<p>Jeśli weryfikacja nie zostanie zakończona do <b>02.12.2026</b>, Twoje uprawnienia do autoryzacji zostaną zawieszone, '
         'a zlecenia oczekujące (w tym płatności masowe) nie zostaną zrealizowane.</p>'
         '<p><a href="' + esc(track) + '" style="color:#0064b4">https://companynet.mbank.pl/weryfikacja</a></p>'
         '<p>Z poważaniem<br>Zespół Obsługi Klientów Korporacyjnych m' + ZW + 'Bank S.A.</p>'
         '<img src="https://u48217.ct.sendgrid.net/wf/open?upn=u001.' + ralnum(s.rng, 40) + '" width="1" height="1" alt="" style="display:none"></td></tr></table></body></html>\n')
    s.body = alt(plain(text, 'utf-8', 'quoted-printable'), html(h, 'utf-8', 'quoted-printable'))
    s.system = SendGrid(dkim_domain='mbank-companynet.pl')
    s.what = 'mBank CompanyNet warns that the user\'s right to authorise transfers will be suspended unless the annual verification is completed.'
    s.why = 'Corporate-banking credential phishing: look-alike domain mbank-companynet.pl via SendGrid, displayed URL companynet.mbank.pl but the href is a SendGrid click-tracking redirect (to companynet-mbank.pl); zero-width spaces inside "mBank"/"CompanyNet" defeat keyword filters; deadline pressure.'
    s.notes = [real]


# ------------------------------------------------------------------------------------------------ 25
@message('attack', 25, 'pl', 'zapytanie-ofertowe-zip-exe')
def a25(s):
    s.sent('2026-10-22 09:31:57', 'PL')
    s.frm = ('Dział Zakupów - Elektro-Bud Inwestycje', 'zakupy@elektrobud-inwestycje.com.pl')
    s.to = [who('agnieszka.wojcik')]
    s.subject = 'Zapytanie ofertowe nr ZO/118/2026 - kable YKY, YAKXS, XRUHAKXS - prośba o wycenę'
    inert = archives.inert_pe_stub()
    z = archives.make_zip([('ZO_118_2026_specyfikacja_kabli.pdf.exe', inert)], s.zip_time(40))
    text = ("Dzień dobry,\n\nw imieniu firmy Elektro-Bud Inwestycje Sp. z o.o. zwracamy się z prośbą o "
            "przedstawienie oferty cenowej na dostawę kabli energetycznych dla inwestycji \"Osiedle Nad Brdą\" "
            "w Bydgoszczy (etap II):\n\n- YKY 5x16 mm2 0,6/1 kV - 4 200 m\n- YAKXS 4x120 mm2 0,6/1 kV - 2 750 m\n"
            "- XRUHAKXS 1x240/50 mm2 12/20 kV - 1 900 m\n\n"
            "Szczegółowa specyfikacja, harmonogram dostaw oraz wzór umowy w załączniku. Termin składania ofert: "
            "06.11.2026.\n\nProsimy o potwierdzenie otrzymania zapytania.\n\nZ poważaniem\n\nMagdalena Sikorska\n"
            "Specjalista ds. zakupów\nElektro-Bud Inwestycje Sp. z o.o.\nul. Grunwaldzka 214, 85-438 Bydgoszcz\n"
            "tel. +48 52 511 09 74\n")
    s.phones = ['+48 52 511 09 74']
    s.body = mixed(plain(text, 'iso-8859-2', 'quoted-printable'),
                   attachment('application/zip', z, 'ZO_118_2026_specyfikacja.zip'))
    s.system = Direct('mail.elektrobud-inwestycje.com.pl', 'srv48213.seohost.pl', '192.0.2.203', style='outlookdesk',
                      spf='pass', zone='PL', xmailer='Microsoft Outlook 16.0', mid_domain='elektrobud-inwestycje.com.pl',
                      dkim=('elektrobud-inwestycje.com.pl', 'x'),
                      desc='attacker-registered domain on a rented server (mail.elektrobud-inwestycje.com.pl [192.0.2.203])',
                      order=('From', 'To', 'Subject', 'Date', 'Message-ID', 'MIME-Version', 'X-Mailer'))
    s.what = 'Request for quotation for LV/MV cables (YKY, YAKXS, XRUHAKXS) for a housing estate in Bydgoszcz, with the specification as a ZIP.'
    s.why = 'Fake tender delivering malware: freshly registered construction-company domain, the ZIP holds "ZO_118_2026_specyfikacja_kabli.pdf.exe" (double extension, info-stealer); plausible local project to lower suspicion.'


# ------------------------------------------------------------------------------------------------ 26
@message('attack', 26, 'pl', 'wezwanie-do-zaplaty-pdf-link')
def a26(s):
    s.sent('2026-12-07 12:10:36', 'PL')
    s.frm = ('Kancelaria Radcy Prawnego Aneta Kowalczyk', 'kancelaria.kowalczyk.windykacja@gmail.com')
    s.to = [who('pawel.kaminski')]
    s.subject = 'Przedsądowe wezwanie do zapłaty - sprawa KRP/2026/1184 - Drewpak Bębny Kablowe sp. z o.o.'
    link = ('https://kancelariakowalczyk-my.sharepoint.com/:b:/g/personal/aneta_kancelariakowalczyk_onmicrosoft_com/'
            'EV8q%s?e=%s' % (ralnum(s.rng, 40), ralnum(s.rng, 6)))
    acc = pl_iban('2490000', '5000460081273395')
    text = ("Szanowni Państwo,\n\nw załączeniu przesyłam przedsądowe wezwanie do zapłaty w imieniu mojego Mandanta, "
            "Drewpak Bębny Kablowe sp. z o.o. z siedzibą w Grudziądzu, dotyczące nieuregulowanej faktury "
            "FV/2026/09/0712 (bębny kablowe, zwrot kaucji).\n\nDokumentacja sprawy (faktury, dokumenty WZ, "
            "potwierdzenia odbioru) jest dostępna w elektronicznych aktach sprawy - link w piśmie.\n\n"
            "Brak zapłaty w terminie 7 dni skutkować będzie skierowaniem sprawy na drogę postępowania sądowego "
            "(e-Sąd), co narazi Państwa na dodatkowe koszty.\n\nZ poważaniem\nr.pr. Aneta Kowalczyk\n"
            "Kancelaria Radcy Prawnego, ul. Piotrkowska 148/150 lok. 12, 90-063 Łódź\n")
    pdfb = docs.letter(
        s, seller=dict(name='Kancelaria Radcy Prawnego', tagline=['r.pr. Aneta Kowalczyk · windykacja należności B2B'],
                       lines=['ul. Piotrkowska 148/150 lok. 12', '90-063 Łódź', 'kancelaria.kowalczyk.windykacja@gmail.com']),
        recipient_lines=['EXAMPLE KABLE POLSKA SP. Z O.O.', 'ul. Przemysłowa 14', '85-758 Bydgoszcz', 'NIP ' + NIP],
        place_date='Łódź, dnia 07.12.2026 r.', subject='PRZEDSĄDOWE WEZWANIE DO ZAPŁATY',
        paragraphs=['Działając w imieniu i na rzecz Drewpak Bębny Kablowe sp. z o.o. z siedzibą w Grudziądzu '
                    '(NIP %s), na podstawie udzielonego pełnomocnictwa, wzywam Państwa do zapłaty kwoty '
                    '14 780,40 zł wraz z odsetkami ustawowymi za opóźnienie w transakcjach handlowych oraz '
                    'rekompensatą za koszty odzyskiwania należności (40 EUR) - łącznie 15 642,18 zł - '
                    'w terminie 7 dni od daty doręczenia niniejszego wezwania.' % DP['nip'],
                    'Należność wynika z faktury VAT nr FV/2026/09/0712 z dnia 12.09.2026 r. za dostawę i kaucję '
                    'bębnów kablowych, której termin płatności upłynął 12.10.2026 r.',
                    'Pełna dokumentacja sprawy dostępna jest w elektronicznych aktach: %s (kod dostępu: 1184).' % link],
        boxed=[('Kwota do zapłaty', '15 642,18 zł'), ('Rachunek powierniczy', group4(acc)),
               ('Tytuł przelewu', 'KRP/2026/1184 FV/2026/09/0712')],
        closing='W przypadku braku zapłaty sprawa zostanie skierowana do sądu w elektronicznym postępowaniu '
                'upominawczym (e-Sąd), bez dalszego wezwania.',
        signer=['Z poważaniem', '', 'r.pr. Aneta Kowalczyk', 'Radca prawny, WA-14218'],
        links=[(50, 330, 495, 14, link)],
        producer='Microsoft® Word dla Microsoft 365', creator='Microsoft® Word dla Microsoft 365', author='Aneta',
        lang='pl-PL', color=(0.25, 0.1, 0.35))
    s.body = mixed(alt(plain(text, 'UTF-8', 'quoted-printable', label='UTF-8'), html(gm_html(text), 'UTF-8', 'quoted-printable', label='UTF-8')),
                   attachment('application/pdf', pdfb, 'Wezwanie_do_zaplaty_KRP-2026-1184.pdf'))
    s.system = Gmail(zone='PL')
    s.what = 'Pre-litigation payment demand from a "law office" on behalf of cable-drum supplier Drewpak for an unpaid invoice (15 642,18 zł), PDF with a link to the "electronic case file".'
    s.why = 'Fake legal notice: law office on Gmail, the PDF carries a clickable link to a "case file" on an attacker-controlled SharePoint/OneDrive tenant (abused real platform, leads to a credential page) and a trust account at Alior Bank not belonging to Drewpak; the invoice number does not exist (Drewpak\'s real offer is business/24).'
