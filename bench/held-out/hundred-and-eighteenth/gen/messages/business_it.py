"""Genuine messages, Italian (17-21)."""

from lib import co, ids, smtp, systems
from lib.archives import make_zip
from lib.mime import Part
from lib.msg import esc, simple_html
from lib.systems import H
from messages.common import (D, S, alt, eur, ex_msgid, footer, letterhead, mixed, ms_msgid, outlook_att, outlook_bnd,
                             outlook_parts, outlook_smtp_msgid, table)
from messages.registry import msg

B = "business"
FBLUE = (0, 70, 140)


def _ferr_m365(m, h, root, ip):
    return systems.m365(m, h, root, tenant="ferretti-trasporti.it", region="eurprd07", eop="EUR03", eop_dc="AM7",
                        dkim_s="selector1", lang="it-IT", accept="it-IT, en-US", ip=ip,
                        tenant_id=co.FERR["tenant_id"])


# --------------------------------------------------------------------- 17
@msg(B, 17, "it", "ferretti-nuove-coordinate-bancarie")
def b17(m):
    F = co.FERR
    old, new = F["bank_old"], F["bank_new"]
    m.what = ("Ferretti Trasporti's administration announces, three weeks ahead, that from 01/12/2026 payments go to a new account "
              "at Crédit Agricole Italia (signed letter attached), and asks customers to verify by calling the switchboard; "
              "the same notice goes by PEC.")
    m.why = ("A bank-detail change done properly: from the carrier's real tenant (ferretti-trasporti.it, DKIM/DMARC pass), long "
             "lead time, old account stays open until 31/12, explicit call-back to the known switchboard number, parallel PEC, "
             "no pressure on open invoices.")
    m.pair = ["17-it-ferretti-iban-lookalike.eml"]
    m.pair_topic = "Carrier announces new bank details"
    m.pair_diff = ("Genuine: real domain, PEC + call-back to the known number, old account kept open. Attack: "
                   "ferretti-trasporti.com, 'ignore the letter of 10/11', mobile number, pay open invoices now.")
    h = H(F["amm"], [co.P("it_acc")], "Ferretti Trasporti S.p.A. - nuove coordinate bancarie dal 01/12/2026",
          D(2026, 11, 10, 9, 47, 3), cc=[co.P("it_om")], hcs="iso-8859-15", henc="Q")
    h.msgid = ms_msgid(m, "eurprd07")
    paras = ["Gentili Clienti,", "",
             "Vi informiamo che, a seguito del trasferimento dei nostri rapporti bancari, a partire dal 01/12/2026 i pagamenti "
             "delle nostre fatture dovranno essere effettuati sul seguente conto corrente:", "",
             "Banca: %s\nIBAN: %s\nBIC: %s" % (new[0], ids.fmt_iban(new[2]), new[1]), "",
             "Il conto attuale presso %s (IBAN %s) resterà attivo fino al 31/12/2026; eventuali bonifici già disposti verranno "
             "regolarmente accreditati. Le fatture emesse dal 01/12/2026 riporteranno le nuove coordinate." % (old[0], ids.fmt_iban(old[2])), "",
             "La comunicazione ufficiale firmata è allegata e viene inviata contestualmente anche via PEC. Per la Vostra sicurezza "
             "Vi chiediamo di verificare le nuove coordinate telefonando al nostro centralino (+39 045 858 1730) e chiedendo "
             "dell'Ufficio Amministrazione. Non Vi chiederemo mai di modificare le coordinate bancarie con una semplice e-mail.", "",
             "Cordiali saluti", "",
             "Ufficio Amministrazione e Finanza\nFerretti Trasporti S.p.A.\nVia dell'Industria 27 - 37066 Sommacampagna (VR)\n"
             "Tel. +39 045 858 1730 - www.ferretti-trasporti.it\nP.IVA %s" % F["piva"]]
    t, ht = outlook_parts(m, paras, "iso-8859-15", "quoted-printable", "IT", "StileMessaggioDiPostaElettronica17", font="Calibri")
    d = m.pdf(info={"Title": "Comunicazione nuove coordinate bancarie", "Author": "Amministrazione",
                    "Producer": "Microsoft® Word per Microsoft 365"}, created="D:20261109171422+01'00'", lang="it-IT")
    p = d.page()
    y = letterhead(p, "FERRETTI TRASPORTI S.p.A.", ["Trasporti refrigerati nazionali e internazionali · Logistica a temperatura controllata",
                                                   "Via dell'Industria 27 · 37066 Sommacampagna (VR) · Tel. +39 045 858 1730 · www.ferretti-trasporti.it"], FBLUE)
    p.text(540, y, "Sommacampagna, 9 novembre 2026", 10, align="right")
    for i, l in enumerate(["Spett.li Clienti", "Loro sedi"]):
        p.text(330, y + 24 + 12 * i, l, 10)
    y += 70
    p.text(56, y, "Oggetto: variazione coordinate bancarie con decorrenza 01/12/2026", 11, bold=True)
    y += 24
    y = p.wrap(56, y, 480, "Con la presente Vi comunichiamo che, a decorrere dal 1° dicembre 2026, i pagamenti a favore di "
               "Ferretti Trasporti S.p.A. dovranno essere effettuati sul conto corrente:", 10)
    y += 4
    for k, v in (("Banca", new[0]), ("IBAN", ids.fmt_iban(new[2])), ("BIC", new[1])):
        p.text(80, y, k, 10, bold=True)
        p.text(160, y, v, 10)
        y += 15
    y += 6
    y = p.wrap(56, y, 480, "Il conto corrente presso %s resterà operativo fino al 31/12/2026. La presente comunicazione è "
               "trasmessa anche a mezzo PEC. Per qualsiasi verifica Vi invitiamo a contattare telefonicamente il nostro Ufficio "
               "Amministrazione al numero +39 045 858 1730.\n\nDistinti saluti." % old[0], 10)
    y += 18
    p.text(300, y, "Ferretti Trasporti S.p.A.", 10)
    p.text(300, y + 22, "Elisa Ferretti", 15, color=(20, 40, 120))
    p.text(300, y + 36, "Chief Financial Officer", 8.5)
    footer(p, ["Ferretti Trasporti S.p.A. · Cap. Soc. € 2.500.000 i.v. · R.E.A. VR-301845 · P.IVA %s" % F["piva"]])
    pdf = m.render_pdf(d)
    root = mixed([alt(t, ht, outlook_bnd(h.msgid, 0)),
                  outlook_att(m, pdf, "application/pdf", "Ferretti_Trasporti_comunicazione_coordinate_bancarie.pdf", h.date)],
                 outlook_bnd(h.msgid, 4))
    return _ferr_m365(m, h, root, "40.107.249.%d" % 71)


# --------------------------------------------------------------------- 18
@msg(B, 18, "it", "bellini-cedolini-zip-password-sms")
def b18(m):
    m.zip_password = "Rg#Cedolini-1126"
    m.what = ("The payroll adviser Studio Bellini sends the November payslips, LUL and F24 for the Italian entity as a "
              "password-protected ZIP; the password is sent separately by SMS to the accountant's mobile.")
    m.why = ("Known adviser on its usual Aruba mailbox (Outlook), expected monthly payroll documents, password NOT in the mail "
             "(out-of-band by SMS as agreed), ZIP contains PDFs only; DMARC passes via the adviser's SPF.")
    m.pair = ["18-it-avviso-ade-zip-password.eml", "37-ru-fns-trebovanie-zip-lnk.eml"]
    m.pair_topic = "Password-protected ZIP with tax/payroll documents"
    m.pair_diff = ("Genuine: known adviser, password sent by another channel, PDFs inside. Attacks: authority name on an "
                   "unrelated mailbox, password in the body, .js/.lnk inside.")
    h = H(co.BELL["occ"], [co.P("it_acc")], "Elaborazione paghe novembre 2026 - Example Serre Italia S.r.l.",
          D(2026, 12, 4, 12, 18, 44), hcs="iso-8859-1", henc="Q")
    h.msgid = outlook_smtp_msgid(m, "studiobellini.it")
    paras = ["Buongiorno dott. Cannizzaro,", "",
             "in allegato trova l'archivio con l'elaborazione paghe di novembre 2026: cedolini dei 31 dipendenti, Libro Unico "
             "del Lavoro e modello F24 con scadenza 16/12/2026 (totale da versare 48.917,22 euro).", "",
             "Come d'accordo, l'archivio è protetto: la password Le arriva tra poco via SMS sul cellulare.", "",
             "Per la tredicesima ci sentiamo la prossima settimana.", "",
             "Cordiali saluti", "", "Rag. Marta Occhipinti", "Studio Bellini Commercialisti Associati",
             "Via Cavour 112 - 97100 Ragusa - Tel. 0932 624118"]
    m.tel("0932 624118")
    t, ht = outlook_parts(m, paras, "iso-8859-1", "quoted-printable", "IT", "StileMessaggioDiPostaElettronica17", font="Calibri")

    def pdf_doc(title, lines):
        d = m.pdf(info={"Title": title, "Producer": "Zucchetti Paghe Project"}, created="D:20261204110500+01'00'", lang="it-IT")
        p = d.page()
        y = letterhead(p, "Studio Bellini", ["Commercialisti Associati · Consulenza del lavoro · Ragusa"], (90, 40, 40))
        p.text(56, y, title, 13, bold=True)
        y += 22
        for l in lines:
            p.text(56, y, l, 9.5)
            y += 14
        return m.render_pdf(d)
    f24 = pdf_doc("Modello F24 - scadenza 16/12/2026", ["Contribuente: EXAMPLE SERRE ITALIA S.R.L. - %s" % co.OFF["IT"]["ids"][0][1],
                                                        "Sezione Erario: 1001 ritenute lavoro dipendente 11/2026  14.212,40",
                                                        "Sezione INPS: DM10 11/2026  31.880,12", "Sezione Regioni: 3802 add. regionale  1.944,70",
                                                        "Sezione IMU e altri tributi locali: 3848 add. comunale  880,00",
                                                        "Saldo finale: 48.917,22"])
    cedo = pdf_doc("Cedolini novembre 2026 - riepilogo", ["Dipendenti elaborati: 31 (operai agricoli OTD/OTI: 27, impiegati: 4)",
                                                          "Ore ordinarie: 4.712 - straordinari: 211", "Netto in busta complessivo: 63.118,90",
                                                          "Data pagamento prevista: 10/12/2026"])
    lul = pdf_doc("Libro Unico del Lavoro - novembre 2026", ["Sezione presenze e sezione paga", "Vidimazione: stampa laser autorizzata"])
    dt = (2026, 12, 4, 11, 58, 30)
    z = make_zip([("Cedolini_11-2026_ExampleSerre.pdf", cedo, dt), ("LUL_11-2026.pdf", lul, dt),
                  ("F24_scadenza_16-12-2026.pdf", f24, dt)], password=m.zip_password.encode(), rng=m.rng)
    att = outlook_att(m, z, "application/x-zip-compressed", "Paghe_11-2026_ExampleSerreItalia.zip", h.date)
    b = m.boundary("nextpart")
    root = mixed([alt(t, ht, m.boundary("nextpart")), att], b, preamble="This is a multipart message in MIME format.")
    return systems.aruba(m, h, root, client_ip="192.0.2.122",
                         ua_lines=["X-Mailer: Microsoft Outlook 16.0", "Thread-Index: AQHcZ" + smtp.rb64(m.rng, 26),
                                   "Content-Language: it"])


# --------------------------------------------------------------------- 19
@msg(B, 19, "it", "buoni-welfare-natale-interno")
def b19(m):
    m.what = ("Internal: the Italian accountant asks the office manager to order the Christmas welfare vouchers for staff through "
              "the contracted welfare platform, invoiced to the company, within the 2026 fringe-benefit threshold.")
    m.why = ("Internal Exchange mail between colleagues who know each other; vouchers ordered through the company's "
             "contracted platform with an invoice and the CFO's approval, explicitly NOT by buying cards in shops; no secrecy.")
    m.pair = ["19-it-ceo-gift-card-iphone.eml"]
    m.pair_topic = "Buying gift cards / vouchers before Christmas"
    m.pair_diff = ("Genuine: internal, approved by CFO, via invoiced platform, codes go to employees. Attack: 'CEO' on Gmail "
                   "wants store-bought Apple cards and photos of the codes, secretly.")
    h = H(co.P("it_acc"), [co.P("it_om")], "Buoni welfare Natale 2026 - ordine su piattaforma", D(2026, 12, 1, 9, 12, 40),
          hcs="windows-1252", henc="Q")
    h.msgid = ex_msgid(m, "EXCH01")
    paras = ["Ciao Francesca,", "",
             "Sabine ha approvato i buoni welfare di Natale: 200 € per ciascuno dei 31 dipendenti (rientriamo nella soglia "
             "fringe benefit 2026).", "",
             "Puoi fare l'ordine sulla piattaforma welfare con le nostre credenziali aziendali, come l'anno scorso? Buoni "
             "digitali Esselunga/Amazon a scelta del dipendente, fattura intestata a Example Serre Italia S.r.l. con "
             "pagamento a 30 giorni. Non comprare carte in negozio, mi serve la fattura per la contabilità.", "",
             "L'elenco con gli indirizzi e-mail dei dipendenti è nella cartella condivisa Amministrazione > Personale > Welfare 2026.", "",
             "Grazie!", "Salvatore"]
    sig = "Salvatore Cannizzaro\nAmministrazione - Example Serre Italia S.r.l.\nContrada Bosco Piano s.n. - 97019 Vittoria (RG)\nTel. +39 0932 981 445"
    t, ht = outlook_parts(m, paras, "windows-1252", "quoted-printable", "IT", "StileMessaggioDiPostaElettronica17", sig_text=sig)
    root = alt(t, ht, outlook_bnd(h.msgid, 0))
    return systems.exchange_internal(m, h, root, srv="EXCH01", srv2="EXCH02", client_ip="10.20.41.15",
                                     lang="it-IT", accept="it-IT, en-US")


# --------------------------------------------------------------------- 20
@msg(B, 20, "it", "ferretti-cmr-ddt-novembre")
def b20(m):
    F = co.FERR
    m.what = "Chiara Colombo (Ferretti traffic office) sends the signed CMRs and delivery notes of November as a PDF attachment."
    m.why = ("Real carrier mailbox on its own tenant, the routine document she always attaches directly (PDF with the trips), "
             "no link, no login, matches the monthly invoice reconciliation.")
    m.pair = ["20-it-sharepoint-share-compromised-ferretti.eml"]
    m.pair_topic = "Carrier sends CMR / delivery documents"
    m.pair_diff = ("Genuine: PDF attached to a normal e-mail. Attack: SharePoint notification for a OneNote 'file' from the same "
                   "(compromised) account, leading to a login page.")
    h = H(F["colombo"], [co.P("it_om")], "CMR e DDT novembre 2026 - tratte Vittoria-Straelen / Vittoria-Tarnowo",
          D(2026, 12, 2, 10, 22, 31), cc=[co.P("log")])
    h.msgid = ms_msgid(m, "eurprd07")
    paras = ["Buongiorno Francesca,", "",
             "in allegato i CMR firmati e i DDT dei viaggi di novembre (12 viaggi, di cui 9 verso Straelen e 3 verso Tarnowo "
             "Podgórne). Il viaggio del 18/11 ha la riserva del destinatario per 2 pallet danneggiati, già segnalata "
             "all'assicurazione.", "",
             "La fattura riepilogativa la riceverete dall'amministrazione come sempre tramite SdI.", "",
             "Buona giornata", "", "Chiara Colombo", "Ufficio Traffico - Ferretti Trasporti S.p.A.", "Tel. +39 045 858 1744"]
    m.tel("+39 045 858 1744")
    t, ht = outlook_parts(m, paras, "utf-8", "quoted-printable", "IT", "StileMessaggioDiPostaElettronica17", font="Aptos")
    d = m.pdf(info={"Title": "CMR DDT 11-2026", "Producer": "KONICA MINOLTA bizhub C300i"}, created="D:20261202100812+01'00'",
              lang="it-IT")
    p = d.page()
    y = letterhead(p, "Ferretti Trasporti S.p.A.", ["Riepilogo CMR e DDT - novembre 2026 - cliente Example Serre Italia S.r.l."], FBLUE)
    rows = []
    dates = ["03/11", "05/11", "09/11", "11/11", "13/11", "16/11", "18/11", "20/11", "23/11", "25/11", "27/11", "30/11"]
    for i, dd in enumerate(dates):
        dest = "Tarnowo Podgórne (PL)" if i in (2, 6, 10) else "Straelen (DE)"
        rows.append([dd, "CMR IT-%06d" % (448100 + i * 7), "DDT %d/26" % (2210 + i), dest, "33", "OK" if dd != "18/11" else "Riserva 2 pallet"])
    table(p, 56, y, ["Data", "CMR", "DDT", "Destinazione", "Pallet", "Note"], rows, [50, 90, 70, 140, 50, 84])
    footer(p, ["Documenti originali disponibili presso la sede di Sommacampagna"])
    pdf = m.render_pdf(d)
    root = mixed([alt(t, ht, outlook_bnd(h.msgid, 0)),
                  outlook_att(m, pdf, "application/pdf", "CMR_DDT_novembre_2026_ExampleSerre.pdf", h.date)],
                 outlook_bnd(h.msgid, 4))
    return _ferr_m365(m, h, root, "40.107.249.%d" % 88)


# --------------------------------------------------------------------- 21
@msg(B, 21, "it", "ferretti-fattura-copia-cortesia-xml")
def b21(m):
    F = co.FERR
    new = F["bank_new"]
    imp = 18240.00
    iva = round(imp * 0.22, 2)
    tot = imp + iva
    m.what = ("Ferretti's administration sends the courtesy copy of electronic invoice 2026/TR/4611 (already transmitted via "
              "SdI): FatturaPA XML plus PDF rendering, payment to the new Crédit Agricole account announced on 10/11.")
    m.why = ("Real tenant, the XML file name follows the SdI convention IT<P.IVA>_<progressive>.xml, the IBAN matches the "
             "properly announced new account effective 01/12, invoice date after that date; no urgency.")
    m.pair = ["17-it-ferretti-iban-lookalike.eml"]
    m.pair_topic = "Carrier invoice with bank details"
    m.pair_diff = ("Genuine: SdI courtesy copy with the IBAN announced through letter/PEC/phone. Attack: look-alike domain "
                   "redirecting the same invoices to Banca Sella.")
    h = H(F["amm"], [co.P("it_acc")], "Copia di cortesia fattura elettronica n. 2026/TR/4611 del 01/12/2026",
          D(2026, 12, 1, 17, 3, 12))
    h.msgid = ms_msgid(m, "eurprd07")
    piva = F["piva"][2:]
    xmlname = "IT%s_0A4F2.xml" % piva
    xml = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<p:FatturaElettronica versione=\"FPR12\" xmlns:p=\"http://ivaservizi.agenziaentrate.gov.it/docs/xsd/fatture/v1.2\">\n"
           " <FatturaElettronicaHeader>\n  <DatiTrasmissione><IdTrasmittente><IdPaese>IT</IdPaese><IdCodice>%s</IdCodice></IdTrasmittente>"
           "<ProgressivoInvio>0A4F2</ProgressivoInvio><FormatoTrasmissione>FPR12</FormatoTrasmissione><CodiceDestinatario>M5UXCR1</CodiceDestinatario></DatiTrasmissione>\n"
           "  <CedentePrestatore><DatiAnagrafici><IdFiscaleIVA><IdPaese>IT</IdPaese><IdCodice>%s</IdCodice></IdFiscaleIVA>"
           "<Anagrafica><Denominazione>FERRETTI TRASPORTI S.P.A.</Denominazione></Anagrafica><RegimeFiscale>RF01</RegimeFiscale></DatiAnagrafici>"
           "<Sede><Indirizzo>Via dell'Industria 27</Indirizzo><CAP>37066</CAP><Comune>Sommacampagna</Comune><Provincia>VR</Provincia><Nazione>IT</Nazione></Sede></CedentePrestatore>\n"
           "  <CessionarioCommittente><DatiAnagrafici><IdFiscaleIVA><IdPaese>IT</IdPaese><IdCodice>%s</IdCodice></IdFiscaleIVA>"
           "<Anagrafica><Denominazione>EXAMPLE SERRE ITALIA S.R.L.</Denominazione></Anagrafica></DatiAnagrafici>"
           "<Sede><Indirizzo>Contrada Bosco Piano s.n.</Indirizzo><CAP>97019</CAP><Comune>Vittoria</Comune><Provincia>RG</Provincia><Nazione>IT</Nazione></Sede></CessionarioCommittente>\n"
           " </FatturaElettronicaHeader>\n <FatturaElettronicaBody>\n  <DatiGenerali><DatiGeneraliDocumento><TipoDocumento>TD01</TipoDocumento>"
           "<Divisa>EUR</Divisa><Data>2026-12-01</Data><Numero>2026/TR/4611</Numero><ImportoTotaleDocumento>%.2f</ImportoTotaleDocumento>"
           "</DatiGeneraliDocumento></DatiGenerali>\n  <DatiBeniServizi><DettaglioLinee><NumeroLinea>1</NumeroLinea>"
           "<Descrizione>Trasporti refrigerati novembre 2026 - 12 viaggi come da riepilogo CMR</Descrizione><Quantita>12.00</Quantita>"
           "<PrezzoUnitario>1520.00</PrezzoUnitario><PrezzoTotale>%.2f</PrezzoTotale><AliquotaIVA>22.00</AliquotaIVA></DettaglioLinee>"
           "<DatiRiepilogo><AliquotaIVA>22.00</AliquotaIVA><ImponibileImporto>%.2f</ImponibileImporto><Imposta>%.2f</Imposta>"
           "<EsigibilitaIVA>I</EsigibilitaIVA></DatiRiepilogo></DatiBeniServizi>\n  <DatiPagamento><CondizioniPagamento>TP02</CondizioniPagamento>"
           "<DettaglioPagamento><ModalitaPagamento>MP05</ModalitaPagamento><DataScadenzaPagamento>2026-12-31</DataScadenzaPagamento>"
           "<ImportoPagamento>%.2f</ImportoPagamento><IstitutoFinanziario>%s</IstitutoFinanziario><IBAN>%s</IBAN></DettaglioPagamento></DatiPagamento>\n"
           " </FatturaElettronicaBody>\n</p:FatturaElettronica>\n") % (piva, piva, co.OFF["IT"]["ids"][0][1][2:], tot, imp, imp, iva, tot,
                                                                       "CREDIT AGRICOLE ITALIA", new[2])
    m.scan(xml)
    paras = ["Spett.le Example Serre Italia S.r.l.,", "",
             "in allegato la copia di cortesia della fattura n. 2026/TR/4611 del 01/12/2026 (trasporti di novembre), già "
             "trasmessa al Sistema di Interscambio. Il documento con valore fiscale è quello ricevuto tramite SdI.", "",
             "Importo: %s € - scadenza 31/12/2026 - pagamento con bonifico su %s, IBAN %s (nuove coordinate come da nostra "
             "comunicazione del 10/11/2026)." % (eur(tot, "it"), new[0], ids.fmt_iban(new[2])), "",
             "Cordiali saluti", "Ufficio Amministrazione - Ferretti Trasporti S.p.A."]
    t, ht = outlook_parts(m, paras, "utf-8", "quoted-printable", "IT", "StileMessaggioDiPostaElettronica17", font="Calibri")
    d = m.pdf(info={"Title": "Fattura 2026/TR/4611", "Producer": "TeamSystem Enterprise"}, created="D:20261201165811+01'00'",
              lang="it-IT")
    p = d.page()
    y = letterhead(p, "FERRETTI TRASPORTI S.p.A.", ["Copia di cortesia - documento non valido ai fini fiscali (art. 21 DPR 633/72)",
                                                   "P.IVA %s · Via dell'Industria 27 · 37066 Sommacampagna (VR)" % F["piva"]], FBLUE)
    p.text(56, y, "Fattura n. 2026/TR/4611 del 01/12/2026", 13, bold=True)
    y += 20
    p.text(56, y, "Cliente: EXAMPLE SERRE ITALIA S.R.L. - %s - Codice destinatario M5UXCR1" % co.OFF["IT"]["ids"][0][1], 9)
    y += 22
    y = table(p, 56, y, ["Descrizione", "Q.tà", "Prezzo", "Importo", "IVA"],
              [["Trasporti refrigerati novembre 2026 (12 viaggi)", "12", "1.520,00", eur(imp, "it"), "22%"]],
              [250, 40, 70, 80, 44], aligns=["left", "right", "right", "right", "right"])
    for k, v in (("Imponibile", eur(imp, "it")), ("IVA 22%", eur(iva, "it")), ("Totale documento", eur(tot, "it"))):
        p.text(380, y, k, 9.5, bold=(k == "Totale documento"))
        p.text(538, y, v, 9.5, align="right", bold=(k == "Totale documento"))
        y += 14
    y += 10
    p.text(56, y, "Pagamento: bonifico 30 gg d.f. - scadenza 31/12/2026 - %s - IBAN %s" % (new[0], ids.fmt_iban(new[2])), 8.5)
    pdf = m.render_pdf(d)
    root = mixed([alt(t, ht, outlook_bnd(h.msgid, 0)),
                  outlook_att(m, xml.encode("utf-8"), "text/xml", xmlname, h.date),
                  outlook_att(m, pdf, "application/pdf", "Fattura_2026_TR_4611.pdf", h.date)],
                 outlook_bnd(h.msgid, 4))
    return _ferr_m365(m, h, root, "40.107.249.%d" % 92)
