"""Business messages 17-21 (Italian)."""
import hashlib

from lib import base, clients, containers, docs, infra, mime, pec, util
from lib import company as C
from lib.base import Multipart, Part, att, bnd, finish, mk
from lib.util import local

F = C.FERR
E = C.ENT["IT"]
ITEMS = [("Trasporto andata Milano (Rho) - Fiera Milano EICMA, bilico 13,6 m, montaggio 30/10/2026", 1, 2860.00),
         ("Trasporto ritorno EICMA - magazzino Rho, bilico 13,6 m, smontaggio 11/11/2026", 1, 2860.00),
         ("Sosta/attesa area carico fiera (3 h) e sponda idraulica", 1, 380.00)]


def b17():
    m = mk("17-it-ferretti-copia-cortesia-fattura", "business", "it")
    m.t = local("IT", 2026, 11, 13, 9, 12, 33)
    m.from_ = F["amm"]
    m.to = [C.S("acc_it")]
    m.cc = [F["colombo"]]
    m.rcpt = "giovanni.esposito@example.com"
    m.subject = "Copia di cortesia fattura n. 2026/FT/01873 - trasporti EICMA"
    m.hcs = "iso-8859-1"
    m.hmode = "Q"
    infra.m365_prepare(m, "eurprd03", server=F["server"])
    bank = F["bank"]
    paras = ["Buongiorno,",
             "in allegato la copia di cortesia della fattura n. 2026/FT/01873 del 12/11/2026 relativa ai trasporti per "
             "EICMA 2026. La fattura elettronica è stata trasmessa tramite SDI al Vostro codice destinatario M5UXCR1; "
             "la presente copia non ha valore fiscale.",
             "Pagamento: bonifico bancario a 30 gg d.f. sulle coordinate di sempre (Banco BPM, IBAN in fattura). Le "
             "nostre coordinate bancarie non sono cambiate; eventuali comunicazioni di variazione Vi arriverebbero "
             "solo con lettera firmata e conferma telefonica dell'amministrazione.",
             "Cordiali saluti"]
    sig = ["Amministrazione", "Ferretti Trasporti S.p.A.", "Via Enrico Mattei 45 - 20098 San Giuliano Milanese (MI)",
           "Tel. +39 02 9828 4410 - P.IVA " + F["vat"][2:]]
    seller = dict(name="Ferretti Trasporti S.p.A.", zone="IT",
                  lines=["Via Enrico Mattei 45 · 20098 San Giuliano Milanese (MI)", "P.IVA %s · Tel. +39 02 9828 4410" % F["vat"][2:]],
                  footer=["Ferretti Trasporti S.p.A. · Cap. soc. € 1.200.000 i.v. · P.IVA " + F["vat"][2:],
                          "Copia di cortesia – documento non valido ai fini fiscali (art. 21 DPR 633/72). L'originale è "
                          "trasmesso tramite SDI."])
    buyer = dict(name=E["name"], lines=["Via Giuseppe Di Vittorio 12", "20017 Rho (MI)", "P.IVA %s · Cod. dest. %s" % (
        E["vat"][2:], E["sdi"])])
    meta = [("Fattura n.", "2026/FT/01873"), ("Data", "12/11/2026"), ("Cod. cliente", "C-0718"),
            ("Vs. riferimento", "EICMA 2026 / M. Bianchi"), ("Scadenza", "12/12/2026")]
    pdfb, tot = docs.invoice_pdf(
        m, "it", seller, buyer, meta, ITEMS, 22,
        ["Intestatario: Ferretti Trasporti S.p.A.", "%s · IBAN %s · BIC %s" % (bank[0], util.iban_fmt(bank[2]), bank[1])],
        notes=["Pagamento: bonifico bancario 30 gg data fattura."], creator="TeamSystem Enterprise",
        producer="TeamSystem Enterprise", color=(0.55, 0.08, 0.1), t=local("IT", 2026, 11, 12, 17, 5))
    pdfp = att(m, pdfb, "application/pdf", "FT_2026_01873_copia_cortesia.pdf", "outlook")
    m.root = base.outlook_body(m, paras, sig, lang="it", cs="iso-8859-1", atts=[pdfp], font="Calibri")
    m.system = (infra.m365, dict(tenant_domain="ferretti-trasporti.it", region="eurprd03", lang="it-IT",
                                 tenant_id=F["tenant_id"]))
    return finish(m, "Carrier's accounts department sends a courtesy copy of the EICMA transport invoice; the legal "
                     "e-invoice went through SDI; bank details unchanged.",
                  "Genuine supplier invoice mail: correct domain ferretti-trasporti.it in its M365 tenant, known IBAN, "
                  "refers to SDI, explicitly states that bank changes come only with signed letter and phone call.",
                  hard_neg=(["17-it-lookalike-ferretti-variazione-iban"], "Ferretti Trasporti invoices / bank details",
                            "Real domain, unchanged Banco BPM account, matching SDI e-invoice"),
                  phones=["+39 02 9828 4410"])


def _fattura_xml(prog, number, date, due):
    from xml.sax.saxutils import escape as e
    net = round(sum(q * p for _, q, p in ITEMS), 2)
    vat = round(net * 0.22, 2)
    lines = "".join(
        "<DettaglioLinee><NumeroLinea>%d</NumeroLinea><Descrizione>%s</Descrizione><Quantita>%.2f</Quantita>"
        "<PrezzoUnitario>%.2f</PrezzoUnitario><PrezzoTotale>%.2f</PrezzoTotale><AliquotaIVA>22.00</AliquotaIVA>"
        "</DettaglioLinee>" % (i, e(d), q, p, q * p) for i, (d, q, p) in enumerate(ITEMS, 1))
    piva = F["vat"][2:]
    xml = ('<?xml version="1.0" encoding="UTF-8"?>\n'
           '<p:FatturaElettronica versione="FPR12" xmlns:ds="http://www.w3.org/2000/09/xmldsig#" '
           'xmlns:p="http://ivaservizi.agenziaentrate.gov.it/docs/xsd/fatture/v1.2" '
           'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n'
           '<FatturaElettronicaHeader><DatiTrasmissione><IdTrasmittente><IdPaese>IT</IdPaese><IdCodice>%s</IdCodice>'
           '</IdTrasmittente><ProgressivoInvio>%s</ProgressivoInvio><FormatoTrasmissione>FPR12</FormatoTrasmissione>'
           '<CodiceDestinatario>%s</CodiceDestinatario></DatiTrasmissione>'
           '<CedentePrestatore><DatiAnagrafici><IdFiscaleIVA><IdPaese>IT</IdPaese><IdCodice>%s</IdCodice></IdFiscaleIVA>'
           '<Anagrafica><Denominazione>FERRETTI TRASPORTI S.P.A.</Denominazione></Anagrafica><RegimeFiscale>RF01'
           '</RegimeFiscale></DatiAnagrafici><Sede><Indirizzo>VIA ENRICO MATTEI 45</Indirizzo><CAP>20098</CAP>'
           '<Comune>SAN GIULIANO MILANESE</Comune><Provincia>MI</Provincia><Nazione>IT</Nazione></Sede>'
           '</CedentePrestatore><CessionarioCommittente><DatiAnagrafici><IdFiscaleIVA><IdPaese>IT</IdPaese><IdCodice>%s'
           '</IdCodice></IdFiscaleIVA><Anagrafica><Denominazione>EXAMPLE GROUP ITALIA S.R.L.</Denominazione>'
           '</Anagrafica></DatiAnagrafici><Sede><Indirizzo>VIA GIUSEPPE DI VITTORIO 12</Indirizzo><CAP>20017</CAP>'
           '<Comune>RHO</Comune><Provincia>MI</Provincia><Nazione>IT</Nazione></Sede></CessionarioCommittente>'
           '</FatturaElettronicaHeader>\n<FatturaElettronicaBody><DatiGenerali><DatiGeneraliDocumento><TipoDocumento>TD01'
           '</TipoDocumento><Divisa>EUR</Divisa><Data>%s</Data><Numero>%s</Numero><ImportoTotaleDocumento>%.2f'
           '</ImportoTotaleDocumento></DatiGeneraliDocumento></DatiGenerali><DatiBeniServizi>%s<DatiRiepilogo>'
           '<AliquotaIVA>22.00</AliquotaIVA><ImponibileImporto>%.2f</ImponibileImporto><Imposta>%.2f</Imposta>'
           '<EsigibilitaIVA>I</EsigibilitaIVA></DatiRiepilogo></DatiBeniServizi><DatiPagamento><CondizioniPagamento>TP02'
           '</CondizioniPagamento><DettaglioPagamento><ModalitaPagamento>MP05</ModalitaPagamento>'
           '<DataScadenzaPagamento>%s</DataScadenzaPagamento><ImportoPagamento>%.2f</ImportoPagamento>'
           '<IstitutoFinanziario>BANCO BPM S.P.A.</IstitutoFinanziario><IBAN>%s</IBAN></DettaglioPagamento>'
           '</DatiPagamento></FatturaElettronicaBody>\n</p:FatturaElettronica>\n' % (
               piva, prog, E["sdi"], piva, E["vat"][2:], date, number, net + vat, lines, net, vat, due, net + vat,
               F["bank"][2]))
    return xml.encode("utf-8")


def b18():
    m = mk("18-it-pec-sdi-fattura-elettronica", "business", "it")
    t = local("IT", 2026, 11, 12, 18, 40, 7)
    m.rcpt = "giovanni.esposito@example.com"
    prog = "0A7X3"
    fname = "IT%s_%s.xml" % (F["vat"][2:], prog)
    xml = _fattura_xml(prog, "2026/FT/01873", "2026-11-12", "2026-12-12")
    idsdi = "158974625%02d" % m.r.randint(10, 99)
    inner_mid = "%s@pec.fatturapa.it" % util.rand_hex(m.r, 24)
    meta = ('<?xml version="1.0" encoding="UTF-8"?>\n<ns2:FileMetadati xmlns:ns2="http://ivaservizi.agenziaentrate.gov.it/'
            'docs/xsd/file/v1.0" versione="1.0"><IdentificativoSdI>%s</IdentificativoSdI><NomeFile>%s</NomeFile>'
            '<Hash>%s</Hash><CodiceDestinatario>%s</CodiceDestinatario><Formato>FPR12</Formato>'
            '<TentativiInvio>1</TentativiInvio><MessageId>%d</MessageId></ns2:FileMetadati>\n' % (
                idsdi, fname, hashlib.sha256(xml).hexdigest(), E["sdi"], m.r.randint(10 ** 10, 10 ** 11))).encode("utf-8")
    itext = "Il Sistema di Interscambio trasmette in allegato il file %s (IdentificativoSdI %s).\n" % (fname, idsdi)
    iroot = Multipart("mixed", [Part("text/plain", itext.encode("utf-8"), charset="UTF-8", cte="7bit"),
                                Part("application/xml", xml, cte="base64", filename=fname, disposition="attachment"),
                                Part("application/xml", meta, cte="base64", filename="IT%s_%s_MT_001.xml" % (F["vat"][2:], prog),
                                     disposition="attachment")],
                      "----=_Part_%d_%d.%d" % (m.r.randint(10 ** 5, 10 ** 6), m.r.randint(10 ** 8, 10 ** 9), m.r.randint(10 ** 12, 10 ** 13)))
    sdi = "sdi%02d@pec.fatturapa.it" % m.r.randint(1, 40)
    ih = [("Return-Path", "<%s>" % sdi), ("Date", util.rfc2822(t, "IT")), ("From", sdi), ("To", E["pec"]),
          ("Message-ID", "<%s>" % inner_mid), ("Subject", "Invio File %s" % idsdi), ("MIME-Version", "1.0")]
    iraw = mime.render(ih, iroot)
    pec.envelope(m, iraw, "Invio File %s" % idsdi, inner_mid, sdi, E["pec"], "Sogei S.p.A.", "pec.fatturapa.it",
                 t + util._dt.timedelta(seconds=2))
    return finish(m, "Certified-mail delivery from the Italian e-invoicing exchange (SDI) to the company's PEC box, "
                     "forwarded to the accountant: FatturaPA XML of the carrier's invoice plus SDI metadata file.",
                  "Genuine PEC/SDI delivery: envelope from the SDI's certified domain, XML invoice whose data and IBAN "
                  "match the courtesy copy (business/17), metadata hash matches the file; no executable content.",
                  hard_neg=(["18-it-pec-compromessa-fattura-zip-js"], "Invoice delivered by PEC",
                            "Sender is the SDI, attachment is the FatturaPA XML itself, metadata hash verifies"),
                  other=["IdentificativoSdI %s; FatturaPA file %s" % (idsdi, fname)])


def b19():
    m = mk("19-it-aruba-pec-rinnovo-in-scadenza", "business", "it")
    m.t = local("IT", 2026, 12, 1, 7, 30, 2)
    m.from_ = ("Aruba PEC", "comunicazioni@staff.aruba.it")
    m.to = [C.S("om_it")]
    m.rcpt = "francesca.ricci@example.com"
    m.subject = "La casella PEC examplegroupitalia@pec.it scade il 15/01/2027"
    title = "La tua casella PEC è in scadenza"
    paras = ["Gentile Francesca Ricci,",
             "ti ricordiamo che la casella **examplegroupitalia@pec.it** (contratto PEC Pro, rinnovo manuale) scadrà il "
             "**15/01/2027**.",
             "Per rinnovarla accedi all'Area Clienti dal sito aruba.it con le tue credenziali, sezione Rinnovi. Se "
             "hai attivato il rinnovo automatico non devi fare nulla.",
             "Aruba non ti chiederà mai di inserire password o dati della carta di pagamento tramite link contenuti "
             "in una email: accedi sempre digitando l'indirizzo del sito nel browser."]
    footer = ["Aruba PEC S.p.A. · Gestore accreditato AgID · Via San Clemente 53, 24036 Ponte San Pietro (BG)",
              "[aruba.it](https://www.aruba.it) · [Guide PEC](https://guide.pec.it)"]
    html = clients.notif_html("Aruba PEC", "#f27b00", title, paras, None, footer, "it", logo_text="Aruba.it · PEC")
    text = clients.notif_text(title, paras, None, footer)
    m.root = base.html_alt(m, text, html, "utf-8", "quoted-printable", "quoted-printable", kind="java")
    m.system = (infra.platform, dict(host="smtpdh20-2.aruba.it", ip="62.149.155.150",
                                     dkim_list=[("staff.aruba.it", "a1", "From:To:Subject:Date:Message-ID:MIME-Version")],
                                     msgid="%s.%s@staff.aruba.it" % (util.rand_hex(m.r, 12), util.rand_hex(m.r, 8)),
                                     envfrom="bounce-rinnovi@staff.aruba.it", dmarc="pass"))
    return finish(m, "PEC provider reminds the office manager that the company's PEC mailbox expires on 15/01/2027; "
                     "renew via the customer area, no link to a payment page.",
                  "Genuine provider notice: Aruba's own infrastructure and DKIM, realistic date, tells users not to "
                  "follow mail links for passwords or card data.",
                  hard_neg=(["19-it-aruba-pec-scadenza-canva"], "PEC mailbox expiry/renewal",
                            "Provider domain with DKIM, no link to enter data, expiry weeks away instead of 48 h"))


def b20():
    m = mk("20-it-intesa-inbiz-bonifico-eseguito", "business", "it")
    m.t = local("IT", 2026, 12, 11, 12, 5, 44)
    m.from_ = ("Intesa Sanpaolo", "inbiz-notifiche@intesasanpaolo.com")
    m.to = [(None, "giovanni.esposito@example.com")]
    m.rcpt = "giovanni.esposito@example.com"
    m.subject = "Inbiz - Disposizione eseguita: bonifico SEPA a FERRETTI TRASPORTI S.P.A."
    title = "Disposizione eseguita"
    paras = ["Gentile Cliente,",
             "ti informiamo che la seguente disposizione è stata eseguita:",
             "Tipo: Bonifico SEPA\nOrdinante: EXAMPLE GROUP ITALIA S.R.L.\nBeneficiario: FERRETTI TRASPORTI S.P.A.\n"
             "IBAN beneficiario: IT** **** **** **** **** ***4 417\nImporto: 7.442,00 EUR\nData esecuzione: 11/12/2026\n"
             "Causale: Saldo fattura 2026/FT/01873",
             "Puoi consultare il dettaglio nella sezione Pagamenti > Stato disposizioni di Inbiz.",
             "Questa è una notifica automatica: non contiene link di accesso e non richiede alcuna azione. Intesa "
             "Sanpaolo non ti chiederà mai codici O-Key o credenziali via email, SMS o telefono."]
    footer = ["Intesa Sanpaolo S.p.A. · Piazza San Carlo 156 · 10121 Torino · Gruppo IVA Intesa Sanpaolo P.IVA 11991500015"]
    html = clients.notif_html("Intesa Sanpaolo", "#1a6f3f", title, paras, None, footer, "it", logo_text="Intesa Sanpaolo · Inbiz")
    text = clients.notif_text(title, paras, None, footer)
    m.root = base.html_alt(m, text, html, "iso-8859-1", "quoted-printable", "quoted-printable", kind="java")
    m.system = (infra.platform, dict(host="mailout2.intesasanpaolo.com", ip="192.0.2.120",
                                     dkim_list=[("intesasanpaolo.com", "isp2026", "From:To:Subject:Date:Message-ID")],
                                     msgid="INBIZ.%s.%s@intesasanpaolo.com" % (util.rand_hex(m.r, 14, upper=True),
                                                                              util.rand_hex(m.r, 6, upper=True)),
                                     envfrom="bounce-inbiz@intesasanpaolo.com", dmarc="none"))
    return finish(m, "Business-banking notification: SEPA transfer to the carrier executed (amount and reference of "
                     "the real invoice), no link.",
                  "Genuine bank notice: bank's own domain with DKIM, content matches an actual payment (business/17, "
                  "business/18), no login link, no QR code.",
                  hard_neg=(["20-it-intesa-inbiz-okey-quishing"], "Intesa Sanpaolo Inbiz notification",
                            "Informational only, no QR/login, data consistent with the company's own payments"))


def b21():
    m = mk("21-it-canva-condivisione-render-eicma", "business", "it")
    m.t = local("IT", 2026, 10, 15, 15, 48, 30)
    m.from_ = ("Canva", "no-reply@canva.com")
    m.reply_to = ("Marco Bianchi", "marco.bianchi@example.com")
    m.to = [(None, "francesca.ricci@example.com")]
    m.rcpt = "francesca.ricci@example.com"
    m.subject = "Marco Bianchi ti ha invitato a modificare «Render stand EICMA 2026 - Moto Valdarno»"
    url = "https://www.canva.com/design/DAGq2Lm8TzE/%s/edit?utm_content=DAGq2Lm8TzE&utm_campaign=designshare&utm_medium=link2&utm_source=sharebutton" % util.rand_alnum(m.r, 22)
    title = "Marco Bianchi ti ha invitato a modificare un design"
    paras = ["**Render stand EICMA 2026 - Moto Valdarno**",
             "«Ciao Francesca, ecco le tavole per la presentazione di venerdì: manca solo il logo nuovo del cliente "
             "sulla pagina 4. Grazie! Marco»"]
    footer = ["Hai ricevuto questa email perché Marco Bianchi (marco.bianchi@example.com) ha condiviso un design con te.",
              "Canva®, 110 Kippax St, Surry Hills NSW 2010, Australia"]
    html = clients.notif_html("Canva", "#7d2ae8", title, paras, ("Apri il design", url), footer, "it", logo_text="Canva")
    text = clients.notif_text(title, paras, ("Apri il design", url), footer)
    m.root = base.html_alt(m, text, html, "UTF-8", "quoted-printable", "quoted-printable", kind="ses")
    m.system = (infra.ses, dict(region="us-east-1"))
    return finish(m, "Canva notification: the Italian project manager shared the EICMA render presentation with the "
                     "office manager for editing.",
                  "Genuine platform share: Canva's infrastructure, sharer is a colleague with the corporate address in "
                  "Reply-To, link opens the design editor, expected internal collaboration.",
                  hard_neg=(["19-it-aruba-pec-scadenza-canva"], "Canva design link",
                            "Share from a known colleague inside Canva itself, not a Canva page used as a redirect "
                            "from an unrelated sender"))


MESSAGES = [b17, b18, b19, b20, b21]
