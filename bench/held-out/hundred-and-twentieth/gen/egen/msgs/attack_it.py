"""attack/ 17-21 (Italian)."""
from .common import *  # noqa: F401,F403
from .. import platforms as P, transport2 as T2

FERR_FOOT = ["Ferretti Trasporti S.p.A. · Via dell'Industria 22 · 37066 Sommacampagna (VR) · Tel. +39 045 8961 200",
             "Cap. soc. € 1.200.000 i.v. · R.E.A. VR-318842 · P.IVA e C.F. 03188420230 · Albo Autotrasportatori VR/1882214/X"]


def a17():
    m = Msg("attack", 17, "it", "ferretti-variazione-iban-lookalike", utc(2026, 11, 12, 8, 37, 5))
    k = T.M365(m, "ferretti-trasporti.com", "PA4PR08MB7382", "AS8PR08MB9914", "eurprd08",
               ("EUR05-AM6-obe.outbound.protection.outlook.com", "mail-am6eur05on2128.outbound.protection.outlook.com", "40.107.22.128"),
               "f3a9d1c4-27b6-4e8f-a05d-6c1b9e2f7a30", lang="it-IT")
    davide = S("davide")
    new = "IT41Q0326810001052877419130"
    plain = p(
        "Buongiorno Davide,",
        "",
        "come anticipato ieri telefonicamente al Suo collega, Le comunico che a seguito di una verifica in corso il nostro conto presso Banco BPM risulta temporaneamente vincolato. Per il pagamento delle fatture di ottobre (n. 1482/2026, 1483/2026 e 1497/2026, totale € 11.284,45) La preghiamo di utilizzare esclusivamente il conto indicato nella comunicazione allegata, firmata dal nostro legale rappresentante:",
        "",
        "Banca Sella S.p.A.",
        "IBAN: " + iban_f(new),
        "Intestatario: Ferretti Trasporti S.p.A.",
        "",
        "Le chiedo cortesemente di confermarmi l'aggiornamento dell'anagrafica fornitore e la data prevista del bonifico.",
        "",
        "Cordiali saluti",
        "",
        "Chiara Colombo",
        "Ufficio Amministrazione",
        "Ferretti Trasporti S.p.A.",
        "Via dell'Industria 22 – 37066 Sommacampagna (VR)",
        "Tel. +39 045 8961 240",
        "",
        "________________________________",
        "Da: Davide Ferraro <davide.ferraro@example.com>",
        "Inviato: martedì 10 novembre 2026 09:14",
        "A: Chiara Colombo <c.colombo@ferretti-trasporti.it>",
        "Oggetto: Fatture ottobre 2026",
        "",
        "Buongiorno Chiara,",
        "ho ricevuto le fatture di ottobre tramite SDI, le mettiamo in pagamento con la distinta di fine mese come da accordi.",
        "Un saluto",
        "Davide Ferraro",
        "Example Group S.r.l. – Amministrazione")
    pdfp = docs.letter(
        m, "Comunicazione_variazione_coordinate_bancarie.pdf", head="Ferretti Trasporti S.p.A.",
        head_lines=["Autotrasporti conto terzi", "Via dell'Industria 22 · 37066 Sommacampagna (VR)", "Tel. +39 045 8961 200 · info@ferretti-trasporti.it"],
        logo_color=(170, 20, 30), logo_text="FERRETTI",
        recipient=["Spett.le", "Example Group S.r.l.", "Via Figino 41", "20016 Pero (MI)"],
        place_date="Sommacampagna, 11/11/2026", subject="Oggetto: comunicazione variazione coordinate bancarie",
        paras=["Spettabile Cliente,",
               "con la presente Vi comunichiamo che, con effetto immediato, i pagamenti a nostro favore dovranno essere effettuati esclusivamente sul seguente conto corrente:"],
        table=[("Banca:", "Banca Sella S.p.A."), ("Intestatario:", "Ferretti Trasporti S.p.A."), ("IBAN:", iban_f(new)), ("BIC/SWIFT:", "SELBIT2BXXX")],
        extra_after=["Le precedenti coordinate bancarie non devono più essere utilizzate. Vi preghiamo di aggiornare la Vostra anagrafica fornitori e di darcene conferma via e-mail.",
                     "Ringraziando per la collaborazione, porgiamo distinti saluti."],
        closing="Ferretti Trasporti S.p.A.", signers=[["Il Legale Rappresentante", "Giovanni Ferretti"]],
        footer=FERR_FOOT, title="Variazione coordinate bancarie", author="amministrazione", creator="Microsoft® Word per Microsoft 365",
        producer="Microsoft® Word per Microsoft 365")
    m.root = mime.multi("mixed", [ol_alt(m, plain, cs="iso-8859-1", lang="IT"), pdfp], m.bnd("mixed"), style="outlook")
    f = Fields(("Chiara Colombo", "c.colombo@ferretti-trasporti.com"), [davide], "R: Fatture ottobre 2026",
               in_reply_to="<PR3PR08MB5771B2D4E8F0A1C3D5E7F9A1B3C5D7E9@PR3PR08MB5771.eurprd08.prod.outlook.com>",
               references=["<PR3PR08MB5771B2D4E8F0A1C3D5E7F9A1B3C5D7E9@PR3PR08MB5771.eurprd08.prod.outlook.com>"],
               hcs="iso-8859-1", henc="Q")
    k.finish(f, dmarc=("pass", "none"))
    m.fact("IBAN", new, "Banca Sella account presented as Ferretti's new account (fraudulent)")
    m.fact("Phone", "+39 045 8961 240", "signature (copied)")
    m.fact("Phone", "+39 045 8961 200", "letterhead (copied)")
    m.info = dict(
        what="Reply in a copied thread from 'Chiara Colombo' of the carrier: bank account 'temporarily frozen', pay October invoices (11,284.45 EUR) to a new Banca Sella IBAN; signed letter attached.",
        why="Supplier bank-change fraud from the look-alike domain ferretti-trasporti.com (real: .it) in its own Microsoft 365 tenant (all checks pass for the fake domain); the quoted thread was stolen earlier, the pretext (account frozen by an audit) and the request to confirm by e-mail are typical. The carrier's real invoice (business/17) pays into Banco BPM.")
    return m


def a18():
    m = Msg("attack", 18, "it", "agenzia-entrate-avviso-img", utc(2026, 11, 4, 7, 18, 26))
    k = T2.Aruba(m, "autotrasportibergamini.it", client="outlook16")
    giulia = S("giulia")
    plain = p(
        "Agenzia delle Entrate",
        "Direzione Provinciale II di Milano – Ufficio Controlli",
        "",
        "Gentile contribuente,",
        "",
        "Le trasmettiamo in allegato la comunicazione prot. n. 2026/0458831 relativa alle irregolarità riscontrate nel controllo automatizzato della dichiarazione IVA 2026 (periodo d'imposta 2025) di EXAMPLE GROUP S.R.L.",
        "",
        "La comunicazione contiene il prospetto delle somme dovute e le modalità per regolarizzare la posizione entro 30 giorni beneficiando della riduzione delle sanzioni. Per motivi di riservatezza il documento è contenuto in un archivio protetto: aprire l'allegato e fare doppio clic sulla comunicazione.",
        "",
        "Distinti saluti",
        "",
        "Agenzia delle Entrate",
        "Direzione Provinciale II di Milano",
        "",
        "Questo messaggio è stato generato automaticamente, si prega di non rispondere.")
    inert = ("INERT TEST SAMPLE - stands in for a Windows shortcut (.lnk) that would run a hidden DLL from the same disk image "
             "(2025/2026 Italian 'Agenzia delle Entrate' IMG campaigns). Text only.\r\n").encode()
    iso = archive.iso_write("AVVISO_ADE", [
        ("Comunicazione_AdE_prot.2026-0458831.pdf.lnk", "COMUNIC.LNK", inert, False),
        ("adeviewer.dat", "ADEVIEW.DAT", b"INERT TEST SAMPLE - placeholder for the hidden loader DLL.\r\n", True)],
        (2026, 11, 3, 21, 40, 12), tzq=4, application="IMGBURN V2.5.8.0")
    a = att.generic(m, iso, "application/octet-stream", "Comunicazione_AdE_prot_2026_0458831.img",
                    record_text="Comunicazione_AdE_prot.2026-0458831.pdf.lnk\nadeviewer.dat")
    m.root = mime.multi("mixed", [mime.text(plain, "windows-1252", "quoted-printable"), a], m.bnd("mixed"))
    f = Fields(("Agenzia delle Entrate", "info@autotrasportibergamini.it"), [giulia],
               "Comunicazione di irregolarità – prot. n. 2026/0458831 – EXAMPLE GROUP S.R.L.", hcs="windows-1252", henc="Q")
    k.finish(f, client_ip="5.181.234.97", lang="it")
    m.info = dict(
        what="'Agenzia delle Entrate' sends a notice of irregularities in the 2026 VAT return; the notice is a disk image (.img) to open and double-click.",
        why="Malware loader: the IMG (ISO 9660) contains a .pdf.lnk shortcut and a hidden file - here inert placeholders; the tax agency never sends notices as attachments from third-party domains (compromised haulage company on Aruba, submitted from a foreign IP). Display-name spoofing only.")
    return m


def a19():
    m = Msg("attack", 19, "it", "aruba-pec-rinnovo-phishing", utc(2026, 11, 20, 16, 51, 40))
    k = T2.Ovh(m, "pasticceriadolcevita.it", client="phpmailer")
    giulia = S("giulia")
    url = "https://pec-aruba-rinnovo.com/login/?utente=examplegroup%40pec.it&ref=AR-8842"
    plain = p(
        "Gentile Cliente,",
        "",
        "la casella di Posta Elettronica Certificata examplegroup@pec.it è in scadenza il 22/11/2026.",
        "",
        "Il rinnovo automatico non è andato a buon fine a causa di un problema con il metodo di pagamento associato. Per evitare la sospensione del servizio e la perdita dei messaggi certificati, è necessario confermare i dati di accesso e rinnovare entro 48 ore.",
        "",
        "Rinnova ora: " + url,
        "",
        "Dopo la scadenza la casella non potrà più ricevere né inviare PEC e i messaggi conservati verranno cancellati dopo 30 giorni.",
        "",
        "Cordiali saluti,",
        "Aruba S.p.A. – Servizio Clienti",
        "",
        "Aruba S.p.A. – Via San Clemente 53, 24036 Ponte San Pietro (BG) – P.IVA 01573850516")
    html = ('<html><body style="margin:0;background:#f5f5f5;font-family:Arial,sans-serif"><table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">'
            '<table width="600" cellpadding="0" cellspacing="0" style="background:#fff"><tr><td style="background:#ff6b00;padding:16px 24px;color:#fff;font-size:22px;font-weight:bold">Aruba<span style="font-weight:normal">.it</span> &nbsp;PEC</td></tr>'
            '<tr><td style="padding:24px;font-size:14px;color:#333;line-height:21px">Gentile Cliente,<br><br>la casella di Posta Elettronica Certificata <b>examplegroup@pec.it</b> &egrave; in scadenza il <b>22/11/2026</b>.<br><br>'
            'Il rinnovo automatico non &egrave; andato a buon fine a causa di un problema con il metodo di pagamento associato. Per evitare la sospensione del servizio e la perdita dei messaggi certificati, &egrave; necessario confermare i dati di accesso e rinnovare entro 48 ore.</td></tr>'
            '<tr><td style="padding:0 24px 24px 24px"><a href="' + url + '" style="background:#ff6b00;color:#fff;padding:12px 28px;text-decoration:none;font-weight:bold;border-radius:3px">RINNOVA ORA</a></td></tr>'
            '<tr><td style="padding:0 24px 20px 24px;font-size:13px;color:#555">Dopo la scadenza la casella non potr&agrave; pi&ugrave; ricevere n&eacute; inviare PEC e i messaggi conservati verranno cancellati dopo 30 giorni.<br><br>Cordiali saluti,<br>Aruba S.p.A. &ndash; Servizio Clienti</td></tr>'
            '<tr><td style="padding:14px 24px;font-size:11px;color:#999;border-top:1px solid #eee">Aruba S.p.A. &ndash; Via San Clemente 53, 24036 Ponte San Pietro (BG) &ndash; P.IVA 01573850516</td></tr></table></td></tr></table></body></html>\r\n')
    m.root = mime.multi("alternative", [mime.text(plain, "UTF-8", "base64"), mime.text(html, "UTF-8", "base64", "html")], m.bnd())
    f = Fields(("Aruba PEC", "noreply@pasticceriadolcevita.it"), [giulia], "Avviso: la tua casella PEC examplegroup@pec.it è in scadenza")
    k.finish(f, "www.pasticceriadolcevita.it", env_from="pasticceriadolcevita.it@cluster029.hosting.ovh.net", spf="pass",
             dmarc=("none", None))
    m.fact("URL", url, "credential-phishing page imitating the Aruba PEC login")
    m.fact("URL", "www.pasticceriadolcevita.it", "compromised website named in the X-Ovh-Remote header (origin of the PHP mail)")
    m.info = dict(
        what="'Aruba PEC' warns that the company's certified-mail mailbox expires in two days because the automatic renewal failed; button to 'renew now'.",
        why="Credential phishing sent by PHPMailer from a compromised pastry-shop website on OVH shared hosting (envelope sender the hosting cluster, no DKIM, no DMARC); Aruba branding copied; link to the look-alike pec-aruba-rinnovo.com. Aruba notices come from aruba.it.")
    return m


def a20():
    m = Msg("attack", 20, "it", "docusign-falso-contratto-cartiera", utc(2026, 12, 2, 10, 4, 18))
    k = P.SendGrid(m)
    davide = S("davide")
    url = "https://pub-6f3a1c9e0b2d4e58a7c1f93b2e6d0a47.r2.dev/ds/review.html#ZGF2aWRlLmZlcnJhcm9AZXhhbXBsZS5jb20="
    plain = p(
        "Cartiera Valbrenta S.p.A. ti ha inviato un documento da esaminare e firmare.",
        "",
        "ESAMINA DOCUMENTO: " + url,
        "",
        "Marco Zanin",
        "m.zanin@cartieravalbrenta.it",
        "",
        "Gentile Davide Ferraro,",
        "in allegato il contratto di fornitura macero 2027 con le nuove quotazioni per la carta triturata. Vi preghiamo di firmarlo entro venerdì per confermare i ritiri di gennaio.",
        "",
        "Non condividere questa email",
        "Questa email contiene un link sicuro a DocuSign. Non condividere questa email, il link o il codice di accesso con altre persone.",
        "",
        "Informazioni su DocuSign",
        "Firma i documenti in formato elettronico in pochi minuti. È sicuro. Che tu sia in ufficio, a casa, in viaggio o persino dall'altra parte del mondo, DocuSign offre una soluzione professionale e affidabile per la gestione delle transazioni digitali.")
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="margin:0;padding:0;background:#eaeaea">'
            '<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px 0">'
            '<table width="640" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif">'
            '<tr><td style="padding:10px 24px"><span style="font-size:20px;font-weight:bold;color:#333">Docu<span style="color:#ffc820">Sign</span></span></td></tr>'
            '<tr><td style="background:#1e4ca1;padding:28px;text-align:center;color:#fff;font-size:16px">Cartiera Valbrenta S.p.A. ti ha inviato un documento da esaminare e firmare.<br><br>'
            '<a href="' + url + '" style="background:#ffc423;color:#333;padding:11px 24px;font-weight:bold;text-decoration:none;border-radius:2px;font-size:14px">ESAMINA DOCUMENTO</a></td></tr>'
            '<tr><td style="padding:24px;font-size:15px;color:#333"><b>Marco Zanin</b><br><span style="color:#666">m.zanin@cartieravalbrenta.it</span><br><br>'
            'Gentile Davide Ferraro,<br>in allegato il contratto di fornitura macero 2027 con le nuove quotazioni per la carta triturata. Vi preghiamo di firmarlo entro venerd&igrave; per confermare i ritiri di gennaio.</td></tr>'
            '<tr><td style="padding:20px 24px;background:#f4f4f4;font-size:12px;color:#666"><b>Non condividere questa email</b><br>Questa email contiene un link sicuro a DocuSign. Non condividere questa email, il link o il codice di accesso con altre persone.<br><br>'
            '<b>Informazioni su DocuSign</b><br>Firma i documenti in formato elettronico in pochi minuti. &Egrave; sicuro. Che tu sia in ufficio, a casa, in viaggio o persino dall\'altra parte del mondo, DocuSign offre una soluzione professionale e affidabile per la gestione delle transazioni digitali.</td></tr>'
            '</table></td></tr></table></body></html>\r\n')
    m.root = mime.multi("alternative", [mime.text(plain, "utf-8", "quoted-printable"), mime.text(html, "utf-8", "quoted-printable", "html")], m.bnd())
    f = Fields(("Cartiera Valbrenta S.p.A. tramite DocuSign", "dse@studiotecnicomarchetti.it"), [davide],
               "Firma richiesta: Contratto fornitura macero 2027 – Example Group S.r.l.")
    k.finish(f, "studiotecnicomarchetti.it", "em8813.studiotecnicomarchetti.it")
    m.fact("URL", url, "Cloudflare R2 bucket hosting a fake DocuSign/Microsoft login; recipient address base64 in the fragment")
    m.info = dict(
        what="DocuSign-style request 'from the paper mill' to review and sign the 2027 waste-paper supply contract.",
        why="Fake e-signature notice: copies the DocuSign Italian template but is sent through SendGrid by a compromised engineering-firm domain (dse@studiotecnicomarchetti.it), and the button leads to a pub-*.r2.dev page, not to docusign.net. The real envelope (business/20) comes from eumail.docusign.net with a docusign.net link.")
    return m


def a21():
    m = Msg("attack", 21, "it", "segreteria-vocale-svg", utc(2026, 11, 19, 13, 49, 7))
    k = T.M365(m, "rinaldicommercialisti.it", "DU2PR09MB6620", "GV1PR09MB8315", "eurprd09",
               ("EUR02-VI1-obe.outbound.protection.outlook.com", "mail-vi1eur02on2096.outbound.protection.outlook.com", "40.107.6.96"),
               "2c8e5a1f-70b3-4d92-8e6a-b4f1c0d9a375", lang="it-IT")
    giulia = S("giulia")
    url = "https://voicemail-ascolto.web.app/play?id=Z2l1bGlhLnJvbWFub0BleGFtcGxlLmNvbQ&d=47"
    plain = p("Hai ricevuto un nuovo messaggio vocale.", "",
              "Chiamante: +39 045 8961 240", "Durata: 00:47", "Ricevuto: giovedì 19 novembre 2026 14:46", "",
              "Apri l'allegato per ascoltare il messaggio.", "", "Centralino – Servizio Segreteria")
    svg = ('<?xml version="1.0" encoding="UTF-8"?>\r\n'
           '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="640" height="300" viewBox="0 0 640 300">\r\n'
           '<rect width="640" height="300" fill="#f3f6fa"/>\r\n<rect x="40" y="40" width="560" height="220" rx="12" fill="#ffffff" stroke="#d0d7e2"/>\r\n'
           '<text x="70" y="90" font-family="Segoe UI,Arial" font-size="22" fill="#1f2d3d">Messaggio vocale</text>\r\n'
           '<text x="70" y="122" font-family="Segoe UI,Arial" font-size="15" fill="#5a6b7d">Da: +39 045 8961 240  ·  Durata 00:47</text>\r\n'
           '<a xlink:href="' + url.replace("&", "&amp;") + '" href="' + url.replace("&", "&amp;") + '" target="_blank">\r\n'
           '<rect x="70" y="160" width="220" height="48" rx="24" fill="#0a66c2"/>\r\n'
           '<polygon points="100,172 100,196 120,184" fill="#ffffff"/>\r\n'
           '<text x="134" y="190" font-family="Segoe UI,Arial" font-size="17" fill="#ffffff">Ascolta ora</text></a>\r\n'
           '<rect x="310" y="180" width="260" height="6" rx="3" fill="#d0d7e2"/>\r\n'
           '<!-- inert test sample: real campaigns embed JavaScript in the SVG to redirect automatically; removed here -->\r\n'
           '</svg>\r\n')
    a = att.generic(m, svg.encode("utf-8"), "image/svg+xml", "Messaggio_vocale_+390458961240_0047.svg", record_text=svg.replace("&amp;", "&"))
    m.root = mime.multi("mixed", [ol_alt(m, plain, lang="IT"), a], m.bnd("mixed"), style="outlook")
    f = Fields(("Centralino Segreteria", "m.rinaldi@rinaldicommercialisti.it"), [giulia],
               "Nuovo messaggio vocale (00:47) da +39 045 8961 240")
    k.finish(f, dmarc=("pass", "none"))
    m.fact("URL", url, "link inside the SVG attachment (credential phishing on Firebase hosting)")
    m.fact("Phone", "+39 045 8961 240", "caller number shown (copied from the carrier's signature to look familiar)")
    m.info = dict(
        what="'Voicemail' notification with an SVG attachment showing a player with an 'Ascolta ora' button; caller number is the carrier's.",
        why="SVG attachment lure: the image is a clickable link to a phishing page on web.app (real campaigns also hide scripts in the SVG - removed here); sent from a compromised accountant's Microsoft 365 mailbox, not from the company's 3CX system (compare business/21, which attaches a WAV).")
    return m


MESSAGES = [a17, a18, a19, a20, a21]
