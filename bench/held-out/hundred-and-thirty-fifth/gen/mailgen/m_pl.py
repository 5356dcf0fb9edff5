"""Polish messages: attack 22-26, business 22-26."""
import hashlib
import base64
from .msg import Msg
from .core import utc, plus, rfcdate, Text, Binary, Multi, guid, hexs, alnum, epoch
from . import systems as S, platforms as P, mk, docs, ident, org, html as H
from .org import p
from .corr import PL, sig_zielinski
from .bodies import boundary

PL_E = org.ENTITIES[2]
NIP_EX = PL_E['ids'][0][1]


def _nrb(iban):
    s = iban.replace(' ', '')[2:]
    return s[:2] + ' ' + ' '.join(s[i:i + 4] for i in range(2, len(s), 4))


def _pl_invoice(m, number, date, due, items, net, vat, gross, iban, ksef=None, producer='Comarch ERP Optima',
                payqr=None, ksefqr=None):
    rows = [[str(i + 1)] + it for i, it in enumerate(items)]
    notes = ['Sposób płatności: przelew, termin: %s' % due,
             'Rachunek: %s' % _nrb(iban),
             'Mechanizm podzielonej płatności: nie dotyczy.']
    if ksef:
        notes.insert(0, 'Numer KSeF: %s' % ksef)
    return docs.invoice_pdf(
        'Partner Logistik sp. z o.o.', ['%s · %s · NIP %s · KRS %s' % (PL['street'], PL['city'], PL['nip'], PL['krs'])],
        ['Nabywca:', 'Example Helikopter Polska sp. z o.o.', 'ul. Lotnicza 14, 32-083 Balice', 'NIP %s' % NIP_EX],
        'Faktura VAT nr %s' % number,
        [('Data wystawienia', date), ('Data sprzedaży', date), ('Miejsce', 'Kraków'), ('Termin płatności', due)],
        ['Lp.', 'Nazwa towaru/usługi', 'Ilość', 'Cena netto', 'Wartość netto'], rows,
        [('Razem netto', net + ' PLN', False), ('VAT 23%', vat + ' PLN', False), ('Do zapłaty', gross + ' PLN', True)],
        notes,
        [['Partner Logistik sp. z o.o.', 'Sąd Rejonowy dla Krakowa-Śródmieścia'], ['KRS %s, kapitał zakładowy 250 000 zł' % PL['krs']]],
        dict(title='Faktura %s' % number, author='Partner Logistik', creator=producer, producer=producer,
             created="D:20261105101512+01'00'"),
        qr_payload=payqr, qr_caption='Kod QR do przelewu (standard ZBP)', right_cols=(2, 3, 4),
        col_x=[50, 80, 330, 380, 470], extra_qr=(ksefqr, 'KOD I - weryfikacja faktury w KSeF') if ksefqr else None)


def a22():
    m = Msg('attack', '22-pl-partner-logistik-lookalike')
    m.t = utc(2026, 11, 13, 12, 4, 38)
    m.frm = ('Partner Logistik - Księgowość', 'ksiegowosc@partner-logistlk.pl')
    m.to = [p('piotr.kowalczyk')]
    m.subject = 'Korekta FV/1187/11/2026 - zmiana rachunku bankowego'
    mule = ident.pl_iban('1090101', '0000000153478214')
    ib = m.iban(mule, 'mule account presented as new Partner Logistik account (Santander code)')
    m.phone('+48 12 290 44 10', 'genuine Partner Logistik number copied')
    m.url('www.partner-logistik.pl', 'genuine website in signature')
    text = ('Dzień dobry,\n\n'
            'w związku ze zmianą banku obsługującego nasz rachunek rozliczeniowy przesyłamy w załączeniu korektę faktury '
            'FV/1187/11/2026 z aktualnym numerem rachunku. Pierwotna faktura pozostaje bez zmian co do kwoty.\n\n'
            'Nowy rachunek: %s (Santander Bank Polska S.A.)\n\n'
            'Rachunek został zgłoszony do wykazu podatników VAT (biała lista) - aktualizacja wykazu następuje z '
            'kilkudniowym opóźnieniem, dlatego do tego czasu prosimy nie sugerować się komunikatem z wyszukiwarki MF.\n\n'
            'Prosimy o zapłatę kwoty 8 757,60 PLN na nowy rachunek w terminie do 20.11.2026 oraz o potwierdzenie '
            'zmiany w danych kontrahenta zwrotnie mailowo.\n\n'
            'Z poważaniem\nDział Księgowości\nPartner Logistik sp. z o.o.\nul. Półłanki 64, 30-740 Kraków\n'
            'tel. +48 12 290 44 10\nwww.partner-logistik.pl' % ib)
    pdf, ptxt = _pl_invoice(m, 'KOR/FV/1187/11/2026', '13.11.2026', '20.11.2026',
                            [['Obsługa celna importu - zgłoszenie SAD, 3 pozycje', '1', '1 850,00', '1 850,00'],
                             ['Składowanie w magazynie celnym, 10.2026', '31 dni', '170,00', '5 270,00']],
                            '7 120,00', '1 637,60', '8 757,60', mule, producer='Microsoft Word')
    m.meta['doc_texts'] = [ptxt]
    m.msgid = S.outlook_msgid(m, 'partner-logistlk.pl')
    m.body = mk.client(m, 'outlook', text, H.outlook_html(text, 'PL', charset='iso-8859-2'), cs='iso-8859-2',
                       attachments=[mk.att(m, 'outlook', 'KOR_FV_1187_11_2026.pdf', pdf)])
    m.raw = S.postfix_org(m, 'server795312.nazwa.pl', '198.51.100.144', 'partner-logistlk.pl', mua='outlook',
                          client_ip='203.0.113.140', selector='x', spf='pass', dmarc_policy='none', lang='pl',
                          dkim_sign=False)
    m.meta['what'] = 'Logistics partner\'s accounting sends a "corrected" invoice with a new bank account'
    m.meta['why'] = ('Invoice/bank-change fraud from look-alike partner-logistlk.pl ("l" for "i") on cheap hosting; '
                     'pre-empts the Polish VAT white-list check ("the list updates with delay"), asks to confirm by mail; '
                     'genuine invoices come via home.pl with KSeF number (business/22)')
    return m


def b22():
    m = Msg('business', '22-pl-partner-logistik-faktura-ksef')
    m.t = utc(2026, 11, 5, 10, 18, 9)
    m.frm = ('Partner Logistik - Księgowość', 'ksiegowosc@partner-logistik.pl')
    m.to = [p('piotr.kowalczyk')]
    m.cc = [('Tadeusz Zieliński', 't.zielinski@partner-logistik.pl')]
    m.subject = 'Faktura FV/1187/11/2026 - Partner Logistik sp. z o.o.'
    assert ident.iban_valid(PL['iban'])
    m.fact('Account (NRB)', _nrb(PL['iban']), 'Partner Logistik genuine mBank account = IBAN %s, on VAT white list'
           % ident.fmt_iban(PL['iban']))
    ksef = '%s-20261105-%s-%s' % (PL['nip'], hexs(m.rng, 12, True), hexs(m.rng, 2, True))
    m.fact('KSeF number', ksef, 'invoice number in the national e-invoicing system')
    xml_hash = base64.urlsafe_b64encode(hashlib.sha256(('FA3|%s|FV/1187/11/2026' % ksef).encode()).digest()).decode().rstrip('=')
    kurl = 'https://ksef.mf.gov.pl/client-app/invoice/%s/05-11-2026/%s' % (PL['nip'], xml_hash)
    m.qr(kurl, 'KSeF verification QR (KOD I) on the invoice', 'pdf')
    m.url(kurl, 'KSeF verification link')
    payqr = '%s|PL|%s|%06d|Partner Logistik|FV/1187/11/2026|||' % (PL['nip'], PL['iban'][2:], 875760)
    m.qr(payqr, 'Polish bank-transfer QR (ZBP)', 'pdf')
    m.phone('+48 12 290 44 10', 'Partner Logistik')
    m.url('www.partner-logistik.pl', 'website')
    text = ('Dzień dobry,\n\n'
            'w załączeniu przesyłamy wizualizację faktury FV/1187/11/2026 za obsługę celną i składowanie w październiku. '
            'Faktura została wystawiona w KSeF i jest dostępna w Państwa systemie pod numerem:\n%s\n\n'
            'Kwota do zapłaty: 8 757,60 PLN, termin płatności: 19.11.2026.\n'
            'Rachunek bez zmian: %s (mBank S.A.) - zgodny z wykazem podatników VAT.\n\n'
            'Pozdrawiamy\nDział Księgowości\nPartner Logistik sp. z o.o.\nul. Półłanki 64, 30-740 Kraków\n'
            'tel. +48 12 290 44 10\nwww.partner-logistik.pl' % (ksef, _nrb(PL['iban'])))
    pdf, ptxt = _pl_invoice(m, 'FV/1187/11/2026', '05.11.2026', '19.11.2026',
                            [['Obsługa celna importu - zgłoszenie SAD, 3 pozycje', '1', '1 850,00', '1 850,00'],
                             ['Składowanie w magazynie celnym, 10.2026', '31 dni', '170,00', '5 270,00']],
                            '7 120,00', '1 637,60', '8 757,60', PL['iban'], ksef=ksef, payqr=payqr, ksefqr=kurl)
    m.meta['doc_texts'] = [ptxt]
    m.msgid = S.outlook_msgid(m, 'partner-logistik.pl')
    m.body = mk.client(m, 'outlook', text, H.outlook_html(text, 'PL', charset='iso-8859-2'), cs='iso-8859-2',
                       attachments=[mk.att(m, 'outlook', 'FV_1187_11_2026.pdf', pdf)])
    m.raw = S.homepl(m, 'partner-logistik.pl', mua='outlook', client_ip='89.64.12.77')
    m.meta['what'] = 'Logistics partner sends the KSeF invoice visualisation with KSeF QR (KOD I) and a payment QR code'
    m.meta['why'] = ('Genuine: home.pl with the partner\'s DKIM, KSeF number and verification QR pointing to ksef.mf.gov.pl, '
                     'unchanged white-listed mBank account, payment QR in the Polish ZBP format')
    m.meta['pair'] = ['22']
    m.meta['topic'] = 'Partner Logistik invoice FV/1187/11/2026 and its bank account'
    m.meta['pair_note'] = 'Same invoice as the fraud; real sender domain, KSeF reference, unchanged account'
    return m


def a23():
    m = Msg('attack', '23-pl-ksef-certyfikat-phishing')
    m.t = utc(2026, 11, 24, 9, 14, 51)
    m.frm = ('Krajowy System e-Faktur', 'powiadomienia@ksef-mf.pl')
    m.to = [p('piotr.kowalczyk')]
    m.subject = 'KSeF: certyfikat uwierzytelniający wygasa 30.11.2026 - wymagane odnowienie'
    link = m.url('https://ksef-mf.pl/odnowienie-certyfikatu?nip=6772459138&sid=3f71c0a9', 'credential/certificate phishing page')
    html, plain = H.notif([
        ('h', 'Wygasa certyfikat KSeF'),
        ('p', 'Szanowni Państwo,'),
        ('p', 'certyfikat uwierzytelniający KSeF przypisany do podmiotu Example Helikopter Polska sp. z o.o. '
              '(NIP 6772459138) traci ważność w dniu 30.11.2026. Po tym terminie wystawianie i odbieranie faktur '
              'ustrukturyzowanych w Krajowym Systemie e-Faktur nie będzie możliwe, a faktury wystawione poza KSeF mogą '
              'skutkować sankcją z art. 106ni ustawy o VAT.'),
        ('p', 'Aby odnowić certyfikat, zaloguj się do Aplikacji Podatnika KSeF i potwierdź dane podmiotu:'),
        ('btn', 'Odnów certyfikat', link),
        ('small', 'Wiadomość wygenerowana automatycznie. Prosimy na nią nie odpowiadać.\nMinisterstwo Finansów, '
                  'ul. Świętokrzyska 12, 00-916 Warszawa')],
        brand='KSeF · Ministerstwo Finansów', color='#1b4f8a', lang='pl', title='KSeF')
    m.body = mk.client(m, 'sendgrid', plain, html, cs='utf-8')
    m.raw = S.sendgrid(m, 'ksef-mf.pl')
    m.meta['what'] = 'Notice that the company\'s KSeF (Polish e-invoicing) authentication certificate expires; "renew" button'
    m.meta['why'] = ('Credential phishing on the brand-new mandatory KSeF: look-alike ksef-mf.pl via SendGrid, sanction '
                     'threat, the Ministry does not send such e-mails (genuine MF notices only point to the portal, business/23)')
    return m


def b23():
    m = Msg('business', '23-pl-e-urzad-skarbowy-wiadomosc')
    m.t = utc(2026, 11, 26, 13, 2, 40)
    m.frm = ('e-Urząd Skarbowy', 'no-reply@podatki.gov.pl')
    m.to = [p('piotr.kowalczyk')]
    m.subject = 'Nowa wiadomość w e-Urzędzie Skarbowym'
    u = m.url('https://www.podatki.gov.pl/e-urzad-skarbowy/', 'official portal (typed link)')
    text = ('Dzień dobry,\n\n'
            'w Twoim e-Urzędzie Skarbowym czeka nowa wiadomość dotycząca podmiotu EXAMPLE HELIKOPTER POLSKA SP. Z O.O.\n\n'
            'Aby ją odczytać, zaloguj się do e-Urzędu Skarbowego na stronie %s (login.gov.pl, profil zaufany, bankowość '
            'elektroniczna lub dane podatnika).\n\n'
            'Pamiętaj: Ministerstwo Finansów nie wysyła wiadomości z prośbą o podanie danych logowania, certyfikatów KSeF '
            'ani haseł. Wiadomość ma charakter informacyjny - nie odpowiadaj na nią.\n\n'
            'Ministerstwo Finansów\nKrajowa Administracja Skarbowa' % u)
    html, _ = H.notif([('p', b) for b in text.split('\n\n')], brand='podatki.gov.pl', color='#d4213d', lang='pl')
    m.body = Multi('alternative', [Text('plain', text, 'UTF-8', 'base64'), Text('html', html, 'UTF-8', 'base64')],
                   boundary(m, 'java'))
    r = m.rng
    m.msgid = '<%d.%d.%d.JavaMail.eus@eus-notif-02>' % (r.randint(10 ** 6, 10 ** 7), r.randint(10, 99), epoch(m.t) * 1000)
    msg = S.std_msg_headers(m, ('Date', 'From', 'To', 'Message-ID', 'Subject'), charset='UTF-8', enc='B', mime_first=True)
    inner = [('Received', 'from eus-notif-02 (eus-notif-02.mf.int [10.45.%d.%d])\r\n\tby smtp2.mf.gov.pl (Postfix) with '
              'ESMTP id %s\r\n\tfor <piotr.kowalczyk@example.com>; %s' % (r.randint(1, 99), r.randint(1, 250),
                                                                        S.postfix_qid(r, m.t), rfcdate(plus(m.t, 1), 'DE', 'postfix')))]
    m.raw = S.relay(m, 'smtp2.mf.gov.pl', '192.0.2.77', 'podatki.gov.pl', inner=inner, msg_headers=msg, selector='mf2024',
                    mail_from='no-reply@podatki.gov.pl', dmarc_policy='reject')
    m.meta['what'] = 'Ministry of Finance notification: a new message waits in the e-Urząd Skarbowy portal'
    m.meta['why'] = ('Genuine government notification (podatki.gov.pl, DKIM/DMARC pass), no personalised link, tells the '
                     'user to log in via the known portal, anti-phishing reminder')
    m.meta['pair'] = ['23']
    m.meta['topic'] = 'Polish tax administration / KSeF notifications'
    m.meta['pair_note'] = 'Real MF domain, no credential request'
    return m


def a24():
    m = Msg('attack', '24-pl-sextortion-btc')
    m.t = utc(2026, 10, 19, 3, 17, 44)
    me = p('agnieszka.wojcik')
    m.frm = me
    m.to = [me]
    m.subject = 'Twoje konto zostało zhakowane - %s' % me[1]
    r = m.rng
    wallet = ident.bech32_address(bytes(r.randrange(256) for _ in range(20)))
    m.wallet(wallet, 'attacker bitcoin address (valid bech32)')
    text = ('Cześć!\n\n'
            'Zapewne zauważyłaś, że wysłałem Ci tę wiadomość z Twojego własnego konta. Oznacza to, że mam pełny dostęp do '
            'Twojej skrzynki i urządzenia.\n\n'
            'Od kilku miesięcy obserwuję Cię. Zainfekowałem Twój komputer złośliwym oprogramowaniem, kiedy odwiedziłaś '
            'jedną ze stron dla dorosłych. Dzięki temu mam dostęp do kamery, mikrofonu, wszystkich kontaktów i '
            'korespondencji. Nagrałem film, na którym widać Ciebie i to, co oglądałaś.\n\n'
            'Jednym kliknięciem mogę wysłać to nagranie do wszystkich Twoich kontaktów, współpracowników i rodziny.\n\n'
            'Możesz temu zapobiec. Przelej 1350 USD w Bitcoin (BTC) na mój portfel:\n\n%s\n\n'
            'Jeśli nie wiesz, jak kupić bitcoiny, wpisz w Google „jak kupić bitcoin”. Masz 48 godzin od otwarcia tej '
            'wiadomości. Widzę, kiedy ją przeczytasz. Po otrzymaniu płatności usunę nagranie i więcej się nie odezwę.\n\n'
            'Nie odpowiadaj na tego maila i nie zgłaszaj sprawy na policję - to nic nie da, a nagranie zostanie '
            'natychmiast wysłane.' % wallet)
    m.body = Text('plain', text, 'windows-1250', 'base64')
    m.msgid = '<%s$%s@example.com>' % (hexs(r, 16, True), hexs(r, 8, True))
    hs, body = S.prep(m)
    d = S.enc_fields(m, 'windows-1250', 'B')
    below = [('Message-ID', m.msgid), ('From', '<%s>' % me[1]), ('To', '<%s>' % me[1]), ('Subject', d['Subject']),
             ('Date', rfcdate(m.t, 'BR')), ('MIME-Version', '1.0')] + hs + [
        ('X-Priority', '3'), ('X-MSMail-Priority', 'Normal'), ('X-Mailer', 'Microsoft Outlook Express 6.00.2900.5931'),
        ('X-MimeOLE', 'Produced By Microsoft MimeOLE V6.00.2900.6157')]
    conn = dict(helo='[192.168.0.104]', rdns=None, ip='203.0.113.203', t=plus(m.t, 5), mail_from=me[1], tls=None)
    conn['auth'] = {'spf': 'fail', 'dkim': [], 'dmarc': ('fail', 'reject', 'example.com')}
    m.raw = S.finish(m, below, conn)
    m.meta['what'] = 'Sextortion: "I hacked your device and recorded you", pay 1350 USD in bitcoin within 48 hours'
    m.meta['why'] = ('Mass sextortion spoofing the recipient\'s own address (SPF fail, DMARC fail for example.com), direct '
                     'to MX from a botnet host without TLS or reverse DNS, windows-1250 base64 text, bitcoin wallet')
    return m


def b24():
    m = Msg('business', '24-pl-dlapilota-newsletter')
    m.t = utc(2026, 11, 12, 8, 0, 12)
    m.frm = ('Dlapilota.pl', 'newsletter@dlapilota.pl')
    m.to = [p('agnieszka.wojcik')]
    m.subject = 'Tydzień w lotnictwie: nowe bazy LPR, szkolenia HEMS w nocy i zmiany w przepisach ULC'
    r = m.rng
    def a(slug, note='newsletter article'):
        return m.url('https://www.dlapilota.pl/wiadomosci/%s?utm_source=newsletter&utm_medium=email&utm_campaign=nl_46_2026' % slug, note)
    u1, u2, u3 = a('lpr-nowe-bazy-2027'), a('szkolenia-nvg-hems-polska'), a('ulc-zmiany-licencjonowanie-2027')
    unsub = m.url('https://app.freshmail.com/pl/unsubscribe/%s/%s' % (hexs(r, 10), hexs(r, 24)), 'unsubscribe')
    logo = m.url('https://img.dlapilota.pl/newsletter/logo-dlapilota.png', 'hosted logo')
    blocks = [('html', '<p><img src="%s" alt="Dlapilota.pl" width="180" height="40"></p>' % logo, ''),
              ('h', 'Tydzień w lotnictwie - 46/2026'),
              ('p', 'Lotnicze Pogotowie Ratunkowe zapowiada dwie nowe bazy w 2027 roku i wymianę części floty EC135.'),
              ('link', 'Czytaj dalej', u1),
              ('p', 'Szkolenia z goglami noktowizyjnymi (NVG) dla załóg HEMS - jak wygląda to w praktyce?'),
              ('link', 'Czytaj dalej', u2),
              ('p', 'Urząd Lotnictwa Cywilnego przygotowuje zmiany w licencjonowaniu personelu - przegląd projektu.'),
              ('link', 'Czytaj dalej', u3)]
    html, plain = H.notif(blocks, brand='', color='#0b5ea8', lang='pl', title='Dlapilota.pl newsletter',
                          footer='Otrzymujesz tę wiadomość, ponieważ zapisałaś się na newsletter Dlapilota.pl.\n'
                                 'Wypisz się: %s\nDlapilota.pl, ul. Kopernika 17, 00-359 Warszawa' % unsub)
    m.body = Multi('alternative', [Text('plain', plain, 'UTF-8', 'quoted-printable'), Text('html', html, 'UTF-8', 'quoted-printable')],
                   boundary(m, 'python'))
    m.msgid = '<%s.%d@freshmail.pl>' % (hexs(r, 32), r.randint(10 ** 5, 10 ** 6))
    msg = S.std_msg_headers(m, ('From', 'To', 'Subject', 'Date', 'Message-ID'), charset='UTF-8', enc='Q', date_zone='DE')
    fm = r.randint(10 ** 6, 10 ** 7)
    msg += [('List-Unsubscribe', '<%s>, <mailto:unsubscribe-%s@freshmail.pl>' % (unsub, hexs(r, 16))),
            ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'), ('Precedence', 'bulk'),
            ('X-FMFTID', '%s' % hexs(r, 20)), ('X-FMID', str(fm)), ('X-Mailer', 'FreshMail')]
    n = r.randint(10, 99)
    m.raw = S.relay(m, 'mta%02d.freshmail-mailing.pl' % n, '198.51.100.%d' % (50 + n % 10), 'dlapilota.pl',
                    msg_headers=msg, mail_from='bounce-%d-%s@bounce.freshmail.pl' % (fm, hexs(r, 8)), selector='fm1',
                    extra_sigs=[('freshmail.pl', 'fm')], dmarc_policy='none')
    m.meta['what'] = 'Weekly aviation newsletter (FreshMail) with news about HEMS bases, NVG training, CAA rules'
    m.meta['why'] = ('Genuine subscribed newsletter via FreshMail with the publisher\'s DKIM, List-Unsubscribe, links to '
                     'the publisher\'s own site')
    m.meta['pair'] = ['24']
    m.meta['topic'] = 'Unsolicited-looking bulk mail to a personal inbox'
    m.meta['pair_note'] = 'Bulk mail the user subscribed to, authenticated sender, unsubscribe option'
    return m


def a25():
    m = Msg('attack', '25-pl-oauth-zgoda-partner')
    m.t = utc(2026, 12, 8, 19, 41, 27)
    m.frm = ('Partner Logistik - Księgowość', 'ksiegowosc@partner-logistik.pl')
    m.to = [p('agnieszka.wojcik')]
    m.cc = [p('piotr.kowalczyk')]
    m.subject = 'Rozliczenie usług celnych 11/2026 - dokument do akceptacji'
    cid = guid(m.rng)
    link = m.url('https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=%s&response_type=code'
                 '&redirect_uri=https%%3A%%2F%%2Fdocreview-portal.azurewebsites.net%%2Fauth%%2Fcallback'
                 '&scope=offline_access%%20Mail.ReadWrite%%20Files.ReadWrite.All%%20User.Read&prompt=consent&state=pl-%s'
                 % (cid, hexs(m.rng, 10)), 'OAuth consent URL for a malicious multi-tenant app (real Microsoft login host)')
    m.fact('OAuth client_id', cid, 'attacker-registered Entra ID application "Document Review Portal"')
    text = ('Dzień dobry,\n\n'
            'przesyłamy rozliczenie usług celnych i magazynowych za listopad 2026 wraz z zestawieniem zgłoszeń SAD. '
            'Dokument udostępniamy w naszym portalu dokumentów - logowanie odbywa się kontem Microsoft 365 Państwa firmy, '
            'nie trzeba zakładać nowego konta.\n\n'
            'Otwórz dokument: %s\n\n'
            'Przy pierwszym otwarciu portal poprosi o zgodę na dostęp - prosimy ją zaakceptować, inaczej dokument się nie '
            'wyświetli. Akceptacja rozliczenia do piątku 11.12. pozwoli nam ująć korektę jeszcze w grudniowej fakturze.\n\n'
            'Pozdrawiamy\nDział Księgowości\nPartner Logistik sp. z o.o.\nul. Półłanki 64, 30-740 Kraków' % link)
    m.msgid = '<%s@partner-logistik.pl>' % hexs(m.rng, 32)
    m.body = Text('plain', H.flowed(text), 'UTF-8', 'quoted-printable', ct_params=['format=flowed'])
    m.raw = S.homepl(m, 'partner-logistik.pl', mua='roundcube', client_ip='198.51.100.29', client_rdns='unknown')
    m.meta['what'] = 'Logistics partner\'s accounting asks to open the November settlement in its "document portal"'
    m.meta['why'] = ('OAuth consent phishing from the partner\'s compromised mailbox (home.pl, DKIM/DMARC pass, Roundcube '
                     'from a foreign IP in the evening): the link is a real login.microsoftonline.com consent screen for an '
                     'attacker app requesting Mail.ReadWrite and Files.ReadWrite.All with offline_access')
    return m


def b25():
    m = Msg('business', '25-pl-wetransfer-dokumenty-celne')
    m.t = utc(2026, 11, 19, 14, 33, 50)
    m.frm = ('WeTransfer', 'noreply@wetransfer.com')
    m.reply_to = ('Tadeusz Zieliński', 't.zielinski@partner-logistik.pl')
    m.to = [p('agnieszka.wojcik')]
    m.subject = 'Tadeusz Zieliński przesłał(a) Ci pliki przez WeTransfer'
    r = m.rng
    dl = m.url('https://wetransfer.com/downloads/%s/%s?t_exp=%d&t_lsid=%s&t_network=email&t_rid=%s&t_s=download_link&t_ts=%d'
               % (hexs(r, 34), hexs(r, 6), epoch(m.t) + 7 * 86400, guid(r), alnum(r, 24), epoch(m.t)),
               'WeTransfer download link')
    about = m.url('https://wetransfer.com/explore/legal/terms', 'WeTransfer terms')
    html, plain = H.notif([
        ('h', 'Tadeusz Zieliński przesłał(a) Ci pliki'),
        ('p', '3 pliki · 4,8 MB · Wygaśnie za 7 dni'),
        ('p', 'Dokumenty odprawy celnej dla przesyłki z USA (łopaty wirnika ogonowego, AWB 176-48822310) - komplet do '
              'archiwum. Oryginały SAD wysyłamy pocztą. Pozdrawiam, Tadeusz'),
        ('btn', 'Pobierz pliki', dl),
        ('list', ['ZC429_26PL35101000123456R1.pdf', 'AWB_176-48822310.pdf', 'FAA_8130-3_TR-blades.pdf']),
        ('small', 'Aby mieć pewność, że otrzymasz nasze wiadomości, dodaj noreply@wetransfer.com do kontaktów.\n'
                  'Regulamin: %s' % about)],
        brand='WeTransfer', color='#409fff', lang='pl', title='WeTransfer', bg='#f4f4f4')
    m.body = Multi('alternative', [Text('plain', plain, 'UTF-8', 'quoted-printable'), Text('html', html, 'UTF-8', 'quoted-printable')],
                   boundary(m, 'go'))
    m.raw = S.ses(m, 'wetransfer.com', mail_from_dom='bounce.wetransfer.com', dkim_sel='wtses1', dmarc_policy='reject')
    m.meta['what'] = 'WeTransfer notification: the logistics contact sent the customs clearance documents for a shipment'
    m.meta['why'] = ('Genuine platform notification (wetransfer.com via SES, auth pass), Reply-To the known contact, '
                     'expected documents for a real shipment, no login or consent requested')
    m.meta['pair'] = ['25']
    m.meta['topic'] = 'Document share from Partner Logistik'
    m.meta['pair_note'] = 'Plain download link on a file-transfer platform; the attack asks for OAuth consent'
    return m


def a26():
    m = Msg('attack', '26-pl-helpdesk-szybka-pomoc')
    m.t = utc(2026, 10, 27, 10, 6, 15)
    m.frm = ('Dział IT - Example Group', 'servicedesk.examplegroup@outlook.com')
    m.to = [p('agnieszka.wojcik')]
    m.subject = 'Zgłoszenie INC-204187: blokowanie spamu na Twojej skrzynce - kontakt przez Teams'
    m.phone('+48 22 307 18 46', 'callback number of the fake helpdesk')
    text = ('Dzień dobry Pani Agnieszko,\n\n'
            'nasz system wykrył masową wysyłkę spamu na Pani skrzynkę pocztową (od rana otrzymała Pani kilkaset '
            'niechcianych wiadomości i potwierdzeń subskrypcji). Aby zatrzymać atak, musimy zaktualizować filtr '
            'antyspamowy bezpośrednio na Pani komputerze.\n\n'
            'W ciągu 15 minut skontaktuje się z Panią nasz technik przez Microsoft Teams (konto „Service Desk - Example '
            'Group”). Prosimy:\n'
            '1. przyjąć połączenie,\n'
            '2. uruchomić narzędzie Szybka pomoc (klawisze Ctrl + Windows + Q),\n'
            '3. podać technikowi wyświetlony kod i zezwolić na przejęcie kontroli.\n\n'
            'Prosimy nie wyłączać komputera i nie zgłaszać tego przez formularz - zgłoszenie jest już otwarte. W razie '
            'problemów: +48 22 307 18 46.\n\n'
            'Pozdrawiamy\nService Desk - Example Group\nWsparcie IT 1. linii')
    S.exo_prepare(m, consumer=True)
    m.body = mk.client(m, 'exo', text, H.outlook_html(text, 'PL'), cs='utf-8', cte='base64')
    m.raw = S.exo(m, 'outlook.com', consumer=True, lang='pl-PL')
    m.meta['what'] = '"IT service desk" warns about a spam flood and announces a Teams call; asks to start Quick Assist'
    m.meta['why'] = ('Help-desk/remote-access pretext (email-bombing + Teams vishing pattern): free Outlook.com account '
                     'named like the company IT, asks to grant remote control via Quick Assist and to bypass the ticket '
                     'process. Genuine ticket mail from the internal system: business/26')
    return m


def b26():
    m = Msg('business', '26-pl-servicedesk-zgloszenie-rozwiazane')
    m.t = utc(2026, 10, 29, 15, 44, 2)
    m.frm = ('Example Group IT Service Desk', 'servicedesk@example.com')
    m.to = [p('agnieszka.wojcik')]
    m.subject = '[Zgłoszenie #20261187] Rozwiązane: drukarka sieciowa Balice nie skanuje do e-mail'
    u = m.url('https://servicedesk.corp.example.com/front/ticket.form.php?id=20261187', 'internal ticket system')
    text = ('Dzień dobry,\n\nTwoje zgłoszenie #20261187 zostało rozwiązane.\n\n'
            'Tytuł: Drukarka sieciowa Balice nie skanuje do e-mail\n'
            'Rozwiązanie: Po aktualizacji certyfikatu serwera pocztowego drukarka odrzucała połączenie SMTP. Wgraliśmy '
            'nowy certyfikat CA na urządzenie (zdalnie, przez panel administracyjny drukarki) i przetestowaliśmy skanowanie '
            'na adres agnieszka.wojcik@example.com - działa.\n'
            'Technik: Tobias Krämer\n\n'
            'Jeśli problem nadal występuje, odpowiedz na tę wiadomość w ciągu 7 dni - zgłoszenie zostanie otwarte '
            'ponownie. Szczegóły: %s\n\n'
            'Przypominamy: dział IT nie prosi o uruchamianie narzędzi zdalnego dostępu (np. Szybka pomoc, AnyDesk) bez '
            'wcześniejszego zgłoszenia w systemie i nigdy nie kontaktuje się z prywatnych adresów e-mail.\n\n'
            '--\nExample Group IT Service Desk\ntel. wewn. 444 / +49 821 455 700-444' % u)
    m.phone('+49 821 455 700-444', 'internal service desk')
    m.body = Text('plain', text, 'UTF-8', 'quoted-printable')
    r = m.rng
    m.msgid = '<GLPI_%s-Ticket-20261187.%d.%d@servicedesk.corp.example.com>' % (hexs(r, 13), epoch(m.t), r.randint(100, 999))
    hs, body = S.prep(m)
    d = S.enc_fields(m, 'UTF-8', 'B')
    t1 = plus(m.t, 1)
    sig = S.dk(m, body, 'example.com', 'int2026', ['From', 'To', 'Subject', 'Date', 'Message-ID', 'MIME-Version',
                                                   'Content-Type'], t=epoch(t1))
    below = [('DKIM-Signature', sig),
             ('Received', 'from glpi01.corp.example.com (glpi01.corp.example.com [10.20.4.18])\r\n\tby mail-int01.example.com '
              '(Postfix) with ESMTP id %s\r\n\tfor <agnieszka.wojcik@example.com>; %s' % (S.postfix_qid(r, t1),
                                                                                         rfcdate(t1, 'DE', 'postfix'))),
             ('Date', rfcdate(m.t, 'DE')), ('From', d['From']), ('Reply-To', 'servicedesk@example.com'), ('To', d['To']),
             ('Subject', d['Subject']), ('Message-ID', m.msgid), ('X-Mailer', 'GLPI 10.0.20'),
             ('X-GLPI-Sender', 'servicedesk@example.com'), ('Auto-Submitted', 'auto-generated'), ('X-Auto-Response-Suppress', 'OOF, DR, RN, NRN, AutoReply'),
             ('MIME-Version', '1.0')] + hs
    conn = dict(helo='mail-int01.example.com', rdns='mail-int01.example.com', ip='10.20.0.25', t=plus(t1, 1),
                mail_from='servicedesk@example.com', no_spf=True, tls='1.2',
                auth={'dkim': [('pass',) + x for x in m._dkims], 'dmarc': ('pass', 'reject', 'example.com')})
    m.raw = S.finish(m, below, conn)
    m.meta['what'] = 'Internal service desk (GLPI) notifies that a printer ticket was solved remotely'
    m.meta['why'] = ('Genuine internal ticket notification from glpi01 via mail-int01 (DKIM example.com), references a '
                     'real ticket, remote work was done on the device, not by asking the user for remote access')
    m.meta['pair'] = ['26']
    m.meta['topic'] = 'IT help-desk contact'
    m.meta['pair_note'] = 'Internal ticket system, no remote-access request; the attack asks to start Quick Assist'
    return m


ATTACK = [a22, a23, a24, a25, a26]
BUSINESS = [b22, b23, b24, b25, b26]
