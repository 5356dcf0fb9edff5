"""Italian messages (attack 17-21, business 17-21)."""
from xml.sax.saxutils import escape as xesc

from . import docs, ids, iso, mime, mta
from . import util as U
from . import world as W
from .core import (P, Msg, att, esc, once, outlook_alt, outlook_att, outlook_html, outlook_mixed,
                   outlook_quote_header, paras_html)
from .templates import ics

F = W.FERRETTI
IT = W.OFFICES["IT"]
CHIARA = ("Chiara Colombo", "c.colombo@ferretti-trasporti.it")
AMM = ("Amministrazione Ferretti Trasporti", "amministrazione@ferretti-trasporti.it")
FERR_SIG = ("Ufficio Amministrazione\nFerretti Trasporti S.p.A.\nVia dell'Artigianato 31 – 37135 Verona (VR)\n"
            "Tel. +39 045 820 4170\nP.IVA %s – Cap. Soc. € 1.200.000 i.v.\n\nLe informazioni contenute in questa e-mail "
            "sono riservate e destinate esclusivamente al destinatario indicato.") % F["piva"]


def _pt_iban(bank, branch, acc11):
    nib = bank + branch + acc11
    chk = 98 - int(nib + "00") % 97
    return ids.make_iban("PT", nib + "%02d" % chk)


def fattura_xml(numero, data, righe, imponibile, iva, totale, scadenza, iban, progressivo):
    det = "".join(
        "<DettaglioLinee><NumeroLinea>%d</NumeroLinea><Descrizione>%s</Descrizione><Quantita>%s</Quantita>"
        "<PrezzoUnitario>%s</PrezzoUnitario><PrezzoTotale>%s</PrezzoTotale><AliquotaIVA>22.00</AliquotaIVA>"
        "</DettaglioLinee>" % (i + 1, xesc(d), q, pu, pt) for i, (d, q, pu, pt) in enumerate(righe))
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<p:FatturaElettronica versione="FPR12" xmlns:ds="http://www.w3.org/2000/09/xmldsig#" '
            'xmlns:p="http://ivaservizi.agenziaentrate.gov.it/docs/xsd/fatture/v1.2" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
            'xsi:schemaLocation="http://ivaservizi.agenziaentrate.gov.it/docs/xsd/fatture/v1.2 '
            'http://www.fatturapa.gov.it/export/fatturazione/sdi/fatturapa/v1.2/Schema_del_file_xml_FatturaPA_versione_1.2.xsd">'
            '<FatturaElettronicaHeader><DatiTrasmissione><IdTrasmittente><IdPaese>IT</IdPaese><IdCodice>%s</IdCodice>'
            '</IdTrasmittente><ProgressivoInvio>%s</ProgressivoInvio><FormatoTrasmissione>FPR12</FormatoTrasmissione>'
            '<CodiceDestinatario>M5UXCR1</CodiceDestinatario></DatiTrasmissione><CedentePrestatore><DatiAnagrafici>'
            '<IdFiscaleIVA><IdPaese>IT</IdPaese><IdCodice>%s</IdCodice></IdFiscaleIVA><CodiceFiscale>%s</CodiceFiscale>'
            '<Anagrafica><Denominazione>Ferretti Trasporti S.p.A.</Denominazione></Anagrafica><RegimeFiscale>RF01'
            '</RegimeFiscale></DatiAnagrafici><Sede><Indirizzo>Via dell\'Artigianato</Indirizzo><NumeroCivico>31'
            '</NumeroCivico><CAP>37135</CAP><Comune>Verona</Comune><Provincia>VR</Provincia><Nazione>IT</Nazione></Sede>'
            '</CedentePrestatore><CessionarioCommittente><DatiAnagrafici><IdFiscaleIVA><IdPaese>IT</IdPaese><IdCodice>%s'
            '</IdCodice></IdFiscaleIVA><Anagrafica><Denominazione>Example Group Aste S.r.l.</Denominazione></Anagrafica>'
            '</DatiAnagrafici><Sede><Indirizzo>Via Borgonuovo</Indirizzo><NumeroCivico>14</NumeroCivico><CAP>20121</CAP>'
            '<Comune>Milano</Comune><Provincia>MI</Provincia><Nazione>IT</Nazione></Sede></CessionarioCommittente>'
            '</FatturaElettronicaHeader><FatturaElettronicaBody><DatiGenerali><DatiGeneraliDocumento><TipoDocumento>TD01'
            '</TipoDocumento><Divisa>EUR</Divisa><Data>%s</Data><Numero>%s</Numero><ImportoTotaleDocumento>%s'
            '</ImportoTotaleDocumento></DatiGeneraliDocumento></DatiGenerali><DatiBeniServizi>%s<DatiRiepilogo>'
            '<AliquotaIVA>22.00</AliquotaIVA><ImponibileImporto>%s</ImponibileImporto><Imposta>%s</Imposta>'
            '<EsigibilitaIVA>I</EsigibilitaIVA></DatiRiepilogo></DatiBeniServizi><DatiPagamento><CondizioniPagamento>TP02'
            '</CondizioniPagamento><DettaglioPagamento><ModalitaPagamento>MP05</ModalitaPagamento><DataScadenzaPagamento>'
            '%s</DataScadenzaPagamento><ImportoPagamento>%s</ImportoPagamento><IstitutoFinanziario>Banco BPM S.p.A.'
            '</IstitutoFinanziario><IBAN>%s</IBAN></DettaglioPagamento></DatiPagamento></FatturaElettronicaBody>'
            '</p:FatturaElettronica>\n') % (F["piva"], progressivo, F["piva"], F["piva"], IT["tax"], data, numero, totale,
                                          det, imponibile, iva, scadenza, totale, iban)


# =================================================================== ATTACKS
def a17():
    m = Msg("17-it-ferretti-thread-hijack-iban.eml", "attack", "it")
    orig = b17()
    m.frm = AMM
    m.reply_to = [("Amministrazione Ferretti Trasporti", "amministrazione@ferretti-trasporti.com")]
    m.to = [("Marco Bernardi", "marco.bernardi@example.com")]
    m.subject = "R: " + orig.subject
    m.thread_topic = orig.subject
    m.date = U.local("CET", 2026, 11, 12, 10, 17, 44)
    m.ol_server = orig.ol_server
    m.msgid = "<%s%s@%s>" % (m.ol_server, U.hexs(m.rng, 27, True), orig.msgid.split("@")[1].rstrip(">"))
    m.in_reply_to = orig.msgid
    m.references = orig.msgid
    m.content_lang = "it-IT"
    m.accept_lang = "it-IT, en-US"
    new = ids.iban_it("03268", "22300", "052876431190")
    m.fact("ibans", new, F["iban"])
    quoted = outlook_quote_header("it", AMM[0], AMM[1], orig.date, "CET", "Marco Bernardi <marco.bernardi@example.com>",
                                  orig.subject)
    text = ("Buongiorno Dott. Bernardi,\n\nfacciamo seguito alla fattura in oggetto, in scadenza il 29/11/2026.\n\n"
            "Vi informiamo che, a seguito di una verifica di audit interno tuttora in corso sui nostri rapporti con "
            "Banco BPM, il conto corrente indicato in fattura non è al momento abilitato alla ricezione di bonifici. "
            "Vi chiediamo pertanto di disporre il pagamento della fattura n. 1893/26 di € 3.891,80, e di eventuali "
            "altre fatture aperte, sul seguente conto:\n\nBeneficiario: Ferretti Trasporti S.p.A.\n"
            "Banca: Banca Sella S.p.A.\nIBAN: %s\nBIC: SELBIT2BXXX\n\nVi preghiamo di confermarci via e-mail "
            "l'avvenuta disposizione, allegando la contabile del bonifico. Per qualsiasi chiarimento scriveteci pure "
            "a questo indirizzo: in questi giorni l'ufficio è in chiusura contabile e non riusciamo a rispondere al "
            "telefono.\n\nCordiali saluti\n\n%s\n\n%s\n\n%s") % (
        ids.fmt_iban(new), FERR_SIG, quoted, orig.body_text)
    html = outlook_html(text, "utf-8", "IT")
    root = outlook_alt(m, text, html, "utf-8")
    m.what = ("Thread hijacking from the carrier's real, compromised Microsoft 365 mailbox: reply to the genuine "
              "courtesy-copy invoice 1893/26 asking to pay 3.891,80 EUR (and other open invoices) to a new Banca "
              "Sella account 'because of an internal audit'.")
    m.why = ("Sent from the genuine tenant (SPF/DKIM/DMARC pass) inside the real thread, but Reply-To points to the "
             "look-alike ferretti-trasporti.com, IBAN differs from the invoice/XML, telephone contact refused, "
             "asks for all open invoices.")
    return m.finish(mta.m365, root, region="EUR", lang="it", tenant_id=F["tenant"])


def a18():
    m = Msg("18-it-agenzia-entrate-comunicazione-link.eml", "attack", "it")
    m.frm = ("Agenzia delle Entrate", "comunicazioni@agenziaentrate-notifiche.it")
    m.to = [("", "marco.bernardi@example.com")]
    m.subject = ("Comunicazione di irregolarità ex art. 54-bis DPR 633/72 - liquidazioni periodiche IVA II trimestre "
                 "2026 - Prot. n. 2026/7718452")
    m.date = U.local("CET", 2026, 10, 21, 9, 4, 12)
    m.msgid = "<%s@agenziaentrate-notifiche.it>" % U.hexs(m.rng, 24)
    m.hcharset = ("iso-8859-15", "Q")
    url = "https://agenziaentrate-notifiche.it/cassetto/comunicazione.php?prot=2026-7718452&cf=%s" % IT["tax"]
    text = ("Gentile Contribuente,\n\nin esito al controllo automatizzato delle comunicazioni delle liquidazioni "
            "periodiche IVA (LIPE) relative al II trimestre 2026, presentate per la società EXAMPLE GROUP ASTE S.R.L. "
            "(P.IVA %s), sono state riscontrate incongruenze con i dati delle fatture elettroniche trasmesse tramite "
            "il Sistema di Interscambio.\n\nLa comunicazione completa, con il prospetto delle differenze e il modello "
            "F24 precompilato, è consultabile al seguente indirizzo:\n\n%s\n\nÈ possibile fornire chiarimenti o "
            "regolarizzare la posizione entro 10 giorni dal ricevimento della presente, beneficiando della riduzione "
            "delle sanzioni. In mancanza, si procederà all'iscrizione a ruolo delle somme dovute con applicazione delle "
            "sanzioni previste dall'art. 13 del D.Lgs. 471/1997.\n\nDistinti saluti\n\nAgenzia delle Entrate\n"
            "Direzione Provinciale I di Milano - Ufficio Controlli\n\nQuesto messaggio è stato generato "
            "automaticamente, si prega di non rispondere.\n") % (IT["tax"], url)
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-15"></head><body '
            'style="font-family:Titillium Web,Arial,sans-serif;font-size:14px;color:#1a1a1a"><div style="background:'
            '#0066cc;color:#fff;padding:14px 20px;font-size:18px"><b>Agenzia delle Entrate</b></div><div '
            'style="padding:20px">%s</div></body></html>\n') % paras_html(text).replace(
        esc(url), '<a href="%s">Consulta la comunicazione</a>' % url.replace("&", "&amp;"))
    root = P("multipart/alternative", boundary="=_%s" % U.hexs(m.rng, 32), children=[
        P("text/plain", text=text, charset="iso-8859-15", cte="quoted-printable"),
        P("text/html", text=html, charset="iso-8859-15", cte="quoted-printable")])
    m.what = ("Fake Agenzia delle Entrate 'comunicazione di irregolarità' on VAT returns with a link to a look-alike "
              "site that serves a malware archive ('prospetto' + F24).")
    m.why = ("Look-alike domain agenziaentrate-notifiche.it (the Agency uses agenziaentrate.gov.it and the cassetto "
             "fiscale, never links in e-mails), legal threats and 10-day deadline, link carries the company's VAT "
             "number to look personalised.")
    return m.finish(mta.generic_org, root, mta="mail.agenziaentrate-notifiche.it", mta_ip="192.0.2.77",
                    dkim_sel="default", spf="pass",
                    inner=["Received: from localhost (localhost [127.0.0.1])\n\tby mail.agenziaentrate-notifiche.it "
                           "(Postfix) with ESMTPSA id %s;\n\t{DATE}" % U.postfix_qid(m.rng)],
                    order=["Date", "From", "To", "Subject", "Message-ID", "MIME-Version", "__MIME__",
                           "=X-Mailer: Microsoft Outlook Express 6.00.2900.5931"])


def a19():
    m = Msg("19-it-carabinieri-tpc-iso-lnk.eml", "attack", "it")
    m.frm = ("Comando Carabinieri TPC - Nucleo di Monza", "nucleo.monza@carabinieri-tpc.it")
    m.to = [("", "giulia.ferraro@example.com")]
    m.subject = ("Richiesta documentazione di provenienza – lotto 112 asta \"Design del Novecento\" del 19/11/2026 – "
                 "Prot. n. 4471/26 TPC")
    m.date = U.local("CET", 2026, 11, 16, 11, 24, 37)
    m.msgid = "<%s@carabinieri-tpc.it>" % U.uuid4(m.rng)
    text = ("Spett.le Example Group Aste S.r.l.\nalla c.a. del Responsabile\n\nOggetto: richiesta di documentazione "
            "ai sensi degli artt. 63 e 64 del D.Lgs. 42/2004 – lotto n. 112 dell'asta \"Design del Novecento\" del "
            "19/11/2026.\n\nNell'ambito delle attività di controllo del mercato antiquariale, questo Nucleo ha "
            "rilevato che il lotto n. 112 (credenza in legno e ottone, Gio Ponti, 1950 ca.) presenta caratteristiche "
            "corrispondenti a un bene inserito nella Banca Dati dei beni culturali illecitamente sottratti "
            "(\"Leonardo\").\n\nSi invita pertanto codesta Società a sospendere cautelativamente la vendita del lotto e "
            "a far pervenire entro 3 (tre) giorni dal ricevimento della presente la documentazione attestante la "
            "provenienza del bene (mandato di vendita, dati del committente, eventuali fatture o dichiarazioni di "
            "provenienza).\n\nIl verbale e l'elenco della documentazione richiesta sono trasmessi in allegato in "
            "formato immagine disco protetto, in conformità alle disposizioni sulla riservatezza degli atti di "
            "polizia giudiziaria. Si prega di non inoltrare la presente comunicazione a terzi.\n\nIl Comandante del "
            "Nucleo\nMagg. Alessandro De Santis\n\nComando Carabinieri per la Tutela del Patrimonio Culturale\n"
            "Nucleo di Monza – Via Vittorio Emanuele II 5, 20900 Monza (MB)\nTel. +39 039 230 4410\n")
    lnk = ("INERT TEST PLACEHOLDER - NOT EXECUTABLE.\r\nRepresents a Windows shortcut (.lnk) disguised as a PDF "
           "that would run: C:\\Windows\\System32\\rundll32.exe .\\data\\vcl_x64.dll,DllRegisterServer\r\n"
           "(side-loaded loader inside the disk image).\r\n")
    img = iso.build_iso("VERBALE_TPC", [("Verbale_TPC_4471-26_lotto_112.pdf.lnk", lnk.encode()),
                                        ("data/README.txt".replace("/", "_"), b"INERT PLACEHOLDER for a hidden DLL payload.\r\n")],
                        (2026, 11, 16, 9, 58, 12), application="MKISOFS ISO9660/HFS/UDF FILESYSTEM BUILDER")
    root = P("multipart/mixed", boundary="------------%s" % U.alnum(m.rng, 24), children=[
        P("text/plain", text=text, charset="UTF-8", cte="8bit", params=["format=flowed"]),
        att("application/x-iso9660-image", img, "Verbale_TPC_4471-26_lotto_112.iso", fn_style="plain")],
        preamble="This is a multi-part message in MIME format.")
    m.fact("phones", "+39 039 230 4410")
    m.what = ("Fake request from the Carabinieri art-crime unit (TPC) about a lot 'matching a stolen object' with the "
              "'verbale' as an ISO disk image containing 'Verbale…pdf.lnk' (shortcut loader, represented inert).")
    m.why = ("Look-alike domain carabinieri-tpc.it (real: carabinieri.it / PEC), disk-image attachment to bypass "
             "Mark-of-the-Web, .pdf.lnk, secrecy ('do not forward'), 3-day pressure, tailored to the Milan sale.")
    return m.finish(mta.direct_bot, root, helo="mail.carabinieri-tpc.it", rdns="unknown", ip="198.51.100.142",
                    spf="pass", tls=mta.TLS13,
                    order=["Message-ID", "Date", "MIME-Version", "=User-Agent: Mozilla Thunderbird", "Content-Language",
                           "To", "From", "Subject", "__MIME__"])


def a20():
    m = Msg("20-it-aruba-pec-rinnovo-phishing.eml", "attack", "it")
    m.frm = ("Aruba.it", "comunicazioni@staff.aruba.it")
    m.to = [("", "marco.bernardi@example.com")]
    m.subject = "Casella PEC examplegroupaste@pec.it sospesa – rinnovo non completato"
    m.date = U.local("CET", 2026, 12, 1, 7, 52, 3)
    m.msgid = "<%s@srv12.webhost-fiorentina.it>" % U.b64(m.rng, 32, urlsafe=True)
    url = "https://arubapec-rinnovo.com/areaclienti/login.php?pec=examplegroupaste%40pec.it&rif=PEC-2026-0094417"
    text = ("Gentile Cliente,\n\nil rinnovo automatico della casella PEC examplegroupaste@pec.it non è andato a buon "
            "fine a causa di un problema con il metodo di pagamento associato.\n\nLa casella è stata temporaneamente "
            "sospesa: non è più possibile inviare né ricevere messaggi di posta certificata e le comunicazioni in "
            "arrivo (SdI, Agenzia delle Entrate, INPS) verranno respinte.\n\nPer riattivare il servizio è sufficiente "
            "aggiornare i dati di pagamento entro 48 ore:\n%s\n\nImporto: € 9,03 (IVA inclusa)\n\nCordiali saluti,\n"
            "Aruba S.p.A.\nServizio Clienti\n") % url
    html = ('<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333"><table width="600" '
            'align="center"><tr><td style="border-bottom:3px solid #ff6600;padding:10px 0"><span style="font-size:24px;'
            'color:#ff6600;font-weight:bold">aruba</span><span style="font-size:24px;color:#555">.it</span></td></tr>'
            '<tr><td style="padding:20px 0">%s<p><a href="%s" style="background:#ff6600;color:#fff;padding:10px 22px;'
            'text-decoration:none;border-radius:3px">Riattiva la casella PEC</a></p></td></tr><tr><td style="font-size:'
            '11px;color:#888">Aruba S.p.A. – Via San Clemente 53 – 24036 Ponte San Pietro (BG) – P.IVA 01573850516</td>'
            '</tr></table></body></html>\n') % (paras_html(text.split("\n\nPer riattivare")[0]), url.replace("&", "&amp;"))
    bnd = "b1=_%s" % U.b64(m.rng, 30, urlsafe=True)
    root = P("multipart/alternative", boundary=bnd, children=[
        P("text/plain", text=text, charset="utf-8", cte="quoted-printable", ct_style="unquoted"),
        P("text/html", text=html, charset="utf-8", cte="quoted-printable", ct_style="unquoted")])
    m.envfrom = "info@webhost-fiorentina.it"
    m.what = ("Aruba PEC renewal phishing: exact display name and From of Aruba's real notices (spoofed), 'mailbox "
              "suspended', link to arubapec-rinnovo.com to 're-enter payment data'.")
    m.why = ("From spoofed (SPF not for staff.aruba.it, no DKIM, DMARC fail but p=none), PHPMailer on a compromised "
             "shared host, look-alike payment link, threat of rejected SdI/authority mail.")
    return m.finish(mta.phpmailer, root, host="srv12.webhost-fiorentina.it", host_ip="203.0.113.59",
                    spf="none", envfrom=m.envfrom)


def a21():
    m = Msg("21-it-avvocato-ceo-fraud-acquisizione.eml", "attack", "it")
    m.frm = ("Avv. Lorenzo Ricci", "l.ricci@riccipartners-legal.it")
    m.to = [("Marco Bernardi", "marco.bernardi@example.com")]
    m.cc = [("Konstantin Rehberg", "konstantin.rehberg@examplegroup-eu.com")]
    m.subject = "Riservato – Operazione \"Fornasetti\" / istruzioni per il deposito cauzionale"
    m.date = U.local("CET", 2026, 12, 3, 15, 40, 11)
    m.ol_server = U.outlook_server(m.rng, "EUR")
    m.msgid = U.outlook_msgid(m.rng, m.ol_server)
    m.content_lang = "it-IT"
    m.accept_lang = "it-IT, en-US"
    iban = _pt_iban("0033", "0000", "45712389021")
    m.fact("ibans", iban)
    m.fact("phones", "+39 02 4537 8812")
    ceo_note = ("Marco,\n\nplease follow the instructions of Avv. Ricci, who is assisting us on a confidential "
                "acquisition (Fornasetti archive). This must remain strictly confidential until the public "
                "announcement – please do not discuss it with anyone, including Giulia and the Munich finance team. "
                "I will explain everything personally next week.\n\nThank you,\nKonstantin")
    text = ("Gentile Dott. Bernardi,\n\ncome anticipatoLe dal Dott. Rehberg (in copia, si veda la sua nota qui "
            "sotto), il nostro Studio assiste Example Group nell'acquisizione riservata di un archivio storico di "
            "disegni e prototipi Fornasetti da un collezionista privato.\n\nIl contratto preliminare prevede il "
            "versamento, entro la giornata odierna, di un deposito cauzionale di € 248.500,00 su un conto vincolato "
            "(escrow) intestato alla società veicolo del venditore:\n\nBeneficiario: Atelier Heritage Holdings Lda\n"
            "Banca: Banco Comercial Português (Millennium bcp), Lisbona\nIBAN: %s\nBIC: BCOMPTPL\nCausale: Deposito "
            "cauzionale contratto prel. 2026/118\n\nL'importo sarà interamente restituito qualora la due diligence non "
            "desse esito positivo. La prego di inviarmi la contabile appena disposto il bonifico; per ragioni di "
            "riservatezza La invito a non coinvolgere altri uffici.\n\nCordiali saluti\n\nAvv. Lorenzo Ricci\n"
            "Ricci & Partners – Studio Legale\nCorso Venezia 36, 20121 Milano\nTel. +39 02 4537 8812\n\n"
            "Allegato: istruzioni del Dott. Rehberg (messaggio originale).\n") % ids.fmt_iban(iban)
    html = outlook_html(text, "utf-8", "IT")
    alt = outlook_alt(m, text, html, "utf-8")
    d0 = U.local("CET", 2026, 12, 3, 14, 58, 12)
    fake_id = "<%s@EXCH01.corp.example.com>" % U.hexs(m.rng, 32)
    inner = ("From: Konstantin Rehberg <konstantin.rehberg@example.com>\nTo: Lorenzo Ricci <l.ricci@riccipartners-legal.it>\n"
             "Subject: Fornasetti - payment instructions for Milan\nThread-Topic: Fornasetti - payment instructions for "
             "Milan\nThread-Index: %s\nDate: %s\nMessage-ID: %s\nAccept-Language: de-DE, en-US\nContent-Language: en-US\n"
             "X-MS-Has-Attach: \nX-MS-TNEF-Correlator: \nContent-Type: text/plain; charset=\"us-ascii\"\n"
             "Content-Transfer-Encoding: quoted-printable\nMIME-Version: 1.0\n\n" % (
                 mta.thread_index(m.rng), U.fmt(d0, "CET"), fake_id)).encode() + mime.qp(
        (ceo_note.replace("\u2013", "-") + "\n\n--\nDr. Konstantin Rehberg\nCEO\nExample Group Auktionen GmbH\n").encode("ascii"))
    fwd = P("message/rfc822", data=inner, filename="Fornasetti - payment instructions for Milan.eml",
            disposition="attachment", cte="7bit", fn_style="rfc2047b")
    root = outlook_mixed(m, alt, [fwd])
    m.what = ("Multi-persona CEO fraud: a fake lawyer (new domain riccipartners-legal.it on Microsoft 365) with the "
              "'CEO' in cc on a look-alike domain asks the Milan accountant to wire a 248.500 EUR 'escrow deposit' "
              "to a Portuguese account today; a forged 'original message' from the CEO is attached as .eml.")
    m.why = ("Newly registered law-firm domain, CEO cc on examplegroup-eu.com (not the company domain), secrecy and "
             "same-day deadline, foreign escrow account for an unknown SPV, instructions to bypass other offices; the "
             "attached .eml carries no Received trace at all (fabricated thread).")
    return m.finish(mta.m365, root, region="EUR", lang="it")


# =================================================================== BUSINESS
@once
def b17():
    m = Msg("17-it-ferretti-fattura-copia-cortesia.eml", "business", "it")
    m.frm = AMM
    m.to = [("Marco Bernardi", "marco.bernardi@example.com")]
    m.cc = [CHIARA]
    m.subject = "Copia di cortesia – Fattura n. 1893/26 del 30/10/2026"
    m.date = U.local("CET", 2026, 10, 30, 16, 2, 9)
    m.ol_server = U.outlook_server(m.rng, "EUR")
    m.msgid = U.outlook_msgid(m.rng, m.ol_server)
    m.content_lang = "it-IT"
    m.accept_lang = "it-IT, en-US"
    iban = F["iban"]
    m.fact("ibans", iban)
    text = ("Spett.le Example Group Aste S.r.l.,\n\nsi trasmette in allegato la copia di cortesia della fattura n. "
            "1893/26 del 30/10/2026 relativa al trasporto delle opere dell'asta \"Design del Novecento\" da Milano a "
            "Monaco di Baviera (viaggio del 27-28/10/2026).\n\nL'originale è stato trasmesso tramite il Sistema di "
            "Interscambio ed è disponibile nella Vostra area riservata \"Fatture e Corrispettivi\". Si allega anche il "
            "file XML per comodità.\n\nImporto: € 3.891,80 – scadenza 29/11/2026 – bonifico bancario su Banco BPM, "
            "IBAN %s.\n\nCordiali saluti\n\n%s\n") % (ids.fmt_iban(iban), FERR_SIG)
    m.body_text = text
    html = outlook_html(text, "utf-8", "IT")
    alt = outlook_alt(m, text, html, "utf-8")
    righe = [("Trasporto opere d'arte Milano - Monaco di Baviera, veicolo climatizzato con sponda, 2 autisti",
              "1.00", "2850.00", "2850.00"),
             ("Assicurazione ad valorem (valore dichiarato EUR 340.000)", "1.00", "340.00", "340.00")]
    xml = fattura_xml("1893/26", "2026-10-30", righe, "3190.00", "701.80", "3891.80", "2026-11-29", iban, "00A7K")
    pdf = docs.invoice(
        m.file, "Fattura 1893/26", dict(name="Ferretti Trasporti S.p.A.", lines=[
            "Trasporti nazionali e internazionali · Opere d'arte e macchinari",
            "Via dell'Artigianato 31 · 37135 Verona · Tel. +39 045 820 4170",
            "P.IVA e C.F. %s · REA VR-271463" % F["piva"]]),
        ["Spett.le", "Example Group Aste S.r.l.", "Via Borgonuovo 14", "20121 Milano (MI)", "P.IVA %s" % IT["tax"]],
        [("Fattura n.", "1893/26"), ("Data", "30/10/2026"), ("Cod. destinatario", "M5UXCR1"),
         ("Rif. ordine", "Vs. e-mail del 21/10/2026")],
        ["Pos.", "Descrizione", "Q.tà", "Prezzo", "Importo"],
        [["1", righe[0][0], "1", "2.850,00", "2.850,00"], ["2", righe[1][0], "1", "340,00", "340,00"]],
        [("Imponibile", "€ 3.190,00", False), ("IVA 22%", "€ 701,80", False), ("Totale documento", "€ 3.891,80", True)],
        notes=["Pagamento: bonifico bancario 30 gg data fattura – scadenza 29/11/2026.",
               "Banco BPM S.p.A. – IBAN %s – BIC %s" % (ids.fmt_iban(iban), F["bic"]),
               "Copia di cortesia. Documento originale trasmesso al Sistema di Interscambio (SdI) ai sensi "
               "dell'art. 1, c. 3, D.Lgs. 127/2015."],
        footer=["Ferretti Trasporti S.p.A. – Cap. Soc. € 1.200.000 i.v. – Registro Imprese di Verona"],
        producer="Danea Easyfatt Enterprise 2026", creator="Easyfatt", created="D:20261030155811+01'00'",
        accent=(0.0, 0.35, 0.25), lang="it-IT")
    root = outlook_mixed(m, alt, [
        outlook_att("application/pdf", pdf, "Fattura_1893_26_Example_Group_Aste.pdf", m.date),
        outlook_att("text/xml", xml.encode("utf-8"), "IT%s_00A7K.xml" % F["piva"], m.date)])
    m.what = ("Courtesy copy of the carrier's e-invoice 1893/26 (transport Milano–München, 3.891,80 EUR) with the "
              "PDF and the FatturaPA XML; original via SdI.")
    m.why = ("Real Microsoft 365 tenant of the carrier, matches the transport of 27-28/10, IBAN identical in PDF and "
             "XML (Banco BPM, known from earlier invoices), reference to the SdI original.")
    m.hard_negative_of = (["attack/17-it-ferretti-thread-hijack-iban.eml"],
                          "Same thread and invoice. Genuine: original courtesy copy, IBAN = XML/SdI. Attack: reply in "
                          "the thread from the compromised mailbox with a new IBAN and a look-alike Reply-To.")
    return m.finish(mta.m365, root, region="EUR", lang="it", tenant_id=F["tenant"])


def b18():
    m = Msg("18-it-ferretti-ritiro-lotti-cmr.eml", "business", "it")
    m.frm = CHIARA
    m.to = [("Giulia Ferraro", "giulia.ferraro@example.com")]
    m.cc = [("Florian Huber", "florian.huber@example.com")]
    m.subject = "Ritiro lotti invenduti asta 19/11 – conferma lunedì 23/11 ore 8:30 + CMR"
    m.date = U.local("CET", 2026, 11, 20, 17, 12, 50)
    m.ol_server = U.outlook_server(m.rng, "EUR")
    m.msgid = U.outlook_msgid(m.rng, m.ol_server)
    m.content_lang = "it-IT"
    m.accept_lang = "it-IT, en-US"
    m.hcharset = ("windows-1252", "Q")
    m.fact("phones", "+39 345 781 2290", "+39 045 820 4170")
    text = ("Ciao Giulia,\n\nti confermo il ritiro dei lotti invenduti e dei lotti destinati a Monaco lunedì 23/11 "
            "alle 8:30 in Via Borgonuovo. Verrà Davide con il furgone climatizzato (targa GF 418 TX) e un "
            "aiutante.\n\nIn allegato trovi la bozza della CMR con l'elenco dei colli (14 casse + 3 pallet). Ti chiedo "
            "di controllare i pesi che mi avevi mandato martedì, sul lotto 87 (lampada Arredoluce) mi risultano due "
            "colli invece di uno.\n\nArrivo previsto a Aschheim mercoledì 25/11 in mattinata: Florian, ci sentiamo "
            "martedì per l'orario di scarico.\n\nPer qualsiasi cosa il mio cellulare è +39 345 781 2290.\n\n"
            "Grazie e buon weekend!\n\nChiara Colombo\nUfficio Traffico – Customer Service\nFerretti Trasporti S.p.A.\n"
            "Via dell'Artigianato 31 – 37135 Verona (VR)\nTel. +39 045 820 4170\n")
    html = outlook_html(text, "windows-1252", "IT")
    alt = outlook_alt(m, text, html, "windows-1252")
    cmr = docs.invoice(
        m.file + "cmr", "CMR FT-26-4471 (bozza)", dict(name="LETTERA DI VETTURA INTERNAZIONALE – CMR", lines=[
            "Convenzione CMR – Ginevra 19.05.1956 · Documento n. FT-26-4471 – BOZZA"]),
        ["1 Mittente: Example Group Aste S.r.l., Via Borgonuovo 14, 20121 Milano",
         "2 Destinatario: Example Group Auktionen GmbH, Lager Aschheim, Dornacher Str. 3, 85609 Aschheim (DE)",
         "3 Luogo di consegna: Aschheim (DE)", "4 Luogo e data di presa in carico: Milano, 23/11/2026"],
        [("16 Vettore", "Ferretti Trasporti S.p.A."), ("Targa", "GF 418 TX"), ("Documento", "FT-26-4471")],
        ["Colli", "Natura della merce / contrassegni", "Peso lordo kg", "Volume m³"],
        [["14", "Casse in legno – arredi e oggetti di design (lotti 12–97, vedi elenco)", "1.240", "9,8"],
         ["3", "Pallet – lampade e vetri imballati (lotti 85–92)", "310", "3,6"]],
        [("Totale colli", "17", True), ("Peso lordo totale", "1.550 kg", False)],
        notes=["13 Istruzioni del mittente: trasporto a temperatura controllata 18–21 °C, non sovrapporre le casse "
               "contrassegnate \"FRAGILE / ALTO\". Merce assicurata ad valorem."],
        footer=["Ferretti Trasporti S.p.A. – Via dell'Artigianato 31 – 37135 Verona"],
        producer="Microsoft® Excel® per Microsoft 365", creator="Microsoft® Excel® per Microsoft 365",
        created="D:20261120170155+01'00'", accent=(0.0, 0.35, 0.25), col_x=[50, 90, 400, 480])
    root = outlook_mixed(m, alt, [outlook_att("application/pdf", cmr, "CMR_FT-26-4471_bozza.pdf", m.date)])
    m.what = ("Carrier's traffic office confirms the pick-up of lots after the Milan sale and sends the draft CMR "
              "consignment note (PDF) for checking.")
    m.why = ("Known contact on the carrier's tenant, operational details consistent with the sale, asks to check "
             "data rather than to pay or log in, mobile number for questions.")
    m.hard_negative_of = (["attack/17-it-ferretti-thread-hijack-iban.eml"],
                          "Mail from the same carrier tenant. Genuine: logistics only. Attack: payment redirection "
                          "from the compromised administration mailbox.")
    return m.finish(mta.m365, root, region="EUR", lang="it", tenant_id=F["tenant"])


def b19():
    m = Msg("19-it-aruba-pec-scadenza-autentica.eml", "business", "it")
    m.frm = ("Aruba.it", "comunicazioni@staff.aruba.it")
    m.to = [("", "marco.bernardi@example.com")]
    m.subject = "La casella PEC examplegroupaste@pec.it scade il 15/12/2026"
    m.date = U.local("CET", 2026, 11, 15, 6, 30, 14)
    m.msgid = "<%s.%s@staff.aruba.it>" % (U.hexs(m.rng, 16), U.digits(m.rng, 10))
    l1 = "https://admin.aruba.it/PannelloAdmin/login.aspx?Op=ChangeContext&Lang=IT"
    l2 = "https://guide.pec.it/soluzioni-pec/rinnovo-casella.aspx"
    text = ("Gentile Cliente,\n\nti ricordiamo che il servizio\n\nPEC Pro – examplegroupaste@pec.it\ncontratto n. "
            "PEC-2019-3318204\n\nscadrà il 15/12/2026.\n\nSe hai attivato il rinnovo automatico non devi fare nulla: "
            "l'addebito avverrà 10 giorni prima della scadenza. In caso contrario puoi rinnovare il servizio "
            "accedendo all'Area Clienti di Aruba con le tue credenziali, digitando direttamente l'indirizzo nel "
            "browser:\n%s\n\nMaggiori informazioni sul rinnovo: %s\n\nTi ricordiamo che Aruba non richiede mai "
            "l'inserimento di dati di pagamento tramite link inviati via e-mail o SMS.\n\nCordiali saluti,\n"
            "Aruba S.p.A.\n") % (l1, l2)
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body '
            'style="font-family:Arial,sans-serif;font-size:14px;color:#333"><table width="600" align="center"><tr><td '
            'style="border-bottom:3px solid #ff6600;padding:10px 0"><img src="https://www.aruba.it/static/img/logo-aruba.png" '
            'alt="Aruba.it" width="120"></td></tr><tr><td style="padding:20px 0">%s</td></tr><tr><td style="font-size:11px;'
            'color:#888">Aruba S.p.A. – Via San Clemente 53 – 24036 Ponte San Pietro (BG) – P.IVA 01573850516</td></tr>'
            '</table></body></html>\n') % paras_html(text)
    for u in (l1, l2):
        html = html.replace(esc(u), '<a href="%s">%s</a>' % (u.replace("&", "&amp;"), esc(u)))
    root = P("multipart/alternative", boundary="----=_Part_%d_%d.%d" % (
        m.rng.randint(10 ** 5, 10 ** 6), m.rng.randint(10 ** 8, 10 ** 9), U.ts(m.date) * 1000), children=[
        P("text/plain", text=text, charset="UTF-8", cte="base64"),
        P("text/html", text=html, charset="UTF-8", cte="base64")])
    m.envfrom = "bounce-comunicazioni@staff.aruba.it"
    m.what = "Genuine Aruba reminder that the Milan office's PEC mailbox expires on 15/12/2026 (renewal in the customer area)."
    m.why = ("Aruba's own mail servers with DKIM d=staff.aruba.it, correct contract data, no payment link (only the "
             "customer-area start page), explicit warning against payment links.")
    m.hard_negative_of = (["attack/20-it-aruba-pec-rinnovo-phishing.eml"],
                          "Aruba PEC renewal. Genuine: Aruba servers with DKIM, no payment link. Attack: spoofed "
                          "From via PHPMailer, 'suspended', look-alike payment page.")
    return m.finish(mta.generic_org, root, mta="smtpcmd04107.aruba.it", mta_ip="62.149.156.107", dkim_sel="a1",
                    dkim_domain="staff.aruba.it", hlist="From:To:Subject:Date:Message-ID:MIME-Version:Content-Type",
                    inner=["Received: from mailer-pec-notify03.staff.aruba.it ([10.10.10.43])\n\tby smtpcmd04107.aruba.it "
                           "with bizsmtp\n\tid 7Ffq2XcP00R9kqB01Ffq5T; {DATE}"],
                    order=["Date", "From", "To", "Message-ID", "Subject", "MIME-Version", "__MIME__",
                           "=X-Aruba-Campaign: PEC-RINNOVO-30GG"])


def b20():
    m = Msg("20-it-comune-milano-tari-pagopa-qr.eml", "business", "it")
    m.frm = ("Comune di Milano - Tributi", "tari.noreply@comune.milano.it")
    m.to = [("", "giulia.ferraro@example.com")]
    m.subject = "Avviso di pagamento TARI 2026 - utenza non domestica - EXAMPLE GROUP ASTE S.R.L."
    m.date = U.local("CET", 2026, 10, 8, 10, 5, 1)
    m.msgid = "<%s.JavaMail.tributi@app-tari02.comune.milano.it>" % U.digits(m.rng, 14)
    avviso = "301" + U.digits(m.rng, 15)
    payload = m.qr("PAGOPA|002|%s|01199250158|214800" % avviso)
    m.fact("other", "pagoPA notice code %s, creditor tax code 01199250158, amount EUR 2.148,00" % avviso)
    text = ("Gentile contribuente,\n\nin allegato trova l'avviso di pagamento della Tassa sui rifiuti (TARI) per "
            "l'anno 2026 relativo all'utenza non domestica di Via Borgonuovo 14 (categoria 12 - uffici, agenzie, "
            "studi professionali; superficie 186 mq).\n\nImporto totale: € 2.148,00\nScadenza rata unica: 2/12/2026\n"
            "Codice avviso pagoPA: %s\n\nPuò pagare con il codice QR riportato sull'avviso tramite l'app IO, il "
            "proprio home banking, gli sportelli ATM abilitati o presso gli esercenti aderenti a pagoPA.\n\n"
            "L'avviso è consultabile anche nel Fascicolo del Cittadino (area imprese) sul portale del Comune di "
            "Milano.\n\nQuesta e-mail è inviata da un indirizzo non presidiato.\n\nComune di Milano\nDirezione "
            "Entrate - Area Tari\n") % " ".join(avviso[i:i + 4] for i in range(0, 18, 4))
    avv = docs.letter(
        m.file, "Avviso di pagamento TARI 2026", dict(name="Comune di Milano", lines=[
            "Direzione Entrate – Area Tari · Via Larga 12 · 20122 Milano", "C.F. 01199250158"]),
        ["EXAMPLE GROUP ASTE S.R.L.", "Via Borgonuovo 14", "20121 Milano (MI)", "C.F./P.IVA %s" % IT["tax"]],
        "Milano, 05/10/2026", "AVVISO DI PAGAMENTO TARI 2026 – Utenza non domestica",
        ["Utenza: Via Borgonuovo 14, piano 1 – categoria 12 (uffici, agenzie, studi professionali) – superficie "
         "tassabile 186 mq.",
         "Quota fissa € 1.208,72 – quota variabile € 837,04 – tributo provinciale (TEFA 5%) € 102,29. Totale dovuto "
         "€ 2.148,05, arrotondato a € 2.148,00.",
         "Ente creditore: Comune di Milano – C.F. 01199250158 – Codice avviso: %s" % avviso],
        "Il Direttore dell'Area Tari", [""], qr_payload=payload,
        qr_caption="Inquadra il codice QR con l'app IO\no con la tua app bancaria\n"
                   "Rata unica entro il 02/12/2026\nImporto € 2.148,00",
        footer=["Comune di Milano – avviso emesso ai sensi della L. 147/2013 e del Regolamento TARI comunale"],
        producer="JasperReports Library version 6.20.0", creator="JasperReports", created="D:20261005081200+02'00'",
        accent=(0.78, 0.11, 0.16), lang="it-IT")
    root = P("multipart/mixed", boundary="----=_Part_%d_%d.%d" % (
        m.rng.randint(10 ** 5, 10 ** 6), m.rng.randint(10 ** 8, 10 ** 9), U.ts(m.date) * 1000), children=[
        P("text/plain", text=text, charset="ISO-8859-15", cte="quoted-printable"),
        att("application/pdf", avv, "TARI2026_%s.pdf" % avviso, fn_style="plain")])
    m.what = ("Milan municipality's TARI (waste tax) payment notice 2026 for the Milan office, PDF with pagoPA QR code "
              "(notice code, creditor tax code, amount in cents).")
    m.why = ("Sent by the municipality's tax application relay, correct address/area of the office, pagoPA QR pays "
             "only the registered creditor (Comune di Milano), no links, non-monitored sender stated.")
    m.hard_negative_of = (["attack/18-it-agenzia-entrate-comunicazione-link.eml"],
                          "Tax/payment notice from a public authority. Genuine: pagoPA notice payable only to the "
                          "public creditor, no link. Attack: look-alike Agency domain with a download link and threats.")
    return m.finish(mta.generic_org, root, mta="smtp-out02.comune.milano.it", mta_ip="192.0.2.118",
                    spf="pass", dkim_sel="cdm2024", hlist="From:To:Subject:Date:Message-ID",
                    inner=["Received: from app-tari02.comune.milano.it (app-tari02.comune.milano.it [10.51.8.22])\n"
                           "\tby smtp-out02.comune.milano.it (Postfix) with ESMTP id %s;\n\t{DATE}" % U.postfix_qid(m.rng)],
                    order=["Date", "From", "To", "Message-ID", "Subject", "MIME-Version", "__MIME__"])


def b21():
    m = Msg("21-it-invito-anteprima-asta-ics.eml", "business", "it")
    g = W.person("giulia.ferraro@example.com")
    m.frm = g
    atts = [W.person("konstantin.rehberg@example.com"), W.person("katharina.seidl@examplegroup.eu"),
            W.person("marco.bernardi@example.com"), W.person("sophie.lindner@example.com")]
    m.to = [(W.short(a), a) for _, a in atts]
    m.subject = "Anteprima stampa e collezionisti – Design del Novecento"
    m.date = U.local("CET", 2026, 11, 4, 12, 18, 40)
    m.msgid = "<%s@EXCH02.corp.example.com>" % U.hexs(m.rng, 32)
    m.content_lang = "it-IT"
    m.accept_lang = "it-IT, de-DE, en-US"
    text = ("Ciao a tutti,\n\nvi invito all'anteprima riservata a stampa e collezionisti dell'asta \"Design del "
            "Novecento\" di giovedì 12 novembre alle 18:30 in Via Borgonuovo 14. Sono confermati circa 60 ospiti; "
            "Konstantin farà un breve saluto alle 19:00.\n\nSophie, i cataloghi stampati arrivano lunedì.\n\nA "
            "presto,\nGiulia\n")
    html = outlook_html(text, "utf-8", "IT")
    cal = ics("040000008200E00074C5B7101A82E00800000000%s" % U.hexs(m.rng, 32, True), (W.short(g[1]), g[1]),
              [(W.short(a), a) for _, a in atts], "20261112T183000", "20261112T210000",
              "Anteprima stampa e collezionisti – Design del Novecento", "Via Borgonuovo 14, Milano – Sala 1",
              text, U.dstr(m.date, "UTC", "%Y%m%dT%H%M%SZ"))
    root = P("multipart/alternative", boundary="_000_%s_" % m.msgid.strip("<>").replace("@", "").replace(".", "")[:60],
             children=[P("text/plain", text=text, charset="utf-8", cte="quoted-printable"),
                       P("text/html", text=html, charset="utf-8", cte="quoted-printable"),
                       P("text/calendar", data=cal.encode("utf-8"), cte="base64",
                         params=['charset="utf-8"', "method=REQUEST"])])
    m.extra_after = []
    m.what = ("Internal Exchange meeting request from the Milan office manager for the press and collectors' preview "
              "of the Milan design sale (text/calendar METHOD:REQUEST).")
    m.why = ("Internal route EXCH02 → mail-int01, organiser and attendees are colleagues, no links, standard "
             "Exchange calendar part.")
    m.hard_negative_of = (["attack/13-en-device-code-phish-compromised-carrow.eml"],
                          "Calendar invitation. Genuine: internal organiser, location only. Attack: invite whose "
                          "description carries device-code instructions.")
    return m.finish(mta.exchange_internal, root)


ATTACK = [a17, a18, a19, a20, a21]
BUSINESS = [b17, b18, b19, b20, b21]
