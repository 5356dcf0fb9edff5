"""Italian genuine business messages (5)."""
import assets
import data as D
import infra
import mime
from builder import register, html_outlook, to_plain, to_html, brand_page, esc, html_simple


# ---------------------------------------------------------------------------
@register("business", "it", "ferretti-fattura-cortesia")
def _(b):
    sender = "amministrazione@ferretti-trasporti.it"
    b.at(2026, 10, 5, 9, 40, 22, zone="IT").env(sender, "marco.bianchi@examplegroup.eu")
    b.style = "outlook_smtp"
    b.via(infra.aruba(b, client="AMM-PC01", client_ip="93.41.118.204"))
    b.frm("Ferretti Trasporti S.p.A. - Amministrazione", sender, "iso-8859-1")
    b.to(("Marco Bianchi", "marco.bianchi@examplegroup.eu"), cs="iso-8859-1", outlook_quotes=True)
    b.subject("Invio copia di cortesia fattura n. 2026/4418 - Ferretti Trasporti S.p.A.", "iso-8859-1")
    b.set("Content-Language", "it")
    ib = D.F(D.FERRETTI)
    txt = """Spett.le Example Italia S.r.l.,

in allegato trasmettiamo copia di cortesia della fattura n. 2026/4418 del 30/09/2026, relativa ai trasporti a temperatura controllata Torino - Colonia effettuati nel mese di settembre (12 viaggi).

L'originale è stato trasmesso tramite il Sistema di Interscambio ed è disponibile nel Vostro cassetto fiscale.

Importo totale: EUR 7.236,40 (operazione non imponibile art. 9, c. 1, n. 2, DPR 633/72)
Scadenza: 30/10/2026 - bonifico bancario
Coordinate: Banco BPM - IBAN %s

Cordiali saluti

Ufficio Amministrazione
Ferretti Trasporti S.p.A.
Via dell'Industria 34 - 37135 Verona
Tel. 045 8203 100 - P.IVA %s
""" % (ib, D.FERRETTI_PIVA)
    pdfb = assets.invoice_pdf([
        ("FERRETTI TRASPORTI S.p.A.", 15, True), "Via dell'Industria 34 - 37135 Verona - P.IVA " + D.FERRETTI_PIVA, "",
        ("COPIA DI CORTESIA - Fattura n. 2026/4418 del 30/09/2026", 12, True), "",
        "Cliente: Example Italia S.r.l. - Corso Francia 211 - 10139 Torino - P.IVA " + D.EXAMPLE_IT_PIVA, "",
        "Descrizione                                              Q.tà    Prezzo      Importo",
        "Trasporto refrigerato Torino - Köln (FTL, +15/+18 °C)     12     603,03     7.236,40", "",
        "Imponibile non imponibile art. 9 c.1 n.2 DPR 633/72                       7.236,40",
        ("Totale documento EUR                                                       7.236,40", 10, True), "",
        "Pagamento: bonifico a 30 gg d.f. - Banco BPM - IBAN " + ib,
        "Documento privo di valenza fiscale ai sensi dell'art. 21 DPR 633/72. L'originale è disponibile nell'area riservata.",
    ], title="Fattura 2026/4418", creator="TeamSystem Gamma", producer="TeamSystem Gamma", created="20261005093511+02'00'")
    b.body(b.mixed(b.text(txt, "iso-8859-1"), b.attach("application/pdf", pdfb, "Fattura_2026_4418.pdf")))
    b.meta("Genuine courtesy copy of a carrier invoice (the legal e-invoice went through SdI).",
           "Real domain ferretti-trasporti.it via Aruba from the usual office IP and Outlook client, known Banco BPM IBAN, references to SdI/cassetto fiscale, correct VAT treatment for international transport. Hard negative for attack 18.")


# ---------------------------------------------------------------------------
@register("business", "it", "ferretti-sollecito-urgente-sospensione")
def _(b):
    sender = "c.colombo@ferretti-trasporti.it"
    b.at(2026, 12, 11, 12, 20, 5, zone="IT").env(sender, "marco.bianchi@examplegroup.eu")
    b.style = "outlook_smtp"
    b.via(infra.aruba(b, client="CCOLOMBO-NB", client_ip="93.41.118.204"))
    b.frm("Chiara Colombo", sender, "windows-1252")
    b.to(("Marco Bianchi", "marco.bianchi@examplegroup.eu"), cs="windows-1252", outlook_quotes=True)
    b.cc(("Giulia Russo", "giulia.russo@example.com"), ("Amministrazione Ferretti", "amministrazione@ferretti-trasporti.it"),
         cs="windows-1252", outlook_quotes=True)
    b.subject("SOLLECITO URGENTE – fatture scadute – sospensione servizi dal 18/12", "windows-1252")
    b.set("Content-Language", "it")
    b.set("X-Priority", "1").set("Importance", "High")
    ib = D.F(D.FERRETTI)
    txt = """Gentile Dott. Bianchi,

nonostante i nostri precedenti solleciti del 17/11 e del 27/11, a oggi risultano ancora insolute le seguenti fatture:

- n. 2026/4471 del 14/10/2026 – € 4.706,40 – scaduta il 13/11/2026
- n. 2026/4902 del 31/10/2026 – € 6.118,00 – scaduta il 30/11/2026

per un totale di € 10.824,40.

Vi chiediamo di provvedere al pagamento entro martedì 15/12 sulle consuete coordinate bancarie (Banco BPM, IBAN %s). In mancanza, saremo costretti a sospendere i ritiri programmati dal 18/12, compresi i carichi per Colonia previsti prima di Natale, e ad addebitare gli interessi di mora ai sensi del D.Lgs. 231/2002.

Se il pagamento è già stato disposto, Vi preghiamo di inviarci la contabile. Per qualsiasi chiarimento sono raggiungibile al numero 045 8203 114.

Cordiali saluti

Chiara Colombo
Ufficio Crediti
Ferretti Trasporti S.p.A.
Via dell'Industria 34 – 37135 Verona
""" % ib
    b.body(b.alt(b.text(txt, "windows-1252"), b.html(html_outlook(txt, "IT", charset="windows-1252"), "windows-1252")))
    b.meta("Genuine urgent payment reminder from the carrier with a threat to suspend pick-ups before Christmas.",
           "Real domain and Aruba/Outlook trace from the carrier's office IP, the usual Banco BPM account, concrete invoice list, earlier reminders, correct legal basis (late-payment decree), phone number, colleague mailbox in Cc. Urgent and threatening but legitimate. Hard negative for attack 18.")


# ---------------------------------------------------------------------------
@register("business", "it", "reclamo-pasticceria-libero")
def _(b):
    sender = "anna.esposito72@libero.it"
    b.at(2026, 11, 20, 15, 33, 50, zone="IT").env(sender, "francesca.ricci@example.com")
    b.style = "webmail"
    b.via(infra.libero(b, client_ip="79.30.112.45"))
    b.frm("Anna Esposito", sender)
    b.to(("", "francesca.ricci@example.com"))
    b.subject("Reclamo copertura fondente 70% - consegna del 17/11")
    txt = """Buongiorno Francesca,

Le scrivo per la consegna di martedì 17/11 (DDT n. 8841). Nei due sacchi da 10 kg di copertura fondente 70% in gocce i callets sono in parte fusi e attaccati a blocchi, probabilmente il collo è rimasto al caldo durante il trasporto. Con questo prodotto non riesco a temperare bene e per i cioccolatini di Natale non posso rischiare.

Le chiedo se è possibile sostituire i due sacchi entro la fine della prossima settimana, altrimenti sono costretta a comprare da un altro fornitore per le feste. Tengo il prodotto a disposizione se volete ritirarlo o vederlo.

Mi faccia sapere, grazie.

Cordiali saluti
Anna Esposito
Pasticceria Dolce Vita
Via Nizza 118, Torino
tel. 011 658 2290
"""
    b.body(b.text(txt, "utf-8", "base64"))
    b.meta("Customer complaint from a small pastry shop (consumer libero.it mailbox) about melted couverture drops.",
           "Known customer's usual consumer mailbox, libero.it web-mail infrastructure, specific delivery note number and product, asks for a replacement; no link, no attachment, no payment.")


# ---------------------------------------------------------------------------
@register("business", "it", "nocciole-variazione-iban-corretta")
def _(b):
    sender = "roberto.gallo@noccioledellelanghe.it"
    b.at(2026, 12, 15, 10, 5, 37, zone="IT").env(sender, "marco.bianchi@examplegroup.eu")
    b.style = "thunderbird"
    b.via(infra.own_postfix(b, "smtp.register.it", "195.110.124.133",
                            "[192.168.1.33] (host-87-12-77-201.retail.telecomitalia.it [87.12.77.201])",
                            zone="IT", bstyle="thunderbird"))
    b.frm("Roberto Gallo", sender)
    b.to(("Marco Bianchi", "marco.bianchi@examplegroup.eu"))
    b.cc(("Giulia Russo", "giulia.russo@example.com"), ("Amministrazione Nocciole delle Langhe", "amministrazione@noccioledellelanghe.it"))
    b.subject("Comunicazione variazione coordinate bancarie dal 01/01/2027 – Nocciole delle Langhe S.r.l.")
    b.set("User-Agent", "Mozilla Thunderbird").set("Content-Language", "it")
    new, old = D.F(D.NOCCIOLE_NEW), D.F(D.NOCCIOLE_OLD)
    txt = """Gentile Dott. Bianchi,

Vi informiamo che dal 1° gennaio 2027, a seguito della riorganizzazione dei rapporti bancari della società, il nostro conto principale sarà presso Intesa Sanpaolo.

Nuove coordinate, valide per i pagamenti con scadenza dal 1° gennaio 2027:
Intesa Sanpaolo S.p.A. – Filiale di Alba
IBAN: %s

Fino al 31/12/2026 continuate pure a utilizzare le coordinate attuali (Banca d'Alba, IBAN %s), che resteranno comunque attive fino a marzo.

La comunicazione ufficiale firmata dal legale rappresentante è allegata ed è stata inviata anche via PEC all'indirizzo della Vostra società. Come da prassi, Vi chiediamo di verificare la variazione telefonando al nostro ufficio amministrativo al numero che avete in anagrafica (0173 44 18 20) prima di registrarla; non chiediamo mai conferme o pagamenti anticipati via e-mail.

Cordiali saluti

Roberto Gallo
Responsabile Commerciale
Nocciole delle Langhe S.r.l.
Strada Provinciale 3, 12051 Alba (CN) – P.IVA %s
""" % (new, old, D.NOCCIOLE_PIVA)
    pdfb = assets.invoice_pdf([
        ("Nocciole delle Langhe S.r.l.", 15, True), "Strada Provinciale 3 - 12051 Alba (CN) - P.IVA " + D.NOCCIOLE_PIVA, "",
        "Alba, 14 dicembre 2026", "", "Spett.le Example Italia S.r.l.", "Corso Francia 211 - 10139 Torino", "",
        ("Oggetto: variazione coordinate bancarie dal 1° gennaio 2027", 11, True), "",
        "Con la presente comunichiamo che per i pagamenti con scadenza dal 1° gennaio 2027",
        "le coordinate bancarie della scrivente sono le seguenti:", "",
        "Intesa Sanpaolo S.p.A. - Filiale di Alba", "IBAN " + new, "",
        "Le coordinate attuali (IBAN " + old + ") restano valide fino al 31/03/2027.",
        "Vi preghiamo di verificare la variazione telefonicamente presso il nostro ufficio amministrativo.", "",
        "Il legale rappresentante", "Giovanni Gallo",
    ], title="Variazione coordinate bancarie", author="Amministrazione", creator="Writer", producer="LibreOffice 24.8",
        created="20261214172230+01'00'")
    b.body(b.mixed(b.text(txt, "utf-8", "8bit", flowed=True),
                   b.attach("application/pdf", pdfb, "Variazione_coordinate_bancarie_2027.pdf")))
    b.meta("Genuine, properly announced bank change of the hazelnut supplier effective 1 January 2027, signed letter attached, also sent via PEC, phone verification requested.",
           "Real supplier domain on its usual provider, known contact, long lead time, old account stays valid, explicit call-back request to the number on file, colleague mailbox in Cc, no pending-payment pressure. Hard negative for attack 18 and the other bank-change attacks.")


# ---------------------------------------------------------------------------
@register("business", "it", "aruba-fattura-ricevuta-sdi")
def _(b):
    sender = "noreply@fatturazioneelettronica.aruba.it"
    b.at(2026, 11, 26, 14, 40, 18, zone="IT").env(sender, "giulia.russo@example.com")
    b.style = "generic"
    rng = b.rng

    def hops(bb):
        return [("Received", "from fe-app%02d.fatturazioneelettronica.aruba.it (unknown [10.%d.%d.%d])\n\tby smtpdh%02d.aruba.it (Postfix) with ESMTP id %s\n\tfor <%s>; %s"
                 % (rng.randrange(1, 20), rng.randrange(10, 200), rng.randrange(255), rng.randrange(255), 13,
                    infra.postfix_qid(rng), bb.rcpt, mime.rfcdate(infra.ago(bb.t, 1), "IT")))]
    b.via(infra.direct(b, "smtpdh13.aruba.it", "smtpdh13.aruba.it", "62.149.155.173", hops_fn=hops, tls="1.2", zone="IT",
                       bstyle="java", return_path="bounce-fe@fatturazioneelettronica.aruba.it"))
    b.frm("Aruba Fatturazione Elettronica", sender, "iso-8859-15")
    b.to(("", "giulia.russo@example.com"))
    b.subject("Nuova fattura ricevuta da FERRETTI TRASPORTI S.P.A. - n. 2026/5218", "iso-8859-15")
    src = """Gentile Cliente,

Le comunichiamo che nel Suo pannello di Fatturazione Elettronica è disponibile una nuova fattura passiva ricevuta tramite il Sistema di Interscambio.

Cedente/Prestatore: FERRETTI TRASPORTI S.P.A. (P.IVA %s)
Numero documento: 2026/5218
Data documento: 25/11/2026
Importo: 5.902,30 €
Identificativo SdI: 14782390518

Può visualizzare e scaricare la fattura accedendo al pannello dal sito {{fatturazioneelettronica.aruba.it|https://fatturazioneelettronica.aruba.it}} con le Sue credenziali abituali.

Questa è una e-mail generata automaticamente, si prega di non rispondere.
""" % D.FERRETTI_PIVA
    footer = "Aruba S.p.A. - Via San Clemente 53 - 24036 Ponte San Pietro (BG) - P.IVA 01573850516"
    html = brand_page(to_html(src), '<div style="background:#e2001a;color:#fff;padding:16px 32px;font-size:18px">Aruba &middot; Fatturazione Elettronica</div>',
                      footer, charset="iso-8859-15", title="Fatturazione Elettronica")
    b.body(b.alt(b.text(to_plain(src, inl_fmt="{label}") + "\n--\n" + footer + "\n", "iso-8859-15"), b.html(html, "iso-8859-15")))
    b.meta("Genuine notification from the company's e-invoicing provider (Aruba) that a supplier invoice arrived via SdI.",
           "Provider's own infrastructure, invoice data matching the real carrier, points to the provider's home page without a tokenised login link, no deadline or sanction. Hard negative for attack 19.")
