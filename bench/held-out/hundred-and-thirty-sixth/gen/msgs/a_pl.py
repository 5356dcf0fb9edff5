"""attack/ 22-26 (Polish)."""
import base64

from lib import docs, ids, mime, profiles as P, styles as ST, when
from . import msg
from .common import at, staff, cp, outlook, PDF_MIME

FRAUD_A23 = ids.iban('PL', ids.pl_bban('1160202', '0000000519874430'))


@msg('attack', 22, 'pl', 'ksef-faktura-odrzucona-mailgun',
     'Fake KSeF (Polish national e-invoicing system) notification: "invoice requires acceptance", log in with Profil Zaufany, sent through Mailgun from ksef-powiadomienia.pl',
     'KSeF does not e-mail invoices or acceptance requests; sender domain is not mf.gov.pl; the login link goes to ksef-powiadomienia.pl imitating login.gov.pl; KSeF number format is plausible but the link/flow is the tell; timed after KSeF became mandatory in 2026.',
     hn='business/22')
def a22(m):
    at(m, 'PL', 2026, 11, 18, 8, 44)
    m.frm = ('Krajowy System e-Faktur', 'powiadomienia@ksef-powiadomienia.pl')
    m.to = [staff('piotr')]
    m.subject = 'KSeF: nowa faktura wymaga akceptacji - nr 5252718390-20261117-8A2F41C9D3B7-E4'
    link = m.url('https://ksef-powiadomienia.pl/web/login?ref=8A2F41C9D3B7&nip=5833412077&redirect=login.gov.pl', 'fake KSeF/login.gov.pl page')
    paras = ['Szanowni Państwo,',
             'w Krajowym Systemie e-Faktur zarejestrowano fakturę ustrukturyzowaną wystawioną na podmiot **EXAMPLE POLSKA SP. Z O.O.** (NIP 5833412077):',
             'Numer KSeF: 5252718390-20261117-8A2F41C9D3B7-E4\nWystawca: TRANS-POL LOGISTYKA SP. Z O.O.\nKwota brutto: 24 118,50 PLN\nStatus: oczekuje na akceptację odbiorcy',
             'Faktura zostanie automatycznie uznana za zaakceptowaną po upływie 48 godzin. W celu weryfikacji lub odrzucenia dokumentu zaloguj się do '
             'Aplikacji Podatnika KSeF przy użyciu Profilu Zaufanego lub podpisu kwalifikowanego.',
             'Wiadomość wygenerowana automatycznie. Prosimy nie odpowiadać.\nMinisterstwo Finansów - Krajowa Administracja Skarbowa']
    h = ST.newsletter('KSeF', '#c4161c', 'Nowa faktura w KSeF', paras, button=('Zaloguj się do Aplikacji Podatnika', link),
                      footer='Krajowy System e-Faktur · Ministerstwo Finansów\nul. Świętokrzyska 12, 00-916 Warszawa', logo_text='Krajowy System e-Faktur', lang='pl')
    m.root = ST.esp_mime(m, h, ST.html_to_text(h), m.hex(32), charset='utf-8', cte='quoted-printable')
    P.mailgun(m, 'ksef-powiadomienia.pl')
    m.auth = dict(m.auth, dmarc='pass', dmarc_policy='none')
    m.meta['tell'] = 'The genuine invoice from Partner Logistik carries a KSeF number and a KOD I QR pointing to qr.ksef.mf.gov.pl; the fake asks to log in via a non-government domain.'


@msg('attack', 23, 'pl', 'partner-logistyk-lookalike-rachunek',
     'Bank-account change from the look-alike partner-logistyk.pl (real partner: partner-logistik.pl), claiming the new account is already on the VAT "white list"',
     'One-letter look-alike domain on OVH (SPF/DKIM pass for the fake domain, no DMARC); asks to pay all open invoices to a new account and to confirm by mail; cites the white list to pre-empt the check that would fail; sent outside the usual home.pl system.',
     hn='business/22,business/23')
def a23(m):
    at(m, 'PL', 2026, 11, 25, 14, 2)
    m.frm = ('Tadeusz Zieliński', 't.zielinski@partner-logistyk.pl')
    m.to = [staff('piotr')]
    m.cc = [staff('agnieszka')]
    m.subject = 'Zmiana numeru rachunku bankowego - Partner Logistik sp. z o.o.'
    iban = m.iban(FRAUD_A23, 'fraud account announced from look-alike domain')
    m.phone('+48 42 714 22 80', 'number in copied signature')
    body = ('Dzień dobry Panie Piotrze,\n\n'
            'uprzejmie informuję, że w związku ze zmianą banku obsługującego naszą spółkę od dnia 01.12.2026 r. obowiązuje nowy numer rachunku '
            'bankowego:\n\n%s\nBank Millennium S.A.\n\n'
            'Nowy rachunek został już zgłoszony do urzędu skarbowego i jest widoczny w wykazie podatników VAT (biała lista), więc płatności w MPP '
            'mogą być realizowane bez przeszkód. Prosimy o uregulowanie na ten rachunek również faktur już wystawionych: FV 2026/11/0412 i FV 2026/11/0433.\n\n'
            'Stary rachunek w PKO BP zostanie zamknięty z końcem miesiąca. Proszę o potwierdzenie zmiany w systemie zwrotnym mailem.\n\n'
            'Z poważaniem\nTadeusz Zieliński\nPrezes Zarządu\nPartner Logistik sp. z o.o.\nul. Magazynowa 5, 95-010 Stryków\ntel. +48 42 714 22 80') % ids.fmt_iban(iban)
    outlook(m, body, 'PL', 'iso-8859-2')
    P.ovh(m, '185.220.101.47', zone='PL')
    m.meta['tell'] = 'Real Partner Logistik mail comes from partner-logistik.pl on home.pl; the genuine managing director even warns against partner-logistyk.pl.'


@msg('attack', 24, 'pl', 'inpost-doplata-phpmailer',
     'Parcel "additional payment" scam in InPost style (2.99 PLN for an undeliverable parcel) from a hacked WordPress shop via PHPMailer',
     'Display name InPost, sending domain of an unrelated garden shop (sklep-ogrodniczy-lipa.pl), tiny amount to harvest card data; link to inpost-doplata.click; no tracking number format of InPost; PHP script header reveals the compromised site.',
     hn='business/24')
def a24(m):
    at(m, 'PL', 2026, 12, 2, 11, 17)
    m.frm = ('InPost', 'powiadomienia@sklep-ogrodniczy-lipa.pl')
    m.to = [staff('agnieszka')]
    m.subject = 'Twoja paczka czeka - wymagana dopłata 2,99 zł'
    link = m.url('https://inpost-doplata.click/pl/platnosc?nr=620481937765130114827&t=' + m.alnum(16), 'card-harvesting page')
    h = ('<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="margin:0;background:#f2f2f2;font-family:Arial,sans-serif">'
         '<div style="max-width:560px;margin:0 auto;background:#fff"><div style="background:#ffcd00;padding:18px 24px;font-size:24px;font-weight:bold;color:#202020">InPost</div>'
         '<div style="padding:24px;font-size:15px;color:#202020;line-height:22px"><p>Dzień dobry,</p>'
         '<p>Twoja paczka nr <b>620481937765130114827</b> nie mogła zostać doręczona do Paczkomatu z powodu niedopłaty za przesyłkę ponadgabarytową.</p>'
         '<p>Kwota do zapłaty: <b>2,99 zł</b></p><p>Po zaksięgowaniu płatności paczka zostanie ponownie nadana i dostarczysz ją w ciągu 24 godzin. '
         'Nieodebrane paczki zwracane są do nadawcy po 3 dniach.</p>'
         '<p style="text-align:center;margin:28px 0"><a href="%s" style="background:#202020;color:#ffcd00;padding:14px 30px;text-decoration:none;font-weight:bold;border-radius:4px">Zapłać i odbierz paczkę</a></p>'
         '<p style="font-size:12px;color:#777">InPost S.A., ul. Pana Tadeusza 4, 30-727 Kraków</p></div></div></body></html>') % link
    m.root = ST.phpmailer_mime(m, h, ST.html_to_text(h))
    P.exim_cpanel(m, 'server412.hostingowy.pl', '91.227.220.84', php_script='sklep-ogrodniczy-lipa.pl/wp-content/plugins/wp-mail-smtp-fix/send.php for 185.107.56.19',
                  mailer='PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)', zone='PL', cpanel_user='lipasklep', uid=(1187, 1190))
    m.auth = dict(m.auth, dmarc='none')


@msg('attack', 25, 'pl', 'canva-zapytanie-ofertowe-compromised',
     'Fake request for quotation from the compromised home.pl mailbox of a Polish food wholesaler, linking to a real Canva design ("Zapytanie ofertowe 2027") that contains the phishing button',
     'Genuine mailbox of an unknown wholesaler (auth passes, home.pl), generic salutation, the "documents" are a Canva view link - a legitimate platform used as redirector to a credential page; no attachment to scan.',
     hn='business/25')
def a25(m):
    at(m, 'PL', 2026, 11, 6, 9, 3)
    m.frm = ('Katarzyna Nowak', 'k.nowak@hurtownia-smakosz.pl')
    m.to = [staff('agnieszka')]
    m.subject = 'Zapytanie ofertowe - przyprawy i herbaty na 2027 r.'
    link = m.url('https://www.canva.com/design/DAG%s/%s/view?utm_content=DAG%s&utm_campaign=designshare&utm_medium=link2&utm_source=uniquelinks&utlId=%s' % (
        m.alnum(8), m.alnum(22), m.alnum(8), m.alnum(9)), 'real Canva design used as redirector to phishing')
    m.phone('+48 22 611 47 30', 'compromised company signature')
    body = ('Dzień dobry,\n\nw imieniu Hurtowni Smakosz przesyłamy zapytanie ofertowe na dostawy przypraw i herbat w 2027 roku '
            '(ok. 40 pozycji, dostawy miesięczne do magazynu w Pruszkowie).\n\n'
            'Szczegółowa specyfikacja i formularz cenowy są dostępne pod linkiem:\n[[Zapytanie_ofertowe_2027.pdf|%s]]\n\n'
            'Prosimy o przesłanie oferty do 20.11.2026.\n\nPozdrawiam\nKatarzyna Nowak\nDział Zakupów\nHurtownia Smakosz sp. z o.o.\n'
            'ul. Przemysłowa 22, 05-800 Pruszków\ntel. +48 22 611 47 30' % link)
    m.root = ST.thunderbird_mime(m, body, html=True)
    P.home_pl(m, '082417', '79.96.192.213', '89.64.17.205', dkim_dom='hurtownia-smakosz.pl', mua=('User-Agent', 'Mozilla Thunderbird'))


@msg('attack', 26, 'pl', 'e-sad-pozew-img-wp',
     'Fake legal notice: "lawsuit in the electronic writ-of-payment procedure (e-Sąd)" from a hijacked wp.pl mailbox with a disk-image attachment (.img)',
     'Law firm name on a free wp.pl address, case number format imitates e-Sąd, but e-Sąd delivers through its portal, not as e-mail attachments; the attachment is a .img disk image (used to bypass Mark-of-the-Web) - in reality a loader; 14-day threat.',
     hn='business/26')
def a26(m):
    at(m, 'PL', 2026, 10, 20, 7, 58)
    m.frm = ('Kancelaria Radcy Prawnego Marek Wiśniewski', 'kancelaria.mwisniewski@wp.pl')
    m.to = [staff('piotr')]
    m.subject = 'Pozew o zapłatę - sygn. akt VI Nc-e 1847213/26 - Example Polska sp. z o.o.'
    m.phone('+48 71 302 18 44', 'fake law firm')
    body = ('Szanowni Państwo,\n\n'
            'działając w imieniu i na rzecz naszego Klienta, uprzejmie informuję, że w Elektronicznym Postępowaniu Upominawczym (e-Sąd) przy '
            'Sądzie Rejonowym Lublin-Zachód w Lublinie został złożony pozew przeciwko Example Polska sp. z o.o. o zapłatę kwoty 38 412,60 zł '
            'wraz z odsetkami ustawowymi za opóźnienie w transakcjach handlowych.\n\n'
            'W załączeniu przesyłam odpis pozwu wraz z nakazem zapłaty (sygn. akt VI Nc-e 1847213/26). Zgodnie z art. 505(15) KPC przysługuje '
            'Państwu prawo wniesienia sprzeciwu w terminie 14 dni od doręczenia.\n\n'
            'W celu uniknięcia kosztów egzekucji komorniczej proszę o pilny kontakt.\n\n'
            'Z wyrazami szacunku\nr.pr. Marek Wiśniewski\nKancelaria Radcy Prawnego\nul. Legnicka 48, 54-202 Wrocław\ntel. +48 71 302 18 44')
    inner = ('INERT PLACEHOLDER - stands for "Pozew_VI_Nc-e_1847213_26.img", a disk image that in the real campaign contained a '
             'shortcut and a DLL loader. No executable content.\r\n').encode('utf-8')
    m.root = mime.multipart('mixed', [mime.text(body + '\n', 'plain', 'utf-8', 'quoted-printable'),
                                      mime.attachment('application/octet-stream', inner, 'Pozew_VI_Nc-e_1847213_26.img')],
                            '===============%d==' % m.rng.randint(10 ** 18, 10 ** 19))
    P.wp_pl(m, '31.0.76.114')
    m.meta['tell'] = 'The genuine internal message forwards such a notice to IT for checking; the attack itself arrives from a wp.pl free-mail account with a .img attachment.'
