"""Genuine business messages 17-21 (Italian)."""

from dsl import *  # noqa: F401,F403

M = A("business")
_fer = iban_fmt(BANK["ferretti"])

# ---------------------------------------------------------------- 17 Ferretti courtesy copy of invoice
_pdf17 = pdf.make_pdf([
    "# Ferretti Trasporti S.p.A.", "Via Industriale 41 - 25086 Rezzato (BS) - P.IVA " + VAT["ferretti"][2:], "---",
    "Spett.le EXAMPLE GROUP ITALIA S.R.L.", "Via dell'Industria 22, 25030 Castel Mella (BS)", "P.IVA " + VAT["example_it"][2:], "",
    "# FATTURA N. 2026/1842 del 31/10/2026", "COPIA DI CORTESIA - originale trasmesso tramite SdI", "---",
    "Data       Tratta                          Rif. DDT        Importo",
    "06/10/26   Brescia - Hagen (DE), 13,6 t     DDT 3381      1.840,00",
    "13/10/26   Brescia - Hagen (DE), 12,9 t     DDT 3412      1.840,00",
    "20/10/26   Brescia - Gliwice (PL), 8,2 t    DDT 3460      2.310,00",
    "27/10/26   Brescia - Hagen (DE), 14,1 t     DDT 3497      1.840,00", "---",
    "Imponibile                                              7.830,00 EUR",
    "IVA non imponibile art. 9 c.1 n.2 DPR 633/72 (trasporto internazionale)",
    "Totale documento                                        7.830,00 EUR", "",
    "Pagamento: bonifico 60 gg d.f.f.m. - scadenza 31/12/2026",
    "Banca: Intesa Sanpaolo S.p.A. - IBAN " + _fer],
    title="Fattura 2026/1842", author="Ferretti Trasporti", creator="TeamSystem Enterprise",
    producer="TeamSystem PDF Engine", created="D:20261102091733+01'00'")
_body17 = dedent("""
    Buongiorno,

    in allegato trasmettiamo copia di cortesia della fattura n. 2026/1842 del 31/10/2026 relativa ai trasporti del mese di ottobre. L'originale è stato trasmesso tramite il Sistema di Interscambio e lo trovate nel Vostro cassetto fiscale.

    Importo: € 7.830,00 (non imponibile art. 9 DPR 633/72)
    Scadenza: 31/12/2026
    Coordinate bancarie invariate: Intesa Sanpaolo, IBAN %s

    Per qualsiasi chiarimento restiamo a disposizione.

    Cordiali saluti

    Ufficio Amministrazione
    Ferretti Trasporti S.p.A.
    Tel. 030 279 4400
    """) % _fer
M(17, "it", "ferretti-fattura-cortesia",
  FERR["amm"], STAFF["it_acc"],
  "Copia di cortesia fattura n. 2026/1842 del 31/10/2026 - Ferretti Trasporti S.p.A.", "2026-11-02 09:20:15",
  P(infra.hosted, provider="aruba", client_ip="93.62.148.20", pcname="AMMINISTRAZ-PC", lang="it"),
  mixed(alt(text(_body17, "iso-8859-15", "quoted-printable"),
            html(html_outlook(_body17, "IT", charset="iso-8859-15"), "iso-8859-15", "quoted-printable")),
        attach(_pdf17, "application/pdf", "Fattura_2026_1842.pdf")),
  hcs="iso-8859-15", henc="Q",
  what="Carrier's accounts office sends the courtesy copy of October's transport invoice",
  why="Same Aruba infrastructure, submitted from the carrier's usual Italian office IP and PC; original via SdI, usual Intesa IBAN explicitly 'unchanged', normal 60-day terms",
  pair=([17], "Ferretti Trasporti invoices and bank details, same mail server", "bank details unchanged, usual office IP/PC, no Reply-To diversion, no urgency"))

# ---------------------------------------------------------------- 18 tax advisor: F24 for the 16 November deadline
_pdf18 = pdf.make_pdf([
    "# MODELLO F24 - DELEGA IRREVOCABILE", "Contribuente: EXAMPLE GROUP ITALIA S.R.L. - C.F. " + VAT["example_it"][2:], "---",
    "SEZIONE ERARIO", "Codice tributo 6010 - IVA mensile ottobre     anno 2026     14.382,55",
    "Codice tributo 1001 - ritenute lavoro dip.     10/2026      9.814,00",
    "Codice tributo 1040 - ritenute lavoro aut.     10/2026        640,00",
    "SEZIONE INPS", "Causale DM10 - matricola 1704418822 - periodo 10/2026   12.907,31", "---",
    "SALDO FINALE                                               37.743,86", "",
    "Scadenza: 16/11/2026 - addebito su c/c aziendale tramite home banking (F24 telematico)"],
    title="F24 16-11-2026", author="Studio Bertoli", creator="Entratel/Desktop Telematico",
    producer="PDF-XChange Core API SDK", created="D:20261111165012+01'00'")
_body18 = dedent("""
    Gentile dott.ssa Rinaldi,

    Le inviamo in allegato il modello F24 in scadenza lunedì 16 novembre (IVA mensile di ottobre, ritenute e contributi INPS del mese), per un totale di 37.743,86 euro.

    Come di consueto, La preghiamo di caricarlo nell'home banking aziendale entro venerdì e di inviarci la quietanza appena disponibile, così da archiviarla nel fascicolo.

    Le ricordiamo inoltre che entro il 30 novembre va versato il secondo acconto IRES/IRAP: Le invieremo il relativo prospetto la prossima settimana.

    Cordiali saluti

    Studio Bertoli Commercialisti
    dott.ssa Paola Bertoli
    Via Vittorio Emanuele II 60 - 25122 Brescia
    Tel. 030 375 2288
    """)
M(18, "it", "commercialista-f24-scadenza",
  CORR["bertoli"], STAFF["it_acc"],
  "F24 in scadenza il 16/11/2026 - Example Group Italia S.r.l.", "2026-11-11 17:02:48",
  P(infra.hosted, provider="aruba", client_ip="79.11.43.187", pcname="STUDIO-02", lang="it"),
  mixed(text(_body18, "iso-8859-1", "quoted-printable"),
        attach(_pdf18, "application/pdf", "F24_16-11-2026_ExampleGroupItalia.pdf")),
  hcs="iso-8859-1", henc="Q",
  what="The office's tax advisor sends the F24 tax payment form due on 16 November",
  why="Known advisor's own domain and mailbox, recurring monthly task, payment through the company's own home banking (no third-party account), no link or login",
  pair=([18], "Italian tax deadline e-mail with fines in the background", "from the office's known tax advisor, routine F24 paid via own bank, no login link"))

# ---------------------------------------------------------------- 19 colleague from private Libero mail: broken laptop
_body19 = dedent("""
    Ciao Giorgio,

    ti scrivo dalla mail personale perché il portatile aziendale stamattina non si accende più: dopo l'aggiornamento di ieri sera resta lo schermo nero con la ventola che gira.

    Oggi lavoro da casa come d'accordo; le offerte per Bonetti le ho già salvate su SharePoint, quindi non si perde niente. Domani mattina passo in ufficio e lascio il portatile a te, così lo spedisci all'IT di Hagen. Puoi avvisare tu Frank Oberländer o apro io un ticket dal telefono?

    Se serve mi trovi sul cellulare.

    Grazie, a domani
    Francesca
    """)
M(19, "it", "portatile-rotto-mail-personale",
  PRIVATE["it_sales"], STAFF["it_mgr"],
  "portatile aziendale non si accende", "2026-11-20 08:34:26",
  P(infra.libero, client_ip="151.38.104.77"),
  text(_body19, "UTF-8", "quoted-printable"),
  hcs="UTF-8", henc="Q",
  what="Sales colleague writes from her private Libero address: company laptop dead after an update, will bring it in tomorrow",
  why="Private address of the real colleague used only to report a problem; no money, no gift cards, no secrecy, offers to be called on her mobile, consistent details (SharePoint, IT in Hagen)",
  pair=([19, 5], "colleague/manager writing from a private freemail address", "informational IT problem, nothing to buy, pay or change, invites a phone call"))

# ---------------------------------------------------------------- 20 customer complaint with photos (Google Workspace)
_body20 = dedent("""
    Buongiorno Francesca,

    Le segnalo un problema sul lotto 26-38 dei corpi valvola VB-40 (DDT n. 4471 del 28/10): in fase di lavorazione delle sedi abbiamo trovato inclusioni e porosità su 9 pezzi su 60. In allegato due foto del pezzo più critico.

    I pezzi sono stati segregati. Vi chiediamo:
    - analisi delle cause e rapporto 8D entro due settimane;
    - sostituzione dei 9 pezzi con la prossima consegna;
    - indicazione se i lotti successivi sono stati fusi con la stessa colata.

    Se preferite, possiamo vederci in Officina la prossima settimana con il vostro responsabile qualità.

    Cordiali saluti
    Marco Bonetti
    Officine Meccaniche Bonetti S.r.l.
    Via Montini 112 - 25065 Lumezzane (BS)
    """)
M(20, "it", "reclamo-cliente-porosita-foto",
  CORR["bonetti"], STAFF["it_sales"],
  "Reclamo qualità lotto 26-38 corpi valvola VB-40", "2026-11-05 16:12:09",
  P(infra.gmail, workspace=True),
  mixed(alt(text(_body20, "UTF-8", "quoted-printable", quote_charset=False),
            html(html_gmail(_body20), "UTF-8", "quoted-printable", quote_charset=False)),
        attach(img.casting_photo("b20-1", defects=5), "image/png", "VB40_lotto26-38_1.png"),
        attach(img.casting_photo("b20-2", defects=8), "image/png", "VB40_lotto26-38_2.png")),
  cc=[STAFF["qm"]], hcs="UTF-8", henc="B",
  what="Italian customer reports inclusions and porosity on a batch of valve bodies, photos attached, asks for 8D",
  why="Known customer on its Google Workspace domain, concrete batch/delivery note data, plain PNG photos, asks for quality actions and a meeting",
  pair=None)

# ---------------------------------------------------------------- 21 aluminium supplier: urgent reminder with supply stop
_leg = iban_fmt(BANK["leghe"])
_body21 = dedent("""
    Gentile dott.ssa Rinaldi,
    gentile sig. Groß,

    nonostante il sollecito del 10 novembre risultano ancora scadute le seguenti fatture:

    n. 2026/3318 del 30/09/2026 – € 48.612,40 – scaduta il 31/10/2026
    n. 2026/3402 del 07/10/2026 – € 51.097,85 – scaduta il 06/11/2026

    Considerata l'esposizione complessiva e il fido assicurato ormai superato, siamo costretti a sospendere le consegne di lingotti AlSi7Mg previste per il 1° e il 3 dicembre fino alla ricezione del pagamento sul nostro conto abituale (Banco BPM, IBAN %s).

    Siamo ovviamente disponibili a concordare un piano di rientro: mi chiami pure direttamente al numero sotto.

    Cordiali saluti

    Roberto Gatti
    Responsabile Crediti
    Leghe Lombarde S.p.A.
    Tel. 030 358 1190
    """) % _leg
M(21, "it", "fornitore-alluminio-sollecito-sospensione",
  CORR["leghe"], STAFF["it_acc"],
  "Sollecito di pagamento – sospensione consegne dal 01/12/2026", "2026-11-25 11:47:32",
  P(infra.hosted, provider="aruba", client_ip="2.228.119.56", pcname="CREDITI-PC", lang="it"),
  alt(text(_body21, "windows-1252", "quoted-printable"),
      html(html_outlook(_body21, "IT", charset="windows-1252"), "windows-1252", "quoted-printable")),
  cc=[STAFF["buy"]], hcs="windows-1252", henc="Q",
  what="Aluminium ingot supplier's credit manager threatens to stop deliveries until two overdue invoices are paid",
  why="Known supplier domain and mail server, pays to the usual account named explicitly, references an earlier reminder, offers a repayment plan by phone; pressure but no change of payee",
  pair=([17, 25], "supplier payment pressure", "payee unchanged and named as usual, phone contact offered, genuine infrastructure"))
