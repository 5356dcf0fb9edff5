"""attack/17-21 (Italian)."""

import random

import arch
import docs
import ids
import infra
import kit
import mime
import senders
import shared
from common import (E, Eq, msg, outlook_html, outlook_reply, quote_block, spec, finish_html)
from company import CORR, ENT, P, TEN
from infra import T, hdr, plus, rfcdate
from msg_attack_de import lnk_placeholder

F = CORR["ferretti"]


# ------------------------------------------------------------------ 17 ----
@msg("attack", "17", "it", "ferretti-thread-hijack-iban")
def a17(c):
    r = c.rng
    ten = TEN["ferretti"]
    t = T(2026, 11, 10, 15, 52, 31)
    t0 = T(2026, 11, 9, 11, 3, 12)
    mb = P("marco.bertolini")
    new_iban = ids.gen_iban(r, "IT", bank="03268", branch="22300")
    tot = sum(x[2] for x in shared.FERRETTI_OPEN)
    orig_id, _ = infra.exch_msgid(r, "EXCH01")
    msgid, local = infra.m365_msgid(r, ten)
    text = """Buongiorno Marco,

grazie per l'estratto conto. Ti confermo che da noi risultano ancora aperte le fatture n. %s, %s e %s per un totale di € %s.

Ti informo inoltre che, a seguito di una verifica interna in corso sul nostro conto presso Banco BPM, da questo mese i pagamenti vanno disposti esclusivamente sul nuovo conto indicato nella comunicazione allegata, firmata dal nostro amministratore delegato. Ti chiedo cortesemente di aggiornare l'anagrafica fornitore e di disporre il bonifico delle tre fatture entro venerdì, così evitiamo il blocco dei prossimi ritiri a Vechta.

Per qualsiasi dubbio scrivimi pure qui: in questi giorni l'ufficio è in trasloco e i numeri fissi non sono raggiungibili.""" % (
        shared.FERRETTI_OPEN[0][0], shared.FERRETTI_OPEN[1][0], shared.FERRETTI_OPEN[2][0], shared.it_amount(tot))
    sig = """Cordiali saluti

Elena Rinaldi
Ufficio Amministrazione
Ferretti Trasporti S.p.A.
Via dell'Industria 48 - 42124 Reggio Emilia (RE)
amministrazione@ferretti-trasporti.it"""
    quoted = """Buongiorno,

in allegato vi inviamo il nostro estratto conto al 31/10/2026. Vi chiediamo di verificare le partite aperte; le fatture di settembre e ottobre sono in pagamento con la distinta di fine mese.

Cordiali saluti
Marco Bertolini
Contabilità
Example Carni Italia S.r.l. | Strada Traversante San Leonardo 17 | 43122 Parma"""
    ql = quote_block("it", "Bertolini, Marco <marco.bertolini@example.com>", t0,
                     "Amministrazione Ferretti <amministrazione@ferretti-trasporti.it>", "Estratto conto al 31/10/2026 - Example Carni Italia")
    plain, html = outlook_reply(text, sig, ql, quoted, "it")
    letter = docs.letter(
        title="Comunicazione variazione coordinate bancarie", author="Amministrazione", producer="Microsoft® Word per Microsoft 365",
        creator="Microsoft® Word per Microsoft 365", date=docs.pdfdate(plus(t, -3 * 3600)),
        brand="FERRETTI TRASPORTI", brand_color=(0.72, 0.11, 0.11), brand_sub="Trasporti a temperatura controllata",
        sender_line="Ferretti Trasporti S.p.A. · Via dell'Industria 48 · 42124 Reggio Emilia",
        recipient=["Spett.le", "Example Carni Italia S.r.l.", "Strada Traversante San Leonardo 17", "43122 Parma (PR)"],
        place_date="Reggio Emilia, 10/11/2026", subject="Oggetto: comunicazione variazione coordinate bancarie",
        body=["Spettabile Cliente,",
              "con la presente Vi comunichiamo che, con decorrenza immediata, tutti i pagamenti a nostro favore, comprese le fatture già emesse e non ancora saldate, dovranno essere effettuati esclusivamente sul seguente conto corrente:",
              ("box", [("Intestatario:", "Ferretti Trasporti S.p.A."), ("Banca:", "Banca Sella S.p.A."),
                       ("IBAN:", ids.fmt_iban(new_iban)), ("BIC/SWIFT:", "SELBIT2BXXX")]),
              "Le precedenti coordinate presso Banco BPM non sono più da utilizzare. Vi preghiamo di aggiornare la Vostra anagrafica fornitori e di darci conferma via e-mail dell'avvenuta modifica.",
              "Ringraziandovi per la collaborazione, porgiamo distinti saluti."],
        closing=["Ferretti Trasporti S.p.A.", "L'Amministratore Delegato", "Dott. Paolo Ferretti"],
        footer=[["Ferretti Trasporti S.p.A.", "Via dell'Industria 48, 42124 Reggio Emilia"],
                ["P.IVA " + F["vat"][2:], "Cap. soc. € 1.500.000 i.v."], ["PEC " + F["pec"], "Albo Autotrasportatori RE/7731492/Y"]])
    pdfb = letter.render()
    root = kit.outlook(local, ten.mbx + "eurp", plain, html, "windows-1252",
                       atts=[(pdfb, "application/pdf", "Comunicazione variazione coordinate bancarie.pdf")])
    s = infra.m365_send(r, ten, t, mime.addr("Amministrazione Ferretti", "amministrazione@ferretti-trasporti.it"),
                        [mime.addr("Bertolini, Marco", mb[1], quote_always=True)], "R: Estratto conto al 31/10/2026 - Example Carni Italia", msgid,
                        in_reply_to=orig_id, references=orig_id, has_attach=True, lang="it-IT", accept="it-IT, en-US")
    H, _, _ = infra.deliver(r, s, mb[1], dmarc=("pass", "quarantine", "ferretti-trasporti.it"), arc=s.arc)
    return spec(H, root,
                "Reply from the carrier's accounting mailbox in a real statement-of-account thread: invoices confirmed, payments to go to a new account (signed PDF letter).",
                "Thread hijacking from the carrier's genuinely compromised Microsoft 365 mailbox (all authentication passes): unexplained 'audit' on the old account, new account at another bank, all open invoices by Friday, phones 'not reachable', confirmation only by e-mail; the carrier's real invoices (business/17, PEC business/18) keep the Banco BPM account.",
                ibans=[new_iban], iban_notes={new_iban: "attacker"})


# ------------------------------------------------------------------ 18 ----
@msg("attack", "18", "it", "agenzia-entrate-avviso-zip-link")
def a18(c):
    r = c.rng
    t = T(2026, 10, 21, 8, 14, 3)
    mb = P("marco.bertolini")
    prot = "2026/%07d" % r.randint(1000000, 9999999)
    url = "https://agenziaentrate-comunicazioni.com/avvisi/%s/Comunicazione_%s.zip" % (infra.rhex(r, 12), prot.replace("/", "_"))
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="font-family:Titillium Web,Arial,sans-serif;font-size:15px;color:#1c2024">
<table width="640" cellpadding="0" cellspacing="0" style="border:1px solid #d9dadb"><tr><td style="background:#06c;color:#fff;padding:16px 22px;font-size:22px;font-weight:bold">Agenzia delle Entrate</td></tr>
<tr><td style="padding:22px">
<p><b>Comunicazione n. %s</b><br>Oggetto: avviso di irregolarità nella trasmissione delle fatture elettroniche - III trimestre 2026</p>
<p>Gentile contribuente,</p>
<p>dai controlli automatizzati effettuati ai sensi dell'art. 54-bis del D.P.R. n. 633/1972 sui dati trasmessi tramite il Sistema di Interscambio (SdI) sono emerse incongruenze tra le fatture emesse e ricevute e le liquidazioni periodiche IVA relative al III trimestre 2026 della società EXAMPLE CARNI ITALIA S.R.L.</p>
<p>Il dettaglio delle anomalie riscontrate e le modalità per fornire chiarimenti sono riportati nella comunicazione allegata, consultabile al seguente indirizzo:</p>
<p style="text-align:center"><a href="%s" style="background:#06c;color:#fff;padding:10px 22px;text-decoration:none">Scarica la comunicazione (PDF compresso)</a></p>
<p>Eventuali chiarimenti possono essere forniti entro 30 giorni dalla ricezione della presente. In assenza di riscontro si procederà all'iscrizione a ruolo delle somme dovute, maggiorate di sanzioni e interessi.</p>
<p>Cordiali saluti<br>Direzione Provinciale di Parma<br>Ufficio Controlli</p>
<p style="font-size:11px;color:#5c6f82">Messaggio generato automaticamente, si prega di non rispondere.</p></td></tr></table></body></html>""" % (prot, Eq(url))
    root = mime.text(html, "html", "utf-8", "base64", csname="UTF-8", ct_style="bare")
    frm = mime.addr("Agenzia delle Entrate", "info@autofficinabrambilla.it")
    mid = "<%s@autofficinabrambilla.it>" % infra.rhex(r, 32)
    ch = [hdr("Message-ID", mid), hdr("Date", rfcdate(t, "CET")), hdr("From", frm),
          hdr("To", mb[1]), hdr("Subject", mime.hdr_text("Comunicazione n. %s - avviso di irregolarità fatture elettroniche III trimestre 2026" % prot, "utf-8", "B")),
          hdr("MIME-Version", "1.0"), ("__CONTENT__", None), hdr("X-Mailer", "Microsoft Outlook 16.0")]
    s = senders.aruba(r, t, ch, frm, "45.%d.%d.%d" % (r.randint(128, 159), r.randint(0, 255), r.randint(1, 254)))
    H, _, _ = infra.deliver(r, s, mb[1], dkim_results=[], dmarc=("none", None, "autofficinabrambilla.it"))
    return spec(H, root,
                "'Agenzia delle Entrate' notice of irregularities in e-invoices for Q3 2026, with a link to download the communication as a ZIP.",
                "Tax-authority phishing/malware lure sent from a hijacked Aruba mailbox of a car repair shop with the display name 'Agenzia delle Entrate'; download link to a look-alike .com domain serving a ZIP; the authority communicates via PEC and the Cassetto fiscale, not with ZIP links.",
                urls=[url])


# ------------------------------------------------------------------ 19 ----
@msg("attack", "19", "it", "google-forms-rinnovo-pec-phishing")
def a19(c):
    r = c.rng
    t = T(2026, 11, 17, 9, 36, 44)
    gf = P("giulia.ferraro")
    fid = "1FAIpQLS" + infra.ralnum(r, 48, senders.ALNUM + "-_")
    url = "https://docs.google.com/forms/d/e/%s/viewform?usp=send_form" % fid
    abuse = "https://docs.google.com/forms/d/e/%s/reportabuse?source=https://docs.google.com/forms/d/e/%s/viewform" % (fid, fid)
    title = "Rinnovo servizio PEC Legalmail 2027"
    desc = ("La casella di Posta Elettronica Certificata examplecarni@legalmail.it scade il 30/11/2026. Alla scadenza la casella viene sospesa "
            "e non potrà più ricevere fatture elettroniche, atti e comunicazioni della PA. Per il rinnovo automatico (Legalmail Business 2 GB, "
            "12 mesi, 39,90 € + IVA) compilare il modulo con i dati di fatturazione e della carta aziendale.")
    text = """Servizio Clienti Legalmail ti ha invitato a compilare un modulo:

%s

%s

COMPILA IL MODULO: %s

Se hai problemi a visualizzare o inviare questo modulo, puoi compilarlo online:
%s

Non inviare mai le tue password tramite Moduli Google.

Moduli Google: crea sondaggi e analizza le risposte.
Segnala abuso: %s
""" % (title, desc, url, url, abuse)
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body style="margin:0;padding:0;background:#f0ebf8;font-family:Roboto,Arial,sans-serif">'
            '<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px"><table width="600" cellpadding="0" cellspacing="0" style="background:#fff;border-radius:8px;border-top:10px solid #673ab7">'
            '<tr><td style="padding:24px;font-size:14px;color:#202124">Servizio Clienti Legalmail ti ha invitato a compilare un modulo:</td></tr>'
            '<tr><td style="padding:0 24px;font-size:28px;color:#202124">%s</td></tr>'
            '<tr><td style="padding:12px 24px;font-size:14px;color:#202124">%s</td></tr>'
            '<tr><td style="padding:12px 24px 24px"><a href="%s" style="background:#673ab7;color:#fff;padding:10px 24px;border-radius:4px;text-decoration:none;font-size:14px;font-weight:500">COMPILA IL MODULO</a></td></tr>'
            '<tr><td style="padding:0 24px 18px;font-size:12px;color:#5f6368">Se hai problemi a visualizzare o inviare questo modulo, puoi compilarlo online:<br><a href="%s">%s</a></td></tr>'
            '<tr><td style="padding:0 24px 18px;font-size:12px;color:#5f6368">Non inviare mai le tue password tramite Moduli Google.</td></tr>'
            '</table><p style="font-size:12px;color:#5f6368">Moduli Google: crea sondaggi e analizza le risposte. <a href="%s" style="color:#5f6368">Segnala abuso</a></p></td></tr></table></body></html>') % (
        E(title), E(desc), Eq(url), Eq(url), E(url), Eq(abuse))
    root = kit.alt(infra.gmail_boundary(r), text, html, "UTF-8", "quoted-printable", csname="UTF-8")
    frm = mime.addr("Servizio Clienti Legalmail (tramite Moduli Google)", "forms-receipts-noreply@google.com")
    mid = "<%s@google.com>" % infra.ralnum(r, 34, senders.ALNUM + "-_")
    s = infra.gmail_send(r, t, frm, [gf[1]], mime.hdr_text("Rinnovo casella PEC examplecarni@legalmail.it - conferma dati entro il 30/11/2026", "utf-8", "Q"), mid,
                         reply_to="rinnovi.pec.legalmail@gmail.com", workspace_domain="google.com", sor=True, dkim_sel="20230601",
                         dkim_h="reply-to:mime-version:message-id:date:subject:from:to:from:to:cc\r\n         :subject:date:message-id:reply-to")
    s.mailfrom = "3%s@forms-receipts.bounces.google.com" % infra.ralnum(r, 40, senders.ALNUM)
    H, _, _ = infra.deliver(r, s, gf[1], dmarc=("pass", "reject", "google.com"))
    return spec(H, root,
                "Google Forms invitation 'Rinnovo servizio PEC Legalmail 2027': the company's PEC box expires, fill in billing and company-card data.",
                "Card-data phishing abusing Google Forms (sent by Google, so SPF/DKIM/DMARC pass for google.com), impersonates the company's real PEC provider InfoCert Legalmail, Reply-To a Gmail address, deadline and suspension threat; PEC renewals are handled in the Legalmail customer area, never via Google Forms.",
                urls=[url])


# ------------------------------------------------------------------ 20 ----
@msg("attack", "20", "it", "ordine-img-loader-lookalike-cliente")
def a20(c):
    r = c.rng
    t = T(2026, 11, 3, 10, 27, 50)
    gf = P("giulia.ferraro")
    dom = "salumificiovaldenza.com"
    text = """Buongiorno,

in allegato Vi inviamo il nostro ordine n. 4471 per le consegne di novembre (cosce fresche pesanti 13-15 kg e spalle). Le quantità sono aumentate rispetto all'ordine precedente per la produzione natalizia.

Vi chiediamo cortesemente di verificare disponibilità e prezzi e di inviarci la conferma d'ordine entro oggi, perché dobbiamo programmare la salagione.

Il file è in formato immagine perché generato dal nuovo gestionale; per aprirlo basta fare doppio clic.

Cordiali saluti

Roberta Gialdi
Ufficio Acquisti
Salumificio Val d'Enza S.r.l.
Via Val d'Enza Nord 122 - 42027 Montecchio Emilia (RE)
"""
    dt = (2026, 11, 3, 10, 19, 4)
    iso = arch.make_iso([("ORDINE_N4471_03112026.PDF.LNK", lnk_placeholder("shortcut in an ISO image; would run a hidden script that loads a remote-access trojan.")),
                         ("DETTAGLIO.TXT", "Ordine n. 4471 - Salumificio Val d'Enza S.r.l.\r\n".encode("utf-8"))],
                        "ORDINE_4471", dt, publisher="SALUMIFICIO")
    html = outlook_html(text, "it")
    b1 = "----=_NextPart_000_%s_01DD4D3A.%s" % (infra.rhex(r, 4, True), infra.rhex(r, 8, True))
    b2 = "----=_NextPart_001_%s_01DD4D3A.%s" % (infra.rhex(r, 4, True), infra.rhex(r, 8, True))
    tp = mime.text(text, "plain", "iso-8859-1", "quoted-printable")
    hp = mime.text(finish_html(html, "iso-8859-1"), "html", "iso-8859-1", "quoted-printable")
    alt = mime.multipart_inline("alternative", [tp, hp], b2)
    att = mime.attachment(iso, "application/octet-stream", "Ordine_n.4471_del_03-11-2026.img", style="plain")
    root = mime.multipart_inline("mixed", [alt, att], b1, preamble="This is a multipart message in MIME format.\r\n")
    frm = mime.addr("Roberta Gialdi - Salumificio Val d'Enza", "acquisti@" + dom, quote_always=True)
    mid = "<000001dd4d3a$%s$%s@%s>" % (infra.rhex(r, 8), infra.rhex(r, 8), dom)
    ch = [hdr("From", frm), hdr("To", gf[1]), hdr("Subject", "Ordine n. 4471 - conferma urgente"),
          hdr("Date", rfcdate(t, "CET")), hdr("Message-ID", mid), hdr("MIME-Version", "1.0"), ("__CONTENT__", None),
          hdr("X-Mailer", "Microsoft Outlook 16.0"), hdr("Content-Language", "it")]
    host, ip = "mail." + dom, "198.51.100.%d" % r.randint(10, 60)
    inner = [senders.rec_submission(r, plus(t, 1), "45.%d.%d.%d" % (r.randint(128, 159), r.randint(0, 255), r.randint(1, 254)), host, "acquisti@" + dom)]
    s = senders.own_postfix(r, t, ch, frm, host, ip, dkim_domain=dom, selector="default", inner=inner, amavis=False)
    H, _, _ = infra.deliver(r, s, gf[1], dmarc=("pass", "none", dom))
    return spec(H, root,
                "'Customer' Salumificio Val d'Enza sends an urgent purchase order as an .img disk image.",
                "Malware loader: look-alike domain salumificiovaldenza.com (real: .it on Aruba) on a VPS, disk-image attachment hiding a .PDF.LNK shortcut (inert placeholder), 'double-click to open', urgency; the real customer sends XLSX orders (business/20).")


# ------------------------------------------------------------------ 21 ----
@msg("attack", "21", "it", "canva-share-account-compromesso")
def a21(c):
    r = c.rng
    t = T(2026, 11, 30, 16, 48, 9)
    gf = P("giulia.ferraro")
    design = "DAG" + infra.ralnum(r, 8, senders.ALNUM + "-_")
    url = "https://www.canva.com/design/%s/%s/view?utm_content=%s&utm_campaign=designshare&utm_medium=link2&utm_source=uniquelinks&utlId=%s" % (
        design, infra.ralnum(r, 22, senders.ALNUM + "-_"), design, infra.rhex(r, 9))
    title = "Proposta ordini 2027 - Salumificio Val d'Enza"
    msgtxt = "Ciao Giulia, ti mando la proposta per il 2027 con volumi e prezzi. Aprila dal link, il file è troppo pesante per la mail. Fammi sapere. Roberta"
    text = """Roberta Gialdi ti ha invitato a visualizzare il suo design

%s

"%s"

Apri il design: %s

Canva, 110 Kippax St, Surry Hills NSW 2010, Australia
Ricevi questa email perché Roberta Gialdi (acquisti@salumificiovaldenza.it) ha condiviso un design con te su Canva.
""" % (title, msgtxt, url)
    html = ('<!DOCTYPE html><html lang="it"><head><meta charset="utf-8"></head><body style="margin:0;background:#f5f6f8;font-family:\'Canva Sans\',Helvetica,Arial,sans-serif;color:#0e1318">'
            '<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:32px 12px"><table width="520" cellpadding="0" cellspacing="0" style="background:#fff;border-radius:8px">'
            '<tr><td style="padding:28px 32px 8px"><span style="font-size:26px;font-weight:bold;color:#7d2ae8">Canva</span></td></tr>'
            '<tr><td style="padding:8px 32px;font-size:20px;font-weight:600">Roberta Gialdi ti ha invitato a visualizzare il suo design</td></tr>'
            '<tr><td style="padding:8px 32px"><div style="border:1px solid #e1e4e8;border-radius:6px;padding:14px;font-size:15px"><b>%s</b></div></td></tr>'
            '<tr><td style="padding:8px 32px;font-size:14px;color:#444"><i>"%s"</i></td></tr>'
            '<tr><td style="padding:18px 32px"><a href="%s" style="background:#8b3dff;color:#fff;padding:12px 26px;border-radius:8px;text-decoration:none;font-weight:600">Apri il design</a></td></tr>'
            '<tr><td style="padding:18px 32px 28px;font-size:11px;color:#6b7280">Ricevi questa email perché Roberta Gialdi (acquisti@salumificiovaldenza.it) ha condiviso un design con te su Canva.<br>Canva, 110 Kippax St, Surry Hills NSW 2010, Australia</td></tr>'
            '</table></td></tr></table></body></html>') % (E(title), E(msgtxt), Eq(url))
    root = kit.alt(infra.rhex(r, 28), text, html, "utf-8", "quoted-printable", csname="UTF-8")
    frm = mime.addr("Roberta Gialdi (tramite Canva)", "no-reply@canva.com")
    s0 = senders.ses(r, t, [], frm, "canva.com", region="us-east-1")
    ch = [hdr("From", frm), hdr("Reply-To", "acquisti@salumificiovaldenza.it"), hdr("To", gf[1]),
          hdr("Subject", mime.hdr_text("Roberta Gialdi ha condiviso «%s» con te" % title, "utf-8", "B")),
          hdr("MIME-Version", "1.0"), ("__CONTENT__", None), hdr("Message-ID", s0.ses_msgid), hdr("Date", rfcdate(t, "UTC", "plain")),
          hdr("X-Canva-Notification", "DESIGN_SHARED")]
    s = senders.ses(r, t, ch, frm, "canva.com", region="us-east-1", mailfrom="bounces@mail.canva.com", dkim_sel="canva2024")
    H, _, _ = infra.deliver(r, s, gf[1], dmarc=("pass", "reject", "canva.com"))
    return spec(H, root,
                "Canva notification: the customer's purchaser shared a design 'Proposta ordini 2027' with the Italian office.",
                "Document-share lure from a compromised customer account abusing Canva: the e-mail is Canva's own (all authentication passes); the shared design is a one-page lure whose 'Visualizza documento' button leads to a Microsoft 365 credential-phishing page; the customer never sends orders via Canva (business/20 is an XLSX order).",
                urls=[url])
