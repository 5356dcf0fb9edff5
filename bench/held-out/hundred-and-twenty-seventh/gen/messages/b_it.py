"""Business messages, Italian (17-21)."""
import base64

from lib.kit import (message, outlook_html, finalize_html, gmail_html, html_escape, quote_plain, outlook_body,
                     outlook_quote, gmail_body, tb_body)
from lib import systems as S, world as W, ident as I, docs, office, mime
from lib.mime import Part
from lib.util import at, plus, rfc_date, rhex, rstr, ruuid, rb64, rb64url, ALNUM

FE = W.FERRETTI
IT = W.OFF["IT"]
EG_IT = ["Example Group Italia S.r.l.", "Amministrazione", "Via Trieste 212", "48122 Ravenna (RA)"]


def ferretti_invoice(m, t, no, date, items, order):
    bank = FE["bank"]
    return docs.invoice_pdf(
        m, "it", dict(name="Ferretti Trasporti S.p.A.", tag=["Autotrasporti · Trasporti eccezionali · Logistica"],
                      lines=["Ferretti Trasporti S.p.A.", "Via Classicana 141", "48122 Ravenna (RA)", "Tel. +39 0544 453 211",
                             "amministrazione@ferretti-trasporti.it", "P.IVA %s" % FE["piva"]],
                      short=["Ferretti Trasporti S.p.A.", "Via Classicana 141", "48122 Ravenna"]),
        EG_IT, [("Fattura n.", no), ("Data", date), ("Codice cliente", "C-00877"), ("Vs. ordine", order),
                ("Cod. destinatario SdI", "M5UXCR1")],
        items, 22,
        ["Pagamento: bonifico bancario 60 gg d.f.f.m.", "%s · BIC %s" % (bank[0], bank[1]), "IBAN %s" % I.iban_fmt(bank[2])],
        [["Ferretti Trasporti S.p.A.", "Via Classicana 141 - 48122 Ravenna", "Cap. soc. EUR 1.200.000 i.v."],
         ["P.IVA / C.F. %s" % FE["piva"], "REA RA-118842", "Iscr. Albo Autotrasportatori RA/4471822/T"],
         ["Copia di cortesia - il documento fiscale", "è trasmesso tramite il Sistema di", "Interscambio (SdI)"]],
        t, 60, creator="TeamSystem Enterprise", producer="TeamSystem Report Server", color=(20, 90, 60),
        notes=dict(intro="Copia di cortesia del documento trasmesso al Sistema di Interscambio."))


# ---------------------------------------------------------------------------------------------
@message("business", "17-it-ferretti-fattura-copia-cortesia")
def b17(m):
    r = m.r
    t = at(2026, 10, 30, 12, 10, 44, zone="IT")
    m.ms_ids("eurprd08")
    items = [("Trasporto eccezionale tubazioni galleggianti DN800\nRavenna (banchina Marcegaglia) - Porto Corsini, 6 viaggi", 6,
              "viaggi", 1450.00),
             ("Scorta tecnica e permessi trasporto eccezionale\nProvincia di Ravenna, autorizzazione n. 2026/TE/3318", 1, "forf.", 980.00),
             ("Noleggio gru semovente 60 t con operatore\ncarico/scarico pompa booster, 2 giornate", 2, "gg", 1150.00)]
    pdfb, net, vat, gross = ferretti_invoice(m, t, "2026/1184", "30/10/2026", items, "PO-IT-2026-0417")
    text = ("Buongiorno,\n\n"
            "in allegato trasmettiamo copia di cortesia della fattura n. 2026/1184 del 30/10/2026, relativa ai trasporti "
            "eccezionali delle tubazioni galleggianti per il cantiere di Porto Corsini (Vs. ordine PO-IT-2026-0417).\n\n"
            "Il documento fiscale originale è stato trasmesso tramite il Sistema di Interscambio al Vs. codice "
            "destinatario.\n\nCordiali saluti\n\nUfficio Amministrazione\nFerretti Trasporti S.p.A.\n"
            "Via Classicana 141 - 48122 Ravenna\nTel. +39 0544 453 211\n")
    root = outlook_body(m, text, "iso-8859-1", "IT",
                        attachments=[m.attach(pdfb, "application/pdf", "FT_2026_1184_EXAMPLE GROUP ITALIA.pdf",
                                              style="outlook", size=True)])
    ctx = m.ctx(t, FE["people"]["amm"][:2], [W.st("marco")], "Copia di cortesia fattura n. 2026/1184 del 30/10/2026",
                root, zone="IT", subj_cs="iso-8859-1", subj_enc="Q")
    res = S.m365(ctx, "ferretti-trasporti.it", region="eurprd08", eop="EUR05-DB8-obe", ids=m.ms, accept="it-IT, en-US",
                 has_attach=True, dmarc=("pass", "quarantine"), lang_code="it")
    m.facts(iban=[FE["bank"][2]])
    m.phone("+39 0544 453 211")
    m.describe("Carrier's administration sends the courtesy PDF copy of an invoice for oversize transports of floating "
               "pipelines (the fiscal original goes through SdI).",
               "Genuine: Ferretti's Microsoft 365 tenant (DKIM/DMARC pass), references our PO, IBAN matches the vendor "
               "master and the SdI XML, ordinary PDF attachment.",
               pair="A18 (compromised Ferretti mailbox), A19 (fake invoice SVG)")
    return m.finish(ctx, res)


# ---------------------------------------------------------------------------------------------
@message("business", "18-it-ferretti-condivisione-onedrive-reale")
def b18(m):
    r = m.r
    t = at(2026, 11, 24, 9, 3, 31, zone="IT")
    m.ms_ids("eurprd08")
    link = ("https://ferrettitrasporti-my.sharepoint.com/:x:/g/personal/c_colombo_ferretti-trasporti_it/%s?e=%s"
            % (rb64url(r, 33), rstr(r, 6, ALNUM)))
    text = ("Ciao Alessandro,\n\n"
            "ti ho condiviso il file con il programma dei trasporti di dicembre (tubazioni, pompa booster e moduli "
            "galleggianti per Porto Corsini): %s\n\n"
            "È lo stesso Excel che aggiorniamo ogni settimana, puoi inserire direttamente nella colonna H le finestre "
            "orarie di accesso alla banchina. Se preferisci te lo mando anche come allegato.\n\n"
            "Per i permessi di trasporto eccezionale del 9/12 ci serve entro venerdì la conferma del peso della pompa.\n\n"
            "Grazie, a presto\nChiara\n\nChiara Colombo\nUfficio Traffico\nFerretti Trasporti S.p.A.\nTel. +39 0544 453 211\n" % link)
    sig = ('<p class="MsoNormal"><a href="%s">&#128202; Programma trasporti dicembre 2026 - Porto Corsini.xlsx</a>'
           '<o:p></o:p></p>' % html_escape(link))
    root = outlook_body(m, text, "iso-8859-1", "IT", sig_html=sig)
    ctx = m.ctx(t, FE["people"]["colombo"][:2], [("Alessandro Rinaldi", "alessandro.rinaldi@examplegroup.eu")],
                "Programma trasporti dicembre - file condiviso", root, zone="IT", subj_cs="iso-8859-1", subj_enc="Q")
    res = S.m365(ctx, "ferretti-trasporti.it", region="eurprd08", eop="EUR05-DB8-obe", ids=m.ms, accept="it-IT, en-US",
                 dmarc=("pass", "quarantine"), lang_code="it")
    m.facts(url=[link])
    m.phone("+39 0544 453 211")
    m.describe("The carrier's traffic planner shares the weekly transport-schedule Excel for the Porto Corsini site via "
               "OneDrive, as every week.",
               "Genuine: same tenant as A18, but an established weekly workflow, an editable Excel (not a PDF behind a "
               "sign-in), offers to send it as attachment, concrete operational content.",
               pair="A18 (compromised Ferretti OneDrive lure)")
    return m.finish(ctx, res)


# ---------------------------------------------------------------------------------------------
def fatturapa_xml(piva_ced, ced_name, piva_ces, num, date, lines, iban, net, vat, gross):
    from xml.sax.saxutils import escape as e
    dl = "".join("<DettaglioLinee><NumeroLinea>%d</NumeroLinea><Descrizione>%s</Descrizione><Quantita>%.2f</Quantita>"
                 "<PrezzoUnitario>%.2f</PrezzoUnitario><PrezzoTotale>%.2f</PrezzoTotale><AliquotaIVA>22.00</AliquotaIVA>"
                 "</DettaglioLinee>" % (i, e(d.split("\n")[0]), q, p, q * p) for i, (d, q, u, p) in enumerate(lines, 1))
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<p:FatturaElettronica xmlns:p="http://ivaservizi.agenziaentrate.gov.it/docs/xsd/fatture/v1.2" '
            'xmlns:ds="http://www.w3.org/2000/09/xmldsig#" versione="FPR12"><FatturaElettronicaHeader><DatiTrasmissione>'
            '<IdTrasmittente><IdPaese>IT</IdPaese><IdCodice>%s</IdCodice></IdTrasmittente><ProgressivoInvio>%s</ProgressivoInvio>'
            '<FormatoTrasmissione>FPR12</FormatoTrasmissione><CodiceDestinatario>M5UXCR1</CodiceDestinatario></DatiTrasmissione>'
            '<CedentePrestatore><DatiAnagrafici><IdFiscaleIVA><IdPaese>IT</IdPaese><IdCodice>%s</IdCodice></IdFiscaleIVA>'
            '<Anagrafica><Denominazione>%s</Denominazione></Anagrafica><RegimeFiscale>RF01</RegimeFiscale></DatiAnagrafici>'
            '<Sede><Indirizzo>Via Classicana 141</Indirizzo><CAP>48122</CAP><Comune>Ravenna</Comune><Provincia>RA</Provincia>'
            '<Nazione>IT</Nazione></Sede></CedentePrestatore><CessionarioCommittente><DatiAnagrafici><IdFiscaleIVA>'
            '<IdPaese>IT</IdPaese><IdCodice>%s</IdCodice></IdFiscaleIVA><Anagrafica><Denominazione>Example Group Italia S.r.l.'
            '</Denominazione></Anagrafica></DatiAnagrafici><Sede><Indirizzo>Via Trieste 212</Indirizzo><CAP>48122</CAP>'
            '<Comune>Ravenna</Comune><Provincia>RA</Provincia><Nazione>IT</Nazione></Sede></CessionarioCommittente>'
            '</FatturaElettronicaHeader><FatturaElettronicaBody><DatiGenerali><DatiGeneraliDocumento><TipoDocumento>TD01'
            '</TipoDocumento><Divisa>EUR</Divisa><Data>%s</Data><Numero>%s</Numero><ImportoTotaleDocumento>%.2f'
            '</ImportoTotaleDocumento></DatiGeneraliDocumento></DatiGenerali><DatiBeniServizi>%s<DatiRiepilogo>'
            '<AliquotaIVA>22.00</AliquotaIVA><ImponibileImporto>%.2f</ImponibileImporto><Imposta>%.2f</Imposta>'
            '<EsigibilitaIVA>I</EsigibilitaIVA></DatiRiepilogo></DatiBeniServizi><DatiPagamento><CondizioniPagamento>TP02'
            '</CondizioniPagamento><DettaglioPagamento><ModalitaPagamento>MP05</ModalitaPagamento><ImportoPagamento>%.2f'
            '</ImportoPagamento><IBAN>%s</IBAN></DettaglioPagamento></DatiPagamento></FatturaElettronicaBody>'
            '</p:FatturaElettronica>\n' % ("01879020517", "0A1B2", piva_ced, e(ced_name), piva_ces, date, num, gross, dl,
                                           net, vat, gross, iban))


@message("business", "19-it-sdi-fattura-via-pec")
def b19(m):
    r = m.r
    t = at(2026, 12, 15, 3, 22, 17, zone="IT")
    lines = [("Trasporto moduli galleggianti e pompa booster\nRavenna - Porto Corsini, 4 viaggi", 4, "viaggi", 1620.00),
             ("Sosta in attesa carico oltre franchigia", 5, "h", 85.00)]
    net = round(sum(q * p for _, q, _, p in lines), 2)
    vat = round(net * 0.22, 2)
    gross = round(net + vat, 2)
    piva_ced = FE["piva"][2:]
    piva_ces = IT["ids"]["Partita IVA / C.F."][2:]
    idsdi = r.randint(15000000000, 15999999999)
    fname = "IT%s_%s.xml" % (piva_ced, rstr(r, 5, ALNUM))
    xml = fatturapa_xml(piva_ced, "Ferretti Trasporti S.p.A.", piva_ces, "2026/1231", "2026-12-11", lines, FE["bank"][2],
                        net, vat, gross)
    meta_xml = ('<?xml version="1.0" encoding="UTF-8"?>\n<ns3:FileMetadati xmlns:ns3="http://ivaservizi.agenziaentrate.gov.it/'
                'docs/xsd/fatture/v1.0" versione="1.0"><IdentificativoSdI>%d</IdentificativoSdI><NomeFile>%s</NomeFile>'
                '<Hash>%s</Hash><CodiceDestinatario>M5UXCR1</CodiceDestinatario><Formato>FPR12</Formato>'
                '<TentativiInvio>1</TentativiInvio><MessageId>%d</MessageId></ns3:FileMetadati>\n' % (
                    idsdi, fname, rhex(r, 64), r.randint(10 ** 9, 10 ** 10)))
    # inner message as sent by SdI
    inner_text = ("Il Sistema di Interscambio le trasmette in allegato il file %s,\ncon identificativo %d.\n" % (fname, idsdi))
    inner_root = Part("multipart/mixed", children=[
        Part("text/plain", body=inner_text, charset="UTF-8", cte="7bit"),
        Part("application/octet-stream", body=xml.encode("utf-8"), cte="base64", filename=fname, disposition="attachment"),
        Part("application/octet-stream", body=meta_xml.encode("utf-8"), cte="base64",
             filename=fname.replace(".xml", "_MT_001.xml"), disposition="attachment")],
        boundary=m.boundary("java"))
    inner_hdr = [("Return-Path", "<sdi23@pec.fatturapa.it>"), ("Date", rfc_date(plus(t, -40), "IT")),
                 ("From", "sdi23@pec.fatturapa.it"), ("To", "examplegroupitalia@legalmail.it"),
                 ("Message-ID", "<%d.%d.JavaMail.sdi@sdi23>" % (r.randint(10 ** 8, 10 ** 9), ctx_ts(t))),
                 ("Subject", "Invio File %d" % idsdi), ("MIME-Version", "1.0"), ("__MIME__", None)]
    inner = mime.serialize(inner_hdr, inner_root)
    daticert = ('<?xml version="1.0" encoding="UTF-8"?>\n<postacert tipo="posta-certificata" errore="nessuno"><intestazione>'
                '<mittente>sdi23@pec.fatturapa.it</mittente><destinatari tipo="certificato">examplegroupitalia@legalmail.it'
                '</destinatari><risposte>sdi23@pec.fatturapa.it</risposte><oggetto>Invio File %d</oggetto></intestazione>'
                '<dati><gestore-emittente>ARUBA PEC S.p.A.</gestore-emittente><data zona="+0100"><giorno>15/12/2026</giorno>'
                '<ora>03:21:37</ora></data><identificativo>opec21087.%s.%d.3.11@pec.aruba.it</identificativo>'
                '<msgid>&lt;%d.JavaMail.sdi@sdi23&gt;</msgid></dati></postacert>\n' % (
                    idsdi, t.strftime("%Y%m%d032137"), r.randint(100000, 999999), r.randint(10 ** 8, 10 ** 9)))
    body_txt = ("Messaggio di posta certificata\n\nIl giorno 15/12/2026 alle ore 03:21:37 (+0100) il messaggio\n"
                "\"Invio File %d\" è stato inviato da \"sdi23@pec.fatturapa.it\"\nindirizzato a:\n"
                "examplegroupitalia@legalmail.it\nIl messaggio originale è incluso in allegato.\n"
                "Identificativo messaggio: opec21087.%s@pec.aruba.it\n" % (idsdi, t.strftime("%Y%m%d032137")))
    body_htm = ('<html><body><p><b>Messaggio di posta certificata</b></p><p>Il giorno 15/12/2026 alle ore 03:21:37 (+0100) '
                'il messaggio<br>"Invio File %d" è stato inviato da "sdi23@pec.fatturapa.it"<br>indirizzato a:<br>'
                'examplegroupitalia@legalmail.it<br>Il messaggio originale è incluso in allegato.</p></body></html>' % idsdi)
    signed_content = Part("multipart/mixed", children=[
        Part("multipart/alternative", children=[Part("text/plain", body=body_txt, charset="iso-8859-1", cte="quoted-printable"),
                                                Part("text/html", body=body_htm, charset="iso-8859-1", cte="quoted-printable")],
             boundary=m.boundary("java")),
        Part("application/xml", body=daticert.encode("utf-8"), cte="base64", filename="daticert.xml",
             disposition="inline", name_param=True),
        Part("message/rfc822", body=inner.decode("latin-1"), cte="7bit", filename="postacert.eml", disposition="inline")],
        boundary=m.boundary("java"))
    p7s = bytes([0x30, 0x82, 0x0B, 0x5A, 0x06, 0x09, 0x2A, 0x86, 0x48, 0x86, 0xF7, 0x0D, 0x01, 0x07, 0x02]) + \
        bytes(r.getrandbits(8) for _ in range(2900))
    root = Part("multipart/signed", children=[
        signed_content,
        Part("application/pkcs7-signature", body=p7s, cte="base64", filename="smime.p7s", disposition="attachment")],
        boundary=m.boundary("java"), ct_extra='protocol="application/pkcs7-signature"; micalg=sha-256')
    ctx = m.ctx(t, ("Per conto di: sdi23@pec.fatturapa.it", "posta-certificata@legalmail.it"), [W.st("marco")],
                "POSTA CERTIFICATA: Invio File %d" % idsdi, root, zone="IT")
    ctx.reply_to = "sdi23@pec.fatturapa.it"
    ctx.msgid = "<opec21087.%s.%d.3.11@pec.aruba.it>" % (t.strftime("%Y%m%d032137"), r.randint(100000, 999999))
    ctx.env_from = "examplegroupitalia@legalmail.it"
    mua = [("X-Riferimento-Message-ID", "<%d.JavaMail.sdi@sdi23>" % r.randint(10 ** 8, 10 ** 9)),
           ("X-Trasporto", "posta-certificata"), ("Date", ctx.date()), ("Subject", ctx.subj()),
           ("From", '"Per conto di: sdi23@pec.fatturapa.it" <posta-certificata@legalmail.it>'),
           ("Reply-To", ctx.reply_to), ("To", "examplegroupitalia@legalmail.it"), ("Message-ID", ctx.msgid),
           ("X-Inoltro", "inoltro automatico verso %s" % W.st("marco")[1]), ("MIME-Version", "1.0"), ("__MIME__", None)]
    res = S.platform(ctx, "mx-inoltro02.legalmail.it", "192.0.2.212", mua,
                     [("legalmail.it", "lm2025", "From:To:Subject:Date:Message-ID", "opendkim")],
                     inner=["from pec-gw04.legalmail.it (pec-gw04.legalmail.it [10.55.4.14])\n\tby mx-inoltro02.legalmail.it "
                            "(Postfix) with ESMTP id {QID}\n\tfor <%s>; {DATE}" % W.st("marco")[1]], dmarc=("pass", "none"))
    m.facts(iban=[FE["bank"][2]])
    m.describe("Genuine SdI delivery of an electronic invoice (FatturaPA XML from Ferretti Trasporti) to the company's "
               "PEC box, auto-forwarded to the accountant: PEC envelope (multipart/signed) with daticert.xml, "
               "postacert.eml (message/rfc822 containing the XML invoice and SdI metadata) and smime.p7s.",
               "Genuine: the standard Italian e-invoicing channel; certified-mail provider envelope and forwarding relay "
               "with DKIM/DMARC pass, invoice data consistent with the supplier's IBAN and VAT number; unusual "
               "structure (signed, nested message) that naive filters mistake for suspicious.",
               pair="A17 (fake Agenzia delle Entrate), A19 (fake invoice)")
    return m.finish(ctx, res)


def ctx_ts(t):
    import calendar
    return calendar.timegm(t.utctimetuple()) * 1000


# ---------------------------------------------------------------------------------------------
@message("business", "20-it-commercialista-f24-scadenza-aruba")
def b20(m):
    r = m.r
    t = at(2026, 12, 10, 17, 20, 5, zone="IT")
    f24 = ("MODELLO F24 - Sezione Erario\nContribuente: Example Group Italia S.r.l. - C.F. %s\n\n"
           "Codice tributo 6011 (IVA mese di novembre) - anno 2026 - importo a debito EUR 18.442,17\n"
           "Codice tributo 6035 (IVA acconto) - anno 2026 - importo a debito EUR 21.310,00\n"
           "Codice tributo 1001 (ritenute su redditi da lavoro dipendente) - rateazione 11 - anno 2026 - EUR 9.876,40\n\n"
           "Sezione INPS: causale DM10 - matricola 4812337719 - periodo 11/2026 - EUR 14.205,88\n\n"
           "SALDO FINALE: EUR 63.834,45\nData di pagamento: 16/12/2026\n"
           "Modalità: addebito su c/c BPER Banca tramite servizio telematico Entratel (intermediario Studio Bertolini & Associati)"
           % IT["ids"]["Partita IVA / C.F."][2:])
    pdfb = docs.letter_pdf(m, "Studio Bertolini & Associati", ["Dottori Commercialisti", "Via Mazzini 41",
                                                                "48121 Ravenna", "Tel. +39 0544 219 304"],
                           ["Example Group Italia S.r.l.", "Via Trieste 212", "48122 Ravenna (RA)"],
                           "Ravenna, 10/12/2026", "Prospetto F24 in scadenza il 16/12/2026", f24,
                           ["Dott.ssa Elisa Bertolini"], [["Studio Bertolini & Associati", "P.IVA 02761290390"]], t, 60,
                           creator="Microsoft® Word 2019", producer="Microsoft® Word 2019", color=(90, 40, 110))
    text = ("Buonasera Marco,\n\n"
            "ti allego il prospetto dell'F24 in scadenza mercoledì 16/12 (IVA novembre, acconto IVA, ritenute e "
            "contributi INPS), per un totale di 63.834,45 euro.\n\n"
            "Come di consueto lo trasmettiamo noi tramite Entratel con addebito sul conto BPER: non dovete fare nulla, "
            "basta che verifichiate la copertura sul conto entro lunedì sera.\n\n"
            "Per l'acconto IVA abbiamo usato il metodo storico; se preferite il metodo previsionale fammi sapere entro "
            "domani.\n\nUn saluto\nElisa\n\n--\nDott.ssa Elisa Bertolini\nStudio Bertolini & Associati - Dottori Commercialisti\n"
            "Via Mazzini 41, 48121 Ravenna - Tel. +39 0544 219 304\n")
    htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /></head><body style="font-family:'
           'Verdana,Geneva,sans-serif;font-size:10pt">' +
           "".join("<p>%s</p>" % "<br />".join(html_escape(x) for x in p.split("\n")) for p in text.strip().split("\n\n")) +
           '</body></html>')
    alt = m.multi("alternative", [m.text(text, "UTF-8", "quoted-printable", flowed=True, quoted=False),
                                  m.html(htm, "UTF-8", "quoted-printable", quoted=False)], style="roundcube")
    root = m.multi("mixed", [alt, m.attach(pdfb, "application/pdf", "F24_16-12-2026_Example_Group_Italia.pdf", fstyle="2231")],
                   style="roundcube")
    ctx = m.ctx(t, W.BERTOLINI["people"]["bertolini"][:2], [W.st("marco")], "F24 in scadenza 16/12 - prospetto",
                root, zone="IT", cc=[W.st("francesca")])
    ctx.msgid = "<%s@studiobertolini.it>" % rhex(r, 32)
    mua = [("MIME-Version", "1.0"), ("Date", ctx.date()), ("From", ctx.from_h()), ("To", ctx.to_h()), ("Cc", ctx.cc_h()),
           ("Subject", ctx.subj()), ("Message-ID", ctx.msgid), ("X-Sender", ctx.from_addr),
           ("User-Agent", "Aruba Webmail/1.6.9"), ("__MIME__", None)]
    res = S.aruba(ctx, client_ip="79.18.144.201", mua=mua, dkim_dom="studiobertolini.it", dmarc=("pass", "none"))
    m.phone("+39 0544 219 304")
    m.describe("The Italian tax adviser sends the F24 payment summary due on 16 December; she files it herself via "
               "Entratel with direct debit.",
               "Genuine: long-standing adviser's Aruba mailbox (DKIM/DMARC pass), expected monthly deadline, no payment "
               "details to change, no link — the adviser pays through the official channel.",
               pair="A17 (fake Agenzia delle Entrate), A20 (fake Aruba PEC renewal)")
    return m.finish(ctx, res)


# ---------------------------------------------------------------------------------------------
@message("business", "21-it-adsp-avviso-pagopa-canone")
def b21(m):
    r = m.r
    t = at(2026, 11, 16, 8, 30, 12, zone="IT")
    cf_ente = I.it_piva("0230041039")
    avviso = I.pagopa_avviso("01", "%013d" % r.randint(10 ** 12, 10 ** 13 - 1))
    cents = 1842650
    payload = I.pagopa_payload(avviso, cf_ente, cents)
    body = ("Ente creditore: Autorità di Sistema Portuale del Mare Adriatico centro-settentrionale\n"
            "Codice fiscale ente: %s\n\n"
            "Destinatario: Example Group Italia S.r.l. - P.IVA %s\n"
            "Oggetto: Canone demaniale marittimo anno 2027 - concessione n. 18/2024 (area di deposito tubazioni, "
            "banchina Marcegaglia, mq 3.200)\n\n"
            "Importo: EUR 18.426,50\nScadenza: 15/12/2026\n\n"
            "Codice avviso: %s\nCodice CBILL: AAXQ7\n\n"
            "Puoi pagare con pagoPA presso banche, uffici postali, punti vendita SISAL, Lottomatica e Banca 5, "
            "tramite l'home banking (circuito CBILL) o inquadrando il codice QR con l'app della tua banca." % (
                cf_ente, IT["ids"]["Partita IVA / C.F."][2:], " ".join(avviso[i:i + 4] for i in range(0, 18, 4))))
    pdfb = docs.letter_pdf(m, "AdSP Mare Adriatico centro-settentrionale", ["Porto di Ravenna", "Via Antico Squero 31",
                                                                            "48122 Ravenna", "Ufficio Demanio"],
                           EG_IT[:1] + EG_IT[2:], "Ravenna, 16/11/2026", "AVVISO DI PAGAMENTO pagoPA", body,
                           ["Il Dirigente dell'Area Demanio"], [["AdSP del Mare Adriatico centro-settentrionale", "C.F. %s" % cf_ente],
                                                               ["Pagamento tramite pagoPA", "www.pagopa.gov.it"]],
                           t, 60, creator="Portale pagamenti AdSP", producer="JasperReports Library 6.20", color=(0, 70, 140),
                           qr_payload=payload, qr_caption="Inquadra il codice QR con la tua app di pagamento o usa i dati "
                                                          "dell'avviso. Codice avviso: %s" % avviso, lang="it-IT")
    text = ("Gentile Example Group Italia S.r.l.,\n\n"
            "è disponibile l'avviso di pagamento pagoPA relativo al canone demaniale marittimo per l'anno 2027 "
            "(concessione n. 18/2024).\n\nImporto: 18.426,50 euro - Scadenza: 15/12/2026\nCodice avviso: %s\n\n"
            "L'avviso in formato PDF è allegato a questa email ed è consultabile anche nell'area riservata del portale "
            "dei pagamenti dell'Autorità di Sistema Portuale.\n\n"
            "Per informazioni: Ufficio Demanio, tel. +39 0544 608 811, dal lunedì al venerdì 9-13.\n\n"
            "Questa è una comunicazione automatica, si prega di non rispondere.\n"
            "Autorità di Sistema Portuale del Mare Adriatico centro-settentrionale - Porto di Ravenna\n" % avviso)
    root = m.multi("mixed", [m.text(text, "utf-8", "quoted-printable"),
                             m.attach(pdfb, "application/pdf", "Avviso_pagoPA_%s.pdf" % avviso)], style="java")
    ctx = m.ctx(t, ("AdSP Ravenna - Pagamenti pagoPA", "noreply-pagopa@port.ravenna.it"), [W.st("francesca")],
                "Avviso di pagamento pagoPA - canone demaniale 2027 - concessione n. 18/2024", root, zone="IT")
    ctx.msgid = "<%d.%d.%d.JavaMail.pagopa@portale-pagamenti>" % (r.randint(10 ** 6, 10 ** 7), r.randint(10, 99),
                                                                  ctx_ts(t))
    mua = [("Date", ctx.date()), ("From", ctx.from_h()), ("To", ctx.to_h()), ("Message-ID", ctx.msgid),
           ("Subject", ctx.subj()), ("MIME-Version", "1.0"), ("__MIME__", None)]
    res = S.platform(ctx, "smtp-out.port.ravenna.it", "192.0.2.145", mua,
                     [("port.ravenna.it", "dkim1", "From:To:Subject:Date:Message-ID", "opendkim")],
                     inner=["from portale-pagamenti.port.ravenna.local (unknown [10.8.1.33])\n\tby smtp-out.port.ravenna.it "
                            "(Postfix) with ESMTP id {QID}\n\tfor <%s>; {DATE}" % W.st("francesca")[1]], dmarc=("pass", "quarantine"))
    m.phone("+39 0544 608 811")
    m.describe("Port authority's pagoPA payment notice for the 2027 state-property concession fee of the pipeline "
               "storage area, with the standard pagoPA QR code.",
               "Genuine: official pagoPA notice format (codice avviso with valid check digits, CBILL code, QR payload "
               "PAGOPA|002|…), from the authority's relay with DKIM/DMARC pass, payable only through the pagoPA "
               "circuit (no IBAN to change).",
               pair="A17 (fake tax-authority notice)")
    return m.finish(ctx, res)
