"""business/ 17-21 (Italian)."""
from .common import *  # noqa: F401,F403
from .. import platforms as P, transport2 as T2
from .attack_it import FERR_FOOT

FERR_IBAN = "IT67D0503411701000000004721"


def ferretti_m365(m):
    return T.M365(m, "ferretti-trasporti.it", "PR3PR08MB5771", "DB9PR08MB6618", "eurprd08",
                  ("EUR05-DB8-obe.outbound.protection.outlook.com", "mail-db8eur05on2091.outbound.protection.outlook.com", "40.107.20.91"),
                  "6d2e8b41-93c7-4a05-bf1e-7a9c3d5e0f12", lang="it-IT")


def b17():
    m = Msg("business", 17, "it", "ferretti-fattura-copia-cortesia", utc(2026, 11, 2, 9, 15, 2))
    k = ferretti_m365(m)
    davide = S("davide")
    plain = p(
        "Buongiorno,",
        "",
        "in allegato la copia di cortesia della fattura n. 1482/2026 del 31/10/2026 relativa ai trasporti di ottobre (carta triturata Pero → Bassano del Grappa).",
        "",
        "La fattura elettronica è stata trasmessa tramite SDI al Vostro codice destinatario. Pagamento come da accordi a 30 gg d.f.f.m. sul conto Banco BPM indicato in fattura.",
        "",
        "Cordiali saluti",
        "",
        "Ufficio Amministrazione",
        "Ferretti Trasporti S.p.A.",
        "Via dell'Industria 22 – 37066 Sommacampagna (VR)",
        "Tel. +39 045 8961 200 – amministrazione@ferretti-trasporti.it",
        "",
        "Le informazioni contenute in questo messaggio sono riservate e destinate esclusivamente al destinatario.")
    inv = docs.invoice(
        m, "Fattura_1482_2026_copia_cortesia.pdf", seller="Ferretti Trasporti S.p.A.", logo_color=(170, 20, 30), logo_text="FERRETTI",
        seller_lines=["Via dell'Industria 22 · 37066 Sommacampagna (VR)", "P.IVA / C.F. 03188420230", "Tel. +39 045 8961 200"],
        buyer=["Spett.le", "Example Group S.r.l.", "Via Figino 41", "20016 Pero (MI)", "P.IVA 09527180153 · Cod. dest. M5UXCR1"],
        title_word="Fattura", meta=[("Numero", "1482/2026"), ("Data", "31/10/2026"), ("Cliente", "C-00917"), ("Pagamento", "Bonifico 30 gg d.f.f.m."), ("Scadenza", "30/11/2026")],
        columns=("Pos.", "Descrizione", "Q.tà", "Prezzo", "Importo"),
        items=[("1", "Trasporto balle carta triturata Pero (MI) – Bassano del Grappa (VI), bilico 24 t, DDT 8841/8852/8867/8890", "4", "690,00", "2.760,00"),
               ("2", "Adeguamento carburante 6%", "1", "165,60", "165,60")],
        totals=[("Imponibile", "€ 2.925,60", False), ("IVA 22%", "€ 643,63", False), ("Totale documento", "€ 3.569,23", True)],
        notes=["Documento privo di valenza fiscale ai sensi dell'art. 21 DPR 633/72. L'originale è disponibile nell'area riservata del sito dell'Agenzia delle Entrate."],
        pay_lines=["Banco BPM S.p.A. – Filiale di Sommacampagna", "IBAN " + iban_f(FERR_IBAN), "BIC BAPPIT21A43"],
        footer=FERR_FOOT, title="Fattura 1482/2026", author="amministrazione", creator="TeamSystem Enterprise", producer="TeamSystem PDF", lang="it")
    m.root = mime.multi("mixed", [ol_alt(m, plain, cs="iso-8859-1", lang="IT"), inv], m.bnd("mixed"), style="outlook")
    f = Fields(("Amministrazione Ferretti Trasporti", "amministrazione@ferretti-trasporti.it"), [davide],
               "Ferretti Trasporti - copia di cortesia fattura n. 1482/2026", hcs="iso-8859-1")
    k.finish(f, dmarc=("pass", "none"))
    m.fact("IBAN", FERR_IBAN, "carrier's account at Banco BPM")
    m.fact("Phone", "+39 045 8961 200", "carrier switchboard")
    m.info = dict(pair=("17-it-ferretti-variazione-iban-lookalike.eml", "Same carrier and invoices; the genuine mail comes from ferretti-trasporti.it (own tenant, DKIM), is a courtesy copy of an SDI invoice and keeps the known Banco BPM account."),
                  what="Carrier's accounts department sends the courtesy copy of invoice 1482/2026 (transports of shredded-paper bales) as PDF.",
                  why="Real domain and tenant (DKIM selector1, DMARC pass), the e-invoice itself goes through SDI (see business/18), known IBAN, no request to change anything.")
    return m


def b18():
    m = Msg("business", 18, "it", "pec-sdi-fattura-inoltro", utc(2026, 11, 4, 9, 12, 41))
    m.sent = m.t - secs(8)
    r = m.rng
    davide = S("davide")
    pec_id = "opec21034.20261104101233.%d.07.1.48@pec.fatturapa.it" % r.randint(100000, 999999)
    inner_id = "<%s.%s@sdi27.fatturapa.it>" % (r.digits(13), r.hex(8))
    k = P.Platform(m, "java", msgid="<" + pec_id + ">")
    xml_inv = ('<?xml version="1.0" encoding="UTF-8"?>\r\n'
               '<p:FatturaElettronica versione="FPR12" xmlns:ds="http://www.w3.org/2000/09/xmldsig#" xmlns:p="http://ivaservizi.agenziaentrate.gov.it/docs/xsd/fatture/v1.2">\r\n'
               '<FatturaElettronicaHeader><DatiTrasmissione><IdTrasmittente><IdPaese>IT</IdPaese><IdCodice>03188420230</IdCodice></IdTrasmittente>'
               '<ProgressivoInvio>0Y5kP</ProgressivoInvio><FormatoTrasmissione>FPR12</FormatoTrasmissione><CodiceDestinatario>M5UXCR1</CodiceDestinatario></DatiTrasmissione>\r\n'
               '<CedentePrestatore><DatiAnagrafici><IdFiscaleIVA><IdPaese>IT</IdPaese><IdCodice>03188420230</IdCodice></IdFiscaleIVA><Anagrafica><Denominazione>Ferretti Trasporti S.p.A.</Denominazione></Anagrafica><RegimeFiscale>RF01</RegimeFiscale></DatiAnagrafici>'
               '<Sede><Indirizzo>Via dell\'Industria 22</Indirizzo><CAP>37066</CAP><Comune>Sommacampagna</Comune><Provincia>VR</Provincia><Nazione>IT</Nazione></Sede></CedentePrestatore>\r\n'
               '<CessionarioCommittente><DatiAnagrafici><IdFiscaleIVA><IdPaese>IT</IdPaese><IdCodice>09527180153</IdCodice></IdFiscaleIVA><Anagrafica><Denominazione>Example Group S.r.l.</Denominazione></Anagrafica></DatiAnagrafici>'
               '<Sede><Indirizzo>Via Figino 41</Indirizzo><CAP>20016</CAP><Comune>Pero</Comune><Provincia>MI</Provincia><Nazione>IT</Nazione></Sede></CessionarioCommittente></FatturaElettronicaHeader>\r\n'
               '<FatturaElettronicaBody><DatiGenerali><DatiGeneraliDocumento><TipoDocumento>TD01</TipoDocumento><Divisa>EUR</Divisa><Data>2026-10-31</Data><Numero>1482/2026</Numero>'
               '<ImportoTotaleDocumento>3569.23</ImportoTotaleDocumento></DatiGeneraliDocumento></DatiGenerali>\r\n'
               '<DatiBeniServizi><DettaglioLinee><NumeroLinea>1</NumeroLinea><Descrizione>Trasporto balle carta triturata Pero (MI) - Bassano del Grappa (VI)</Descrizione><Quantita>4.00</Quantita><PrezzoUnitario>690.00</PrezzoUnitario><PrezzoTotale>2760.00</PrezzoTotale><AliquotaIVA>22.00</AliquotaIVA></DettaglioLinee>'
               '<DettaglioLinee><NumeroLinea>2</NumeroLinea><Descrizione>Adeguamento carburante 6%</Descrizione><Quantita>1.00</Quantita><PrezzoUnitario>165.60</PrezzoUnitario><PrezzoTotale>165.60</PrezzoTotale><AliquotaIVA>22.00</AliquotaIVA></DettaglioLinee>'
               '<DatiRiepilogo><AliquotaIVA>22.00</AliquotaIVA><ImponibileImporto>2925.60</ImponibileImporto><Imposta>643.63</Imposta><EsigibilitaIVA>I</EsigibilitaIVA></DatiRiepilogo></DatiBeniServizi>\r\n'
               '<DatiPagamento><CondizioniPagamento>TP02</CondizioniPagamento><DettaglioPagamento><ModalitaPagamento>MP05</ModalitaPagamento><DataScadenzaPagamento>2026-11-30</DataScadenzaPagamento>'
               '<ImportoPagamento>3569.23</ImportoPagamento><IBAN>' + FERR_IBAN + '</IBAN></DettaglioPagamento></DatiPagamento></FatturaElettronicaBody>\r\n</p:FatturaElettronica>\r\n')
    # inner message (postacert.eml) as sent by the SDI
    ib = "----=_Part_%d_%d.%d" % (r.randint(100000, 999999), r.randint(10 ** 8, 10 ** 9), util.epoch(m.sent) * 1000)
    inner_body = ("Il Sistema di Interscambio ha ricevuto il file IT03188420230_0Y5kP.xml con identificativo 8842197315.\r\n"
                  "Si trasmette in allegato il file e il relativo file dei metadati.\r\n\r\n"
                  "Questo messaggio e' stato generato automaticamente dal Sistema di Interscambio, si prega di non rispondere.\r\n")
    meta = ('<?xml version="1.0" encoding="UTF-8"?>\r\n<ns3:FileMetadati xmlns:ns3="http://ivaservizi.agenziaentrate.gov.it/docs/xsd/fatture/v1.0" versione="1.0">'
            '<IdentificativoSdI>8842197315</IdentificativoSdI><NomeFile>IT03188420230_0Y5kP.xml</NomeFile><Hash>' + r.hex(64) + '</Hash>'
            '<CodiceDestinatario>M5UXCR1</CodiceDestinatario><Formato>FPR12</Formato><TentativiInvio>1</TentativiInvio>'
            '<MessageId>' + r.digits(11) + '</MessageId></ns3:FileMetadati>\r\n')
    inner = ("Date: Wed, 4 Nov 2026 10:12:31 +0100 (CET)\r\nFrom: sdi27@pec.fatturapa.it\r\nTo: examplegroup@pec.it\r\n"
             "Message-ID: " + inner_id + "\r\nSubject: Invio File 8842197315\r\nMIME-Version: 1.0\r\n"
             "Content-Type: multipart/mixed; \r\n\tboundary=\"" + ib + "\"\r\n\r\n"
             "--" + ib + "\r\nContent-Type: text/plain; charset=us-ascii\r\nContent-Transfer-Encoding: 7bit\r\n\r\n" + inner_body + "\r\n"
             "--" + ib + "\r\nContent-Type: application/octet-stream; name=IT03188420230_0Y5kP.xml\r\nContent-Transfer-Encoding: base64\r\n"
             "Content-Disposition: attachment; filename=IT03188420230_0Y5kP.xml\r\n\r\n").encode() + util.b64_lines(xml_inv.encode()) + (
        "\r\n--" + ib + "\r\nContent-Type: application/octet-stream; name=IT03188420230_0Y5kP_MT_001.xml\r\nContent-Transfer-Encoding: base64\r\n"
        "Content-Disposition: attachment; filename=IT03188420230_0Y5kP_MT_001.xml\r\n\r\n").encode() + util.b64_lines(meta.encode()) + ("\r\n--" + ib + "--\r\n").encode()
    daticert = ('<?xml version="1.0" encoding="UTF-8"?>\r\n<!DOCTYPE postacert SYSTEM "Postacert.dtd">\r\n'
                '<postacert tipo="posta-certificata" errore="nessuno">\r\n<intestazione>\r\n<mittente>sdi27@pec.fatturapa.it</mittente>\r\n'
                '<destinatari tipo="certificato">examplegroup@pec.it</destinatari>\r\n<risposte>sdi27@pec.fatturapa.it</risposte>\r\n'
                '<oggetto>Invio File 8842197315</oggetto>\r\n</intestazione>\r\n<dati>\r\n<gestore-emittente>Sogei - Sistema di Interscambio</gestore-emittente>\r\n'
                '<data zona="+0100">\r\n<giorno>04/11/2026</giorno>\r\n<ora>10:12:33</ora>\r\n</data>\r\n'
                '<identificativo>' + pec_id + '</identificativo>\r\n<msgid>&lt;' + inner_id.strip("<>") + '&gt;</msgid>\r\n</dati>\r\n</postacert>\r\n')
    txt = p("Messaggio di posta certificata", "",
            "Il giorno 04/11/2026 alle ore 10:12:33 (+0100) il messaggio",
            "\"Invio File 8842197315\" è stato inviato da \"sdi27@pec.fatturapa.it\"",
            "indirizzato a:", "examplegroup@pec.it", "",
            "Il messaggio originale è incluso in allegato.", "",
            "Identificativo messaggio: " + pec_id)
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body><font face="Arial" size="2">'
            + "<br>".join(mime.esc(l) for l in txt.split("\n")) + "</font></body></html>\r\n")
    alt = mime.multi("alternative", [mime.text(txt, "UTF-8", "quoted-printable"), mime.text(html, "UTF-8", "quoted-printable", "html")], m.bnd("java"))
    dc = att.generic(m, daticert.encode(), "application/xml", "daticert.xml", record_text=daticert, style="default")
    dc.cte = "base64"
    pc = mime.rfc822(inner, "postacert.eml")
    att._record(m, "postacert", inner_body + "\n" + xml_inv)
    mixed = mime.multi("mixed", [alt, dc, pc], m.bnd("java"))
    sig = bytes.fromhex("3082") + (1800).to_bytes(2, "big") + bytes.fromhex("06092a864886f70d010702a0") + r.bytes(1790)
    sp = mime.attachment(sig, "application/pkcs7-signature", "smime.p7s", style="default")
    m.root = mime.Part("multipart/signed", children=[mixed, sp], boundary=m.bnd("java"),
                       params=[("protocol", '"application/pkcs7-signature"'), ("micalg", "sha-256")])
    f = Fields('"Per conto di: sdi27@pec.fatturapa.it" <posta-certificata@pec.fatturapa.it>', [("", "examplegroup@pec.it")],
               "POSTA CERTIFICATA: Invio File 8842197315")
    hs = [("Received", "from pec.fatturapa.it (pec.fatturapa.it [151.7.183.17])\r\n\tby smtps.pec.aruba.it (Postfix) with ESMTPS id %s\r\n\tfor <examplegroup@pec.it>; %s" % (
              T.qid(r), fmt_date(m.sent, "CET", "postfix"))),
          ("X-Riferimento-Message-ID", inner_id), ("X-Trasporto", "posta-certificata"),
          ("Date", "Wed, 4 Nov 2026 10:12:33 +0100"), ("Subject", f.subject), ("From", f.frm), ("Reply-To", "sdi27@pec.fatturapa.it"),
          ("To", "examplegroup@pec.it"), ("Message-ID", m.msgid), ("X-Original-To", "examplegroup@pec.it"),
          ("Delivered-To", "examplegroup@pec.it"), ("MIME-Version", "1.0"), CT]
    k._done(f, [], ("smtpi05.pec.aruba.it", "smtpi05.pec.aruba.it", "62.149.158.105"), [], davide[1], "examplegroup@pec.it",
            dmarc=("none", None), from_domain="pec.fatturapa.it")
    m.trace.append(("Received", "from smtps.pec.aruba.it (localhost [127.0.0.1])\r\n\tby smtpi05.pec.aruba.it (Postfix) with ESMTP id %s\r\n\tfor <%s>; %s" % (
        T.qid(r), davide[1], fmt_date(m.t - secs(1), "CET", "postfix"))))
    m.origin = [("Resent-From", "examplegroup@pec.it"), ("Resent-To", davide[1]),
                ("Resent-Date", fmt_date(m.t - secs(2), "CET", "rfc"))] + hs
    m.fact("IBAN", FERR_IBAN, "inside the FatturaPA XML (carrier's Banco BPM account)")
    m.fact("URL", "http://ivaservizi.agenziaentrate.gov.it/docs/xsd/fatture/v1.2", "XML namespace in the FatturaPA file (not a link)")
    m.fact("URL", "http://ivaservizi.agenziaentrate.gov.it/docs/xsd/fatture/v1.0", "XML namespace in the metadata file (not a link)")
    m.info = dict(pair=("18-it-agenzia-entrate-avviso-img.eml", "Both carry a 'document from the tax administration'; the genuine one is a PEC envelope from the Sistema di Interscambio (SDI) forwarded by the company's own PEC mailbox, with daticert.xml and the invoice XML - no executable content and no From-domain alignment (normal for PEC redirects)."),
                  what="Certified e-mail (PEC) from the Italian e-invoicing exchange (SDI) delivering Ferretti's invoice 1482/2026 as FatturaPA XML, automatically forwarded by examplegroup@pec.it to the accountant.",
                  why="Genuine PEC structure (multipart/signed, daticert.xml, postacert.eml, X-Trasporto: posta-certificata) relayed by Aruba PEC; DKIM absent and DMARC not aligned because of the redirect - a hard negative for authentication-based filtering.")
    return m


def b19():
    m = Msg("business", 19, "it", "cartiera-pesate-ritiri", utc(2026, 12, 3, 15, 22, 9))
    k = T2.Aruba(m, "cartieravalbrenta.it", client="outlook16")
    giulia = S("giulia")
    plain = p(
        "Buongiorno Giulia,",
        "",
        "in allegato le pesate di novembre: 11 ritiri per un totale di 262,4 t di carta triturata (qualità 1.05.00 mista uffici). Il ritiro del 24/11 è stato declassato a 1.02.00 per presenza di cartone, come da foto che Le ho inviato via WhatsApp.",
        "",
        "Per dicembre confermiamo i ritiri del lunedì e giovedì fino al 21/12 compreso; dal 22/12 al 06/01 lo stabilimento è chiuso per manutenzione. Il prezzo di novembre è quello del listino CEPI di ottobre meno 5 €/t, come da contratto.",
        "",
        "Il contratto 2027 arriva in questi giorni tramite DocuSign dal nostro ufficio legale.",
        "",
        "Cordiali saluti",
        "",
        "Marco Zanin",
        "Ufficio Acquisti Macero",
        "Cartiera Valbrenta S.p.A.",
        "Via Cartiera 4 – 36061 Bassano del Grappa (VI)",
        "Tel. +39 0424 527 318 – Cell. +39 347 218 4490")
    rows = [["Data", "DDT", "Targa", "Netto kg", "Qualità", "Note"]]
    d = [("03/11", 8931, "FR 482 KP", 24180), ("05/11", 8937, "FR 482 KP", 23760), ("09/11", 8952, "GA 117 TZ", 24420),
         ("12/11", 8960, "FR 482 KP", 23980), ("16/11", 8971, "GA 117 TZ", 24010), ("19/11", 8985, "FR 482 KP", 23650),
         ("23/11", 8990, "GA 117 TZ", 24300), ("24/11", 8994, "FR 482 KP", 22870), ("26/11", 9002, "GA 117 TZ", 23540),
         ("30/11", 9011, "FR 482 KP", 23900), ("30/11", 9013, "GA 117 TZ", 23790)]
    for dt, ddt, tg, kg in d:
        rows.append(["%s/2026" % dt, ddt, tg, kg, "1.02.00" if dt == "24/11" else "1.05.00", "declassato (cartone)" if dt == "24/11" else ""])
    rows.append(["Totale", None, None, sum(x[3] for x in d), None, None])
    xl = att.xlsx(m, "Pesate_novembre_2026_Example_Group.xlsx", [("Pesate", rows)], author="Zanin Marco", widths=[12, 8, 12, 11, 10, 22])
    m.root = mime.multi("mixed", [ol_alt(m, plain, cs="windows-1252", lang="IT"), xl], m.bnd("mixed"))
    for c in m.root.children[0].children:
        c.style = "default"
    f = Fields(("Marco Zanin", "m.zanin@cartieravalbrenta.it"), [giulia], "Pesate novembre e programma ritiri dicembre", hcs="iso-8859-1")
    k.finish(f, client_ip="93.63.118.20", lang="it")
    m.fact("Phone", "+39 0424 527 318", "paper mill")
    m.fact("Phone", "+39 347 218 4490", "paper mill buyer mobile")
    m.info = dict(what="Paper mill's waste-paper buyer sends November weighing data (XLSX) and the December collection schedule; announces the 2027 contract via DocuSign.",
                  why="Known customer writing from its Aruba-hosted domain with Outlook, detailed operational content, spreadsheet without macros, consistent with business/20.")
    return m


def b20():
    m = Msg("business", 20, "it", "docusign-contratto-macero-2027", utc(2026, 12, 4, 8, 55, 37))
    m.sent = m.t - secs(3)
    r = m.rng
    k = P.Platform(m, "dotnet", msgid="<%s@eu.docusign.net>" % r.hex(32))
    davide = S("davide")
    env_id = r.uuid()
    url = "https://eu.docusign.net/Signing/EmailStart.aspx?a=%s&etti=24&acct=%s&er=%s" % (r.uuid(), r.uuid(), r.uuid())
    alt_url = "https://eu.docusign.net/Signing"
    help_ = "https://support.docusign.com/s/articles/How-do-I-sign-a-DocuSign-document-Basic-Signing?language=it"
    report = "https://protect.docusign.net/report-abuse?e=AUtomjpIzGRjVDBFWXZkaFFJM0hXT3J4MDR5U1pvVnU3bWVhWjRtZUlPcnVkT2Rl"
    code = r.hex(32, True)
    plain = p(
        "Marco Zanin tramite Docusign ti ha inviato un documento da esaminare e firmare.",
        "",
        "ESAMINA DOCUMENTO: " + url,
        "",
        "Marco Zanin",
        "m.zanin@cartieravalbrenta.it",
        "",
        "Buongiorno,",
        "come anticipato alla Sig.ra Romano, Vi inviamo il contratto di fornitura macero per il 2027 (2 firmatari: Example Group S.r.l. e Cartiera Valbrenta S.p.A.). Per domande potete rispondere direttamente a questa email.",
        "",
        "Non condividere questa email",
        "Questa email contiene un link sicuro a Docusign. Non condividere questa email, il link o il codice di accesso con altre persone.",
        "",
        "Metodo di firma alternativo",
        "Visita " + alt_url + " e inserisci il codice di sicurezza: " + code,
        "",
        "Informazioni su Docusign",
        "Firma i documenti in formato elettronico in pochi minuti. È sicuro.",
        "",
        "Domande sul documento?",
        "Se devi modificare il documento o hai domande sui dettagli, contatta il mittente inviandogli un'email direttamente.",
        "",
        "Hai problemi a firmare il documento? Visita la pagina di assistenza: " + help_,
        "Segnala questa email: " + report,
        "",
        "ID busta: " + env_id.upper())
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="margin:0;padding:0;background:#eaeaea">'
            '<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px 0">'
            '<table width="640" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif">'
            '<tr><td style="padding:10px 24px"><span style="font-size:20px;font-weight:bold;color:#4c00ff">Docusign</span></td></tr>'
            '<tr><td style="background:#4c00ff;padding:28px;text-align:center;color:#fff;font-size:16px">Marco Zanin tramite Docusign ti ha inviato un documento da esaminare e firmare.<br><br>'
            '<a href="' + url.replace("&", "&amp;") + '" style="background:#ffffff;color:#4c00ff;padding:11px 24px;font-weight:bold;text-decoration:none;border-radius:2px;font-size:14px">ESAMINA DOCUMENTO</a></td></tr>'
            '<tr><td style="padding:24px;font-size:15px;color:#333"><b>Marco Zanin</b><br><span style="color:#666">m.zanin@cartieravalbrenta.it</span><br><br>'
            'Buongiorno,<br>come anticipato alla Sig.ra Romano, Vi inviamo il contratto di fornitura macero per il 2027 (2 firmatari: Example Group S.r.l. e Cartiera Valbrenta S.p.A.). Per domande potete rispondere direttamente a questa email.</td></tr>'
            '<tr><td style="padding:20px 24px;background:#f4f4f4;font-size:12px;color:#666"><b>Non condividere questa email</b><br>Questa email contiene un link sicuro a Docusign. Non condividere questa email, il link o il codice di accesso con altre persone.<br><br>'
            '<b>Metodo di firma alternativo</b><br>Visita ' + alt_url + ' e inserisci il codice di sicurezza: ' + code + '<br><br>'
            '<b>Domande sul documento?</b><br>Se devi modificare il documento o hai domande sui dettagli, contatta il mittente inviandogli un\'email direttamente.<br><br>'
            'Hai problemi a firmare il documento? Visita la <a href="' + help_ + '">pagina di assistenza</a>.<br><a href="' + report + '">Segnala questa email</a><br><br>ID busta: ' + env_id.upper() + '</td></tr>'
            '</table></td></tr></table></body></html>\r\n')
    m.root = mime.multi("alternative", [mime.text(plain, "utf-8", "quoted-printable"), mime.text(html, "utf-8", "quoted-printable", "html")], m.bnd())
    f = Fields(("Marco Zanin tramite Docusign", "dse@eumail.docusign.net"), [davide],
               "Completa con Docusign: Contratto fornitura macero 2027 – Example Group S.r.l.",
               reply_to=[("Marco Zanin", "m.zanin@cartieravalbrenta.it")])
    hs = [("Reply-To", f.a(f.reply_to)), ("From", f.a(f.frm)), ("To", f.a(f.to)), ("Message-ID", m.msgid),
          ("Date", fmt_date(m.sent, "UTC", "rfc")), ("Subject", util.hdr_text(f.subject, "utf-8", "B", "utf-8")),
          ("MIME-Version", "1.0"), CT, ("X-DocuSign-EnvelopeID", env_id), ("X-Api-Host", "eu.docusign.net"),
          ("X-Template-Name", "EnvelopeActivation"), ("Auto-Submitted", "auto-generated")]
    k._done(f, hs, ("mailrelay-eu11.eumail.docusign.net", "mailrelay-eu11.eumail.docusign.net", "185.81.103.71"),
            [("eumail.docusign.net", "s1", "Reply-To:From:To:Message-ID:Date:Subject:MIME-Version:Content-Type", "tab", "relaxed/relaxed"),
             ("docusign.net", "s2", "Reply-To:From:To:Message-ID:Date:Subject:MIME-Version:Content-Type", "tab", "relaxed/relaxed")],
            None, "bounce-%s@eumail.docusign.net" % r.hex(12), dmarc=("pass", "reject"))
    for u, n in ((url, "signing link on docusign.net"), (alt_url, "alternative signing page"), (help_, "DocuSign help"), (report, "report abuse")):
        m.fact("URL", u, n)
    m.info = dict(pair=("20-it-docusign-falso-contratto-cartiera.eml", "Same template and topic; the genuine envelope is sent by eumail.docusign.net (DKIM/DMARC pass), links only to docusign.net/.com, has an envelope ID and security code, and Reply-To the real customer."),
                  what="Genuine DocuSign EU envelope from the paper mill: 2027 waste-paper supply contract to review and sign.",
                  why="Sent by DocuSign's EU mail system, links on eu.docusign.net, envelope ID and alternative signing code, reply goes to the known buyer; announced in business/19.")
    return m


def b21():
    m = Msg("business", 21, "it", "3cx-messaggio-vocale-wav", utc(2026, 11, 19, 13, 33, 1))
    k = T2.Internal(m, "dotnet", "dotnet", "pbx01.corp.example.com")
    giulia = S("giulia")
    html = ('<html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px">'
            '<p>Ciao Giulia Romano,</p><p>hai ricevuto un nuovo messaggio vocale.</p>'
            '<table cellpadding="3"><tr><td>Da:</td><td><b>Ferretti Trasporti (0458961240)</b></td></tr>'
            '<tr><td>Per:</td><td>Giulia Romano (interno 411)</td></tr><tr><td>Data:</td><td>19/11/2026 14:32:12</td></tr>'
            '<tr><td>Durata:</td><td>00:00:38</td></tr></table>'
            '<p>Il messaggio vocale è allegato a questa email. Puoi ascoltarlo anche dall\'app 3CX o componendo *999 dal tuo interno.</p>'
            '<p style="color:#888;font-size:12px">3CX Phone System – Example Group S.r.l.</p></body></html>\r\n')
    wav = office.wav_tone(m.rng, seconds=3.0)
    w = att.generic(m, wav, "audio/wav", "vmail_0458961240_20261119-143212.wav")
    m.root = mime.multi("mixed", [mime.text(html, "utf-8", "quoted-printable", "html"), w], m.bnd("mixed"))
    f = Fields(("3CX Phone System", "pbx@example.com"), [giulia], "Nuovo messaggio vocale da Ferretti Trasporti (0458961240)")
    origin = [("MIME-Version", "1.0"), ("From", f.a(f.frm)), ("To", f.a(f.to)), ("Date", fmt_date(m.sent, "CET", "rfc")),
              ("Subject", util.hdr_text(f.subject, "utf-8", "B", "utf-8")), ("Message-Id", m.msgid), ("X-Mailer", "3CX Phone System 20.0.4.948"), CT]
    k.finish(f, origin, "pbx01.corp.example.com", "10.20.0.40")
    m.fact("Phone", "0458961240", "caller (the carrier)")
    m.info = dict(pair=("21-it-segreteria-vocale-svg.eml", "Both are voicemail notifications showing the carrier's number; the genuine one comes from the company's own 3CX server through mail-int01 and attaches the recording as WAV."),
                  what="Voicemail-to-e-mail from the company's 3CX phone system: message from the carrier, 38 seconds, WAV attached.",
                  why="Internal appliance (10.20.0.40) via the internal relay, matches the 3CX template, the attachment is audio, no links.")
    return m


MESSAGES = [b17, b18, b19, b20, b21]
