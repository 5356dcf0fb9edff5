"""Genuine business messages, Italian (17-21)."""
from .common import *  # noqa
from .mime import local, plus, dd, Text, Att, Multi, addr, esc, fill_cs, rfc
from . import infra, ids, qr, pdfdoc, zipc

F = "business"
B = company.BANK
V = company.VAT

FERRETTI_EDGE = ("mail.ferretti-trasporti.it", "93.62.157.18")


def _ferretti_chain(seed, t, rcpt, topic, has_attach=False):
    return infra.exchange_onprem(seed, t, rcpt, FERRETTI_EDGE[0], FERRETTI_EDGE[1], "FT-EX01.ferretti.local", "192.168.10.12",
                                 "IT", "it-IT", version="15.1.2507.39", topic=topic, has_attach=has_attach)


def b17():
    seed = "b17"
    t = local("IT", "2026-11-02 15:12:48")
    rcpt = S["it_acc"]["addr"]
    sender = "amministrazione@ferretti-trasporti.it"
    ch = _ferretti_chain(seed, t, rcpt, "Invio copia di cortesia fattura n. 2026/1184", True)
    sdi = h(seed + "sdi", 11, DIG)
    plain = dd("""
        Gentile Cliente,

        in allegato trasmettiamo copia di cortesia della fattura n. 2026/1184 del 31/10/2026, regolarmente trasmessa tramite Sistema di Interscambio (identificativo SdI %(sdi)s). L'originale è disponibile nel Vostro cassetto fiscale.

        Riepilogo:
        Trasporti cisterna olio EVO Bitonto - Mannheim, ottobre 2026 (4 viaggi)
        Imponibile € 9.840,00 - IVA 22%% € 2.164,80 - Totale € 12.004,80

        Pagamento: bonifico bancario 30 gg d.f.f.m. (scadenza 30/11/2026) sulle consuete coordinate:
        Banco BPM S.p.A. - IBAN %(iban)s

        Cordiali saluti

        Ufficio Amministrazione
        Ferretti Trasporti S.p.A.
        Via dell'Industria 27 - 37135 Verona
        Tel. 045 8203 411 - P.IVA %(piva)s
        """) % {"sdi": sdi, "iban": ids.fmt_iban(B["ferretti"]), "piva": V["ferretti"][2:]}
    pdf = pdfdoc.make_pdf([[
        "# FERRETTI TRASPORTI S.p.A.", "Via dell'Industria 27 - 37135 Verona - P.IVA " + V["ferretti"][2:], "",
        "## FATTURA N. 2026/1184 del 31/10/2026 (copia di cortesia)", "",
        "Cliente: Example Group Italia S.r.l. - P.IVA " + V["example_it"][2:], "Zona Industriale ASI, Lotto 14 - 70123 Bari (BA)", "",
        "Trasporto cisterna olio EVO Bitonto - Mannheim, CMR 41187      2.460,00",
        "Trasporto cisterna olio EVO Bitonto - Mannheim, CMR 41203      2.460,00",
        "Trasporto cisterna olio EVO Bitonto - Mannheim, CMR 41229      2.460,00",
        "Trasporto cisterna olio EVO Bitonto - Mannheim, CMR 41260      2.460,00",
        "Imponibile                                                   9.840,00 EUR",
        "IVA 22%                                                      2.164,80 EUR",
        "Totale documento                                            12.004,80 EUR", "",
        "Pagamento: bonifico 30 gg d.f.f.m., scadenza 30/11/2026",
        "Banco BPM S.p.A. - IBAN " + ids.fmt_iban(B["ferretti"]), "",
        "Documento privo di valenza fiscale ai sensi dell'art. 21 DPR 633/72. Originale trasmesso tramite SdI " + sdi]],
        title="Fattura 2026/1184", producer="TeamSystem Enterprise", created="D:20261102150301+01'00'")
    body = Multi("mixed", [outlook_alt(plain.replace("%%", "%"), bnd("exchange", seed), cs="iso-8859-15", lang="IT"),
                           Att(pdf, "application/pdf", "FT_2026_1184.pdf", size=True)], "_004_%s_" % h(seed + "bb", 40, UHEX))
    return spec(F, "it", "ferretti-fattura-copia-cortesia", seed, t, ch,
                frm=addr("Ferretti Trasporti - Amministrazione", sender, quote_always=True), to=addr("Francesca D'Amico", rcpt, quote_always=True),
                rcpt=rcpt, ret=sender, subject="Invio copia di cortesia fattura n. 2026/1184 - Ferretti Trasporti S.p.A.",
                body=body, zone="IT", ibans=[B["ferretti"]], hn=[17, 18],
                hn_note="Same carrier and invoices as attack 18 and same e-invoicing context as 17; genuine domain and on-prem Exchange, unchanged IBAN, the e-invoice is in the tax drawer (no link).",
                what="Carrier sends a courtesy copy of its e-invoice (already transmitted through SdI).",
                why="Genuine ferretti-trasporti.it via the carrier's own Exchange server, unchanged Banco BPM IBAN, real transport references, no link or login – exactly the normal e-invoicing practice.")


def b18():
    seed = "b18"
    t = local("IT", "2026-11-20 09:47:33")
    rcpt = S["it_buy"]["addr"]
    sender = "c.colombo@ferretti-trasporti.it"
    ch = _ferretti_chain(seed, t, rcpt, "Ritiro cisterna olio EVO 24/11 - Santa Lucia > Mannheim")
    plain = dd("""
        Buongiorno Niccolò,

        confermo il ritiro della cisterna per il carico di olio EVO presso l'Oleificio Santa Lucia a Bitonto:

        Data/ora ritiro: martedì 24/11 ore 7:30
        Quantità: 25.000 kg (cisterna alimentare inox, 3 scomparti)
        Consegna: Mannheim, giovedì 26/11 in mattinata
        Autista: Matteo Greco, cell. 347 218 5590
        Trattore FT 482 KX / semirimorchio XA 931 PN

        Il certificato di lavaggio EFTCO viaggerà con il DDT. Vi chiedo di mandarci entro domani il numero d'ordine da riportare sul CMR e di verificare con Mannheim la finestra di scarico: l'ultima volta l'autista ha atteso quasi tre ore.

        Grazie e buona giornata,

        Chiara Colombo
        Ufficio Traffico
        Ferretti Trasporti S.p.A.
        Tel. 045 8203 430
        """)
    body = outlook_alt(plain, bnd("exchange", seed), cs="iso-8859-1", lang="IT")
    return spec(F, "it", "ferretti-ritiro-cisterna-traffico", seed, t, ch,
                frm=addr("Colombo Chiara", sender), to=addr("Niccolò Ferrara", rcpt, "iso-8859-1", "Q"),
                cc=addr("Giuseppe Lorusso", S["it_mgr"]["addr"]), rcpt=rcpt, ret=sender,
                subject="Ritiro cisterna olio EVO 24/11 - Santa Lucia > Mannheim", body=body, zone="IT",
                what="Carrier's traffic office confirms a bulk olive oil tanker pickup and delivery.",
                why="Known contact on the carrier's own Exchange, operational details only (driver, plates, times), no payment or link.")


def b19():
    seed = "b19"
    t = local("IT", "2026-11-17 21:05:40")
    rcpt = S["it_sales"]["addr"]
    sender = "nino.esposito@libero.it"
    ch = infra.libero(seed, t, rcpt, "79.31.88.140")
    plain = dd("""
        Buonasera Marco,

        ti scrivo perché nella consegna di ieri invece dei 6 cartoni di extravergine da 5 litri mi sono arrivati 6 cartoni di olio di semi di girasole da 5 litri. Il DDT dice EVO ma i cartoni sono di girasole, li ho controllati uno per uno.

        Già il corriere è arrivato alle due del pomeriggio invece che la mattina, e adesso mi trovo senza olio buono per il fine settimana, che abbiamo due comunioni e una cena aziendale.

        Me lo potete mandare entro venerdì? I cartoni di girasole li ridò al corriere quando passa. Fammi sapere, grazie.

        Nino Esposito
        Trattoria Da Nino
        Via dei Tribunali 112 - Napoli
        cell. 339 471 2286
        """)
    body = Text(plain, "plain", "UTF-8", "quoted-printable")
    return spec(F, "it", "trattoria-reclamo-consegna-libero", seed, t, ch,
                frm=addr("nino esposito", sender), to=rcpt, rcpt=rcpt, ret=sender,
                subject="consegna sbagliata olio", body=body, zone="IT",
                what="Customer complaint from a restaurant owner on consumer mail: wrong oil delivered.",
                why="Known small customer writing from his usual libero.it address via Italiaonline, plain text, concrete delivery details, asks only for a replacement.")


def b20():
    seed = "b20"
    t = local("IT", "2026-11-23 16:22:17")
    rcpt = S["it_acc"]["addr"]
    sender = "a.desantis@oleificiosantalucia.it"
    ch = infra.aruba(seed, t, rcpt, "151.38.204.77", "oleificiosantalucia.it")
    plain = dd("""
        Gentile Dott.ssa D'Amico,

        nonostante i nostri precedenti solleciti del 20/10 e del 05/11, risultano ancora insolute le seguenti fatture:

        Fatt. n. 418/2026 del 15/09/2026 - € 64.800,00 - scad. 15/10/2026
        Fatt. n. 452/2026 del 30/09/2026 - € 48.276,00 - scad. 30/10/2026

        Vi invitiamo a provvedere al saldo entro e non oltre venerdì 27/11/2026 sul consueto conto BPER Banca (IBAN %(iban)s).

        In mancanza, saremo costretti a sospendere le consegne previste dal contratto SL-2026/27-014 fino alla regolarizzazione e ad addebitare gli interessi di mora ai sensi del D.Lgs. 231/2002.

        Resto a disposizione per un confronto telefonico, anche con il Dott. Ferrara.

        Distinti saluti

        Antonio De Santis
        Responsabile Commerciale
        Oleificio Santa Lucia S.r.l.
        Contrada Torre Santa Lucia - 70032 Bitonto (BA)
        Tel. 080 375 1290 - P.IVA %(piva)s
        """) % {"iban": ids.fmt_iban(B["santalucia"]), "piva": V["santalucia"][2:]}
    body = outlook_alt(plain, bnd("outlook2", seed), cs="windows-1252", lang="IT")
    return spec(F, "it", "oleificio-sollecito-sospensione-forniture", seed, t, ch,
                frm=addr("Antonio De Santis", sender), to=addr("Francesca D'Amico", rcpt, quote_always=True),
                cc=addr("Niccolò Ferrara", S["it_buy"]["addr"], "windows-1252", "Q"), rcpt=rcpt, ret=sender,
                subject="SOLLECITO PAGAMENTO - fatture scadute 418/2026 e 452/2026", body=body, zone="IT",
                extra=[("X-Priority", "1"), ("Importance", "high")], ibans=[B["santalucia"]], hn=[20, 18],
                hn_note="Urgent payment demand with a threat (supply suspension) like the pressure in attacks 18/20; but known supplier via its usual Aruba hosting, the usual bank account, offers a phone call.",
                what="Olive oil supplier's urgent payment reminder threatening to suspend deliveries.",
                why="Known supplier from its own domain via Aruba's outgoing SMTP and Outlook, refers to real invoices and contract, asks to pay to the account already on file, invites a phone call.")


def b21():
    seed = "b21"
    t = local("IT", "2026-11-27 07:00:04")
    rcpt = S["it_buy"]["addr"]
    ch = infra.mailchimp(seed, t, rcpt, ip="198.2.184.17", dc="us21")
    u, lid = dict(ch["extra"])["X-MC-User"], h(seed + "l", 10, HEX)
    e, c = h(seed + "e", 10, HEX), h(seed + "c", 10, HEX)
    unsub = "https://frantoioggi.us21.list-manage.com/unsubscribe?u=%s&id=%s&t=b&e=%s&c=%s" % (u, lid, e, c)
    track = "https://frantoioggi.us21.list-manage.com/track/click?u=%s&id=%%s&e=%s" % (u, e)
    items = [
        ("Prezzi all'origine: Coratina stabile, risale il Bari", "Nella settimana 47 l'extravergine pugliese si è mantenuto tra 7,40 e 7,80 €/kg franco frantoio; in lieve recupero le quotazioni a Bari e Bitonto dopo le piogge di inizio mese."),
        ("Spagna: Jaén in attesa dei dati di produzione", "Il Ministero spagnolo stima la campagna 2026/27 a 1,42 milioni di tonnellate; gli operatori di Jaén segnalano rese in olio inferiori alle attese."),
        ("Etichettatura: cosa cambia con il nuovo regolamento sulla commercializzazione", "Il punto sulle indicazioni obbligatorie di origine e sulla dicitura di campagna, con le risposte del MASAF alle domande dei frantoi."),
    ]
    blocks_h = "".join('<tr><td style="padding:14px 24px;border-bottom:1px solid #e5e5e5;"><a href="%s" style="font-size:18px;font-weight:bold;color:#3a5a1a;text-decoration:none;">%s</a><p style="margin:6px 0 0 0;font-size:14px;line-height:21px;color:#333;">%s</p></td></tr>'
                       % (esc(track % h(seed + str(i), 10, HEX)), esc(ti), esc(tx)) for i, (ti, tx) in enumerate(items))
    htm = dd("""
        <!doctype html><html xmlns="http://www.w3.org/1999/xhtml"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Frantoi Oggi n. 47/2026</title></head>
        <body style="margin:0;padding:0;background:#f4f1e8;"><span class="mcnPreviewText" style="display:none;">Prezzi all'origine, Spagna e nuove regole sull'etichettatura</span>
        <center><table width="600" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Georgia,serif;">
        <tr><td style="padding:22px 24px;background:#3a5a1a;color:#fff;font-size:28px;">Frantoi Oggi <span style="font-size:14px;">n. 47/2026</span></td></tr>
        __BLOCKS__
        <tr><td style="padding:18px 24px;font-size:12px;color:#777;font-family:Arial,sans-serif;">Ricevi questa email perché sei iscritto alla newsletter di Frantoi Oggi.<br>
        Frantoi Oggi - Via Sparano 41 - 70121 Bari<br><a href="https://frantoioggi.us21.list-manage.com/profile?u=__U__&id=__L__&e=__E__" style="color:#777;">Aggiorna le preferenze</a> &middot; <a href="__UNSUB__" style="color:#777;">Cancella iscrizione</a></td></tr>
        </table></center>
        <img src="https://frantoioggi.us21.list-manage.com/track/open.php?u=__U__&id=__C__&e=__E__" height="1" width="1" alt=""></body></html>
        """).replace("__BLOCKS__", blocks_h).replace("__U__", u).replace("__L__", lid).replace("__E__", e).replace("__C__", c).replace("__UNSUB__", esc(unsub))
    plain = "** Frantoi Oggi n. 47/2026\n------------------------------------------------------------\n\n" + "\n\n".join(
        "** %s\n%s\n(%s)" % (ti, tx, track % h(seed + str(i), 10, HEX)) for i, (ti, tx) in enumerate(items)) + (
        "\n\n============================================================\nRicevi questa email perché sei iscritto alla newsletter di Frantoi Oggi.\n"
        "Cancella iscrizione (%s)\nFrantoi Oggi - Via Sparano 41 - 70121 Bari\n" % unsub)
    body = alt(plain, htm, bnd("mailchimp", seed), "utf-8", "quoted-printable")
    lu = "<%s>, <mailto:unsubscribe-mc.us21_%s.%s-%s@unsub.mcsv.net?subject=unsubscribe>" % (unsub, u, c, e)
    return spec(F, "it", "newsletter-frantoi-oggi-mailchimp", seed, t, ch,
                frm=addr("Frantoi Oggi", "newsletter@frantoioggi.it"), to=addr("Niccolò", rcpt, "utf-8", "Q"), rcpt=rcpt, ret=ch["bounce"],
                subject=subj("Frantoi Oggi n. 47/2026 – prezzi all'origine, Spagna e nuove regole sull'etichettatura", "utf-8", "Q"),
                body=body, zone="IT", sender="newsletter@frantoioggi.it",
                extra=[("List-Unsubscribe", lu), ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                       ("List-Id", "%s mc list <%s.%s.list-id.mcsv.net>" % (u, u, lid))],
                hn=[21], hn_note="Bulk ESP mail like attack 21 (Brevo); a subscribed trade newsletter with proper List-Unsubscribe and the ESP's own tracking domain.",
                what="Subscribed olive-oil trade newsletter sent through Mailchimp.",
                why="Mailchimp infrastructure (mcsv.net) with the list's own list-manage.com links, List-Unsubscribe / One-Click and List-Id, purely informational content.")


def messages():
    return [b17(), b18(), b19(), b20(), b21()]
