"""Italian genuine business messages (17-21)."""
import checkdigits as cd
from company import S, BANK
from common import pdf_att, ATTACH_INFO
from infra import TLS12, TLS13
from mime import Attach

PIVA_FERRETTI = cd.it_piva("0284713023")
PIVA_MOLINO = cd.it_piva("0193627015")
PIVA_EG_IT = cd.it_piva("0471862023")

ARUBA_FERRETTI = dict(client="outlook", out=("smtpcmd0871.aruba.it", "smtpcmd0871.aruba.it", "62.149.156.71"),
                      sub_style="aruba", lan_ip="PCAMMINISTRAZ", public_ip="93.41.212.118", zone="IT")


def messages():
    M = []
    # ----------------------------------------------------------------- 17
    M.append(dict(
        slug="ferretti-sollecito-iban-invariato",
        date="2026-12-03 09:17:45", zone="IT",
        frm=("Ferretti Trasporti - Amministrazione", "amministrazione@ferretti-trasporti.it"),
        to=[S("it_acc")], cc=[("Chiara Colombo", "c.colombo@ferretti-trasporti.it")],
        subject="Sollecito pagamento fatture ottobre 2026 - Example Group Italia S.r.l.",
        via="smtp_client", via_opts=ARUBA_FERRETTI, clang="it",
        charset="windows-1252", cte="quoted-printable", html="auto", plain_links="outlook",
        text="""Gentile dott.ssa Bianchi,

da un controllo del nostro estratto conto risultano ancora aperte le seguenti fatture, scadute il 30/11/2026:

- n. 2026/FT/1187 del 31/10/2026 - € 11.204,80
- n. 2026/FT/1203 del 31/10/2026 - € 7.741,60

Vi chiediamo cortesemente di provvedere al saldo entro il 10/12/2026 sulle consuete coordinate bancarie, che restano invariate:

Banco BPM S.p.A. - Filiale di Carpi
IBAN %s

Vi segnaliamo inoltre che la scorsa settimana la casella della nostra collega Chiara Colombo è stata utilizzata da terzi per inviare false richieste di cambio IBAN: la password è stata cambiata e l'accaduto denunciato. Non abbiamo modificato le nostre coordinate bancarie; in caso di dubbio vi preghiamo di chiamarci al numero del centralino.

Qualora il pagamento fosse già stato disposto, vi preghiamo di considerare nulla la presente e di inviarci copia della contabile.

Distinti saluti

Ufficio Amministrazione
Ferretti Trasporti S.p.A.
Via dell'Autotrasporto 12 - 41012 Carpi (MO)
Tel. +39 059 651 2200 - P.IVA %s""" % (cd.iban_fmt(BANK["ferretti"]), PIVA_FERRETTI),
        attach=[pdf_att("Estratto_conto_Example_Group_Italia_2026-12-03.pdf", [
            "# Ferretti Trasporti S.p.A.", "Estratto conto cliente al 03/12/2026", "",
            "Cliente: Example Group Italia S.r.l. - P.IVA " + PIVA_EG_IT, "---",
            "2026/FT/1187   31/10/2026   scad. 30/11/2026   EUR 11.204,80",
            "2026/FT/1203   31/10/2026   scad. 30/11/2026   EUR  7.741,60", "---",
            "## Totale scaduto EUR 18.946,40", "",
            "Pagamento: Banco BPM S.p.A., IBAN " + cd.iban_fmt(BANK["ferretti"])],
            title="Estratto conto", producer="Zucchetti Ad Hoc Revolution", created="20261203090812+01'00'")],
        what="Genuine payment reminder from the carrier's accounts department for the two October invoices, confirming the unchanged Banco BPM account and warning about the compromised colleague mailbox.",
        why="Sent from amministrazione@ferretti-trasporti.it via Aruba from the office PC with Outlook; statement PDF; the known IBAN (valid CIN and check digits); invites a phone call; consistent with the earlier hijack attempt.",
        pair=["ferretti-thread-hijack-iban"],
        pair_note="Same invoices and same carrier domain; the genuine reminder keeps the Banco BPM account and comes from the office Outlook, the hijacked reply (webmail from a foreign IP, Reply-To look-alike) redirects to a Lithuanian IBAN.",
    ))
    # ----------------------------------------------------------------- 18
    xml = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<p:FatturaElettronica versione=\"FPR12\" xmlns:p=\"http://ivaservizi.agenziaentrate.gov.it/docs/xsd/fatture/v1.2\">\n"
           "<FatturaElettronicaHeader><DatiTrasmissione><IdTrasmittente><IdPaese>IT</IdPaese><IdCodice>%s</IdCodice></IdTrasmittente>"
           "<ProgressivoInvio>3318</ProgressivoInvio><FormatoTrasmissione>FPR12</FormatoTrasmissione><CodiceDestinatario>M5UXCR1</CodiceDestinatario>"
           "</DatiTrasmissione><CedentePrestatore><DatiAnagrafici><IdFiscaleIVA><IdPaese>IT</IdPaese><IdCodice>%s</IdCodice></IdFiscaleIVA>"
           "<Anagrafica><Denominazione>Molino Valsesia S.r.l.</Denominazione></Anagrafica><RegimeFiscale>RF01</RegimeFiscale></DatiAnagrafici></CedentePrestatore>"
           "<CessionarioCommittente><DatiAnagrafici><IdFiscaleIVA><IdPaese>IT</IdPaese><IdCodice>%s</IdCodice></IdFiscaleIVA>"
           "<Anagrafica><Denominazione>Example Group Italia S.r.l.</Denominazione></Anagrafica></DatiAnagrafici></CessionarioCommittente>"
           "</FatturaElettronicaHeader>\n<FatturaElettronicaBody><DatiGenerali><DatiGeneraliDocumento><TipoDocumento>TD01</TipoDocumento>"
           "<Divisa>EUR</Divisa><Data>2026-11-16</Data><Numero>2026/V/03318</Numero><ImportoTotaleDocumento>9877.14</ImportoTotaleDocumento>"
           "</DatiGeneraliDocumento></DatiGenerali><DatiPagamento><CondizioniPagamento>TP02</CondizioniPagamento><DettaglioPagamento>"
           "<ModalitaPagamento>MP05</ModalitaPagamento><DataScadenzaPagamento>2026-12-31</DataScadenzaPagamento>"
           "<ImportoPagamento>9877.14</ImportoPagamento><IBAN>%s</IBAN></DettaglioPagamento></DatiPagamento></FatturaElettronicaBody>\n"
           "</p:FatturaElettronica>\n") % (PIVA_MOLINO, PIVA_MOLINO, PIVA_EG_IT, BANK["molino"])
    xa = Attach(xml.encode("utf-8"), "text/xml", "IT%s_0A1B7.xml" % PIVA_MOLINO, params='; charset="utf-8"')
    ATTACH_INFO[id(xa)] = {"kind": "xml"}
    M.append(dict(
        slug="molino-fattura-cortesia-sdi",
        date="2026-11-16 18:02:09", zone="IT",
        frm=("Molino Valsesia - Fatturazione", "fatturazione@molinovalsesia.it"), to=[S("it_acc")],
        subject="Copia di cortesia fattura n. 2026/V/03318 del 16/11/2026",
        via="smtp_client",
        via_opts=dict(client="script", out=("smtpcmd0412.aruba.it", "smtpcmd0412.aruba.it", "62.149.156.12"),
                      sub_style="aruba", lan_ip="erp01.molinovalsesia.local", public_ip="79.11.203.54", zone="IT"),
        xmailer="Zucchetti Ad Hoc Revolution - modulo Documenti",
        charset="iso-8859-1", cte="8bit",
        text="""Gentile Cliente,

in allegato Le inviamo la copia di cortesia della fattura n. 2026/V/03318 del 16/11/2026 e il relativo file XML.

Il documento fiscalmente valido è stato trasmesso al Sistema di Interscambio (SdI) ed è disponibile nella Sua area riservata "Fatture e Corrispettivi" e presso il Suo intermediario (codice destinatario M5UXCR1).

Importo totale documento: € 9.877,14
Scadenza: 31/12/2026 - bonifico bancario
Coordinate: UniCredit S.p.A., IBAN %s

Questo messaggio è generato automaticamente dal nostro gestionale. Per informazioni sulla fattura scriva a amministrazione@molinovalsesia.it o chiami lo 0163 835 210.

Molino Valsesia S.r.l.
Regione Isola 4 - 13019 Varallo (VC) - P.IVA %s""" % (cd.iban_fmt(BANK["molino"]), PIVA_MOLINO),
        attach=[pdf_att("Fattura_2026_V_03318.pdf", [
            "# Molino Valsesia S.r.l.", "Fattura n. 2026/V/03318 del 16/11/2026 - copia di cortesia", "",
            "Cliente: Example Group Italia S.r.l., Via dell'Industria 14, 37135 Verona - P.IVA " + PIVA_EG_IT, "---",
            "Farina di grano tenero tipo 00 W280, sacchi 25 kg     kg 12.000   EUR 0,52   EUR 6.240,00",
            "Farina di semola rimacinata, sacchi 25 kg              kg  5.000   EUR 0,61   EUR 3.050,00",
            "Imponibile EUR 9.290,00 - IVA 4% EUR 371,60 - Trasporto (IVA 22%) EUR 176,67 + IVA EUR 38,87",
            "## Totale documento EUR 9.877,14", "---",
            "Scadenza 31/12/2026 - Bonifico: UniCredit, IBAN " + cd.iban_fmt(BANK["molino"])],
            title="Fattura 2026/V/03318", producer="Zucchetti Ad Hoc Revolution", created="20261116180112+01'00'"), xa],
        what="Genuine courtesy copy of an e-invoice (fattura elettronica) from the flour mill's ERP, with PDF and the FatturaPA XML.",
        why="Known supplier domain via its Aruba-hosted mail; invoice already transmitted through SdI; plain PDF and XML, no archive; known UniCredit account; contacts on the supplier's domain.",
        pair=["agenzia-entrate-zip-password"],
        pair_note="Tax-document mail; the genuine one is a supplier's courtesy copy of an SdI invoice with plain PDF/XML, the attack an 'Agenzia delle Entrate' notice in an encrypted ZIP with a .pdf.js file.",
    ))
    # ----------------------------------------------------------------- 19
    M.append(dict(
        slug="pasticceria-ordine-natale",
        date="2026-11-27 19:44:28", zone="IT",
        frm=("Roberto Bellini", "pasticceria.bellini@libero.it"), to=[S("it_mgr")],
        subject="ordine cornetti surgelati per Natale",
        via="libero", via_opts=dict(client_ip="151.47.118.203"),
        charset="utf-8", cte="8bit",
        text="""Buonasera Alessandro,

come d'accordo al telefono ti mando l'ordine per dicembre:

- 40 cartoni cornetti vuoti 75 g
- 25 cartoni cornetti all'albicocca
- 15 cartoni pain au chocolat
- 10 cartoni mini sfogliatine assortite

Consegna entro venerdì 18/12 in mattinata (apriamo alle 6.30, il furgone può scaricare sul retro in via Santa Chiara). Fattura come sempre, pagamento RiBa 60 gg.

Se il 18 non riuscite, va bene anche il 17 pomeriggio, basta che mi avvisi.

Grazie e buon lavoro
Roberto

Pasticceria Bellini
Via Mazzini 22 - Verona
tel. 045 800 2291""",
        what="Genuine Christmas order from a pastry-shop customer on a consumer libero.it mailbox.",
        why="Long-standing customer writing informally after a phone call; product quantities and delivery details; usual payment terms; no links, attachments or changes to payment data.",
    ))
    # ----------------------------------------------------------------- 20
    M.append(dict(
        slug="portatile-rotto-mail-privata",
        date="2026-11-20 08:36:12", zone="IT",
        frm=("Francesca Bianchi", "fra.bianchi.vr@gmail.com"), to=[S("it_mgr")],
        cc=[("IT Service Desk", "it-service@example.com")],
        subject="portatile rotto - oggi lavoro da casa",
        via="gmail",
        charset="utf-8", cte="quoted-printable", html="auto",
        text="""Ciao Alessandro,

ti scrivo dalla mia mail personale perché stamattina il portatile aziendale non si accende più (schermo nero, la spia di ricarica lampeggia arancione) e quindi non riesco ad accedere né a Outlook né al gestionale.

Ho già chiamato l'assistenza IT di Hannover, il ticket è I2611-0912: mi mandano un portatile sostitutivo con il corriere domani mattina. Oggi lavoro da casa dal cellulare per le urgenze (Teams funziona), le registrazioni delle fatture passive le recupero venerdì.

Se serve qualcosa chiamami pure al cellulare.

Francesca""",
        what="Genuine message from the Italian accountant on her private Gmail account: her company laptop is broken, she works from home today.",
        why="Plausible reason for the private address, IT service desk in copy, ticket number, no request for credentials, money or data changes; invites a phone call.",
    ))
    # ----------------------------------------------------------------- 21
    trk = "https://vas.brt.it/vas/sped_det_show.hsm?referer=sped_numspe_par.htm&Nspediz=058301447123"
    M.append(dict(
        slug="brt-consegna-in-corso",
        date="2026-11-24 07:31:50", zone="IT",
        frm=("BRT", "noreply@brt.it"), to=[S("it_mgr")],
        subject="BRT - La spedizione 058301447123 è in consegna oggi",
        via="ses", via_opts=dict(region="eu-west-1"),
        charset="utf-8", cte="base64", html="brand", html_only=True,
        brand=dict(name="BRT", color="#c8102e", button=("Segui la spedizione", trk),
                   footer="BRT S.p.A. - Via Enrico Mattei 42, 40138 Bologna\nQuesto messaggio è stato inviato automaticamente: non rispondere."),
        text="""Gentile cliente,

la spedizione **058301447123** inviata da **EXAMPLE GROUP SE (HANNOVER)** è in consegna oggi, 24/11/2026, nella fascia oraria 09:00 - 13:00.

Riferimento mittente: CAMP-IT-4471 (campionatura panettoni 2026)
Colli: 2 - Peso: 14,5 kg
Destinatario: Example Group Italia S.r.l., Via dell'Industria 14, 37135 Verona

Non è richiesto alcun pagamento. Puoi seguire lo stato della spedizione sul sito BRT:
[[Segui la spedizione|%s]]

Grazie per aver scelto BRT.""" % trk,
        what="Genuine BRT delivery notification for a sample shipment sent from HQ.",
        why="Sender brt.it, tracking link to vas.brt.it, concrete shipment data matching an HQ sample shipment, explicitly no payment requested.",
        pair=["brt-giacenza-pagamento"],
        pair_note="Both are BRT parcel notifications; the genuine one comes from brt.it and asks for nothing, the attack comes from brt-giacenze.it and demands a fee.",
    ))
    return M
