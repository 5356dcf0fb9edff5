"""Genuine business messages 17-21 (Italian) and 22-26 (Polish)."""
import mailers as M
from core import message, alt, mixed, related, pdf_att
from mime import Text, Attachment, to_plain, html_outlook, html_gmail, html_simple, html_branded
from common import D, ib
from people import st, BANK, TAX
from docs import simple_doc
from qr import solid_png
from util import hexid, alnum, uuid4, rng

F = "business"


def sharepoint_notify(ctx):
    r, d = ctx["r"], ctx["date"]
    srv = "AM9PR05MB%d" % r.randint(1000, 9999)
    hops = ["from %s.eurprd05.prod.outlook.com (2603:10a6:20b:%s::%d) by\n %s.eurprd05.prod.outlook.com (2603:10a6:20b:%s::%d) with Microsoft SMTP\n Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n 15.20.8511.22; %s" % (
        srv, hexid(r, 3), r.randint(2, 30), srv.replace("MB", "CA"), hexid(r, 3), r.randint(2, 30), M.utcs(d, 1))]
    return {"msgid": "<%s@odspnotify>" % uuid4(r), "hops": hops,
            "client": ("EUR05-AM6-obe.outbound.protection.outlook.com", "mail-am6eur05on2090.outbound.protection.outlook.com", "40.107.22.90"),
            "tls": M.TLS12, "headers": [("X-MS-Exchange-Organization-SharePoint", None)],
            "boundary": lambda k: "--boundary_%d_%s" % (r.randint(100, 999), uuid4(r)), "order": "generic"}


def fakturownia(ctx):
    r, d = ctx["r"], ctx["date"]
    hops = ["from app7.fakturownia.pl (app7.fakturownia.pl [10.0.3.17])\n\tby mail3.fakturownia.pl (Postfix) with ESMTP id %s\n\tfor <%s>; %s" % (
        M.pfx_short(r), ctx["rcpt"], M.loc(d, "pl", 1, True))]
    return {"msgid": "<%s.%s@fakturownia.pl>" % (hexid(r, 24), "mail"), "hops": hops,
            "client": ("mail3.fakturownia.pl", "mail3.fakturownia.pl", "185.233.34.71"), "tls": M.TLS13,
            "headers": [("X-Mailer", "Fakturownia.pl")],
            "boundary": lambda k: "--==_mimepart_%s_%d" % (hexid(r, 13), r.randint(10, 99)), "order": "generic"}


def build():
    # ============================================================ ITALIAN
    # ------------------------------------------------------------ 17 Ferretti genuine reminder with threat
    txt = """Spett.le Example Group Italia S.r.l.
c.a. Dott. Marco Bianchi

Oggetto: SOLLECITO DI PAGAMENTO - ULTIMO AVVISO

Dalle nostre registrazioni risultano ancora insolute le seguenti fatture:

Fatt. n. 2026/1034 del 31/08/2026 - scad. 30/09/2026 - EUR 6.214,80
Fatt. n. 2026/1187 del 30/09/2026 - scad. 31/10/2026 - EUR 8.431,20
Fatt. n. 2026/1203 del 30/09/2026 - scad. 31/10/2026 - EUR 6.431,20
Totale scaduto: EUR 21.077,20

Vi preghiamo di provvedere al saldo entro il 20/11/2026 tramite bonifico sulle consuete coordinate:
Banco BPM - IBAN %s

In mancanza del pagamento entro tale data saremo costretti, nostro malgrado, a sospendere i ritiri programmati presso il Vostro magazzino di Pero e ad affidare la pratica al nostro legale per il recupero del credito.

Qualora aveste già provveduto, Vi preghiamo di considerare nulla la presente e di inviarci copia della contabile. Per qualsiasi chiarimento potete contattare il nostro ufficio amministrativo al numero 035 562 118.

Distinti saluti

Ufficio Amministrazione
Ferretti Trasporti S.p.A.
Via Cristoforo Colombo 14 - 24044 Dalmine (BG)
P.IVA %s""" % (ib(BANK["ferretti"]), TAX["ferretti_piva"])
    ec = simple_doc([
        "## Ferretti Trasporti S.p.A.", "Via Cristoforo Colombo 14 - 24044 Dalmine (BG) - P.IVA " + TAX["ferretti_piva"], "",
        "# Estratto conto cliente al 09/11/2026", "Cliente: Example Group Italia S.r.l. - cod. cliente C00718", "", "---",
        "Documento        Data          Scadenza      Importo      Pagato      Residuo",
        "Fatt. 2026/0871  31/07/2026    31/08/2026    5.980,40     5.980,40        0,00",
        "Fatt. 2026/1034  31/08/2026    30/09/2026    6.214,80         0,00    6.214,80",
        "Fatt. 2026/1187  30/09/2026    31/10/2026    8.431,20         0,00    8.431,20",
        "Fatt. 2026/1203  30/09/2026    31/10/2026    6.431,20         0,00    6.431,20", "---",
        "# Totale scaduto EUR 21.077,20", "",
        "Coordinate bancarie: Banco BPM - IBAN " + ib(BANK["ferretti"]),
    ], title="Estratto conto C00718", author="Amministrazione", producer="Microsoft® Excel® per Microsoft 365",
        creator="Microsoft® Excel® per Microsoft 365", date="D:20261109151203+01'00'")
    message(F, 17, "it", "ferretti-sollecito-ultimo-avviso", M.outlook_smtp,
            ("Amministrazione Ferretti Trasporti", "amministrazione@ferretti-trasporti.it"), [st("marco.bianchi")],
            "SOLLECITO DI PAGAMENTO - ultimo avviso - Example Group Italia S.r.l.",
            D("it", 11, 9, 15, 14, 51),
            mixed(alt(txt, html_outlook(txt, "iso-8859-1", lang="IT"), "iso-8859-1"),
                  pdf_att(ec, "Estratto_conto_C00718_al_09-11-2026.pdf")),
            cc=[("Chiara Colombo", "c.colombo@ferretti-trasporti.it")],
            opt={"provider": M.ARUBA, "ip": "93.41.190.77", "pc": "AMMINISTR-02", "zone": "it", "clang": "it"},
            hcs="iso-8859-1", hmode="Q",
            what="Carrier's final payment reminder threatening to suspend pick-ups and hand over to a lawyer; statement of account PDF attached.",
            why="Genuine: real domain ferretti-trasporti.it via Aruba from the carrier's usual office IP, known Banco BPM IBAN, phone number offered, amounts consistent with the statement. Hard negative for attack/17 (IBAN change) and attack/19 (fake lawyer).",
            pair="attack/17")

    # ------------------------------------------------------------ 18 courtesy copy of e-invoice
    txt = """Buongiorno,

in allegato trasmettiamo copia di cortesia della fattura elettronica n. 412/2026 del 30/11/2026, regolarmente inviata tramite Sistema di Interscambio al Vostro codice destinatario (identificativo SdI 11874423591).

Il documento fiscalmente valido è esclusivamente quello ricevuto tramite SdI e consultabile nella Vostra area riservata del portale Fatture e Corrispettivi.

Imponibile: € 18.450,00 - IVA 22%%: € 4.059,00 - Totale documento: € 22.509,00
Pagamento: bonifico 30 gg d.f.f.m. su IBAN %s

Cordiali saluti
Ufficio Amministrazione
Teleimpianti Lombardi S.r.l.
Via Stezzano 87 - 24126 Bergamo - P.IVA %s""" % (ib(BANK["lombardi"]), TAX["lombardi_piva"])
    inv = simple_doc([
        "## Teleimpianti Lombardi S.r.l.", "Via Stezzano 87 - 24126 Bergamo - P.IVA " + TAX["lombardi_piva"], "",
        "# COPIA DI CORTESIA - Fattura n. 412/2026 del 30/11/2026",
        "Documento privo di valenza fiscale ai sensi dell'art. 21 DPR 633/72", "",
        "Cessionario: Example Group Italia S.r.l. - Via Gallarate 205, 20151 Milano - P.IVA " + TAX["example_it_piva"], "", "---",
        "Descrizione                                                    Q.tà     Importo",
        "Posa cavo ottico e giunzioni FTTH - cantiere Bergamo Sud, SAL 2     1   12.600,00",
        "Realizzazione 45 rilegamenti d'utente (drop) con verifica OTDR    45    5.850,00", "---",
        "Imponibile € 18.450,00   IVA 22% € 4.059,00   Totale € 22.509,00", "",
        "Pagamento: bonifico 30 gg d.f.f.m. - IBAN " + ib(BANK["lombardi"]),
    ], title="Fattura 412/2026", author="Teleimpianti Lombardi", producer="TeamSystem Studio", creator="TeamSystem",
        date="D:20261130170845+01'00'")
    message(F, 18, "it", "copia-cortesia-fattura-elettronica", M.m365,
            ("Amministrazione Teleimpianti Lombardi", "amministrazione@teleimpianti-lombardi.it"), [st("marco.bianchi")],
            "Copia di cortesia fattura n. 412/2026 del 30/11/2026",
            D("it", 11, 30, 17, 12, 5),
            mixed(alt(txt, html_outlook(txt, "windows-1252", lang="IT"), "windows-1252"),
                  pdf_att(inv, "Fattura_412_2026_cortesia.pdf")),
            opt={"geo": "EUR05-VI1", "region": "eurprd05", "clang": "it-IT", "lang": "it-IT, en-US"},
            hcs="windows-1252", hmode="Q",
            what="Subcontractor sends the courtesy PDF copy of an e-invoice already delivered via SdI.",
            why="Genuine: supplier's own M365 tenant, refers to SdI and the official portal without a login link, PDF only, known IBAN. Hard negative for attack/18 (fake SdI rejection).",
            pair="attack/18")

    # ------------------------------------------------------------ 19 customer complaint from Libero
    txt = """Gentile Sig.ra Conti,

Le scrivo perché la nostra linea in fibra (contratto n. IT-FTTH-20931, Via Paleocapa 6, Bergamo) è ferma da lunedì mattina. Ho aperto due segnalazioni al vostro numero verde (ticket 88127 e 88190), ma ad oggi nessun tecnico è passato e nessuno ci ha richiamato.

Siamo uno studio di commercialisti e siamo in piena scadenza per l'acconto IVA e le dichiarazioni: stiamo lavorando con l'hotspot del cellulare, che non basta per il gestionale in cloud. Per favore mi faccia sapere entro oggi quando interverrà un tecnico, altrimenti mi vedrò costretto a chiedere il recesso e a rivolgermi al Corecom.

Cordiali saluti
Luca Rinaldi
Studio Associato Rinaldi
Tel. 347 218 5530"""
    message(F, 19, "it", "reclamo-cliente-linea-ferma-libero", M.libero,
            ("Luca Rinaldi", "studio.rinaldi@libero.it"), [st("elena.conti")],
            "Reclamo: linea internet ferma da 3 giorni - Studio Rinaldi",
            D("it", 12, 9, 8, 41, 20),
            Text(txt, "plain", "iso-8859-1", "8bit", hardwrap=76),
            hcs="iso-8859-1", hmode="Q",
            what="Customer (accountancy practice) complains that its fibre line has been down for three days, threatens withdrawal and Corecom.",
            why="Genuine: known customer on consumer mail (Libero webmail), concrete contract and ticket numbers, asks for a technician visit; no link, no attachment, no payment.")

    # ------------------------------------------------------------ 20 genuine SharePoint share from the same subcontractor
    url = "https://teleimpiantilombardi.sharepoint.com/:f:/s/Progetti/EkQ7mZ2xVbJDl4RkqX0f8VUBcJ1Qy9HnTzW5e3aPq2Lr6A?e=4hT9kX"
    txt = """Fabio Lombardi ha condiviso una cartella con te

Ecco le foto dei rilievi e le planimetrie aggiornate per Bergamo Sud, come da sopralluogo di ieri.

Progetto FTTH Bergamo Sud - rilievi

[[BUTTON:Apri|%s]]

Questo collegamento funziona solo per i destinatari diretti del messaggio.

Informativa sulla privacy
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052""" % url
    message(F, 20, "it", "condivisione-sharepoint-autentica-fornitore", sharepoint_notify,
            ("Fabio Lombardi", "no-reply@sharepointonline.com"), [st("elena.conti")],
            'Fabio Lombardi ha condiviso la cartella "Progetto FTTH Bergamo Sud - rilievi" con te',
            D("it", 11, 12, 10, 3, 48),
            alt(to_plain(txt, "angle"), html_branded("SharePoint", txt, brand="#036c70", logo_text="SharePoint", lang="it"), "utf-8"),
            reply_to=("Fabio Lombardi", "f.lombardi@teleimpianti-lombardi.it"),
            hcs="utf-8", hmode="B",
            what="Real SharePoint Online sharing invitation from the subcontractor's tenant (folder with survey photos).",
            why="Genuine: sent by SharePoint's notification service (no-reply@sharepointonline.com, Exchange Online Protection, odspnotify Message-ID) with Reply-To the sharer, link to teleimpiantilombardi.sharepoint.com. Hard negative for attack/20.",
            pair="attack/20")

    # ------------------------------------------------------------ 21 broken laptop, colleague from private Gmail
    txt = """Ciao Giulia,

stamattina in treno mi è caduto il portatile (il Dell, asset EG-IT-0147) e lo schermo è completamente nero, si accendono solo le luci della tastiera. Ti scrivo dalla mia mail personale perché dal telefono riesco a leggere Outlook ma non ad allegare niente.

Puoi aprire tu il ticket all'IT di Francoforte e chiedere se hanno un portatile sostitutivo da spedire a Milano? Oggi alle 15 ho la call con lo Studio Rinaldi per il reclamo sulla linea, la faccio dal telefono. Il preventivo per Teleimpianti è comunque su OneDrive.

Grazie mille!
Elena"""
    message(F, 21, "it", "collega-portatile-rotto-gmail-privata", M.gmail,
            ("Elena Conti", "elena.conti.mi@gmail.com"), [st("giulia.ricci")],
            "Portatile rotto - mi serve un muletto",
            D("it", 12, 9, 9, 6, 33),
            alt(txt, html_gmail(txt), "utf-8"),
            hcs="utf-8", hmode="B",
            what="Sales colleague writes from her private Gmail to the Milan office manager: laptop broken on the train, asks to open an IT ticket for a replacement.",
            why="Genuine: plausible personal context and details (asset tag, customer call), asks a colleague to use the official ticket process, no credentials, money or data requested.")

    # ============================================================ POLISH
    # ------------------------------------------------------------ 22 Partner Logistik genuine invoice
    txt = """Dzień dobry,

w załączeniu przesyłamy fakturę VAT nr FV/11/2026/0387 za usługi magazynowania i kompletacji urządzeń CPE w listopadzie 2026 r.

Faktura została wystawiona w KSeF, numer KSeF: %s-20261130-4A1F0B9C2D3E-7F.

Kwota brutto: 41 082,00 zł (netto 33 400,00 zł, VAT 23%%)
Termin płatności: 30.12.2026
Rachunek: %s (PKO BP, rachunek zgłoszony w wykazie podatników VAT)

Dopuszczamy zapłatę w mechanizmie podzielonej płatności.

Z poważaniem
Dział Księgowości
Partner Logistik sp. z o.o.
ul. Gnieźnieńska 52, 62-028 Koziegłowy
tel. 61 812 44 70""" % (TAX["partner_nip"], ib(BANK["partner"]))
    fv = simple_doc([
        "## Partner Logistik sp. z o.o.", "ul. Gnieźnieńska 52, 62-028 Koziegłowy · NIP " + TAX["partner_nip"], "",
        "# Faktura VAT FV/11/2026/0387", "Data wystawienia: 30.11.2026   Data sprzedaży: 30.11.2026",
        "Numer KSeF: " + TAX["partner_nip"] + "-20261130-4A1F0B9C2D3E-7F", "",
        "Nabywca: Example Group Polska sp. z o.o., ul. Legnicka 48, 54-202 Wrocław, NIP " + TAX["example_pl_nip"], "", "---",
        "Lp  Nazwa usługi                                        Netto         VAT",
        "1   Magazynowanie CPE - 312 miejsc paletowych, XI 2026   21 840,00 zł  23%",
        "2   Kompletacja i wysyłka zamówień (1 445 szt.)           11 560,00 zł  23%", "---",
        "Razem netto 33 400,00 zł   VAT 7 682,00 zł   Brutto 41 082,00 zł",
        "Termin płatności: 30.12.2026 · przelew na rachunek " + ib(BANK["partner"]),
    ], title="FV/11/2026/0387", author="Partner Logistik", producer="Comarch ERP Optima", creator="Comarch ERP Optima",
        date="D:20261130160212+01'00'")
    message(F, 22, "pl", "partner-logistik-faktura-magazynowanie", M.m365,
            ("Partner Logistik - Księgowość", "ksiegowosc@partner-logistik.pl"), [st("pawel.lukasik")],
            "Faktura FV/11/2026/0387 - magazynowanie i kompletacja CPE, listopad 2026",
            D("pl", 11, 30, 16, 5, 22),
            mixed(alt(txt, html_outlook(txt, "iso-8859-2", lang="PL"), "iso-8859-2"),
                  pdf_att(fv, "FV_11_2026_0387.pdf")),
            cc=[("Tadeusz Zieliński", "t.zielinski@partner-logistik.pl")],
            opt={"geo": "EUR03-AM7", "region": "eurprd02", "clang": "pl-PL", "lang": "pl-PL, en-US"},
            hcs="iso-8859-2", hmode="Q",
            what="Monthly invoice from the logistics partner with KSeF number, PDF attached.",
            why="Genuine: partner-logistik.pl (correct domain) from its M365 tenant, known PKO BP account that is on the VAT white list, split payment allowed, KSeF number present. Hard negative for attack/22.",
            pair="attack/22")

    # ------------------------------------------------------------ 23 supplier invoice via Fakturownia (genuine)
    ksef = TAX["fibertech_nip"] + "-20261118-9C0E27A41B5D-3A"
    dl = "https://fibertech.fakturownia.pl/invoice/318842771.pdf?token=%s" % alnum(rng("b23"), 20, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
    txt = """Dzień dobry,

w załączeniu przesyłamy fakturę FV 2026/11/214 z dnia 18.11.2026.

Kwota do zapłaty: 52 152,00 PLN
Termin płatności: 02.12.2026
Numer rachunku: %s

Faktura została przesłana do KSeF. Numer KSeF: %s

Fakturę możesz również pobrać tutaj: [[%s|%s]]

Pozdrawiamy
FiberTech Polska sp. z o.o.

--
Wiadomość wysłana z systemu Fakturownia.pl""" % (ib(BANK["fibertech"]), ksef, dl, dl)
    fv = simple_doc([
        "## FiberTech Polska sp. z o.o.", "ul. Zabłocie 43, 30-701 Kraków · NIP " + TAX["fibertech_nip"], "",
        "# Faktura FV 2026/11/214", "Data wystawienia: 18.11.2026 · Numer KSeF: " + ksef, "",
        "Nabywca: Example Group Polska sp. z o.o. · NIP " + TAX["example_pl_nip"], "", "---",
        "1  Terminal ONT GPON 1x GE, 4x FE        400 szt.   x  68,00    27 200,00",
        "2  Moduł SFP+ 10G LR 1310 nm             100 szt.   x 152,00    15 200,00", "---",
        "Netto 42 400,00 · VAT 23% 9 752,00 · Brutto 52 152,00 PLN", "",
        "Termin płatności 02.12.2026 · " + ib(BANK["fibertech"]),
    ], title="FV 2026/11/214", author="Fakturownia", producer="Fakturownia.pl", creator="Fakturownia.pl",
        date="D:20261118121533+01'00'")
    message(F, 23, "pl", "fibertech-faktura-ksef-fakturownia", fakturownia,
            ("FiberTech Polska sp. z o.o.", "powiadomienia@fakturownia.pl"), [st("pawel.lukasik")],
            "Faktura FV 2026/11/214 od FiberTech Polska sp. z o.o.",
            D("pl", 11, 18, 12, 16, 3),
            mixed(alt(to_plain(txt, "bare"), html_simple(txt), "utf-8", cte_p="base64", cte_h="base64"),
                  pdf_att(fv, "FV_2026_11_214.pdf")),
            reply_to=("FiberTech Polska sp. z o.o.", "faktury@fibertech.pl"),
            hcs="utf-8", hmode="B",
            what="Supplier invoice for ONT terminals and SFP optics sent through the Fakturownia invoicing service, with KSeF number and download link.",
            why="Genuine: Fakturownia's sending infrastructure with Reply-To the supplier, link on the supplier's own fakturownia.pl subdomain, KSeF number given for information; nothing asks to log in to KSeF. Hard negative for attack/23.",
            pair="attack/23")

    # ------------------------------------------------------------ 24 delivery advice from logistics partner
    txt = """Dzień dobry Pani Katarzyno,

potwierdzam dostawę na czwartek 26.11.2026, okno 8:00–10:00, magazyn przy ul. Legnickiej 48 (rampa od strony parkingu):

– 240 szt. terminali ONT GPON (10 kartonów po 24 szt.)
– 60 szt. routerów Wi-Fi 6 (5 kartonów)

Razem 2 palety EUR, ok. 410 kg. Przewóz naszym autem, kierowca pan Marek, nr rej. PO 7K318, tel. 601 447 219.

Dokumenty WZ będą przy towarze, protokół odbioru proszę podpisać w dwóch egzemplarzach. Gdyby termin nie pasował, proszę o informację do jutra do 12:00.

Pozdrawiam
Tadeusz Zieliński
Kierownik ds. operacyjnych
Partner Logistik sp. z o.o.
tel. 61 812 44 75, kom. 602 318 904"""
    message(F, 24, "pl", "awizacja-dostawy-partner-logistik", M.m365,
            ("Tadeusz Zieliński", "t.zielinski@partner-logistik.pl"), [st("katarzyna.wojcik")],
            "Awizacja dostawy – 240 szt. ONT + 60 routerów, Wrocław 26.11",
            D("pl", 11, 23, 13, 28, 47),
            alt(txt, html_outlook(txt, "windows-1250", lang="PL"), "windows-1250"),
            opt={"geo": "EUR03-AM7", "region": "eurprd02", "clang": "pl-PL", "lang": "pl-PL, en-US"},
            hcs="windows-1250", hmode="Q",
            what="Delivery advice from the logistics partner: two pallets of ONTs and routers for the Wrocław warehouse, driver and time slot.",
            why="Genuine: real partner domain and tenant, operational details only, no money, link or attachment.")

    # ------------------------------------------------------------ 25 customer complaint from WP with photo
    def photo(y):
        row = bytearray()
        for x in range(160):
            if 40 <= y <= 52 and any(abs(x - cx) <= 5 for cx in (30, 55, 80, 105, 130)):
                c = (220, 30, 30) if abs(x - 30) <= 5 else (40, 200, 60)
            elif 30 <= y <= 62 and 15 <= x <= 145:
                c = (245, 245, 245)
            else:
                c = (70 + (x + y) % 20, 70 + (x * 3 + y) % 15, 78)
            row += bytes(c)
        return bytes(row)
    png = solid_png(160, 90, photo)
    txt = """Dzień dobry,

od poniedziałku nie działa nam internet w hurtowni (umowa nr PL-B2B-3318, ul. Krakowska 112, Wrocław). Na routerze świeci się na czerwono dioda LOS, zdjęcie w załączniku. Zgłaszałem telefonicznie w poniedziałek i wczoraj (nr zgłoszenia 55127), ale nikt nie przyjechał.

Bez internetu nie działa nam terminal płatniczy ani program magazynowy, tracimy klientów. Proszę o pilny kontakt i przyjazd technika, bo inaczej będę zmuszony wypowiedzieć umowę i zażądać obniżenia opłaty za ten miesiąc.

Marek Kowalczyk
Hurtownia Budowlana Kowalczyk
tel. 604 551 207"""
    message(F, 25, "pl", "reklamacja-klienta-brak-internetu-wp", M.wp,
            ("Marek Kowalczyk", "marek.kowalczyk@wp.pl"), [st("katarzyna.wojcik")],
            "Reklamacja - brak internetu od poniedziałku, proszę o pilny kontakt",
            D("pl", 11, 11, 8, 2, 55),
            mixed(Text(txt, "plain", "iso-8859-2", "quoted-printable"),
                  Attachment(png, "image/png", "router.png")),
            opt={"ip": "83.26.112.41"},
            hcs="iso-8859-2", hmode="Q",
            what="Customer complaint from a building-materials wholesaler on WP mail: internet down since Monday, photo of the router LEDs attached.",
            why="Genuine: same WP address as later abused in attack/25, but sent in office hours from a Polish Orange (Neostrada) IP, concrete contract/ticket data, plain PNG photo, no link or credential request.",
            pair="attack/25")

    # ------------------------------------------------------------ 26 subscribed newsletter via Mailchimp (PL)
    trk = "https://telekomforum.us12.list-manage.com/track/click?u=4f1c0a9d2b7e83c15a6d0e9f2&id=%s&e=7c2d41e9a0"
    txt = """Telekom Forum - newsletter nr 47/2026

Dzień dobry,

w tym wydaniu:

KSeF w telekomunikacji - pierwsze miesiące obowiązkowego e-fakturowania: jak operatorzy radzą sobie z fakturami zbiorczymi i korektami. [[Czytaj dalej|%s]]

Aukcja 5G w paśmie 26 GHz - UKE opublikował projekt dokumentacji aukcyjnej. Konsultacje potrwają do 15 stycznia. [[Czytaj dalej|%s]]

Prawo komunikacji elektronicznej w praktyce - nowe obowiązki informacyjne wobec abonentów biznesowych. [[Czytaj dalej|%s]]

Do zobaczenia na Telekom Forum Wrocław 2027!

Redakcja Telekom Forum

Otrzymujesz tę wiadomość, ponieważ zapisałaś się na newsletter na stronie telekomforum.pl.
[[Wypisz się|https://telekomforum.us12.list-manage.com/unsubscribe?u=4f1c0a9d2b7e83c15a6d0e9f2&id=b71e0c4d2a&e=7c2d41e9a0]] | [[Zmień ustawienia|https://telekomforum.us12.list-manage.com/profile?u=4f1c0a9d2b7e83c15a6d0e9f2&id=b71e0c4d2a&e=7c2d41e9a0]]
Telekom Forum Media sp. z o.o., ul. Prosta 70, 00-838 Warszawa""" % (trk % "a1b2c3d4e5", trk % "b2c3d4e5f6", trk % "c3d4e5f6a7")
    message(F, 26, "pl", "newsletter-telekom-forum-mailchimp", M.mailchimp,
            ("Telekom Forum", "newsletter@telekomforum.pl"), [st("katarzyna.wojcik")],
            "Telekom Forum #47: KSeF w telekomunikacji, aukcja 26 GHz, PKE w praktyce",
            D("pl", 12, 3, 7, 0, 4),
            alt(to_plain(txt, "angle"), html_branded("Telekom Forum", txt, brand="#e4032e", logo_text="Telekom Forum", lang="pl"), "utf-8"),
            extra=[("List-Unsubscribe", "<https://telekomforum.us12.list-manage.com/unsubscribe?u=4f1c0a9d2b7e83c15a6d0e9f2&id=b71e0c4d2a&e=7c2d41e9a0&c=5d8a1c3e7f>, <mailto:unsubscribe-mc.us12_4f1c0a9d2b7e83c15a6d0e9f2.5d8a1c3e7f-7c2d41e9a0@unsubscribe.mailchimp.com?subject=unsubscribe>"),
                   ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                   ("List-Id", "telekomforum.pl <4f1c0a9d2b7e83c15a6d0e9f2.12345.list-id.mcsv.net>")],
            hcs="utf-8", hmode="Q",
            what="Subscribed Polish trade newsletter (Mailchimp) incl. an article on KSeF in telecoms.",
            why="Genuine bulk mail: Mailchimp infrastructure, List-Unsubscribe with https and mailto + One-Click, list-manage.com tracking links to the publisher's articles, no credential request; mentions KSeF like attack/23 but only as news.",
            pair="attack/23")
