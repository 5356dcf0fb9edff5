"""Attack messages 17-31: Italian (17-21), Polish (22-26), Spanish (27-31)."""
import ident as I
import infra
from compose import alt, att, html_only, mixed, plain, related
from kit import B, H, PLACEHOLDER, gmail_attr, pdf, qr_png, zip_
from mime import esp_html, esp_text
from people import FERR, OFFICES, PLOG, S, C
from util import rng_for

SPECS = []


def add(**kw):
    kw.setdefault('folder', 'attack')
    SPECS.append(kw)


def _tracked(kind, seed, arg):
    rng = rng_for('link', seed)
    if kind == 'sg':
        return infra.sendgrid_link(rng, arg, '')
    if kind == 'mg':
        return infra.mailgun_link(rng, arg, '')
    return infra.brevo_link(rng, '')


# ================================================================= ITALIAN
# ---------------------------------------------------------------- 17 Ferretti bank change
SELLA = I.it_iban('03268', '11200', '052874193610')
_t17 = '''Gentile dott. Russo,

con la presente La informiamo che, a seguito della riorganizzazione della tesoreria del gruppo, a partire dal 12/11/2026 Ferretti Trasporti S.p.A. ha variato le proprie coordinate bancarie. In allegato trova la comunicazione ufficiale della nostra Direzione Amministrativa.

Le chiediamo pertanto di aggiornare l’anagrafica fornitori e di disporre i pagamenti delle fatture in scadenza, comprese le fatture n. 2026/FT/4418 e 2026/FT/4419 del 31/10/2026 già emesse, esclusivamente sulle nuove coordinate:

Beneficiario: Ferretti Trasporti S.p.A.
Banca: Banca Sella S.p.A.
IBAN: %s
BIC: SELBIT2BXXX

Il conto presso Banco BPM resterà operativo solo per gli incassi già in corso e verrà chiuso a fine mese. Le saremmo grati se volesse confermarci l’avvenuto aggiornamento rispondendo a questa e-mail: in questi giorni il nostro centralino è interessato da un intervento di manutenzione e potrebbe non essere raggiungibile.

Restiamo a disposizione per qualsiasi chiarimento.

Cordiali saluti

Chiara Colombo
Ufficio Commerciale
Ferretti Trasporti S.p.A.
Via Francia 41 – 37135 Verona (VR)
Tel. +39 045 820 3311
www.ferretti-trasporti.it''' % I.fmt_iban(SELLA)
_p17 = pdf([H('FERRETTI TRASPORTI S.p.A.'), 'Via Francia 41 - 37135 Verona (VR) - P.IVA ' + FERR['vat'], '',
            'Spett.le', 'Example Group Italia S.r.l.', 'Viale della Repubblica 193', '31100 Treviso (TV)', '',
            'Verona, 11/11/2026', '',
            B('Oggetto: comunicazione variazione coordinate bancarie'), '',
            'Con la presente comunichiamo che, con decorrenza 12/11/2026, le coordinate bancarie',
            'per i pagamenti a favore di Ferretti Trasporti S.p.A. sono le seguenti:', '',
            'Banca: Banca Sella S.p.A.', 'IBAN: ' + I.fmt_iban(SELLA), 'BIC: SELBIT2BXXX', '',
            'Vi preghiamo di utilizzare esclusivamente le nuove coordinate anche per le fatture già emesse.', '',
            'Distinti saluti', '', 'La Direzione Amministrativa'],
           'Comunicazione', 'utente', 'Microsoft® Word 2016', 'Microsoft® Word 2016', '2026-11-11 19:40')
add(num=17, lang='it', slug='ferretti-iban-lookalike', when='2026-11-12 11:26:52',
    route=lambda c: infra.smtp_host(
        c, ('mail.ferrettitrasporti.it', 'vps-4f2a81c3.vps.ovh.net', '51.75.146.203'),
        client=('[10.0.2.15]', 'unknown', '185.220.101.47'), mua='olk16', lang='it',
        domain='ferrettitrasporti.it', tls='tls13'),
    frm=('Chiara Colombo', 'c.colombo@ferrettitrasporti.it'), to=[S['it_acc']],
    cc=[('Amministrazione', 'amministrazione@ferrettitrasporti.it')],
    subject='Variazione coordinate bancarie – Ferretti Trasporti S.p.A.',
    body=mixed(alt(_t17, 'windows-1252', lang='IT'),
               att(_p17, 'application/pdf', 'Comunicazione_variazione_coordinate_bancarie.pdf')),
    tech='Carrier bank-detail change (vendor impersonation) from a look-alike domain',
    infra='Look-alike ferrettitrasporti.it (no hyphen) on an OVH VPS, submitted from a Tor exit address',
    what='"Chiara Colombo" of the carrier announces a new Banca Sella account, including already issued invoices',
    why='ferrettitrasporti.it is not ferretti-trasporti.it; sent from a rented VPS, not the carrier\'s Aruba '
        'mail; redirects already issued invoices 4418/4419; discourages a phone check ("switchboard under '
        'maintenance"); unsigned letter from "La Direzione Amministrativa". Genuine: business 17/18.',
    checks={'iban': [SELLA]})

# ---------------------------------------------------------------- 18 SdI rejection, encrypted zip
_z18 = zip_([('Notifica_di_scarto_IT04781230265_0F3A9.pdf.js', PLACEHOLDER, (2026, 10, 15, 9, 22, 18))],
            password=b'5581', key='a18')
add(num=18, lang='it', slug='sdi-notifica-scarto-zip-password', when='2026-10-15 09:41:27',
    route=lambda c: infra.smtp_host(
        c, ('smtpdh16-1.aruba.it', 'smtpdh16-1.aruba.it', '62.149.155.150'), mta='aruba',
        client=('webmail.aruba.it', 'unknown', '93.45.118.207'), mua='rc', lang='it', tls='tls12',
        ua='Roundcube Webmail/1.6.9'),
    frm=('Sistema di Interscambio - Fatturazione Elettronica', 'amministrazione@studioferraro-contabilita.it'),
    to=[S['it_acc']],
    subject='Notifica di scarto fattura elettronica - IT04781230265_0F3A9',
    body=mixed(plain('''Gentile cliente,

il Sistema di Interscambio ha scartato il file fattura IT04781230265_0F3A9.xml trasmesso in data 14/10/2026 con il seguente codice di errore:

00305 - IdFiscaleIVA del CessionarioCommittente non valido

La fattura si considera non emessa. Per evitare le sanzioni per omessa fatturazione è necessario correggere e ritrasmettere il documento entro 5 giorni dalla data della presente notifica.

In allegato trova la notifica di scarto e il file originale. Per motivi di riservatezza l'archivio è protetto da password: 5581

Cordiali saluti
Servizio Fatturazione Elettronica''', 'utf-8', '8bit', flowed=True),
               att(_z18, 'application/zip', 'Notifica_scarto_IT04781230265_0F3A9.zip',
                   note='ZipCrypto, password 5581; member .pdf.js placeholder')),
    tech='E-invoicing (SdI) rejection lure with password-protected ZIP hiding a script',
    infra='Compromised mailbox of an unrelated accounting office on Aruba webmail; spoofed display name',
    what='"Sistema di Interscambio" rejection notice with an encrypted archive and its password',
    why='SdI notifications reach the sender through its channel/intermediary, never as a ZIP by e-mail from '
        'a third-party address; encrypted archive (password in the body) to defeat scanning, containing a '
        '.pdf.js script; urgency (5 days, penalties). Genuine handling: business 20.',
    checks={'zip_pw': '5581'})

# ---------------------------------------------------------------- 19 fake lawyer
ESCROW_BE = I.be_iban('363', '1846270')
add(num=19, lang='it', slug='avvocato-operazione-riservata', when='2026-11-26 15:02:09',
    route=lambda c: infra.smtp_host(
        c, ('mail.studiolegalebassi-milano.com', 'static.201.88.12.49.clients.your-server.de', '49.12.88.201'),
        client=('[192.168.1.104]', 'unknown', '79.21.114.6'), mua='tb', lang='it', tls='tls13'),
    frm=('Avv. Lorenzo Bassi', 'l.bassi@studiolegalebassi-milano.com'), to=[S['it_mgr']],
    subject='Riservato - operazione straordinaria / incarico dott. Hoffmann',
    body=plain('''Gentile dott.ssa Bianchi,

Le scrivo in qualità di legale incaricato da Example Group GmbH su mandato del dott. Jürgen Hoffmann, che L'ha indicata come referente per la sede italiana nell'ambito di un'operazione straordinaria coperta da accordo di riservatezza: l'acquisizione della quota di maggioranza di un produttore veneto di telai in carbonio.

Per l'avvio della due diligence è richiesto oggi stesso il versamento di un deposito cauzionale di 94.800,00 € sul conto vincolato (escrow) dello studio, che sarà restituito o imputato al prezzo alla firma del contratto definitivo:

Intestatario: Bassi & Partners - Client Escrow Account
IBAN: %s
BIC: BBRUBEBB
Causale: Deposito cauzionale NDA 2611-VE

Trattandosi di informazioni privilegiate, La prego di non parlarne con i colleghi né con la sede di Friburgo fino all'annuncio ufficiale previsto per la prossima settimana; il dott. Hoffmann La contatterà esclusivamente via e-mail. Mi confermi per cortesia l'esecuzione del bonifico non appena disposto, possibilmente entro le 16:30.

Distinti saluti

Avv. Lorenzo Bassi
Bassi & Partners - Studio Legale Associato
Corso di Porta Nuova 16, 20121 Milano''' % I.fmt_iban(ESCROW_BE), 'iso-8859-15', 'quoted-printable', flowed=True),
    tech='Fake lawyer / CEO fraud against a subsidiary (escrow payment)',
    infra='Newly registered law-firm domain on a Hetzner server, Thunderbird',
    what='"Lawyer" acting for the CEO asks the Italian office manager for a same-day 94,800 EUR escrow deposit',
    why='Unknown law firm, CEO authority invoked but CEO "only by e-mail", secrecy towards colleagues and '
        'HQ, same-day deadline, Belgian escrow account, office managers do not make such payments.',
    checks={'iban': [ESCROW_BE]})


# ---------------------------------------------------------------- 20 BRT courier fee
def _body20(r):
    lk = 'https://brt-spedizioni-consegne.com/giacenza/?sp=061234587741&c=TV'
    b = [('p', 'Gentile cliente,\n\nla spedizione n. **0612 3458 7741** destinata a EXAMPLE GROUP ITALIA S.R.L. '
               'non è stata consegnata: l\'indirizzo risulta incompleto (numero civico mancante).'),
         ('p', 'La spedizione è in giacenza presso la nostra filiale di Treviso. Per programmare una nuova '
               'consegna entro 48 ore è necessario confermare l\'indirizzo e corrispondere il contributo di '
               'riconsegna di **1,99 €**.'),
         ('btn', 'Programma la consegna', lk),
         ('p', 'Trascorsi 5 giorni lavorativi la spedizione sarà restituita al mittente.'),
         ('p', 'BRT S.p.A. – Servizio Clienti')]
    f = 'Questa è una comunicazione automatica, si prega di non rispondere.'
    return alt(None, 'utf-8', 'base64', 'base64',
               html=esp_html(b, '#c8102e', 'BRT', f, 'La tua spedizione è in giacenza', logo_text='BRT', lang='it'),
               text=esp_text(b, f))


add(num=20, lang='it', slug='brt-giacenza-contributo-ses', when='2026-10-19 12:10:33',
    route=lambda c: infra.ses(c),
    frm=('BRT S.p.A.', 'notifiche@brt-spedizioni-consegne.com'), to=[S['it_sales']],
    subject='BRT: spedizione 061234587741 in giacenza – conferma i dati di consegna',
    body=_body20,
    tech='Courier impersonation (parcel held, small redelivery fee) for card data',
    infra='Amazon SES, look-alike brt-spedizioni-consegne.com',
    what='"BRT" says a parcel is held for an incomplete address and asks for a 1.99 EUR fee',
    why='Domain is not brt.it; small fee to collect card details; urgency (48 h / return to sender); '
        'generic address complaint.',
    checks={})

# ---------------------------------------------------------------- 21 Intesa quishing
QR21 = 'https://intesasanpaolo-imprese.info/okey/attiva?c=ISP-OK-2026-48213'
_b21 = [('p', 'Gentile Cliente,\n\nnell\'ambito degli aggiornamenti di sicurezza previsti dalla normativa PSD2, '
              'il dispositivo O-Key associato all\'utenza Inbiz della Sua azienda (**EXAMPLE GROUP ITALIA S.R.L.**) '
              'deve essere riattivato entro il **05/12/2026**.'),
        ('p', 'Per completare la procedura in pochi minuti inquadri il codice QR con lo smartphone sul quale è '
              'installata l\'app Intesa Sanpaolo Business e segua le istruzioni.'),
        ('img', 'okey-qr@intesasanpaolo-imprese.info', 'Codice QR attivazione O-Key', 170),
        ('p', 'In assenza di riattivazione le disposizioni di pagamento e i flussi F24 della Sua azienda saranno '
              'temporaneamente sospesi.'),
        ('small', 'Codice pratica: ISP-OK-2026-48213\nIntesa Sanpaolo S.p.A. – Servizio Clienti Imprese')]
add(num=21, lang='it', slug='intesa-okey-quishing', when='2026-12-03 08:47:15',
    route=lambda c: infra.smtp_host(
        c, ('mail.intesasanpaolo-imprese.info', 'unknown', '193.233.202.118'), mta='postfix',
        local_user=33, mua='php', lang='it', tls='tls13', domain='intesasanpaolo-imprese.info',
        host='mail.intesasanpaolo-imprese.info'),
    frm=('Intesa Sanpaolo - Inbiz', 'comunicazioni@intesasanpaolo-imprese.info'), to=[S['it_mgr']],
    subject='Inbiz: rinnovo obbligatorio del dispositivo O-Key entro il 05/12/2026',
    body=related(html_only(esp_html(_b21, '#1a6f3a', 'Intesa Sanpaolo', '', 'Rinnovo O-Key entro il 05/12/2026',
                                    logo_text='Intesa Sanpaolo · Inbiz', lang='it'), 'utf-8', 'quoted-printable'),
                 att(qr_png(QR21), 'image/png', 'okey.png', inline=True, cid='okey-qr@intesasanpaolo-imprese.info',
                     note='QR code')),
    tech='Bank impersonation with QR code (quishing) for business e-banking credentials/OTP',
    infra='Server without reverse DNS, PHPMailer run as the web-server user (uid 33)',
    what='"Intesa Sanpaolo Inbiz" demands re-activation of the O-Key token by scanning a QR code',
    why='Look-alike domain (not intesasanpaolo.com), no rDNS, script-generated mail; QR hides '
        'intesasanpaolo-imprese.info; threat of blocked payments; the bank never activates tokens via '
        'QR codes sent by e-mail.',
    checks={'qr': [QR21]})


# ================================================================= POLISH
# ---------------------------------------------------------------- 22 KSeF
def _body22(r):
    lk = _tracked('sg', 'a22', r.sg_acct)
    b = [('p', 'Szanowni Państwo,\n\ninformujemy, że w związku z wdrożeniem KSeF 2.0 tokeny uwierzytelniające '
               'wygenerowane w poprzedniej wersji systemu tracą ważność. Aby zachować możliwość wystawiania i '
               'odbierania faktur ustrukturyzowanych dla podmiotu:'),
         ('p', '**EXAMPLE GROUP POLSKA SP. Z O.O.**, NIP %s' % I.fmt_nip(OFFICES['PL']['nip'])),
         ('p', 'należy do dnia **15.10.2026 r.** ponownie uwierzytelnić podmiot i potwierdzić nadane uprawnienia.'),
         ('btn', 'Przejdź do autoryzacji', lk),
         ('p', 'Brak ponownej autoryzacji spowoduje zablokowanie dostępu do faktur otrzymanych, co może skutkować '
               'opóźnieniami w rozliczeniach z kontrahentami oraz sankcjami przewidzianymi w ustawie o VAT.'),
         ('small', 'Wiadomość wygenerowana automatycznie – prosimy na nią nie odpowiadać.\n'
                   'Ministerstwo Finansów – Krajowy System e-Faktur')]
    return alt(None, 'utf-8', html=esp_html(b, '#d4213d', 'KSeF', '', 'Wymagana ponowna autoryzacja podmiotu',
                                             logo_text='Krajowy System e-Faktur', lang='pl'),
               text=esp_text(b))


add(num=22, lang='pl', slug='ksef-tokeny-autoryzacja-sendgrid', when='2026-10-06 10:30:44',
    route=lambda c: infra.sendgrid(c, 'em7731.ksef-podatki-gov.pl', acct=30718824),
    frm=('Krajowy System e-Faktur (KSeF)', 'powiadomienia@ksef-podatki-gov.pl'), to=[S['pl_acc']],
    subject='KSeF: wygaśnięcie tokenów uwierzytelniających – wymagana ponowna autoryzacja podmiotu',
    body=_body22,
    tech='Tax-authority / national e-invoicing (KSeF) impersonation for credentials',
    infra='SendGrid with click tracking, look-alike ksef-podatki-gov.pl',
    what='"Ministry of Finance - KSeF" says tokens expire and asks to re-authenticate the company',
    why='Domain is not podatki.gov.pl/ksef.podatki.gov.pl; the ministry does not e-mail login links; '
        'deadline and VAT sanctions; tracked button hides the phishing host; topical pretext (KSeF 2.0).',
    checks={})

# ---------------------------------------------------------------- 23 Partner Logistik look-alike
MBANK = I.pl_iban('1140200', '0040021309457218')
_t23 = '''Szanowny Panie Łukaszu,

uprzejmie informuję, że w związku z przeniesieniem obsługi bankowej naszej spółki od 10.11.2026 r. prosimy o realizowanie wszystkich płatności wyłącznie na nowy rachunek bankowy:

Partner Logistik sp. z o.o.
mBank S.A.
%s
SWIFT: BREXPLPWMBK

Dotychczasowy rachunek w PKO BP zostanie zamknięty z końcem miesiąca. Pismo podpisane przez Zarząd przesyłam w załączniku.

Jednocześnie prosimy o informację, kiedy zostanie uregulowana faktura FV/2026/10/0412 na kwotę 32 419,11 zł, której termin płatności minął 07.11.2026 r.

Nowy rachunek zostanie zgłoszony do wykazu podatników VAT (biała lista) w ciągu kilku dni roboczych – to standardowa procedura, prosimy się tym nie przejmować.

Z poważaniem
Tadeusz Zieliński
Kierownik ds. Kluczowych Klientów
Partner Logistik sp. z o.o.
ul. Głogowska 248, 60-104 Poznań
tel. +48 61 852 40 70''' % I.fmt_iban(MBANK)
_p23 = pdf([H('Partner Logistik sp. z o.o.'), 'ul. Głogowska 248, 60-104 Poznań · NIP ' + I.fmt_nip(PLOG['nip']), '',
            'Example Group Polska sp. z o.o.', 'ul. Krakowska 180', '52-015 Wrocław', '',
            'Poznań, 06.11.2026', '', B('Zmiana numeru rachunku bankowego'), '',
            'Niniejszym informujemy, że od dnia 10.11.2026 r. właściwym rachunkiem do regulowania należności',
            'na rzecz Partner Logistik sp. z o.o. jest rachunek prowadzony w mBank S.A.:', '',
            'Nr rachunku: ' + I.fmt_iban(MBANK)[2:].strip(), '',
            'Wpłaty na dotychczasowy rachunek nie będą uznawane za zapłatę.', '',
            'Za Zarząd', 'Prezes Zarządu'],
           'Zmiana rachunku', 'Admin', 'Microsoft® Word 2019', 'Microsoft® Word 2019', '2026-11-06 16:02')
add(num=23, lang='pl', slug='partner-logistic-zmiana-rachunku', when='2026-11-09 13:14:27',
    route=lambda c: infra.gmail(c, zone='CET'),
    frm=('Tadeusz Zieliński', 't.zielinski@partner-logistic.pl'), to=[S['pl_acc']], cc=[S['pl_mgr']],
    subject='Zmiana rachunku bankowego – Partner Logistik sp. z o.o.',
    body=mixed(alt(_t23, 'utf-8'), att(_p23, 'application/pdf', 'Zmiana_rachunku_Partner_Logistik.pdf')),
    tech='Logistics-partner bank-detail change from a look-alike domain (Google Workspace)',
    infra='Look-alike partner-logistic.pl ("c" instead of "k") hosted on Google Workspace',
    what='"Tadeusz Zieliński" announces a new mBank account and chases invoice FV/2026/10/0412',
    why='partner-logistic.pl is not partner-logistik.pl and is on Gmail instead of the partner\'s own '
        'server; new account not on the Polish VAT white list ("don\'t worry about it") - paying more than '
        '15,000 PLN to a non-listed account is itself a red flag; old account "closed", overdue-invoice '
        'pressure. Genuine invoice: business 22.',
    checks={'iban': [MBANK]})


# ---------------------------------------------------------------- 24 Trans.eu
def _body24(r):
    lk = _tracked('mg', 'a24', 'mg.trans-eu-platforma.com')
    b = [('p', 'Dzień dobry,\n\nwykryliśmy logowanie do Twojego konta (ID 1184237-1) z nowego urządzenia '
               '(Windows, Kijów, Ukraina) oraz zgłoszenie dotyczące nieopłaconego frachtu na trasie '
               'Wrocław – Mediolan (zlecenie TFS-2026-884129).'),
         ('p', 'Dla Twojego bezpieczeństwa dostęp do giełdy ładunków i ofert frachtowych został tymczasowo '
               'ograniczony. Aby przywrócić pełny dostęp, potwierdź dane firmy i zweryfikuj konto w ciągu '
               '**24 godzin**.'),
         ('btn', 'Zweryfikuj konto', lk),
         ('p', 'Jeśli nie zweryfikujesz konta, zostanie ono zawieszone, a Twoje aktywne oferty zostaną wycofane.'),
         ('p', 'Zespół Trans.eu')]
    f = 'Trans.eu Group S.A. · ul. Racławicka 2-4 · 53-146 Wrocław'
    return alt(None, 'utf-8', html=esp_html(b, '#0a4fd6', 'Trans.eu', f, logo_text='Trans.eu', lang='pl'),
               text=esp_text(b, f))


add(num=24, lang='pl', slug='trans-eu-konto-ograniczone-mailgun', when='2026-10-28 07:52:19',
    route=lambda c: infra.mailgun(c, 'mg.trans-eu-platforma.com'),
    frm=('Trans.eu', 'no-reply@trans-eu-platforma.com'), to=[S['pl_log']],
    subject='Twoje konto na Platformie Trans.eu zostało tymczasowo ograniczone',
    body=_body24,
    tech='Trade-specific platform phishing (freight exchange account takeover)',
    infra='Mailgun with tracked links, look-alike trans-eu-platforma.com',
    what='"Trans.eu" says the freight-exchange account is restricted and must be verified within 24 h',
    why='Not the trans.eu domain; stolen freight-exchange accounts are used for fake transport orders and '
        'cargo theft; new-device + unpaid-freight scare, 24-hour deadline, tracked login link.',
    checks={})

# ---------------------------------------------------------------- 25 RFQ with ZIP/EXE
_z25 = zip_([('Specyfikacja_zamowienia_Rowerownia_2027.pdf.exe', PLACEHOLDER, (2026, 11, 17, 22, 41, 6))],
            key='a25')
add(num=25, lang='pl', slug='zapytanie-ofertowe-zip-exe', when='2026-11-18 09:22:58',
    route=lambda c: infra.interia(c, client=('5.173.40.17', 'user-5-173-40-17.play-internet.pl')),
    frm=('Marcin Wróbel', 'm.wrobel.rowerownia@interia.pl'), to=[S['pl_mgr']],
    subject='Zapytanie ofertowe - rowery elektryczne na sezon 2027',
    body=mixed(plain('''Dzień dobry,

w imieniu sieci sklepów Rowerownia (Kraków, Tarnów, Nowy Sącz) zwracam się z prośbą o przygotowanie oferty na dostawę 120 szt. rowerów elektrycznych (trekking i MTB) na sezon 2027.

Szczegółową specyfikację - modele, rozmiary ram, pojemności baterii i harmonogram dostaw - przesyłam w załączniku. Prosimy o podanie cen hurtowych netto, warunków płatności oraz terminów realizacji.

Ofertę prosimy przesłać do 25.11.2026 r.

Z poważaniem
Marcin Wróbel
Dział Zakupów
Rowerownia s.c.
tel. 512 448 903''', 'iso-8859-2', 'quoted-printable', flowed=True),
               att(_z25, 'application/x-zip-compressed', 'Zapytanie_ofertowe_Rowerownia_2027.zip',
                   note='member .pdf.exe placeholder')),
    tech='Malware delivery: RFQ lure with ZIP containing an executable disguised as PDF',
    infra='interia.pl free-mail account',
    what='Request for quotation for 120 e-bikes with a ZIP "specification"',
    why='The archive holds "...pdf.exe" (double extension, executable); the "chain of shops" uses a free-mail '
        'address and no company domain; classic Polish "zapytanie ofertowe" malspam (info-stealers). '
        'Genuine dealer order: business 25.',
    checks={})

# ---------------------------------------------------------------- 26 Teams helpdesk vishing pretext
add(num=26, lang='pl', slug='helpdesk-teams-quick-assist', when='2026-12-08 08:15:36',
    route=lambda c: infra.exchange_online(c, region='eurprd09', tenant='examplegroupit-onms', lang='pl-PL'),
    frm=('Help Desk IT | Example Group', 'helpdesk@examplegroupit.onmicrosoft.com'), to=[S['pl_mgr']],
    subject='Zgłoszenie INC0048213: masowy spam na Pani skrzynce – kontakt przez Microsoft Teams',
    body=alt('''Pani Katarzyno,

nasz system monitorujący wykrył dziś rano atak typu spam-bombing na Pani skrzynkę pocztową (ponad 900 wiadomości w ciągu godziny). Filtry zostały już zaostrzone, ale aby całkowicie zablokować atak, konieczna jest krótka konfiguracja na Pani komputerze.

Technik Działu IT skontaktuje się z Panią dziś między 9:00 a 10:00 przez Microsoft Teams (konto „Help Desk IT | Example Group”). Prosimy:
- przyjąć połączenie w Teams,
- uruchomić aplikację Szybka pomoc (Quick Assist – skrót Ctrl + Windows + Q),
- podać technikowi wyświetlony kod zabezpieczający.

Prosimy nie wyłączać komputera i nie usuwać wiadomości spamowych do czasu zakończenia konfiguracji.

Numer zgłoszenia: INC0048213

Z poważaniem
Help Desk IT
Example Group''', 'windows-1250', lang='PL'),
    tech='IT-helpdesk vishing pretext (spam-bombing + Teams call + Quick Assist remote access)',
    infra='Attacker Microsoft 365 trial tenant (examplegroupit.onmicrosoft.com)',
    what='"Help Desk" announces a Teams call and asks the user to start Quick Assist and read out the code',
    why='External onmicrosoft.com tenant posing as internal IT; remote-access request via Quick Assist is the '
        'ransomware-precursor pattern (spam flood, then fake helpdesk on Teams); Example Group IT is in '
        'Freiburg and uses its own ticket numbers (see business 26).',
    checks={})

# ================================================================= SPANISH
# ---------------------------------------------------------------- 27 AEAT download link
_b27 = [('p', 'Estimado/a contribuyente:\n\nLe comunicamos que se ha puesto a su disposición una notificación '
              'electrónica en relación con el procedimiento de comprobación limitada del Impuesto sobre el Valor '
              'Añadido, modelo 303, tercer trimestre de 2026.'),
        ('table', [('Titular', 'EXAMPLE GROUP IBERIA SL'), ('NIF', OFFICES['ES']['cif']),
                   ('Referencia', '2026GRC47123456Q')]),
        ('p', 'Dispone de un plazo de diez días hábiles, contados a partir del día siguiente a la puesta a '
              'disposición, para acceder a su contenido. Transcurrido dicho plazo, la notificación se entenderá '
              'practicada a todos los efectos legales (art. 43 de la Ley 39/2015).'),
        ('btn', 'Descargar notificación (PDF)',
         'https://reformas-urbieta.es/wp-content/uploads/2026/10/aeat/notificacion.php?ref=2026GRC47123456Q'),
        ('small', 'Agencia Estatal de Administración Tributaria')]
add(num=27, lang='es', slug='aeat-notificacion-descarga', when='2026-10-14 12:03:40',
    route=lambda c: infra.smtp_host(
        c, ('cpanel-es18.webempresa.eu', 'cpanel-es18.webempresa.eu', '185.47.247.118'), mta='exim',
        local_user='reformasu', mua='php', lang='es', tls='tls13', domain='cpanel-es18.webempresa.eu'),
    frm=('Agencia Tributaria', 'notificaciones@sede-agenciatributaria.es'),
    env_from='reformasu@cpanel-es18.webempresa.eu', to=[S['es_acc']],
    subject='Notificación electrónica disponible - Requerimiento de información (Ref. 2026GRC47123456Q)',
    body=alt(None, 'iso-8859-1', html=esp_html(_b27, '#7a1b1b', 'Agencia Tributaria', '',
                                                logo_text='Agencia Tributaria · Sede electrónica', lang='es',
                                                cs='iso-8859-1'),
             text=esp_text(_b27)),
    tech='Tax-office (AEAT) impersonation delivering malware via a download link on a compromised site',
    infra='Compromised WordPress hosting account (cPanel/Exim local submission, PHPMailer), spoofed sender',
    what='"Agencia Tributaria" notification with a button to download the "requirement" as PDF',
    why='Sent by a script from a shared-hosting account (envelope-from reformasu@cpanel-es18...); the link '
        'points to a .php file in a WordPress uploads folder of an unrelated business (serves a malicious '
        'archive); AEAT notifications are retrieved in DEHú/Sede, not downloaded from mail links. '
        'Genuine counterpart: business 27.',
    checks={})

# ---------------------------------------------------------------- 28 CEO fraud WhatsApp
add(num=28, lang='es', slug='ceo-fraud-whatsapp-yahoo', when='2026-11-16 13:37:08',
    route=lambda c: infra.yahoo(c),
    frm=('Javier Martínez Ortega', 'javier.martinez.ortega.eg@yahoo.com'), to=[S['es_acc']],
    subject='Urgente y confidencial',
    body=alt('''Lucía, ¿estás en la oficina?

Necesito que me ayudes con un tema confidencial relacionado con una adquisición que estamos cerrando con la central. Por favor, envíame tu número de móvil para hablar por WhatsApp, es más rápido.

No lo comentes con nadie de momento, ni siquiera con Carmen. Estoy en una reunión y no puedo atender llamadas.

Gracias,
Javier

Enviado desde Yahoo Mail para iPhone''', 'utf-8'),
    tech='CEO/manager fraud opener moving the victim to WhatsApp',
    infra='Yahoo Mail free-mail account with the office manager\'s name',
    what='"Javier Martínez" asks the Spanish accountant for her mobile number for a confidential deal',
    why='Free-mail address instead of javier.martinez@example.com; secrecy ("not even Carmen"), cannot take '
        'calls, moves the conversation to WhatsApp where the payment request follows. Genuine counterpart: '
        'business 31.',
    checks={})


# ---------------------------------------------------------------- 29 DHL customs fee
def _body29(r):
    lk = _tracked('br', 'a29', None)
    b = [('p', 'Estimado cliente:\n\nSu envío con número de seguimiento **48 1193 0527**, procedente de Taichung '
               '(Taiwán), ha llegado al centro de aduanas de Madrid-Barajas y está pendiente del pago de los '
               'derechos de importación.'),
         ('table', [('Importe pendiente', '29,47 €'), ('Concepto', 'Aranceles, IVA de importación y gestión aduanera')]),
         ('p', 'Para evitar la devolución del envío al remitente, realice el pago en un plazo de **72 horas**.'),
         ('btn', 'Pagar ahora', lk),
         ('p', 'Una vez recibido el pago, su envío se entregará en 1-2 días laborables.\n\nAtentamente,\n'
               'DHL Express España – Departamento de Aduanas')]
    return alt(None, 'utf-8', html=esp_html(b, '#d40511', 'DHL Express', '', logo_text='DHL Express', lang='es'),
               text=esp_text(b))


add(num=29, lang='es', slug='dhl-aranceles-aduana-brevo', when='2026-11-30 10:26:45',
    route=lambda c: infra.brevo(c),
    frm=('DHL Express', 'aduanas@dhl-express-aranceles.es'), to=[S['es_sales']],
    subject='Su envío 4811930527 está retenido en aduana – pago de aranceles pendiente',
    body=_body29,
    tech='Courier/customs impersonation (small duty payment) for card data',
    infra='Brevo with tracked links, look-alike dhl-express-aranceles.es',
    what='"DHL Express" asks to pay 29.47 EUR import duties within 72 h',
    why='Not a dhl.com sender, tracked link to a payment page; DHL invoices duties with its own invoice or '
        'collects on delivery; plausible hook (frames really come from Taiwan). Genuine DHL: business 30.',
    checks={})

# ---------------------------------------------------------------- 30 compromised dealer, Google Sites
TXIRR_MID = '<CAJx7Wq3mKp0vT2nF8sYh4LdR6eQz1Bc9uN5aG0wXiE7oHr2k=Dg@mail.gmail.com>'
add(num=30, lang='es', slug='txirrindu-cuenta-comprometida-gsites', when='2026-12-09 18:44:21',
    route=lambda c: infra.gmail(c, zone='CET', node=('mail-wr1-f65', '209.85.221.65')),
    frm=C['txirrindu']['contacts'][0], to=[S['es_sales']],
    in_reply_to='<CAF3bQ8t0kYv2xW9mRz4nLpE7sHc1dJ6uG5aT8fNqO2iVb3wE-A@mail.gmail.com>',
    references=TXIRR_MID + ' <CAF3bQ8t0kYv2xW9mRz4nLpE7sHc1dJ6uG5aT8fNqO2iVb3wE-A@mail.gmail.com>',
    subject='Re: Pedido temporada 2027 - confirmación y anticipo',
    body=alt('''Hola Carmen:

Te adjunto el justificante de la transferencia del anticipo del pedido de temporada. Como el PDF pesa mucho, lo he compartido desde nuestro Drive:

[[Justificante_transferencia_anticipo_Txirrindu.pdf|https://sites.google.com/view/txirrindu-justificante-pago/inicio]]

Para verlo te pedirá que inicies sesión con tu correo de empresa. Confírmame cuando lo tengas, por favor, que el banco nos pide acuse.

Un saludo,
Iñaki
-----QUOTE-----
%s

Hola Iñaki:

Te confirmo el pedido de temporada 2027 (18 bicicletas). Te envío la factura proforma PF-ES-26-0412 para el anticipo del 30 %%. Entrega prevista la primera semana de marzo en la tienda de Donostia.

Un saludo,
Carmen Ruiz
Example Group Iberia S.L.''' % gmail_attr('es', '2026-11-26 09:15', 'Carmen Ruiz', 'carmen.ruiz@examplegroup.eu'),
             'utf-8'),
    tech='Thread hijack from a genuinely compromised customer mailbox; credential phishing on Google Sites',
    infra="Txirrindu's real Google Workspace account (same as its genuine mail)",
    what='Dealer replies in the order thread with a "payment receipt" link that requires a company sign-in',
    why='Genuine but compromised account: the "receipt" is a Google Sites page (not Drive) that asks for the '
        'recipient\'s company e-mail login; an ordinary PDF receipt needs no sign-in; sent in the evening; '
        'the dealer normally attaches PDFs (business 29).',
    checks={})

# ---------------------------------------------------------------- 31 BBVA Net cash
_b31 = [('p', 'Estimado cliente:\n\nEn cumplimiento de la normativa de prevención del blanqueo de capitales '
              '(Ley 10/2010) y de la Directiva de Servicios de Pago (PSD2), BBVA debe revalidar periódicamente los '
              'poderes de los apoderados autorizados a operar en BBVA Net cash.'),
        ('table', [('Empresa', 'EXAMPLE GROUP IBERIA SL'), ('Contrato', '0182-5923-NC-0047718')]),
        ('p', 'Le rogamos que el apoderado principal complete la revalidación antes del **28/10/2026**. Si no se '
              'completa en plazo, las órdenes de pago, transferencias y remesas quedarán retenidas hasta su '
              'regularización.'),
        ('btn', 'Revalidar apoderados', 'https://bbva-netcash-empresas.com/es/revalidacion/?ct=0047718'),
        ('p', 'Necesitará su código de empresa, usuario, contraseña y el código de firma que recibirá por SMS.'),
        ('small', 'Atentamente,\nBBVA – Banca de Empresas')]
add(num=31, lang='es', slug='bbva-netcash-revalidacion-postmark', when='2026-10-21 09:12:17',
    route=lambda c: infra.postmark(c),
    frm=('BBVA Net cash', 'avisos@bbva-netcash-empresas.com'), to=[S['es_mgr']],
    subject='BBVA Net cash: revalidación obligatoria de apoderados antes del 28/10/2026',
    body=alt(None, 'utf-8', html=esp_html(_b31, '#004481', 'BBVA Net cash', '', logo_text='BBVA', lang='es'),
             text=esp_text(_b31)),
    tech='Bank impersonation (corporate e-banking) harvesting credentials and SMS signing code',
    infra='Postmark transactional ESP, look-alike bbva-netcash-empresas.com',
    what='"BBVA Net cash" demands revalidation of authorised signatories or payments will be held',
    why='Domain is not bbva.es/bbva.com; regulatory pretext with deadline and payment blocking; asks for '
        'company code, user, password and the SMS signing code - enough to authorise transfers.',
    checks={})
