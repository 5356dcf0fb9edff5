"""Business messages 17-21 (Italian) and 22-26 (Polish)."""
from common import *
from people import *

F = "business"
FERR_SRV = dict(server="smtpdh02.aruba.it", server_ip="62.149.158.92", client_ip="93.41.200.18",
                client_rdns="93-41-200-18.ip85.fastwebnet.it", client="outlook16", zone="IT",
                msgid_domain="ferretti-trasporti.it")
PLOG_M365 = dict(srv="DU2PR02MB10214", region="eurprd02", srv2="PA6PR02MB10578",
                 eop=("EUR02-DB5-obe.outbound.protection.outlook.com",
                      "mail-db5eur02on2086.outbound.protection.outlook.com", "40.107.249.86"),
                 lang="pl-PL", accept="pl-PL, en-US")


def build(ref):
    # ============================================================ ITALIAN
    # ------------------------------------------------------------ 17 carrier invoice (courtesy copy)
    text = dedent("""
        Spett.le Example Group S.r.l.,

        in allegato trasmettiamo copia di cortesia della fattura n. FT 2026/1187 del 30/09/2026
        (trasporti settembre, 14 viaggi Milano-Bologna-Verona), già inviata tramite Sistema di
        Interscambio al Vostro codice destinatario.

        Imponibile EUR 5.311,48 - IVA 22%% EUR 1.168,52 - Totale EUR 6.480,00
        Pagamento: bonifico 60 gg d.f.f.m. su Intesa Sanpaolo, IBAN %s

        Cordiali saluti

        Ufficio Amministrazione
        Ferretti Trasporti S.p.A.
        Via dell'Industria 44 - 20097 San Donato Milanese (MI)
        Tel. 02 5187 3300 - P.IVA %s
    """) % (ids.fmt_iban(FERR["iban"]), FERR["piva"])
    pdfl = [("FERRETTI TRASPORTI S.p.A.", 15, "B"), "Via dell'Industria 44 - 20097 San Donato Milanese (MI)",
            "P.IVA " + FERR["piva"], "", ("COPIA DI CORTESIA - FATTURA N. FT 2026/1187 del 30/09/2026", 11, "B"),
            "Cliente: Example Group S.r.l. - Via Gattamelata 34, 20149 Milano - P.IVA " + EG_IT_PIVA, "",
            "Descrizione                                          Q.tà     Prezzo     Importo",
            "Trasporto collettame Milano - Bologna                  6     312,00     1.872,00",
            "Trasporto collettame Milano - Verona                   8     398,00     3.184,00",
            "Supplemento sponda idraulica                           14     18,25       255,48", "",
            "Imponibile  5.311,48    IVA 22%  1.168,52    Totale documento  EUR 6.480,00", "",
            "Modalità di pagamento: bonifico bancario 60 gg d.f.f.m.",
            "Intesa Sanpaolo - IBAN " + ids.fmt_iban(FERR["iban"]), "",
            ("Documento privo di valenza fiscale ai sensi dell'art. 21 DPR 633/72. L'originale è disponibile", 7),
            ("nell'area riservata del sito dell'Agenzia delle Entrate.", 7)]
    mail(F, 17, "it", "carrier-invoice-courtesy-copy", via=V(sd.hosted, **FERR_SRV),
         frm=FERR["amm"], to=[ACCIT.a], cc=[FERR["colombo"]],
         subject="Fattura n. FT 2026/1187 del 30/09/2026 - Ferretti Trasporti S.p.A.", t=L(10, 1, 9, 12, "IT"),
         hcs="iso-8859-15",
         body=mixed(alt(text, html_outlook(text, lang="IT"), "iso-8859-15", "quoted-printable"),
                    pdf_att(pdfl, "FT_2026_1187.pdf", title="Fattura FT 2026/1187", author="Ferretti Trasporti",
                            producer="TeamSystem Studio", created="20261001090511+02'00'")),
         what="Courtesy copy of the carrier's September invoice (the legal e-invoice went through SdI).",
         why="Real domain ferretti-trasporti.it via Aruba's SMTP, Intesa IBAN as in master data, ordinary Italian practice (copia di cortesia). Hard negative of A17.",
         pair="A17")

    # ------------------------------------------------------------ 18 genuine e-invoicing provider notice
    text = dedent("""
        Gentile Cliente,

        ti informiamo che la fattura n. 2026/0912 del 30/10/2026 emessa verso IMMOBILIARE NAVIGLI S.R.L.
        è stata consegnata al destinatario dal Sistema di Interscambio.

        Identificativo SdI: 18827364519
        Data consegna: 31/10/2026 08:14

        Puoi consultare la ricevuta di consegna nel pannello di Fatturazione Elettronica:
        https://fatturazioneelettronica.aruba.it

        Questa è una notifica automatica inviata all'indirizzo impostato nelle preferenze del servizio.

        Aruba S.p.A.
    """)
    mail(F, 18, "it", "einvoice-provider-delivery-receipt",
         via=V(sd.vps, helo="smtpnotify01.aruba.it", rdns="smtpnotify01.aruba.it", ip="62.149.157.41",
               client="none", zone="IT"),
         frm=("Aruba Fatturazione Elettronica", "notifiche@fatturazioneelettronica.aruba.it"), to=[ACCIT.a],
         subject="Fattura n. 2026/0912 consegnata al destinatario - Ricevuta di consegna", t=L(10, 31, 8, 20, "IT"),
         body=Text(text, "utf-8", "quoted-printable"),
         what="E-invoicing provider (Aruba) confirms that an outgoing invoice was delivered via SdI.",
         why="From the provider the company actually uses, no login link other than the provider's own panel, informational receipt. Hard negative of A18/A19 (SdI and Aruba pretexts).",
         pair="A18, A19")

    # ------------------------------------------------------------ 19 trade newsletter (Mailgun)
    lu = [("List-Unsubscribe", "<mailto:unsubscribe@puliziaprofessionaleoggi.it?subject=unsubscribe-8a71f3>, "
                               "<https://puliziaprofessionaleoggi.it/newsletter/disiscrizione?u=8a71f3c09e>"),
          ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("List-Id", "<newsletter.puliziaprofessionaleoggi.it>"),
          ("Precedence", "bulk")]
    items = ["<b>CAM pulizie:</b> cosa cambia negli appalti pubblici dal 2027 - prodotti, formazione e rendicontazione.",
             "<b>Robot lavapavimenti:</b> tre casi d'uso nei centri commerciali milanesi, costi e risparmi reali.",
             "<b>CCNL Multiservizi:</b> le nuove tabelle retributive e l'impatto sulle offerte 2027.",
             "<b>Sicurezza:</b> diluizione corretta dei prodotti acidi, la scheda da appendere in magazzino."]
    html = brand_html("Pulizia Professionale Oggi - Newsletter n. 44/2026", "#2a7f62", items,
                      "Leggi tutti gli articoli", "https://puliziaprofessionaleoggi.it/newsletter/44-2026?utm_source=newsletter",
                      lang="it", logo_text="Pulizia Professionale Oggi",
                      footer="Ricevi questa newsletter perché sei iscritto con francesca.romano@example.com.<br>"
                             "<a href=\"https://puliziaprofessionaleoggi.it/newsletter/disiscrizione?u=8a71f3c09e\">"
                             "Annulla l'iscrizione</a> · Edizioni Servizi Srl, Via Lazzaretto 19, 20124 Milano")
    text = dedent("""
        Pulizia Professionale Oggi - Newsletter n. 44/2026

        - CAM pulizie: cosa cambia negli appalti pubblici dal 2027
        - Robot lavapavimenti: tre casi d'uso nei centri commerciali milanesi
        - CCNL Multiservizi: le nuove tabelle retributive
        - Sicurezza: diluizione corretta dei prodotti acidi

        Leggi tutti gli articoli: https://puliziaprofessionaleoggi.it/newsletter/44-2026

        Annulla l'iscrizione: https://puliziaprofessionaleoggi.it/newsletter/disiscrizione?u=8a71f3c09e
    """)
    mail(F, 19, "it", "trade-newsletter-mailgun",
         via=V(sd.mailgun, mg_domain="mg.puliziaprofessionaleoggi.it", list_unsub=lu),
         frm=("Pulizia Professionale Oggi", "newsletter@puliziaprofessionaleoggi.it"), to=[OFFIT.a],
         subject="Newsletter 44/2026: CAM pulizie dal 2027, robot lavapavimenti, CCNL Multiservizi",
         t=L(11, 19, 6, 30, "IT"), body=alt(text, html, "utf-8", "quoted-printable"),
         what="Subscribed trade newsletter for the cleaning industry sent via Mailgun.",
         why="Subscribed list with List-Unsubscribe (+ one-click POST), List-Id, consistent sender domain and links, no requests.")

    # ------------------------------------------------------------ 20 subcontractor invoice from libero.it
    pdfl = [("PULIZIE BRUNO di Giuseppe Bruno", 14, "B"), "Via Giambellino 112 - 20146 Milano",
            "P.IVA " + ids.it_piva("0918734015"), "", ("FATTURA N. 22/2026 del 31/10/2026", 12, "B"),
            "Cliente: Example Group S.r.l. - P.IVA " + EG_IT_PIVA, "",
            "Servizi di pulizia ottobre 2026, cantiere Via Tortona 27 - ore 186 x 17,50     3.255,00", "",
            "Totale documento                                                      EUR 3.255,00",
            "Operazione in franchigia da IVA ai sensi dell'art. 1, commi 54-89, L. 190/2014 (regime forfettario)", "",
            "Pagamento: bonifico a 30 gg - IBAN " + ids.fmt_iban(BRUNO_IBAN)]
    text = dedent("""
        Buongiorno dott. Bianchi,

        in allegato la fattura n. 22/2026 per le pulizie di ottobre in via Tortona 27 (186 ore, come da
        rapportino firmato dal vostro capocantiere). La fattura elettronica l'ha già inviata il
        commercialista.

        Pagamento sul solito IBAN.

        Cordiali saluti
        Giuseppe Bruno
        Pulizie Bruno - 347 812 4409
    """)
    mail(F, 20, "it", "subcontractor-invoice-libero",
         via=V(sd.libero, client_ip="151.38.112.76"), frm=C["bruno"]["people"][0], to=[ACCIT.a],
         subject="Fattura 22/2026 ottobre", t=L(11, 2, 18, 44, "IT"),
         body=mixed(Text(text, "utf-8", "8bit"),
                    pdf_att(pdfl, "Fattura_22_2026.pdf", title="Fattura 22/2026", author="Giuseppe Bruno",
                            producer="LibreOffice 7.6", created="20261102183911+01'00'")),
         what="Small cleaning subcontractor sends his October invoice from his libero.it address.",
         why="The subcontractor's known free-mail address, plain PDF invoice, payment to the usual IBAN, consistent hours. Hard negative of A20 (look-alike libero account with a ZIP).",
         pair="A20")

    # ------------------------------------------------------------ 21 customer complaint
    marco = C["navigli"]["people"][0]
    text = dedent("""
        Gentile dott.ssa Romano,

        le scrivo perché anche stamattina gli inquilini del 3° e 4° piano di via Tortona 27 hanno
        trovato uffici e bagni non puliti: cestini pieni, pavimenti non lavati, carta igienica
        esaurita. È la terza volta in questo mese e ho ricevuto due reclami scritti dai conduttori.

        Vi chiedo di intervenire oggi stesso con una squadra di recupero e di mandarmi entro venerdì
        un piano correttivo con i nominativi del personale assegnato. Se la situazione non dovesse
        migliorare, saremo costretti ad applicare le penali previste dall'art. 9 del contratto e a
        valutare la risoluzione.

        Resto in attesa di un Suo riscontro telefonico.

        Marco Galli
        Property Manager
        Immobiliare Navigli S.r.l. - Ripa di Porta Ticinese 79, 20143 Milano
        Tel. 02 8945 1120
    """)
    mail(F, 21, "it", "customer-complaint-penalties",
         via=V(sd.gmail, pfx="wr1", f=52, ip="209.85.221.52"), frm=marco, to=[OFFIT.a], cc=[OPS.a],
         subject="Reclamo - pulizie non eseguite 3° e 4° piano via Tortona 27", t=L(11, 17, 8, 52, "IT"),
         body=alt(text, html_gmail(text), "utf-8", "quoted-printable"),
         what="Customer complaint about missed cleaning with a threat of contractual penalties.",
         why="Known customer on its Google Workspace domain, concrete site details, asks for a phone call and a corrective plan; angry and urgent but no payment or credential request.")

    # ============================================================ POLISH
    # ------------------------------------------------------------ 22 logistics partner invoice (KSeF)
    ksef = "%s-20261105-4F2A9C1B7E3D-8A" % PLOG["nip"]
    text = dedent("""
        Dzień dobry,

        w załączeniu przesyłamy wizualizację faktury FV/2026/11/0457 z dnia 05.11.2026 r. Faktura
        została wystawiona w Krajowym Systemie e-Faktur.

        Numer KSeF: %s
        Kwota brutto: 18 942,30 zł
        Termin płatności: 19.11.2026 r.
        Rachunek (zgłoszony w wykazie podatników VAT): %s
        Santander Bank Polska S.A.

        Prosimy o płatność w mechanizmie podzielonej płatności.

        Z poważaniem
        Dział Księgowości
        Partner Logistik sp. z o.o.
        ul. Głogowska 218, 60-104 Poznań, NIP %s
    """) % (ksef, ids.fmt_iban(PLOG["iban"])[2:].strip(), PLOG["nip"])
    pdfl = [("Partner Logistik sp. z o.o.", 14, "B"), "ul. Głogowska 218, 60-104 Poznań · NIP " + PLOG["nip"], "",
            ("Faktura VAT FV/2026/11/0457", 12, "B"), "Data wystawienia: 05.11.2026   Numer KSeF: " + ksef,
            "Nabywca: Example Group sp. z o.o., ul. Składowa 35, 61-897 Poznań, NIP " + EG_PL_NIP, "",
            "Usługa                                           Netto        VAT 23%      Brutto",
            "Magazynowanie chemii i sprzętu - październik   6 480,00      1 490,40     7 970,40",
            "Dostawy do obiektów klienta (42 kursy)         8 920,00      2 051,60    10 971,60",
            ("Razem                                         15 400,00      3 542,00    18 942,00", 10, "B"),
            "Zaokrąglenie paliwowe                                                      0,30", "",
            "Do zapłaty: 18 942,30 zł   Termin: 19.11.2026   Mechanizm podzielonej płatności",
            "Rachunek: " + ids.fmt_iban(PLOG["iban"]), "",
            ("Wizualizacja faktury ustrukturyzowanej. Dokumentem źródłowym jest faktura w KSeF.", 7)]
    mail(F, 22, "pl", "logistics-invoice-ksef", via=V(sd.m365, has_attach=True, **PLOG_M365),
         frm=PLOG["ksieg"], to=[ACCPL.a], subject="Faktura FV/2026/11/0457 - Partner Logistik sp. z o.o.",
         t=L(11, 5, 10, 31, "PL"), hcs="iso-8859-2",
         body=mixed(alt(text, html_outlook(text, lang="PL"), "iso-8859-2", "quoted-printable"),
                    pdf_att(pdfl, "FV_2026_11_0457.pdf", title="FV/2026/11/0457", author="Partner Logistik",
                            producer="Comarch ERP Optima", created="20261105102944+01'00'")),
         what="Monthly invoice of the logistics partner with its KSeF number and white-list account.",
         why="Genuine partner-logistik.pl tenant, account matches master data and the VAT white list, split payment, KSeF reference. Hard negative of A22 and A23.",
         pair="A22")

    # ------------------------------------------------------------ 23 partner contact: KSeF + delivery schedule
    text = dedent("""
        Panie Pawle,

        krótko w dwóch sprawach:

        1. KSeF - od lutego wszystkie nasze faktury są wyłącznie w KSeF, wizualizacje PDF wysyłamy tylko
        pomocniczo. Proszę sprawdzić w Państwa systemie, czy faktury FV/2026/11/0457 i FV/2026/11/0482
        zostały pobrane - w razie problemów z uprawnieniami proszę o kontakt z naszą księgowością, nic
        nie trzeba potwierdzać przez linki w mailach.

        2. Dostawy chemii do Galerii Warta w grudniu: 3, 10 i 17 grudnia, rampa B, okno 6:00-7:00. Po
        17.12. do 7 stycznia magazyn pracuje w trybie świątecznym, zamówienia proszę składać do 14.12.

        Pozdrawiam serdecznie
        Tadeusz Zieliński
        Dyrektor ds. Operacyjnych
        Partner Logistik sp. z o.o.
        tel. +48 61 842 17 30, kom. +48 601 447 218
    """)
    mail(F, 23, "pl", "partner-ksef-and-delivery-schedule", via=V(sd.m365, **PLOG_M365),
         frm=PLOG["zielinski"], to=[ACCPL.a], cc=[OFFPL.a],
         subject="KSeF i harmonogram dostaw na grudzień", t=L(11, 27, 14, 10, "PL"), hcs="windows-1250",
         body=alt(text, html_outlook(text, lang="PL"), "windows-1250", "quoted-printable"),
         what="The known partner contact explains KSeF handling and the December delivery windows.",
         why="Genuine partner tenant and known contact, operational content, explicitly no links to confirm. Hard negative of A23 (KSeF pretext).",
         pair="A23")

    # ------------------------------------------------------------ 24 guarding subcontractor hours (wp.pl)
    lech = C["lech"]["people"][0]
    pdfl = [("Ochrona Lech Krzysztof Lewandowski", 13, "B"), "Zestawienie godzin - listopad 2026", "",
            "Obiekt                                   Posterunek        Godziny",
            "Galeria Warta, ul. Dąbrowskiego 96       Parking / noc         720",
            "Galeria Warta, ul. Dąbrowskiego 96       Monitoring CCTV       720",
            "Magazyn Example Group, ul. Składowa 35   Portiernia            744", "",
            ("Razem                                                         2 184", 11, "B"), "",
            "Stawka 31,50 zł/h netto - faktura FV 11/2026 wystawiona w KSeF.",
            "Rachunek: " + ids.fmt_iban(LECH_IBAN)]
    text = dedent("""
        Dzień dobry Pani Małgorzato,

        w załączniku zestawienie godzin ochrony za listopad (2 184 h, podpisane przez kierowników
        zmian). Fakturę wystawiłem w KSeF, numer przyjdzie do księgowości automatycznie.

        Proszę też pamiętać, że od 20 grudnia potrzebujemy dodatkowego pracownika na parking w
        weekendy - do potwierdzenia telefonicznego.

        Pozdrawiam
        Krzysztof Lewandowski
        Ochrona Lech
        tel. 604 118 327
    """)
    mail(F, 24, "pl", "guarding-subcontractor-hours-wp",
         via=V(sd.wp, client_ip="83.26.54.119", client_rdns="aczo119.neoplus.adsl.tpnet.pl"),
         frm=lech, to=[OFFPL.a], cc=[ACCPL.a], subject="Zestawienie godzin - listopad 2026",
         t=L(12, 1, 7, 48, "PL"), hcs="iso-8859-2",
         body=mixed(Text(text, "iso-8859-2", "8bit"),
                    pdf_att(pdfl, "Zestawienie_godzin_11_2026.pdf", title="Zestawienie godzin",
                            author="K. Lewandowski", producer="Microsoft\xae Excel\xae 2016",
                            created="20261201073512+01'00'")),
         what="Guarding subcontractor sends November hours from his wp.pl address.",
         why="Known subcontractor address, expected monthly document (PDF), bank account unchanged, invoice via KSeF.")

    # ------------------------------------------------------------ 25 colleague: broken laptop, private Gmail
    text = dedent("""
        Cześć Małgosiu,

        piszę z prywatnego maila, bo mój służbowy laptop po wczorajszej aktualizacji nie chce się
        uruchomić - kręci się kółko i po kilku minutach restart. Próbowałem dwa razy.

        Czy możesz przekazać zgłoszenie do IT w Kolonii (kopia do helpdesku)? Jutro mogę przyjechać
        wcześniej do biura, żeby ktoś mógł się podłączyć, albo wezmę zapasowy laptop z szafy. Do
        tego czasu pracuję na telefonie, maile służbowe czytam w aplikacji Outlook.

        Dzięki!
        Paweł
    """)
    mail(F, 25, "pl", "colleague-broken-laptop-private-mail",
         via=V(sd.gmail, pfx="lj1", f=46, ip="209.85.167.46"), frm=(ACCPL.name, "pawel.kowalczyk85@gmail.com"),
         to=[OFFPL.a], cc=[("IT Helpdesk", "it-helpdesk@example.com")], subject="Laptop nie działa",
         t=L(11, 30, 18, 5, "PL"), body=alt(text, html_gmail(text), "utf-8", "quoted-printable"),
         what="Accountant reports his broken laptop from his private Gmail to the office manager and IT helpdesk.",
         why="Colleague's private address, no request for credentials, money or software installation; proposes bringing the laptop to the office. Hard negative of A25 (IT/remote-support pretext).",
         pair="A25")

    # ------------------------------------------------------------ 26 customer complaint (security)
    ag = C["warta"]["people"][0]
    text = dedent("""
        Szanowna Pani,

        w nocy z 28 na 29 listopada pracownik ochrony nie wykonał obchodu parkingu podziemnego poziomu
        -2 między 1:00 a 4:00 (brak odczytów w systemie kontroli obchodów). W tym czasie doszło do
        włamania do samochodu najemcy, sprawą zajmuje się policja.

        Proszę o pisemne wyjaśnienie do 4 grudnia, w tym wydruk z systemu obchodów i grafik zmiany.
        Zgodnie z § 11 umowy zastrzegamy sobie prawo do naliczenia kary umownej.

        Z poważaniem
        Agnieszka Mazur
        Kierownik Techniczny
        Galeria Warta sp. z o.o.
        ul. Dąbrowskiego 96, 60-574 Poznań
    """)
    mail(F, 26, "pl", "customer-complaint-security",
         via=V(sd.hosted, server="mail.galeriawarta.pl", server_ip="46.242.131.20", client_ip="46.242.131.77",
               client_rdns="biuro.galeriawarta.pl", client="outlook16", zone="PL"),
         frm=ag, to=[OFFPL.a], cc=[OPS.a], subject="Reklamacja - brak obchodu parkingu 28/29.11",
         t=L(11, 30, 9, 14, "PL"), body=alt(text, html_outlook(text, lang="PL"), "utf-8", "base64"),
         what="Shopping-centre customer complains about a missed night patrol and reserves a contractual penalty.",
         why="Known customer domain and server, concrete incident, asks for a written explanation; threatening but legitimate.")
