"""Italian genuine business messages (17-21)."""
from lib import mk, Text, Att, alt, mixed, html_part, paras, pdf_att
from mime import T, sec, h, hn, uuid, fmt, ALNUM, UPHEX
from company import st, sa, BANK, IDS
from codes import iban_fmt
from files import pdf
import infra

F = "business"
FERR_FOOT = ("F1", 7, "Ferretti Trasporti S.p.A. - Via dell'Industria 48 - 37135 Verona - P.IVA " + IDS["ferretti_piva"] +
             " - REA VR-301774 - Capitale sociale EUR 1.200.000 i.v.")


def build():
    # ------------------------------------------------------------ 17 carrier courtesy invoice copy (Aruba, Outlook)
    t = T(2026, 10, 2, 11, 40, 12, "IT")
    p = infra.aruba("b17", t, "ferretti-trasporti.it", user_ip="151.11.48.201")
    txt = """Spett.le Example Group Italia S.r.l.,

in allegato trasmettiamo copia di cortesia della fattura n. 2026/2218 del 30/09/2026 relativa ai trasporti di settembre (allestimenti Milano Design & Contract, tratte Verona-Rho Fiera e Francoforte-Rho).

L'originale in formato elettronico è stato regolarmente trasmesso tramite Sistema di Interscambio al Vostro codice destinatario.

Modalità di pagamento: bonifico bancario 30 gg d.f.
IBAN: {iban} - Intesa Sanpaolo, filiale di Verona

Cordiali saluti

Ufficio Amministrazione
Ferretti Trasporti S.p.A.
Via dell'Industria 48 - 37135 Verona
Tel. 045 820 4410
""".format(iban=iban_fmt(BANK["ferretti"]))
    inv = pdf([("F2", 14, "Ferretti Trasporti S.p.A."), "Via dell'Industria 48 - 37135 Verona", "",
               ("F2", 12, "COPIA DI CORTESIA - Fattura n. 2026/2218 del 30/09/2026"),
               "Documento privo di valenza fiscale ai sensi dell'art. 21 D.P.R. 633/72. L'originale è disponibile nell'area riservata.", "",
               "Cliente: Example Group Italia S.r.l. - Via Tortona 27 - 20144 Milano", "",
               "Descrizione                                            Imponibile",
               "Trasporto completo Verona - Rho Fiera (3 viaggi)         4.950,00",
               "Trasporto groupage Francoforte - Rho Fiera               2.780,00",
               "Soste e scarichi in fiera                                   420,00",
               "IVA 22%                                                 1.793,00",
               ("F2", 10, "Totale documento EUR                                   9.943,00"), "",
               "Pagamento: bonifico 30 gg d.f. - IBAN " + iban_fmt(BANK["ferretti"]), "", FERR_FOOT],
              title="Fattura 2026/2218", author="Ferretti Trasporti", producer="TeamSystem")
    body = mixed(Text(txt, "plain", "iso-8859-1", "quoted-printable"), pdf_att(inv, "Fattura_2026_2218_cortesia.pdf"))
    mk(F, 17, "it", "ferretti-fattura-cortesia", t=t, prof=p, order="ms", date_zone="IT",
       frm=("Ferretti Trasporti - Amministrazione", "amministrazione@ferretti-trasporti.it"), to=[st("Luca")],
       subject="Fattura n. 2026/2218 - copia di cortesia", hcs="iso-8859-1", body=body,
       hn_of=([17], "Ferretti Trasporti administration / invoices 2026/2218"),
       what="Carrier's courtesy copy of a transport invoice; the legal e-invoice went through SdI.",
       why="Real domain ferretti-trasporti.it via its usual Aruba/Outlook path; known Intesa Sanpaolo IBAN consistent with the supplier master data; PDF marked as courtesy copy; no change request.")

    # ------------------------------------------------------------ 18 urgent reminder, suspension threat (Chiara Colombo)
    t = T(2026, 11, 16, 9, 2, 47, "IT")
    p = infra.aruba("b18", t, "ferretti-trasporti.it", user_ip="151.11.48.201")
    txt = """Buongiorno dott. Esposito,

Le scrivo con urgenza perché dal nostro estratto conto risultano ancora aperte le fatture n. 2026/2218 (scaduta il 30/10) e n. 2026/2241 (scaduta il 14/11), per complessivi EUR 14.382,60.

Mi rendo conto che in questo periodo di fiere siete sotto pressione, ma la nostra direzione mi chiede di sospendere i ritiri già programmati per il 24 e 25 novembre (rientro materiali da Rho) se non riceviamo il pagamento o almeno una data certa entro venerdì 20/11.

Il pagamento va effettuato come sempre sul nostro conto Intesa Sanpaolo, le coordinate non sono cambiate. Se il bonifico è già partito, mi basta la contabile.

Per qualsiasi chiarimento mi trova al 045 820 4417.

Cordiali saluti
Chiara Colombo
Ufficio Traffico e Clienti
Ferretti Trasporti S.p.A.
"""
    body = alt(Text(txt, "plain", "windows-1252", "quoted-printable"), html_part(paras(txt), "windows-1252", lang="it"))
    mk(F, 18, "it", "ferretti-sollecito-sospensione", t=t, prof=p, order="ms", date_zone="IT",
       frm=("Chiara Colombo", "c.colombo@ferretti-trasporti.it"), to=[st("Luca")], cc=[st("Francesca")],
       subject="URGENTE - fatture scadute 2026/2218 e 2026/2241 - ritiri 24-25/11", hcs="windows-1252", body=body,
       hn_of=([17], "Same invoices, urgent payment pressure from the carrier"),
       what="The carrier's customer contact urgently chases two overdue invoices and threatens to suspend scheduled pick-ups.",
       why="Genuine sender and usual Aruba path; payment to the unchanged, known account ('coordinates have not changed'); phone number matches the supplier's; real operational pressure only.")

    # ------------------------------------------------------------ 19 freelance interpreter from libero.it
    t = T(2026, 10, 19, 21, 14, 3, "IT")
    p = infra.libero("b19", t, user_ip="79.37.162.88")
    txt = """Ciao Francesca,

ti mando in allegato la ricevuta per il servizio di interpretariato tedesco-italiano del 14 e 15 ottobre (conferenza stampa e visita delegazione Milano Design & Contract), come concordato 2 giornate a 480 euro.

È una prestazione occasionale, quindi senza IVA; la ritenuta d'acconto del 20% la versate voi. L'IBAN è quello di sempre, lo trovi anche sulla ricevuta.

Grazie ancora, è stato un piacere lavorare con voi!
Un abbraccio
Paola

Paola Greco
Interprete di conferenza DE/EN-IT
cell. 347 218 5530
"""
    rc = pdf([("F2", 13, "Paola Greco"), "Interprete di conferenza - Via Padova 112 - 20127 Milano", "C.F. GRCPLA74M52F205X", "",
              ("F2", 12, "Ricevuta per prestazione occasionale n. 14/2026"), "Milano, 19/10/2026", "",
              "Spett.le Example Group Italia S.r.l., Via Tortona 27, 20144 Milano", "",
              "Interpretariato DE-IT 14-15/10/2026 (2 giornate x 480,00)     960,00",
              "Ritenuta d'acconto 20%                                       -192,00",
              ("F2", 10, "Netto a pagare EUR                                            768,00"), "",
              "Prestazione occasionale ex art. 2222 c.c., esclusa da IVA ai sensi dell'art. 5 D.P.R. 633/72.",
              "IBAN: " + iban_fmt(BANK["paola"])],
             title="Ricevuta 14/2026", author="Paola Greco", producer="LibreOffice 7.6")
    body = mixed(Text(txt, "plain", "utf-8", "8bit"), pdf_att(rc, "Ricevuta_14_2026_Greco.pdf"))
    mk(F, 19, "it", "interprete-ricevuta-libero", t=t, prof=p, date_zone="IT",
       frm=("Paola Greco", "paola.greco74@libero.it"), to=[st("Francesca")],
       subject="Ricevuta interpretariato 14-15 ottobre", body=body,
       what="Freelance interpreter sends her receipt for two days' interpreting from her libero.it webmail.",
       why="Known freelancer using her usual consumer address via Libero's Open-Xchange webmail; amount and dates match an assignment; IBAN 'the usual one'; nothing urgent or unusual.")

    # ------------------------------------------------------------ 20 customer complaint from Ceramiche Valdarno (genuine M365 tenant)
    t = T(2026, 11, 27, 10, 22, 38, "IT")
    p = infra.m365("b20", t, "ceramichevaldarno.it", pod="FR4P281", region="DEU", org_lang="it-IT")
    p["client"] = ("DEU01-FR2-obe.outbound.protection.outlook.com",
                   "mail-fr2deu01on%d.outbound.protection.outlook.com" % hn("b20o", 2010, 2139), "40.107.135.%d" % hn("b20i", 60, 130))
    txt = """Gentile Francesca,

purtroppo devo segnalarLe alcuni problemi riscontrati allo stand C14 durante il Milano Design & Contract:

- il montaggio è stato completato solo la mattina dell'apertura alle 9:15, quindi i nostri tecnici hanno dovuto allestire i campioni con il pubblico già in fiera;
- la moquette presentava due tagli vicino al desk, che abbiamo dovuto coprire con i nostri tappeti;
- l'illuminazione aggiuntiva ordinata (6 faretti LED) non è mai stata installata.

Il nostro responsabile ha fatto alcune foto lunedì mattina, che possiamo inviarVi se utili. Vi chiediamo di verificare e di proporci uno storno per i faretti non forniti e una riduzione sul servizio di allestimento.

Restiamo comunque interessati all'edizione 2027, ma vorremmo capire come evitare che si ripeta.

Cordiali saluti

Marco Conti
Ufficio Marketing
Ceramiche Valdarno S.r.l.
Via Aretina 211 - 52025 Montevarchi (AR)
Tel. 055 981 2204
"""
    body = alt(Text(txt, "plain", "iso-8859-15", "base64"), html_part(paras(txt), "iso-8859-15", "base64", lang="it"))
    mk(F, 20, "it", "cliente-reclamo-stand", t=t, prof=p, order="ms", date_zone="IT",
       frm=("Marco Conti", "m.conti@ceramichevaldarno.it"), to=[st("Francesca")],
       subject="Reclamo stand C14 - Milano Design & Contract", hcs="iso-8859-15", body=body,
       hn_of=([21], "Same customer mailbox m.conti@ceramichevaldarno.it and tenant"),
       what="Exhibitor complaint about late stand assembly, damaged carpet and missing spotlights, asking for a credit.",
       why="Customer's real Microsoft 365 tenant, addressed directly to his account manager (not Bcc), specific event facts, asks for a credit note; no links or attachments to open.")

    # ------------------------------------------------------------ 21 subscribed newsletter via Mailchimp
    t = T(2026, 10, 29, 7, 0, 12, "IT")
    p = infra.mailchimp("b21", t)
    u, lid, e = dict(p["extra"])["X-MC-User"], h("b21l", 10), h("b21e", 10)
    mchost = p["client"][0]
    unsub = "https://fierecongressi-italia.us21.list-manage.com/unsubscribe?u=%s&id=%s&e=%s&c=%s" % (u, lid, e, h("b21c", 10))
    txt = """Fiere & Congressi Italia - Newsletter n. 42 / ottobre 2026

In questo numero:

* Calendario fieristico 2027: le date confermate a Milano, Bologna e Verona
* Fatturazione elettronica: le novità 2027 per gli organizzatori di eventi e il regime IVA dei servizi fieristici
* Sostenibilità: il nuovo protocollo per gli allestimenti riutilizzabili
* Formazione: webinar "Sicurezza nei cantieri di allestimento" - 12 novembre, ore 11:00

Leggi la newsletter completa: https://www.fierecongressi-italia.it/newsletter/42

Ricevi questa email perché sei iscritto/a alla newsletter di Fiere & Congressi Italia.
Cancella iscrizione: {unsub}
Fiere & Congressi Italia - Associazione di settore - Viale Monza 12, 20127 Milano
""".format(unsub=unsub)
    htm = """<table width="600" align="center" style="font-family:Helvetica,Arial,sans-serif;color:#202020">
<tr><td style="background:#00594f;color:#fff;padding:20px;font-size:22px">Fiere &amp; Congressi Italia<br><span style="font-size:13px">Newsletter n. 42 / ottobre 2026</span></td></tr>
<tr><td style="padding:20px;font-size:15px;line-height:1.5"><ul>
<li><b>Calendario fieristico 2027</b>: le date confermate a Milano, Bologna e Verona</li>
<li><b>Fatturazione elettronica</b>: le novità 2027 per gli organizzatori di eventi e il regime IVA dei servizi fieristici</li>
<li><b>Sostenibilità</b>: il nuovo protocollo per gli allestimenti riutilizzabili</li>
<li><b>Formazione</b>: webinar "Sicurezza nei cantieri di allestimento" - 12 novembre, ore 11:00</li></ul>
<p><a href="https://fierecongressi-italia.us21.list-manage.com/track/click?u={u}&amp;id={c}&amp;e={e}" style="color:#00594f">Leggi la newsletter completa</a></p></td></tr>
<tr><td style="padding:14px 20px;font-size:11px;color:#656565">Ricevi questa email perché sei iscritto/a alla newsletter di Fiere &amp; Congressi Italia.<br>
<a href="{unsub}">Cancella iscrizione</a> &middot; <a href="https://fierecongressi-italia.us21.list-manage.com/profile?u={u}&amp;id={lid}&amp;e={e}">Aggiorna preferenze</a><br>
Fiere &amp; Congressi Italia - Viale Monza 12, 20127 Milano</td></tr></table>
<img src="https://fierecongressi-italia.us21.list-manage.com/track/open.php?u={u}&amp;id={c}&amp;e={e}" height="1" width="1" alt="">""".format(
        u=u, c=h("b21c", 10), e=e, lid=lid, unsub=unsub.replace("&", "&amp;"))
    body = alt(Text(txt, "plain", "utf-8", "quoted-printable"), html_part(htm, "utf-8", lang="it", style="margin:0;background:#fafafa"))
    rc = sa("Francesca")
    mk(F, 21, "it", "newsletter-associazione-mailchimp", t=t, prof=p, date_zone="UTC",
       frm=("Fiere & Congressi Italia", "news@fierecongressi-italia.it"), to=[("Francesca", rc)],
       mail_from="bounce-mc.us21_%s.%s-%s=%s@%s" % (u[:8], h("b21m", 6), rc.split("@")[0], "example.com", mchost.replace("mcdlv.net", "mcsv.net")),
       sender="\"Fiere & Congressi Italia\" <news=fierecongressi-italia.it@%s>" % mchost,
       subject="Newsletter n. 42: calendario 2027, fatturazione elettronica, allestimenti sostenibili",
       extra=[("List-Unsubscribe", "<%s>, <mailto:unsubscribe-mc.us21_%s.%s@unsubscribe.mailchimpapp.net>" % (unsub, u[:8], h("b21x", 10))),
              ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
              ("List-ID", "%s mailchimp list <%s.%s.x.list-id.mcsv.net>" % (h("b21l2", 10), u, lid))],
       body=body,
       hn_of=([18], "Italian e-invoicing topic, bulk ESP sender"),
       what="Subscribed newsletter of an Italian trade-fair industry association, sent via Mailchimp.",
       why="Mailchimp infrastructure with matching list headers, List-Unsubscribe One-Click, list-manage.com tracking; informational content, no login or payment request.")
