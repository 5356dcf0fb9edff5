"""Attack messages, Italian (17-21)."""
import mime
import htm
import infra as I
from company import S, FERR_ATTACK_IBAN, FERR_IBAN, FERR_PIVA, EG_IT_PIVA
from ids import fmt_iban
from kit import plain, html, alt, mixed, att, pdf_doc, pdf_date, zipfile_bytes, dt, dedent, quote_lines
from msg import M

F = "attack"


def a17():
    url = "https://www.studiobernardi-commercialisti.it/wp-content/languages/sdi/ivaservizi/?id=IT%s&n=FPR214" % EG_IT_PIVA
    txt = dedent("""
    AGENZIA DELLE ENTRATE
    Fatture e Corrispettivi - Sistema di Interscambio

    Gentile contribuente,

    la informiamo che la fattura elettronica n. FPR 214/26 del 28/10/2026, trasmessa per conto di EXAMPLE CINEMA ITALIA S.R.L. (P.IVA %s), è stata scartata dal Sistema di Interscambio.

    Identificativo SdI: 16438827115
    Codice errore: 00305 - IdFiscaleIVA del CessionarioCommittente non valido

    Le ricordiamo che, in caso di scarto, la fattura si considera non emessa. Per evitare l'applicazione delle sanzioni previste dall'art. 6 del D.Lgs. 471/1997, è necessario verificare la ricevuta di scarto e ritrasmettere il documento entro 5 giorni.

    Acceda all'area riservata con SPID, CIE o CNS per consultare la ricevuta:
    %s

    Cordiali saluti
    Agenzia delle Entrate
    Messaggio generato automaticamente, si prega di non rispondere.
    """) % (EG_IT_PIVA, url)
    h = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
         '<body style="font-family:Titillium Web,Arial,sans-serif;font-size:15px;color:#1a1a1a;background:#f4f4f4">\n'
         '<table width="640" align="center" cellpadding="0" cellspacing="0" style="background:#fff">\n'
         '<tr><td style="background:#0066cc;color:#fff;padding:16px 24px"><b style="font-size:20px">Agenzia delle Entrate</b><br>'
         '<span style="font-size:13px">Fatture e Corrispettivi - Sistema di Interscambio</span></td></tr>\n'
         '<tr><td style="padding:24px">\n<p>Gentile contribuente,</p>\n'
         '<p>la informiamo che la fattura elettronica <b>n. FPR 214/26 del 28/10/2026</b>, trasmessa per conto di EXAMPLE CINEMA '
         'ITALIA S.R.L. (P.IVA %s), è stata <b>scartata</b> dal Sistema di Interscambio.</p>\n'
         '<p style="background:#f0f6fc;padding:10px;font-size:14px">Identificativo SdI: 16438827115<br>Codice errore: 00305 - '
         'IdFiscaleIVA del CessionarioCommittente non valido</p>\n'
         '<p>Le ricordiamo che, in caso di scarto, la fattura si considera non emessa. Per evitare l\'applicazione delle sanzioni '
         'previste dall\'art. 6 del D.Lgs. 471/1997, è necessario verificare la ricevuta di scarto e ritrasmettere il documento '
         'entro 5 giorni.</p>\n'
         '<p style="text-align:center"><a href="%s" style="background:#0066cc;color:#fff;padding:12px 22px;text-decoration:none;'
         'font-weight:bold">Entra con SPID / CIE / CNS</a></p>\n'
         '<p style="font-size:12px;color:#666">Messaggio generato automaticamente, si prega di non rispondere.</p>\n'
         '</td></tr></table></body></html>\n') % (EG_IT_PIVA, url)
    return M(folder=F, num=17, lang="it", slug="sdi-fattura-scartata-agenzia-entrate",
             profile=I.Exim(server="cp01.hostingsolutions-it.net", server_ip="31.14.135.92", zone="it",
                            client_ip="196.251.73.18", host="studiobernardi-commercialisti.it", local=True,
                            user="stbernar"),
             when=("it", 2026, 11, 2, 8, 41, 29),
             frm=("Agenzia delle Entrate", "noreply@studiobernardi-commercialisti.it"), to=[S("it_acc")],
             subject="Notifica di scarto - Fattura elettronica n. FPR 214/26 (SdI 16438827115)",
             body=alt(txt, h, "utf-8", "quoted-printable"),
             desc="Tax-office / e-invoicing phishing: 'your e-invoice was rejected by the SdI', sanctions threat, link to "
                  "a fake 'Fatture e Corrispettivi' login (SPID/CIE) on a compromised accountant's website",
             why="Sent by a PHP script on a compromised accountants' site (local Exim submission) with the Agenzia's name; "
                 "SdI rejection receipts go to the transmitter's channel/PEC, not as e-mail with a login button; link into a "
                 "WordPress languages folder carrying our VAT number; 5-day sanction threat.")


def a18():
    body = dedent("""
    Spett.le Example Cinema Italia S.r.l.,
    alla c.a. dell'Ufficio Amministrazione

    Con la presente Vi comunichiamo che, a seguito della riorganizzazione dei rapporti bancari del nostro Gruppo, il conto corrente presso Intesa Sanpaolo attualmente indicato nelle nostre fatture non sarà più operativo a partire dal 1° novembre 2026.

    Vi preghiamo pertanto di aggiornare la Vostra anagrafica fornitori e di disporre tutti i pagamenti, compresi quelli relativi alle fatture già emesse e non ancora saldate (ft. 2026/1102 e 2026/1139), esclusivamente sulle nuove coordinate indicate nella lettera allegata.

    Vi chiediamo cortesemente di confermarci l'avvenuto aggiornamento rispondendo a questa e-mail. Per qualsiasi chiarimento restiamo a disposizione via e-mail, in quanto il centralino è momentaneamente in manutenzione.

    Distinti saluti

    Ufficio Amministrazione
    Ferretti Trasporti S.p.A.
    Via dell'Industria 14 - 37135 Verona
    P.IVA %s
    """) % FERR_PIVA
    letter = """
# FERRETTI TRASPORTI S.p.A.
Autotrasporti nazionali e internazionali | Via dell'Industria 14 | 37135 Verona (VR)

Spett.le
Example Cinema Italia S.r.l.
Viale Monza 140
20127 Milano

Verona, 26/10/2026

## Oggetto: comunicazione variazione coordinate bancarie

Con la presente si comunica che, con decorrenza immediata, i pagamenti a favore di Ferretti Trasporti S.p.A.
dovranno essere effettuati esclusivamente sul seguente conto corrente:

Banca:            Banca Sella S.p.A. - Filiale di Verona
Intestatario:     Ferretti Trasporti S.p.A.
IBAN:             %s
BIC/SWIFT:        SELBIT2BXXX

Le precedenti coordinate (%s) non sono più valide.

Distinti saluti
L'Amministratore Delegato
Dott. Paolo Ferretti

~Ferretti Trasporti S.p.A. - Cap. Soc. EUR 1.200.000 i.v. - Reg. Imprese di Verona - P.IVA %s
""" % (fmt_iban(FERR_ATTACK_IBAN), fmt_iban(FERR_IBAN), FERR_PIVA)
    pdfb = pdf_doc(letter, title="Variazione coordinate bancarie", author="Amministrazione",
                   producer="Microsoft® Word per Microsoft 365", creator="Microsoft® Word per Microsoft 365",
                   created=pdf_date("it", 2026, 10, 26, 15, 12))
    t = plain(body, "iso-8859-1", "quoted-printable")
    h = html(htm.outlook(body, "IT"), "iso-8859-1", "quoted-printable")
    return M(folder=F, num=18, lang="it", slug="ferretti-lookalike-variazione-iban",
             profile=I.Combo(I.OutlookDesktop(lang="it", zone="it"),
                             I.VPS(helo="mail.ferretti-trasporti.com", rdns="vmi2418871.contaboserver.net",
                                   ip="185.217.125.61", submit_ip="45.141.215.90")),
             when=("it", 2026, 10, 27, 9, 16, 40),
             frm=("Ferretti Trasporti S.p.A. - Amministrazione", "amministrazione@ferretti-trasporti.com"),
             to=[S("it_acc")],
             subject="Comunicazione variazione coordinate bancarie - Ferretti Trasporti S.p.A.",
             hcs="iso-8859-1",
             body=mixed(mime.multi("alternative", [t, h]),
                        att(pdfb, "application/pdf", "Variazione_coordinate_bancarie_Ferretti.pdf", style="2047")),
             desc="Carrier impersonation from look-alike ferretti-trasporti.com: bank-detail change to a different Italian "
                  "bank, also for two open invoices, confirmation requested by e-mail only",
             why="Real carrier is ferretti-trasporti.it (Aruba); .com look-alike on a Contabo VPS; switchboard 'under "
                 "maintenance' to prevent call-back verification; open invoices redirected. Carrier BEC; genuine Ferretti "
                 "mail in business/17-18.")


def a19():
    pw = "SIAE-4471"
    inner = [("Avviso_di_pagamento_SIAE_2026_118743.pdf.js",
              b"// inert placeholder for a malicious JScript dropper - evaluation sample, contains no code\n")]
    zipb = zipfile_bytes(inner, dt(2026, 11, 9, 10, 2), password=pw, seed="a19-zip")
    body = dedent("""
    Spett.le EXAMPLE CINEMA ITALIA S.R.L.

    Oggetto: diritti d'autore per spettacoli e trattenimenti - avviso di pagamento n. 2026/118743

    Dai controlli effettuati sui borderò delle proiezioni e degli eventi privati svolti presso la Vostra sala di Viale Monza nel periodo luglio-settembre 2026 risulta un importo non ancora versato pari a EUR 2.836,40 (compresi interessi di mora).

    In allegato trasmettiamo l'avviso di pagamento con il dettaglio delle manifestazioni e le modalità di versamento. Per motivi di riservatezza il documento è protetto; la password per l'apertura è: %s

    In mancanza di regolarizzazione entro 7 giorni dal ricevimento della presente, la pratica sarà trasmessa all'ufficio legale per il recupero coattivo.

    Distinti saluti

    SIAE - Società Italiana degli Autori ed Editori
    Sezione Musica - Ufficio Licenze Pubblico Spettacolo
    Agenzia di Milano
    """) % pw
    m = M(folder=F, num=19, lang="it", slug="siae-avviso-zip-protetto-password",
          profile=I.Combo(I.PHPMailer(host="siae-avvisi.it", version="6.8.1", zone="it"),
                          I.VPS(helo="siae-avvisi.it", rdns="hwsrv-1184203.hostwindsdns.com", ip="104.168.33.207",
                                local_user=33)),
          when=("it", 2026, 11, 9, 10, 6, 12),
          frm=("SIAE - Ufficio Licenze", "licenze@siae-avvisi.it"), to=[S("it_mgr")],
          subject="Avviso di pagamento SIAE n. 2026/118743 - diritti spettacoli Viale Monza",
          hcs="iso-8859-1",
          body=mixed(plain(body, "iso-8859-1", "8bit", hardwrap=True),
                     att(zipb, "application/zip", "Avviso_SIAE_2026_118743.zip")),
          desc="Malware delivery: fake SIAE (music-rights society) payment notice for screenings/events with a "
               "password-protected ZIP (password in the body) containing a '.pdf.js' file",
          why="Look-alike domain siae-avvisi.it on a Hostwinds VPS (PHPMailer, local submission); ZipCrypto archive "
              "blocks scanning, password given in clear; double extension .pdf.js is a script dropper (inert placeholder "
              "here); legal threat and 7-day deadline.")
    m.zip_passwords = [pw]
    return m


def a20():
    link = "https://eventilombardi-my.sharepoint.com.docs-viewer.cfd/planimetria/Sala3_rev2?u=bmljY29sby5mYWJicmlAZXhhbXBsZS5jb20"
    svg = ('<?xml version="1.0" encoding="UTF-8"?>\n'
           '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="794" height="560" viewBox="0 0 794 560">\n'
           '  <rect width="794" height="560" fill="#f4f6f8"/>\n'
           '  <rect x="40" y="40" width="714" height="420" fill="#ffffff" stroke="#c8ccd0"/>\n'
           '  <g fill="#e1e5ea" stroke="#b0b6bd">\n'
           + "".join('    <rect x="%d" y="%d" width="70" height="34"/>\n' % (90 + 95 * (i % 6), 120 + 60 * (i // 6)) for i in range(18)) +
           '  </g>\n'
           '  <rect x="40" y="40" width="714" height="420" fill="#ffffff" fill-opacity="0.82"/>\n'
           '  <text x="397" y="210" font-family="Segoe UI, Arial" font-size="22" text-anchor="middle" fill="#201f1e">Planimetria_Sala3_rev2.pdf</text>\n'
           '  <text x="397" y="244" font-family="Segoe UI, Arial" font-size="14" text-anchor="middle" fill="#605e5c">'
           'Anteprima non disponibile. Documento protetto da Microsoft 365.</text>\n'
           '  <a xlink:href="%s" href="%s" target="_blank">\n'
           '    <rect x="297" y="275" width="200" height="42" rx="3" fill="#0078d4"/>\n'
           '    <text x="397" y="302" font-family="Segoe UI, Arial" font-size="16" text-anchor="middle" fill="#ffffff">Visualizza documento</text>\n'
           '  </a>\n'
           '  <text x="397" y="520" font-family="Segoe UI, Arial" font-size="11" text-anchor="middle" fill="#8a8886">'
           'Eventi Lombardi S.r.l. - condiviso tramite OneDrive</text>\n'
           '</svg>\n') % (link, link)
    prev = dedent("""
    Buongiorno Luca,

    grazie per la planimetria. Confermo la disponibilità della Sala 3 per il 28 novembre dalle 18:00; vi mando il preventivo definitivo con catering e tecnico audio entro giovedì.

    Cordiali saluti
    Niccolò Fabbri
    Example Cinema Italia S.r.l.
    """)
    body = dedent("""
    Buongiorno Niccolò,

    il cliente ha chiesto di spostare il palco e aggiungere due file di tavoli tondi, ti giro la planimetria aggiornata (rev. 2) in allegato. Puoi dirmi se con questa disposizione restiamo nei 180 posti previsti dalla licenza?

    Il file è in sola visualizzazione, aprilo dal browser.

    Grazie,
    Luca
    """)
    full = body + "\nIl 06/11/2026 11:42 Niccolò Fabbri ha scritto:\n" + quote_lines(prev) + "\n"
    return M(folder=F, num=20, lang="it", slug="thread-hijack-agenzia-svg-allegato",
             profile=I.Roundcube(web="webmail.eventilombardi.it", web_ip="127.0.0.1", client_ip="5.253.114.87",
                                 out=("smtp.eventilombardi.it", "mx-out07.hosting-lombardia.it", "89.46.104.37"),
                                 zone="it"),
             when=("it", 2026, 11, 12, 14, 53, 8),
             frm=("Luca Moretti", "l.moretti@eventilombardi.it"), to=[S("it_mgr")],
             subject="Re: Preventivo evento aziendale 28 novembre - Sala 3",
             in_reply_to="<8f31c0d2b44a4e6f9a61d7c3e25b0f11@EXCH02.corp.example.com>",
             references=["<2d7f4be61c0a93e85b1f20d6a4c7e913@eventilombardi.it>",
                         "<8f31c0d2b44a4e6f9a61d7c3e25b0f11@EXCH02.corp.example.com>"],
             body=mixed(plain(full, "UTF-8", "quoted-printable", quote_charset=False, flowed=True),
                        att(svg.encode("utf-8"), "image/svg+xml", "Planimetria_Sala3_rev2.svg")),
             desc="Thread hijack from the event agency's compromised webmail: reply in the real quote thread with an SVG "
                  "'floor plan' that is a fake Microsoft 365 preview with a link to a phishing host",
             why="Genuine agency mailbox used from a foreign VPN IP via webmail; attachment is an SVG pretending to be a PDF "
                 "preview; the only action is a link to eventilombardi-my.sharepoint.com.docs-viewer.cfd (a .cfd domain "
                 "imitating SharePoint) with the victim's address encoded. Genuine plan was a PDF (business/19). SVG has no script.")


def a21():
    url = "https://dhl-express-sdoganamento.com/it/pagamento/?awb=4829175530&ref=IMPDUTY"
    txt = dedent("""
    DHL Express - Avviso di sdoganamento

    Gentile cliente,

    la spedizione con lettera di vettura 4829175530 proveniente da Stati Uniti (mittente: USHIO AMERICA INC., 1 collo, 7,4 kg, contenuto dichiarato: lampade allo xeno per proiettori) è arrivata presso il nostro hub di Milano Malpensa ed è in attesa di sdoganamento.

    Per l'importazione sono dovuti i seguenti importi:
    Dazi doganali: € 11,20
    IVA all'importazione: € 24,90
    Diritti DHL per anticipo oneri: € 2,50
    Totale: € 38,60

    Per evitare la restituzione al mittente, effettui il pagamento entro 48 ore. Dopo il pagamento la consegna avverrà il giorno lavorativo successivo. In allegato la fattura commerciale e la bolla doganale della spedizione.

    Paga ora: %s

    Grazie per aver scelto DHL Express.
    DHL Express (Italy) S.r.l.
    """) % url
    h = ('<html><head><meta charset="utf-8"></head><body style="margin:0;font-family:Frutiger,Arial,sans-serif;background:#f2f2f2">\n'
         '<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff">\n'
         '<tr><td style="background:#ffcc00;padding:14px 22px;font-size:24px;font-weight:bold;color:#d40511;font-style:italic">DHL</td></tr>\n'
         '<tr><td style="padding:22px;font-size:14px;color:#333">\n<h2 style="font-size:19px">Avviso di sdoganamento</h2>\n'
         '<p>Gentile cliente,</p>\n<p>la spedizione con lettera di vettura <b>4829175530</b> proveniente da Stati Uniti (mittente: '
         'USHIO AMERICA INC., 1 collo, 7,4 kg, contenuto dichiarato: lampade allo xeno per proiettori) è arrivata presso il nostro hub '
         'di Milano Malpensa ed è in attesa di sdoganamento.</p>\n'
         '<table style="font-size:14px" cellpadding="3"><tr><td>Dazi doganali</td><td align="right">€ 11,20</td></tr>'
         '<tr><td>IVA all\'importazione</td><td align="right">€ 24,90</td></tr><tr><td>Diritti DHL per anticipo oneri</td>'
         '<td align="right">€ 2,50</td></tr><tr><td><b>Totale</b></td><td align="right"><b>€ 38,60</b></td></tr></table>\n'
         '<p>Per evitare la restituzione al mittente, effettui il pagamento entro <b>48 ore</b>. In allegato la fattura '
         'commerciale e la bolla doganale della spedizione.</p>\n'
         '<p><a href="%s" style="background:#d40511;color:#fff;padding:10px 26px;text-decoration:none;font-weight:bold">Paga ora</a></p>\n'
         '<p style="font-size:11px;color:#888">DHL Express (Italy) S.r.l.</p></td></tr></table></body></html>\n') % url
    zipb = zipfile_bytes([("Fattura_commerciale_e_bolla_doganale_AWB4829175530.pdf.scr",
                           b"inert placeholder for a malicious screensaver executable - evaluation sample, no code\n")],
                         dt(2026, 11, 19, 14, 50), seed="a21-zip")
    return M(folder=F, num=21, lang="it", slug="dhl-dogana-dazi-pagamento",
             profile=I.SendGrid(), when=("it", 2026, 11, 19, 15, 22, 51),
             frm=("DHL Express", "noreply@dhl-express-sdoganamento.com"), to=[S("it_mgr")],
             env_from="bounces+39917461-3b2a-niccolo.fabbri=example.com@em4412.dhl-express-sdoganamento.com",
             subject="DHL Express: spedizione 4829175530 in attesa di sdoganamento",
             body=mixed(alt(txt, h, "utf-8", "quoted-printable"),
                        att(zipb, "application/zip", "DHL_AWB_4829175530_documenti.zip")),
             desc="Courier/customs phishing: fake DHL Express notice that a shipment of projector xenon lamps is held in "
                  "customs, pay EUR 38.60 within 48 h via a link (card harvesting), plus a ZIP 'invoice and customs "
                  "document' holding a '.pdf.scr'",
             why="Look-alike domain dhl-express-sdoganamento.com via SendGrid, not dhl.com; plausible trade-specific "
                 "content (projector lamps) but small urgent payment through a non-DHL site; return-to-sender threat; "
                 "unencrypted ZIP with a double-extension screensaver executable (inert placeholder here).")


MESSAGES = [a17, a18, a19, a20, a21]
