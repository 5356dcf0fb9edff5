"""Genuine business messages 17-21 (Italian) and 22-26 (Polish)."""
import datetime as _dt

import files
import infra
import util
from company import BANK, VAT
from compose import A, E, S, T, alt, html_outlook, html_simple, mixed, msg
from mime import addr, ew
from threads import T as TH
from util import berlin, fmt_iban


def crc8(data, poly=0x07):
    c = 0
    for b in data:
        c ^= b
        for _ in range(8):
            c = ((c << 1) ^ poly) & 0xFF if c & 0x80 else (c << 1) & 0xFF
    return c


def ksef_number(nip, date, r):
    base = "%s-%s-%s" % (nip, date, util.hexid(r, 12, True))
    return "%s-%02X" % (base, crc8(base.encode()))


def homepl(r, dt, rcpt, client_ip, client_rdns, style, domain):
    server = "cloudserver094112.home.pl"
    below = ["from [192.168.20.%d] (%s [%s])\n\tby %s (IdeaSmtpServer 6.1.1) with ESMTPSA id %s;\n\t{DATE}"
             % (r.randrange(10, 60), client_rdns, client_ip, server, util.hexid(r, 16))]
    t = dt - util.secs(1)
    if style == "outlook":
        msgid = infra.outlook_msgid(r, t, domain)
        extra = [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", infra.thread_index(r, t)),
                 ("Content-Language", "pl")]
    else:
        msgid = "<%s@%s>" % (util.det_uuid(r), domain)
        extra = [("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "pl")]
    extra += [("X-CLIENT-IP", client_ip), ("X-CLIENT-HOSTNAME", client_rdns)]
    p = infra.webmail_generic(r, dt, rcpt, server, server, "79.96.170.112", below, msgid, extra, "PL")
    p["bnd"] = infra.outlook_boundary(r, t) if style == "outlook" else infra.tb_boundary(r)
    return p


def build():
    # ------------------------------------------------------------ 17 Ferretti invoice (courtesy copy)
    dt = berlin(2026, 11, 2, 16, 20, 45)
    r = util.rng("b17")
    p = infra.aruba(r, dt, E("it_acc"), "ferretti-trasporti.it", "AMMINISTR-02", "93.63.158.44")
    text = """Spett.le Example Group Italia S.r.l.,

in allegato Vi inviamo copia di cortesia della fattura n. 2026/1214 del 30/10/2026 relativa ai trasporti del mese di ottobre (tratta Verona - Mainz, 3 viaggi a temperatura controllata).

L'originale è stato trasmesso tramite il Sistema di Interscambio (SdI) ed è consultabile nel Vostro cassetto fiscale.

Importo: EUR 7.190,00 (operazione non imponibile art. 9, c. 1, n. 2 DPR 633/72)
Scadenza: 30/11/2026
Pagamento: bonifico bancario - Banco BPM, IBAN %s (coordinate invariate)

Cordiali saluti

Ufficio Amministrazione
Ferretti Trasporti S.p.A.
Via dell'Industria 41 - 37066 Sommacampagna (VR)
Tel. 045 858 2210 - P.IVA %s
""" % (fmt_iban(BANK["ferretti"]), VAT["ferretti"][2:])
    pdf = files.pdf([(14, "FERRETTI TRASPORTI S.p.A.", "B"), "Via dell'Industria 41 - 37066 Sommacampagna (VR)",
                     "P.IVA " + VAT["ferretti"][2:], "", (12, "COPIA DI CORTESIA - Fattura n. 2026/1214 del 30/10/2026", "B"),
                     "Cliente: Example Group Italia S.r.l. - P.IVA " + VAT["eg_it"][2:], "",
                     "14/10  Verona - Mainz  FTL temp. controllata  CMR 88412   2.396,67",
                     "21/10  Verona - Mainz  FTL temp. controllata  CMR 88517   2.396,67",
                     "28/10  Verona - Mainz  FTL temp. controllata  CMR 88630   2.396,66", "",
                     (11, "Totale documento: EUR 7.190,00", "B"),
                     "Non imponibile art. 9, c. 1, n. 2 DPR 633/72", "",
                     "Pagamento: bonifico 30 gg d.f. - Banco BPM - IBAN " + fmt_iban(BANK["ferretti"]), "",
                     (8, "Documento privo di valenza fiscale. L'originale è stato trasmesso tramite SdI.")],
                    title="Fattura 2026/1214", producer="TeamSystem Enterprise", created="20261102161500+01'00'")
    body = mixed(p, alt(p, T(text, "iso-8859-1", "quoted-printable"),
                        T(html_outlook(text, "iso-8859-1", "IT"), "iso-8859-1", "quoted-printable", sub="html")),
                 A("application/pdf", pdf, "Fattura_2026_1214_copia_cortesia.pdf"))
    msg("17-it-ferretti-fattura-copia-cortesia.eml", "business", "it", p, E("it_acc"), dt,
        "amministrazione@ferretti-trasporti.it",
        [("From", addr("Ferretti Trasporti - Amministrazione", "amministrazione@ferretti-trasporti.it")),
         ("To", addr("Giulia Rossi", E("it_acc"))),
         ("Subject", "Invio copia di cortesia fattura n. 2026/1214")],
        body,
        "Genuine courtesy copy of the carrier's October invoice (original via SdI), unchanged Banco BPM account",
        "Real domain ferretti-trasporti.it via Aruba with the usual Outlook client; states that the bank details are "
        "unchanged; matches the e-invoice in the tax drawer.", pair="A17", order="outlook")

    # ------------------------------------------------------------ 18 Cantina Valdadige offer (Zimbra) - start of thread
    dt = _dt.datetime.fromtimestamp(1791181398 + 2, _dt.timezone.utc)
    r = util.rng("b18")
    p = infra.zimbra(r, dt, E("it_sales"), "mail.cantinavaldadige.it", "mail.cantinavaldadige.it", "93.57.243.18",
                     "cantinavaldadige.it", "93.57.243.30")
    text = """Buongiorno Alessandro,

come anticipato al telefono, Le invio la nostra offerta per il Pinot Grigio DOC delle Venezie vendemmia 2026:

- quantità disponibile: 1.200 hl, certificato DOC delle Venezie
- prezzo: 1,28 €/l franco cantina, IVA esclusa
- ritiro: in cisterna a partire dal 2 novembre, trasporto a Vostro carico
- pagamento: 30% alla firma del contratto, saldo a 30 giorni dal ritiro
- documento di accompagnamento: e-AD in regime sospensivo (EMCS)

In allegato trova la scheda analitica del nostro laboratorio. Se lo desidera Le spedisco un campione di 2 litri.

Cordiali saluti
Roberto Ferri
Responsabile commerciale vino sfuso
Cantina Valdadige Soc. Agr. Coop.
Via Nazionale 61 - 38061 Ala (TN)
"""
    pdf = files.pdf([(14, "Cantina Valdadige - Scheda analitica", "B"), "Campione: Pinot Grigio DOC delle Venezie 2026, vasca 14",
                     "Data prelievo: 01/10/2026", "",
                     "Titolo alcolometrico effettivo: 12,10 % vol", "Acidità totale: 5,6 g/l", "pH: 3,32",
                     "Zuccheri riduttori: 2,1 g/l", "Anidride solforosa totale: 96 mg/l", "Acidità volatile: 0,32 g/l", "",
                     (11, "Offerta: 1.200 hl a 1,28 EUR/l franco cantina", "B")],
                    title="Scheda analitica PG 2026", producer="LibreOffice 7.6", created="20261005081500+02'00'")
    body = mixed(p, alt(p, T(text, "utf-8", "quoted-printable"),
                        T(html_simple(text, font="arial, helvetica, sans-serif"), "utf-8", "quoted-printable", sub="html")),
                 A("application/pdf", pdf, "Scheda_analitica_PG_DOC_2026.pdf"))
    msg("18-it-cantina-offerta-vino-sfuso.eml", "business", "it", p, E("it_sales"), dt, "r.ferri@cantinavaldadige.it",
        [("From", addr("Roberto Ferri", "r.ferri@cantinavaldadige.it")),
         ("To", addr("Alessandro Conti", E("it_sales"))),
         ("Subject", "Offerta vino sfuso Pinot Grigio DOC 2026")],
        body,
        "Genuine bulk-wine offer of the cooperative (1,200 hl Pinot Grigio DOC) with lab analysis PDF; start of the "
        "thread later hijacked in attack 19",
        "Known supplier contact, the cooperative's own Zimbra server from its own office IP; plain offer with "
        "plausible analysis values and terms; no links.", pair="A19", msgid=TH["cantina_offer"])

    # ------------------------------------------------------------ 19 customer complaint from libero.it (Windows Live Mail)
    dt = berlin(2026, 11, 20, 18, 33, 16)
    r = util.rng("b19")
    p = infra.webmail_generic(
        r, dt, E("it_sales"), "smtp-31.iol.local", "smtp-31.libero.it", "213.209.10.31",
        ["from PCEnoteca ([151.38.112.74])\n\tby smtp-31.iol.local with ESMTPA\n\tid %s; {DATE}" % util.alnum(r, 16)],
        "<%s@PCEnoteca>" % util.hexid(r, 32, True),
        [("X-Priority", "3"), ("X-MSMail-Priority", "Normal"), ("Importance", "Normal"),
         ("X-Mailer", "Microsoft Windows Live Mail 16.4.3528.331"),
         ("X-MimeOLE", "Produced By Microsoft MimeOLE V16.4.3528.331")], "IT", tls="1.2")
    text = """Buonasera,

vi scrivo per segnalare un problema con la consegna di ieri (DDT n. 1877 del 19/11/2026). Due cartoni di Valpolicella Ripasso Superiore 2022 sono arrivati con tre bottiglie rotte e le altre con le etichette macchiate di vino, impossibili da mettere in vetrina. L'autista ha firmato la bolla con riserva.

Vi chiedo di sostituire i due cartoni prima del ponte dell'Immacolata, perché è il vino che ci chiedono di più per i regali. In alternativa va bene anche una nota di credito di € 187,20.

Ho fatto le foto, se servono ve le mando.

Cordiali saluti
Paola Gentile
Enoteca Il Grappolo
Via del Pratello 52 - Bologna
tel. 051 644 2817
"""
    body = T(text, "iso-8859-15", "8bit")
    msg("19-it-enoteca-reclamo-bottiglie-rotte.eml", "business", "it", p, E("it_sales"), dt, "enoteca.ilgrappolo@libero.it",
        [("From", addr("Enoteca Il Grappolo", "enoteca.ilgrappolo@libero.it")),
         ("To", addr("Alessandro Conti", E("it_sales"))),
         ("Subject", "Reclamo consegna DDT 1877 - bottiglie rotte")],
        body,
        "Genuine complaint of a small wine shop writing from its libero.it mailbox (Windows Live Mail): broken bottles "
        "and stained labels, asks for replacement or credit note",
        "Known customer using consumer mail, Italian consumer ISP line; concrete delivery-note reference; asks for goods "
        "or a credit note, no payment to new accounts, no links.")

    # ------------------------------------------------------------ 20 Ferretti pickup / delivery notice
    dt = berlin(2026, 10, 30, 11, 10, 27)
    r = util.rng("b20")
    p = infra.aruba(r, dt, E("it_sales"), "ferretti-trasporti.it", "TRAFFICO-05", "93.63.158.44")
    text = """Buongiorno Alessandro, buongiorno Dirk,

confermo il ritiro delle due cisterne di Pinot Grigio DOC presso la Cantina Valdadige lunedì 2 novembre alle ore 7:00 (trattori FR 418 KM e FR 422 KM, autisti Bortolotti e Cardone). Consegna prevista a Mainz mercoledì 4 novembre in mattinata.

L'e-AD sarà emesso dalla cantina in EMCS; Vi chiedo di inviarmi il codice ARC appena disponibile, così lo riportiamo sul CMR.

In allegato l'avviso di ritiro con i dettagli. Per qualsiasi variazione mi trovate al 045 858 2234.

Cordiali saluti
Chiara Colombo
Ufficio Traffico
Ferretti Trasporti S.p.A.
"""
    pdf = files.pdf([(14, "FERRETTI TRASPORTI S.p.A. - Avviso di ritiro", "B"), "Ordine di trasporto OT-2026-5521", "",
                     "Ritiro: Cantina Valdadige, Via Nazionale 61, 38061 Ala (TN) - 02/11/2026 ore 07:00",
                     "Consegna: Example Group GmbH, Rheinallee 88, 55120 Mainz - 04/11/2026 mattina",
                     "Merce: vino sfuso Pinot Grigio DOC delle Venezie, 2 cisterne alimentari, primo lotto 2 x 250 hl",
                     "Mezzi: FR 418 KM / FR 422 KM", "Documento accise: e-AD (codice ARC da comunicare)"],
                    title="Avviso di ritiro OT-2026-5521", producer="Microsoft® Excel® per Microsoft 365",
                    created="20261030110200+01'00'")
    body = mixed(p, alt(p, T(text, "windows-1252", "quoted-printable"),
                        T(html_outlook(text, "windows-1252", "IT"), "windows-1252", "quoted-printable", sub="html")),
                 A("application/pdf", pdf, "Avviso_ritiro_OT-2026-5521.pdf"))
    msg("20-it-ferretti-avviso-ritiro-cisterne.eml", "business", "it", p, E("it_sales"), dt, "c.colombo@ferretti-trasporti.it",
        [("From", addr("Chiara Colombo", "c.colombo@ferretti-trasporti.it")),
         ("To", addr("Alessandro Conti", E("it_sales"))),
         ("Cc", addr("Dirk Neumann", E("log"))),
         ("Subject", "Conferma ritiro cisterne Pinot Grigio - lunedì 02/11")],
        body,
        "Genuine transport notice of the carrier: pickup of two tankers of bulk wine, asks for the EMCS ARC code",
        "Known dispatcher on the real domain via Aruba; consistent with the contract and the CEO's payment request; "
        "asks only for the excise document number; no link.", pair="A20", order="outlook")

    # ------------------------------------------------------------ 21 tax adviser: F24 deadlines
    dt = berlin(2026, 11, 11, 17, 45, 3)
    r = util.rng("b21")
    p = infra.aruba(r, dt, E("it_acc"), "studiogalli.it", "STUDIO-PC1", "79.11.23.140")
    text = """Gentile Dott.ssa Rossi,

Le ricordo le scadenze di lunedì 16 novembre per Example Group Italia S.r.l.:

- IVA mensile ottobre (cod. tributo 6010): EUR 18.462,31
- ritenute su redditi di lavoro dipendente (cod. 1001): EUR 9.877,40
- ritenute su redditi di lavoro autonomo (cod. 1040): EUR 1.240,00

In allegato il modello F24 precompilato. Come d'accordo lo trasmetto io tramite Entratel con addebito sul conto aziendale; Le chiedo solo di confermarmi entro venerdì la disponibilità sul conto.

Cordiali saluti
Dott. Andrea Galli
Dottore Commercialista - Revisore Legale
Studio Associato Galli
Corso Cavour 19 - 37121 Verona
"""
    pdf = files.pdf([(14, "MODELLO F24 - Delega irrevocabile", "B"), "Contribuente: EXAMPLE GROUP ITALIA S.R.L.",
                     "Codice fiscale: " + VAT["eg_it"][2:], "Scadenza: 16/11/2026", "",
                     "Sezione Erario", "6010  2026  IVA ottobre                      18.462,31",
                     "1001  10/2026  Ritenute lav. dipendente        9.877,40",
                     "1040  10/2026  Ritenute lav. autonomo          1.240,00", "",
                     (11, "Saldo finale: EUR 29.579,71", "B"), "Modalità: Entratel - intermediario Studio Associato Galli"],
                    title="F24 16112026", producer="Software F24 Studio", created="20261111173000+01'00'")
    body = mixed(p, T(text, "iso-8859-1", "8bit"), A("application/pdf", pdf, "F24_Example_Group_Italia_16112026.pdf"))
    msg("21-it-commercialista-scadenze-f24.eml", "business", "it", p, E("it_acc"), dt, "a.galli@studiogalli.it",
        [("From", addr("Dott. Andrea Galli", "a.galli@studiogalli.it")),
         ("To", addr("Giulia Rossi", E("it_acc"))),
         ("Subject", "Scadenze 16 novembre - F24 IVA e ritenute")],
        body,
        "Genuine reminder of the Italian tax adviser about the 16 November tax payments with the pre-filled F24",
        "Known adviser on his own domain via Aruba; correct tax codes; payment goes through Entratel by the adviser, "
        "no link and no credentials requested.", pair="A18", order="outlook")

    # ------------------------------------------------------------ 22 Partner Logistik invoice with KSeF number
    dt = berlin(2026, 12, 1, 9, 14, 20)
    r = util.rng("b22")
    p = homepl(r, dt, E("pl_acc"), "89.228.14.3", "89-228-14-3.dynamic.chello.pl", "outlook", "partner-logistik.pl")
    ksef = ksef_number(VAT["partner"][2:], "20261130", r)
    text = """Dzień dobry,

w załączeniu przesyłamy wizualizację faktury FV/2026/11/0977 z dnia 30.11.2026 za usługi magazynowe i spedycyjne w listopadzie 2026 r. Faktura została wystawiona w Krajowym Systemie e-Faktur (numer KSeF: %s) i jest dostępna dla Państwa w KSeF.

Kwota brutto: 38 406,27 zł
Termin płatności: 30.12.2026
Rachunek: mBank S.A., %s (bez zmian, zgodny z wykazem podatników VAT)

Pozdrawiamy
Dział Księgowości
Partner Logistik sp. z o.o.
ul. Magazynowa 8, 62-080 Tarnowo Podgórne
NIP %s
""" % (ksef, fmt_iban(BANK["partner"]), VAT["partner"][2:])
    pdf = files.pdf([(14, "Partner Logistik sp. z o.o.", "B"), "ul. Magazynowa 8, 62-080 Tarnowo Podgorne, NIP " + VAT["partner"][2:],
                     "", (12, "Faktura VAT FV/2026/11/0977 - wizualizacja", "B"), "Numer KSeF: " + ksef,
                     "Nabywca: Example Group Polska sp. z o.o., NIP " + VAT["eg_pl"][2:], "",
                     "1. Skladowanie w skladzie podatkowym, 11/2026        18 420,00 zl netto",
                     "2. Obsluga wydan i kompletacja, 11/2026             9 605,10 zl netto",
                     "3. Spedycja krajowa, 14 zlecen                      3 199,00 zl netto", "",
                     "Netto: 31 224,10 zl   VAT 23%: 7 182,17 zl   Brutto: 38 406,27 zl",
                     "Termin platnosci: 30.12.2026   Rachunek: " + fmt_iban(BANK["partner"])],
                    title="FV/2026/11/0977", producer="Comarch ERP Optima", created="20261201090500+01'00'")
    body = mixed(p, alt(p, T(text, "windows-1250", "quoted-printable"),
                        T(html_outlook(text, "windows-1250", "PL"), "windows-1250", "quoted-printable", sub="html")),
                 A("application/pdf", pdf, "FV_2026_11_0977.pdf"))
    msg("22-pl-partner-logistik-faktura-ksef.eml", "business", "pl", p, E("pl_acc"), dt, "ksiegowosc@partner-logistik.pl",
        [("From", addr("Partner Logistik - Księgowość", "ksiegowosc@partner-logistik.pl", "windows-1250", "Q")),
         ("To", S("pl_acc", "windows-1250", "Q")),
         ("Subject", "Faktura FV/2026/11/0977 - Partner Logistik")],
        body,
        "Genuine monthly invoice of the logistics partner: PDF visualisation of a KSeF e-invoice, unchanged mBank account",
        "Real domain partner-logistik.pl via its home.pl server from the office line; KSeF number given, invoice "
        "retrievable in KSeF without any link; states the account is unchanged and on the VAT white list.",
        pair="A22,A23", order="outlook")

    # ------------------------------------------------------------ 23 Partner Logistik: urgent reminder, release stop
    dt = berlin(2026, 12, 3, 16, 20, 9)
    r = util.rng("b23")
    p = homepl(r, dt, E("pl_mgr"), "89.228.14.3", "89-228-14-3.dynamic.chello.pl", "thunderbird", "partner-logistik.pl")
    text = """Panie Pawle,

niestety nadal nie widzimy wpłaty za faktury FV/2026/10/0871 i FV/2026/10/0903 (łącznie 61 284,30 zł); terminy minęły 15 i 20 listopada. Rozumiem, że mieli Państwo wątpliwości po mailu o rzekomej zmianie rachunku - potwierdzam jeszcze raz: nasz rachunek się NIE zmienił, to ten sam numer w mBanku co zawsze, widoczny na białej liście.

Zarząd poprosił mnie, żebym uprzedził: jeśli płatność nie wpłynie do 10 grudnia, będziemy zmuszeni wstrzymać wydania z magazynu w Tarnowie Podgórnym do czasu uregulowania zaległości. W grudniu to dla Was najgorszy moment, więc bardzo proszę o pilne przekazanie sprawy do księgowości.

W razie pytań proszę dzwonić: 601 448 217.

Pozdrawiam
Tadeusz Zieliński
Kierownik Spedycji
Partner Logistik sp. z o.o.
"""
    body = T(text, "iso-8859-2", "8bit", params=[("format", "flowed")], quote_charset=False)
    msg("23-pl-partner-logistik-ponaglenie-wstrzymanie.eml", "business", "pl", p, E("pl_mgr"), dt,
        "t.zielinski@partner-logistik.pl",
        [("From", addr("Tadeusz Zieliński", "t.zielinski@partner-logistik.pl", "iso-8859-2", "Q")),
         ("To", S("pl_mgr", "iso-8859-2", "Q")),
         ("Cc", S("pl_acc", "iso-8859-2", "Q")),
         ("Subject", ew("Pilne: zaległe płatności - wstrzymanie wydań od 10.12", "iso-8859-2", "Q"))],
        body,
        "Genuine urgent reminder from the logistics partner's forwarding manager: two overdue invoices, warehouse "
        "releases will be stopped from 10 December; confirms the bank account has NOT changed",
        "Known contact on the real domain, Thunderbird via home.pl from the usual line; payment to the known account, "
        "phone number for questions; explains the delay caused by the fake change request (attack 22).",
        pair="A22,A25")

    # ------------------------------------------------------------ 24 customer order from wp.pl
    dt = berlin(2026, 11, 17, 20, 41, 55)
    r = util.rng("b24")
    p = infra.webmail_generic(
        r, dt, E("pl_mgr"), "mx4.wp.pl", "mx4.wp.pl", "212.77.101.12",
        ["from 31-0-84-12.dynamic.play.pl (HELO localhost) ([31.0.84.12])\n\tby poczta.wp.pl (WP-SMTPD) with SMTP;\n\t{DATE}"],
        "<%s@wp.pl>" % util.hexid(r, 24),
        [("X-WP-MailID", util.hexid(r, 32)), ("X-WP-AV", "skaner antywirusowy Poczty Wirtualnej Polski"),
         ("X-Mailer", "Poczta WP")], "PL")
    text = """Dzień dobry Panie Pawle,

chciałabym zamówić na święta:
- Riesling Spätlese 2024 - 36 butelek
- Primitivo di Manduria 2023 - 24 butelki
- Rioja Crianza 2022 - 24 butelki
- Prosecco DOC Extra Dry - 48 butelek

Czy dostawa byłaby możliwa do 12 grudnia? Płatność jak zwykle przelewem 14 dni od otrzymania faktury. Proszę o potwierdzenie.

Pozdrawiam serdecznie
Agnieszka Nowak
Delikatesy Smaki Świata
ul. Starowiślna 27, Kraków
tel. 12 421 88 30
"""
    body = T(text, "iso-8859-2", "quoted-printable")
    msg("24-pl-smaki-swiata-zamowienie-swiateczne.eml", "business", "pl", p, E("pl_mgr"), dt, "smakiswiata.sklep@wp.pl",
        [("From", addr("Smaki Świata", "smakiswiata.sklep@wp.pl", "iso-8859-2", "Q")),
         ("To", E("pl_mgr")),
         ("Subject", ew("Zamówienie świąteczne - Smaki Świata", "iso-8859-2", "Q"))],
        body,
        "Genuine Christmas order of a small delicatessen customer sent from its wp.pl webmail",
        "Known customer on consumer mail via WP's own servers; ordinary order with usual payment terms; nothing to "
        "click or pay.")

    # ------------------------------------------------------------ 25 broken laptop, written from private Gmail on iPhone
    dt = berlin(2026, 11, 16, 7, 58, 12)
    r = util.rng("b25")
    p = infra.gmail(r, dt, E("pl_mgr"), host="mail-ed1-f51.google.com", ip="209.85.208.51", zone="PL")
    p["msgid"] = "<%s@gmail.com>" % util.det_uuid(r).upper()
    p["extra"] += [("X-Mailer", "iPhone Mail (23B85)")]
    text = """Paweł, dzień dobry,

mój służbowy laptop po wczorajszej aktualizacji Windows nie chce się uruchomić - pokazuje niebieski ekran BitLockera i prosi o klucz odzyskiwania. Piszę z prywatnej skrzynki, bo nie mam dostępu do poczty.

Możesz zgłosić to do IT w Moguncji? Będę w biurze o 9:00, laptop przyniosę. Na dziś mam do zamknięcia przelewy, więc jeśli dałoby się załatwić sprzęt zastępczy, byłoby super.

Dzięki!
Małgosia

Wysłane z iPhone'a
"""
    body = T(text, "utf-8", "quoted-printable")
    msg("25-pl-laptop-zepsuty-prywatny-mail.eml", "business", "pl", p, E("pl_mgr"), dt, "malgorzata.lukasik77@gmail.com",
        [("From", addr("Małgorzata Łukasik", "malgorzata.lukasik77@gmail.com", "utf-8", "Q")),
         ("To", addr("Paweł Wiśniewski", E("pl_mgr"), "utf-8", "Q")),
         ("Subject", "Laptop nie startuje"),
         ("Mime-Version", "1.0 (1.0)")],
        body,
        "Genuine note of the Polish accountant from her private Gmail on her iPhone: company laptop stuck at the "
        "BitLocker recovery screen",
        "Colleague writes to her own office manager, asks him to open an IT ticket; requests nothing sensitive, no "
        "link, no payment; iPhone Mail via Gmail's servers.")

    # ------------------------------------------------------------ 26 internal notice (Polish office): maintenance, no action
    dt = berlin(2026, 12, 9, 12, 0, 41)
    r = util.rng("b26")
    p = infra.internal(r, dt, E("pl_mgr"), E("pl_acc"), "10.20.52.14", lang="pl-PL")
    text = """Drodzy,

w sobotę 12 grudnia w godzinach 8:00-14:00 dział IT w Moguncji przeprowadzi prace serwisowe serwera poczty. W tym czasie poczta może działać z opóźnieniem; żadne wiadomości nie zostaną utracone.

Nie musicie niczego robić - nie będzie żadnego "potwierdzania konta" ani zmiany haseł. Limity skrzynek zwiększamy centralnie. Dział IT nigdy nie prosi o podanie hasła ani o logowanie przez link w mailu. Jeśli dostaniecie taką wiadomość (np. "skrzynka prawie pełna"), zgłoście ją przyciskiem "Zgłoś phishing" w Outlooku.

Pozdrawiam
Paweł Wiśniewski
Kierownik biura
Example Group Polska sp. z o.o.
"""
    body = alt(p, T(text, "iso-8859-2", "quoted-printable"),
               T(html_outlook(text, "iso-8859-2", "PL"), "iso-8859-2", "quoted-printable", sub="html"))
    msg("26-pl-komunikat-prace-serwisowe-poczty.eml", "business", "pl", p, E("pl_acc"), dt, E("pl_mgr"),
        [("From", S("pl_mgr", "iso-8859-2", "Q")),
         ("To", "Biuro Wroclaw <wroclaw@example.com>"),
         ("Subject", ew("Prace serwisowe poczty w sobotę 12.12 - bez działań z Waszej strony", "iso-8859-2", "Q"))],
        body,
        "Internal notice of the Polish office manager about mail-server maintenance; explicitly no action, no password "
        "confirmation, quota handled centrally",
        "Through the internal relay and Exchange from an internal client; no links, no requests; pre-warns against "
        "exactly the quota phishing of attack 26.", pair="A26", order="outlook")
