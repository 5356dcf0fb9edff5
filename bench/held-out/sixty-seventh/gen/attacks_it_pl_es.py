"""Attack messages 17-31: Italian (5), Polish (5), Spanish (5)."""
import base64

import ids
import systems as SY
from common import attach, esc, multi, text, utc, Part
from kit import (PH, alt, bnd, esp_html, fake_login_html, html_gmail, html_outlook,
                 mixed, noted, pdf_att, qr_png, zip_att, d)
from message import Msg
from people import S, FERR, PLOG, EG_PL_NIP, EG_ES_CIF

MSGS = []


def add(f):
    MSGS.append(f())
    return f


# ------------------------------------------------------------------ 17
@add
def a17():
    t = """Buongiorno,

vi inoltriamo la fattura n. 1184/2026 del 09/10/2026 unitamente alla notifica di scarto ricevuta dal Sistema di Interscambio (codice errore 00404 - fattura duplicata).

Per poter procedere con la riemissione vi chiediamo di verificare i dati riportati nel documento allegato e di confermarci il codice destinatario corretto entro oggi.

Per motivi di riservatezza l'archivio è protetto da password: FT1184

Cordiali saluti

Ufficio Amministrazione
Ottica Rinaldi Snc
Via dei Mille 12 - 25122 Brescia
Tel. 030 3751 228"""
    z = zip_att('FT_1184_2026_notifica_scarto_SdI.zip', [
        ('FT_1184_2026_IT%s.pdf.js' % ids.it_piva('0421873017'), PH)], password='FT1184', seed='a17', when=(2026, 10, 13, 9, 41, 0))
    body = multi('mixed', [text(t, 'plain', 'iso-8859-15', 'quoted-printable'), z], bnd('java', 'a17'))
    return Msg('it', 'fattura-sdi-scarto-zip-password',
               when=utc(2026, 10, 13, 10, 7, zone='IT'), route=SY.aruba('151.49.212.88', pcname='[127.0.0.1]', mua=None),
               frm=('Ottica Rinaldi Snc - Amministrazione', 'amministrazione@otticarinaldi.it'), to=[S('it_acc')],
               hdr_cs='iso-8859-15',
               subject='Fattura elettronica n. 1184/2026 - notifica di scarto SdI', body=body,
               what='An optician shop sends "invoice 1184/2026 and the SdI rejection notice" in a password-protected ZIP.',
               why='Malspam from a genuinely compromised Aruba mailbox of an unrelated optician (no business relation, no X-Mailer, scripted submission): ZipCrypto archive with a .pdf.js script name, password in the body. SdI notices are XML receipts delivered via PEC/SdI, never zipped with a password.',
               pair='business 17 (genuine carrier invoice with PDF courtesy copy)')


# ------------------------------------------------------------------ 18
@add
def a18():
    ib = ids.iban_it('03205', '02000', '000084317260')
    t = """Gentile Dott. Bianchi,

con la presente Vi informiamo che, a seguito della cessione pro-soluto dei nostri crediti commerciali a Banca Ifis S.p.A. nell'ambito del nuovo contratto di factoring, a partire dalla data odierna tutti i pagamenti relativi alle nostre fatture dovranno essere effettuati esclusivamente sul seguente conto corrente:

Intestatario: Ferretti Trasporti S.p.A.
Banca: Banca Ifis S.p.A. - Sede di Mestre
IBAN: %s
BIC: IFISIT2V

Vi chiediamo cortesemente di aggiornare la Vostra anagrafica fornitori e di saldare su tale conto le fatture attualmente in scadenza:

FT 2026/4318 del 30/09/2026 - EUR 6.840,00
FT 2026/4471 del 31/10/2026 - EUR 7.215,50

In allegato la comunicazione ufficiale firmata dal nostro Amministratore Delegato. Vi preghiamo di confermarci via e-mail l'avvenuto aggiornamento entro domani, per evitare la sospensione dei ritiri programmati per la prossima settimana.

Cordiali saluti

Chiara Colombo
Ufficio Traffico e Customer Service
Ferretti Trasporti S.p.A.
Via dell'Industria 22 - 37135 Verona
Tel. +39 045 8203 411""" % ids.fmt_iban(ib)
    pdf = pdf_att('Comunicazione_variazione_IBAN_Ferretti_Trasporti.pdf', [
        '# FERRETTI TRASPORTI S.p.A.', 'Via dell\'Industria 22 - 37135 Verona - P.IVA ' + FERR['piva'], '',
        'Spett.le Example Group Italia S.r.l.', 'Via Copernico 38 - 20125 Milano', '',
        'Verona, 16/11/2026', '',
        '## Oggetto: variazione coordinate bancarie', '',
        'Con la presente comunichiamo che, per effetto della cessione dei crediti a Banca Ifis S.p.A.,',
        'i pagamenti delle nostre fatture dovranno essere effettuati unicamente sul conto:', '',
        'IBAN ' + ids.fmt_iban(ib) + '   BIC IFISIT2V', '',
        'Le coordinate precedentemente comunicate non sono più valide.', '',
        'Distinti saluti', '', 'L\'Amministratore Delegato', 'Roberto Ferretti'],
        title='Comunicazione', author='Utente', creator='Microsoft Word', producer='Microsoft: Print To PDF', date=d(2026, 11, 16, 18, 20))
    body = mixed([alt(t, 'windows-1252', 'quoted-printable', 'outlook_alt', 'a18', lang='IT'), pdf], 'outlook', 'a18')
    return Msg('it', 'ferretti-lookalike-variazione-iban',
               when=utc(2026, 11, 17, 11, 50, zone='IT'),
               route=SY.postfix_submission('mail.ferreti-trasporti.it', '51.178.47.203', rdns='vps-8c1f2a3b.vps.ovh.net',
                                           client_ip='176.59.12.40', msgid_style='outlook', mua=SY.MUA['outlook'],
                                           name='OVH VPS (look-alike domain)', zone='IT'),
               frm=('Chiara Colombo', 'c.colombo@ferreti-trasporti.it'), to=[S('it_acc')], hdr_cs='windows-1252',
               subject='Variazione coordinate bancarie - Ferretti Trasporti S.p.A.', body=body,
               extra=[('Content-Language', 'it')],
               what='"Chiara Colombo, Ferretti Trasporti" announces new bank details (factoring) and asks to pay two due invoices there, threatening suspension of pickups.',
               why='Carrier bank-detail fraud: look-alike domain ferreti-trasporti.it (one "t") on an OVH VPS, not Ferretti\'s Aruba mail; new IBAN announced by e-mail only, deadline + service-stop threat. A real factoring assignment is notified by the factor with a formal notice, and Ferretti\'s genuine invoice (business 17) keeps its known IBAN.',
               pair='business 17, 18')


# ------------------------------------------------------------------ 19
@add
def a19():
    link = 'https://lentiva-b2b.com/it/account/verifica?cid=IT-20417&t=8f1c02ab77e94d1c'
    t = """Gentile Cliente,

dal 1° dicembre 2026 il Portale Ordini Lentiva B2B sarà sostituito dalla nuova piattaforma Lentiva Connect. Per garantire la continuità degli ordini di lenti oftalmiche, dello storico commesse e dei listini netti concordati, è necessario confermare le credenziali del Suo account entro il 20 novembre 2026.

Codice cliente: IT-20417
Account: giulia.ferrara@example.com

Conferma account: %s

Gli account non confermati entro la scadenza saranno disattivati e gli ordini aperti non potranno essere evasi.

Cordiali saluti
Il Team Lentiva B2B
Lentiva Optical GmbH - Carl-Benz-Straße 8 - 73431 Aalen - Germania""" % link
    h = esp_html('utf-8', [
        ('h', 'Migrazione a Lentiva Connect'),
        ('p', 'Gentile Cliente,\n\ndal 1° dicembre 2026 il Portale Ordini Lentiva B2B sarà sostituito dalla nuova piattaforma Lentiva Connect. '
              'Per garantire la continuità degli ordini di lenti oftalmiche, dello storico commesse e dei listini netti concordati, '
              'è necessario confermare le credenziali del Suo account entro il 20 novembre 2026.'),
        ('kv', [('Codice cliente', 'IT-20417'), ('Account', 'giulia.ferrara@example.com')]),
        ('btn', 'Conferma account', link),
        ('p', 'Gli account non confermati entro la scadenza saranno disattivati e gli ordini aperti non potranno essere evasi.'),
        ('p', 'Cordiali saluti\nIl Team Lentiva B2B')],
        color='#00558c', brand='LENTIVA Optical · B2B', footer='Lentiva Optical GmbH · Carl-Benz-Straße 8 · 73431 Aalen · Germania')
    return Msg('it', 'portale-b2b-fornitore-lenti-lookalike',
               when=utc(2026, 11, 5, 8, 14, zone='IT'), route=SY.sendgrid('em8412.lentiva-b2b.com'),
               frm=('Lentiva Optical B2B', 'noreply@lentiva-b2b.com'), to=[S('it_mgr')],
               subject='Azione richiesta: migrazione del Suo account al nuovo portale Lentiva Connect',
               body=alt(t, 'utf-8', 'quoted-printable', 'html', 'a19', html=h),
               what='"Lentiva Optical B2B" asks the Italian manager to confirm her order-portal credentials before a platform migration.',
               why='Trade-specific credential phishing: look-alike domain lentiva-b2b.com (real supplier: lentiva-optical.de) via SendGrid, deadline and threat of blocked orders, credential-confirmation link.')


# ------------------------------------------------------------------ 20
@add
def a20():
    t = """Ciao Lorenzo,

sei in ufficio? Ti scrivo dalla mail personale perché sono in riunione con i responsabili dei negozi e sul telefono l'Outlook aziendale non mi funziona.

Mi serve un favore veloce e riservato: vorrei premiare a sorpresa i migliori addetti vendita del trimestre prima della riunione di oggi pomeriggio. Dovresti acquistare 10 gift card Amazon da 100 € ciascuna (le trovi in tabaccheria o al supermercato, oppure online).

Una volta acquistate, gratta il retro e mandami una foto leggibile di ogni codice via e-mail, così le preparo per la consegna. La spesa la mettiamo in nota spese, la autorizzo io.

Per ora non parlarne con nessuno, deve essere una sorpresa. Fammi sapere appena fatto.

Grazie mille,
Giulia"""
    return Msg('it', 'gift-card-finta-country-manager',
               when=utc(2026, 12, 4, 8, 36, zone='IT'), zone='IT', route=SY.gmail(),
               frm=('Giulia Ferrara', 'giulia.ferrara.direzione@gmail.com'), to=[S('it_acc')],
               subject='Richiesta urgente e riservata', body=alt(t, 'UTF-8', 'quoted-printable', 'gmail', 'a20'),
               what='"Giulia Ferrara" from a Gmail address asks the accountant to buy 10 Amazon gift cards of 100 EUR and send photos of the codes.',
               why='Gift-card scam (BEC variant): manager impersonated via free mail, secrecy, urgency, codes sent by e-mail. The genuine prize vouchers (business 20) are ordered through a supplier with invoice and PO via internal mail.',
               pair='business 20')


# ------------------------------------------------------------------ 21
@add
def a21():
    link = 'https://www.studiotecnicobarzan.it/wp-content/uploads/2026/10/docs/?doc=OC-26-1187'
    t = """Buongiorno,

come da accordi vi inoltro la documentazione aggiornata (conferma d'ordine, proforma e listino 2027).

Il file è troppo grande per l'allegato, potete scaricarlo qui:
%s

Password di apertura: 1187

Cordiali saluti
Marco De Pellegrin

Il giorno lun 12 ott 2026 alle ore 15:20 Giulia Ferrara <giulia.ferrara@example.com> ha scritto:

> Buongiorno Marco,
>
> grazie per la visita di giovedì. Confermiamo l'ordine per la collezione
> primavera 2027 come da listino concordato: 420 montature (modelli CORTINA,
> NEVEGAL e PELMO nei colori discussi), consegna franco nostro magazzino di
> Milano entro la settimana 6.
>
> Mi manda la conferma d'ordine e la proforma per l'acconto?
>
> Grazie e buona giornata
> Giulia Ferrara
> Country Manager Italia
> Example Group Italia S.r.l.
""" % link
    return Msg('it', 'threadhijack-occhialeria-link-zip',
               when=utc(2026, 10, 27, 14, 22, zone='IT'), zone='IT', route=SY.gmail(workspace=True),
               frm=('Marco De Pellegrin', 'm.depellegrin@occhialeriadolomiti.it'), to=[S('it_mgr')],
               subject="Re: Ordine collezione primavera 2027 - conferma d'ordine",
               in_reply_to='<b42e0c9a1f6d4e7a9c3b5d8e2f1a0c7b@EXCH01.corp.example.com>',
               references='<b42e0c9a1f6d4e7a9c3b5d8e2f1a0c7b@EXCH01.corp.example.com>',
               body=alt(t, 'UTF-8', 'quoted-printable', 'gmail', 'a21'),
               what='Short generic reply in a real order thread from the frame manufacturer, with a download link and "opening password".',
               why='Reply-chain (thread-hijack) malware lure from a genuinely compromised Google Workspace mailbox: generic text, link to a hacked WordPress site of an unrelated surveying firm serving a password ZIP (Qakbot/Pikabot style). The genuine order confirmation (business 21) has the PDF attached.',
               pair='business 21')


# ------------------------------------------------------------------ 22
@add
def a22():
    link = 'https://ksef-mf.pl/web/faktura/pobierz?nr=8961450726-20261102-4C8A1E77B2D9-3F'
    t = """Szanowni Państwo,

w Krajowym Systemie e-Faktur udostępniona została nowa faktura ustrukturyzowana wystawiona dla Państwa podmiotu.

Nabywca: Example Group Polska sp. z o.o., NIP %s
Sprzedawca: Partner Logistik sp. z o.o.
Numer faktury: FV/2026/10/0388
Numer KSeF: 8961450726-20261102-4C8A1E77B2D9-3F
Kwota brutto: 18 447,30 PLN
Termin płatności: 16.11.2026

Aby pobrać fakturę oraz jej wizualizację w formacie PDF, zaloguj się do Aplikacji Podatnika KSeF:
%s

Logowanie możliwe za pomocą profilu zaufanego, e-dowodu lub danych konta firmowego.

Wiadomość wygenerowana automatycznie - prosimy na nią nie odpowiadać.
Ministerstwo Finansów - Krajowy System e-Faktur""" % (EG_PL_NIP, link)
    h = esp_html('iso-8859-2', [
        ('h', 'Nowa faktura w KSeF'),
        ('p', 'Szanowni Państwo,\n\nw Krajowym Systemie e-Faktur udostępniona została nowa faktura ustrukturyzowana wystawiona dla Państwa podmiotu.'),
        ('kv', [('Nabywca', 'Example Group Polska sp. z o.o., NIP %s' % EG_PL_NIP), ('Sprzedawca', 'Partner Logistik sp. z o.o.'),
                ('Numer faktury', 'FV/2026/10/0388'), ('Numer KSeF', '8961450726-20261102-4C8A1E77B2D9-3F'),
                ('Kwota brutto', '18 447,30 PLN'), ('Termin płatności', '16.11.2026')]),
        ('btn', 'Pobierz fakturę', link),
        ('small', 'Logowanie możliwe za pomocą profilu zaufanego, e-dowodu lub danych konta firmowego.\nWiadomość wygenerowana automatycznie - prosimy na nią nie odpowiadać.')],
        color='#b3001b', brand='KSeF · Ministerstwo Finansów')
    return Msg('pl', 'ksef-faktura-falszywe-powiadomienie',
               when=utc(2026, 11, 3, 7, 58, zone='PL'),
               route=SY.exim_cpanel('s58.hostingo-serwer.pl', '193.42.113.58', '45.86.200.17', mua=None,
                                    msgid_style='roundcube', zone='PL', name='shared cPanel hosting (Exim), look-alike domain'),
               frm=('Krajowy System e-Faktur', 'powiadomienia@ksef-mf.pl'), to=[S('pl_acc')], hdr_cs='iso-8859-2',
               subject='KSeF: nowa faktura do pobrania - Partner Logistik sp. z o.o.',
               body=alt(t, 'iso-8859-2', 'quoted-printable', 'html', 'a22', html=h),
               what='"KSeF / Ministry of Finance" notifies a new structured invoice from the real logistics partner and asks to log in to download it.',
               why='E-invoicing credential phishing: KSeF does not send e-mails with download links; domain ksef-mf.pl (real: ksef.mf.gov.pl) on shared hosting; login page harvests trusted-profile/company credentials. Genuine invoice: business 22.',
               pair='business 22')


# ------------------------------------------------------------------ 23
@add
def a23():
    ib = ids.iban_pl('1140200', '0000320187446512')
    t = """Dzień dobry Panie Michale,

uprzejmie informuję, że w związku ze zmianą banku obsługującego naszą spółkę od dnia 21.10.2026 r. prosimy o dokonywanie wszystkich płatności na nowy rachunek bankowy:

Partner Logistik sp. z o.o.
mBank S.A.
nr rachunku: %s

Nowy rachunek został zgłoszony do urzędu skarbowego i widnieje na białej liście podatników VAT. Dotychczasowy rachunek w Santander Bank Polska zostanie zamknięty z końcem miesiąca – wpłaty na niego będą zwracane.

Prosimy o uregulowanie na nowy rachunek faktur:
FV/2026/09/0351 – 16 982,40 zł
FV/2026/10/0366 – 9 318,00 zł

W załączeniu oficjalne pismo podpisane przez Zarząd. Bardzo proszę o potwierdzenie zmiany zwrotną wiadomością.

Z poważaniem
Tadeusz Zieliński
Kierownik ds. Obsługi Klienta
Partner Logistik sp. z o.o.
ul. Logistyczna 7, 55-040 Bielany Wrocławskie
tel. +48 71 311 42 07""" % ids.nrb(ib)
    pdf = pdf_att('Pismo_zmiana_rachunku_Partner_Logistik.pdf', [
        '# Partner Logistik sp. z o.o.', 'ul. Logistyczna 7, 55-040 Bielany Wrocławskie, NIP ' + PLOG['nip'], '',
        'Example Group Polska sp. z o.o.', 'ul. Legnicka 51, 54-203 Wrocław', '',
        'Bielany Wrocławskie, 20.10.2026', '',
        '## Zawiadomienie o zmianie rachunku bankowego', '',
        'Zarząd Partner Logistik sp. z o.o. informuje, że od dnia 21.10.2026 r. jedynym właściwym',
        'rachunkiem do regulowania należności na rzecz Spółki jest rachunek:', '',
        'mBank S.A.   ' + ids.nrb(ib), '',
        'Rachunek prowadzony w Santander Bank Polska S.A. zostanie zamknięty.', '',
        'Prezes Zarządu', 'Grzegorz Wilk'],
        title='Zawiadomienie', author='Biuro', creator='Microsoft Word', producer='Microsoft: Print To PDF', date=d(2026, 10, 20, 16, 5))
    body = mixed([alt(t, 'windows-1250', 'quoted-printable', 'outlook_alt', 'a23', lang='PL'), pdf], 'outlook', 'a23')
    return Msg('pl', 'partner-logistik-lookalike-zmiana-rachunku',
               when=utc(2026, 10, 21, 13, 44, zone='PL'),
               route=SY.postfix_submission('mail.partner-logistlk.pl', '82.180.131.77', rdns='srv512874.hstgr.cloud',
                                           client_ip='91.219.236.104', msgid_style='outlook', mua=SY.MUA['outlook'],
                                           name='Hostinger VPS (look-alike domain)', zone='PL'),
               frm=('Tadeusz Zieliński', 't.zielinski@partner-logistlk.pl'), to=[S('pl_acc')], hdr_cs='windows-1250',
               subject='Zmiana numeru rachunku bankowego – Partner Logistik sp. z o.o.', body=body,
               extra=[('Content-Language', 'pl')],
               what='"Tadeusz Zieliński, Partner Logistik" announces a new mBank account ("already on the VAT white list") and asks to pay two invoices there.',
               why='Logistics-partner impersonation / BEC: look-alike domain partner-logistlk.pl ("l" for "i") on a Hostinger VPS instead of the partner\'s cyber_folks hosting, bank change only by e-mail, pressure (old account "closed"), white-list claim to pre-empt the usual check.',
               pair='business 22, 23')


# ------------------------------------------------------------------ 24
@add
def a24():
    link = 'https://docusign-esign.eu/Signing/EmailStart.aspx?a=7d1c9e2a-44b0-4c7e-9a11-2f6b0d8e31c4&etti=24&acct=be39a0f1-7c2d-4e83-b5a6-0c9d1e2f3a4b&er=1e7f6a5b'
    t = """Marta Kowalczyk (Galeria Dominikańska - Dział Najmu) wysłał(a) Ci dokument do przejrzenia i podpisania.

PRZEJRZYJ DOKUMENT: %s

Aneks nr 4 do umowy najmu - indeksacja czynszu i opłat eksploatacyjnych 2027

Dzień dobry,
w załączeniu przesyłamy aneks dotyczący waloryzacji czynszu od 01.01.2027 r. Prosimy o podpis do 30.11.2026 r. Brak podpisu oznacza zastosowanie stawek maksymalnych zgodnie z § 7 umowy.

Pozdrawiam
Marta Kowalczyk

Nie udostępniaj tej wiadomości e-mail
Ta wiadomość zawiera bezpieczny link do usługi Docusign. Nie udostępniaj tej wiadomości ani kodu dostępu innym osobom.""" % link
    h = esp_html('utf-8', [
        ('raw', '<tr><td align="center" bgcolor="#1e1e6e" style="padding:28px 32px;font-family:Arial,sans-serif;color:#ffffff;">'
                '<div style="font-size:15px;">Marta Kowalczyk wysłał(a) Ci dokument do przejrzenia i podpisania.</div>'
                '<table role="presentation" cellpadding="0" cellspacing="0" style="margin-top:20px"><tr><td bgcolor="#ffc820" style="border-radius:2px;">'
                '<a href="%s" style="display:inline-block;padding:12px 28px;font-family:Arial,sans-serif;font-size:14px;font-weight:bold;color:#333333;text-decoration:none;">PRZEJRZYJ DOKUMENT</a>'
                '</td></tr></table></td></tr>' % esc(link)),
        ('p', 'Marta Kowalczyk\nmarta.kowalczyk@galeria-dominikanska-najem.pl'),
        ('p', 'Aneks nr 4 do umowy najmu - indeksacja czynszu i opłat eksploatacyjnych 2027\n\nDzień dobry,\nw załączeniu przesyłamy aneks dotyczący waloryzacji czynszu od 01.01.2027 r. Prosimy o podpis do 30.11.2026 r. Brak podpisu oznacza zastosowanie stawek maksymalnych zgodnie z § 7 umowy.'),
        ('small', 'Nie udostępniaj tej wiadomości e-mail\nTa wiadomość zawiera bezpieczny link do usługi Docusign. Nie udostępniaj tej wiadomości ani kodu dostępu innym osobom.')],
        color='#1e1e6e', brand='', font='Helvetica,Arial,sans-serif')
    return Msg('pl', 'falszywy-docusign-aneks-najmu',
               when=utc(2026, 11, 26, 9, 12, zone='PL'), route=SY.mailjet(),
               frm=('Marta Kowalczyk przez Docusign', 'dse@docusign-esign.eu'), to=[S('pl_mgr')],
               reply_to=('Marta Kowalczyk', 'marta.kowalczyk@galeria-dominikanska-najem.pl'),
               subject='Proszę o podpis: Aneks nr 4 do umowy najmu - indeksacja czynszu 2027',
               body=alt(t, 'utf-8', 'quoted-printable', 'html', 'a24', html=h),
               what='DocuSign-styled request to sign a rent-indexation annex for a shopping-centre store.',
               why='Fake DocuSign: sent through Mailjet from docusign-esign.eu (DocuSign uses docusign.net), link to the look-alike domain, invented landlord the company has no lease with, penalty threat. Genuine envelope for comparison: business 24.',
               pair='business 24')


# ------------------------------------------------------------------ 25
@add
def a25():
    link = 'https://ipkobiznes-autoryzacja.com/logowanie?ref=PL-4471-EGP'
    t = """Szanowny Kliencie,

w związku z wdrożeniem nowych wymogów bezpieczeństwa dla bankowości elektronicznej wszyscy użytkownicy serwisu iPKO biznes są zobowiązani do ponownej autoryzacji urządzenia mobilnego oraz zaufanej przeglądarki do dnia 03.12.2026 r.

Brak autoryzacji spowoduje czasowe zablokowanie możliwości realizacji przelewów oraz akceptacji paczek płatności.

Autoryzacja zajmuje około 3 minut:
%s

Z poważaniem
Zespół Bankowości Korporacyjnej
PKO Bank Polski S.A.""" % link
    h = esp_html('iso-8859-2', [
        ('h', 'Wymagana ponowna autoryzacja'),
        ('p', 'Szanowny Kliencie,\n\nw związku z wdrożeniem nowych wymogów bezpieczeństwa dla bankowości elektronicznej wszyscy użytkownicy serwisu iPKO biznes są zobowiązani do ponownej autoryzacji urządzenia mobilnego oraz zaufanej przeglądarki do dnia 03.12.2026 r.'),
        ('p', 'Brak autoryzacji spowoduje czasowe zablokowanie możliwości realizacji przelewów oraz akceptacji paczek płatności.'),
        ('btn', 'Autoryzuj urządzenie', link),
        ('p', 'Z poważaniem\nZespół Bankowości Korporacyjnej\nPKO Bank Polski S.A.')], color='#003574', brand='PKO Bank Polski · iPKO biznes')
    return Msg('pl', 'pko-ipko-biznes-phishing',
               when=utc(2026, 12, 1, 6, 47, zone='PL'),
               route=SY.webserver_php('vps34211.serwer-wp.pl', '5.135.74.211', rdns='ip211.ip-5-135-74.eu', zone='PL',
                                      name='compromised WordPress VPS (OVH), PHPMailer'),
               envelope='wordpress@vps34211.serwer-wp.pl',
               frm=('PKO Bank Polski', 'powiadomienia@pkobp-biznes.com.pl'), to=[S('pl_acc')], hdr_cs='iso-8859-2', hdr_mode='B',
               subject='iPKO biznes – wymagana ponowna autoryzacja urządzenia do 03.12.2026',
               body=alt(t, 'iso-8859-2', '8bit', 'phpmailer', 'a25', html=h),
               what='"PKO Bank Polski" demands re-authorisation of the iPKO biznes device/browser, else transfers are blocked.',
               why='Bank credential phishing: sender domain pkobp-biznes.com.pl (real: pkobp.pl), sent by PHPMailer from a compromised WordPress VPS, link to ipkobiznes-autoryzacja.com, deadline/blocking threat.')


# ------------------------------------------------------------------ 26
@add
def a26():
    action = 'https://partnerlogistik-docs.web.app/api/v2/auth'
    page = fake_login_html('katarzyna.wrobel@example.com', action, 'Korekta_FV_2026_11_0412.pdf',
                           'Dokument udostępniony przez Partner Logistik sp. z o.o. - zaloguj się kontem służbowym, aby go wyświetlić.', 'pl')
    t = """Dzień dobry,

w załączeniu przesyłam korektę faktury oraz zaktualizowany harmonogram dostaw na tydzień 47. Dokument jest zabezpieczony - proszę otworzyć plik w przeglądarce i potwierdzić dostęp kontem firmowym.

Pozdrawiam
Tadeusz Zieliński

W dniu 16.11.2026 14:05, Katarzyna Wróbel napisał(a):
> Dzień dobry Panie Tadeuszu,
>
> potwierdzam awizację na środę 18.11, okno 7:00-9:00, rampa 3. Proszę
> jeszcze o korektę faktury FV/2026/11/0412 - naliczono paletę
> przechowania za tydzień 45, którego nie było.
>
> Pozdrawiam
> Katarzyna Wróbel
"""
    att = noted(attach(page.encode('utf-8'), 'text/html', 'Korekta_FV_2026_11_0412.html'),
                'fake Microsoft sign-in, posts to partnerlogistik-docs.web.app (Firebase)')
    body = multi('mixed', [text(t, 'plain', 'UTF-8', 'quoted-printable', params=[('format', 'flowed')]), att],
                 bnd('roundcube', 'a26'))
    return Msg('pl', 'threadhijack-partner-logistik-html-login',
               when=utc(2026, 11, 18, 16, 31, zone='PL'),
               route=SY.exim_cpanel('s134.cyber-folks.pl', '195.78.66.134', '102.89.45.12', mua='roundcube',
                                    msgid_style='roundcube', zone='PL', webmail=True,
                                    name='partner\'s real cPanel hosting, Roundcube webmail from a Nigerian IP'),
               frm=('Tadeusz Zieliński', 't.zielinski@partner-logistik.pl'), to=[S('pl_mgr')],
               subject='RE: Awizacja dostawy - magazyn Bielany, tydzień 47',
               in_reply_to='<6e0b3c1d9a7f4b2e8c5d1a0f9e8d7c6b@EXCH01.corp.example.com>',
               references='<6e0b3c1d9a7f4b2e8c5d1a0f9e8d7c6b@EXCH01.corp.example.com>',
               body=body,
               what='Reply in a real delivery-scheduling thread from the logistics partner, with the requested invoice correction as an HTML file.',
               why='Thread hijack from a genuinely compromised partner mailbox (real domain and hosting, so auth passes) but sent via Roundcube from a Nigerian IP instead of Outlook; the HTML attachment is a Microsoft-style login posting to a Firebase (web.app) endpoint. Genuine thread message: business 23.',
               pair='business 23')


# ------------------------------------------------------------------ 27
@add
def a27():
    link = 'https://sede-agenciatributaria.dehu-notificaciones.com/acceso?ref=2026GRC46120004471V'
    t = """Estimado/a contribuyente:

Le comunicamos que tiene a su disposición una nueva notificación en la Dirección Electrónica Habilitada única (DEHú) emitida por la Agencia Estatal de Administración Tributaria.

Titular: EXAMPLE GROUP ESPAÑA SL
NIF: %s
Procedimiento: Requerimiento de información - Modelo 303, IVA 3T 2026
Referencia: 2026GRC46120004471V

Dispone de un plazo de 10 días naturales para acceder a su contenido. Transcurrido dicho plazo, la notificación se entenderá practicada a todos los efectos legales (art. 43 de la Ley 39/2015).

Acceder a la notificación:
%s

Agencia Tributaria
Sede Electrónica""" % (EG_ES_CIF, link)
    h = esp_html('iso-8859-1', [
        ('h', 'Aviso de notificación electrónica'),
        ('p', 'Estimado/a contribuyente:\n\nLe comunicamos que tiene a su disposición una nueva notificación en la Dirección Electrónica Habilitada única (DEHú) emitida por la Agencia Estatal de Administración Tributaria.'),
        ('kv', [('Titular', 'EXAMPLE GROUP ESPAÑA SL'), ('NIF', EG_ES_CIF),
                ('Procedimiento', 'Requerimiento de información - Modelo 303, IVA 3T 2026'), ('Referencia', '2026GRC46120004471V')]),
        ('p', 'Dispone de un plazo de 10 días naturales para acceder a su contenido. Transcurrido dicho plazo, la notificación se entenderá practicada a todos los efectos legales (art. 43 de la Ley 39/2015).'),
        ('btn', 'Acceder a la notificación', link),
        ('small', 'Agencia Tributaria - Sede Electrónica')], color='#7a1a1a', brand='Agencia Tributaria')
    return Msg('es', 'aeat-dehu-notificacion-falsa',
               when=utc(2026, 10, 29, 9, 3, zone='ES'),
               route=SY.exim_cpanel('srv45.hostingnodo.es', '185.166.39.45', '45.137.21.9', mua=None, msgid_style='phpmailer',
                                    zone='ES', name='compromised mailbox of a Spanish workshop on shared cPanel hosting'),
               frm=('Agencia Tributaria', 'notificaciones@talleresmartinezsl.es'), to=[S('es_acc')], hdr_cs='iso-8859-1',
               subject='Notificación electrónica disponible - Requerimiento Modelo 303 (3T 2026)',
               body=alt(t, 'iso-8859-1', 'quoted-printable', 'html', 'a27', html=h),
               what='"Agencia Tributaria" says a DEHú notification (VAT information request) is waiting and links to it.',
               why='Tax-office phishing: sent from a hacked mailbox of an unrelated workshop (talleresmartinezsl.es), link to dehu-notificaciones.com instead of dehu.redsara.es / agenciatributaria.gob.es, legal-deadline pressure. The real DEHú notice came via the tax advisor (business 27).',
               pair='business 27')


# ------------------------------------------------------------------ 28
@add
def a28():
    ib = ids.iban_es('0081', '0693', '0001782264')
    t = """Hola Lucía,

¿Estás en la oficina? Necesito que me gestiones hoy mismo una transferencia urgente. Es la reserva del local nuevo en el centro comercial Nuevo Centro: el propietario tiene otra oferta y si no recibe hoy la señal perdemos el local.

Importe: 24.600,00 €
Beneficiario: Reformas y Gestiones Turia 2020 S.L.
IBAN: %s
Concepto: Reserva local 1.17 Nuevo Centro

Sabine ya está al tanto, pero no lo comentes con nadie más hasta que firmemos, todavía es confidencial. Estoy con el notario y no puedo hablar por teléfono; te escribo desde el correo personal porque el del móvil de empresa no me sincroniza.

Envíame el justificante en cuanto la hagas, por favor.

Gracias,
Javier

Enviado desde Outlook para Android""" % ids.fmt_iban(ib)
    return Msg('es', 'fraude-director-transferencia-urgente',
               when=utc(2026, 11, 6, 12, 12, zone='ES'), route=SY.outlook_consumer('es-ES'),
               frm=('Javier Muñoz', 'javier.munoz.eg@outlook.es'), to=[S('es_acc')], hdr_cs='Windows-1252',
               subject='Transferencia urgente hoy',
               body=alt(t, 'Windows-1252', 'quoted-printable', 'm365', 'a28', lang='ES'),
               what='"Javier Muñoz" from a personal Outlook.es address asks for an urgent 24,600 EUR transfer as deposit for a new store, confidential, can\'t talk.',
               why='CEO/manager fraud via free mail: impersonation of the Spanish country manager, urgency, secrecy, "can\'t phone", new beneficiary, asks for the receipt. Genuine urgent request through the internal relay: business 28.',
               pair='business 28')


# ------------------------------------------------------------------ 29
@add
def a29():
    link = 'https://correos-seguimiento.info/es/pago?id=PQ7F1R0706418340146010N'
    t = """Estimado cliente:

Su envío con número de seguimiento PQ7F1R0706418340146010N, procedente de ITALIA, se encuentra retenido en nuestras instalaciones aduaneras de Madrid-Barajas pendiente del pago de los gastos de gestión aduanera (DUA).

Importe pendiente: 2,99 €

Si el pago no se realiza en un plazo de 48 horas, el envío será devuelto al remitente.

Pagar y programar la entrega:
%s

Gracias por confiar en Correos.""" % link
    h = esp_html('utf-8', [
        ('h', 'Su envío está retenido en aduana'),
        ('p', 'Estimado cliente:\n\nSu envío con número de seguimiento PQ7F1R0706418340146010N, procedente de ITALIA, se encuentra retenido en nuestras instalaciones aduaneras de Madrid-Barajas pendiente del pago de los gastos de gestión aduanera (DUA).'),
        ('kv', [('Importe pendiente', '2,99 €'), ('Plazo', '48 horas')]),
        ('btn', 'Pagar y programar la entrega', link),
        ('small', 'Si el pago no se realiza en un plazo de 48 horas, el envío será devuelto al remitente.\nGracias por confiar en Correos.')],
        color='#ffcd00', brand='Correos', font='Arial,sans-serif').replace('color:#ffffff;">Correos', 'color:#002e6d;">Correos')
    return Msg('es', 'correos-aduana-pago-falso',
               when=utc(2026, 12, 10, 10, 40, zone='ES'),
               route=SY.postfix_submission('mail.correos-seguimiento.info', '164.92.181.33', rdns='', client_ip='127.0.0.1',
                                           msgid_style='other', name='DigitalOcean droplet without rDNS', zone='ES'),
               frm=('Correos', 'notificaciones@correos-seguimiento.info'), to=[S('es_mgr')],
               subject='Correos: su envío PQ7F1R0706418340146010N está retenido en aduana',
               body=alt(t, 'utf-8', 'quoted-printable', 'html', 'a29', html=h),
               what='"Correos" asks to pay 2.99 EUR customs handling for a parcel from Italy held at Madrid-Barajas.',
               why='Courier/customs card phishing: an Italy->Spain shipment is intra-EU and never goes through customs; look-alike domain on a DigitalOcean droplet without rDNS; small-amount card-capture page.')


# ------------------------------------------------------------------ 30
@add
def a30():
    u = 'https://portal-empleado.examplegroup-es.com/auth?u=' + base64.b64encode(b'lucia.pena@example.com').decode().rstrip('=')
    png = qr_png(u, 5)
    h = esp_html('utf-8', [
        ('h', 'Nómina de diciembre y paga extra'),
        ('p', 'Estimado/a empleado/a:\n\nCon motivo del cierre del ejercicio y el abono de la paga extraordinaria de diciembre, '
              'el departamento de Recursos Humanos está actualizando los datos bancarios y fiscales de toda la plantilla en el nuevo Portal del Empleado.'),
        ('p', 'Para evitar retrasos en el abono de su nómina, escanee el código QR adjunto (Verificacion_Nomina_Diciembre.png) con la cámara de su móvil '
              'e inicie sesión con sus credenciales corporativas antes del viernes 18 de diciembre.'),
        ('p', 'Por motivos de seguridad, el enlace solo puede abrirse desde un dispositivo móvil.'),
        ('p', 'Atentamente,\nRecursos Humanos\nExample Group España S.L.')], color='#2f5d8a', brand='Example Group · Recursos Humanos')
    img = noted(attach(png, 'image/png', 'Verificacion_Nomina_Diciembre.png'), 'QR code -> ' + u)
    body = multi('mixed', [text(h, 'html', 'utf-8', 'base64'), img], bnd('other', 'a30'))
    return Msg('es', 'quishing-nomina-paga-extra-qr',
               when=utc(2026, 12, 15, 8, 5, zone='ES'), route=SY.smtp2go(),
               frm=('Recursos Humanos | Example Group', 'rrhh@examplegroup-es.com'), to=[S('es_acc')],
               subject='Nómina de diciembre y paga extra: verificación obligatoria de datos', body=body,
               what='"HR" asks all staff to verify bank/tax data for the December payroll by scanning an attached QR code with the phone.',
               why='Quishing / payroll credential theft: look-alike domain examplegroup-es.com via SMTP2GO, HTML-only body, the QR PNG encodes a credential page with the address in base64, "mobile only" to leave the protected PC. HR never collects bank data this way.')


# ------------------------------------------------------------------ 31
@add
def a31():
    link = 'https://verifactu-registro.es/alta?cif=%s' % EG_ES_CIF
    t = """Estimado cliente:

De acuerdo con el Real Decreto 1007/2023 (Reglamento VERI*FACTU), a partir del 1 de enero de 2027 todas las sociedades deberán utilizar un sistema informático de facturación (SIF) adaptado y registrado. Según nuestros registros, el software utilizado por EXAMPLE GROUP ESPAÑA SL (%s) no consta todavía como adaptado.

El incumplimiento puede conllevar sanciones de hasta 50.000 € por ejercicio (art. 201 bis de la Ley General Tributaria).

Para evitar la sanción, complete el registro de su SIF y abone la tasa de certificación (149,00 € + IVA) antes del 31/12/2026:

%s

Departamento de Cumplimiento VERI*FACTU
Registro Nacional de Sistemas de Facturación""" % (EG_ES_CIF, link)
    h = esp_html('utf-8', [
        ('h', 'Aviso VERI*FACTU: registro pendiente'),
        ('p', 'Estimado cliente:\n\nDe acuerdo con el Real Decreto 1007/2023 (Reglamento VERI*FACTU), a partir del 1 de enero de 2027 todas las sociedades deberán utilizar un sistema informático de facturación (SIF) adaptado y registrado. '
              'Según nuestros registros, el software utilizado por EXAMPLE GROUP ESPAÑA SL (%s) no consta todavía como adaptado.' % EG_ES_CIF),
        ('p', 'El incumplimiento puede conllevar sanciones de hasta 50.000 € por ejercicio (art. 201 bis de la Ley General Tributaria).'),
        ('btn', 'Registrar mi sistema y abonar la tasa', link),
        ('small', 'Departamento de Cumplimiento VERI*FACTU - Registro Nacional de Sistemas de Facturación')], color='#c8102e', brand='VERI*FACTU · Registro')
    return Msg('es', 'verifactu-registro-tasa-falsa',
               when=utc(2026, 12, 2, 11, 33, zone='ES'), route=SY.sendgrid('em2291.verifactu-registro.es'),
               frm=('Registro VERI*FACTU', 'avisos@verifactu-registro.es'), to=[S('es_mgr')],
               subject='Aviso: su sistema de facturación no consta como adaptado a VERI*FACTU - plazo 31/12/2026',
               body=alt(t, 'utf-8', 'quoted-printable', 'html', 'a31', html=h),
               what='"VERI*FACTU register" threatens fines up to 50,000 EUR unless the invoicing software is registered and a 149 EUR certification fee paid.',
               why='Regulatory-deadline scam/phishing: there is no registration fee or "national register" (software vendors self-declare), sender is a look-alike .es domain via SendGrid, payment page. Compare the genuine vendor newsletter on VERI*FACTU (business 31).',
               pair='business 31')
