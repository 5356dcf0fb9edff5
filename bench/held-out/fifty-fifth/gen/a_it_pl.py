"""Attack messages 17-21 (Italian) and 22-26 (Polish)."""
from common import *
from people import *

F = "attack"


def build(ref):
    # ============================================================ ITALIAN
    # ------------------------------------------------------------ 17 carrier bank change, look-alike
    text = dedent("""
        Gentile Dott. Bianchi,

        con la presente Vi comunichiamo che, a seguito della riorganizzazione dei servizi di tesoreria
        della nostra società, a partire dalla data odierna le coordinate bancarie di Ferretti Trasporti
        S.p.A. sono variate come segue:

        Banca: Banca Sella S.p.A.
        IBAN: %s
        BIC: SELBIT2BXXX

        Vi preghiamo di aggiornare la Vostra anagrafica fornitori e di disporre sul nuovo conto il
        pagamento delle fatture in scadenza, in particolare FT 2026/1187 del 30/09/2026 (EUR 6.480,00)
        e FT 2026/1254 del 15/10/2026 (EUR 4.915,50).

        Il conto presso Intesa Sanpaolo è in fase di estinzione e gli eventuali bonifici verranno
        respinti dalla banca. In allegato trovate la comunicazione ufficiale firmata dal nostro
        Amministratore Delegato.

        Per qualsiasi chiarimento potete rispondere direttamente a questa e-mail, poiché il centralino
        è in manutenzione fino a fine settimana.

        Distinti saluti

        Chiara Colombo
        Ufficio Amministrazione
        Ferretti Trasporti S.p.A.
        Via dell'Industria 44 - 20097 San Donato Milanese (MI)
        P.IVA %s
    """) % (ids.fmt_iban(FERR["mule"]), FERR["piva"])
    pdfl = [("FERRETTI TRASPORTI S.p.A.", 15, "B"), "Via dell'Industria 44 - 20097 San Donato Milanese (MI)",
            "P.IVA " + FERR["piva"], "", "Spett.le Example Group S.r.l.", "Ufficio Contabilità", "Milano", "",
            "San Donato Milanese, 04/11/2026", "", ("Oggetto: variazione coordinate bancarie", 12, "B"), "",
            "Con la presente si comunica che, con decorrenza immediata, i pagamenti a favore della scrivente",
            "dovranno essere effettuati esclusivamente sul seguente conto corrente:", "",
            "Intestatario: Ferretti Trasporti S.p.A.", "Banca: Banca Sella S.p.A.",
            "IBAN: " + ids.fmt_iban(FERR["mule"]), "BIC: SELBIT2BXXX", "",
            "Le precedenti coordinate non sono più valide.", "", "Distinti saluti", "",
            "Ferretti Trasporti S.p.A.", "L'Amministratore Delegato", "Roberto Ferretti"]
    mail(F, 17, "it", "carrier-bank-change-lookalike",
         via=V(sd.vps, helo="mail.ferrettitrasporti.it", rdns="ns3176342.ip-51-91-45.eu", ip="51.91.45.118",
               client="outlook16", zone="IT"),
         frm=("Chiara Colombo", "c.colombo@ferrettitrasporti.it"), to=[ACCIT.a],
         subject="Variazione coordinate bancarie - Ferretti Trasporti S.p.A.", t=L(11, 4, 11, 48, "IT"),
         hcs="iso-8859-1",
         body=mixed(alt(text, html_outlook(text, lang="IT"), "iso-8859-1", "quoted-printable"),
                    pdf_att(pdfl, "Comunicazione_variazione_IBAN.pdf", title="Variazione IBAN",
                            author="Amministrazione", producer="Microsoft\xae Word per Microsoft 365",
                            created="20261104111520+01'00'")),
         what="The road carrier Ferretti Trasporti announces new bank details and asks to pay two open invoices there.",
         why="Look-alike domain ferrettitrasporti.it (real: ferretti-trasporti.it) on an OVH server; immediate change, old account 'being closed', switchboard 'under maintenance' to prevent a call-back; replies go to the attacker.",
         pair="B17")

    # ------------------------------------------------------------ 18 SdI / Agenzia delle Entrate (Mailgun)
    link = "https://ivaservizi.agenziaentrate-sdi.com/portale/scarti?id=IT%s_0a8Kx" % EG_IT_PIVA
    paras = ["Gentile contribuente,",
             "il Sistema di Interscambio ha scartato il file <b>IT%s_0a8Kx.xml</b> relativo alla fattura "
             "n. <b>2026/0938</b> del 02/11/2026 (importo 14.762,00 €) per il seguente motivo:" % EG_IT_PIVA,
             "<b>Codice 00404 - Fattura duplicata</b>",
             "Una fattura scartata si considera non emessa. Per evitare l'applicazione delle sanzioni previste "
             "dall'art. 6 del D.Lgs. 471/1997 è necessario verificare l'esito e ritrasmettere il documento entro "
             "5 giorni accedendo all'area riservata <i>Fatture e Corrispettivi</i> con SPID, CIE o CNS."]
    html = brand_html("Notifica di scarto - Sistema di Interscambio", "#0066cc", paras,
                      "Accedi a Fatture e Corrispettivi", link, lang="it", charset="windows-1252",
                      logo_text="Agenzia delle Entrate",
                      footer="Questo messaggio è generato automaticamente. Si prega di non rispondere.<br>"
                             "Agenzia delle Entrate - Via Giorgione 106, 00147 Roma - C.F. 06363391001")
    text = dedent("""
        Gentile contribuente,

        il Sistema di Interscambio ha scartato il file IT%s_0a8Kx.xml relativo alla fattura
        n. 2026/0938 del 02/11/2026 (importo 14.762,00 €) per il seguente motivo:

        Codice 00404 - Fattura duplicata

        Una fattura scartata si considera non emessa. Per evitare l'applicazione delle sanzioni previste
        dall'art. 6 del D.Lgs. 471/1997 è necessario verificare l'esito e ritrasmettere il documento
        entro 5 giorni accedendo all'area riservata Fatture e Corrispettivi con SPID, CIE o CNS:

        %s

        Agenzia delle Entrate
    """) % (EG_IT_PIVA, link)
    mail(F, 18, "it", "sdi-einvoice-rejection-phish", via=V(sd.mailgun, mg_domain="mg.sdi-notifiche.it"),
         frm=("Agenzia delle Entrate - SdI", "notifiche@sdi-notifiche.it"), to=[ACCIT.a],
         subject="Notifica di scarto fattura n. 2026/0938 - codice 00404", t=L(11, 12, 9, 41, "IT"),
         hcs="windows-1252", body=alt(text, html, "windows-1252", "quoted-printable"),
         what="'Agenzia delle Entrate' notice that the e-invoicing exchange (SdI) rejected an outgoing invoice.",
         why="E-invoicing credential phishing: SdI outcomes arrive by PEC or in the accounting software, never by Mailgun from sdi-notifiche.it; link to a look-alike 'ivaservizi' host to harvest SPID/CIE logins; penalty threat and 5-day deadline.",
         pair="B18")

    # ------------------------------------------------------------ 19 Aruba PEC renewal, compromised WordPress site
    link = "https://areaclienti-aruba.rinnovo-servizi.com/pec/?c=examplegroupitalia%40pec.it"
    paras = ["Gentile Cliente,",
             "il rinnovo automatico della casella PEC <b>examplegroupitalia@pec.it</b> non è andato a buon fine "
             "a causa di un problema con il metodo di pagamento associato.",
             "Per non perdere la validità legale delle comunicazioni, la casella verrà <b>sospesa il 14/11/2026</b> "
             "e i messaggi in arrivo saranno respinti al mittente.",
             "Aggiorna ora il metodo di pagamento per completare il rinnovo (canone annuo 9,90 € + IVA)."]
    html = brand_html("Rinnovo PEC non riuscito", "#e8710a", paras, "Rinnova ora", link, lang="it",
                      charset="iso-8859-15", logo_text="Aruba.it",
                      footer="Aruba S.p.A. - Via San Clemente 53 - 24036 Ponte San Pietro (BG) - P.IVA 01573850516")
    text = dedent("""
        Gentile Cliente,

        il rinnovo automatico della casella PEC examplegroupitalia@pec.it non è andato a buon fine a
        causa di un problema con il metodo di pagamento associato.

        La casella verrà sospesa il 14/11/2026. Aggiorna ora il metodo di pagamento:
        %s

        Aruba S.p.A.
    """) % link
    mail(F, 19, "it", "aruba-pec-renewal-phish",
         via=V(sd.exim_cpanel, server="srv27.hostingitalia-cloud.it", server_ip="93.186.254.27",
               client_ip="127.0.0.1", client="phpmailer", zone="IT", helo_client="srv27.hostingitalia-cloud.it",
               envelope="wordpress@agriturismoilpoggio.it"),
         frm=("Aruba.it", "wordpress@agriturismoilpoggio.it"), to=[OFFIT.a],
         subject="Rinnovo non riuscito: la casella PEC examplegroupitalia@pec.it verrà sospesa",
         t=L(11, 11, 22, 7, "IT"), hcs="iso-8859-15", body=alt(text, html, "iso-8859-15", "quoted-printable"),
         what="'Aruba' says the renewal of the company's PEC mailbox failed and it will be suspended.",
         why="Sent by PHPMailer from a hacked WordPress site (agriturismoilpoggio.it) with 'Aruba.it' as display name; link to a look-alike customer area to steal card data and Aruba credentials; suspension deadline.")

    # ------------------------------------------------------------ 20 subcontractor look-alike free-mail, ZIP
    inner = "Fattura_n.23_ottobre_2026.pdf.js"
    z = docs.zip_files([(inner, ph(inner))], seed="a20", dt=(2026, 11, 3, 8, 2, 44))
    text = dedent("""
        Buongiorno dott. Bianchi,

        le invio la fattura di ottobre con il rapportino ore del cantiere di via Tortona. Ho dovuto
        comprimere i file perché la mail non partiva.

        Mi conferma la ricezione?

        Grazie, saluti
        Giuseppe Bruno
        Pulizie Bruno
    """)
    mail(F, 20, "it", "subcontractor-lookalike-zip-js",
         via=V(sd.libero, client_ip="151.38.112.76"), frm=("Pulizie Bruno", "pulizie.bruno.giuseppe@libero.it"),
         to=[ACCIT.a], subject="Fattura ottobre + rapportino ore", t=L(11, 3, 8, 3, "IT"),
         body=mixed(Text(text, "utf-8", "quoted-printable"),
                    Attachment(z, "application/zip", "Fattura_ottobre_2026_rapportino.zip")),
         what="'Pulizie Bruno' sends the October invoice and timesheet as a ZIP.",
         why="Second libero.it account imitating the real subcontractor (real: pulizie.bruno@libero.it, B20), ZIP containing a JavaScript file disguised as PDF (.pdf.js, inert placeholder) - malware dropper lure.",
         pair="B20")

    # ------------------------------------------------------------ 21 fake lawyer (acquisition escrow)
    text = dedent("""
        Egregio Dott. Bianchi,

        sono l'avvocato incaricato dal Dott. Jürgen Köhler di seguire un'operazione societaria
        riservata che Example Group sta concludendo in Italia (acquisizione di una società di
        vigilanza privata con sede a Milano). Il Dott. Köhler, che legge in copia, mi ha indicato Lei
        come referente per gli aspetti amministrativi.

        Per la sottoscrizione dell'accordo preliminare è necessario disporre entro oggi un deposito
        cauzionale di EUR 186.400,00 su conto vincolato (escrow) presso il nostro studio. Le coordinate
        Le saranno trasmesse non appena mi avrà confermato la Sua disponibilità a procedere in giornata.

        Trattandosi di informazioni privilegiate ai sensi della normativa sugli abusi di mercato, La
        prego di non parlarne con colleghi né con la sede di Colonia fino all'annuncio ufficiale e di
        rivolgersi esclusivamente al sottoscritto per ogni chiarimento.

        Cordiali saluti

        Avv. Paolo Ricci
        Studio Legale Ricci & Associati
        Corso di Porta Romana 61 - 20122 Milano
    """)
    mail(F, 21, "it", "fake-lawyer-acquisition-escrow",
         via=V(sd.hosted, server="mail.studiolegalericci-associati.it", server_ip="89.46.104.211",
               client_ip="45.134.142.18", client_rdns="unknown", client="roundcube", zone="IT"),
         frm=("Avv. Paolo Ricci", "p.ricci@studiolegalericci-associati.it"), to=[ACCIT.a],
         cc=[("Jürgen Köhler", "juergen.koehler@examplegroup-eu.com")],
         subject="Riservato - operazione societaria su incarico del Dott. Köhler", t=L(10, 22, 10, 26, "IT"),
         hcs="iso-8859-15", body=Text(text, "iso-8859-15", "8bit"),
         what="A Milan 'lawyer', with the 'CEO' in copy, asks the Italian accountant for a same-day 186,400 EUR escrow deposit.",
         why="Fake-lawyer BEC: the CEO in Cc is on the look-alike domain examplegroup-eu.com, secrecy towards colleagues and HQ, same-day payment to an escrow account to be sent later, no contract or internal approval.",
         pair="B03")

    # ============================================================ POLISH
    # ------------------------------------------------------------ 22 logistics partner bank change, look-alike
    newacc = PLOG["mule"]
    text = dedent("""
        Dzień dobry Panie Pawle,

        uprzejmie informuję, że w związku ze zmianą banku obsługującego naszą spółkę od 1 grudnia
        2026 r. prosimy o dokonywanie wszystkich płatności na nowy rachunek:

        mBank S.A.
        nr rachunku: %s

        Dotychczasowy rachunek w Santander Bank Polska zostanie zamknięty z końcem miesiąca. Nowy
        rachunek jest w trakcie zgłaszania do wykazu podatników VAT („białej listy”) – aktualizacja
        może potrwać kilka dni, prosimy jednak o regulowanie bieżących faktur już na nowy numer.
        Dotyczy to w szczególności faktur FV/2026/11/0457 i FV/2026/11/0482.

        Pismo podpisane przez Zarząd przesyłam w załączniku. Ze względu na przeprowadzkę biura
        telefony stacjonarne chwilowo nie działają, proszę o kontakt mailowy.

        Z poważaniem
        Tadeusz Zieliński
        Dyrektor ds. Operacyjnych
        Partner Logistik sp. z o.o.
        ul. Głogowska 218, 60-104 Poznań
        NIP %s
    """) % (ids.fmt_iban(newacc)[2:].strip(), PLOG["nip"])
    pdfl = [("Partner Logistik sp. z o.o.", 15, "B"), "ul. Głogowska 218, 60-104 Poznań · NIP " + PLOG["nip"], "",
            "Example Group sp. z o.o.", "Dział Księgowości", "Poznań", "", "Poznań, 20.11.2026", "",
            ("Zawiadomienie o zmianie rachunku bankowego", 12, "B"), "",
            "Niniejszym informujemy, że z dniem 01.12.2026 r. rachunkiem właściwym dla wszystkich płatności",
            "na rzecz Partner Logistik sp. z o.o. jest:", "",
            "Bank: mBank S.A.", "Numer rachunku: " + ids.fmt_iban(newacc), "SWIFT: BREXPLPWMBK", "",
            "Rachunek w Santander Bank Polska S.A. zostaje zamknięty.", "", "Za Zarząd", "", "Prezes Zarządu"]
    mail(F, 22, "pl", "logistics-bank-change-lookalike",
         via=V(sd.vps, helo="mail.partner-logistic.pl", rdns="unknown", ip="164.92.181.40",
               client="outlook16", zone="PL"),
         frm=PLOG["zielinski"][:1] + ("t.zielinski@partner-logistic.pl",), to=[ACCPL.a],
         subject="Zmiana numeru rachunku bankowego – Partner Logistik sp. z o.o.", t=L(11, 20, 13, 5, "PL"),
         hcs="windows-1250",
         body=mixed(alt(text, html_outlook(text, lang="PL"), "windows-1250", "quoted-printable"),
                    pdf_att(pdfl, "Zawiadomienie_zmiana_rachunku.pdf", title="Zawiadomienie",
                            author="Partner Logistik", producer="Microsoft\xae Word dla Microsoft 365",
                            created="20261120124402+01'00'")),
         what="The logistics partner 'changes bank' and asks to pay current invoices to a new mBank account.",
         why="Look-alike domain partner-logistic.pl (real: partner-logistik.pl) from a DigitalOcean host without rDNS; admits the account is not yet on the VAT white list (a real Polish company would never ask for that - payments over 15,000 PLN to non-listed accounts lose tax deductibility); phones 'not working'.",
         pair="B22")

    # ------------------------------------------------------------ 23 KSeF phishing (SES)
    link = "https://ksef-podatki.pl/aplikacja-podatnika/logowanie?nip=%s" % EG_PL_NIP
    text = dedent("""
        Szanowni Państwo,

        faktura ustrukturyzowana FA/2026/11/0071 wystawiona przez podmiot o NIP %s została
        odrzucona przez Krajowy System e-Faktur.

        Kod błędu: 9105 - brak aktywnych uprawnień do wystawiania faktur w imieniu podmiotu.

        Uprawnienia nadane przed uruchomieniem obowiązkowego KSeF wygasły. Aby przywrócić możliwość
        wystawiania faktur, należy w ciągu 48 godzin ponownie potwierdzić uprawnienia w Aplikacji
        Podatnika KSeF, logując się profilem zaufanym lub przez bankowość elektroniczną:

        %s

        Do czasu potwierdzenia uprawnień faktury wystawiane poza KSeF nie będą uznawane, co może
        skutkować sankcjami z art. 106ni ustawy o VAT.

        Krajowy System e-Faktur
        Ministerstwo Finansów
    """) % (EG_PL_NIP, link)
    paras = ["Szanowni Państwo,",
             "faktura ustrukturyzowana <b>FA/2026/11/0071</b> wystawiona przez podmiot o NIP %s została "
             "odrzucona przez Krajowy System e-Faktur." % EG_PL_NIP,
             "Kod błędu: <b>9105 - brak aktywnych uprawnień do wystawiania faktur w imieniu podmiotu</b>.",
             "Aby przywrócić możliwość wystawiania faktur, należy w ciągu 48 godzin ponownie potwierdzić "
             "uprawnienia w Aplikacji Podatnika KSeF (profil zaufany lub bankowość elektroniczna)."]
    html = brand_html("KSeF - faktura odrzucona", "#d4213d", paras, "Zaloguj się do Aplikacji Podatnika", link,
                      lang="pl", charset="iso-8859-2", logo_text="Krajowy System e-Faktur",
                      footer="Ministerstwo Finansów, ul. Świętokrzyska 12, 00-916 Warszawa<br>"
                             "Wiadomość wygenerowana automatycznie, prosimy na nią nie odpowiadać.")
    mail(F, 23, "pl", "ksef-einvoice-phish", via=V(sd.ses, region="eu-central-1", client_ip="45.87.154.210", client_rdns="unknown"),
         frm=("KSeF - Ministerstwo Finansów", "powiadomienia@ksef-podatki.pl"), to=[ACCPL.a],
         subject="KSeF: faktura FA/2026/11/0071 odrzucona - wymagane potwierdzenie uprawnień",
         t=L(11, 26, 10, 12, "PL"), hcs="iso-8859-2", body=alt(text, html, "iso-8859-2", "quoted-printable"),
         what="'KSeF' (Polish national e-invoicing system) says an invoice was rejected and permissions must be re-confirmed.",
         why="E-invoicing credential phishing from ksef-podatki.pl via Amazon SES (the Ministry uses gov.pl, KSeF does not e-mail such errors), link to a fake 'Aplikacja Podatnika' login for Profil Zaufany/bank credentials, 48-hour deadline and sanction threat.",
         pair="B23")

    # ------------------------------------------------------------ 24 InPost surcharge
    link = "https://inpost-dostawa.pl/doplata/?n=620044178823119022314"
    paras = ["Dzień dobry,",
             "Twoja przesyłka nr <b>620044178823119022314</b> do Paczkomatu® <b>POZ31M</b> (ul. Święty "
             "Marcin 29, Poznań) nie może zostać umieszczona w skrytce z powodu niezgodności gabarytu.",
             "Aby odebrać paczkę, opłać różnicę w kwocie <b>2,99 zł</b> (BLIK lub karta) w ciągu 24 godzin. "
             "Po tym czasie przesyłka wróci do nadawcy."]
    html = brand_html("Wymagana dopłata do przesyłki", "#ffcd00", paras, "Opłać 2,99 zł", link, lang="pl",
                      logo_text="InPost", footer="InPost S.A., ul. Pana Tadeusza 4, 30-727 Kraków")
    text = dedent("""
        Dzień dobry,

        Twoja przesyłka nr 620044178823119022314 do Paczkomatu POZ31M nie może zostać umieszczona w
        skrytce z powodu niezgodności gabarytu. Opłać różnicę 2,99 zł w ciągu 24 godzin:
        %s

        InPost
    """) % link
    mail(F, 24, "pl", "courier-surcharge-phish",
         via=V(sd.vps, helo="mail.inpost-dostawa.pl", rdns="vmi2817402.contaboserver.net", ip="173.212.231.94",
               client="phpmailer", zone="PL"),
         frm=("InPost", "powiadomienia@inpost-dostawa.pl"), to=[OFFPL.a],
         subject="Twoja przesyłka czeka - wymagana dopłata 2,99 zł", t=L(12, 3, 12, 40, "PL"),
         body=alt(text, html, "utf-8", "base64"),
         what="'InPost' parcel-locker notice asking for a 2.99 PLN surcharge.",
         why="Courier card/BLIK phishing from a look-alike domain on a Contabo VPS with PHPMailer; tiny amount to harvest card or BLIK authorisation; 24-hour deadline.")

    # ------------------------------------------------------------ 25 IT helpdesk / Teams + Quick Assist (vishing pretext)
    text = dedent("""
        Dzień dobry Pani Małgorzato,

        w ciągu ostatniej godziny nasz system wykrył na Pani skrzynce ponad 600 wiadomości spamowych
        (zgłoszenie INC0048217). To typowy atak mający na celu zablokowanie skrzynki.

        Aby go zatrzymać, nasz technik Michał Nowicki zadzwoni do Pani w ciągu 10 minut przez
        Microsoft Teams (konto „Help Desk Example Group”). Prosimy o odebranie połączenia i
        uruchomienie aplikacji Szybka pomoc (Quick Assist, skrót Ctrl + Windows + Q), a następnie
        podanie technikowi wyświetlonego kodu. Cała operacja trwa ok. 15 minut.

        Prosimy nie wyłączać komputera i nie usuwać wiadomości do czasu zakończenia czynności.

        Pozdrawiamy
        Dział IT - Service Desk
        Example Group
    """)
    mail(F, 25, "pl", "it-helpdesk-teams-quickassist-vishing",
         via=V(sd.m365, srv="AM0PR09MB4127", region="eurprd09", srv2="AS8PR09MB6630",
               eop=("EUR05-AM6-obe.outbound.protection.outlook.com",
                    "mail-am6eur05on2118.outbound.protection.outlook.com", "40.107.22.118"),
               lang="pl-PL", accept="pl-PL, en-US"),
         frm=("Help Desk Example Group", "servicedesk@examplegroupit.onmicrosoft.com"), to=[OFFPL.a],
         subject="INC0048217: nietypowa ilość spamu na Pani skrzynce - kontakt przez Teams",
         t=L(11, 30, 14, 22, "PL"), body=alt(text, html_outlook(text, lang="PL"), "utf-8", "quoted-printable"),
         what="'IT service desk' announces a Teams call about a spam flood and asks the user to start Quick Assist and give the code.",
         why="Email-bombing + Teams vishing pretext (Black Basta-style): external attacker tenant examplegroupit.onmicrosoft.com posing as internal IT, aims at remote-control access via Quick Assist; real IT uses the internal ticket system and never asks for Quick Assist codes.",
         pair="B25")

    # ------------------------------------------------------------ 26 fake register invoice
    mule = ids.iban_pl("1050183", "0000229041177036")
    text = dedent("""
        Szanowni Państwo,

        w związku z aktualizacją danych w Centralnym Rejestrze Działalności Gospodarczej przesyłamy
        formularz aktualizacyjny nr CRDG/2026/114822 dla podmiotu Example Group sp. z o.o.

        Prosimy o weryfikację danych oraz uiszczenie opłaty rejestracyjnej w wysokości 1 480,00 zł
        w terminie 7 dni. Wpłata jest równoznaczna z potwierdzeniem danych.

        Z poważaniem
        Dział Obsługi Rejestru CRDG
    """)
    pdfl = [("CRDG - Centralny Rejestr Działalności Gospodarczej", 13, "B"), "Dział Obsługi Rejestru", "",
            ("FORMULARZ AKTUALIZACYJNY nr CRDG/2026/114822", 12, "B"), "",
            "Nazwa: Example Group sp. z o.o.", "Adres: ul. Składowa 35, 61-897 Poznań",
            "NIP: " + EG_PL_NIP + "      KRS: 0000784512", "Branża (PKD): 81.21.Z, 80.10.Z", "",
            "Opłata rejestracyjna (12 miesięcy)              1 203,25 zł", "VAT 23%                                            276,75 zł",
            ("Do zapłaty                                       1 480,00 zł", 11, "B"), "",
            "Odbiorca: CRDG sp. z o.o.", "Rachunek: " + ids.fmt_iban(mule), "Tytuł: CRDG/2026/114822",
            "Termin płatności: 7 dni", "",
            ("CRDG jest prywatną bazą informacyjną i nie jest powiązany z KRS ani CEIDG. Dokonanie wpłaty", 7),
            ("oznacza zawarcie umowy na publikację wpisu na okres 12 miesięcy z automatycznym przedłużeniem.", 7)]
    mail(F, 26, "pl", "fake-register-invoice",
         via=V(sd.vps, helo="mail.crdg-rejestr.pl", rdns="vps-7d1e93a4.vps.ovh.net", ip="57.128.196.33",
               client="none", zone="PL", mta="Exim"),
         frm=("CRDG Rejestr", "biuro@crdg-rejestr.pl"), to=[ACCPL.a],
         subject="Formularz aktualizacyjny CRDG/2026/114822 - Example Group sp. z o.o.", t=L(12, 2, 8, 55, "PL"),
         hcs="windows-1250",
         body=mixed(Text(text, "windows-1250", "base64"),
                    pdf_att(pdfl, "CRDG_2026_114822.pdf", title="Formularz aktualizacyjny", author="CRDG",
                            producer="mPDF 8.2.4", created="20261202075101+01'00'")),
         what="'Central business register' update form with a 1,480 PLN registration fee.",
         why="Fake register invoice imitating KRS/CEIDG; the small print says it is a private database and payment concludes a self-renewing contract; unknown sender on an OVH VPS.")
