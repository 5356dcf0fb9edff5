"""Italian-language attack messages (17-21)."""
from lib import mk, Text, Att, alt, mixed, html_part, paras, quote_block
from mime import T, sec, h, hn, uuid, fmt, ALNUM
from company import st, sa, BANK, IDS
from codes import iban_fmt
from files import zipfile_bytes
import infra

F = "attack"


def build():
    # ------------------------------------------------------------ 17 carrier IBAN change from look-alike domain
    t = T(2026, 10, 14, 11, 27, 40, "IT")
    p = infra.own_postfix("a17", t, "mail.ferretti-trasporti.com", "89.116.38.152", "ferretti-trasporti.com",
                          "185.107.56.203|unknown", mid_style="outlook", rdns="srv638214.hstgr.cloud", tzone="IT",
                          auth="amministrazione@ferretti-trasporti.com")
    txt = """Gentile dott. Esposito,

con la presente Vi informiamo che, a seguito della riorganizzazione dei rapporti bancari del nostro Gruppo, a partire dalla data odierna tutti i pagamenti a favore di Ferretti Trasporti S.p.A. dovranno essere effettuati esclusivamente sul seguente conto corrente dedicato:

Intestatario: Ferretti Trasporti S.p.A.
IBAN: {iban}
BIC: HYEEIT22XXX

Le coordinate precedenti presso Intesa Sanpaolo non sono più operative e gli eventuali bonifici verrebbero respinti con addebito delle commissioni.

Vi chiediamo pertanto di disporre sul nuovo conto il saldo delle fatture in scadenza n. 2026/2218 e n. 2026/2241 (trasporti allestimenti Milano Design & Contract), per un totale di EUR 14.382,60, entro venerdì 16 ottobre.

Per motivi organizzativi l'ufficio amministrativo è raggiungibile in questi giorni solo via e-mail. Vi preghiamo di confermarci l'avvenuto aggiornamento dell'anagrafica fornitori rispondendo a questo messaggio.

Cordiali saluti

Ufficio Amministrazione
Ferretti Trasporti S.p.A.
Via dell'Industria 48 - 37135 Verona
P.IVA {piva}
""".format(iban=iban_fmt(BANK["mule_it"]), piva=IDS["ferretti_piva"])
    body = alt(Text(txt, "plain", "iso-8859-1", "quoted-printable"), html_part(paras(txt), "iso-8859-1", lang="it"))
    mk(F, 17, "it", "carrier-iban-change-lookalike", t=t, prof=p, order="ms", date_zone="IT",
       frm=("Ferretti Trasporti - Amministrazione", "amministrazione@ferretti-trasporti.com"), to=[st("Luca")],
       reply_to=("Ferretti Trasporti - Amministrazione", "amministrazione.ferretti@libero.it"),
       subject="Variazione coordinate bancarie - Ferretti Trasporti S.p.A.", hcs="iso-8859-1", body=body,
       what="Carrier 'Ferretti Trasporti' administration announces a new 'dedicated' account and asks to pay two open invoices there by Friday.",
       why="Invoice-redirection BEC: .com look-alike of ferretti-trasporti.it on a Hostinger VPS, Reply-To to a libero.it free-mail address, old account 'no longer operative', phone contact refused, new IBAN at a different bank.")

    # ------------------------------------------------------------ 18 SDI 'scarto' phishing via Brevo
    t = T(2026, 10, 26, 9, 44, 5, "IT")
    p = infra.brevo("a18", t)
    url = "https://fattureecorrispettivi-sdi.com/portale/accesso?idfile=IT02819470234_" + h("a18f", 5, ALNUM)
    txt = """Agenzia delle Entrate - Sistema di Interscambio

Notifica di scarto

Gentile contribuente,

il file fattura IT{piva}_8kQ2e.xml relativo alla fattura n. 2026/FE/1187 del 23/10/2026, emessa nei confronti di EXAMPLE GROUP ITALIA S.R.L., è stato scartato dal Sistema di Interscambio.

Codice errore: 00404 - Fattura duplicata
Identificativo SdI: 1482239017

Ai sensi del D.P.R. 633/72 la fattura scartata si considera non emessa: in assenza di nuovo invio entro 5 giorni, il costo non potrà essere dedotto e l'IVA non potrà essere detratta.

Per consultare il dettaglio dello scarto e ritrasmettere il documento, accedi all'area riservata Fatture e Corrispettivi con SPID, CIE o CNS:

{url}

Agenzia delle Entrate
Questo è un messaggio automatico, si prega di non rispondere.
""".format(piva=IDS["ferretti_piva"], url=url)
    htm = """<div style="font-family:Titillium Web,Arial,sans-serif;max-width:600px;font-size:15px">
<div style="background:#0066cc;color:#fff;padding:14px 18px"><b>Agenzia delle Entrate</b><br><span style="font-size:13px">Fatture e Corrispettivi - Sistema di Interscambio</span></div>
<h3 style="color:#cc0000">Notifica di scarto</h3>
<p>Gentile contribuente,</p>
<p>il file fattura <b>IT{piva}_8kQ2e.xml</b> relativo alla fattura n. 2026/FE/1187 del 23/10/2026, emessa nei confronti di EXAMPLE GROUP ITALIA S.R.L., è stato <b>scartato</b> dal Sistema di Interscambio.</p>
<table style="font-size:14px;background:#f4f6f9;padding:8px"><tr><td>Codice errore:</td><td><b>00404 - Fattura duplicata</b></td></tr><tr><td>Identificativo SdI:</td><td>1482239017</td></tr></table>
<p>Ai sensi del D.P.R. 633/72 la fattura scartata si considera non emessa: in assenza di nuovo invio entro 5 giorni, il costo non potrà essere dedotto e l'IVA non potrà essere detratta.</p>
<p><a href="{url}" style="background:#0066cc;color:#fff;padding:10px 20px;text-decoration:none">Accedi con SPID o CIE</a></p>
<p style="font-size:12px;color:#666">Questo è un messaggio automatico, si prega di non rispondere.</p></div>""".format(piva=IDS["ferretti_piva"], url=url)
    body = alt(Text(txt, "plain", "utf-8", "quoted-printable"), html_part(htm, "utf-8", lang="it", style="margin:0"))
    mk(F, 18, "it", "sdi-scarto-spid-phish", t=t, prof=p, date_zone="IT",
       frm=("Agenzia delle Entrate", "notifiche@fattureecorrispettivi-sdi.com"), to=[st("Luca")],
       mail_from="bounces-%s@sender-sib.com" % h("a18b", 12),
       subject="Notifica di scarto fattura n. 2026/FE/1187 - Sistema di Interscambio", body=body,
       what="Fake Agenzia delle Entrate / SdI notice that an e-invoice was rejected (error 00404 duplicate), asking to log in with SPID/CIE.",
       why="Tax-authority credential phishing via Brevo: SdI delivers scarto receipts to the transmitter's channel (PEC/SDICoop), not as marketing e-mail; domain fattureecorrispettivi-sdi.com is not agenziaentrate.gov.it; 5-day threat; harvests SPID credentials.")

    # ------------------------------------------------------------ 19 encrypted ZIP reply from compromised print shop (Aruba)
    t = T(2026, 11, 5, 15, 9, 31, "IT")
    p = infra.aruba("a19", t, "tipografialombarda.it", user_ip="91.92.249.118")
    p["extra"] = []
    p["msgid"] = "<%s@tipografialombarda.it>" % h("a19m", 26, ALNUM)
    p["bstyle"] = "generic"
    prev = """Buongiorno Francesca,
ci confermate le 3.000 copie del catalogo espositori per la fiera? Ci servirebbe l'ok entro giovedì per rispettare i tempi di consegna.
Saluti
Roberto Galli"""
    txt = """Buongiorno,

in allegato il sollecito di pagamento e la documentazione relativa all'ordine, come da accordi telefonici.

Il file è protetto: password 7731

Restiamo in attesa di un Vostro riscontro.

Cordiali saluti
Roberto Galli
Tipografia Lombarda S.r.l.

-----Messaggio originale-----
Da: Roberto Galli
Inviato: martedì 20 ottobre 2026 10:12
A: Francesca Rinaldi
Oggetto: Preventivo stampa cataloghi

""" + prev + "\n"
    z = zipfile_bytes([("Sollecito_pagamento_2026_4471.vbs",
                        b"' inert placeholder for mail-gateway evaluation - not a script\r\n",
                        (2026, 11, 5, 14, 50, 12))], password="7731", key="a19zip")
    body = mixed(Text(txt, "plain", "windows-1252", "8bit"),
                 Att(z, "application/x-zip-compressed", "Documenti_20261105.zip"))
    mk(F, 19, "it", "encrypted-zip-sollecito-hijack", t=t, prof=p, date_zone="IT",
       frm=("Roberto Galli", "r.galli@tipografialombarda.it"), to=[st("Francesca")],
       subject="R: Preventivo stampa cataloghi", hcs="windows-1252", body=body,
       what="Reply to an old quotation thread from a print shop's real Aruba mailbox: 'payment reminder' as a password-protected ZIP (password 7731).",
       why="Thread-hijack malware delivery from a compromised mailbox (Aruba authenticated session from a bulletproof-hosting IP, no mail client header): generic text unrelated to the quoted thread, encrypted archive with password in body, VBScript disguised as a document.")

    # ------------------------------------------------------------ 20 BRT courier 'giacenza' phishing from hacked WordPress
    t = T(2026, 11, 20, 12, 31, 3, "IT")
    p = infra.own_postfix("a20", t, "vps-wp7.serverplan.it", "185.81.5.17", "brt-assistenza.it",
                          "127.0.0.1|localhost", mid_style="php", rdns="host17-5-81-185.serverplan.it", tzone="IT",
                          helo="vps-wp7.serverplan.it")
    url = "https://brt-riconsegna.info/it/spedizione/057312884102?k=" + h("a20k", 8)
    txt = """BRT - Avviso di giacenza

Gentile cliente,

la spedizione n. 057 312 884 102 (2 colli, 38 kg - mittente: Allestimenti Fiera Milano) non è stata consegnata per indirizzo incompleto (manca il numero civico / riferimento stand).

La merce è in giacenza presso la filiale di Milano Rho. Per programmare una nuova consegna entro 48 ore è necessario confermare l'indirizzo e versare il contributo di riconsegna di 1,99 EUR.

Gestisci la tua spedizione: {url}

Trascorsi 5 giorni lavorativi la spedizione verrà restituita al mittente con addebito delle spese.

BRT S.p.A.
""".format(url=url)
    htm = """<div style="font-family:Arial,sans-serif;max-width:560px;font-size:14px">
<div style="background:#d50c2f;color:#fff;padding:12px 16px;font-size:20px"><b>BRT</b> &nbsp;Avviso di giacenza</div>
<p>Gentile cliente,</p>
<p>la spedizione n. <b>057 312 884 102</b> (2 colli, 38 kg - mittente: Allestimenti Fiera Milano) non è stata consegnata per <b>indirizzo incompleto</b> (manca il numero civico / riferimento stand).</p>
<p>La merce è in giacenza presso la filiale di Milano Rho. Per programmare una nuova consegna entro 48 ore è necessario confermare l'indirizzo e versare il contributo di riconsegna di <b>1,99&nbsp;€</b>.</p>
<p><a href="{url}" style="background:#d50c2f;color:#fff;padding:10px 18px;text-decoration:none">Gestisci la tua spedizione</a></p>
<p style="font-size:12px;color:#666">Trascorsi 5 giorni lavorativi la spedizione verrà restituita al mittente con addebito delle spese.</p></div>""".format(url=url)
    body = alt(Text(txt, "plain", "utf-8", "base64"), html_part(htm, "utf-8", "base64", lang="it", style="margin:0"))
    mk(F, 20, "it", "brt-giacenza-card-phish", t=t, prof=p, date_zone="IT",
       frm=("BRT Servizio Clienti", "noreply@brt-assistenza.it"), to=[st("Francesca")],
       mail_from="www-data@vps-wp7.serverplan.it",
       subject="Spedizione 057312884102 in giacenza - indirizzo incompleto", body=body,
       what="Courier 'BRT' undeliverable-parcel notice for exhibition material; asks to confirm address and pay a EUR 1.99 redelivery fee.",
       why="Courier card-phishing: sent by PHPMailer from a hacked web server (envelope www-data@...), look-alike domains brt-assistenza.it / brt-riconsegna.info, micro-payment lure to steal card data and 3-D Secure codes.")

    # ------------------------------------------------------------ 21 compromised customer mailbox (genuine M365 tenant), fake SharePoint
    t = T(2026, 12, 9, 17, 48, 22, "IT")
    p = infra.m365("a21", t, "ceramichevaldarno.it", pod="FR4P281", region="DEU", org_lang="it-IT",
                   outbound_ip="40.107.135.%d" % 94)
    p["client"] = ("DEU01-FR2-obe.outbound.protection.outlook.com",
                   "mail-fr2deu01on2094.outbound.protection.outlook.com", "40.107.135.94")
    url = "https://ceramichevaldarno-my.sharepoint-condivisi.com/:b:/g/personal/m_conti/EaQ2v" + h("a21u", 18, ALNUM)
    txt = """Marco Conti ha condiviso un file con te

Buonasera,
come anticipato, Vi inoltro la planimetria aggiornata dello stand C14 con le modifiche all'impianto elettrico e la richiesta di allestimento aggiuntivo. Vi chiedo cortesemente di visionarla e darmi conferma entro domani.

Planimetria_stand_C14_rev3.pdf

Apri: {url}

Questo collegamento funziona solo per i destinatari diretti di questo messaggio.

Marco Conti
Ufficio Marketing - Ceramiche Valdarno S.r.l.
""".format(url=url)
    htm = """<table width="520" style="font-family:Segoe UI,Arial,sans-serif;font-size:14px;border:1px solid #e1e1e1"><tr><td style="padding:24px">
<p style="font-size:20px">Marco Conti ha condiviso un file con te</p>
<p>Buonasera,<br>come anticipato, Vi inoltro la planimetria aggiornata dello stand C14 con le modifiche all'impianto elettrico e la richiesta di allestimento aggiuntivo. Vi chiedo cortesemente di visionarla e darmi conferma entro domani.</p>
<p style="border:1px solid #ddd;padding:10px">&#128196; <b>Planimetria_stand_C14_rev3.pdf</b></p>
<p><a href="{url}" style="background:#0f6cbd;color:#fff;padding:8px 20px;text-decoration:none">Apri</a></p>
<p style="font-size:11px;color:#666">Questo collegamento funziona solo per i destinatari diretti di questo messaggio.</p>
<p style="font-size:11px;color:#666">Informativa sulla privacy di Microsoft</p></td></tr></table>""".format(url=url)
    body = alt(Text(txt, "plain", "iso-8859-15", "quoted-printable"), html_part(htm, "iso-8859-15", lang="it"))
    mk(F, 21, "it", "compromised-customer-fake-sharepoint", t=t, prof=p, order="ms", date_zone="IT",
       frm=("Marco Conti", "m.conti@ceramichevaldarno.it"), to=[("Marco Conti", "m.conti@ceramichevaldarno.it")],
       rcpt=sa("Francesca"), subject="Marco Conti ha condiviso \"Planimetria_stand_C14_rev3\"", hcs="iso-8859-15",
       body=body,
       what="'File shared' notice sent from the real Microsoft 365 mailbox of the customer contact Marco Conti (recipient only in Bcc) pointing to a 'SharePoint' link.",
       why="Compromised partner mailbox used for AiTM phishing: genuine tenant, but addressed To the sender himself with victims in Bcc, hand-written imitation of a SharePoint notification, link host sharepoint-condivisi.com is not sharepoint.com. Compare genuine complaint business/20 from the same mailbox.")
