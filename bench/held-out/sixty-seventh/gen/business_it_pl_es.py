"""Genuine business messages 17-31: Italian (5), Polish (5), Spanish (5)."""
import ids
import systems as SY
from common import attach, esc, multi, text, utc
from kit import (alt, bnd, esp_html, mixed, pdf_att, d)
from message import Msg
from people import (S, FERR, PLOG, OCCH, LEV, TURIA, FNUBE, EG_IT_PIVA, EG_PL_NIP,
                    EG_ES_CIF)

MSGS = []


def add(f):
    MSGS.append(f())
    return f


SIG_FERR = """Ferretti Trasporti S.p.A.
Via dell'Industria 22 - 37135 Verona
Tel. +39 045 8203 400 - www.ferretti-trasporti.it
P.IVA """ + FERR['piva']

GIULIA_Q = """> Buongiorno Marco,
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
"""


# ------------------------------------------------------------------ 17
@add
def b17():
    t = """Spett.le Example Group Italia S.r.l.,

in allegato trasmettiamo copia di cortesia della fattura n. 2026/4471 del 31/10/2026 relativa ai trasporti del mese di ottobre (tratte Verona - Milano e Verona - Fürth).

Imponibile: EUR 5.914,34
IVA 22%%: EUR 1.301,16
Totale documento: EUR 7.215,50
Scadenza: 30/11/2026 - bonifico bancario

Coordinate bancarie (invariate): Banco BPM S.p.A. - IBAN %s

Vi ricordiamo che il documento valido ai fini fiscali è quello trasmesso tramite il Sistema di Interscambio (SdI) al Vostro codice destinatario.

Cordiali saluti

Ufficio Amministrazione
%s""" % (ids.fmt_iban(FERR['iban']), SIG_FERR)
    pdf = pdf_att('FT_2026_4471_Ferretti_Trasporti.pdf', [
        '# FERRETTI TRASPORTI S.p.A.', "Via dell'Industria 22 - 37135 Verona - P.IVA " + FERR['piva'], '',
        'Spett.le Example Group Italia S.r.l. - Via Copernico 38 - 20125 Milano - P.IVA ' + EG_IT_PIVA, '',
        '## Fattura n. 2026/4471 del 31/10/2026 (copia di cortesia)', '',
        'Descrizione                                         Viaggi   Importo',
        'Trasporto groupage Verona - Milano (negozi)            18    2.412,00',
        'Trasporto completo Verona - Fürth (laboratorio)         4    3.280,00',
        'Supplemento carburante ottobre 3,9 %                          222,34', '',
        'Imponibile                                                  5.914,34',
        'IVA 22 %                                                    1.301,16',
        'Totale documento EUR                                        7.215,50', '',
        'Pagamento: bonifico a 30 gg d.f. - Banco BPM - IBAN ' + ids.fmt_iban(FERR['iban']),
        'Documento non valido ai fini fiscali - originale trasmesso via SdI'],
        title='Fattura 2026/4471', author='Amministrazione', creator='TeamSystem', producer='TeamSystem Enterprise', date=d(2026, 11, 2, 9, 30))
    body = mixed([alt(t, 'windows-1252', 'quoted-printable', 'outlook_alt', 'b17', lang='IT'), pdf], 'outlook', 'b17')
    return Msg('it', 'ferretti-fattura-copia-cortesia',
               when=utc(2026, 11, 2, 9, 48, zone='IT'), route=SY.aruba('93.41.187.12', pcname='PC-AMMIN03'),
               frm=FERR['amm'], to=[S('it_acc')], hdr_cs='windows-1252',
               subject='Invio fattura n. 2026/4471 - copia di cortesia', body=body, extra=[('Content-Language', 'it')],
               what='Road carrier sends the courtesy PDF copy of its October invoice (original via SdI).',
               why='Genuine: Ferretti\'s real Aruba mailbox via Outlook, known IBAN "unchanged", SdI reference, no request beyond payment at due date.',
               pair=[(18, 'same carrier and same invoice number the fraudster later quoted; genuine mail keeps the known Banco BPM IBAN'),
                     (17, 'Italian e-invoice topic; genuine courtesy copy is a plain PDF, not a password ZIP')])


# ------------------------------------------------------------------ 18
@add
def b18():
    t = """Buongiorno Dott. Bianchi,

dal nostro estratto conto risulta ancora aperta la fattura FT 2026/4318 del 30/09/2026 di EUR 6.840,00, scaduta il 31/10/2026, nonostante il sollecito inviato dalla collega dell'amministrazione il 16/11.

Le chiedo cortesemente di verificare e di disporre il pagamento entro martedì 8 dicembre sulle coordinate di sempre (Banco BPM). In mancanza, a malincuore, dovremo sospendere i ritiri programmati a partire dal 10/12, comprese le consegne urgenti per i negozi di Milano prima di Natale.

Se il bonifico è già partito, mi mandi per favore la contabile così la giro all'amministrazione.

Grazie e buona giornata

Chiara Colombo
Ufficio Traffico e Customer Service
""" + SIG_FERR
    return Msg('it', 'ferretti-sollecito-sospensione-ritiri',
               when=utc(2026, 12, 3, 15, 36, zone='IT'), route=SY.aruba('93.41.187.40', pcname='PC-TRAFFICO02'),
               frm=FERR['colombo'], to=[S('it_acc')], cc=[S('it_mgr')], hdr_cs='iso-8859-1',
               subject='URGENTE - sollecito pagamento FT 2026/4318 - sospensione ritiri dal 10/12',
               body=text(t, 'plain', 'iso-8859-1', '8bit'), extra=[('Importance', 'high'), ('X-Priority', '1'), ('Content-Language', 'it')],
               what='Carrier\'s customer service urgently chases an overdue invoice and threatens to suspend pickups before Christmas.',
               why='Genuine: real Ferretti mailbox (Aruba/Outlook), pay "to the usual account (Banco BPM)", asks only for the remittance slip; urgency and service-stop threat are normal credit control.',
               pair=[(18, 'carrier threatening to suspend pickups; genuine one insists on the usual bank account')])


# ------------------------------------------------------------------ 19
@add
def b19():
    link = 'https://accounts.google.com/AccountChooser?Email=giulia.ferrara@example.com&continue=https://myaccount.google.com/alert/nt/1792479420000?rfn%3D325%26rfnc%3D1%26eid%3D-4471203958812247716%26et%3D0'
    t = """Nuovo accesso su Windows

giulia.ferrara@example.com

Abbiamo rilevato un nuovo accesso al tuo Account Google su un dispositivo Windows. Se sei stato tu, non devi fare nulla. In caso contrario, ti aiuteremo a proteggere il tuo account.

Controlla l'attività:
%s

Puoi anche visualizzare l'attività relativa alla sicurezza all'indirizzo
https://myaccount.google.com/notifications

Ti abbiamo inviato questa email per informarti di modifiche importanti al tuo Account Google e ai tuoi servizi.
© 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA""" % link
    h = esp_html('UTF-8', [
        ('h', 'Nuovo accesso su Windows'),
        ('p', 'giulia.ferrara@example.com'),
        ('p', 'Abbiamo rilevato un nuovo accesso al tuo Account Google su un dispositivo Windows. Se sei stato tu, non devi fare nulla. In caso contrario, ti aiuteremo a proteggere il tuo account.'),
        ('btn', "Controlla l'attività", link),
        ('small', "Puoi anche visualizzare l'attività relativa alla sicurezza all'indirizzo https://myaccount.google.com/notifications\n"
                  'Ti abbiamo inviato questa email per informarti di modifiche importanti al tuo Account Google e ai tuoi servizi.\n'
                  '© 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA')],
        color='#1a73e8', brand='', font='Google Sans,Roboto,Arial,sans-serif')
    return Msg('it', 'google-avviso-nuovo-accesso',
               when=utc(2026, 10, 20, 8, 57, zone='IT'), route=SY.google_notify(),
               frm=('Google', 'no-reply@accounts.google.com'), to=[S('it_mgr')],
               subject='Avviso di sicurezza', body=alt(t, 'UTF-8', 'base64', 'html', 'b19', html=h),
               what='Google security alert: new sign-in on Windows to the Google account (used for the stores\' Google Business Profiles).',
               why='Genuine Google notification: accounts.google.com sender, gaia.bounces Return-Path, mail-sor-f*.google.com, links only to google.com; informs, asks nothing.')


# ------------------------------------------------------------------ 20
@add
def b20():
    t = """Ciao Lorenzo,

come anticipato in riunione, per i vincitori del concorso clienti "Autunno in vista" (estrazione del 30/11, verbale del notaio nella cartella condivisa Marketing > Concorsi) ci servono 10 buoni regalo da 100 € ciascuno.

Ho già chiesto il preventivo a Edenred: li ordiniamo come sempre dal loro portale aziendale con fattura intestata a Example Group Italia, centro di costo 4410 (Marketing). Ti ho creato la RdA n. 2026-0388 in SAP, serve solo la tua approvazione per la parte contabile.

I buoni arrivano in formato digitale alla casella marketing.it@example.com e li inviamo direttamente ai vincitori, quindi nessun codice passa per la posta personale di nessuno di noi.

Grazie!
Giulia

Giulia Ferrara
Country Manager Italia
Example Group Italia S.r.l.
Via Copernico 38 - 20125 Milano
Tel. +39 02 8475 2210"""
    return Msg('it', 'buoni-regalo-concorso-via-fornitore',
               when=utc(2026, 12, 2, 10, 12, zone='IT'), route=SY.exchange_int('10.30.10.21', 'EXCH01', lang='it-IT', zone='IT'),
               frm=S('it_mgr'), to=[S('it_acc')], hdr_cs='iso-8859-15',
               subject='Buoni regalo concorso "Autunno in vista" - ordine tramite Edenred',
               body=alt(t, 'iso-8859-15', 'quoted-printable', 'exchange', 'b20', lang='IT'),
               what='Italian country manager asks the accountant to approve a purchase requisition for 10 x 100 EUR gift vouchers for a customer contest.',
               why='Genuine: internal Exchange/relay from her real mailbox, purchase through the usual supplier with invoice, PO in SAP, codes go to a shared mailbox and directly to winners, nothing secret.',
               pair=[(20, 'gift cards requested by the same manager; genuine request uses supplier+invoice+PO, no codes by mail')])


# ------------------------------------------------------------------ 21
@add
def b21():
    ib = ids.iban_it('03069', '11910', '100000004471')
    t = """Buongiorno Giulia,

grazie a voi per la visita e per l'ordine. In allegato la conferma d'ordine OC-26-1187 e la proforma PF-2026/0871 per l'acconto del 30%.

Riepilogo:
- 420 montature (CORTINA 180, NEVEGAL 140, PELMO 100) nei colori concordati
- consegna franco vostro magazzino di Milano, settimana 6/2027
- acconto 30% alla conferma, saldo a 60 gg data fattura

Le coordinate bancarie sono quelle già in vostro possesso (Intesa Sanpaolo, filiale di Belluno), riportate anche in fondo alla proforma.

Un saluto e buon lavoro
Marco De Pellegrin
Export Sales Manager
Occhialeria Dolomiti S.r.l.
Zona Industriale Paludi 14 - 32010 Pieve d'Alpago (BL)
Tel. +39 0437 478 211

Il giorno lun 12 ott 2026 alle ore 15:20 Giulia Ferrara <giulia.ferrara@example.com> ha scritto:

""" + GIULIA_Q
    pdf = pdf_att('OC-26-1187_PF-2026-0871_Example_Group.pdf', [
        '# OCCHIALERIA DOLOMITI S.r.l.', "Zona Industriale Paludi 14 - 32010 Pieve d'Alpago (BL) - P.IVA " + OCCH['piva'], '',
        'Cliente: Example Group Italia S.r.l. - Via Copernico 38 - 20125 Milano', '',
        "## Conferma d'ordine OC-26-1187 / Proforma PF-2026/0871 del 13/10/2026", '',
        'Modello     Colori           Pezzi   Prezzo   Totale',
        'CORTINA     5 varianti        180    298,00   53.640,00',
        'NEVEGAL     4 varianti        140    312,00   43.680,00',
        'PELMO       3 varianti        100    307,20   30.720,00', '',
        'Totale merce EUR                              128.040,00',
        'Acconto 30 % alla conferma                     38.412,00', '',
        'Consegna: settimana 6/2027, franco magazzino Milano',
        'Banca: Intesa Sanpaolo - Filiale di Belluno - IBAN ' + ids.fmt_iban(ib)],
        title='OC-26-1187', author='Marco De Pellegrin', creator='Google Docs', producer='Skia/PDF m131 Google Docs Renderer', date=d(2026, 10, 13, 11, 50))
    body = multi('mixed', [alt(t, 'UTF-8', 'quoted-printable', 'gmail', 'b21'), pdf], bnd('gmail', 'b21m'))
    return Msg('it', 'occhialeria-conferma-ordine-proforma',
               when=utc(2026, 10, 13, 12, 5, zone='IT'), zone='IT', route=SY.gmail(workspace=True),
               frm=OCCH['marco'], to=[S('it_mgr')],
               subject="Re: Ordine collezione primavera 2027 - conferma d'ordine",
               in_reply_to='<b42e0c9a1f6d4e7a9c3b5d8e2f1a0c7b@EXCH01.corp.example.com>',
               references='<b42e0c9a1f6d4e7a9c3b5d8e2f1a0c7b@EXCH01.corp.example.com>',
               body=body,
               what='Frame manufacturer answers the order thread with order confirmation and proforma PDF.',
               why='Genuine: real Google Workspace sender, specific answer to the quoted request, PDF attached directly, known bank account.',
               pair=[(21, 'same thread and sender; genuine reply has specific content and the PDF attached, not a download link with password')])


# ------------------------------------------------------------------ 22
@add
def b22():
    t = """Dzień dobry,

w załączeniu przesyłamy wizualizację faktury FV/2026/11/0412 z dnia 02.11.2026 r. za usługi magazynowe i dystrybucyjne w październiku 2026 r.

Faktura została wystawiona w Krajowym Systemie e-Faktur.
Numer KSeF: %s-20261102-7B3E90A1C4D2-5E
Kwota brutto: 21 406,17 zł
Termin płatności: 16.11.2026 r.
Rachunek (bez zmian, zgodny z białą listą VAT): Santander Bank Polska S.A. %s

Płatność prosimy regulować z zastosowaniem mechanizmu podzielonej płatności.

Z poważaniem
Dział Księgowości
Partner Logistik sp. z o.o.
ul. Logistyczna 7, 55-040 Bielany Wrocławskie
NIP %s""" % (PLOG['nip'], ids.nrb(PLOG['iban']), PLOG['nip'])
    pdf = pdf_att('FV_2026_11_0412_wizualizacja.pdf', [
        '# Faktura VAT FV/2026/11/0412', 'Numer KSeF: %s-20261102-7B3E90A1C4D2-5E' % PLOG['nip'],
        'Data wystawienia: 02.11.2026   Data sprzedaży: 31.10.2026', '',
        'Sprzedawca: Partner Logistik sp. z o.o., ul. Logistyczna 7, 55-040 Bielany Wrocławskie, NIP ' + PLOG['nip'],
        'Nabywca: Example Group Polska sp. z o.o., ul. Legnicka 51, 54-203 Wrocław, NIP ' + EG_PL_NIP, '',
        'Lp  Nazwa                                     Ilość    Netto       VAT',
        '1   Składowanie - miejsca paletowe             412    8 240,00    23%',
        '2   Kompletacja zamówień salonów             1 318    6 590,00    23%',
        '3   Dystrybucja do salonów (trasy)              22    2 573,50    23%',
        '4   Składowanie - tydzień 45 (paleta)            1       10,00    23%', '',
        'Razem netto: 17 403,50 zł   VAT: 4 002,67 zł   Brutto: 21 406,17 zł', '',
        'Mechanizm podzielonej płatności', 'Rachunek: Santander Bank Polska S.A. ' + ids.nrb(PLOG['iban'])],
        title='FV/2026/11/0412', author='ksiegowosc', creator='Comarch ERP Optima', producer='Comarch ERP Optima', date=d(2026, 11, 4, 8, 20))
    body = mixed([alt(t, 'iso-8859-2', 'quoted-printable', 'outlook_alt', 'b22', lang='PL'), pdf], 'outlook', 'b22')
    return Msg('pl', 'partner-logistik-faktura-ksef',
               when=utc(2026, 11, 4, 8, 30, zone='PL'),
               route=SY.exim_cpanel('s134.cyber-folks.pl', '195.78.66.134', '83.24.151.60', zone='PL',
                                    name='partner\'s cPanel hosting (Exim), Outlook'),
               frm=PLOG['ksieg'], to=[S('pl_acc')], hdr_cs='iso-8859-2',
               subject='Faktura FV/2026/11/0412 - Partner Logistik sp. z o.o.', body=body, extra=[('Content-Language', 'pl')],
               what='Logistics partner\'s accounting sends the PDF visualisation of an invoice issued in KSeF.',
               why='Genuine: real domain and hosting (Outlook from a Polish Orange IP), KSeF number quoted, known Santander account on the VAT white list, split payment; the PDF is attached, no login.',
               pair=[(22, 'KSeF invoice notification; genuine one attaches the visualisation, no login link'),
                     (23, 'payment details of the same partner: unchanged account vs. look-alike "new account"')])


# ------------------------------------------------------------------ 23
@add
def b23():
    t = """Dzień dobry Pani Katarzyno,

dziękuję, awizacja na środę 18.11, okno 7:00–9:00, rampa 3 potwierdzona. Kierowca: Marek Duda, zestaw DW 4471K / DW 9930P.

Co do faktury FV/2026/11/0412 – ma Pani rację, paleta przechowania za tydzień 45 została naliczona omyłkowo. Przekazałem sprawę do księgowości, fakturę korygującą wystawimy w KSeF do końca tygodnia; wizualizacja przyjdzie standardowo z adresu ksiegowosc@partner-logistik.pl.

Pozdrawiam
Tadeusz Zieliński
Kierownik ds. Obsługi Klienta
Partner Logistik sp. z o.o.
ul. Logistyczna 7, 55-040 Bielany Wrocławskie
tel. +48 71 311 42 07

Od: Katarzyna Wróbel <katarzyna.wrobel@example.com>
Wysłano: poniedziałek, 16 listopada 2026 14:05
Do: Tadeusz Zieliński <t.zielinski@partner-logistik.pl>
Temat: Awizacja dostawy - magazyn Bielany, tydzień 47

Dzień dobry Panie Tadeuszu,

potwierdzam awizację na środę 18.11, okno 7:00-9:00, rampa 3. Proszę jeszcze o korektę faktury FV/2026/11/0412 - naliczono paletę przechowania za tydzień 45, którego nie było.

Pozdrawiam
Katarzyna Wróbel"""
    return Msg('pl', 'partner-logistik-awizacja-watek',
               when=utc(2026, 11, 16, 15, 22, zone='PL'),
               route=SY.exim_cpanel('s134.cyber-folks.pl', '195.78.66.134', '83.24.151.60', zone='PL',
                                    name='partner\'s cPanel hosting (Exim), Outlook'),
               frm=PLOG['tz'], to=[S('pl_mgr')], hdr_cs='windows-1250',
               subject='RE: Awizacja dostawy - magazyn Bielany, tydzień 47',
               in_reply_to='<6e0b3c1d9a7f4b2e8c5d1a0f9e8d7c6b@EXCH01.corp.example.com>',
               references='<6e0b3c1d9a7f4b2e8c5d1a0f9e8d7c6b@EXCH01.corp.example.com>',
               body=alt(t, 'windows-1250', 'quoted-printable', 'outlook_alt', 'b23', lang='PL'),
               extra=[('Content-Language', 'pl')],
               what='Logistics partner confirms the delivery slot and says the invoice correction will come via KSeF from accounting.',
               why='Genuine: real sender via his usual Outlook and hosting from a Polish IP, specific operational reply in the thread, no attachment, no link.',
               pair=[(26, 'same thread and sender; the hijacked reply two days later sends an HTML "correction" that needs a login')])


# ------------------------------------------------------------------ 24
@add
def b24():
    link = 'https://eu.docusign.net/Signing/EmailStart.aspx?a=2f9c1d7e-5b3a-4e8f-a1c2-7d6e5f4a3b2c&etti=24&acct=8e4a1b2c-3d5f-4a6b-9c7d-0e1f2a3b4c5d&er=9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d'
    code = '2F9C1D7E5B3A4E8FA1C27D6E5F4A3B2C1'
    t = """Anna Zając wysłał(a) Ci dokument do przejrzenia i podpisania.

PRZEJRZYJ DOKUMENT: %s

Anna Zając
anna.zajac@wroclawretailpark.pl

Dzień dobry Pani Katarzyno,
zgodnie z ustaleniami ze spotkania 19.11 przesyłam do podpisu Aneks nr 3 (przedłużenie umowy najmu lokalu B07 do 31.12.2031, stawka czynszu bez zmian). Egzemplarz podpisany przez Wynajmującego otrzymają Państwo automatycznie po zakończeniu procesu.

Nie udostępniaj tej wiadomości e-mail
Ta wiadomość e-mail zawiera bezpieczny link do usługi Docusign. Nie udostępniaj tej wiadomości ani kodu dostępu innym osobom.

Alternatywna metoda podpisywania
Przejdź do docusign.com, kliknij opcję "Uzyskaj dostęp do dokumentów" i wprowadź kod zabezpieczający:
%s

Informacje o usłudze Docusign
Podpisuj dokumenty elektronicznie w ciągu kilku minut. Jest to bezpieczne. Niezależnie od tego, czy jesteś w biurze, w domu czy w podróży - usługa Docusign zapewnia zaufane rozwiązanie do zarządzania transakcjami cyfrowymi.""" % (link, code)
    h = esp_html('utf-8', [
        ('raw', '<tr><td align="center" bgcolor="#1e1e6e" style="padding:28px 32px;font-family:Helvetica,Arial,sans-serif;color:#ffffff;">'
                '<div style="font-size:15px;">Anna Zając wysłał(a) Ci dokument do przejrzenia i podpisania.</div>'
                '<table role="presentation" cellpadding="0" cellspacing="0" style="margin-top:20px"><tr><td bgcolor="#ffc820" style="border-radius:2px;">'
                '<a href="%s" style="display:inline-block;padding:12px 28px;font-family:Helvetica,Arial,sans-serif;font-size:14px;font-weight:bold;color:#333333;text-decoration:none;">PRZEJRZYJ DOKUMENT</a>'
                '</td></tr></table></td></tr>' % esc(link)),
        ('p', 'Anna Zając\nanna.zajac@wroclawretailpark.pl'),
        ('p', 'Dzień dobry Pani Katarzyno,\nzgodnie z ustaleniami ze spotkania 19.11 przesyłam do podpisu Aneks nr 3 (przedłużenie umowy najmu lokalu B07 do 31.12.2031, stawka czynszu bez zmian). Egzemplarz podpisany przez Wynajmującego otrzymają Państwo automatycznie po zakończeniu procesu.'),
        ('small', 'Nie udostępniaj tej wiadomości e-mail\nTa wiadomość e-mail zawiera bezpieczny link do usługi Docusign. Nie udostępniaj tej wiadomości ani kodu dostępu innym osobom.\n\n'
                  'Alternatywna metoda podpisywania\nPrzejdź do docusign.com, kliknij opcję "Uzyskaj dostęp do dokumentów" i wprowadź kod zabezpieczający: ' + code)],
        color='#1e1e6e', brand='', font='Helvetica,Arial,sans-serif')
    return Msg('pl', 'docusign-aneks-najmu-prawdziwy',
               when=utc(2026, 11, 24, 11, 40, zone='PL'), route=SY.docusign_eu(),
               frm=('Anna Zając przez Docusign', 'dse@eumail.docusign.net'), to=[S('pl_mgr')],
               reply_to=('Anna Zając', 'anna.zajac@wroclawretailpark.pl'),
               subject='Proszę o podpisanie za pomocą Docusign: Aneks nr 3 do umowy najmu lokalu B07',
               body=alt(t, 'utf-8', 'quoted-printable', 'html', 'b24', html=h),
               what='Genuine DocuSign envelope from the landlord of the Wrocław retail-park store: annex no. 3 extending the lease.',
               why='Genuine: sent by DocuSign EU infrastructure (dse@eumail.docusign.net, eu.docusign.net links, access code), Reply-To the landlord\'s own domain, refers to a meeting and an existing lease.',
               pair=[(24, 'DocuSign lease annex; genuine envelope comes from docusign.net with eu.docusign.net links')])


# ------------------------------------------------------------------ 25
@add
def b25():
    t = """Dzień dobry,

10 października zamówiłam w Państwa salonie w Pasażu Grunwaldzkim soczewki miesięczne (2 x 6 szt., moc -3,25 i -3,50). Przy odbiorze 17.10 okazało się, że w obu opakowaniach są soczewki -3,25, czego niestety nie zauważyłam na miejscu. Przez to lewym okiem widzę wyraźnie gorzej.

Proszę o wymianę opakowania na właściwą moc (-3,50, BC 8,6). Paragon nr 2291/10/2026 mam, nieotwarte blistry oczywiście zwrócę. Czy mogę podejść do salonu w sobotę?

Pozdrawiam
Agnieszka Nowak
tel. 601 448 217"""
    return Msg('pl', 'reklamacja-klientki-soczewki',
               when=utc(2026, 10, 26, 18, 10, zone='PL'), route=SY.wp_pl('89.64.12.201'),
               frm=('Agnieszka Nowak', 'agnieszka.nowak82@wp.pl'), to=[S('pl_mgr')],
               subject='Reklamacja soczewek kontaktowych - zamówienie WRO/2026/10/2291',
               body=text(t, 'plain', 'UTF-8', 'base64'),
               what='Customer complaint: wrong contact-lens power in one box, asks for an exchange.',
               why='Genuine: consumer mailbox (WP), concrete store/receipt/lens data, no links or attachments, asks for an appointment.')


# ------------------------------------------------------------------ 26
@add
def b26():
    t = """Dzień dobry Pani Katarzyno,

piszę z prywatnej skrzynki, bo mój służbowy laptop (Dell Latitude, nr inw. EG-PL-0231) od rana się nie uruchamia - po włączeniu miga tylko dioda zasilania i ekran pozostaje czarny. Próbowałem z innym zasilaczem, bez zmian.

W tym tygodniu przygotowujemy zamknięcie roku, więc przyjadę do biura około 9:30 i popracuję na komputerze w sali konferencyjnej. Czy mogłaby Pani zgłosić to do IT w Norymberdze albo przekazać im tę wiadomość? Haseł ani danych logowania oczywiście nie wysyłam.

Pozdrawiam
Michał Łukasik"""
    return Msg('pl', 'zepsuty-laptop-prywatna-poczta',
               when=utc(2026, 12, 14, 7, 35, zone='PL'), route=SY.interia('83.27.40.118'),
               frm=('Michał Łukasik', 'michal.lukasik87@interia.pl'), to=[S('pl_mgr')], cc=[S('ithead')],
               hdr_cs='iso-8859-2', subject='Laptop nie działa - piszę z prywatnej poczty',
               body=text(t, 'plain', 'iso-8859-2', 'quoted-printable'),
               what='The Polish accountant reports from his private Interia mailbox that his company laptop does not boot.',
               why='Genuine: colleague from a private address with a plausible reason, Polish consumer IP, informs and asks to forward to IT, explicitly sends no credentials and requests nothing sensitive.')


# ------------------------------------------------------------------ 27
@add
def b27():
    t = """Hola Lucía:

Te informo de que esta mañana hemos accedido, como representantes apoderados, a una notificación de la AEAT en la DEHú para EXAMPLE GROUP ESPAÑA SL: se trata de un requerimiento de información sobre el modelo 303 del tercer trimestre de 2026 (te adjunto el PDF con el acuse y el texto del requerimiento).

Piden justificar las cuotas de IVA soportado de las facturas de importación de septiembre de los proveedores de monturas no comunitarios. No es nada preocupante, pero hay que contestar antes del 13 de noviembre. ¿Podrías enviarme antes del viernes 6 copia de esas facturas y de los DUA correspondientes?

Recuerda que la AEAT nunca envía el contenido de las notificaciones ni enlaces de acceso por correo: si os llegan avisos así directamente, reenviádmelos antes de abrir nada.

Un saludo,

Vicente Soler
Asesoría Fiscal Turia S.L.
C/ Colón 18, 4º - 46004 Valencia
Tel. 963 51 27 40"""
    pdf = pdf_att('Requerimiento_AEAT_303_3T2026_EXAMPLE_GROUP.pdf', [
        '# Agencia Tributaria - Requerimiento de información', 'Acuse de recibo DEHú - Fecha de acceso: 30/10/2026 10:12', '',
        'Obligado tributario: EXAMPLE GROUP ESPAÑA SL - NIF ' + EG_ES_CIF,
        'Representante: ASESORIA FISCAL TURIA SL (apoderamiento AEAT)', '',
        '## Concepto: IVA - Modelo 303 - Ejercicio 2026 - Periodo 3T', '',
        'Se requiere la aportación de las facturas de importación y de los documentos',
        'únicos administrativos (DUA) correspondientes a las cuotas de IVA soportado',
        'declaradas en la casilla 32 del periodo 3T 2026.', '',
        'Plazo: 10 días hábiles desde el día siguiente a la notificación.',
        'Forma de aportación: Sede electrónica, trámite "Contestar requerimiento".'],
        title='Requerimiento 303 3T 2026', author='Asesoría Turia', creator='Microsoft Word', producer='Microsoft Word for Microsoft 365',
        date=d(2026, 10, 30, 11, 5))
    body = mixed([alt(t, 'iso-8859-1', 'quoted-printable', 'm365', 'b27', lang='ES'), pdf], 'm365_mixed', 'b27')
    return Msg('es', 'gestoria-requerimiento-aeat-dehu',
               when=utc(2026, 10, 30, 12, 50, zone='ES'), route=SY.m365('asesoriaturia.es', region='EU2', lang='es-ES'),
               frm=TURIA['soler'], to=[S('es_acc')], hdr_cs='iso-8859-1',
               subject='Requerimiento AEAT modelo 303 3T - descargado de la DEHú', body=body,
               what='The tax advisor reports he downloaded an AEAT information request from DEHú and asks for import invoices.',
               why='Genuine: known advisor on its own M365 tenant, accessed DEHú as authorised representative, PDF attached, no link to log in, even warns about fake AEAT notices.',
               pair=[(27, 'same AEAT / DEHú / modelo 303 topic; genuine one comes via the advisor, with PDF, no login link')])


# ------------------------------------------------------------------ 28
@add
def b28():
    t = """Hola Lucía:

Te pido que prepares hoy la orden de transferencia de la fianza y el primer mes del local 1.17 de Nuevo Centro, para que Sabine la firme en el flujo de aprobación de pagos antes de las 18:00 de Alemania:

Importe: 18.750,00 € (2 meses de fianza + 1 mes de renta)
Beneficiario: Centro Comercial Nuevo Centro Gestión S.L.
Factura y contrato firmado: SharePoint > España > Locales > Nuevo Centro > 2026-11
IBAN: el que figura en el contrato (cláusula 6) y que hemos dado de alta hoy en el maestro de proveedores. Lo he confirmado por teléfono con su administración (Sra. Beltrán) antes de mandártelo.

Es urgente porque la entrega de llaves es el lunes y sin el justificante no nos las dan. Si tienes cualquier duda, llámame, estoy en el móvil toda la tarde.

Gracias,
Javier

Javier Muñoz
Director General España
Example Group España S.L.
Avenida de Aragón 30 · 46021 Valencia
Tel. +34 963 18 72 00"""
    return Msg('es', 'pago-urgente-fianza-local-interno',
               when=utc(2026, 11, 12, 17, 5, zone='ES'), route=SY.exchange_int('10.50.10.14', 'EXCH02', lang='es-ES', zone='ES'),
               frm=S('es_mgr'), to=[S('es_acc')], hdr_cs='windows-1252',
               subject='Pago fianza local Nuevo Centro - urgente, necesito hoy la orden',
               body=alt(t, 'windows-1252', 'quoted-printable', 'exchange', 'b28', lang='ES'),
               extra=[('Importance', 'high')],
               what='The Spanish country manager urgently asks to prepare the deposit transfer for the new store for CFO approval.',
               why='Genuine: internal Exchange/relay, real mailbox, payment runs through the approval workflow and vendor master, contract on SharePoint, IBAN verified by phone, invites a call.',
               pair=[(28, 'same store deposit and urgency; genuine request goes through the workflow, the fake asks for secrecy and a direct transfer')])


# ------------------------------------------------------------------ 29
@add
def b29():
    t = """Buenos días:

Adjuntamos la factura FV26-03318 correspondiente al pedido 45-2209 (lentes de contacto mensuales, soluciones únicas y estuches) servido el 2 de octubre a sus tiendas de Valencia y Castellón.

Base imponible: 3.412,80 €
IVA 21 %%: 716,69 €
Total: 4.129,49 €
Vencimiento: 01/11/2026 (transferencia a 30 días)

Les recordamos nuestra cuenta habitual: CaixaBank, %s.

Atentamente,

Carmen Ortega
Administración
Distribuciones Ópticas Levante S.L.
Pol. Ind. Fuente del Jarro, C/ Ciudad de Sevilla 41 · 46988 Paterna (Valencia)
CIF %s · Tel. 961 32 44 18""" % (ids.fmt_iban(LEV['iban']), LEV['cif'])
    pdf = pdf_att('FV26-03318.pdf', [
        '# Distribuciones Ópticas Levante S.L.', 'CIF ' + LEV['cif'] + ' - Pol. Ind. Fuente del Jarro - 46988 Paterna', '',
        'Cliente: Example Group España S.L. - CIF ' + EG_ES_CIF, 'Factura FV26-03318 - Fecha 02/10/2026 - Pedido 45-2209', '',
        'Ref.       Descripción                              Uds.   Precio    Importe',
        'LC-M30     Lentes mensuales silicona hidrogel x6     220     11,20   2.464,00',
        'SU-360     Solución única 360 ml                     140      4,95     693,00',
        'ES-01      Estuche portalentes                       320      0,80     255,80', '',
        'Base imponible 3.412,80 - IVA 21 % 716,69 - TOTAL 4.129,49 EUR',
        'Forma de pago: transferencia 30 días - CaixaBank ' + ids.fmt_iban(LEV['iban'])],
        title='FV26-03318', author='Administracion', creator='a3ERP', producer='a3ERP', date=d(2026, 10, 2, 17, 10))
    body = mixed([alt(t, 'iso-8859-15', 'quoted-printable', 'outlook_alt', 'b29', lang='ES'), pdf], 'outlook', 'b29')
    return Msg('es', 'distribuidor-lentillas-factura',
               when=utc(2026, 10, 5, 9, 30, zone='ES'), route=SY.ovh_mxplan('88.14.211.90'),
               frm=LEV['admin'], to=[S('es_acc')], hdr_cs='iso-8859-15',
               subject='Factura FV26-03318 - Example Group España', body=body,
               what='Contact-lens distributor sends a routine invoice with PDF.',
               why='Genuine: supplier\'s usual OVH-hosted mailbox via Outlook, Spanish IP, habitual CaixaBank account, matching order number.')


# ------------------------------------------------------------------ 30
@add
def b30():
    t = """Buenos días, Javier:

Te escribo desde mi correo personal porque no tengo el portátil en casa. Esta noche he tenido fiebre alta y el médico de cabecera me ha dado la baja esta mañana; de momento son tres días, el jueves tengo revisión.

El parte ya le llega a la empresa por vía telemática a través de la Seguridad Social, pero si hace falta te mando una foto del justificante.

Lo urgente de esta semana: el pago a Ópticas Levante está preparado en la banca, solo falta la segunda firma. Lo demás puede esperar a mi vuelta.

Un saludo,
Lucía"""
    return Msg('es', 'baja-medica-desde-correo-personal',
               when=utc(2026, 11, 23, 7, 20, zone='ES'), route=SY.outlook_consumer('es-ES'),
               frm=('Lucía Peña', 'lucia.pena.v@hotmail.es'), to=[S('es_mgr')],
               subject='Baja médica - hoy no voy',
               body=alt(t, 'utf-8', 'quoted-printable', 'm365', 'b30', lang='ES'),
               what='The Spanish accountant reports sick leave from her personal Hotmail address.',
               why='Genuine: colleague writing privately with a plausible reason, sick note goes through Social Security electronically, mentions a payment only as status – no new account, no request.')


# ------------------------------------------------------------------ 31
@add
def b31():
    unsub = 'https://r.sendibm4.com/mk/un/v2/sh/1t6AVsd2XFnIGKAdf8h0a2W2bY1d/ZtE1mmUh1G5T'
    blocks = [
        ('h', 'VERI*FACTU en 2027: qué cambia y qué tienes que hacer'),
        ('p', 'Hola,\n\nel 1 de enero de 2027 empieza a aplicarse a las sociedades la obligación de usar un sistema de facturación que cumpla el Reglamento VERI*FACTU (RD 1007/2023). Te resumimos lo importante:'),
        ('p', '• FactuNube ya está adaptado. La declaración responsable del productor está disponible en tu panel, en Ajustes > Cumplimiento.\n'
              '• No tienes que darte de alta en ningún "registro" ni pagar ninguna tasa de certificación: la Agencia Tributaria no cobra por ello.\n'
              '• Si recibes correos que te piden pagar para "registrar tu software", es un fraude. No hagas clic y avísanos.'),
        ('link', 'Guía VERI*FACTU paso a paso', 'https://www.factunube.es/blog/verifactu-2027-guia'),
        ('p', 'Webinar gratuito el 10 de diciembre a las 11:00 con nuestro equipo fiscal.'),
        ('link', 'Reservar plaza en el webinar', 'https://www.factunube.es/webinar-verifactu'),
    ]
    footer = ('FactuNube Software S.L. · C/ Poeta Querol 11 · 46002 Valencia\n'
              'Recibes este correo porque eres cliente de FactuNube. Darse de baja: ' + unsub)
    h = esp_html('utf-8', blocks, color='#00897b', brand='FactuNube', footer=footer, preheader='Sin registros de pago ni tasas: lo que de verdad cambia')
    t = """VERI*FACTU en 2027: qué cambia y qué tienes que hacer

Hola,

el 1 de enero de 2027 empieza a aplicarse a las sociedades la obligación de usar un sistema de facturación que cumpla el Reglamento VERI*FACTU (RD 1007/2023). Te resumimos lo importante:

* FactuNube ya está adaptado. La declaración responsable del productor está disponible en tu panel, en Ajustes > Cumplimiento.
* No tienes que darte de alta en ningún "registro" ni pagar ninguna tasa de certificación: la Agencia Tributaria no cobra por ello.
* Si recibes correos que te piden pagar para "registrar tu software", es un fraude. No hagas clic y avísanos.

Guía VERI*FACTU paso a paso: https://www.factunube.es/blog/verifactu-2027-guia

Webinar gratuito el 10 de diciembre a las 11:00 con nuestro equipo fiscal:
https://www.factunube.es/webinar-verifactu

--
FactuNube Software S.L. · C/ Poeta Querol 11 · 46002 Valencia
Recibes este correo porque eres cliente de FactuNube.
Darse de baja: %s""" % unsub
    return Msg('es', 'newsletter-software-facturacion-verifactu',
               when=utc(2026, 11, 19, 10, 0, zone='ES'), route=SY.brevo('factunube.es'),
               frm=FNUBE['news'], to=[S('es_acc')],
               subject='VERI*FACTU en 2027: qué cambia (y por qué no tienes que pagar a nadie)',
               body=alt(t, 'utf-8', 'quoted-printable', 'html', 'b31', html=h),
               extra=[('List-Unsubscribe', '<%s>, <mailto:unsubscribe@sib.factunube.es>' % unsub),
                      ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click')],
               what='Newsletter of the office\'s invoicing-software vendor about VERI*FACTU, via Brevo.',
               why='Genuine subscribed customer newsletter: ESP with List-Unsubscribe/One-Click, links only to the vendor\'s domain, explicitly says there is no fee or register.',
               pair=[(31, 'VERI*FACTU deadline topic with links; genuine vendor newsletter debunks the fee the attack demands')])
