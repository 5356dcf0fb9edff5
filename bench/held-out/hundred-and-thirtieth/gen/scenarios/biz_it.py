# -*- coding: utf-8 -*-
"""Genuine business mail, Italian (17-21)."""
from .common import *  # noqa: F401,F403
from .common import S, ACC, H, loc, ol_alt, outlook_html, ol_p, pdf_doc
from .orgs import FER, sig_fer, VET
from lib import util, checks as K, company as C, systems as SY
from lib.message import scenario


def fatturapa_xml(num, date, lines, imponibile, iva, totale, iban, sdi_prog):
    det = "".join(
        "<DettaglioLinee><NumeroLinea>%d</NumeroLinea><Descrizione>%s</Descrizione><Quantita>%.2f</Quantita>"
        "<PrezzoUnitario>%.2f</PrezzoUnitario><PrezzoTotale>%.2f</PrezzoTotale><AliquotaIVA>22.00</AliquotaIVA></DettaglioLinee>"
        % (i, H(d), q, p, t) for i, (d, q, p, t) in enumerate(lines, 1))
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<p:FatturaElettronica xmlns:p="http://ivaservizi.agenziaentrate.gov.it/docs/xsd/fatture/v1.2" '
            'xmlns:ds="http://www.w3.org/2000/09/xmldsig#" versione="FPR12">\n'
            '<FatturaElettronicaHeader><DatiTrasmissione><IdTrasmittente><IdPaese>IT</IdPaese><IdCodice>%s</IdCodice></IdTrasmittente>'
            '<ProgressivoInvio>%s</ProgressivoInvio><FormatoTrasmissione>FPR12</FormatoTrasmissione><CodiceDestinatario>M5UXCR1</CodiceDestinatario></DatiTrasmissione>'
            '<CedentePrestatore><DatiAnagrafici><IdFiscaleIVA><IdPaese>IT</IdPaese><IdCodice>%s</IdCodice></IdFiscaleIVA><Anagrafica><Denominazione>FERRETTI TRASPORTI S.P.A.</Denominazione></Anagrafica>'
            '<RegimeFiscale>RF01</RegimeFiscale></DatiAnagrafici><Sede><Indirizzo>Via dell\'Industria</Indirizzo><NumeroCivico>45</NumeroCivico><CAP>37135</CAP><Comune>Verona</Comune><Provincia>VR</Provincia><Nazione>IT</Nazione></Sede></CedentePrestatore>'
            '<CessionarioCommittente><DatiAnagrafici><IdFiscaleIVA><IdPaese>IT</IdPaese><IdCodice>%s</IdCodice></IdFiscaleIVA><Anagrafica><Denominazione>EXAMPLE ITALIA S.R.L.</Denominazione></Anagrafica></DatiAnagrafici>'
            '<Sede><Indirizzo>Via Borgo Palazzo</Indirizzo><NumeroCivico>118</NumeroCivico><CAP>24125</CAP><Comune>Bergamo</Comune><Provincia>BG</Provincia><Nazione>IT</Nazione></Sede></CessionarioCommittente></FatturaElettronicaHeader>\n'
            '<FatturaElettronicaBody><DatiGenerali><DatiGeneraliDocumento><TipoDocumento>TD01</TipoDocumento><Divisa>EUR</Divisa><Data>%s</Data><Numero>%s</Numero>'
            '<ImportoTotaleDocumento>%.2f</ImportoTotaleDocumento></DatiGeneraliDocumento></DatiGenerali>\n'
            '<DatiBeniServizi>%s<DatiRiepilogo><AliquotaIVA>22.00</AliquotaIVA><ImponibileImporto>%.2f</ImponibileImporto><Imposta>%.2f</Imposta><EsigibilitaIVA>I</EsigibilitaIVA></DatiRiepilogo></DatiBeniServizi>\n'
            '<DatiPagamento><CondizioniPagamento>TP02</CondizioniPagamento><DettaglioPagamento><ModalitaPagamento>MP05</ModalitaPagamento>'
            '<DataScadenzaPagamento>2027-01-31</DataScadenzaPagamento><ImportoPagamento>%.2f</ImportoPagamento><IstitutoFinanziario>BANCO BPM S.P.A.</IstitutoFinanziario>'
            '<IBAN>%s</IBAN></DettaglioPagamento></DatiPagamento></FatturaElettronicaBody>\n</p:FatturaElettronica>\n'
            % (FER["piva"], sdi_prog, FER["piva"], C.IT_PIVA, date, num, totale, det, imponibile, iva, totale, iban))


# ---------------------------------------------------------------------------------------------
@scenario("business", 17, "it", "ferretti-fattura-copia-cortesia")
def b17(m):
    m.at("IT", 2026, 12, 1, 9, 40)
    m.mua = "m365"
    iban = m.iban(ACC["ferretti"], "Ferretti Trasporti S.p.A. – genuine account, Banco BPM")
    m.phone(FER["tel"])
    sdi = "%d" % m.rng.randrange(21000000000, 21999999999)
    m.fact("ids", ("SdI identifier", sdi))
    lines = [("Trasporto FTL Bad Vilbel – Bergamo, 33 pallet, 03/11", 1, 1480.00, 1480.00),
             ("Trasporto FTL Bad Vilbel – Verona, 33 pallet, 10/11", 1, 1620.00, 1620.00),
             ("Trasporto FTL Bad Vilbel – Bergamo, 33 pallet, 17/11", 1, 1480.00, 1480.00),
             ("Trasporto FTL Bad Vilbel – Milano, 33 pallet, 24/11", 1, 1710.00, 1710.00),
             ("Adeguamento carburante novembre (4,2 %)", 1, 264.18, 264.18)]
    imp = sum(l[3] for l in lines)
    iva = round(imp * 0.22, 2)
    tot = round(imp + iva, 2)
    prog = util.alnum(m.rng, 5, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
    xml = fatturapa_xml("2026/FT/4871", "2026-11-30", lines, imp, iva, tot, iban, prog)
    d = pdf_doc("helv", producer="Zucchetti Infinity", creator="Infinity Zucchetti", title="Fattura 2026/FT/4871",
                when=util.plus(m.date, -600), tz_min=60)
    d.letterhead("Ferretti Trasporti S.p.A.", ["%s – %s · Tel. %s · P.IVA %s" % (FER["street"], FER["city"], FER["tel"], FER["piva"])],
                 color=(0.55, 0.07, 0.1), right_lines=("FATTURA N. 2026/FT/4871", "del 30/11/2026", "Copia di cortesia"))
    d.para("Spett.le\nEXAMPLE ITALIA S.R.L.\nVia Borgo Palazzo 118\n24125 Bergamo (BG)\nP.IVA %s" % C.IT_PIVA, 10)
    d.space(8)
    d.table(["Descrizione", "Q.tà", "Importo EUR"], [[l[0], "1", util.fmt_eur(l[3])] for l in lines], [340, 50, 93], ["l", "r", "r"])
    d.kv([("Imponibile", util.fmt_eur(imp)), ("IVA 22 %", util.fmt_eur(iva)), ("Totale documento", util.fmt_eur(tot) + " EUR")], keyw=330)
    d.para("Pagamento: bonifico bancario a 60 gg d.f.f.m. (scadenza 31/01/2027) – Banco BPM S.p.A., IBAN %s" % K.iban_fmt(iban), 9)
    d.para("Documento privo di valenza fiscale ai sensi dell'art. 21 DPR 633/72. L'originale è disponibile nell'area riservata "
           "del sito dell'Agenzia delle Entrate (identificativo SdI %s)." % sdi, 8)
    pdfb = d.build()
    text = ("Gentile Cliente,\n\n"
            "in allegato trasmettiamo copia di cortesia della fattura n. 2026/FT/4871 del 30/11/2026 (trasporti novembre) "
            "di € %s.\n\n"
            "La fattura elettronica è stata regolarmente trasmessa al Sistema di Interscambio (identificativo SdI %s) "
            "e recapitata al vostro codice destinatario; il documento fiscalmente valido è quello ricevuto tramite SdI.\n\n"
            "Pagamento come da accordi: bonifico a 60 gg d.f.f.m. sul nostro conto Banco BPM (coordinate invariate).\n\n"
            "Cordiali saluti\n\nUfficio Amministrazione\nFerretti Trasporti S.p.A.\n%s – %s\nTel. %s\n"
            % (util.fmt_eur(tot), sdi, FER["street"], FER["city"], FER["tel"]))
    from lib import png as _png
    from .common import ol_alt_logo
    logo = _png.logo("wave", color=(140, 18, 26), accent=(210, 120, 120))
    body = m.mixed(ol_alt_logo(m, text, "it", "utf-8", "base64", logo, "Ferretti Trasporti"),
                   m.attach(pdfb, "application/pdf", "Fattura_2026_FT_4871.pdf"),
                   m.attach(xml.encode("utf-8"), "text/xml", "IT%s_%s.xml" % (FER["piva"], prog)))
    m.send(body, FER["amm"], [S["it_acc"]], "Copia di cortesia fattura n. 2026/FT/4871 del 30/11/2026",
           SY.m365(tenant_id=FER["tenant"], domain="ferretti-trasporti.it", lang="it-IT"))
    m.what = ("The carrier's accounts department sends the courtesy copy of its November invoice (PDF + FatturaPA XML), "
              "originally delivered via SdI.")
    m.why = ("Real Microsoft 365 tenant of the carrier (all checks pass), invoice already in the official SdI channel, "
             "payment terms unchanged, explicitly 'coordinate invariate' to the known Banco BPM account, no reply-to tricks.")
    m.pair = ([17], "carrier invoices / payment details", "Same carrier and tenant: genuine mail confirms unchanged bank details and points to SdI; the hijacked thread introduces a 'temporary' account and a Reply-To on a look-alike domain.")


# ---------------------------------------------------------------------------------------------
@scenario("business", 18, "it", "f24-interno-da-autorizzare")
def b18(m):
    m.at("IT", 2026, 12, 11, 11, 15)
    m.mua = "exchange"
    iban_eg = m.iban(ACC["eg_it"], "Example Italia S.r.l. – own account, Intesa Sanpaolo (debit account for F24)")
    text = ("Ciao Francesca,\n\n"
            "ti giro il modello F24 con scadenza 16/12/2026 preparato dallo studio Rota: IVA mese di novembre "
            "(codice tributo 6011) e ritenute sui redditi di lavoro dipendente di novembre (1001), totale EUR 18.642,37.\n\n"
            "L'ho caricato in Inbiz come F24 telematico con addebito sul conto Intesa (IBAN %s); "
            "manca solo l'autorizzazione con doppia firma: la prima la metto io lunedì, la seconda è di Katrin, che "
            "metto in copia per conoscenza.\n\n"
            "Nessuna urgenza prima di lunedì, ma non oltre mercoledì 16.\n\n"
            "Grazie, a dopo\nLuca\n\n"
            "Luca Bianchi\nContabilità\nExample Italia S.r.l. - Via Borgo Palazzo 118 - 24125 Bergamo\nTel. +39 035 4129 874\n" % K.iban_fmt(iban_eg))
    d = pdf_doc("helv", producer="Entratel", creator="F24 Online", title="Modello F24", when=util.plus(m.date, -86400), tz_min=60)
    d.heading("MODELLO DI PAGAMENTO UNIFICATO – F24", 13)
    d.kv([("Contribuente", "EXAMPLE ITALIA S.R.L. – C.F. %s" % C.IT_PIVA), ("Domicilio fiscale", "Via Borgo Palazzo 118, 24125 Bergamo (BG)"),
          ("Scadenza", "16/12/2026")], keyw=130)
    d.heading("Sezione Erario", 11)
    d.table(["Codice tributo", "Rateazione / mese rif.", "Anno di riferimento", "Importi a debito EUR"],
            [["6011", "", "2026", "11.904,12"], ["1001", "11", "2026", "6.738,25"]], [110, 130, 120, 123], ["l", "l", "l", "r"])
    d.kv([("SALDO FINALE", "EUR 18.642,37"), ("Modalità", "addebito su c/c – IBAN %s" % K.iban_fmt(iban_eg))], keyw=130)
    d.para("Predisposto da: Studio Rota Commercialisti Associati – 11/12/2026", 8)
    pdfb = d.build()
    body = m.mixed(ol_alt(m, text, "it", "iso-8859-1", "quoted-printable"),
                   m.attach(pdfb, "application/pdf", "F24_Example_Italia_scad_16-12-2026.pdf"))
    m.send(body, S["it_acc"], [S["it_om"]], "F24 scadenza 16/12 – IVA novembre e ritenute (da autorizzare in Inbiz)",
           SY.exchange_internal("EXCH02", "EXCH01"), cc=[S["cfo"]], rcpt=[S["it_om"][1], S["cfo"][1]])
    m.what = ("Internal: the Bergamo accountant forwards the F24 tax payment (VAT + withholding, due 16 Dec) prepared by "
              "the external accountant; already loaded in Inbiz, needs dual signature.")
    m.why = ("Internal Exchange mail between colleagues, refers to the normal Inbiz dual-authorisation process and the "
             "company's own account, amounts consistent, no external links or logins.")
    m.pair = ([18, 19], "Italian tax payment / Inbiz", "Tax matters and Inbiz in a genuine internal workflow; the attacks impersonate the Agenzia delle Entrate (password ZIP with script) or Intesa Inbiz (certificate 'update' link).")


# ---------------------------------------------------------------------------------------------
@scenario("business", 19, "it", "vetreria-conferma-ordine")
def b19(m):
    m.at("IT", 2026, 11, 30, 15, 12)
    m.mua = "outlook"
    m.hdr_cs, m.hdr_enc = "windows-1252", "Q"
    iban = m.iban(ACC["vetreria"], "Vetreria Bergamasca S.p.A. – genuine account, UniCredit")
    frm = ("Giulia Ferri", "ordini@vetreria-bergamasca.it")
    m.phone(VET["tel"])
    text = ("Buongiorno Francesca,\n\n"
            "vi confermiamo la ricezione dell'anticipo del 30%% (EUR 86.400,00) relativo al vostro ordine 4500187342 e "
            "vi inviamo in allegato la conferma d'ordine definitiva OV-26-03318.\n\n"
            "Produzione: forno 2, settimana 49; consegna franco vostro magazzino di Bad Vilbel in tre lotti nelle "
            "settimane 50, 51 e 2/2027 (24 bilici da 33 pallet). Il saldo è a 60 giorni data consegna sulle consuete "
            "coordinate UniCredit.\n\n"
            "Per cortesia, inoltrate la conferma anche al Sig. Braun, a cui l'ho già messa in copia.\n\n"
            "Cordiali saluti\n\nGiulia Ferri\nUfficio Ordini\nVetreria Bergamasca S.p.A.\n%s – %s\nTel. %s – %s\n"
            % (VET["street"], VET["city"], VET["tel"], VET["web"]))
    d = pdf_doc("helv", producer="SAP NetWeaver 7.50", creator="SAP", title="Conferma d'ordine OV-26-03318",
                when=util.plus(m.date, -900), tz_min=60)
    d.letterhead("Vetreria Bergamasca S.p.A.", ["%s – %s · P.IVA %s" % (VET["street"], VET["city"], VET["piva"])],
                 color=(0.1, 0.45, 0.35), right_lines=("CONFERMA D'ORDINE", "N. OV-26-03318", "Data 30/11/2026", "Vs. ordine 4500187342"))
    d.para("Example Group GmbH\nAm Quellenpark 3\n61118 Bad Vilbel (Germania)", 10)
    d.table(["Articolo", "Descrizione", "Quantità", "Prezzo/1000", "Importo EUR"],
            [["VB-070-MW", "Bottiglia vetro 0,7 l Mehrweg, bianco, GME 30.06", "480.000", "600,00", "288.000,00"]],
            [70, 220, 65, 65, 83], ["l", "l", "r", "r", "r"])
    d.kv([("Anticipo 30% ricevuto", "86.400,00"), ("Saldo a 60 gg d.c.", "201.600,00"),
          ("Resa", "DAP Bad Vilbel (Incoterms 2020)"), ("Coordinate", "UniCredit S.p.A. – IBAN %s" % K.iban_fmt(iban))], keyw=150)
    pdfb = d.build()
    body = m.mixed(ol_alt(m, text, "it", "windows-1252", "quoted-printable"),
                   m.attach(pdfb, "application/pdf", "Conferma_ordine_OV-26-03318.pdf", style="outlook"))
    m.send(body, frm, [S["it_om"]], "Conferma d'ordine OV-26-03318 – vs. ordine 4500187342 (bottiglie 0,7 l)",
           SY.aruba(client_name="UFFORDINI-PC"), cc=[S["proc"]], rcpt=[S["it_om"][1], S["proc"][1]])
    m.what = ("The glass-bottle supplier confirms receipt of the 30 % prepayment and sends the final order confirmation "
              "(PDF) with production week and delivery lots.")
    m.why = ("Known supplier via Aruba (SPF pass, Aruba DKIM), consistent with the internal approval in business/03 "
             "(order 4500187342, 86,400 EUR), balance to the usual UniCredit account, purchasing manager in copy.")


# ---------------------------------------------------------------------------------------------
@scenario("business", 20, "it", "ferretti-adobe-sign-contratto-2027")
def b20(m):
    m.at("IT", 2026, 12, 16, 10, 2)
    m.mua = "javamail"
    link = m.url("https://secure.eu1.adobesign.com/public/esignWidget?wid=CBFCIBAA3AAABLblqZhBn4xQ8vT2cK9sLm1dRe7gYp0wZ3uHf6JkNqXa&aid=CBJCHBCAABAA5v9RkP2tYq&hosted=false")
    text = ("Chiara Colombo (Ferretti Trasporti S.p.A.) ha richiesto la tua firma su Contratto quadro trasporti 2027 – Example Italia S.r.l.\n\n"
            "Rivedi e firma: %s\n\n"
            "Messaggio di Chiara Colombo:\n"
            "Buongiorno Francesca, come anticipato al telefono ieri ti invio il contratto quadro 2027 con le tariffe FTL "
            "concordate (listino allegato B) e la clausola di adeguamento carburante invariata. Le firme lato Ferretti sono "
            "già apposte. Per qualsiasi dubbio chiamami pure al %s. Grazie, Chiara\n\n"
            "Dopo aver firmato Contratto quadro trasporti 2027 – Example Italia S.r.l., tutte le parti riceveranno una copia "
            "finale tramite e-mail.\n\n"
            "Non inoltrare questa e-mail: se la inoltri, altre persone potranno accedere al documento.\n" % (link, FER["colombo_tel"]))
    m.phone(FER["colombo_tel"])
    html = ('<!DOCTYPE html><html><head><meta charset="UTF-8"></head><body style="background:#f5f5f5;margin:0">'
            '<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:28px 0">'
            '<table width="580" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:adobe-clean,Helvetica,Arial,sans-serif;color:#2c2c2c">'
            '<tr><td style="padding:28px 40px 0 40px"><img src="https://secure.eu1.adobesign.com/images/email/acrobat-sign-logo.png" width="160" alt="Adobe Acrobat Sign"></td></tr>'
            '<tr><td style="padding:24px 40px;font-size:20px;line-height:28px">Chiara Colombo (Ferretti Trasporti S.p.A.) ha richiesto la tua firma su <b>Contratto quadro trasporti 2027 – Example Italia S.r.l.</b></td></tr>'
            '<tr><td style="padding:0 40px 24px 40px"><a href="%s" style="background:#1473e6;color:#fff;font-size:15px;font-weight:bold;padding:11px 22px;border-radius:16px;text-decoration:none">Rivedi e firma</a></td></tr>'
            '<tr><td style="padding:0 40px 24px 40px;font-size:14px;line-height:21px;border-top:1px solid #e1e1e1"><br><b>Messaggio di Chiara Colombo:</b><br>'
            'Buongiorno Francesca, come anticipato al telefono ieri ti invio il contratto quadro 2027 con le tariffe FTL concordate (listino allegato B) e la clausola di '
            'adeguamento carburante invariata. Le firme lato Ferretti sono già apposte. Per qualsiasi dubbio chiamami pure al %s. Grazie, Chiara</td></tr>'
            '<tr><td style="padding:0 40px 28px 40px;font-size:12px;color:#6e6e6e">Dopo aver firmato Contratto quadro trasporti 2027 – Example Italia S.r.l., tutte le parti '
            'riceveranno una copia finale tramite e-mail.<br><br>Non inoltrare questa e-mail: se la inoltri, altre persone potranno accedere al documento.</td></tr>'
            '</table></td></tr></table></body></html>' % (H(link), FER["colombo_tel"]))
    body = m.alt(m.plain(text, "UTF-8", "quoted-printable", style="quoted"), m.html(html, "UTF-8", "quoted-printable"))
    m.send(body, ("Chiara Colombo tramite Acrobat Sign", "adobesign@adobesign.com"), [S["it_om"]],
           "Firma richiesta: Contratto quadro trasporti 2027 – Example Italia S.r.l.",
           SY.ses("eu-west-1", custom_dkim=("adobesign.com", "eu1sign")),
           reply_to=FER["colombo"],
           env_from="0102019b2a91c3d7-6e4f0b18-93a2-4c7d-8e15-d2b0f7a3c649-000000@bounce.eu1.adobesign.com")
    m.what = ("Adobe Acrobat Sign request from the carrier's contact Chiara Colombo for the 2027 framework contract, "
              "announced by phone the day before.")
    m.why = ("Same platform as attack/20 but initiated by the known contact: reply-to her corporate address, "
             "content matches agreed tariffs, she invites a phone call with her known number.")
    m.pair = ([20], "Adobe Acrobat Sign request", "Both are genuine Acrobat Sign mails; the difference is the account behind them: known contact, corporate reply-to and prior phone call here, an anonymous account with Gmail reply-to in the attack.")


# ---------------------------------------------------------------------------------------------
@scenario("business", 21, "it", "vetreria-questionario-google-forms")
def b21(m):
    m.at("IT", 2026, 10, 22, 10, 48)
    m.mua = "outlook"
    frm = VET["rinaldi"]
    link = m.url("https://forms.gle/Xk3vQ9pL2mN7rT4s8")
    m.phone(VET["rinaldi_tel"])
    text = ("Buongiorno Francesca,\n\n"
            "come ogni anno, nell'ambito del nostro sistema qualità ISO 9001 chiediamo ai clienti di valutare il servizio "
            "(puntualità delle consegne, qualità del vetro, assistenza tecnica sulle linee di imbottigliamento).\n\n"
            "Il questionario è anonimo, richiede circa 5 minuti e non chiede dati di accesso di alcun tipo:\n"
            "%s\n\n"
            "Se preferite, posso anche passare da voi a Bergamo a inizio novembre e compilarlo insieme.\n\n"
            "Grazie mille per la collaborazione!\n\n"
            "Marco Rinaldi\nArea Manager Nord Italia / DACH\nVetreria Bergamasca S.p.A.\nCell. %s\n%s\n" % (link, VET["rinaldi_tel"], VET["web"]))
    body = ol_alt(m, text, "it", "utf-8", "quoted-printable")
    m.send(body, frm, [S["it_om"]], "Questionario soddisfazione clienti 2026 – Vetreria Bergamasca", SY.aruba(client_name="MRINALDI-NB"))
    m.what = "The glass supplier's area manager asks the Bergamo office to fill in the annual ISO 9001 customer-satisfaction survey (Google Forms link)."
    m.why = ("Known contact via the supplier's Aruba mail (SPF pass), anonymous survey with a forms.gle link that asks for "
             "no credentials, offers a personal visit instead.")
    m.pair = ([21], "Google Forms link", "A Google Form is harmless when it is a survey from a known contact; in attack/21 the Form itself impersonates IT and collects mailbox credentials, delivered through Google's receipt mechanism.")
