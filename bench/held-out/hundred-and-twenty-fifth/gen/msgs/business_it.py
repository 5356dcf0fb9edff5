"""Business messages 17-21 (Italian)."""

from lib import systems as sy, bodies as bd, mime, docs, archive, ident, org, util
from lib.h import msg, att, pdf, qr_png, qr_part, logo_png, gmt, quote_hdr
from lib.util import CRLF, secs, rfcdate
from msgs.attack_it import CHIARA_SIG

BUS = "business"
FERR = org.FERR
ADRIA = org.ADRIA
PIVA_EX = org.OFF["IT"]["taxid"][1]


@msg(BUS, 17, "it", "ferretti-nuove-coordinate-verifica-telefonica",
     "Ferretti Trasporti's accounting department announces new bank details from 1 January 2027 (signed letter with "
     "old and new IBAN) and asks to verify the change by phone with the number already on file",
     "Bank-detail change done properly: sent from the carrier's real Microsoft 365 tenant by the accounting "
     "department, long lead time, invoices until 31/12 stay on the old account, explicit call-back verification "
     "using the known number, letter signed by the finance director",
     pair=[(17, "Ferretti Trasporti bank-detail change", "real ferretti-trasporti.it tenant, accounting sender, "
            "future effective date and phone verification; the attack uses ferretti-trasporti.com, immediate effect "
            "and asks for e-mail confirmation only")])
def b17(m):
    m.when(2026, 11, 23, 10, 2, 51)
    m.frm = FERR["people"]["amm"][:2]
    m.to = [org.st("paolo.conti")]
    m.subject = "Comunicazione variazione coordinate bancarie dal 01/01/2027 - Ferretti Trasporti S.p.A."
    old, new = FERR["bank_old"], FERR["bank_new"]
    text = ("Gentile Cliente,\n\n"
            "Vi informiamo che a partire dal 1° gennaio 2027 Ferretti Trasporti S.p.A. trasferirà il proprio conto "
            "incassi presso Intesa Sanpaolo. In allegato la comunicazione ufficiale firmata dal nostro Direttore "
            "Amministrativo con le nuove coordinate.\n\n"
            "Le fatture emesse fino al 31/12/2026 restano pagabili sul conto attuale presso Banco BPM. Le nuove "
            "coordinate saranno riportate su tutte le fatture emesse dal 2027.\n\n"
            "Per la Vostra sicurezza Vi chiediamo di verificare la presente comunicazione telefonando al nostro "
            "ufficio amministrativo al numero già presente nella Vostra anagrafica fornitori. Non comunichiamo mai "
            "variazioni bancarie esclusivamente tramite e-mail e non Vi chiederemo di anticipare pagamenti.\n\n"
            "Cordiali saluti\n\n"
            "Ufficio Amministrazione\nFERRETTI TRASPORTI S.p.A.\nVia dell'Industria 42 - 37135 Verona (VR)\n"
            "amministrazione@ferretti-trasporti.it\n")
    letter = docs.letter(
        ["FERRETTI TRASPORTI S.p.A.", "Trasporti farmaceutici a temperatura controllata – GDP",
         "Via dell'Industria 42 – 37135 Verona – P.IVA " + FERR["vat"]],
        ["Spett.le", "Example Farmacie S.r.l.", "Via Giovanni Battista Pirelli 19", "20124 Milano"],
        "Verona, 20/11/2026", "Oggetto: variazione coordinate bancarie con decorrenza 01/01/2027",
        ["Spettabile Cliente,",
         "con la presente Vi comunichiamo che, con decorrenza 1° gennaio 2027, i pagamenti delle fatture emesse da "
         "Ferretti Trasporti S.p.A. a partire da tale data dovranno essere effettuati sul seguente conto corrente:",
         "  Banca: %s" % new["bank"], "  IBAN: %s" % ident.fmt_iban(new["iban"]), "  BIC: %s" % new["bic"],
         "Le fatture emesse fino al 31/12/2026 restano pagabili sulle coordinate attuali:",
         "  Banca: %s – IBAN: %s" % (old["bank"], ident.fmt_iban(old["iban"])),
         "Vi invitiamo a confermare la variazione telefonicamente con il nostro ufficio amministrativo ai recapiti "
         "già in Vostro possesso prima di aggiornare l'anagrafica.",
         "Distinti saluti."],
        ["", "Il Direttore Amministrativo", "Dott.ssa Laura Benedetti"],
        ["Ferretti Trasporti S.p.A. – Cap. Soc. € 1.200.000 i.v. – REA VR-218764 – P.IVA/C.F. " + FERR["vat"]],
        dict(title="Variazione coordinate bancarie 2027", author="Laura Benedetti", creator="Microsoft Word",
             producer="Microsoft® Word per Microsoft 365", date="D:20261120120311+01'00'"),
        color=(0, 70, 140), stamp=(380, 200, "FERRETTI TRASPORTI S.p.A.", "Amministrazione"))
    a = att(m, letter, "application/pdf", "Ferretti_Trasporti_variazione_IBAN_2027.pdf", "outlook")
    bd.outlook(m, text, "iso-8859-1", attachments=[a], html_lang="IT")
    sy.m365(m, FERR["tenant"])


@msg(BUS, 18, "it", "fattura-elettronica-sdi-copia-cortesia",
     "Farmaceutici Adriatica sends the courtesy copy of electronic invoice 2026/FV/3318 already delivered through "
     "the SdI, with the FatturaPA XML and a PDF rendering",
     "Genuine e-invoicing mail: known supplier on Aruba (DKIM/SPF pass), XML in the official FatturaPA 1.2.2 format "
     "with the SdI identifier, IBAN matches the supplier's registered account, states that the copy has no fiscal "
     "value",
     pair=[(18, "Italian e-invoicing / SdI", "real supplier's courtesy copy with XML; the attack invents an SdI "
            "rejection and links to a Canva page")])
def b18(m):
    m.when(2026, 10, 16, 15, 47, 12)
    m.frm = ADRIA["people"]["fatt"][:2]
    m.to = [org.st("paolo.conti")]
    m.subject = "Fattura elettronica n. 2026/FV/3318 del 15/10/2026 - copia di cortesia"
    r = m.rng
    bank = ADRIA["bank"]
    items = [("Amlodipina 5 mg 28 compresse – AIC 040815023", 600, 1.62, 10),
             ("Omeprazolo 20 mg 14 capsule gastroresistenti – AIC 037221018", 800, 1.95, 10),
             ("Atorvastatina 20 mg 30 compresse – AIC 039904017", 500, 3.10, 10),
             ("Metformina 850 mg 40 compresse – AIC 041663018", 400, 1.38, 10)]
    net = sum(round(q * p, 2) for _d, q, p, _v in items)
    vat = round(net * 0.10, 2)
    tot = round(net + vat, 2)
    xml = ('<?xml version="1.0" encoding="UTF-8"?>\n'
           '<p:FatturaElettronica versione="FPR12" xmlns:ds="http://www.w3.org/2000/09/xmldsig#" '
           'xmlns:p="http://ivaservizi.agenziaentrate.gov.it/docs/xsd/fatture/v1.2">\n'
           ' <FatturaElettronicaHeader>\n'
           '  <DatiTrasmissione><IdTrasmittente><IdPaese>IT</IdPaese><IdCodice>%s</IdCodice></IdTrasmittente>'
           '<ProgressivoInvio>00A7K</ProgressivoInvio><FormatoTrasmissione>FPR12</FormatoTrasmissione>'
           '<CodiceDestinatario>M5UXCR1</CodiceDestinatario></DatiTrasmissione>\n'
           '  <CedentePrestatore><DatiAnagrafici><IdFiscaleIVA><IdPaese>IT</IdPaese><IdCodice>%s</IdCodice>'
           '</IdFiscaleIVA><Anagrafica><Denominazione>Farmaceutici Adriatica S.p.A.</Denominazione></Anagrafica>'
           '<RegimeFiscale>RF01</RegimeFiscale></DatiAnagrafici><Sede><Indirizzo>Via Tiburtina Valeria km 211'
           '</Indirizzo><CAP>65129</CAP><Comune>Pescara</Comune><Provincia>PE</Provincia><Nazione>IT</Nazione>'
           '</Sede></CedentePrestatore>\n'
           '  <CessionarioCommittente><DatiAnagrafici><IdFiscaleIVA><IdPaese>IT</IdPaese><IdCodice>%s</IdCodice>'
           '</IdFiscaleIVA><Anagrafica><Denominazione>Example Farmacie S.r.l.</Denominazione></Anagrafica>'
           '</DatiAnagrafici><Sede><Indirizzo>Via Giovanni Battista Pirelli 19</Indirizzo><CAP>20124</CAP>'
           '<Comune>Milano</Comune><Provincia>MI</Provincia><Nazione>IT</Nazione></Sede></CessionarioCommittente>\n'
           ' </FatturaElettronicaHeader>\n'
           ' <FatturaElettronicaBody>\n'
           '  <DatiGenerali><DatiGeneraliDocumento><TipoDocumento>TD01</TipoDocumento><Divisa>EUR</Divisa>'
           '<Data>2026-10-15</Data><Numero>2026/FV/3318</Numero><ImportoTotaleDocumento>%.2f</ImportoTotaleDocumento>'
           '</DatiGeneraliDocumento></DatiGenerali>\n  <DatiBeniServizi>\n' % (ADRIA["vat"], ADRIA["vat"], PIVA_EX, tot))
    for i, (d, q, p, v) in enumerate(items):
        xml += ('   <DettaglioLinee><NumeroLinea>%d</NumeroLinea><Descrizione>%s</Descrizione><Quantita>%.2f</Quantita>'
                '<PrezzoUnitario>%.2f</PrezzoUnitario><PrezzoTotale>%.2f</PrezzoTotale><AliquotaIVA>10.00</AliquotaIVA>'
                '</DettaglioLinee>\n' % (i + 1, d.replace("–", "-"), q, p, round(q * p, 2)))
    xml += ('   <DatiRiepilogo><AliquotaIVA>10.00</AliquotaIVA><ImponibileImporto>%.2f</ImponibileImporto>'
            '<Imposta>%.2f</Imposta><EsigibilitaIVA>I</EsigibilitaIVA></DatiRiepilogo>\n  </DatiBeniServizi>\n'
            '  <DatiPagamento><CondizioniPagamento>TP02</CondizioniPagamento><DettaglioPagamento>'
            '<ModalitaPagamento>MP05</ModalitaPagamento><DataScadenzaPagamento>2026-12-14</DataScadenzaPagamento>'
            '<ImportoPagamento>%.2f</ImportoPagamento><IstitutoFinanziario>BPER Banca</IstitutoFinanziario>'
            '<IBAN>%s</IBAN></DettaglioPagamento></DatiPagamento>\n'
            ' </FatturaElettronicaBody>\n</p:FatturaElettronica>\n' % (net, vat, tot, bank["iban"]))
    pdfb, tot2 = docs.invoice(
        "it", ["Farmaceutici Adriatica S.p.A.", "Via Tiburtina Valeria km 211 – 65129 Pescara",
               "P.IVA " + ADRIA["vat"]],
        ["Example Farmacie S.r.l.", "Via Giovanni Battista Pirelli 19", "20124 Milano (MI)", "P.IVA " + PIVA_EX],
        [("Numero documento", "2026/FV/3318"), ("Data documento", "15/10/2026"), ("Codice cliente", "C-10442"),
         ("Identificativo SdI", "18472653912"), ("Scadenza", "14/12/2026")],
        items, [bank["bank"], "IBAN " + ident.fmt_iban(bank["iban"]), "BIC " + bank["bic"]],
        dict(title="Fattura 2026/FV/3318", author="Farmaceutici Adriatica", creator="TeamSystem Enterprise",
             producer="TeamSystem PDF Engine", date="D:20261016154100+02'00'"),
        color=(0, 110, 160), title="Fattura (copia di cortesia)",
        notes=["Copia di cortesia priva di valore fiscale ai sensi dell'art. 21 DPR 633/72. L'originale è stato "
               "trasmesso tramite Sistema di Interscambio ed è disponibile nell'area riservata Fatture e "
               "Corrispettivi."])
    assert abs(tot2 - tot) < 0.01
    text = ("Gentile Cliente,\n\n"
            "in allegato trasmettiamo la copia di cortesia della fattura n. 2026/FV/3318 del 15/10/2026 "
            "(identificativo SdI 18472653912), già recapitata tramite il Sistema di Interscambio al Vostro codice "
            "destinatario M5UXCR1.\n\n"
            "La presente copia non ha valore fiscale.\n\n"
            "Per informazioni amministrative: fatturazione@farmadriatica.it - tel. 085 441 2290\n\n"
            "Cordiali saluti\n\nUfficio Fatturazione\nFarmaceutici Adriatica S.p.A.\n")
    m.fact("phone", "085 441 2290")
    a1 = att(m, xml.encode("utf-8"), "text/xml", "IT%s_00A7K.xml" % ADRIA["vat"], "thunderbird")
    a2 = att(m, pdfb, "application/pdf", "Fattura_2026-FV-3318.pdf", "thunderbird")
    bd.thunderbird(m, text, "UTF-8", "8bit", True, attachments=[a1, a2])
    hdrs = sy.mua_thunderbird(m)
    sy.relay(m, "smtpcmd0%d.aruba.it" % r.randint(851, 899), "62.149.156.71", hdrs, submit={"kind": "raw", "lines": [
        "Received: from [192.168.1.%d] ([2.228.%d.%d])" % (r.randint(20, 90), r.randint(1, 250), r.randint(1, 250)) + CRLF +
        "\tby Aruba Outgoing Smtp  with ESMTPSA" + CRLF + "\tid %s; %s" % (r.alnum(14), rfcdate(m.date + secs(1), "Europe/Rome"))]},
        dkim=[("farmadriatica.it", "a1", "relaxed/relaxed", "Message-ID:Date:MIME-Version:To:From:Subject:Content-Type")],
        extra_trace=["X-Sender-Aruba: fatturazione@farmadriatica.it"], tls="1.3")


@msg(BUS, 19, "it", "ferretti-ddt-registrazioni-temperatura",
     "Chiara Colombo (Ferretti) sends the Milan office the delivery notes and temperature logs for week 46 "
     "(XLSX + PDF) and flags one excursion that stayed within the 2–8 °C tolerance",
     "Normal operational mail from the carrier's real tenant, expected weekly content, attachments are data the "
     "office uses for GDP records, no payment topic",
     pair=[(17, "mail signed by Chiara Colombo of Ferretti", "real tenant and operational content; the attack uses "
            "her name on a look-alike domain for a bank change")])
def b19(m):
    m.when(2026, 11, 16, 17, 24, 8)
    m.frm = FERR["people"]["colombo"][:2]
    m.to = [org.st("giulia.romano")]
    m.subject = "Consegne settimana 46 - DDT e registrazioni temperatura"
    rows = [["**Data", "**DDT", "**Farmacia", "**Colli", "**T min (°C)", "**T max (°C)", "**Esito"]]
    farm = ["Farmacia Example Milano Isola", "Farmacia Example Monza", "Farmacia Example Bergamo Centro",
            "Farmacia Example Verona Borgo Trento", "Farmacia Example Padova", "Farmacia Example Brescia"]
    r = m.rng
    for i in range(12):
        tmin = round(r.uniform(2.6, 4.2), 1)
        tmax = round(r.uniform(5.1, 7.4), 1)
        rows.append(["%02d/11/2026" % (9 + i // 3), "DDT-%d" % (77310 + i), farm[i % 6], r.randint(2, 9), tmin,
                     tmax if i != 7 else 8.3, "OK" if i != 7 else "Escursione 9 min, entro tolleranza"])
    xl = archive.xlsx([("Settimana 46", rows)], title="Registrazioni temperatura W46", creator="Chiara Colombo",
                      created="2026-11-16T15:55:00Z", dt=(2026, 11, 16, 16, 55, 0))
    ddt = docs.letter(["FERRETTI TRASPORTI S.p.A.", "Riepilogo documenti di trasporto – settimana 46/2026",
                       "Via dell'Industria 42 – 37135 Verona"],
                      ["Example Farmacie S.r.l.", "Ufficio Milano"], "Verona, 16/11/2026",
                      "Riepilogo DDT settimana 46",
                      ["Consegne eseguite: 12 – colli totali: %d – anomalie: 1 (DDT-77317, escursione termica di "
                       "9 minuti a 8,3 °C, rientrata, prodotto conforme secondo procedura GDP)." % sum(x[3] for x in rows[1:]),
                       "Le registrazioni dei data logger sono disponibili nel file Excel allegato."],
                      ["", "Chiara Colombo", "Ufficio Traffico"], ["Ferretti Trasporti S.p.A. – P.IVA " + FERR["vat"]],
                      dict(title="DDT W46", author="Chiara Colombo", creator="Microsoft Excel",
                           producer="Microsoft® Excel® per Microsoft 365", date="D:20261116165810+01'00'"),
                      color=(0, 70, 140))
    text = ("Ciao Giulia,\n\n"
            "ti mando come ogni lunedì i DDT e le registrazioni di temperatura delle consegne della settimana 46.\n\n"
            "Unica segnalazione: sul DDT-77317 (Verona Borgo Trento) il data logger ha registrato 8,3 °C per 9 "
            "minuti durante lo scarico. L'escursione è rientrata nella tolleranza prevista dal nostro accordo di "
            "qualità, trovi il dettaglio nel file. Se la vostra farmacista responsabile vuole il tracciato completo "
            "del logger fammi sapere.\n\n"
            "Buona serata\n\n" + CHIARA_SIG + "\n")
    m.fact("phone", "+39 045 820 4410")
    a1 = att(m, xl, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
             "Registrazioni_temperatura_W46.xlsx", "outlook")
    a2 = att(m, ddt, "application/pdf", "Riepilogo_DDT_W46.pdf", "outlook")
    bd.outlook(m, text, "windows-1252", attachments=[a1, a2], html_lang="IT")
    sy.m365(m, FERR["tenant"])


@msg(BUS, 20, "it", "sharepoint-ferretti-pod-novembre",
     "Genuine SharePoint sharing notification: Chiara Colombo shared the folder 'POD novembre 2026' (signed proofs "
     "of delivery) with the Milan office manager",
     "Real share from the partner's tenant at office hours to her usual contact, folder name and message match the "
     "monthly routine; the link opens the partner's SharePoint which the office uses every month",
     pair=[(20, "SharePoint share from Ferretti's Chiara Colombo", "same sender and platform; genuine share at 15:40 "
            "to the operations contact with a folder of PODs, the attack at 02:14 to accounting with a OneNote "
            "'invoices for payment'")])
def b20(m):
    m.when(2026, 12, 1, 15, 40, 26)
    m.frm = ("Chiara Colombo", "no-reply@sharepointonline.com")
    m.reply_to = [("Chiara Colombo", "c.colombo@ferretti-trasporti.it")]
    m.to = [org.st("giulia.romano")]
    m.subject = "Chiara Colombo ha condiviso la cartella \"POD novembre 2026\" con te"
    m.lang = "it-IT"
    r = m.rng
    link = ("https://ferrettitrasporti-my.sharepoint.com/:f:/g/personal/c_colombo_ferretti-trasporti_it/"
            "E%s?e=%s" % (r.alnum(46, util.string.ascii_letters + util.string.digits + "_-"), r.alnum(6)))
    paras = ["**Chiara Colombo** ha condiviso una cartella con te",
             "Ciao Giulia, come ogni mese ecco le prove di consegna firmate di novembre (62 consegne). Il link resta "
             "valido 30 giorni.",
             "📁 POD novembre 2026"]
    footer = ["Questo messaggio di posta elettronica è generato tramite l'uso di Microsoft 365 da parte di Ferretti "
              "Trasporti S.p.A. e può includere contenuti controllati da Ferretti Trasporti S.p.A.",
              "[Informativa sulla privacy](https://go.microsoft.com/fwlink/?LinkId=521839)"]
    html = bd.notice_html("SharePoint", "#036C70", "Chiara Colombo ha condiviso una cartella con te", paras,
                          ("Apri", link), footer, lang="it", font="'Segoe UI',Tahoma,sans-serif")
    text = bd.notice_text("Chiara Colombo ha condiviso una cartella con te", paras, ("Apri", link), footer)
    bd.alt(m, text, html, "_000_x_", "utf-8", "base64", quoted=True, one_line=False)
    t = FERR["tenant"].copy()
    t.update(dkim="sharepointonline.com", origorg="ferretti-trasporti.it", obe="EUR02-DB5-obe",
             obhost="mail-db5eur02on2047", ip="40.107.249.47")
    sy.m365(m, t, app="sharepoint")
    m.mailfrom = "no-reply@sharepointonline.com"


@msg(BUS, 21, "it", "interno-buoni-regalo-natale-welfare",
     "The Italian accountant tells the office manager that the Christmas vouchers for the 46 Italian employees were "
     "approved and will be ordered through the company's welfare platform",
     "Genuine internal gift-voucher topic: internal Exchange route, approval by HR/CFO referenced, ordering through "
     "the contracted welfare provider with invoice, no request to buy cards or send codes",
     pair=[(21, "gift cards / Christmas vouchers", "internal, approved, ordered by the company on a welfare platform "
            "against invoice; the attack wants cards bought privately and photos of the codes")])
def b21(m):
    m.when(2026, 12, 9, 14, 12, 37)
    m.frm = ("Conti, Paolo", "paolo.conti@example.com")
    m.to = [("Romano, Giulia", "giulia.romano@example.com")]
    m.cc = [("Schröder, Andrea", "andrea.schroeder@example.com")]
    m.subject = "Buoni regalo Natale dipendenti - ordine welfare approvato"
    m.rcpt = ["giulia.romano@example.com", "andrea.schroeder@example.com"]
    text = ("Ciao Giulia,\n\n"
            "Andrea (HR) e la Dott.ssa Hoffmann-Weiß hanno approvato i buoni Natale per i 46 dipendenti italiani: "
            "150 € a testa, erogati come beni e servizi welfare (entro la soglia fringe benefit).\n\n"
            "L'ordine lo faccio io domani sulla piattaforma welfare aziendale, con fattura intestata a Example "
            "Farmacie S.r.l. e pagamento da conto aziendale. I dipendenti riceveranno il voucher direttamente sul "
            "loro profilo welfare entro il 18/12, quindi non serve che tu compri niente né distribuisca codici.\n\n"
            "Mi mandi solo entro giovedì l'elenco aggiornato delle persone in forza al 1° dicembre (file HR)?\n\n"
            "Grazie, ciao\nPaolo\n\n"
            "Paolo Conti\nContabilità\nExample Farmacie S.r.l. | Via G. B. Pirelli 19 | 20124 Milano\n")
    bd.outlook(m, text, "windows-1252", html_lang="IT")
    sy.internal(m, "EXCH02", "EXCH01", "10.40.1.23")
