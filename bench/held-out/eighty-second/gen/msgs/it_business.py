# -*- coding: utf-8 -*-
"""Italian genuine messages 17-21."""
from lib.kit import *  # noqa
from lib import ids


def b17():
    real = C.ACCT["ferretti_real"]
    t = plainq("""Spett.le Example Group Italia S.r.l.,

in allegato inviamo copia di cortesia della fattura elettronica n. 2026/1843 del 30/09/2026, già trasmessa tramite SdI al Vostro codice destinatario.

Riferimento: trasporto eccezionale n. 2 travature scala mobile da Ciserano (BG) a Milano, cantiere Porta Nuova, DDT 2026/7715 e 2026/7716.
Imponibile: 6.840,00 EUR - IVA 22%%: 1.504,80 EUR - Totale: 8.344,80 EUR
Scadenza: 31/10/2026 - Bonifico bancario su Intesa Sanpaolo, IBAN %s (invariato).

Restiamo a disposizione per eventuali chiarimenti.

Cordiali saluti

Ufficio Amministrazione
Ferretti Trasporti S.p.A.
Via dell'Industria 27 - 24040 Ciserano (BG)
Tel. 035 488 1210 - amministrazione@ferretti-trasporti.it""" % fi(real))
    rows = [("h", "FERRETTI TRASPORTI S.p.A."), ("s", "Via dell'Industria 27 · 24040 Ciserano (BG) · P.IVA %s · Cap. soc. EUR 1.200.000 i.v." % C.TAX["ferretti"][2:]),
            ("sp", 8), ("b", "COPIA DI CORTESIA - documento non valido ai fini fiscali"), ("sp", 4),
            ("row", [(0, "Fattura n.:"), (40, "2026/1843")]), ("row", [(0, "Data:"), (40, "30/09/2026")]),
            ("row", [(0, "Cliente:"), (40, "Example Group Italia S.r.l. - P.IVA %s" % C.TAX["eg_it"][2:])]), ("sp", 6),
            ("row", [(0, "Descrizione"), (130, "Importo")], True), ("hr",),
            ("row", [(0, "Trasporto eccezionale travatura scala mobile (DDT 2026/7715)"), (130, "3.420,00")]),
            ("row", [(0, "Trasporto eccezionale travatura scala mobile (DDT 2026/7716)"), (130, "3.420,00")]),
            ("row", [(0, "Imponibile"), (130, "6.840,00")]), ("row", [(0, "IVA 22%"), (130, "1.504,80")]),
            ("row", [(0, "Totale documento EUR"), (130, "8.344,80")], True), ("sp", 8),
            "Pagamento: bonifico bancario a 30 gg d.f. - scadenza 31/10/2026",
            "Intesa Sanpaolo S.p.A. - IBAN %s" % fi(real)]
    body = Multi("mixed", [
        alt(t, outlook_html(t, "iso-8859-1", "IT"), "iso-8859-1", "quoted-printable"),
        pdf_att(rows, "FT_2026_1843_Example_Group_Italia.pdf", title="Fattura 2026/1843", producer="TeamSystem Enterprise",
                creator="Crystal Reports", when=T.berlin("2026-10-01 08:40"))])
    return Msg("business", 17, "it", "carrier-invoice-courtesy-copy",
               frm=("Ferretti Trasporti - Amministrazione", "amministrazione@ferretti-trasporti.it"), to=S("it_acc"),
               subject="Copia di cortesia fattura n. 2026/1843 del 30/09/2026",
               when="2026-10-01 08:52:30",
               infra=I.exchange_onprem("mail.ferretti-trasporti.it", "93.62.155.18", lang="it-IT", server="EXSRV01",
                                       gateway="mail.ferretti-trasporti.it", hcs=("iso-8859-1", "Q"),
                                       label="Ferretti Trasporti own Exchange behind Postfix gateway"),
               body=body,
               what="Carrier sends a courtesy copy of an e-invoice already delivered via SdI",
               why="Correct domain ferretti-trasporti.it from the carrier's own Exchange; references real delivery notes and the SdI channel; IBAN unchanged (explicitly 'invariato'); normal 30-day terms.",
               contrast="Same carrier and invoice numbers as attack 17, but real domain and the existing Intesa Sanpaolo account; no request to change anything.")


def b18():
    t = """Buongiorno,

Vi scrivo con urgenza: questa mattina alle 7.40 l'ascensore della scala B del Condominio di Via Padova 112 si è bloccato tra il 3° e il 4° piano con due persone a bordo, tra cui un'anziana signora. Abbiamo chiamato il Vostro numero di emergenza e il tecnico è arrivato solo dopo più di un'ora; nel frattempo sono intervenuti i Vigili del Fuoco.

È il secondo fermo in tre settimane. Da contratto l'intervento per persone bloccate deve avvenire entro 30 minuti. Vi chiedo:

1. una relazione scritta sulle cause del guasto e sugli interventi eseguiti;
2. la conferma che l'impianto è sicuro prima di rimetterlo in servizio;
3. un incontro con il Vostro responsabile entro la prossima settimana.

In mancanza di risposte chiare sarò costretto a sospendere il pagamento del canone trimestrale e a valutare con l'assemblea la risoluzione del contratto.

Distinti saluti

Rag. Giuseppe Russo
Amministratore del Condominio Via Padova 112
Studio Amministrazioni Condominiali Russo
cell. 347 218 5530"""
    return Msg("business", 18, "it", "condominium-complaint-libero",
               frm=("Giuseppe Russo", "amm.giuseppe.russo@libero.it"), to=S("it_mgr"), cc=S("service"),
               subject="URGENTE - ascensore bloccato con persone a bordo - Condominio Via Padova 112",
               when="2026-11-09 10:14:55", infra=I.libero(),
               body=Text(t, "plain", "UTF-8", "8bit"),
               what="Condominium administrator complains about a lift entrapment and slow emergency response",
               why="Long-standing customer using his personal libero.it mailbox (as many Italian administrators do); concrete incident details; demands a report and a meeting; threat to withhold the fee is commercial, not a payment request.")


def b19():
    rows = [("h", "Studio Conti - Consulenti del Lavoro"), ("s", "Viale Monza 140 · 20127 Milano"), ("sp", 8),
            ("b", "Libro Unico del Lavoro - novembre 2026"), "Azienda: Example Group Italia S.r.l. - cod. 0417", ("sp", 4),
            ("row", [(0, "Dipendenti elaborati"), (90, "23")]), ("row", [(0, "Totale retribuzioni lorde"), (90, "71.884,20")]),
            ("row", [(0, "Totale netto in busta"), (90, "49.203,55")]), ("row", [(0, "Contributi INPS c/ditta"), (90, "21.190,73")]),
            ("row", [(0, "F24 in scadenza 16/12/2026"), (90, "38.664,02")]), ("sp", 10),
            "I singoli cedolini sono consultabili dai dipendenti nel portale Zucchetti HR."]
    pdfdata = P.document(rows, title="LUL novembre 2026", producer="Zucchetti Paghe Project", when=T.berlin("2026-12-03 17:05"))
    zdata = Z.zipcrypto([("LUL_112026_ExampleGroupItalia.pdf", pdfdata), ("Riepilogo_F24_dicembre_2026.pdf",
                          P.document([("h", "Riepilogo F24 - scadenza 16/12/2026"), "Sezione Erario: 17.473,29", "Sezione INPS: 21.190,73",
                                      ("b", "Totale: 38.664,02 EUR")], title="F24 dicembre", producer="Zucchetti Paghe Project"))],
                        "Cd#7412mi", "b19", when=(2026, 12, 3, 17, 6, 0))
    t = """Gentile Dott.ssa Gallo,

in allegato trovate l'archivio con il Libro Unico del Lavoro di novembre 2026 e il riepilogo dell'F24 in scadenza il 16/12/2026.

Come d'accordo, l'archivio è protetto: la password Vi è stata inviata come di consueto via SMS al numero aziendale. I cedolini dei singoli dipendenti sono già disponibili nel portale.

Vi ricordo che quest'anno la tredicesima verrà elaborata insieme alle competenze di dicembre.

Cordiali saluti

Laura Conti
Consulente del Lavoro
Studio Conti - Consulenti del Lavoro
Viale Monza 140 - 20127 Milano - tel. 02 2682 1190"""
    body = Multi("mixed", [alt(t, outlook_html(t, "utf-8", "IT"), "utf-8", "quoted-printable"),
                           Attach(zdata, "application/x-zip-compressed", "ExampleGroupItalia_paghe_112026.zip")])
    return Msg("business", 19, "it", "payroll-consultant-password-zip",
               frm=("Studio Conti - Paghe", "paghe@studioconti-cdl.it"), to=S("it_acc"),
               subject="Elaborazione paghe novembre 2026 - Example Group Italia (cod. 0417)",
               when="2026-12-03 17:12:41", infra=I.aruba(mailer="outlook", label="payroll consultant on Aruba hosted mail, Outlook"),
               body=body, meta={"zip_pw": "Cd#7412mi"},
               what="Payroll consultant sends the monthly payroll ledger as a password-protected ZIP; password by SMS",
               why="Known consultant and domain, monthly routine; the archive contains only PDFs; password exchanged out of band (SMS) as agreed - standard practice for payroll data under GDPR.",
               contrast="Password-protected ZIP like attack 19, but from the known consultant, PDFs inside, password not in the mail, expected monthly delivery.")


def b20():
    r = ids.rng("b20")
    base = "https://%s.r.eu-west-1.brevo.com/mk/cl/f/" % ids.pick(r, "abcdefghijklmnopqrstuvwxyz0123456789", 8)

    def lk():
        return base + ids.pick(r, ids.ALNUM + "-_", 60)
    unsub = "https://%s.r.eu-west-1.brevo.com/mk/un/v2/%s" % (ids.pick(r, "abcdefghijklmnopqrstuvwxyz0123456789", 8), ids.pick(r, ids.ALNUM + "-_", 70))
    arts = [("Norma UNI EN 81-20/50: cosa cambia con l'aggiornamento 2026", lk()),
            ("Ascensori e superbonus: il punto sui cantieri condominiali", lk()),
            ("Manutenzione predittiva: sensori IoT sulle funi di trazione", lk()),
            ("Verifiche periodiche DPR 162/99: i nuovi orientamenti degli organismi notificati", lk())]
    t = "ASCENSORI OGGI - Newsletter n. 44 / novembre 2026\n\n"
    for a, l in arts:
        t += "- %s\n  %s\n\n" % (a, l)
    t += ("Hai ricevuto questa e-mail perché sei iscritto alla newsletter di Ascensori Oggi.\n"
          "Cancellati: %s\n\nAscensori Oggi - Edizioni Tecniche Lombarde S.r.l. - Via Ripamonti 89, 20141 Milano - P.IVA 07718230961\n" % unsub)
    items = "".join('<p style="margin:14px 0"><a href="%s" style="color:#c0392b;font-size:17px;font-weight:bold;text-decoration:none">%s</a></p>' % (l, html_escape(a)) for a, l in arts)
    html = """<!DOCTYPE html><html lang="it"><head><meta charset="utf-8"><title>Ascensori Oggi</title></head><body style="background:#f7f7f7;margin:0">
<div style="max-width:600px;margin:0 auto;background:#fff;font-family:Arial,sans-serif;padding:0 0 20px 0">
<div style="background:#2c3e50;color:#fff;padding:20px;font-size:24px;font-weight:bold">ASCENSORI OGGI <span style="font-weight:normal;font-size:13px">n. 44 &middot; novembre 2026</span></div>
<div style="padding:10px 24px">%s</div>
<div style="padding:10px 24px;font-size:11px;color:#888">Hai ricevuto questa e-mail perch&eacute; sei iscritto alla newsletter di Ascensori Oggi. <a href="%s">Cancellati</a><br>Ascensori Oggi &ndash; Edizioni Tecniche Lombarde S.r.l. &ndash; Via Ripamonti 89, 20141 Milano</div>
</div><img width="1" height="1" alt="" src="https://%s.r.eu-west-1.brevo.com/mk/op/%s"></body></html>""" % (items, unsub, ids.pick(r, "abcdefghijklmnopqrstuvwxyz0123456789", 8), ids.pick(r, ids.ALNUM, 40))
    lu = [("List-Unsubscribe", "<%s>, <mailto:unsubscribe@ascensorioggi.it?subject=unsubscribe>" % unsub),
          ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
          ("Precedence", "bulk")]
    return Msg("business", 20, "it", "trade-newsletter-brevo",
               frm=("Ascensori Oggi", "newsletter@ascensorioggi.it"), to=S("it_mgr"),
               subject="Ascensori Oggi n. 44: EN 81-20 aggiornata, manutenzione predittiva, verifiche DPR 162/99",
               when="2026-11-13 07:30:02", infra=I.brevo(label="Brevo (newsletter ESP)", list_headers=lu),
               body=alt(t, html, "utf-8", "quoted-printable"),
               what="Subscribed Italian trade newsletter sent through Brevo",
               why="Newsletter the office manager subscribed to; sent via Brevo with List-Unsubscribe (https + mailto) and One-Click; trade content; links only through the ESP tracker.")


def b21():
    t = """Gentile Dott. Rinaldi,

facendo seguito alla nostra telefonata di ieri, Le trasmetto in allegato la bozza del ricorso per decreto ingiuntivo nei confronti del Condominio di Viale Certosa 201 per i canoni di manutenzione non pagati (fatture 2025/311, 2025/412, 2026/118 per complessivi 14.326,40 euro oltre interessi di mora ex D.Lgs. 231/2002).

Prima del deposito telematico avrei bisogno di:
- copia del contratto di manutenzione firmato e dei rinnovi;
- estratto conto cliente aggiornato con la contabilità;
- copia dei solleciti inviati (raccomandate/PEC).

Se ritiene, possiamo sentirci giovedì per un breve confronto, anche con la Dott.ssa Gallo per la parte contabile.

Cordiali saluti

Avv. Paolo Marchetti
Studio Legale Marchetti & Associati
Via Fontana 22 - 20122 Milano
Tel. 02 5412 6630"""
    rows = [("h", "TRIBUNALE ORDINARIO DI MILANO"), ("b", "RICORSO PER DECRETO INGIUNTIVO - BOZZA"), ("sp", 6),
            "Per: Example Group Italia S.r.l. (P.IVA %s), con sede in Milano, Via Giovanni da Udine 34, rappresentata e difesa dall'Avv. Paolo Marchetti" % C.TAX["eg_it"][2:],
            "Contro: Condominio di Viale Certosa 201, Milano, in persona dell'amministratore pro tempore", ("sp", 6),
            ("b", "PREMESSO CHE"), "1) la ricorrente ha in essere con il Condominio un contratto di manutenzione degli impianti elevatori;",
            "2) il Condominio non ha corrisposto i canoni di cui alle fatture 2025/311, 2025/412 e 2026/118, per complessivi euro 14.326,40;",
            "3) nonostante i solleciti, il debito risulta tuttora insoluto;", ("sp", 6), ("b", "CHIEDE"),
            "che l'Ill.mo Tribunale voglia ingiungere al Condominio il pagamento della somma di euro 14.326,40 oltre interessi ex D.Lgs. 231/2002 e spese di procedura.",
            ("sp", 10), "Milano, __/11/2026", "Avv. Paolo Marchetti"]
    body = Multi("mixed", [alt(t, outlook_html(t, "iso-8859-1", "IT"), "iso-8859-1", "quoted-printable"),
                           pdf_att(rows, "Bozza_ricorso_DI_Condominio_Viale_Certosa_201.pdf", title="Bozza ricorso DI",
                                   author="Avv. P. Marchetti", producer="Microsoft® Word per Microsoft 365",
                                   creator="Microsoft® Word per Microsoft 365", when=T.berlin("2026-11-24 17:20"))])
    return Msg("business", 21, "it", "law-firm-draft-injunction",
               frm=("Avv. Paolo Marchetti", "p.marchetti@studiolegalemarchetti.it"), to=S("it_mgr"), cc=S("it_acc"),
               subject="Condominio Viale Certosa 201 - bozza ricorso per decreto ingiuntivo",
               when="2026-11-24 17:33:18",
               infra=I.exchange_onprem("mail.studiolegalemarchetti.it", "151.1.213.74", lang="it-IT", server="SLM-EX01",
                                       hcs=("iso-8859-1", "Q"), label="law firm's own Exchange"),
               body=body,
               what="Retained law firm sends a draft payment-injunction against a non-paying condominium",
               why="The company's known law firm on its own domain; follows a phone call; asks for contract documents, not money; PDF draft only; copies the accountant.",
               contrast="A lawyer writing to the Italian office manager like attack 21, but the retained firm, a known dispute, documents requested instead of an urgent secret payment.")


def messages():
    return [b17(), b18(), b19(), b20(), b21()]
