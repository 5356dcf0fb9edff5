"""Genuine business messages, Italian (17-21)."""
from common import *
import threads

F = "business"
PIVA_FERRETTI = ids.it_piva("0291847023")
PIVA_EXIT = ids.it_piva("0421736023")   # Example Italia S.r.l.
FERRETTI_FOOT = f"""Ferretti Trasporti S.p.A.
Via dell'Industria 45 - 37135 Verona (VR)
Tel. +39 045 820 4400 - P.IVA {PIVA_FERRETTI}"""


@message(F, "it", "ferretti-fattura-2026-1187",
         "Courtesy copy of Ferretti Trasporti's invoice 2026/1187 (the legally valid e-invoice went through SdI) from amministrazione@ferretti-trasporti.it via Aruba, PDF attached, usual Banco BPM IBAN",
         "Real carrier domain and its usual Aruba/Outlook infrastructure, refers to real trips, bank account as always. Hard negative of attack/17.")
def b17():
    r = rng("b17")
    t = timez.local("de", 2026, 10, 15, 15, 10, 26)
    rcpt = "francesca.conti@examplegroup.eu"
    frm_addr = "amministrazione@ferretti-trasporti.it"
    s = infra.aruba(r, t, rcpt, "93.147.212.38", pc_name="AMM-PC02")
    iban = fmt_iban(BANK["ferretti"])
    body = f"""Spett.le Example Italia S.r.l.,

in allegato copia di cortesia della fattura n. 2026/1187 del 15/10/2026 relativa ai trasporti del mese di settembre (viaggi 26/0987, 26/0991, 26/1002 Würzburg - Verona).

Imponibile: € 7.400,00
IVA 22%: € 1.628,00
Totale fattura: € 9.028,00
Scadenza: 30/11/2026 - bonifico bancario

Coordinate bancarie:
Banco BPM S.p.A. - Filiale di Verona Zai
IBAN {iban}

La fattura elettronica è stata trasmessa tramite il Sistema di Interscambio al Vostro codice destinatario; il presente documento non ha valore ai fini fiscali.

Cordiali saluti

Ufficio Amministrazione
{FERRETTI_FOOT}
"""
    inv = pdf_doc([
        ("h1", "Ferretti Trasporti S.p.A."),
        ("small", f"Via dell'Industria 45 · 37135 Verona · P.IVA {PIVA_FERRETTI} · Cap. Soc. € 1.200.000 i.v."),
        ("h2", "FATTURA N. 2026/1187 del 15/10/2026 - copia di cortesia"),
        ("p", f"Cliente: Example Italia S.r.l. - P.IVA {PIVA_EXIT}"),
        ("mono", "Viaggio 26/0987  Würzburg-Verona  03/09/2026  FTL telonato   € 2.450,00\n"
                 "Viaggio 26/0991  Würzburg-Verona  10/09/2026  FTL telonato   € 2.450,00\n"
                 "Viaggio 26/1002  Würzburg-Verona  24/09/2026  FTL + sponda   € 2.500,00"),
        ("mono", "Imponibile € 7.400,00   IVA 22% € 1.628,00   Totale € 9.028,00"),
        ("p", f"Pagamento: bonifico 60 gg d.f. - Banco BPM - IBAN {iban}"),
        ("small", "Documento privo di valenza fiscale ai sensi dell'art. 21 DPR 633/72. L'originale è disponibile nell'area riservata Fatture e Corrispettivi."),
    ], title="Fattura 2026/1187", author="Ferretti Trasporti", creator="TeamSystem", producer="TeamSystem Enterprise",
        date="D:20261015150811+02'00'")
    root = Multi("mixed", [Text(body, "plain", "iso-8859-15", "quoted-printable"), pdf_att(inv, "Fattura_2026_1187.pdf")],
                 infra.outlook_boundary(r, t, 0))
    hdr = [rp(frm_addr)] + s["trace"] + outlook_desktop_headers(
        r, s, A("Ferretti Trasporti - Amministrazione", frm_addr), A("Francesca Conti", rcpt),
        "Invio fattura n. 2026/1187 del 15/10/2026 - Ferretti Trasporti S.p.A.", "ferretti-trasporti.it", lang="it")
    return hdr, root


@message(F, "it", "ferretti-cmr-ddt-risposta",
         "Chiara Colombo's genuine reply in the CMR/DDT thread for trip 26/1043 with the signed CMR and the delivery note as PDF attachments (Aruba, Outlook)",
         "Real sender in an active thread answering Alessandro's request, documents as plain PDFs. Hard negative of attack/20 (same thread hijacked with an encrypted ZIP).")
def b18():
    r = rng("b18")
    t = threads.CMR_REPLY_TIME
    rcpt = "alessandro.ricci@example.com"
    frm_addr = "c.colombo@ferretti-trasporti.it"
    s = infra.aruba(r, t, rcpt, "93.147.212.41", pc_name="TRAFFICO-PC01")
    quoted = """Da: Ricci, Alessandro <alessandro.ricci@example.com>
Inviato: lunedì 2 novembre 2026 16:48
A: Chiara Colombo <c.colombo@ferretti-trasporti.it>
Oggetto: CMR e DDT viaggio 26/1043 Würzburg – Verona

Buongiorno Chiara,
mi mandi per cortesia CMR firmato e DDT del viaggio 26/1043? Ci servono per la chiusura del mese.
Grazie, Alessandro"""
    body = f"""Buongiorno Alessandro,

in allegato CMR firmato e DDT del viaggio 26/1043 (scarico 02/11 ore 14:30, nessuna riserva).

Cordiali saluti
Chiara Colombo
Ufficio Traffico
{FERRETTI_FOOT}

{quoted}
"""
    cmr = pdf_doc([
        ("h1", "CMR - Lettera di vettura internazionale"),
        ("mono", "N. 26/1043   Mittente: Example Group GmbH, Am Glaswerk 12, 97076 Würzburg (DE)\n"
                 "Destinatario: Example Italia S.r.l., Via della Meccanica 18, 37139 Verona (IT)\n"
                 "Vettore: Ferretti Trasporti S.p.A. - Targa GE 418 KT / XA 772 PL\n"
                 "Merce: 3 cavalletti A-frame vetrocamera, 11.480 kg\n"
                 "Luogo e data di presa in carico: Würzburg, 01/11/2026"),
        ("p", "Riserve del destinatario: nessuna. Firma e timbro del destinatario: Example Italia S.r.l., 02/11/2026 14:30"),
    ], title="CMR 26-1043", creator="HP Scan", producer="HP Scan Extended", date="D:20261103100122+01'00'")
    ddt = pdf_doc([
        ("h1", "Documento di trasporto (DDT)"),
        ("mono", "DDT n. 1043/26 del 01/11/2026\nCausale: vendita\nColli: 3 cavalletti - peso lordo 11.480 kg\nVettore: Ferretti Trasporti S.p.A."),
    ], title="DDT 1043-26", creator="HP Scan", producer="HP Scan Extended", date="D:20261103100140+01'00'")
    root = Multi("mixed", [Text(body, "plain", "windows-1252", "quoted-printable"),
                           pdf_att(cmr, "CMR_26-1043_firmato.pdf"), pdf_att(ddt, "DDT_1043-26.pdf")], infra.outlook_boundary(r, t, 0))
    hdr = [rp(frm_addr)] + s["trace"] + outlook_desktop_headers(
        r, s, A("Chiara Colombo", frm_addr), A("Alessandro Ricci", rcpt),
        SUBJ("R: CMR e DDT viaggio 26/1043 Würzburg – Verona", "windows-1252", "Q"), "ferretti-trasporti.it",
        irt=threads.CMR_REQ, refs=threads.CMR_REQ, lang="it", mid=threads.CMR_REPLY)
    return hdr, root


@message(F, "it", "vetreria-sollecito-sospensione-forniture",
         "Final payment reminder from supplier Vetreria Adriatica's own Zimbra server: two overdue invoices, supplies will be suspended from 1 Dec 2026 if unpaid; known IBAN",
         "Known supplier, own mail server with consistent Zimbra headers, threat of supply stop but no change of bank details and a named "
         "person to call; urgent genuine mail.")
def b19():
    r = rng("b19")
    t = timez.local("de", 2026, 11, 23, 9, 0, 41)
    rcpt = "francesca.conti@examplegroup.eu"
    frm_addr = "amministrazione@vetreria-adriatica.it"
    from datetime import timedelta
    t1 = t + timedelta(seconds=1)
    t2 = t + timedelta(seconds=3)
    trace = [
        infra.mx_received(r, "mail.vetreria-adriatica.it", "mail.vetreria-adriatica.it", "151.11.48.73", rcpt, t2),
        ("Received", f"from localhost (localhost [127.0.0.1])\n\tby mail.vetreria-adriatica.it (Postfix) with ESMTP id {rstr(r, '0123456789ABCDEF', 10)}\n\tfor <{rcpt}>; {timez.rfc(t1, 'de', comment=True)}"),
        ("Received", f"from mail.vetreria-adriatica.it ([127.0.0.1])\n\tby localhost (mail.vetreria-adriatica.it [127.0.0.1]) (amavis, port 10032) with ESMTP\n\tid {rstr(r, ALNUM, 12)}; {timez.rfc(t1, 'de', comment=True)}"),
        ("Received", f"from mail.vetreria-adriatica.it (mail.vetreria-adriatica.it [151.11.48.73])\n\tby mail.vetreria-adriatica.it (Postfix) with ESMTP id {rstr(r, '0123456789ABCDEF', 10)}\n\tfor <{rcpt}>; {timez.rfc(t, 'de', comment=True)}"),
    ]
    iban = fmt_iban(BANK["vetreria"])
    body = f"""Spett.le Example Italia S.r.l.,
alla c.a. dott.ssa Francesca Conti

nonostante i nostri precedenti solleciti del 27/10 e del 10/11, risultano ancora insolute le seguenti fatture:

- Fattura n. 2026/FV/2291 del 31/08/2026, scadenza 30/09/2026 - € 46.218,40
- Fattura n. 2026/FV/2544 del 30/09/2026, scadenza 31/10/2026 - € 38.907,15

Totale scaduto: € 85.125,55

Vi invitiamo a provvedere al saldo entro venerdì 27/11/2026 tramite bonifico sulle consuete coordinate (Intesa Sanpaolo, IBAN {iban}).

In mancanza di pagamento saremo costretti a sospendere le forniture a partire dal 01/12/2026, compresi gli ordini già confermati per dicembre.

Se il pagamento è già stato disposto, Vi preghiamo di inviarci copia della contabile. Per qualsiasi chiarimento può contattare direttamente la sottoscritta al numero 071 918 2244.

Distinti saluti

Roberta Pieroni
Ufficio Amministrativo - Contabilità Clienti
Vetreria Adriatica S.r.l.
Zona Industriale Baraccola, Via dell'Artigianato 9 - 60131 Ancona
"""
    root = Text(body, "plain", "utf-8", "quoted-printable")
    zid = f"{r.randint(10**8, 2*10**9)}.{r.randint(10000, 99999)}.{int(t.timestamp()*1000)}.JavaMail.zimbra@vetreria-adriatica.it"
    hdr = [rp(frm_addr)] + trace + H(
        ("Date", timez.rfc(t, "de")),
        ("From", A("Vetreria Adriatica - Amministrazione", frm_addr)),
        ("To", A("Francesca Conti", rcpt)),
        ("Cc", A("Luca Moretti", "l.moretti@vetreria-adriatica.it")),
        ("Message-ID", f"<{zid}>"),
        ("Subject", "SOLLECITO DI PAGAMENTO - ultimo avviso prima della sospensione delle forniture"),
        ("MIME-Version", "1.0"),
        ("X-Originating-IP", "[10.0.10.54]"),
        ("X-Mailer", "Zimbra 10.0.8_GA_4611 (ZimbraWebClient - GC131 (Win)/10.0.8_GA_4611)"),
        ("Thread-Index", rstr(r, ALNUM + "+/", 26) + "=="),
        ("Thread-Topic", "SOLLECITO DI PAGAMENTO - ultimo avviso prima della sospensione delle forniture"),
    )
    return hdr, root


@message(F, "it", "serramenti-rossi-reclamo-libero",
         "Complaint from a small window-fitter customer (libero.it webmail, Open-Xchange): two insulating units delivered with wrong dimensions, end customer refuses to pay, asks for urgent remake",
         "Known customer writing from his usual libero.it address, concrete order and dimensions, no links or attachments; angry but genuine.")
def b20():
    r = rng("b20")
    t = timez.local("de", 2026, 10, 7, 18, 20, 14)
    rcpt = "alessandro.ricci@example.com"
    frm_addr = "serramentirossi@libero.it"
    s = infra.libero(r, t, rcpt)
    body = """Buonasera Alessandro,

ti scrivo perché oggi abbiamo montato i serramenti dalla signora Bertolini a Thiene (vostro ordine OV-IT-2026-0713) e due vetrocamera sono arrivati con le misure sbagliate: ne avevamo ordinati due da 1180 x 1420 e ci sono arrivati da 1120 x 1420, quindi non entrano nel telaio.

La cliente è furiosa perché ha già pagato l'acconto e adesso dice che il saldo non lo paga finché non è tutto finito. Ho dovuto lasciare i due vani chiusi con il pannello provvisorio.

Mi serve che me li rifate con urgenza, al massimo per mercoledì prossimo. La bolla con le misure ordinate te la mando domattina dalla ditta, qui ho solo il telefono.

Fammi sapere qualcosa domani perché devo richiamare la cliente.

Giuseppe Rossi
Serramenti Rossi - Vicenza
cell. 347 218 9904
"""
    root = Text(body, "plain", "UTF-8", "8bit")
    hdr = [rp(frm_addr)] + s["trace"] + H(
        ("Date", s["date"]),
        ("From", A("Giuseppe Rossi", frm_addr)),
        ("To", A("Alessandro Ricci", rcpt)),
        ("Message-ID", s["mid"]),
        ("Subject", "vetrocamera misure sbagliate ordine Bertolini Thiene"),
        ("MIME-Version", "1.0"),
    ) + s["xh"]
    return hdr, root


@message(F, "it", "newsletter-serramenti-vetro-mailchimp",
         "Subscribed Italian trade newsletter 'Serramenti & Vetro' via Mailchimp with List-Unsubscribe and one-click header",
         "Subscribed publication, consistent Mailchimp infrastructure, unsubscribe headers, tracking via list-manage.com.")
def b21():
    r = rng("b21")
    t = timez.local("de", 2026, 11, 19, 7, 0, 33)
    rcpt = "alessandro.ricci@example.com"
    frm_addr = "newsletter@serramentievetro.it"
    s = infra.mailchimp(r, t, rcpt)
    u = rstr(r, HEX, 25)
    lid = rstr(r, HEX, 10)
    unsub = f"https://serramentievetro.us21.list-manage.com/unsubscribe?u={u}&id={lid}&t=b&e={rstr(r, HEX, 10)}&c={rstr(r, HEX, 10)}"
    trk = lambda: f"https://serramentievetro.us21.list-manage.com/track/click?u={u}&id={rstr(r, HEX, 10)}&e={rstr(r, HEX, 10)}"
    items = [("Ecobonus e serramenti: cosa cambia dal 2027", "Le nuove aliquote delle detrazioni per la sostituzione degli infissi e i requisiti di trasmittanza."),
             ("Vetro stratificato di sicurezza: la norma UNI 7697 spiegata ai posatori", "Quando è obbligatorio e come leggere le marcature sul vetro."),
             ("Fiera: i numeri di glasstec 2026", "Oltre 1.000 espositori a Düsseldorf: le tendenze per vetrocamera e facciate.")]
    plain = "SERRAMENTI & VETRO - Newsletter n. 46/2026\n\n" + "\n\n".join(f"** {h}\n{tx}\nLeggi: {trk()}" for h, tx in items) + f"""

Ricevi questa email perché ti sei iscritto alla newsletter di Serramenti & Vetro.
Cancellati: {unsub}
Edizioni Tecniche Venete S.r.l. - Via Torino 112 - 30172 Mestre (VE)
"""
    blocks = "".join(f'<tr><td style="padding:14px 22px"><h2 style="font-size:18px;color:#1d3557;margin:0 0 6px">{h}</h2><p style="margin:0 0 6px">{tx}</p><a href="{trk().replace("&", "&amp;")}">Leggi l\'articolo</a></td></tr>' for h, tx in items)
    html = html_wrap(f"""<table width="600" align="center" style="font-family:Georgia,serif;background:#fff;border:1px solid #e3e3e3">
<tr><td style="background:#1d3557;color:#fff;padding:16px 22px;font-size:22px">SERRAMENTI &amp; VETRO <span style="font-size:13px">n. 46/2026</span></td></tr>
{blocks}
<tr><td style="padding:14px 22px;font-size:11px;color:#777;font-family:Arial">Ricevi questa email perch&eacute; ti sei iscritto alla newsletter di Serramenti &amp; Vetro.<br><a href="{unsub.replace('&', '&amp;')}">Cancellati</a> &middot; Edizioni Tecniche Venete S.r.l. - Via Torino 112 - 30172 Mestre (VE)</td></tr></table>""", "it", charset="utf-8")
    root = Multi("alternative", [Text(plain, "plain", "utf-8", "quoted-printable"), Text(html, "html", "utf-8", "quoted-printable")], s["bnd"]())
    hdr = [rp(f"bounce-mc.us21_{r.randint(10**7, 10**8)}.{r.randint(10**6, 10**7)}-{u[:10]}@mail{r.randint(100,250)}.suw21.mcsv.net")] + s["trace"] + H(
        ("Subject", SUBJ("Ecobonus 2027, vetro stratificato e i numeri di glasstec", "utf-8", "Q")),
        ("From", A("Serramenti & Vetro", frm_addr)),
        ("Reply-To", A("Serramenti & Vetro", "redazione@serramentievetro.it")),
        ("To", rcpt),
        ("Date", s["date"]),
        ("Message-ID", s["mid"]),
        ("List-ID", f"{u}mc list <{u}.{r.randint(100000, 999999)}.list-id.mcsv.net>"),
        ("List-Unsubscribe", f"<https://serramentievetro.us21.list-manage.com/unsubscribe/post?u={u}&id={lid}&e={rstr(r, HEX, 10)}&c={rstr(r, HEX, 10)}>, <mailto:unsubscribe-mc.us21_{u}.{rstr(r, HEX, 10)}@unsubscribe.mailchimpapp.net?subject=unsubscribe>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk"),
    ) + s["xh"]
    return hdr, root
