"""business/17-21 (Italian)."""

import random
import struct

import arch
import docs
import ids
import infra
import kit
import mime
import pdf
import senders
import shared
from arch import xesc
from common import (E, Eq, msg, outlook_html, spec, finish_html, gmail_html)
from company import CORR, ENT, P, TEN
from infra import T, hdr, plus, rfcdate

F = CORR["ferretti"]
EI = ENT["IT"]


def fattura_xml(prog, num, data, lines):
    tot = sum(q * p for (_, q, p) in lines)
    det = ""
    for i, (desc, q, p) in enumerate(lines):
        det += ("<DettaglioLinee><NumeroLinea>%d</NumeroLinea><Descrizione>%s</Descrizione><Quantita>%.2f</Quantita>"
                "<PrezzoUnitario>%.2f</PrezzoUnitario><PrezzoTotale>%.2f</PrezzoTotale><AliquotaIVA>0.00</AliquotaIVA><Natura>N3.4</Natura></DettaglioLinee>"
                % (i + 1, xesc(desc), q, p, q * p))
    x = ('<?xml version="1.0" encoding="UTF-8"?>\n'
         '<p:FatturaElettronica xmlns:ds="http://www.w3.org/2000/09/xmldsig#" xmlns:p="http://ivaservizi.agenziaentrate.gov.it/docs/xsd/fatture/v1.2" '
         'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" versione="FPR12">\n'
         '<FatturaElettronicaHeader><DatiTrasmissione><IdTrasmittente><IdPaese>IT</IdPaese><IdCodice>%s</IdCodice></IdTrasmittente>'
         '<ProgressivoInvio>%s</ProgressivoInvio><FormatoTrasmissione>FPR12</FormatoTrasmissione><CodiceDestinatario>%s</CodiceDestinatario></DatiTrasmissione>'
         '<CedentePrestatore><DatiAnagrafici><IdFiscaleIVA><IdPaese>IT</IdPaese><IdCodice>%s</IdCodice></IdFiscaleIVA><Anagrafica><Denominazione>FERRETTI TRASPORTI S.P.A.</Denominazione></Anagrafica>'
         '<RegimeFiscale>RF01</RegimeFiscale></DatiAnagrafici><Sede><Indirizzo>VIA DELL\'INDUSTRIA</Indirizzo><NumeroCivico>48</NumeroCivico><CAP>42124</CAP><Comune>REGGIO EMILIA</Comune><Provincia>RE</Provincia><Nazione>IT</Nazione></Sede></CedentePrestatore>'
         '<CessionarioCommittente><DatiAnagrafici><IdFiscaleIVA><IdPaese>IT</IdPaese><IdCodice>%s</IdCodice></IdFiscaleIVA><Anagrafica><Denominazione>EXAMPLE CARNI ITALIA S.R.L.</Denominazione></Anagrafica></DatiAnagrafici>'
         '<Sede><Indirizzo>STRADA TRAVERSANTE SAN LEONARDO</Indirizzo><NumeroCivico>17</NumeroCivico><CAP>43122</CAP><Comune>PARMA</Comune><Provincia>PR</Provincia><Nazione>IT</Nazione></Sede></CessionarioCommittente></FatturaElettronicaHeader>\n'
         '<FatturaElettronicaBody><DatiGenerali><DatiGeneraliDocumento><TipoDocumento>TD01</TipoDocumento><Divisa>EUR</Divisa><Data>%s</Data><Numero>%s</Numero>'
         '<ImportoTotaleDocumento>%.2f</ImportoTotaleDocumento></DatiGeneraliDocumento></DatiGenerali>'
         '<DatiBeniServizi>%s<DatiRiepilogo><AliquotaIVA>0.00</AliquotaIVA><Natura>N3.4</Natura><ImponibileImporto>%.2f</ImponibileImporto><Imposta>0.00</Imposta>'
         '<RiferimentoNormativo>Non imponibile art. 9, c. 1, n. 2, DPR 633/72</RiferimentoNormativo></DatiRiepilogo></DatiBeniServizi>'
         '<DatiPagamento><CondizioniPagamento>TP02</CondizioniPagamento><DettaglioPagamento><ModalitaPagamento>MP05</ModalitaPagamento>'
         '<DataScadenzaPagamento>2026-11-30</DataScadenzaPagamento><ImportoPagamento>%.2f</ImportoPagamento><IstitutoFinanziario>BANCO BPM S.P.A.</IstitutoFinanziario>'
         '<IBAN>%s</IBAN></DettaglioPagamento></DatiPagamento></FatturaElettronicaBody>\n</p:FatturaElettronica>\n'
         % (F["vat"][2:], prog, EI["sdi"], F["vat"][2:], EI["vat"][2:], data, num, tot, det, tot, tot, F["iban"]))
    return x.encode("utf-8"), tot


def ferretti_invoice_pdf(t, num, lines, tot):
    d = pdf.Doc(title="Fattura " + num, author="Ferretti Trasporti", creator="TeamSystem Enterprise", producer="TeamSystem Enterprise - Stampa PDF",
                date=docs.pdfdate(t))
    W = 595.28
    d.rect(0, 800, W, 41.89, fill=(0.72, 0.11, 0.11))
    d.text(56, 815, "FERRETTI TRASPORTI S.p.A.", "F2", 15, color=(1, 1, 1))
    d.rtext(W - 56, 817, "Copia di cortesia - documento non valido ai fini fiscali", "F1", 7.5, color=(1, 1, 1))
    d.text(56, 770, "Via dell'Industria 48 - 42124 Reggio Emilia (RE) - P.IVA " + F["vat"][2:], "F1", 8)
    d.text(330, 740, "Spett.le", "F1", 9)
    for i, ln in enumerate(["EXAMPLE CARNI ITALIA S.R.L.", "Strada Traversante San Leonardo 17", "43122 PARMA (PR)", "P.IVA " + EI["vat"][2:], "Cod. dest. SdI " + EI["sdi"]]):
        d.text(330, 727 - i * 12, ln, "F2" if i == 0 else "F1", 9)
    d.text(56, 740, "FATTURA N. %s" % num, "F2", 12)
    d.text(56, 725, "del 31/10/2026", "F1", 9)
    y = 640
    d.rect(56, y - 4, W - 112, 15, fill=(0.92, 0.92, 0.92))
    d.text(60, y, "Descrizione", "F2", 8.5)
    d.rtext(460, y, "Q.tà", "F2", 8.5)
    d.rtext(539, y, "Importo €", "F2", 8.5)
    y -= 16
    for desc, q, p in lines:
        d.text(60, y, desc, "F1", 7.8)
        d.rtext(460, y, "%d" % q, "F1", 8)
        d.rtext(539, y, shared.it_amount(q * p), "F1", 8)
        y -= 13
    d.line(56, y + 6, W - 56, y + 6)
    for k, v in [("Imponibile", shared.it_amount(tot)), ("IVA (N3.4 non imponibile art. 9 DPR 633/72)", "0,00"), ("Totale documento", shared.it_amount(tot))]:
        y -= 14
        d.text(300, y, k, "F2" if k.startswith("Totale") else "F1", 8.5)
        d.rtext(539, y, v, "F2" if k.startswith("Totale") else "F1", 8.5)
    y -= 30
    for ln in ["Pagamento: bonifico bancario a 30 gg d.f. - scadenza 30/11/2026",
               "Banco BPM S.p.A. - IBAN " + ids.fmt_iban(F["iban"]) + " - BIC " + F["bic"],
               "Documento trasmesso al Sistema di Interscambio; l'originale è disponibile nella Sua area riservata dell'Agenzia delle Entrate."]:
        d.text(56, y, ln, "F1", 8.5)
        y -= 12
    return d.render()


# ------------------------------------------------------------------ 17 ----
@msg("business", "17", "it", "ferretti-fattura-xml-cortesia")
def b17(c):
    r = c.rng
    ten = TEN["ferretti"]
    t = T(2026, 10, 31, 10, 7, 33)
    mb = P("marco.bertolini")
    num = shared.FERRETTI_OPEN[2][0]
    lines = [(d, q, float(p)) for (d, q, p) in shared.FERRETTI_1231_LINES]
    xml, tot = fattura_xml("0B3F%d" % r.randint(1, 9), num, "2026-10-31", lines)
    pdfb = ferretti_invoice_pdf(t, num, lines, tot)
    xname = "IT%s_%s.xml" % (F["vat"][2:], infra.ralnum(r, 5, "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"))
    text = """Buongiorno,

in allegato la copia di cortesia della fattura n. %s del 31/10/2026 (PDF e file XML trasmesso allo SdI) relativa ai trasporti di ottobre.

Totale documento: € %s - scadenza 30/11/2026 - bonifico su Banco BPM come da anagrafica.

Cordiali saluti

Ufficio Amministrazione
Ferretti Trasporti S.p.A.
Via dell'Industria 48 - 42124 Reggio Emilia (RE)
Tel. +39 0522 934 711 - amministrazione@ferretti-trasporti.it
""" % (num, shared.it_amount(tot))
    html = outlook_html(text, "it")
    msgid, local = infra.m365_msgid(r, ten)
    root = kit.outlook(local, ten.mbx + "eurp", text, html, "iso-8859-15",
                       atts=[(pdfb, "application/pdf", "Fattura_%s.pdf" % num.replace("/", "_")), (xml, "text/xml", xname)])
    s = infra.m365_send(r, ten, t, mime.addr("Amministrazione Ferretti", "amministrazione@ferretti-trasporti.it"),
                        [mime.addr("Bertolini, Marco", mb[1], quote_always=True)], "Fattura n. %s del 31/10/2026 - copia di cortesia" % num, msgid,
                        has_attach=True, lang="it-IT", accept="it-IT, en-US")
    H, _, _ = infra.deliver(r, s, mb[1], dmarc=("pass", "quarantine", "ferretti-trasporti.it"), arc=s.arc)
    return spec(H, root,
                "The road carrier sends the courtesy copy of invoice 2026/FT/1231 (PDF) plus the FatturaPA XML sent to SdI.",
                "Carrier's real Microsoft 365 tenant (DKIM/DMARC pass); FatturaPA XML with correct VAT numbers, SdI code and N3.4 non-taxable international transport; payment to the carrier's known Banco BPM account.",
                ibans=[F["iban"]], phones=["+39 0522 934 711"],
                pair=[("17", "Carrier invoices and the bank account to pay them to",
                       "Attack (same mailbox, hijacked) moves payments to a new Banca Sella account with urgency; genuine invoice and XML keep the Banco BPM IBAN recorded in SdI.")])


# ------------------------------------------------------------------ 18 ----
def fake_p7s(r, n=1800):
    inner = bytes(r.randrange(256) for _ in range(n))
    oid = bytes([0x06, 0x09, 0x2A, 0x86, 0x48, 0x86, 0xF7, 0x0D, 0x01, 0x07, 0x02])
    seq_inner = b"\x30\x82" + struct.pack(">H", len(inner)) + inner
    a0 = b"\xA0\x82" + struct.pack(">H", len(seq_inner)) + seq_inner
    body = oid + a0
    return b"\x30\x82" + struct.pack(">H", len(body)) + body


@msg("business", "18", "it", "pec-legalmail-contratto-trasporto")
def b18(c):
    r = c.rng
    t = T(2026, 11, 12, 10, 14, 22)
    gf = P("giulia.ferraro")
    orig_t = plus(t, -4)
    # original message (postacert.eml)
    d = docs.letter(title="Contratto di trasporto 2027", author="Ferretti Trasporti", date=docs.pdfdate(plus(t, -86400)),
                    brand="FERRETTI TRASPORTI", brand_color=(0.72, 0.11, 0.11), brand_sub="Trasporti a temperatura controllata",
                    sender_line="Ferretti Trasporti S.p.A. · Via dell'Industria 48 · 42124 Reggio Emilia",
                    recipient=["Spett.le", "Example Carni Italia S.r.l.", "Strada Traversante San Leonardo 17", "43122 Parma (PR)"],
                    place_date="Reggio Emilia, 11/11/2026", subject="Contratto di trasporto 2027 - condizioni economiche",
                    body=["Con riferimento agli accordi intercorsi, Vi trasmettiamo il contratto di trasporto per l'anno 2027 relativo alle tratte Vechta (DE) - Parma/Reggio Emilia e ritorno in regime di temperatura controllata (0/+4 °C).",
                          ("box", [("Tratta Vechta - Parma:", "€ 1.740,00 / viaggio completo"), ("Tratta Vechta - RE/MO:", "€ 1.670,00 / viaggio completo"),
                                   ("Adeguamento gasolio:", "trimestrale, base 1,62 €/l"), ("Pagamento:", "bonifico 30 gg d.f.")]),
                          "Le coordinate bancarie restano invariate (Banco BPM, IBAN %s). Vi preghiamo di restituire copia firmata del contratto via PEC entro il 15/12/2026." % ids.fmt_iban(F["iban"])],
                    closing=["Ferretti Trasporti S.p.A.", "Ufficio Commerciale", "Chiara Colombo"],
                    footer=[["Ferretti Trasporti S.p.A.", "P.IVA " + F["vat"][2:]], ["PEC " + F["pec"], "Tel. +39 0522 934 711"]])
    pdfb = d.render()
    otext = """Spett.le Example Carni Italia S.r.l.,

si trasmette in allegato il contratto di trasporto per l'anno 2027 con le condizioni economiche concordate. Vi preghiamo di restituircene copia firmata digitalmente via PEC.

Distinti saluti
Ferretti Trasporti S.p.A.
Ufficio Commerciale
"""
    ob = "----=_Part_%d_%d.%d" % (r.randint(10 ** 5, 10 ** 6), r.randint(10 ** 8, 10 ** 9), infra.epoch(orig_t) * 1000)
    oroot = kit.mixed(ob, [mime.text(otext, "plain", "iso-8859-1", "quoted-printable", ct_style="bare"),
                           mime.attachment(pdfb, "application/pdf", "Contratto_trasporto_2027_Example_Carni.pdf", style="plain")], quoted=True)
    omid = "<%d.%d.%d.JavaMail.defaultUser@webmail.legalmail.it>" % (r.randint(10 ** 6, 10 ** 7), r.randint(10, 99), infra.epoch(orig_t) * 1000)
    oh = [hdr("Date", rfcdate(orig_t, "CET")), hdr("From", F["pec"]), hdr("To", gf[1]), hdr("Message-ID", omid),
          hdr("Subject", "Contratto di trasporto 2027"), hdr("MIME-Version", "1.0"), ("__CONTENT__", None)]
    orig = mime.to_bytes(mime.serialize(oh, oroot))
    lt, off, ab = infra.local(t, "CET")
    ident = "opec21%04d.%s.%d.%d.1.%d@pec.legalmail.it" % (r.randint(0, 9999), lt.strftime("%Y%m%d%H%M%S"), r.randint(10000, 99999), r.randint(100, 999), r.randint(10, 99))
    txt = """Messaggio di posta certificata

Il giorno %s alle ore %s (+0100) il messaggio
"Contratto di trasporto 2027" è stato inviato da "%s"
indirizzato a:
%s
Il messaggio originale è incluso in allegato.
Identificativo messaggio: %s
""" % (lt.strftime("%d/%m/%Y"), lt.strftime("%H:%M:%S"), F["pec"], gf[1], ident)
    htm = "<html><body><p><b>Messaggio di posta certificata</b></p>" + "<p>%s</p>" % E(txt.split("\n", 2)[2]).replace("\n", "<br>") + "</body></html>"
    dati = ('<?xml version="1.0" encoding="UTF-8"?>\n<postacert tipo="posta-certificata" errore="nessuno">\n<intestazione>\n'
            '<mittente>%s</mittente>\n<destinatari tipo="esterno">%s</destinatari>\n<risposte>%s</risposte>\n<oggetto>Contratto di trasporto 2027</oggetto>\n'
            '</intestazione>\n<dati>\n<gestore-emittente>INFOCERT SPA</gestore-emittente>\n<data zona="+0100">\n<giorno>%s</giorno>\n<ora>%s</ora>\n</data>\n'
            '<identificativo>%s</identificativo>\n<msgid>&lt;%s&gt;</msgid>\n</dati>\n</postacert>\n') % (
        F["pec"], gf[1], F["pec"], lt.strftime("%d/%m/%Y"), lt.strftime("%H:%M:%S"), ident, omid.strip("<>"))
    alt = kit.alt("----=_Part_%d" % r.randint(10 ** 8, 10 ** 9), txt, htm, "iso-8859-1", "quoted-printable", ct_style="bare")
    dx = mime.attachment(dati.encode("utf-8"), "application/xml", "daticert.xml", style="plain", disposition="inline")
    pe = mime.rfc822(orig, "postacert.eml", style="plain")
    pe.ctype = 'message/rfc822; name="postacert.eml"'
    pe.headers = [("Content-Disposition", 'inline; filename="postacert.eml"')]
    inner = kit.mixed("----=_Part_%d" % r.randint(10 ** 8, 10 ** 9), [alt, dx, pe], quoted=True)
    sig = mime.attachment(fake_p7s(r), "application/x-pkcs7-signature", "smime.p7s", style="plain")
    sb = "----=_Part_%d" % r.randint(10 ** 8, 10 ** 9)
    root = mime.multipart_inline("signed", [inner, sig], sb)
    root.ctype = 'multipart/signed; protocol="application/x-pkcs7-signature"; micalg=sha-256; boundary="%s"' % sb
    frm = '"Per conto di: %s" <posta-certificata@legalmail.it>' % F["pec"]
    ch = [hdr("Date", rfcdate(t, "CET")), hdr("X-Riferimento-Message-ID", omid), hdr("X-Trasporto", "posta-certificata"),
          hdr("Message-ID", "<%s>" % ident), hdr("From", frm), hdr("Reply-To", F["pec"]),
          hdr("Subject", "POSTA CERTIFICATA: Contratto di trasporto 2027"), hdr("To", gf[1]),
          hdr("MIME-Version", "1.0"), ("__CONTENT__", None)]
    host, ip = "mx02.pec.legalmail.it", "192.0.2.77"
    inner_r = [infra.raw("Received", "from smtp.pec.legalmail.it (10.64.%d.%d) by %s (Postfix) with ESMTP id %s;\r\n\t%s" %
                         (r.randint(1, 20), r.randint(2, 250), host, infra.postfix_short_qid(r), rfcdate(plus(t, 1), "CET", "postfix")))]
    s = senders.own_postfix(r, t, ch, frm, host, ip, dkim_domain="legalmail.it", selector="pec", inner=inner_r, amavis=False,
                            mailfrom="posta-certificata@legalmail.it")
    H, _, _ = infra.deliver(r, s, gf[1], dmarc=("pass", "none", "legalmail.it"))
    return spec(H, root,
                "Certified e-mail (PEC via InfoCert Legalmail) from the carrier delivered to a normal mailbox: transport contract 2027 (postacert.eml with PDF, daticert.xml, S/MIME signature).",
                "Standard PEC envelope structure from the PEC provider (multipart/signed, daticert.xml, postacert.eml), sender is the carrier's registered PEC address, contract confirms the unchanged Banco BPM account.",
                ibans=[F["iban"]], phones=["+39 0522 934 711"],
                pair=[("18", "Official/certified communications in Italy",
                       "Attack abuses the name 'Agenzia delle Entrate' from an ordinary hijacked mailbox with a ZIP link; genuine PEC arrives with the provider's signed envelope and data certificate."),
                      ("19", "PEC (Legalmail) mailbox", "Attack claims the Legalmail PEC box expires and collects card data through a Google Form; genuine PEC mail comes through Legalmail's own certified infrastructure.")])


# ------------------------------------------------------------------ 19 ----
@msg("business", "19", "it", "google-avviso-sicurezza-nuovo-accesso")
def b19(c):
    r = c.rng
    t = T(2026, 11, 23, 8, 47, 31)
    gf = P("giulia.ferraro")
    eid = infra.ralnum(r, 22, senders.ALNUM + "-_")
    u1 = ("https://accounts.google.com/AccountChooser?Email=giulia.ferraro@example.com&continue=https://myaccount.google.com/alert/nt/%d?rfn%%3D325%%26rfnc%%3D1%%26eid%%3D%s%%26et%%3D0"
          % (infra.epoch(t) * 1000 + r.randint(0, 999), eid))
    u2 = "https://myaccount.google.com/notifications"
    text = """Nuovo accesso su Windows

giulia.ferraro@example.com

Abbiamo rilevato un nuovo accesso al tuo Account Google su un dispositivo Windows. Se sei stato tu, non devi fare nulla. In caso contrario, ti aiuteremo a proteggere il tuo account.

Controlla l'attività:
%s

Puoi anche visualizzare l'attività relativa alla sicurezza all'indirizzo
%s

Abbiamo inviato questa email per informarti in merito a modifiche importanti apportate al tuo Account Google e ai tuoi servizi.
© 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
""" % (u1, u2)
    html = ('<!DOCTYPE html><html lang="it"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body style="margin:0;padding:0;background:#ffffff">'
            '<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px 8px"><table width="516" cellpadding="0" cellspacing="0" style="border:thin solid #dadce0;border-radius:8px">'
            '<tr><td align="center" style="padding:40px 20px 24px;font-family:\'Google Sans\',Roboto,Arial,sans-serif;border-bottom:thin solid #dadce0">'
            '<img src="https://www.gstatic.com/images/branding/googlelogo/2x/googlelogo_color_74x24dp.png" width="74" height="24" alt="Google"><br><br>'
            '<div style="font-size:24px;color:#202124">Nuovo accesso su Windows</div><div style="font-size:14px;color:#3c4043;padding-top:8px">giulia.ferraro@example.com</div></td></tr>'
            '<tr><td style="padding:20px;font-family:Roboto,Arial,sans-serif;font-size:14px;color:#3c4043;line-height:20px;text-align:center">Abbiamo rilevato un nuovo accesso al tuo Account Google su un dispositivo Windows. '
            'Se sei stato tu, non devi fare nulla. In caso contrario, ti aiuteremo a proteggere il tuo account.'
            '<div style="padding-top:32px"><a href="%s" style="background:#4184f3;color:#fff;padding:10px 24px;border-radius:4px;text-decoration:none;font-weight:500">Controlla l\'attività</a></div></td></tr>'
            '<tr><td style="padding:0 20px 24px;font-family:Roboto,Arial,sans-serif;font-size:12px;color:#5f6368;text-align:center">Puoi anche visualizzare l\'attività relativa alla sicurezza all\'indirizzo<br><a href="%s">%s</a></td></tr></table>'
            '<div style="font-family:Roboto,Arial,sans-serif;font-size:11px;color:#5f6368;padding-top:20px;text-align:center;width:516px">Abbiamo inviato questa email per informarti in merito a modifiche importanti apportate al tuo Account Google e ai tuoi servizi.<br>© 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA</div>'
            '</td></tr></table></body></html>') % (Eq(u1), Eq(u2), E(u2))
    root = kit.alt(infra.gmail_boundary(r), text, html, "UTF-8", "quoted-printable", csname="UTF-8")
    frm = mime.addr("Google", "no-reply@accounts.google.com")
    mid = "<%s@google.com>" % infra.ralnum(r, 22, senders.ALNUM + "-_")
    s = infra.gmail_send(r, t, frm, [gf[1]], "Avviso di sicurezza", mid, workspace_domain="accounts.google.com", sor=True, dkim_sel="20230601",
                         dkim_h="date:from:to:message-id:subject:mime-version:from:to:cc:subject\r\n         :date:message-id:reply-to")
    s.mailfrom = "3%s@gaia.bounces.google.com" % infra.ralnum(r, 40, senders.ALNUM)
    H, _, _ = infra.deliver(r, s, gf[1], dmarc=("pass", "reject", "accounts.google.com"))
    return spec(H, root,
                "Google security alert 'new sign-in on Windows' for the Google account the Parma office uses (with its work address) for Google Business Profile and Merchant Center; the office manager had just logged in on her new office PC.",
                "Genuine Google account notification from no-reply@accounts.google.com via Google's sender infrastructure (DKIM accounts.google.com, DMARC pass), links only to accounts.google.com / myaccount.google.com, asks for nothing; the sign-in was the user's own.",
                urls=[u1, u2],
                pair=[("19", "Google-delivered mail to the Italian office",
                       "Both pass google.com authentication: the attack is a Google Forms invitation from a stranger (Reply-To Gmail) asking for card data; the genuine alert concerns the office's own Google account and only links to Google's account pages."),
                      ("21", "Notification from a cloud platform", "Attack: Canva share whose content leads to a login page; genuine: platform security notice without any request.")])


# ------------------------------------------------------------------ 20 ----
@msg("business", "20", "it", "cliente-ordine-xlsx-aruba")
def b20(c):
    r = c.rng
    t = T(2026, 11, 5, 9, 18, 40)
    gf = P("giulia.ferraro")
    rows = [[("b", "Salumificio Val d'Enza S.r.l. - ORDINE N. 2026/318 del 05/11/2026")], [],
            [("b", "Pos."), ("b", "Articolo"), ("b", "Descrizione"), ("b", "Pezzi"), ("b", "Kg stimati"), ("b", "€/kg"), ("b", "Consegna")],
            [1, "CSF-1315", "Cosce suine fresche refilate, peso 13-15 kg, origine DE", 1200, 16800, ("n2", 3.42), "sett. 47"],
            [2, "CSF-1315", "Cosce suine fresche refilate, peso 13-15 kg, origine DE", 1200, 16800, ("n2", 3.42), "sett. 48"],
            [3, "SPA-DIS", "Spalle disossate per coppa, origine DE", 600, 5400, ("n2", 3.15), "sett. 48"],
            [], ["", "", "Resa: franco nostro stabilimento Montecchio Emilia, temperatura 0/+3 °C, documenti: DDT, CMR, certificato sanitario."],
            ["", "", "Pagamento: RiBa 60 gg fm, come da accordi 2026."]]
    x = arch.make_xlsx([("Ordine 318", rows, [6, 12, 56, 8, 11, 8, 11])], (2026, 11, 5, 8, 55, 0), creator="Roberta Gialdi", company="Salumificio Val d'Enza")
    text = """Buongiorno Giulia,

come anticipato al telefono ieri, in allegato il nostro ordine n. 2026/318 per le settimane 47 e 48 (cosce 13-15 kg e spalle disossate). Prezzi come da listino concordato a ottobre.

Ti chiedo gentilmente la conferma d'ordine con le date di carico previste, così organizziamo gli scarichi.

Grazie e buona giornata

Roberta Gialdi
Ufficio Acquisti
Salumificio Val d'Enza S.r.l.
Via Val d'Enza Nord 122 - 42027 Montecchio Emilia (RE)
Tel. +39 0522 864 390 - acquisti@salumificiovaldenza.it
"""
    html = outlook_html(text, "it")
    b1 = "----=_NextPart_000_%s_01DD4EF2.%s" % (infra.rhex(r, 4, True), infra.rhex(r, 8, True))
    b2 = "----=_NextPart_001_%s_01DD4EF2.%s" % (infra.rhex(r, 4, True), infra.rhex(r, 8, True))
    tp = mime.text(text, "plain", "iso-8859-1", "quoted-printable")
    hp = mime.text(finish_html(html, "iso-8859-1"), "html", "iso-8859-1", "quoted-printable")
    alt = mime.multipart_inline("alternative", [tp, hp], b2)
    att = mime.attachment(x, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Ordine_2026-318_Example_Carni.xlsx", style="plain")
    root = mime.multipart_inline("mixed", [alt, att], b1, preamble="This is a multipart message in MIME format.\r\n")
    frm = mime.addr("Roberta Gialdi - Salumificio Val d'Enza", "acquisti@salumificiovaldenza.it", quote_always=True)
    mid = "<000001dd4ef2$%s$%s@salumificiovaldenza.it>" % (infra.rhex(r, 8), infra.rhex(r, 8))
    ch = [hdr("From", frm), hdr("To", mime.addr("Giulia Ferraro", gf[1])), hdr("Subject", "Ordine n. 2026/318 - settimane 47-48"),
          hdr("Date", rfcdate(t, "CET")), hdr("Message-ID", mid), hdr("MIME-Version", "1.0"), ("__CONTENT__", None),
          hdr("X-Mailer", "Microsoft Outlook 16.0"), hdr("Thread-Index", "Ads" + infra.rb64(r, 18)[:25]), hdr("Content-Language", "it")]
    s = senders.aruba(r, t, ch, frm, "93.%d.%d.%d" % (r.randint(32, 63), r.randint(0, 255), r.randint(1, 254)), dkim_domain="salumificiovaldenza.it")
    H, _, _ = infra.deliver(r, s, gf[1], dmarc=("pass", "none", "salumificiovaldenza.it"))
    return spec(H, root,
                "Italian customer (ham curer) sends purchase order 2026/318 for heavy fresh legs and shoulders as XLSX, after a phone call.",
                "Customer's real domain on Aruba (DKIM/SPF/DMARC pass), follows a phone call, prices as agreed, plain XLSX without macros, normal delivery/payment terms.",
                phones=["+39 0522 864 390"],
                pair=[("20", "Customer purchase order as attachment",
                       "Attack from look-alike salumificiovaldenza.com ships a disk image with a .LNK; genuine order from the .it domain is an XLSX."),
                      ("21", "Customer documents", "Attack: the customer's compromised account shares a Canva 'order proposal'; genuine orders arrive as XLSX attachments.")])


# ------------------------------------------------------------------ 21 ----
@msg("business", "21", "it", "sharepoint-condivisione-cmr-vettore")
def b21(c):
    r = c.rng
    t = T(2026, 12, 2, 17, 21, 5)
    gf = P("giulia.ferraro")
    url = "https://ferrettitrasporti.sharepoint.com/:f:/s/Clienti-ExampleCarni/E%s?e=%s" % (infra.ralnum(r, 44, senders.ALNUM + "-_"), infra.ralnum(r, 6))
    msgtxt = "Ciao Giulia, come d'accordo trovi qui le CMR firmate e i report delle temperature dei carichi di novembre. Buona serata, Chiara"
    text = """Chiara Colombo ha condiviso una cartella con te

CMR novembre 2026

%s

Apri: %s

Questo collegamento funziona solo per i destinatari diretti del messaggio.

Informativa sulla privacy di Microsoft: https://go.microsoft.com/fwlink/?LinkId=521839
""" % (msgtxt, url)
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="font-family:\'Segoe UI\',sans-serif;font-size:14px;color:#242424;background:#fafafa">'
            '<table width="520" align="center" cellpadding="0" cellspacing="0" style="background:#fff;margin-top:20px"><tr><td style="padding:24px">'
            '<p style="font-size:20px;font-weight:600">Chiara Colombo ha condiviso una cartella con te</p>'
            '<table style="border:1px solid #e0e0e0;width:100%%"><tr><td style="padding:12px"><b>CMR novembre 2026</b></td></tr></table>'
            '<p style="color:#424242">%s</p><p><a href="%s" style="background:#0f6cbd;color:#fff;padding:8px 20px;text-decoration:none;border-radius:4px">Apri</a></p>'
            '<p style="font-size:12px;color:#707070">Questo collegamento funziona solo per i destinatari diretti del messaggio.</p>'
            '<p style="font-size:11px;color:#707070"><a href="https://go.microsoft.com/fwlink/?LinkId=521839">Informativa sulla privacy di Microsoft</a><br>Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</p>'
            '</td></tr></table></body></html>') % (E(msgtxt), Eq(url))
    ten = infra.M365Tenant(random.Random("tenant:sharepointonline"), "sharepointonline.com")
    msgid, local = infra.m365_msgid(r, ten)
    root = kit.alt("--boundary_%d_%s" % (r.randint(1000, 9999), infra.guid(r)), text, html, "utf-8", "base64", ct_style="bare")
    frm = mime.addr("Chiara Colombo", "no-reply@sharepointonline.com")
    s = infra.m365_send(r, ten, t, frm, [gf[1]], mime.hdr_text("Chiara Colombo ha condiviso \"CMR novembre 2026\" con te", "utf-8", "B"), msgid,
                        reply_to=mime.addr("Chiara Colombo", "c.colombo@ferretti-trasporti.it"), lang="it-IT", accept="it-IT, en-US",
                        thread_topic="Chiara Colombo ha condiviso CMR novembre 2026 con te")
    H, _, _ = infra.deliver(r, s, gf[1], dmarc=("pass", "reject", "sharepointonline.com"), arc=s.arc)
    return spec(H, root,
                "SharePoint Online sharing notification: the carrier's planner shares a folder with signed CMRs and temperature reports for November.",
                "Genuine Microsoft notification (sharepointonline.com, DKIM/ARC pass), link to the carrier's own tenant ferrettitrasporti.sharepoint.com, Reply-To is the known planner, content as agreed.",
                urls=[url],
                pair=[("11", "Carrier shares CMRs / temperature logs",
                       "Attack imitates an Adobe share in the planner's name and the button is a Microsoft OAuth consent for an attacker app; genuine is SharePoint's own notification pointing to the carrier's tenant."),
                      ("21", "Document shared via a cloud platform", "Attack: Canva share from a compromised customer account; genuine: SharePoint share from the carrier's tenant, content as agreed.")])
