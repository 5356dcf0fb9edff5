"""Attack messages, Italian (17-21)."""
from .common import *  # noqa
from .mime import local, plus, dd, Text, Att, Multi, addr, esc, fill_cs, rfc
from . import infra, ids, qr, pdfdoc, zipc

F = "attack"


def a17():
    seed = "a17"
    t = local("IT", "2026-11-03 08:41:27")
    rcpt = S["it_acc"]["addr"]
    env = "bbgelsom@server12.hostingitalia.cloud"
    ch = infra.cpanel(seed, t, rcpt, "server12.hostingitalia.cloud", "89.46.108.212", "bbgelsom", None, None, "IT", mua="php",
                      envelope=env, php_script="/home/bbgelsom/public_html/wp-includes/css/dist/nux/sdi.php")
    link = "https://ivaservizi-agenziaentrate.fatture-sdi.com/portale/web/guest/?esito=NS&id=" + h(seed + "id", 12, DIG)
    htm = dd("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
        <body style="font-family:Titillium Web,Arial,sans-serif;font-size:15px;color:#1a1a1a;background:#f5f5f5;margin:0;">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:18px;">
        <table width="620" cellpadding="0" cellspacing="0" style="background:#fff;">
        <tr><td style="background:#0066cc;padding:16px 24px;color:#fff;font-size:19px;font-weight:bold;">Agenzia delle Entrate<br><span style="font-size:13px;font-weight:normal;">Fatture e Corrispettivi &ndash; Sistema di Interscambio</span></td></tr>
        <tr><td style="padding:24px;">
        <p>Gentile contribuente,</p>
        <p>la fattura elettronica <b>n. 2026/FE/004187</b> del 30/10/2026, trasmessa per conto della partita IVA <b>__PIVA__</b> (EXAMPLE GROUP ITALIA S.R.L.), &egrave; stata <b style="color:#c00;">SCARTATA</b> dal Sistema di Interscambio.</p>
        <table cellpadding="6" style="border:1px solid #ccc;font-size:14px;margin:10px 0 16px 0;">
        <tr><td style="background:#eee;">Identificativo SdI</td><td>__SDI__</td></tr>
        <tr><td style="background:#eee;">Codice errore</td><td>00404 &ndash; Fattura duplicata</td></tr>
        <tr><td style="background:#eee;">Data ricezione</td><td>31/10/2026 18:22</td></tr></table>
        <p>Ai sensi della circolare n. 14/E, la fattura scartata si considera non emessa. &Egrave; necessario verificare la notifica e ritrasmettere il documento corretto <b>entro 5 giorni</b> dalla data di scarto, per evitare le sanzioni previste dall'art. 6 del D.Lgs. 471/1997.</p>
        <p>La notifica completa &egrave; disponibile nell'area riservata, accessibile con SPID, CIE o CNS:</p>
        <p style="text-align:center;margin:22px 0;"><a href="__LINK__" style="background:#0066cc;color:#fff;padding:12px 28px;text-decoration:none;font-weight:bold;">Accedi all'area riservata</a></p>
        <p style="font-size:12px;color:#666;">Questo messaggio &egrave; generato automaticamente, si prega di non rispondere.<br>Agenzia delle Entrate &ndash; Via Giorgione 106, 00147 Roma</p>
        </td></tr></table></td></tr></table></body></html>
        """).replace("__LINK__", esc(link)).replace("__PIVA__", company.VAT["example_it"][2:]).replace("__SDI__", h(seed + "sdi", 11, DIG))
    body = Text(htm, "html", "UTF-8", "base64")
    return spec(F, "it", "sdi-fattura-scartata-agenzia-entrate", seed, t, ch,
                frm=addr("Agenzia delle Entrate - Fatture e Corrispettivi", "info@bbilgelsomino.it", quote_always=True),
                to=rcpt, rcpt=rcpt, ret=env,
                subject=subj("Notifica di scarto - Fattura n. 2026/FE/004187 - Sistema di Interscambio"),
                body=body, zone="IT", extra=[("X-Mailer", "PHPMailer 6.8.0 (https://github.com/PHPMailer/PHPMailer)")],
                what="Tax-office / e-invoicing phishing: 'Agenzia delle Entrate – SdI' reports a rejected e-invoice and asks to log in with SPID/CIE.",
                why="Sent by a PHP script on a compromised B&B website (envelope bbgelsom@server12.hostingitalia.cloud, From info@bbilgelsomino.it); SdI rejection notices are delivered through the transmission channel/PEC, not by e-mail with links; link goes to fatture-sdi.com, not agenziaentrate.gov.it – SPID credential phishing.")


def a18():
    seed = "a18"
    t = local("IT", "2026-11-12 11:24:06")
    rcpt = S["it_acc"]["addr"]
    sender = "amministrazione@ferretti-trasporti.com"
    ch = infra.vps(seed, t, rcpt, "mail.ferretti-trasporti.com", "185.244.36.19", "vps-9d41be22.vps.ovh.net", "ferretti-trasporti.com", "IT", mua="outlook")
    new_iban = ids.it_iban("03268", "01600", "052887413920")
    old_iban = company.BANK["ferretti"]
    plain = dd("""
        Gentile Dott.ssa D'Amico,

        con la presente Vi comunichiamo che, a seguito della migrazione del nostro conto operativo presso un nuovo istituto di credito, a far data dal 16/11/2026 i pagamenti delle nostre fatture dovranno essere effettuati esclusivamente sulle seguenti coordinate:

        Beneficiario: Ferretti Trasporti S.p.A.
        Banca: Banca Sella S.p.A. - Filiale di Milano
        IBAN: %(iban)s
        BIC: SELBIT2BXXX

        Il conto presso Banco BPM (IBAN %(old)s) non sarà più operativo per gli incassi e gli eventuali bonifici verranno respinti.

        Le fatture n. 2026/1184 e n. 2026/1201 in scadenza il 30/11/2026 (tot. € 21.744,80) andranno quindi saldate sul nuovo conto. In allegato la comunicazione ufficiale firmata dall'Amministratore Delegato.

        Vi preghiamo di aggiornare la Vostra anagrafica fornitori e di darci conferma scritta via e-mail dell'avvenuta variazione.

        Cordiali saluti

        Ufficio Amministrazione
        Ferretti Trasporti S.p.A.
        Via dell'Industria 27 - 37135 Verona
        P.IVA %(piva)s
        """) % {"iban": ids.fmt_iban(new_iban), "old": ids.fmt_iban(old_iban), "piva": company.VAT["ferretti"][2:]}
    pdf = pdfdoc.make_pdf([[
        "# FERRETTI TRASPORTI S.p.A.",
        "Via dell'Industria 27 - 37135 Verona - P.IVA " + company.VAT["ferretti"][2:],
        "",
        "Spett.le Example Group Italia S.r.l.",
        "Zona Industriale ASI, Lotto 14 - 70123 Bari (BA)",
        "",
        "Verona, 12/11/2026",
        "",
        "## Oggetto: comunicazione variazione coordinate bancarie",
        "",
        "Con la presente si comunica che, con decorrenza 16/11/2026, tutti i pagamenti a favore di",
        "Ferretti Trasporti S.p.A. dovranno essere effettuati esclusivamente sul seguente conto corrente:",
        "",
        "Banca Sella S.p.A. - Filiale di Milano",
        "IBAN: " + ids.fmt_iban(new_iban),
        "BIC/SWIFT: SELBIT2BXXX",
        "",
        "Le precedenti coordinate bancarie non devono più essere utilizzate.",
        "",
        "Distinti saluti",
        "",
        "L'Amministratore Delegato",
        "Dott. Giovanni Ferretti",
    ]], title="Variazione coordinate bancarie", producer="Microsoft: Print To PDF", creator="", created="D:20261112102155+01'00'")
    body = Multi("mixed", [outlook_alt(plain, bnd("outlook2", seed), cs="windows-1252", lang="IT"),
                           Att(pdf, "application/pdf", "Comunicazione variazione IBAN.pdf")], bnd("outlook", seed))
    return spec(F, "it", "ferretti-variazione-iban-lookalike", seed, t, ch,
                frm=addr("Ferretti Trasporti S.p.A. - Amministrazione", sender, quote_always=True),
                to=addr("Francesca D'Amico", rcpt, quote_always=True), cc=addr("Chiara Colombo", "c.colombo@ferretti-trasporti.com"),
                rcpt=rcpt, ret=sender, client_ip="37.120.193.82",
                subject=subj("Comunicazione variazione coordinate bancarie - Ferretti Trasporti S.p.A."),
                body=body, zone="IT", ibans=[new_iban, old_iban],
                what="Carrier bank-detail change: look-alike of the road carrier Ferretti Trasporti announces a new IBAN for two invoices due, with a 'signed' PDF letter.",
                why="Domain ferretti-trasporti.com (genuine: ferretti-trasporti.it, on-prem Exchange) hosted on an OVH VPS; new account at a different bank, 'old account will reject payments', asks only for written e-mail confirmation; PDF printed via 'Microsoft Print To PDF' – carrier-impersonation BEC (compare genuine business/17).")


def a19():
    seed = "a19"
    t = local("IT", "2026-11-20 22:03:41")
    rcpt = S["it_mgr"]["addr"]
    env = "construt@srv07.hospedagem-br.net"
    ch = infra.cpanel(seed, t, rcpt, "srv07.hospedagem-br.net", "162.241.218.77", "construt", None, None, "BR", mua="php",
                      envelope=env, php_script="/home2/construt/public_html/tmp/mailer/send.php")
    page = login_page("it", "Aruba PEC - Rinnovo casella", "aruba<span style=\"color:#333\">.it</span> &middot; PEC", "#f47920",
                      "Per confermare il rinnovo della casella <b>examplegroupitalia@pec.it</b> accedi con le credenziali della tua casella PEC.",
                      "https://webmail-pec-aruba.it-rinnovo.com/pec/auth.php", "examplegroupitalia@pec.it",
                      [("email", "email", "Indirizzo PEC"), ("password", "password", "Password")], "Conferma rinnovo",
                      "Aruba S.p.A. - Via San Clemente 53 - 24036 Ponte San Pietro (BG) - P.IVA 01573850516")
    plain = dd("""
        Gentile Cliente,

        la casella di Posta Elettronica Certificata examplegroupitalia@pec.it associata alla Sua utenza risulta in scadenza il 21/11/2026.

        Per evitare la sospensione del servizio e la perdita della validità legale delle comunicazioni ricevute, è necessario confermare il rinnovo tramite il modulo allegato entro 48 ore.

        Apra il file allegato e acceda con le credenziali della casella PEC. Il rinnovo è incluso nel Suo contratto e non comporta costi aggiuntivi.

        Cordiali saluti,
        Aruba PEC - Servizio Clienti
        """)
    body = Multi("mixed", [Text(plain, "plain", "iso-8859-1", "8bit"),
                           Text(page, "html", "UTF-8", "base64", disposition="attachment", filename="Rinnovo_PEC_examplegroupitalia.html")],
                 bnd("php", seed))
    return spec(F, "it", "aruba-pec-rinnovo-html-allegato", seed, t, ch,
                frm=addr("Aruba PEC - Servizio Clienti", "contato@construtoraveloso.com.br", quote_always=True), to=rcpt, rcpt=rcpt, ret=env,
                subject=subj("Avviso: la casella PEC examplegroupitalia@pec.it è in scadenza", "iso-8859-1", "Q"),
                body=body, zone="BR", extra=[("X-Mailer", "PHPMailer 6.5.0 (https://github.com/PHPMailer/PHPMailer)")],
                what="Credential phishing for the company's certified e-mail (PEC) box: 'Aruba PEC' renewal with an HTML attachment containing a login form.",
                why="Sent by a PHP mailer on a compromised Brazilian construction company's hosting; Aruba does not ask to log in through an attached HTML file; the static form posts the PEC password to webmail-pec-aruba.it-rinnovo.com; PEC access enables legally valid fraud.")


def a20():
    seed = "a20"
    t = local("IT", "2026-12-01 10:12:55")
    rcpt = S["it_mgr"]["addr"]
    sender = "m.bellandi@studiolegalebellandi.com"
    ch = infra.vps(seed, t, rcpt, "mail.studiolegalebellandi.com", "45.84.138.41", "static.41.138.84.45.clients.your-server.de",
                   "studiolegalebellandi.com", "IT")
    iban = ids.it_iban("03069", "09400", "100000173318")
    plain = dd("""
        Egregio Dott. Lorusso,

        come anticipato dal Dott. Köhler, il nostro studio assiste Example Group nell'acquisizione della quota di maggioranza di un frantoio nella provincia di Barletta-Andria-Trani. L'operazione è coperta da un accordo di riservatezza fino alla firma del preliminare, prevista per venerdì.

        Per vincolare l'esclusiva è necessario costituire entro oggi un deposito fiduciario a garanzia di € 186.400,00 sul conto clienti dello studio:

        Intestatario: Studio Legale Bellandi & Associati - conto clienti
        Banca: Intesa Sanpaolo S.p.A.
        IBAN: %(iban)s
        Causale: Acconto fornitura olio EVO campagna 2026/27

        Per ragioni di riservatezza la causale non deve fare riferimento all'operazione. L'importo verrà restituito o imputato al prezzo alla firma.

        Il Dott. Köhler La contatterà appena possibile, ma in questo momento è in riunione con la controparte. La prego di non discutere la questione con altri colleghi, inclusa la sede di Mannheim, fino all'annuncio ufficiale.

        Resto a disposizione per ogni chiarimento esclusivamente via e-mail.

        Distinti saluti

        Avv. Marco Bellandi
        Studio Legale Bellandi & Associati
        Corso Venezia 18 - 20121 Milano

        -------- Messaggio originale --------
        Oggetto: Operazione Andria - Avv. Bellandi
        Data: 01.12.2026 09:47
        Mittente: Jürgen Köhler <juergen.koehler@example-group.it>
        Destinatario: Giuseppe Lorusso <giuseppe.lorusso@example.com>

        Buongiorno Giuseppe,
        l'Avv. Bellandi ti contatterà oggi per un pagamento urgente e riservato legato all'operazione in Puglia. Segui le sue istruzioni, ti spiegherò tutto in settimana.
        Grazie, Jürgen
        """) % {"iban": ids.fmt_iban(iban)}
    body = Text(plain, "plain", "UTF-8", "quoted-printable", flowed=True)
    return spec(F, "it", "avvocato-deposito-fiduciario-fake-lawyer", seed, t, ch,
                frm=addr("Avv. Marco Bellandi", sender, "UTF-8", "Q"), to=addr("Giuseppe Lorusso", rcpt), rcpt=rcpt, ret=sender,
                subject=subj("Riservato - Operazione Andria - istruzioni deposito fiduciario"),
                body=body, zone="IT", ibans=[iban],
                what="Fake lawyer BEC: 'Studio Legale Bellandi' demands a confidential €186,400 escrow deposit for a secret acquisition, with a forged 'CEO' note quoted below.",
                why="Newly registered law-firm domain on a Hetzner VPS; the quoted 'CEO' message is from example-group.it, not example.com; secrecy towards HQ, same-day deadline, disguised payment reference, e-mail-only contact – fake-lawyer / CEO fraud.")


def a21():
    seed = "a21"
    t = local("IT", "2026-11-25 12:31:09")
    rcpt = S["it_sales"]["addr"]
    ch = infra.brevo(seed, t, rcpt, ip="77.32.148.26")
    wrap = "https://%s.r.sp1-brevo.net/mk/cl/f/sh/%s/%s" % (h(seed + "sub", 6, "abcdefghijklmnopqrstuvwxyz"), h(seed + "w1", 40, ALNUM), h(seed + "w2", 18, ALNUM))
    sped = "0716 2450 1183"
    htm = dd("""
        <!DOCTYPE html><html lang="it"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>
        <body style="margin:0;background:#f0f0f0;font-family:Arial,Helvetica,sans-serif;">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:16px;">
        <table width="600" cellpadding="0" cellspacing="0" style="background:#fff;">
        <tr><td style="background:#e2001a;padding:14px 22px;color:#fff;font-size:26px;font-weight:bold;letter-spacing:1px;">BRT</td></tr>
        <tr><td style="padding:24px 22px;font-size:15px;color:#222;line-height:22px;">
        <p>Gentile Cliente,</p>
        <p>la spedizione n. <b>__SPED__</b> a Lei destinata non &egrave; stata consegnata perch&eacute; l'indirizzo risulta incompleto (numero civico mancante). Il collo &egrave; in giacenza presso la nostra filiale di Bari Modugno.</p>
        <p>Per riprogrammare la consegna &egrave; necessario confermare l'indirizzo e corrispondere il contributo di svincolo di <b>&euro; 1,99</b> entro 48 ore. Trascorso tale termine la merce verr&agrave; restituita al mittente.</p>
        <p style="text-align:center;margin:26px 0;"><a href="__LINK__" style="background:#e2001a;color:#fff;text-decoration:none;padding:12px 30px;font-weight:bold;">Riprogramma la consegna</a></p>
        <p style="font-size:12px;color:#777;">BRT S.p.A. &ndash; Via E. Mattei 42 &ndash; 40138 Bologna. Questa &egrave; una comunicazione di servizio.</p>
        </td></tr></table>
        <p style="font-size:11px;color:#999;">Per non ricevere pi&ugrave; queste comunicazioni <a href="https://__SUB__.r.sp1-brevo.net/mk/un/sh/__U1__" style="color:#999;">clicca qui</a>.</p>
        </td></tr></table>
        <img width="1" height="1" src="https://__SUB__.r.sp1-brevo.net/mk/op/sh/__O1__" alt=""></body></html>
        """).replace("__SUB__", h(seed + "sub", 6, "abcdefghijklmnopqrstuvwxyz")).replace("__U1__", h(seed + "u1", 40, ALNUM)).replace("__O1__", h(seed + "o1", 40, ALNUM))
    htm = htm.replace("__LINK__", esc(wrap)).replace("__SPED__", sped)
    plain = dd("""
        Gentile Cliente,

        la spedizione n. %(s)s a Lei destinata non è stata consegnata perché l'indirizzo risulta incompleto (numero civico mancante). Il collo è in giacenza presso la nostra filiale di Bari Modugno.

        Per riprogrammare la consegna è necessario confermare l'indirizzo e corrispondere il contributo di svincolo di € 1,99 entro 48 ore. Trascorso tale termine la merce verrà restituita al mittente.

        Riprogramma la consegna: %(l)s

        BRT S.p.A. - Via E. Mattei 42 - 40138 Bologna
        """) % {"s": sped, "l": wrap}
    body = alt(plain, htm, bnd("java", seed), "utf-8", "quoted-printable")
    unsub = "https://%s.r.sp1-brevo.net/mk/un/sh/%s" % (h(seed + "sub", 6, "abcdefghijklmnopqrstuvwxyz"), h(seed + "u1", 40, ALNUM))
    return spec(F, "it", "brt-giacenza-contributo-svincolo", seed, t, ch,
                frm=addr("BRT Spedizioni", "avvisi@brt-consegne.info"), to=rcpt, rcpt=rcpt, ret=ch["bounce"],
                subject=subj("BRT: spedizione %s in giacenza - contributo di svincolo € 1,99" % sped, "utf-8", "Q"),
                body=body, zone="IT",
                extra=[("List-Unsubscribe", "<%s>" % unsub), ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")],
                what="Courier phishing: 'BRT' parcel held in storage, pay a €1.99 release fee.",
                why="Sent through a Brevo account with the unrelated domain brt-consegne.info (BRT uses brt.it); small-fee lure to steal card data; generic parcel number, 48-hour threat; link hidden behind Brevo click tracking.")


def messages():
    return [a17(), a18(), a19(), a20(), a21()]
