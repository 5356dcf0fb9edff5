"""Genuine business messages 17-21 (Italian)."""

import infra as I
import data as D
import checks as C
from compose import Mail, alt, text, html, mixed, att_pdf
from mime import Multi
from world import S

MAILS = []
FER_PIVA = C.it_piva("0281774016")
EGI_PIVA = C.it_piva("1093347096")


def add(**kw):
    MAILS.append(Mail(lang="it", folder="business", **kw))


def fer_invoice(num, date, rows, total):
    lines = [("FERRETTI TRASPORTI S.p.A.", 15, True),
             "Via dell'Industria 44 - 24040 Ciserano (BG) - P.IVA " + FER_PIVA, "",
             "Spett.le Example Group Italia S.r.l. - Via Gallarate 205 - 20151 Milano - P.IVA " + EGI_PIVA, "",
             ("Fattura n. %s del %s" % (num, date), 12, True), ""]
    lines += rows
    lines += ["", ("Totale documento EUR %s" % total, 10, True),
              "Operazione non imponibile art. 9, c. 1, n. 2 DPR 633/72 (trasporto internazionale)", "",
              "Pagamento: bonifico 30 gg d.f.", "Banco BPM - IBAN " + D.fmt(D.FER_IBAN), "",
              ("Copia di cortesia - l'originale è trasmesso tramite SdI", 8, False)]
    return lines


# 17 ------------------------------------------------------------------------
add(n=17, slug="carrier-october-invoices-thread-start",
    via=I.aruba, via_kw=dict(client_name="[192.168.10.37]", client_ip="93.62.104.18"),
    frm=("Chiara Colombo", "c.colombo@ferretti-trasporti.it"), to=[("Francesca Galli", "francesca.galli@examplegroup.eu")],
    subject="Fatture ottobre – trasporti Milano/Hannover", date=(2026, 10, 30, 16, 2, 7), zone="IT",
    msgid="<2f6b8c1d-3a9e-4d7f-b1c5-8e0a4d2f6c93@ferretti-trasporti.it>",
    body=mixed(text("""Buonasera Francesca,

in allegato le copie di cortesia delle fatture di ottobre per i trasporti Milano–Hannover (bare e urne, 3 viaggi); gli originali vi arrivano come sempre tramite SdI.

Fattura 1187/26 – viaggi del 6 e del 13 ottobre – € 6.954,20
Fattura 1203/26 – viaggio del 27 ottobre con rientro urne – € 7.432,20

Mi confermi la data di pagamento? Le coordinate sono quelle di sempre (Banco BPM).

Grazie e buon fine settimana,
Chiara

-- 
Chiara Colombo
Ufficio Amministrazione e Traffico
Ferretti Trasporti S.p.A.
Via dell'Industria 44 – 24040 Ciserano (BG)
Tel. +39 035 884 1120""", cs="utf-8", cte="quoted-printable"),
               att_pdf("Fattura_1187_26.pdf", fer_invoice("1187/26", "16/10/2026", [
                   "Trasporto Milano - Hannover del 06/10/2026, bilico centinato      3.477,10",
                   "Trasporto Milano - Hannover del 13/10/2026, bilico centinato      3.477,10"], "6.954,20"),
                   title="Fattura 1187/26", producer="TeamSystem Enterprise", creator="TeamSystem",
                   date="D:20261016120000+02'00'"),
               att_pdf("Fattura_1203_26.pdf", fer_invoice("1203/26", "29/10/2026", [
                   "Trasporto Milano - Hannover del 27/10/2026 con rientro urne       7.432,20"], "7.432,20"),
                   title="Fattura 1203/26", producer="TeamSystem Enterprise", creator="TeamSystem",
                   date="D:20261029120000+01'00'")),
    what="Genuine carrier e-mail with courtesy copies of two invoices; the real start of the thread later hijacked in "
         "attack 17",
    why="Ferretti's real Aruba mailbox from its usual office IP, invoices with the long-known Banco BPM IBAN and the "
        "correct VAT treatment, originals via SdI; asks only for the payment date.",
    hn=([17], "carrier invoices / payment run in the same thread"))

# 18 ------------------------------------------------------------------------
fe_html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
<body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
<table width="600"><tr><td style="background:#e2001a;color:#fff;padding:12px 18px;font-size:18px">Aruba Fatturazione Elettronica</td></tr>
<tr><td style="padding:18px">
<p>Gentile Cliente,</p>
<p>ti informiamo che è stata ricevuta una nuova fattura elettronica tramite il Sistema di Interscambio.</p>
<table cellpadding="4"><tr><td>Cedente/Prestatore:</td><td><b>FERRETTI TRASPORTI S.P.A.</b> (P.IVA %s)</td></tr>
<tr><td>Numero fattura:</td><td>1203/26</td></tr><tr><td>Data fattura:</td><td>29/10/2026</td></tr>
<tr><td>Identificativo SdI:</td><td>14872203917</td></tr></table>
<p>Puoi visualizzare e scaricare la fattura accedendo al tuo pannello di Fatturazione Elettronica:<br>
<a href="https://fatturazioneelettronica.aruba.it">https://fatturazioneelettronica.aruba.it</a></p>
<p style="font-size:12px;color:#777">Questa è una comunicazione automatica, non rispondere a questo messaggio.<br>Aruba S.p.A. - Via San Clemente 53 - 24036 Ponte San Pietro (BG) - P.IVA 01573850516</p>
</td></tr></table></body></html>
""" % FER_PIVA
add(n=18, slug="e-invoice-received-notification",
    via=I.aruba_fe, frm=("Aruba Fatturazione Elettronica", "noreply@fatturazioneelettronica.aruba.it"),
    to=[("Francesca Galli", "francesca.galli@examplegroup.eu")], hcs="UTF-8", henc="Q",
    subject="Nuova fattura ricevuta da FERRETTI TRASPORTI S.P.A. - n. 1203/26", date=(2026, 10, 30, 6, 12, 44), zone="IT",
    body=Multi("alternative", [text("""Gentile Cliente,

ti informiamo che è stata ricevuta una nuova fattura elettronica tramite il Sistema di Interscambio.

Cedente/Prestatore: FERRETTI TRASPORTI S.P.A. (P.IVA %s)
Numero fattura: 1203/26
Data fattura: 29/10/2026
Identificativo SdI: 14872203917

Puoi visualizzare e scaricare la fattura accedendo al tuo pannello di Fatturazione Elettronica: https://fatturazioneelettronica.aruba.it

Questa è una comunicazione automatica, non rispondere a questo messaggio.""" % FER_PIVA, cs="UTF-8", cte="base64"),
                               html(fe_html, cs="UTF-8", cte="base64")], None),
    what="Genuine e-invoicing service notification: a new electronic invoice received through SdI",
    why="Sent by the company's e-invoicing provider from Aruba's own relays, no attachment and no credentials requested, "
        "single link to the provider's known panel; data consistent with the carrier's invoice.",
    hn=([18], "official / fiscal notification (Italian tax & e-invoicing)"))

# 19 ------------------------------------------------------------------------
add(n=19, slug="christmas-vouchers-internal",
    via=I.internal, via_kw=dict(server="EXMBX02", client_ip="10.20.41.22"),
    frm=S("it_mgr"), to=[("Personale Milano", "milano-staff@example.com")], rcpt="milano-staff@example.com",
    hcs="iso-8859-15", henc="Q", subject="Buoni regalo di Natale per il personale", date=(2026, 12, 9, 11, 30, 0), zone="IT",
    body=alt("""Care colleghe, cari colleghi,

anche quest'anno l'azienda riconosce a ciascun dipendente un buono regalo di Natale da 100 €. Il buono sarà caricato entro il 18 dicembre direttamente sulla vostra card welfare Edenred, come l'anno scorso; i colleghi del servizio notturno e gli autisti lo riceveranno insieme agli altri.

Nessuno deve acquistare buoni o anticipare denaro: l'ordine è stato fatto dall'Ufficio Acquisti di Hannover con l'ordine BE-2026-5120. Se qualcuno vi chiede per e-mail o per telefono di comprare carte regalo a nome mio o dell'azienda, non fatelo e avvisate subito me o l'IT.

Grazie a tutti per l'impegno di quest'anno.

Alessandro Ricci
Responsabile sede di Milano
Example Group Italia S.r.l.""", cs="iso-8859-15", cte="quoted-printable", style="outlook", lang="IT"),
    what="Genuine internal message from the Milan office manager about Christmas vouchers loaded on the staff welfare card",
    why="Internal Exchange/relay path, sent to the office distribution list, vouchers bought through procurement with a "
        "PO, explicitly nobody has to buy cards; even warns about gift-card scams.",
    hn=([19], "gift cards / vouchers for staff at Christmas"))

# 20 ------------------------------------------------------------------------
add(n=20, slug="customer-complaint-late-ashes",
    via=I.libero, via_kw=dict(client_ip="2.36.188.74"),
    frm=("Marco Rossi", "onoranzerossi@libero.it"), to=[S("it_sales")], hcs="UTF-8", henc="B",
    subject="Ritardo consegna ceneri – pratica Bonetti", date=(2026, 11, 18, 17, 55, 21), zone="IT",
    body=alt("""Buonasera Roberta,

vi scrivo perché non sono per niente contento. Per la pratica Bonetti Luigi (cremazione del 12/11) ci avevate garantito la consegna dell'urna entro venerdì 13, e ad oggi non è ancora arrivata. La famiglia ha già fissato la tumulazione nel cimitero di Treviglio per sabato 21 alle 10 e mi chiama tutti i giorni.

Vi chiedo di confermarmi entro domani mattina la data di consegna e se serve mando io un mio autista a Milano a ritirarla. Se la cosa si ripete dovrò valutare un altro crematorio per le prossime pratiche.

Marco Rossi
Onoranze Funebri Rossi
Caravaggio (BG)
Tel. 0363 51 877 – cell. 338 555 0192""", cs="UTF-8", cte="quoted-printable", style="web"),
    what="Genuine complaint of a funeral-director customer about a late urn delivery",
    why="Known customer's long-used libero.it mailbox, concrete case reference, angry tone but no link, no attachment, "
        "no payment or credential request.",
    hn=([30], "customer complaint about ashes/urn"))

# 21 ------------------------------------------------------------------------
add(n=21, slug="supplier-order-confirmation",
    via=I.hosted_outlook, via_kw=dict(helo="mail.marmibertolini.it", ip="151.1.212.45", client_name="[192.168.1.25]",
                                      client_ip="151.38.66.201", by="mail.marmibertolini.it", lang="it"),
    frm=("Marmi Bertolini - Ufficio Ordini", "ordini@marmibertolini.it"), to=[S("it_sales")], hcs="windows-1252",
    henc="Q", addr_quote=True, subject="Conferma d'ordine n. OV-26/0934 – urne in marmo", date=(2026, 11, 5, 9, 12, 30),
    zone="IT",
    body=mixed(alt("""Gentile Sig.ra Conti,

con la presente confermiamo il Vostro ordine n. 4500-IT-0771 del 03/11/2026, che abbiamo registrato con il nostro numero OV-26/0934 (conferma in allegato).

Consegna prevista: settimana 48, franco Vostro magazzino di Milano.
Pagamento: come da accordi quadro, bonifico a 60 giorni data fattura.

Restiamo a disposizione per qualsiasi chiarimento.

Cordiali saluti

Ufficio Ordini
Marmi Bertolini S.r.l.
Via Carriona 211 – 54033 Carrara (MS)""", cs="windows-1252", cte="quoted-printable", style="outlook", lang="IT"),
               att_pdf("Conferma_ordine_OV-26-0934.pdf", [
                   ("MARMI BERTOLINI S.r.l.", 15, True), "Via Carriona 211 - 54033 Carrara (MS)", "",
                   ("Conferma d'ordine OV-26/0934", 12, True), "Vs. ordine 4500-IT-0771 del 03/11/2026", "",
                   "20 pz  Urna cineraria marmo bianco Carrara, mod. Classica 3,5 l      EUR 2.980,00",
                   "10 pz  Urna cineraria marmo Bardiglio, mod. Ovale 3,2 l              EUR 1.690,00",
                   "Imballo e trasporto                                                 EUR   120,00",
                   ("Imponibile EUR 4.790,00 - IVA 22% EUR 1.053,80 - Totale EUR 5.843,80", 10, True), "",
                   "Consegna: settimana 48 - Pagamento: bonifico 60 gg d.f."],
                   title="Conferma d'ordine", producer="Microsoft\xae Word 2016", creator="Microsoft\xae Word 2016",
                   date="D:20261105090500+01'00'")),
    what="Genuine order confirmation from the marble urn supplier",
    why="Supplier's own mail server and domain, refers to our purchase order number, standard payment terms, no bank "
        "details to change, ordinary PDF.")
