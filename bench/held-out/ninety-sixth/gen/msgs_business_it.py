"""Genuine business messages, Italian (5)."""
import datetime as _dt

import finance as fin
import systems as sy
from common import M, S, C, fmt_date, rhex
from content import (alt, plain, mixed, branded_alt, pdf_att)
from mime import Text, Multi

F, L = "business", "it"
IBAN_FERRETTI = fin.it_iban("05336", "63960", "000046218537")
PIVA_FERRETTI = fin.it_piva("0187265030")

# ---------------------------------------------------------------- 17 genuine carrier invoice
M(F, L, "ferretti-fattura-trasporti-ottobre",
  C("ferretti", 1), [S("conti")],
  "Fattura n. 2026/1207 - trasporti ottobre 2026 - Example Group Italia S.r.l.", "2026-10-31 11:26:40",
  sy.aruba("ferretti-trasporti.it", pc="PC-AMMINISTRAZ", user_ip="93.44.190.17", client="outlook", dh=17),
  mixed(alt("""Buongiorno,

in allegato la copia di cortesia della fattura n. 2026/1207 del 31/10/2026 relativa ai trasporti di ottobre (12 viaggi Rosenheim - Udine / Treviso, bilici centinati per legname). La fattura elettronica è stata trasmessa tramite SDI al vostro codice destinatario.

Importo: € 9.882,00 + IVA 22%% = € 12.056,04
Scadenza: 30/11/2026, bonifico sulle consuete coordinate (Crédit Agricole, IBAN %s).

Per qualsiasi chiarimento restiamo a disposizione.

Cordiali saluti

Amministrazione
Ferretti Trasporti S.p.A.
Via Carnia Libera 1944 - 33028 Tolmezzo (UD)
Tel. 0433 41 27 90 - P.IVA %s
""" % (fin.fmt_iban(IBAN_FERRETTI), PIVA_FERRETTI), "iso-8859-15", "qp", "outlook", lang="IT"),
        pdf_att("Fattura_2026_1207.pdf", [
            ("title", "Ferretti Trasporti S.p.A."),
            ("small", "Via Carnia Libera 1944 · 33028 Tolmezzo (UD) · P.IVA %s · REA UD-218734" % PIVA_FERRETTI),
            ("gap", 8),
            ("h", "Fattura n. 2026/1207 del 31/10/2026 (copia di cortesia)"),
            ("p", "Cliente: Example Group Italia S.r.l., Via Cividale 214, 33100 Udine – P.IVA %s" % fin.it_piva("0291738030")),
            ("mono", "Descrizione                                   Q.tà   Prezzo     Importo\nTrasporto Rosenheim-Udine bilico centinato     7   690,00    4.830,00\nTrasporto Rosenheim-Treviso bilico centinato   5   984,00    4.920,00\nSosta carico (ore)                             3    44,00      132,00\nImponibile                                                     9.882,00\nIVA 22%                                                        2.174,04\nTotale documento                                              12.056,04"),
            ("p", "Pagamento: bonifico 30 gg d.f. – scadenza 30/11/2026 – IBAN %s – Crédit Agricole Italia" % fin.fmt_iban(IBAN_FERRETTI)),
            ("small", "Documento privo di valenza fiscale; l'originale è la fattura elettronica trasmessa tramite SDI."),
        ], {"Producer": "TeamSystem Enterprise", "Title": "Fattura 2026/1207"})),
  hcs=("iso-8859-15", "Q"), cc=[C("ferretti", 0)],
  what="Ferretti Trasporti's accounts office sends the courtesy copy of its October transport invoice (the e-invoice itself went via SDI).",
  why="Genuine mailbox used from the Tolmezzo office with Outlook through Aruba's SMTP; invoice details match the business; payment to the usual Italian account; no change requests or links.",
  hn=["ferretti-threadhijack-cambio-iban::same carrier, same mailbox and invoices; usual Outlook from the office IP and the known Italian IBAN vs. webmail from abroad, Reply-To look-alike and a Spanish 'factoring' IBAN"])

# ---------------------------------------------------------------- 18 genuine Aruba PEC renewal
def _aruba_hops(ctx):
    return ["from aruba-mailer-07.ad.aruba.it (aruba-mailer-07.ad.aruba.it [10.10.22.57])\n\tby smtpcmd07.aruba.it (Postfix) with ESMTP id %s\n\tfor <%s>; %s"
            % (rhex(ctx.rng, 11, True), ctx.rcpt, fmt_date(ctx.t, "eu", True))]


M(F, L, "aruba-pec-rinnovo-area-clienti",
  ("Aruba.it", "comunicazioni@staff.aruba.it"), [S("conti")],
  "Rinnovo servizi in scadenza: casella PEC examplegroupitalia@pec.it (30/11/2026)", "2026-10-30 07:12:18",
  sy.mta("smtpcmd07.aruba.it", "smtpcmd07.aruba.it", "62.149.158.207", hops_fn=_aruba_hops, zone="eu",
         msgid_fn=lambda ctx: "<%s.%d@staff.aruba.it>" % (rhex(ctx.rng, 20), ctx.rng.randrange(10 ** 6, 10 ** 7)),
         hdrs=[("X-Mailer", "Aruba Notifier 3.2"), ("List-Unsubscribe", "<https://areaclienti.aruba.it/preferenze-comunicazioni>")]),
  branded_alt("Servizi in scadenza", [
      "Gentile Cliente,",
      "ti ricordiamo che il 30/11/2026 scade il seguente servizio associato al tuo account (codice cliente 4471920@aruba.it):",
      "Casella PEC Pro: examplegroupitalia@pec.it",
      "Per rinnovarlo accedi come di consueto all'Area Clienti su areaclienti.aruba.it con le tue credenziali e seleziona Rinnovi. Se hai attivato il rinnovo automatico, l'addebito avverrà sul metodo di pagamento registrato e non dovrai fare nulla.",
      "Ricorda: Aruba non ti chiederà mai via email di inserire password o dati della carta di credito tramite link.",
  ], ("Vai all'Area Clienti", "https://areaclienti.aruba.it/"),
      "Aruba S.p.A. - Via San Clemente 53 - 24036 Ponte San Pietro (BG) - P.IVA 01573850516\nRicevi questa comunicazione di servizio in qualità di titolare dei servizi indicati.",
      cs="utf-8", cte="qp", brand="#f47a20", logo_text="Aruba.it", lang="it",
      preheader="Promemoria scadenza servizi"),
  what="Genuine Aruba service reminder: the company's PEC mailbox expires on 30/11, renew in the customer area (or nothing to do with auto-renewal).",
  why="From staff.aruba.it through Aruba's own SMTP; the only link is areaclienti.aruba.it; mentions the customer code, no credentials or card data requested by e-mail.",
  hn=["aruba-pec-scadenza-rinnovo::same PEC-renewal topic; Aruba's own domain and infrastructure linking to areaclienti.aruba.it vs. look-alike via Brevo to a Firebase page"])

# ---------------------------------------------------------------- 19 customer complaint
M(F, L, "legnami-rossi-reclamo-lamellare",
  C("rossi", 0), [S("zanetti")],
  "Reclamo consegna DDT 4471 del 12/11 - travi lamellari GL24h fuori tolleranza", "2026-11-16 09:48:31",
  sy.m365(srv="AM9PR03MB7726", region="eurprd03", out=("EUR01-AM6-obe.outbound.protection.outlook.com", "mail-am6eur01on2109.outbound.protection.outlook.com", "40.107.21.109"), lang="it-IT", zone="eu", hcs=("iso-8859-15", "Q")),
  alt("""Buongiorno Andrea,

devo purtroppo segnalarti un problema sulla consegna del 12/11 (vs. DDT n. 4471): delle 24 travi lamellari GL24h 160x480 mm L=12 m, sei presentano una freccia laterale oltre la tolleranza della EN 14080 (fino a 14 mm) e due hanno fessurazioni da ritiro sulle facce laterali.

Il cliente finale (cantiere a Conegliano) le ha rifiutate e ci ha già contestato il ritardo sul montaggio della copertura. Abbiamo messo da parte le otto travi con le etichette di produzione; le foto le trovi nella cartella condivisa che ti ha mandato il nostro magazzino.

Ti chiedo la sostituzione entro venerdì 27/11 e il ritiro del materiale non conforme a vostro carico. Se non riuscite con i tempi, dobbiamo valutare l'addebito dei costi di fermo cantiere.

Fammi sapere oggi stesso, per favore.

Cordiali saluti
Francesco Rossi
Legnami Rossi S.r.l. - Ufficio Acquisti
Via Noalese 88, 31100 Treviso - tel. 0422 308 114
""", "iso-8859-15", "qp", "outlook", lang="IT"),
  cc=[C("rossi", 1), S("ferraris")],
  what="Customer complaint from Legnami Rossi about out-of-tolerance glulam beams (EN 14080), asking for replacement and threatening to charge site-downtime costs.",
  why="Known customer contact from the customer's real domain legnamirossi.it (Microsoft 365), precise delivery note and product data, no links, attachments or payment changes; typical firm complaint.",
  hn=["legnami-rossi-lookalike-html-scarto-sdi::same customer name; real domain and a plain complaint vs. look-alike domain with an HTML login attachment"])

# ---------------------------------------------------------------- 20 internal: Christmas gifts ordered properly
M(F, L, "regali-natale-clienti-ordine-interno",
  S("ferraris"), [S("zanetti")],
  "Regali di Natale clienti 2026 - ordine panettoni e lista indirizzi", "2026-12-01 12:05:44",
  sy.internal(exch="EXCH02", ip_user="10.31.0.42", lang="it-IT", hcs=("windows-1252", "Q")),
  alt("""Ciao Andrea,

come ogni anno facciamo un pensiero ai clienti principali. Ho ordinato 40 confezioni (panettone artigianale + bottiglia di Ramandolo) alla Pasticceria Nadalutti di Udine, ordine d'acquisto PO-IT-2026-0388, fattura intestata a Example Group Italia. Consegna in ufficio il 14/12.

Ti chiedo di preparare entro venerdì la lista dei clienti con indirizzo di consegna e referente (la bozza è nella cartella Vendite IT > Natale 2026). Le spedizioni le organizza Giulia con il corriere.

Quest'anno niente gift card o buoni: la compliance di gruppo ha chiesto di evitarli.

Grazie e buona giornata
Niccolò

--
Niccolò Ferraris
Office Manager Italia
Example Group Italia S.r.l. - Via Cividale 214 - 33100 Udine
""", "windows-1252", "qp", "outlook", lang="IT"),
  cc=[S("conti")],
  what="Internal message from the Udine office manager: Christmas gifts for customers ordered from a local pastry shop with a purchase order; asks for the customer address list.",
  why="Sent from his Exchange mailbox via mail-int01; proper purchase order and supplier invoice, accountant in Cc, explicitly no gift cards; no secrecy or payment by the recipient.",
  hn=["gift-card-direttore-libero::Christmas gifts for customers requested by the same manager; internal relay, PO and supplier invoice vs. libero.it address and scratched gift-card codes"])

# ---------------------------------------------------------------- 21 small customer order from libero.it
M(F, L, "falegnameria-galli-richiesta-offerta",
  C("galli"), [S("zanetti")],
  "richiesta prezzo listelli abete e tavole larice", "2026-10-14 19:22:07",
  sy.libero(user_ip="79.51.140.22"),
  Multi("alternative", [Text("""Buonasera sig. Zanetti,

sono Bruno Galli della falegnameria di Gemona, ci siamo sentiti alla fiera di Longarone.

Avrei bisogno di un prezzo per:
- listelli di abete piallati 40x60 mm, lunghezza 4 m, circa 3 m³
- tavole di larice essiccate 27x145 mm, lunghezza 4 m, classe 0-I, circa 2 m³

Ritiro con il mio furgone a Udine oppure consegna a Gemona se conviene. Pagamento come l'ultima volta, bonifico alla consegna.

Grazie e buona serata
Bruno Galli
Falegnameria Galli - Gemona del Friuli
cell. 347 218 8841
""", "plain", "UTF-8", "qp", quote_cs=False),
      Text("""<!doctype html>
<html><head><meta charset="UTF-8"></head><body><div class="default-style">Buonasera sig. Zanetti,</div><div class="default-style"><br></div><div class="default-style">sono Bruno Galli della falegnameria di Gemona, ci siamo sentiti alla fiera di Longarone.</div><div class="default-style"><br></div><div class="default-style">Avrei bisogno di un prezzo per:</div><div class="default-style">- listelli di abete piallati 40x60 mm, lunghezza 4 m, circa 3 m³</div><div class="default-style">- tavole di larice essiccate 27x145 mm, lunghezza 4 m, classe 0-I, circa 2 m³</div><div class="default-style"><br></div><div class="default-style">Ritiro con il mio furgone a Udine oppure consegna a Gemona se conviene. Pagamento come l'ultima volta, bonifico alla consegna.</div><div class="default-style"><br></div><div class="default-style">Grazie e buona serata</div><div class="default-style">Bruno Galli</div><div class="default-style">Falegnameria Galli - Gemona del Friuli</div><div class="default-style">cell. 347 218 8841</div></body></html>
""", "html", "UTF-8", "qp", quote_cs=False)]),
  what="A small joinery customer asks from his libero.it address for a price on spruce battens and larch boards.",
  why="Ordinary sales enquiry from a known small customer on consumer mail (Italiaonline/Open-Xchange), refers to a trade-fair contact and previous orders, no links, attachments or payment instructions to the company.")
