# -*- coding: utf-8 -*-
"""Genuine business messages 17-21 (Italian)."""
from common import *  # noqa: F401,F403
from company import FERRETTI_IBAN, FERRETTI_PIVA, NAVT_PIVA
from infra import Rnd

FERR_SIG = """\
Ferretti Trasporti S.p.A.
Via Ponte Carrega 41 - 16141 Genova
Tel. 010 835 4410 - www.ferretti-trasporti.it
P.IVA %s""" % FERRETTI_PIVA


def b17():
    lines = [("FERRETTI TRASPORTI S.p.A.", 15, True), "Via Ponte Carrega 41 - 16141 Genova - P.IVA " + FERRETTI_PIVA,
             "", "Spett.le EXAMPLE SHIPPING & PORT SERVICES GMBH - Stabile organizzazione di Genova",
             "Via di Francia 28 - 16149 Genova", "",
             ("COPIA DI CORTESIA - FATTURA N. 1161/2026 del 30/09/2026", 12, True),
             "Documento privo di valenza fiscale - originale trasmesso via SdI", "",
             ("Descrizione                                               Q.tà   Prezzo    Importo", 9, True),
             ("Trasporto container 40' PSA Pra' - Rivalta Scrivia (set.)    14   350,00   4.900,00", 9, False),
             ("Trasporto container 20' PSA Pra' - Rivalta Scrivia (set.)     4   250,00   1.000,00", 9, False),
             ("Sosta/attesa mezzi in terminal (ore)                           8    25,00     200,00", 9, False), "",
             "Imponibile: 6.100,00 EUR   IVA 22%: 1.342,00 EUR", ("Totale documento: 7.442,00 EUR", 11, True), "",
             "Pagamento: bonifico bancario 30 gg d.f. - scadenza 31/10/2026",
             "IBAN " + bk.fmt_iban(FERRETTI_IBAN) + " - Intesa Sanpaolo, filiale di Genova"]
    text = """\
Spett.le Example Shipping & Port Services GmbH,

in allegato trasmettiamo copia di cortesia della fattura n. 1161/2026 del 30/09/2026, relativa ai trasporti container Porto di Genova (PSA Pra') - interporto di Rivalta Scrivia del mese di settembre.

Si ricorda che l'originale della fattura elettronica è stato trasmesso tramite il Sistema di Interscambio ed è disponibile presso il Vostro intermediario / nel cassetto fiscale; la presente copia non ha valore fiscale.

Importo totale: 7.442,00 EUR
Scadenza: 31/10/2026 - bonifico bancario
IBAN: %s - Intesa Sanpaolo, filiale di Genova

Distinti saluti
Ufficio Amministrazione

%s""" % (bk.fmt_iban(FERRETTI_IBAN), FERR_SIG)
    return Mail("it", "ferretti-copia-cortesia-fattura", "aruba", (2026, 10, 2, 15, 20, 8),
                ("Amministrazione Ferretti Trasporti", "amministrazione@ferretti-trasporti.it"), [S("it_acc")],
                "Invio copia di cortesia fattura n. 1161/2026 del 30/09/2026",
                B.mixed(B.plain(text, "iso-8859-1", "quoted-printable"),
                        pdf_part("Fattura_1161_2026_copia_cortesia.pdf", lines, title="Fattura 1161/2026",
                                 author="Ferretti Trasporti", producer="TeamSystem Enterprise PDF",
                                 creator="TeamSystem", date="20261002151800+02'00'")),
                hcs=("iso-8859-1", "Q"), p=dict(ua="outlook", cip="151.11.48.77", lan="192.168.0.23"),
                what="Carrier's courtesy copy of an e-invoice (SdI) with PDF",
                why="Ferretti's real domain on its usual Aruba hosting; explicitly refers to the fiscal original sent "
                    "via SdI; unchanged Intesa Sanpaolo IBAN (valid CIN); amounts consistent.")


def b18():
    text = """\
Ciao Francesca,

ti scrivo dalla mia mail personale perché stamattina il portatile dell'ufficio non si accende più (schermo nero, gira solo la ventola). Ho già chiamato il supporto IT di Amburgo: hanno aperto il ticket INC0047915 e mi mandano un portatile sostitutivo con corriere entro mercoledì.

Nel frattempo lavoro dal PC della sala riunioni per le cose urgenti. Ti chiedo di:
- inoltrare tu a Navigazione Tirrenica la PDA per la TIRRENO STAR (è nella cartella condivisa, versione 2);
- avvisare Chiara Colombo che il ritiro di giovedì è confermato.

Thomas, in copia per conoscenza: il numero di serie del portatile è 5CG3271XKQ, l'ho già dato al collega al telefono.

Grazie, a dopo
Marco"""
    return Mail("it", "portatile-rotto-mail-privata-libero", "webmail", (2026, 11, 23, 8, 11, 39),
                ("Marco Bianchi", "marco.bianchi78@libero.it"), [S("it_acc")],
                "Portatile guasto - scrivo dalla mail personale",
                B.plain(text, "iso-8859-15", "8bit"), cc=[S("ithead")], hcs=("iso-8859-15", "Q"),
                p=dict(kind="libero"),
                what="Colleague writing from private Libero mail because his laptop broke",
                why="Known private address of the office manager; IT ticket opened by phone through the normal "
                    "service desk; asks only for routine hand-overs; no credentials, money or links.")


def b19():
    r = Rnd("brevo-b19")
    tr = "https://r.sp1-brevo.net/mk/cl/f/%s"
    unsub = "https://r.sp1-brevo.net/mk/un/v2/%s" % r.b64(60).replace("+", "-").replace("/", "_")
    text = """\
Porto & Logistica News - n. 44/2026

Genova, terzo trimestre: traffico container in crescita, bene il reefer.
[[Leggi l'articolo|%s]]

Diga foranea di Genova: completata la posa dei cassoni della fase A.
[[Leggi l'articolo|%s]]

ZLS Porto di Genova: pubblicate le linee guida per le autorizzazioni uniche.
[[Leggi l'articolo|%s]]

Agenda: Shipping, Forwarding & Logistics meet Industry - Milano, 9-10 dicembre.

Ricevi questa newsletter perché ti sei iscritto su portoelogistica.it.
[[Disiscriviti|%s]]""" % (tr % r.b64(40), tr % r.b64(40), tr % r.b64(40), unsub)
    return Mail("it", "newsletter-porto-logistica-brevo", "esp", (2026, 10, 28, 7, 30, 3),
                ("Porto & Logistica News", "newsletter@portoelogistica.it"), [S("it_sales")],
                "Genova cresce nel reefer, diga foranea, linee guida ZLS - n. 44/2026",
                B.alt(text, "brand", "utf-8", brand="Porto & Logistica News", color="#004a80", lang="it",
                      linkstyle="bracket", footer="Porto & Logistica Editore S.r.l. - Genova"),
                hcs=("utf-8", "Q"), p=dict(esp="brevo"),
                extra=[("List-Unsubscribe", "<%s>, <mailto:unsubscribe@sp1-brevo.net?subject=%s>" % (unsub, r.hexs(16))),
                       ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")],
                what="Subscribed Italian port/logistics newsletter via Brevo",
                why="Subscribed publication; Brevo infrastructure with unsubscribe headers; editorial links only.")


def b20():
    imo = bk.imo("950226")
    lines = [("Q88 - VESSEL PARTICULARS QUESTIONNAIRE (excerpt)", 13, True), "",
             "Vessel: M/V TIRRENO STAR          %s" % imo, "Flag: Italy   Port of registry: Napoli   Call sign: IBTS7",
             "Type: Multipurpose / general cargo   Built: 2012",
             "GT 9,611   NT 4,388   DWT 12,740 t", "LOA 139.9 m   Beam 21.0 m   Max draft 8.2 m",
             "Cranes: 2 x 60 t SWL", "P&I: member of an International Group club",
             "Owners/Managers: Navigazione Tirrenica S.p.A., Napoli - P.IVA " + NAVT_PIVA, "",
             "Call: Genova, ETA 24/11/2026 AM, loading steel coils, Ponte Somalia, ETD 26/11/2026",
             "Crew change: 1 off-signer, 1 on-signer (details to follow)"]
    text = """\
Buongiorno Marco,

come anticipato al telefono, la M/N TIRRENO STAR (%s) arriverà a Genova il 24/11 in mattinata per caricare coils a Ponte Somalia, ormeggio previsto dal 24 al 26/11.

Vi chiediamo la PDA aggiornata per lo scalo sulla base delle tariffe 2026 (diritti portuali, pilotaggio, rimorchio, ormeggiatori, agency fee concordata). In allegato il Q88 aggiornato della nave.

Durante la sosta è previsto anche un cambio di due marittimi (uno in sbarco, uno in imbarco): vi mando i dettagli dei voli appena li conferma il crew manager.

Come sempre, il fondo anticipato vi verrà bonificato dopo ricezione della PDA.

Grazie e buona giornata,

Alessandro De Luca
Operations Department
Navigazione Tirrenica S.p.A.
Via Marina 21 - 80133 Napoli""" % imo
    return Mail("it", "richiesta-pda-genuina-navtirrenica", "gws", (2026, 11, 18, 9, 44, 26),
                ("Alessandro De Luca", "a.deluca@navtirrenica.it"), [S("it_mgr")],
                "M/N TIRRENO STAR - scalo Genova ETA 24/11 - richiesta PDA",
                B.mixed(B.alt(text, "gmail", "utf-8", "quoted-printable"),
                        pdf_part("Q88_TIRRENO_STAR_2026.pdf", lines, title="Q88 TIRRENO STAR",
                                 author="Navigazione Tirrenica", producer="Skia/PDF m131",
                                 creator="Google Docs Renderer", date="20261118093000+01'00'")),
                cc=[S("it_sales")], hcs=("utf-8", "Q"),
                p=dict(ghost=("mail-wm1-f52", "209.85.128.52")),
                what="Genuine PDA request from a customer shipowner with the Q88 as PDF",
                why="Known customer on its own Google Workspace domain; follows a phone call; attachment is a plain "
                    "text PDF; funds flow from the customer to the agency, not the other way.")


def b21():
    text = """\
Gentile Francesca,

nonostante i nostri precedenti solleciti del 06/11 e del 16/11, risultano ancora insolute le seguenti fatture:

- n. 1161/2026 del 30/09/2026, scaduta il 31/10/2026: EUR 7.442,00
- n. 1174/2026 del 15/10/2026, scaduta il 15/11/2026: EUR 3.916,20

Totale scaduto: EUR 11.358,20

Vi chiediamo di provvedere al saldo entro e non oltre venerdì 4 dicembre sul nostro consueto conto presso Intesa Sanpaolo (coordinate invariate, come da fattura). In mancanza di pagamento entro tale data saremo costretti, nostro malgrado, a sospendere i ritiri container dal porto per Vostro conto a partire da lunedì 7 dicembre, fino alla regolarizzazione della posizione.

Se il pagamento è già stato disposto, Vi preghiamo di inviarci copia della contabile.

Cordiali saluti

Chiara Colombo
Ufficio Commerciale / Amministrazione
%s""" % FERR_SIG
    return Mail("it", "ferretti-sollecito-urgente-sospensione", "aruba", (2026, 11, 26, 16, 5, 47),
                ("Chiara Colombo", "c.colombo@ferretti-trasporti.it"), [S("it_acc")],
                "SOLLECITO URGENTE - fatture scadute 1161/2026 e 1174/2026",
                B.plain(text, "iso-8859-1", "quoted-printable"), cc=[S("it_mgr")], hcs=("iso-8859-1", "Q"),
                p=dict(ua="outlook", cip="151.11.48.77", lan="192.168.0.31"),
                what="Genuine urgent payment reminder from the carrier threatening to suspend container pick-ups",
                why="Real Ferretti domain and Aruba hosting from the carrier's office IP; invoices match the "
                    "courtesy copies; pays to the unchanged account ('coordinate invariate').")


def messages():
    return [b17(), b18(), b19(), b20(), b21()]
