"""Genuine business messages, Italian (17-21) and Polish (22-26)."""
from common import (A, Multi, P, Part, addr, assemble, boundary, esc, hdr_text, html_page, outlook_html,
                    pdf, register, simple_html, T, plus, fmt)
import banking as B
import qrgen
import senders as S
from business_de_en import exch_alt, internal_hdrs
from threads import B20_MID, B20_SUBJ, B20_TEXT

FERRETTI_IBAN = B.it_iban("03069", "11204", "100000017745")
FERRETTI_PIVA = B.it_piva("0289117098")
GALLO_PIVA = B.it_piva("0362178024")
EG_IT_PIVA = B.it_piva("0417823023")
PL_NIP = B.pl_nip("777318245")
EG_PL_NIP = B.pl_nip("782264512")
PL_OLD_IBAN = B.pl_iban("1090136", "0000000148822731")

FERRETTI_SIG = """Ferretti Trasporti S.p.A.
Via Industriale 41 - 25016 Ghedi (BS)
Tel. +39 030 905 1187 - Fax +39 030 905 1190
P.IVA %s - Cap. Soc. EUR 1.200.000 i.v.""" % FERRETTI_PIVA


@register("business", 17, "it", "ferretti-fattura-trasporti",
          "Ferretti Trasporti's administration sends the courtesy PDF copy of the October transport invoice (e-invoice already transmitted via SdI), with the unchanged bank details.",
          "Real carrier address, Aruba outbound SMTP (the carrier's provider), unchanged Intesa Sanpaolo IBAN, no urgency. Hard negative for the IBAN-change attack 18.",
          pair=[18])
def b17(r):
    t = T(2026, 11, 2, 9, 14, 6, "IT")
    rcpt = P("it_acc").addr
    prof = S.aruba(r, t, rcpt, "93.63.201.18", "ferretti-trasporti.it")
    text = """Spett.le Example Group Italia S.r.l.,

in allegato trasmettiamo copia di cortesia della fattura n. 2026/4812 del 31/10/2026 relativa ai trasporti di ottobre (14 viaggi bisarca Verona - Brescia - Padova, come da riepilogo allegato alla fattura).

La fattura elettronica è stata regolarmente trasmessa tramite SdI al Vostro codice destinatario.

Importo: EUR 11.347,60 (IVA inclusa)
Scadenza: 30/11/2026 - bonifico bancario
IBAN: %s (Intesa Sanpaolo, invariato)

Cordiali saluti

Ufficio Amministrazione
%s
""" % (B.fmt_iban(FERRETTI_IBAN), FERRETTI_SIG)
    inv = pdf([{"t": "FERRETTI TRASPORTI S.p.A.", "s": 14, "b": True},
               {"t": "Via Industriale 41 - 25016 Ghedi (BS) - P.IVA " + FERRETTI_PIVA, "s": 8}, "",
               {"t": "COPIA DI CORTESIA - Fattura n. 2026/4812 del 31/10/2026", "b": True}, "",
               "Cliente: Example Group Italia S.r.l. - Viale del Lavoro 33 - 37135 Verona - P.IVA " + EG_IT_PIVA, "",
               [(56, "Descrizione"), (360, "Q.tà"), (420, "Importo")],
               [(56, "Trasporto veicoli con bisarca - ottobre 2026"), (360, "14"), (420, "9.301,31")],
               [(56, "Imponibile"), (420, "9.301,31")], [(56, "IVA 22%"), (420, "2.046,29")],
               [(56, "Totale documento EUR"), (420, "11.347,60")], "",
               "Pagamento: bonifico a 30 gg d.f. - IBAN " + B.fmt_iban(FERRETTI_IBAN),
               {"t": "Documento privo di valenza fiscale ai sensi dell'art. 21 DPR 633/72. L'originale è disponibile nell'area riservata del cessionario.", "s": 7}],
              t, "IT", title="Fattura 2026/4812", producer="TeamSystem Enterprise")
    body = Multi("mixed", [Part("text/plain", text, "windows-1252", "quoted-printable"),
                           Part("application/pdf", inv, filename="FT_2026_4812.pdf")],
                 boundary(r, "outlook", 0), preamble="This is a multipart message in MIME format.")
    hdrs = [("From", addr("Amministrazione Ferretti Trasporti", "amministrazione@ferretti-trasporti.it")),
            ("To", addr("Marco Bellini", rcpt)),
            ("Subject", "Fattura n. 2026/4812 del 31/10/2026 - Ferretti Trasporti S.p.A."),
            ("Date", prof["date"]), ("Message-ID", prof["mid"]), ("MIME-Version", "1.0"),
            ("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "it")]
    return assemble(r, prof, rcpt, hdrs, body, env="amministrazione@ferretti-trasporti.it")


@register("business", 18, "it", "ferretti-sollecito-sospensione",
          "Chiara Colombo (Ferretti) sends an urgent third reminder for two overdue invoices and announces the suspension of pick-ups if not paid by 18 December.",
          "Real sender on the carrier's Aruba mail, unchanged IBAN, earlier reminders cited, phone number for checks - aggressive but genuine; the same invoices attack 18 tried to divert.",
          pair=[18])
def b18(r):
    t = T(2026, 12, 10, 11, 2, 39, "IT")
    rcpt = P("it_acc").addr
    prof = S.aruba(r, t, rcpt, "93.63.201.18", "ferretti-trasporti.it", client_name="PC-TRAFFICO3")
    text = """Buongiorno dott. Bellini,

nonostante i nostri solleciti del 12/11 e del 26/11 risultano ancora insolute le seguenti fatture:

- n. 2026/4417 del 30/09/2026 - EUR 8.940,00 - scaduta il 30/10/2026
- n. 2026/4452 del 07/10/2026 - EUR 6.215,50 - scaduta il 06/11/2026

In mancanza del pagamento entro venerdì 18/12/2026 saremo costretti, con dispiacere, a sospendere i ritiri dal porto di Venezia e le consegne programmate per gennaio, come previsto dall'art. 9 del contratto quadro.

Le coordinate bancarie sono invariate: IBAN %s (Intesa Sanpaolo). Se il pagamento è già stato disposto, Vi prego di inviarmi la contabile; per qualsiasi verifica mi trova al 030 905 1187.

Cordiali saluti

Chiara Colombo
Ufficio Amministrazione e Traffico
%s
""" % (B.fmt_iban(FERRETTI_IBAN), FERRETTI_SIG)
    body = Part("text/plain", text, "iso-8859-1", "8bit")
    hdrs = [("From", addr("Chiara Colombo", "c.colombo@ferretti-trasporti.it")),
            ("To", addr("Marco Bellini", rcpt)),
            ("Cc", addr("Giulia Ferraro", P("it_mgr").addr)),
            ("Subject", "SOLLECITO URGENTE - fatture scadute 2026/4417 e 2026/4452 - sospensione servizio"),
            ("Date", prof["date"]), ("Message-ID", prof["mid"]), ("MIME-Version", "1.0"),
            ("X-Mailer", "Microsoft Outlook 16.0"), ("Importance", "High"), ("Content-Language", "it")]
    return assemble(r, prof, rcpt, hdrs, body, env="c.colombo@ferretti-trasporti.it")


FATTURAPA = """<?xml version="1.0" encoding="UTF-8"?>
<p:FatturaElettronica versione="FPR12" xmlns:ds="http://www.w3.org/2000/09/xmldsig#" xmlns:p="http://ivaservizi.agenziaentrate.gov.it/docs/xsd/fatture/v1.2">
  <FatturaElettronicaHeader>
    <DatiTrasmissione>
      <IdTrasmittente><IdPaese>IT</IdPaese><IdCodice>%(gallo)s</IdCodice></IdTrasmittente>
      <ProgressivoInvio>0A7F3</ProgressivoInvio>
      <FormatoTrasmissione>FPR12</FormatoTrasmissione>
      <CodiceDestinatario>KRRH6B9</CodiceDestinatario>
    </DatiTrasmissione>
    <CedentePrestatore>
      <DatiAnagrafici><IdFiscaleIVA><IdPaese>IT</IdPaese><IdCodice>%(gallo)s</IdCodice></IdFiscaleIVA>
        <Anagrafica><Denominazione>AUTORICAMBI GALLO S.R.L.</Denominazione></Anagrafica><RegimeFiscale>RF01</RegimeFiscale></DatiAnagrafici>
      <Sede><Indirizzo>Via dell'Artigianato 12</Indirizzo><CAP>36100</CAP><Comune>Vicenza</Comune><Provincia>VI</Provincia><Nazione>IT</Nazione></Sede>
    </CedentePrestatore>
    <CessionarioCommittente>
      <DatiAnagrafici><IdFiscaleIVA><IdPaese>IT</IdPaese><IdCodice>%(eg)s</IdCodice></IdFiscaleIVA>
        <Anagrafica><Denominazione>EXAMPLE GROUP ITALIA S.R.L.</Denominazione></Anagrafica></DatiAnagrafici>
      <Sede><Indirizzo>Viale del Lavoro 33</Indirizzo><CAP>37135</CAP><Comune>Verona</Comune><Provincia>VR</Provincia><Nazione>IT</Nazione></Sede>
    </CessionarioCommittente>
  </FatturaElettronicaHeader>
  <FatturaElettronicaBody>
    <DatiGenerali><DatiGeneraliDocumento><TipoDocumento>TD01</TipoDocumento><Divisa>EUR</Divisa><Data>2026-11-11</Data><Numero>FE/2026/1877</Numero><ImportoTotaleDocumento>2931.44</ImportoTotaleDocumento></DatiGeneraliDocumento></DatiGenerali>
    <DatiBeniServizi>
      <DettaglioLinee><NumeroLinea>1</NumeroLinea><Descrizione>Kit distribuzione con pompa acqua</Descrizione><Quantita>8.00</Quantita><PrezzoUnitario>186.40</PrezzoUnitario><PrezzoTotale>1491.20</PrezzoTotale><AliquotaIVA>22.00</AliquotaIVA></DettaglioLinee>
      <DettaglioLinee><NumeroLinea>2</NumeroLinea><Descrizione>Filtro abitacolo carboni attivi</Descrizione><Quantita>60.00</Quantita><PrezzoUnitario>15.20</PrezzoUnitario><PrezzoTotale>912.00</PrezzoTotale><AliquotaIVA>22.00</AliquotaIVA></DettaglioLinee>
      <DatiRiepilogo><AliquotaIVA>22.00</AliquotaIVA><ImponibileImporto>2403.20</ImponibileImporto><Imposta>528.70</Imposta><EsigibilitaIVA>I</EsigibilitaIVA></DatiRiepilogo>
    </DatiBeniServizi>
    <DatiPagamento><CondizioniPagamento>TP02</CondizioniPagamento><DettaglioPagamento><ModalitaPagamento>MP05</ModalitaPagamento><DataScadenzaPagamento>2026-12-31</DataScadenzaPagamento><ImportoPagamento>2931.44</ImportoPagamento><IBAN>%(iban)s</IBAN></DettaglioPagamento></DatiPagamento>
  </FatturaElettronicaBody>
</p:FatturaElettronica>
"""


@register("business", 19, "it", "gallo-copia-cortesia-sdi",
          "Parts supplier Autoricambi Gallo sends the courtesy copy (PDF) and the FatturaPA XML of an e-invoice already delivered through SdI.",
          "Known supplier's own mail server (Thunderbird), real SdI identifiers, XML is data only, invites no login. Hard negative for the fake SdI rejection notice (attack 17).",
          pair=[17])
def b19(r):
    t = T(2026, 11, 11, 17, 5, 44, "IT")
    rcpt = P("it_acc").addr
    prof = S.own_postfix(r, t, rcpt, "mail.autoricambigallo.it", "mail.autoricambigallo.it", "79.11.27.94",
                         client_ip="192.168.20.41", mua="thunderbird", domain="autoricambigallo.it",
                         auth="amministrazione@autoricambigallo.it", zone="IT", client_helo="[192.168.20.41]")
    iban = B.it_iban("02008", "11820", "000104588231")
    xml = FATTURAPA % {"gallo": GALLO_PIVA, "eg": EG_IT_PIVA, "iban": iban}
    text = """Buonasera,

in allegato la copia di cortesia della fattura elettronica n. FE/2026/1877 dell'11/11/2026 e il relativo file XML.

La fattura è stata trasmessa al Sistema di Interscambio (identificativo SdI 11873402918) e consegnata al Vostro codice destinatario; il documento con valore fiscale è quello ricevuto tramite SdI.

Scadenza: 31/12/2026, bonifico su IBAN %s (UniCredit).

Cordiali saluti
Roberta Gallo
Autoricambi Gallo S.r.l.
Via dell'Artigianato 12 - 36100 Vicenza
Tel. 0444 960 218 - P.IVA %s
""" % (B.fmt_iban(iban), GALLO_PIVA)
    inv = pdf([{"t": "AUTORICAMBI GALLO S.R.L.", "s": 14, "b": True},
               {"t": "Via dell'Artigianato 12 - 36100 Vicenza - P.IVA " + GALLO_PIVA, "s": 8}, "",
               {"t": "Copia di cortesia - Fattura FE/2026/1877 del 11/11/2026", "b": True}, "",
               [(56, "Kit distribuzione con pompa acqua"), (330, "8 x 186,40"), (460, "1.491,20")],
               [(56, "Filtro abitacolo carboni attivi"), (330, "60 x 15,20"), (460, "912,00")],
               [(56, "Imponibile"), (460, "2.403,20")], [(56, "IVA 22%"), (460, "528,70")],
               [(56, "Totale EUR"), (460, "2.931,44")], "", "Scadenza 31/12/2026 - IBAN " + B.fmt_iban(iban)],
              t, "IT", title="FE 2026 1877", producer="Danea Easyfatt")
    body = Multi("mixed", [Part("text/plain", text, "UTF-8", "8bit", flowed=True, quote_charset=False),
                           Part("application/pdf", inv, filename="FE_2026_1877.pdf", fname_style="rfc2231"),
                           Part("text/xml", xml, "UTF-8", "base64", filename="IT%s_0A7F3.xml" % GALLO_PIVA,
                                quote_charset=False)],
                 boundary(r, "thunderbird"), preamble="This is a multi-part message in MIME format.")
    hdrs = [("Message-ID", prof["mid"]), ("Date", prof["date"]), ("MIME-Version", "1.0"),
            ("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "it-IT"),
            ("To", addr("Marco Bellini", rcpt)),
            ("From", addr("Amministrazione Autoricambi Gallo", "amministrazione@autoricambigallo.it")),
            ("Subject", "Copia di cortesia fattura elettronica n. FE/2026/1877")]
    return assemble(r, prof, rcpt, hdrs, body, env="amministrazione@autoricambigallo.it")


def _photo(seed, w=320, h=240):
    rr = __import__("random").Random(seed)
    base = [rr.randrange(60, 200) for _ in range(3)]

    def row(y):
        out = bytearray()
        for x in range(w):
            v = (x * 3 + y * 2) // 8
            out += bytes(((base[0] + v) % 256, (base[1] + v // 2) % 256, (base[2] + y // 3) % 256))
        return bytes(out)
    return qrgen.solid_png(w, h, row)


@register("business", 20, "it", "cliente-reclamo-libero",
          "Private customer Francesco Esposito (Libero Mail) complains about a scratch on his used Jeep Renegade and a missing service stamp; two photos attached.",
          "Genuine consumer complaint from the customer's own mailbox via Italiaonline, images only. Its thread is the one later hijacked in attack 21 (same address, compromised).",
          pair=[21])
def b20(r):
    t = T(2026, 10, 19, 18, 22, 21, "IT")
    rcpt = P("it_sales").addr
    prof = S.italiaonline(r, t, rcpt, "93.44.121.18")
    text = B20_TEXT + "\n"
    html = "<!doctype html>\n<html>\n <head> \n  <meta charset=\"UTF-8\"> \n </head>\n <body>\n" + "".join(
        "  <p>%s</p>\n" % (esc(p).replace("\n", "<br>") if p else "&nbsp;") for p in B20_TEXT.split("\n\n")) + " </body>\n</html>\n"
    alt = Multi("alternative", [Part("text/plain", text, "UTF-8", "8bit"),
                                Part("text/html", html, "UTF-8", "8bit")],
                "----=_Part_%d_%d.%d" % (r.randrange(10 ** 5, 10 ** 6), r.randrange(10 ** 8, 10 ** 9), 1792426941210))
    body = Multi("mixed", [alt,
                           Part("image/png", _photo("b20a"), filename="paraurti_1.png"),
                           Part("image/png", _photo("b20b"), filename="paraurti_2.png")],
                 "----=_Part_%d_%d.%d" % (r.randrange(10 ** 5, 10 ** 6), r.randrange(10 ** 8, 10 ** 9), 1792426941209))
    hdrs = [("Date", prof["date"]), ("From", addr("Francesco Esposito", "f.esposito76@libero.it")),
            ("To", addr("Davide Russo", rcpt)), ("Message-ID", B20_MID),
            ("Subject", B20_SUBJ), ("MIME-Version", "1.0"), ("Importance", "Normal")]
    return assemble(r, prof, rcpt, hdrs, body, env="f.esposito76@libero.it")


@register("business", 21, "it", "google-avviso-sicurezza",
          "Genuine Google security alert (Italian): new sign-in on Windows to the Google account the Verona office uses for its Business Profile.",
          "Sent by Google's own infrastructure (mail-sor-*.google.com, no-reply@accounts.google.com), links only to accounts.google.com / myaccount.google.com; informational.")
def b21(r):
    t = T(2026, 11, 21, 20, 3, 17, "IT")
    rcpt = P("it_mgr").addr
    prof = S.google_notif(r, t, rcpt)
    ts = int(t.timestamp() * 1000)
    link = "https://accounts.google.com/AccountChooser?Email=%s&continue=https://myaccount.google.com/alert/nt/%d?rfn%%3D325%%26rfnc%%3D1%%26eid%%3D%s%%26et%%3D0" % (rcpt, ts, r.digits(19))
    text = """Nuovo accesso su Windows

%s

Abbiamo rilevato un nuovo accesso al tuo Account Google su un dispositivo Windows. Se sei stato tu, non devi fare nulla. In caso contrario, ti aiuteremo a proteggere il tuo account.

Controlla l'attività:
%s

Puoi anche controllare l'attività relativa alla sicurezza all'indirizzo:
https://myaccount.google.com/notifications

Ti abbiamo inviato questa email per informarti di modifiche importanti al tuo Account Google e ai tuoi servizi.
© 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
""" % (rcpt, link)
    html = html_page("""<table width="100%%" cellpadding="0" cellspacing="0" style="font-family:Google Sans,Roboto,Arial,sans-serif"><tr><td align="center" style="padding:16px">
<table width="516" cellpadding="0" cellspacing="0" style="border:1px solid #dadce0;border-radius:8px;padding:40px 20px">
<tr><td align="center" style="font-size:24px;color:rgba(0,0,0,.87);padding-bottom:8px">Nuovo accesso su Windows</td></tr>
<tr><td align="center" style="font-size:14px;color:rgba(0,0,0,.87);border-bottom:1px solid #dadce0;padding-bottom:24px">%s</td></tr>
<tr><td style="font-size:14px;color:rgba(0,0,0,.87);line-height:20px;padding-top:20px;text-align:center">Abbiamo rilevato un nuovo accesso al tuo Account Google su un dispositivo Windows. Se sei stato tu, non devi fare nulla. In caso contrario, ti aiuteremo a proteggere il tuo account.
<div style="padding-top:32px"><a href="%s" style="font-weight:500;color:#ffffff;background-color:#4184F3;border-radius:5px;padding:10px 24px;text-decoration:none">Controlla l'attività</a></div></td></tr>
<tr><td style="padding-top:20px;font-size:12px;color:rgba(0,0,0,.54);text-align:center">Puoi anche controllare l'attività relativa alla sicurezza all'indirizzo<br><a style="color:rgba(0,0,0,.87)">https://myaccount.google.com/notifications</a></td></tr>
</table>
<div style="font-size:11px;color:rgba(0,0,0,.54);padding-top:12px;text-align:center">Ti abbiamo inviato questa email per informarti di modifiche importanti al tuo Account Google e ai tuoi servizi.<br>&copy; 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA</div></td></tr></table>""" % (rcpt, link))
    alt = Multi("alternative", [Part("text/plain", text, "UTF-8", "quoted-printable"),
                                Part("text/html", html, "UTF-8", "quoted-printable")], boundary(r, "gmail"))
    hdrs = [("Date", prof["date"]), ("From", addr("Google", "no-reply@accounts.google.com")), ("To", rcpt),
            ("Message-ID", prof["mid"]), ("Subject", "Avviso di sicurezza"), ("MIME-Version", "1.0")]
    return assemble(r, prof, rcpt, hdrs, alt)


# ====================================================================== Polish
@register("business", 22, "pl", "partner-logistik-faktura-ksef",
          "Partner Logistik's accounting sends the October warehousing invoice (with its KSeF number) from the ERP through the company's Google Workspace relay; PDF visualisation attached.",
          "Real partner domain on Google Workspace (smtp-relay.gmail.com, X-Relaying-Domain), unchanged Santander account that is on the VAT white list, KSeF number quoted. Hard negative for attacks 22 and 23.",
          pair=[22, 23])
def b22(r):
    t = T(2026, 10, 30, 13, 10, 2, "PL")
    rcpt = P("pl_acc").addr
    msgid = "<%s.%s@erp.partner-logistik.pl>" % (t.strftime("%Y%m%d%H%M%S"), r.hex(5, True))
    prof = S.gws_relay(r, t, rcpt, "erp.partner-logistik.pl", "89.72.131.205", "partner-logistik.pl", msgid)
    ksef = "%s-20261030-%s-%s" % (PL_NIP, r.hex(12, True), r.hex(2, True))
    text = """Szanowni Państwo,

w załączeniu przesyłamy wizualizację faktury FV/2026/10/0944 za usługi magazynowe i przeładunkowe w październiku 2026 r.

Faktura została wystawiona w Krajowym Systemie e-Faktur, numer KSeF: %s

Kwota brutto: 28 744,77 zł
Termin płatności: 29.11.2026
Rachunek: %s (Santander Bank Polska S.A., rachunek widnieje w wykazie podatników VAT)

Wiadomość wygenerowana automatycznie z systemu ERP. W sprawach rozliczeń prosimy o kontakt: ksiegowosc@partner-logistik.pl, tel. 61 843 27 00.

Dział Księgowości
Partner Logistik sp. z o.o.
ul. Obornicka 229, 60-650 Poznań, NIP %s
""" % (ksef, B.fmt_iban(PL_OLD_IBAN), PL_NIP)
    inv = pdf([{"t": "Partner Logistik sp. z o.o.", "s": 14, "b": True},
               {"t": "ul. Obornicka 229, 60-650 Poznań, NIP " + PL_NIP, "s": 8}, "",
               {"t": "Faktura VAT FV/2026/10/0944", "b": True, "s": 12}, "Numer KSeF: " + ksef,
               "Data wystawienia: 30.10.2026   Data sprzedaży: 31.10.2026", "",
               "Nabywca: Example Group Polska sp. z o.o., ul. Głogowska 218, 60-104 Poznań, NIP " + EG_PL_NIP, "",
               [(56, "Usługa"), (330, "Netto"), (400, "VAT 23%"), (470, "Brutto")],
               [(56, "Magazynowanie części - paleta/dzień"), (330, "17 214,00"), (400, "3 959,22"), (470, "21 173,22")],
               [(56, "Przeładunek cross-dock"), (330, "6 155,73"), (400, "1 415,82"), (470, "7 571,55")],
               [(56, "Razem"), (330, "23 369,73"), (400, "5 375,04"), (470, "28 744,77")], "",
               "Mechanizm podzielonej płatności. Rachunek: " + B.fmt_iban(PL_OLD_IBAN)],
              t, "PL", title="FV 2026 10 0944", producer="Comarch ERP Optima")
    body = Multi("mixed", [Part("text/plain", text, "iso-8859-2", "quoted-printable"),
                           Part("application/pdf", inv, filename="FV_2026_10_0944.pdf")],
                 boundary(r, "generic"))
    hdrs = [("Message-ID", msgid), ("Date", prof["date"]),
            ("From", addr("Księgowość Partner Logistik", "ksiegowosc@partner-logistik.pl", "iso-8859-2", "Q")),
            ("To", rcpt),
            ("Subject", hdr_text("Faktura FV/2026/10/0944 - usługi magazynowe październik 2026", "iso-8859-2", "Q")),
            ("MIME-Version", "1.0"), ("X-Mailer", "Comarch ERP Optima 2026.1")]
    return assemble(r, prof, rcpt, hdrs, body, env="ksiegowosc@partner-logistik.pl")


@register("business", 23, "pl", "partner-logistik-arkusz-google",
          "Tadeusz Zieliński shares a Google Sheet 'delivery schedule December' from Partner Logistik's Google Workspace and asks the office manager to fill in unloading windows.",
          "Genuine Google Drive share notification sent by Google for the real partner domain (Reply-To t.zielinski@partner-logistik.pl), document link on docs.google.com, operational content. Hard negative for the abused Drive share (attack 24).",
          pair=[24])
def b23(r):
    t = T(2026, 11, 25, 14, 20, 9, "PL")
    rcpt = P("pl_mgr").addr
    prof = S.google_notif(r, t, rcpt, bounce="doclist")
    fid = "1" + r.alnum(43, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
    link = "https://docs.google.com/spreadsheets/d/%s/edit?usp=sharing_eil_se_dm&ts=%x" % (fid, int(t.timestamp()))
    doc = "Harmonogram dostaw części - grudzień 2026"
    msg = ("Pani Agnieszko, w arkuszu jest harmonogram dostaw na grudzień. Proszę o uzupełnienie okien "
           "rozładunku dla salonu w Poznaniu do piątku. Pozdrawiam, Tadeusz")
    text = """Tadeusz Zieliński udostępnił Ci arkusz kalkulacyjny

%s

%s
%s

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
Otrzymujesz tego e-maila, ponieważ użytkownik t.zielinski@partner-logistik.pl udostępnił Ci plik lub folder znajdujący się na Dysku Google.
""" % (msg, doc, link)
    html = html_page("""<table width="100%%" cellpadding="0" cellspacing="0" style="font-family:Google Sans,Roboto,Arial,sans-serif"><tr><td align="center" style="padding:24px">
<table width="520" cellpadding="0" cellspacing="0" style="border:1px solid #dadce0;border-radius:8px">
<tr><td style="padding:24px 24px 8px 24px;font-size:20px;color:#202124">Tadeusz Zieliński udostępnił Ci arkusz kalkulacyjny</td></tr>
<tr><td style="padding:8px 24px;font-size:14px;color:#3c4043"><div style="background:#f1f3f4;border-radius:8px;padding:12px">%s</div></td></tr>
<tr><td style="padding:12px 24px"><a href="%s" style="font-size:14px;color:#202124;text-decoration:none;border:1px solid #dadce0;border-radius:16px;padding:6px 12px">&#128202; %s</a></td></tr>
<tr><td style="padding:12px 24px 24px 24px"><a href="%s" style="background:#0b57d0;color:#fff;border-radius:18px;padding:10px 24px;text-decoration:none;font-size:14px">Otwórz</a></td></tr>
<tr><td style="padding:0 24px 20px 24px;font-size:12px;color:#5f6368">Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA<br>Otrzymujesz tego e-maila, ponieważ użytkownik t.zielinski@partner-logistik.pl udostępnił Ci plik lub folder znajdujący się na Dysku Google.</td></tr>
</table></td></tr></table>""" % (esc(msg), link, esc(doc), link))
    alt = Multi("alternative", [Part("text/plain", text, "UTF-8", "quoted-printable"),
                                Part("text/html", html, "UTF-8", "quoted-printable")], boundary(r, "gmail"))
    hdrs = [("MIME-Version", "1.0"),
            ("Reply-To", addr("Tadeusz Zieliński", "t.zielinski@partner-logistik.pl", "UTF-8", "B")),
            ("X-No-Auto-Attachment", "1"), ("Message-ID", prof["mid"]), ("Date", prof["date"]),
            ("Subject", hdr_text("Arkusz kalkulacyjny udostępniony Tobie: \"%s\"" % doc, "UTF-8", "B")),
            ("From", addr("Tadeusz Zieliński (przez Arkusze Google)", "drive-shares-dm-noreply@google.com", "UTF-8", "B")),
            ("To", rcpt)]
    return assemble(r, prof, rcpt, hdrs, alt)


@register("business", 24, "pl", "ksef-wewnetrzny-token",
          "The Polish accountant warns the office manager (internal) about the fake 'KSeF token expires' e-mail and explains how the real KSeF token for the ERP integration is rotated.",
          "Internal Exchange path; it even names the phishing domain ksef-podatki.pl as text, but only to warn; the only real link is ksef.podatki.gov.pl. Hard negative for attack 22 (same topic, genuine sender).",
          pair=[22])
def b24(r):
    t = T(2026, 11, 17, 9, 2, 51, "PL")
    rcpt = P("pl_mgr").addr
    prof = S.internal(r, t, rcpt, "EXCH01", 11, client="10.40.2.%d")
    text = """Cześć Agnieszko,

wczoraj rano przyszedł do mnie mail "KSeF: token uwierzytelniający wygasa" z domeny ksef-podatki.pl z linkiem do "ponownego uwierzytelnienia". To phishing - niczego nie klikałem, przekazałem go do Leny Vogt z IT. Jeśli dostaniesz podobną wiadomość, po prostu ją zgłoś przyciskiem "Zgłoś phishing".

Dla porządku: Ministerstwo Finansów nie wysyła takich powiadomień e-mailem. Tokeny do KSeF generujemy sami w Aplikacji Podatnika (https://ksef.podatki.gov.pl) i nie wygasają one "same z siebie".

W piątek po 16:00 i tak wymienię token dla integracji z naszym systemem ERP zgodnie z procedurą (stary unieważnię od razu po teście). Przez ok. 30 minut nie będzie pobierania faktur zakupowych. Uprawnienia do KSeF przez profil zaufany mamy tylko Ty i ja - proszę, nie nadawaj ich nikomu innemu bez konsultacji ze mną.

Pozdrawiam
Paweł

Paweł Łukasik
Księgowy
Example Group Polska sp. z o.o., ul. Głogowska 218, 60-104 Poznań
tel. +48 61 222 41 35
"""
    body = exch_alt(r, text, "iso-8859-2", "quoted-printable")
    hdrs = internal_hdrs(prof, A("pl_acc", "iso-8859-2"), A("pl_mgr", "iso-8859-2"),
                         "KSeF - fałszywe maile o wygaśnięciu tokenu / wymiana tokenu w piątek",
                         "iso-8859-2", lang="pl-PL")
    return assemble(r, prof, rcpt, hdrs, body, env=P("pl_acc").addr)


@register("business", 25, "pl", "klient-wp-jazda-probna",
          "A private customer (WP Poczta, Thunderbird) asks the Poznań office for a test drive of a Škoda Octavia Combi, a consumer leasing offer and a trade-in valuation.",
          "Ordinary sales inquiry from a consumer mailbox via WP infrastructure; no links or attachments.")
def b25(r):
    t = T(2026, 11, 14, 19, 37, 40, "PL")
    rcpt = P("pl_mgr").addr
    prof = S.wp_pl(r, t, rcpt, "83.24.155.92")
    text = """Dzień dobry,

jestem zainteresowany Škodą Octavią Combi 1.5 TSI e-TEC (wersja Selection), którą widziałem na Państwa stronie. Czy byłaby możliwa jazda próbna w przyszłą sobotę, 21.11., przed południem?

Proszę także o przygotowanie oferty leasingu konsumenckiego na 48 miesięcy z wpłatą własną ok. 20% oraz o wycenę mojego obecnego auta w rozliczeniu (Toyota Auris 1.6, 2017 r., 112 tys. km, serwisowana w ASO).

Najlepiej kontaktować się ze mną telefonicznie po 16:00: 604 218 775.

Pozdrawiam
Krzysztof Nowak
"""
    body = Part("text/plain", text, "windows-1250", "8bit", flowed=True, quote_charset=False)
    hdrs = [("Message-ID", prof["mid"]), ("Date", prof["date"]), ("MIME-Version", "1.0"),
            ("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "pl"),
            ("To", rcpt), ("From", addr("Krzysztof Nowak", "krzysztof.nowak1983@wp.pl")),
            ("Subject", hdr_text("Jazda próbna Škoda Octavia Combi - zapytanie", "windows-1250", "Q"))]
    return assemble(r, prof, rcpt, hdrs, body, env="krzysztof.nowak1983@wp.pl")


@register("business", 26, "pl", "newsletter-flota-dealer-freshmail",
          "Subscribed Polish trade newsletter 'Flota & Dealer' via FreshMail (market data, KSeF pitfalls, a warning about fake 'OTOMOTO Dealer' e-mails) with List-Unsubscribe.",
          "Subscribed newsletter from a Polish ESP with proper unsubscribe headers; mentions the phishing theme only as news. Hard negative for attack 26.",
          pair=[26])
def b26(r):
    t = T(2026, 12, 1, 7, 0, 3, "PL")
    rcpt = P("pl_mgr").addr
    prof = S.freshmail(r, t, rcpt, "flotaidealer.pl")
    trk = "https://click.freshmail.pl/c/%s" % r.hex(24)
    unsub = "https://app.freshmail.com/pl/unsubscribe/%s/%s" % (r.hex(10), r.hex(16))
    items = [("Rynek aut używanych w listopadzie: ceny stabilne, rośnie popyt na hybrydy", "Średnia cena transakcyjna samochodu używanego w salonach dealerskich wzrosła o 1,2% r/r."),
             ("KSeF po dziesięciu miesiącach: najczęstsze błędy dealerów", "Korekty faktur zaliczkowych i rozliczenia z leasingodawcami - na co uważać przy zamknięciu roku."),
             ("Uwaga na fałszywe maile \"OTOMOTO Dealer\"", "Przestępcy powołują się na DSA i żądają \"weryfikacji\" danych karty. Weryfikacja odbywa się wyłącznie w panelu dealera po zalogowaniu.")]
    text = "Flota & Dealer - newsletter 48/2026\n\n" + "\n\n".join("%s\n%s\nCzytaj więcej: %s" % (a, b, trk) for a, b in items) + \
        "\n\nOtrzymujesz ten newsletter, ponieważ zapisałeś się na stronie flotaidealer.pl.\nWypisz się: %s\n\nFlota & Dealer Media sp. z o.o., ul. Grochowska 306, 03-840 Warszawa\n" % unsub
    html = html_page("""<table width="100%%" cellpadding="0" cellspacing="0" style="background:#f2f2f2"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Arial,sans-serif">
<tr><td style="background:#1b4332;color:#fff;padding:16px 22px;font-size:22px">Flota &amp; Dealer <span style="font-size:13px">newsletter 48/2026</span></td></tr>
%s
<tr><td style="padding:16px 22px;font-size:11px;color:#888">Otrzymujesz ten newsletter, ponieważ zapisałeś się na stronie flotaidealer.pl. <a href="%s">Wypisz się</a><br>Flota &amp; Dealer Media sp. z o.o., ul. Grochowska 306, 03-840 Warszawa</td></tr></table></td></tr></table>""" % (
        "\n".join('<tr><td style="padding:16px 22px;border-bottom:1px solid #eee"><div style="font-size:18px;color:#1b4332"><b>%s</b></div><p style="font-size:14px;color:#333">%s</p><a href="%s">Czytaj więcej</a></td></tr>' % (esc(a), esc(b), trk) for a, b in items), unsub))
    alt = Multi("alternative", [Part("text/plain", text, "UTF-8", "base64"),
                                Part("text/html", html, "UTF-8", "base64")], boundary(r, "generic"))
    hdrs = [("Date", prof["date"]), ("From", addr("Flota & Dealer", "newsletter@flotaidealer.pl")), ("To", rcpt),
            ("Subject", hdr_text("Ceny aut używanych, KSeF, fałszywe maile OTOMOTO - Flota & Dealer 48/2026", "UTF-8", "Q")),
            ("Message-ID", prof["mid"]), ("MIME-Version", "1.0"),
            ("List-Unsubscribe", "<%s>, <mailto:unsubscribe@freshmail.pl?subject=%s>" % (unsub, r.hex(12))),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")]
    return assemble(r, prof, rcpt, hdrs, alt)
