"""Attack messages, Italian (5)."""
import infra as I
import kit as K
import facts as F
from checks import iban_fmt
from company import S

TB_UA = "Mozilla Thunderbird"
TB128 = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.4.2"


def M(**kw):
    kw.setdefault("lang", "it")
    return kw


def a17():
    text = """Gentile dott.ssa Lombardi,

con la presente Vi comunichiamo che, a seguito della riorganizzazione dei rapporti bancari della nostra società, dal 1° novembre 2026 il conto corrente in essere presso Intesa Sanpaolo non è più abilitato agli incassi.

Vi preghiamo pertanto di aggiornare la Vostra anagrafica fornitori e di effettuare tutti i pagamenti, compresi quelli relativi alle fatture già emesse e non ancora saldate, sulle seguenti nuove coordinate:

Beneficiario: Ferretti Trasporti S.p.A.
IBAN: %s

In particolare Vi chiediamo di disporre entro venerdì il bonifico delle fatture n. 2026/1184 del 30/09/2026 (€ 6.840,00) e n. 2026/1207 del 15/10/2026 (€ 4.215,50), già scadute.

In allegato la comunicazione ufficiale su carta intestata. Vi saremmo grati se poteste confermarci l'avvenuto aggiornamento rispondendo a questa e-mail.

Cordiali saluti

Chiara Colombo
Ufficio Amministrazione
Ferretti Trasporti S.p.A.
Via dell'Industria 27 - 24044 Dalmine (BG)
Tel. +39 035 563 7710
P.IVA %s
""" % (iban_fmt(F.MULE_IT), F.FERRETTI_PIVA)
    pdf = K.pdf_att("Comunicazione_variazione_coordinate_bancarie.pdf", [
        "# FERRETTI TRASPORTI S.p.A.", "Via dell'Industria 27 - 24044 Dalmine (BG) - P.IVA " + F.FERRETTI_PIVA, "---", "",
        "Spett.le Example Group Italia S.r.l.", "Via Gallarate 184", "20151 Milano", "", "Dalmine, 02/11/2026", "",
        "## Oggetto: comunicazione variazione coordinate bancarie", "",
        "Con la presente Vi informiamo che, con decorrenza immediata, tutti i pagamenti a nostro favore",
        "dovranno essere effettuati esclusivamente sul seguente conto corrente:", "",
        "Beneficiario: Ferretti Trasporti S.p.A.", "IBAN: " + iban_fmt(F.MULE_IT), "",
        "Le precedenti coordinate non sono più valide.", "", "Distinti saluti", "", "Ferretti Trasporti S.p.A.", "L'Amministratore Delegato",
    ], title="Variazione IBAN", producer="PDF24 Creator 11.19", creator="PDF24 Creator", created="D:20261102165530+01'00'")
    return M(
        slug="ferretti-variazione-iban-lookalike",
        what="Carrier bank-detail change: 'Chiara Colombo, Ferretti Trasporti' announces a new IBAN and asks to pay two overdue invoices there (PDF letter).",
        why="Sender domain ferretti-transporti.it is a look-alike of the real ferretti-trasporti.it (transporti/trasporti), sent from a Contabo VPS with a forged Thunderbird user agent; new IBAN at an e-money institution, overdue-invoice pressure, confirmation by e-mail only. Carrier-impersonation BEC.",
        to=S["itacc"], frm=("Chiara Colombo", "c.colombo@ferretti-transporti.it"),
        subject="Comunicazione variazione coordinate bancarie", hcs="iso-8859-15", henc="Q",
        when=(11, 3, 11, 14), zone="IT",
        infra=lambda c: I.vps_postfix(c, "mail.ferretti-transporti.it", "vmi2215874.contaboserver.net", "161.97.139.78", mua="thunderbird", ua=TB128),
        body=K.mixed(K.alt(text, "iso-8859-15", "quoted-printable", "thunderbird", "it", label="ISO-8859-15", quote_cs=False), pdf),
    )


def a18():
    piva = F.EXAMPLE_IT_PIVA
    text = """Gentile contribuente,

il Sistema di Interscambio (SdI) ha scartato il file fattura **IT%s_a3K9Q.xml** trasmesso in data 05/11/2026 per la seguente motivazione:

Codice errore 00404 - Fattura duplicata
Numero fattura: 2026/IT-0947 del 04/11/2026
Cessionario/committente: Edilcantieri Brianza S.r.l.

Ai sensi della normativa vigente, la fattura scartata si considera non emessa. Per evitare l'applicazione delle sanzioni per omessa fatturazione è necessario verificare il documento e procedere alla ritrasmissione entro 5 giorni dalla data della presente notifica.

[[!Accedi a Fatture e Corrispettivi|https://ivaservizi-agenziaentrate.fatture-sdi.it/portale/web/guest?pi=%s&id=a3K9Q]]

L'accesso è consentito con SPID, CIE o CNS.

Agenzia delle Entrate
Fatture e Corrispettivi - Servizio notifiche
Messaggio generato automaticamente, si prega di non rispondere.
""" % (piva, piva)
    return M(
        slug="sdi-notifica-scarto-spid-phish",
        what="Fake Agenzia delle Entrate / SdI rejection notice for an e-invoice, with a link to 'Fatture e Corrispettivi' requiring SPID login.",
        why="Bulk-sent via Brevo from fattureecorrispettivi-ade.it (not agenziaentrate.gov.it); SdI rejection notices are delivered to the transmitting channel/intermediary, not by marketing e-mail; the link goes to ivaservizi-agenziaentrate.fatture-sdi.it, a look-alike capturing SPID credentials. Tax e-invoicing credential phishing.",
        to=S["itacc"], frm=("Agenzia delle Entrate - Fatture e Corrispettivi", "notifiche@fattureecorrispettivi-ade.it"),
        subject="Notifica di scarto fattura elettronica n. 2026/IT-0947 - codice errore 00404",
        when=(11, 6, 8, 5), zone="IT",
        infra=lambda c: I.brevo(c, campaign=False),
        body=K.alt(text, "utf-8", "quoted-printable", "mail", "it", title="Fatture e Corrispettivi",
                   button="display:inline-block;padding:10px 20px;background:#0066cc;color:#fff;text-decoration:none;font-weight:bold"),
    )


def a19():
    text = """Gentile Cliente,

la casella di Posta Elettronica Certificata **examplegroupitalia@pec.it** scadrà il giorno **14/11/2026**.

Dopo la scadenza la casella sarà sospesa: non potrai più inviare né ricevere PEC e i messaggi in arrivo saranno respinti al mittente, con conseguente perdita del valore legale delle comunicazioni (notifiche, fatture, atti).

Per evitare la sospensione rinnova ora il servizio per 1 anno al costo di € 9,90 + IVA:

[[!RINNOVA ORA|https://rinnovo-pec.aruba-servizi.online/pec/rinnovo?casella=examplegroupitalia%40pec.it]]

Il rinnovo è immediato e mantiene invariati indirizzo, password e messaggi archiviati.

Cordiali saluti,
Aruba PEC S.p.A.
Servizio Clienti
"""
    return M(
        slug="pec-scadenza-rinnovo-phish",
        what="Fake Aruba PEC renewal: the certified-mail box 'expires on 14/11/2026', renew for EUR 9.90 via link.",
        why="Sent by a PHP script on a compromised hotel website (shared cPanel host) with 'Aruba PEC' as display name; the link goes to rinnovo-pec.aruba-servizi.online (not aruba.it) to harvest card data and PEC credentials. Common Italian lure; compare the genuine Aruba reminder in business/.",
        to=S["itmgr"], frm=("Aruba PEC", "noreply@hotelbelvedere-garda.it"),
        subject="La casella PEC examplegroupitalia@pec.it scade il 14/11/2026 - rinnova ora",
        when=(11, 9, 6, 48), zone="IT",
        infra=lambda c: I.exim_cpanel(c, "hosting27.serverplan-web.it", "185.81.0.127", php=True, script="belvedere"),
        envelope="belvedere@hosting27.serverplan-web.it",
        body=K.alt(text, "utf-8", "base64", "mail", "it", title="Aruba PEC",
                   button="display:inline-block;padding:12px 30px;background:#ef7d00;color:#fff;text-decoration:none;font-weight:bold"),
    )


def a20():
    svg = """<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="620" height="420" viewBox="0 0 620 420">
  <rect width="620" height="420" fill="#f4f6f8"/>
  <rect x="30" y="30" width="560" height="360" fill="#ffffff" stroke="#c8ccd0"/>
  <rect x="30" y="30" width="560" height="56" fill="#0b5d2a"/>
  <text x="50" y="66" font-family="Arial" font-size="20" fill="#ffffff">Contabile di bonifico SEPA</text>
  <text x="50" y="130" font-family="Arial" font-size="14" fill="#333">Ordinante: Studio Marelli - Contabilità</text>
  <text x="50" y="156" font-family="Arial" font-size="14" fill="#333">Beneficiario: Example Group Italia S.r.l.</text>
  <text x="50" y="182" font-family="Arial" font-size="14" fill="#333">Importo: EUR 8.412,60 - Causale: saldo fatt. 2026/IT-0912</text>
  <rect x="50" y="210" width="520" height="80" fill="#eef1f4"/>
  <text x="70" y="245" font-family="Arial" font-size="13" fill="#666">Documento protetto. Per visualizzare la contabile completa</text>
  <text x="70" y="268" font-family="Arial" font-size="13" fill="#666">accedi con l'account di posta del destinatario.</text>
  <a xlink:href="https://contabile-bonifico.sharedocs-it.com/view/?r=francesca.lombardi%40example.com&amp;d=0912" target="_blank">
    <rect x="210" y="312" width="200" height="44" rx="4" fill="#0b5d2a"/>
    <text x="310" y="340" font-family="Arial" font-size="15" fill="#ffffff" text-anchor="middle">VISUALIZZA</text>
  </a>
</svg>
"""
    text = """Buongiorno,

in allegato la contabile del bonifico disposto oggi a saldo della Vostra fattura 2026/IT-0912.

Cordiali saluti
Rag. Sonia Marelli
Studio Marelli - Contabilità
"""
    return M(
        slug="svg-contabile-bonifico-libero",
        what="'Payment receipt' SVG attachment from an accounting office's Libero mailbox; the SVG shows a fake bank receipt with a 'VISUALIZZA' button.",
        why="Compromised consumer Libero account with no prior relation; SVG image used as a carrier to get a link past attachment filters; the button leads to contabile-bonifico.sharedocs-it.com with the victim's address prefilled (credential harvesting). No script in the SVG here.",
        to=S["itacc"], frm=("Studio Marelli - Contabilità", "studiomarelli.contabilita@libero.it"),
        subject="Contabile bonifico - saldo fatt. 2026/IT-0912",
        when=(11, 19, 12, 33), zone="IT",
        infra=lambda c: I.libero(c),
        body=K.mixed(K.alt(text, "utf-8", "quoted-printable", "mail", "it", title=""),
                     K.att(svg, "image/svg+xml", "Contabile_bonifico_0912.svg")),
    )


def a21():
    text = """Ciao Alessandro,

sei in ufficio adesso? Ho bisogno che tu mi faccia un favore con discrezione.

Vorrei fare una sorpresa di Natale ai capisquadra dei cantieri italiani e mi servono 12 buoni regalo Amazon da 100 € ciascuno. Puoi acquistarli oggi stesso (online o in un punto vendita) e mandarmi qui le foto dei codici sul retro? Ti faccio rimborsare tutto con la prossima nota spese.

Sono in riunione con il consiglio per tutto il giorno, quindi scrivimi solo qui. Non dire niente agli altri, deve essere una sorpresa.

Grazie,
Klaus

Inviato da iPhone
"""
    return M(
        slug="ceo-buoni-regalo-amazon",
        what="Gift-card fraud: 'Klaus' (the CEO) asks the Italian office manager from a Gmail/iPhone account to buy 12 Amazon gift cards and send photos of the codes.",
        why="CEO display name on a free Gmail address never used before, secrecy ('deve essere una sorpresa'), unreachable in meetings, gift-card codes as payment - classic gift-card BEC; the CEO would not write Italian from a personal address.",
        to=S["itmgr"], frm=("Klaus Wagner", "klaus.wagner.examplegroup@gmail.com"),
        subject="Richiesta riservata",
        when=(12, 9, 10, 21), zone="IT",
        infra=lambda c: I.gmail(c, ios=True),
        body=K.plain(text, "utf-8", "quoted-printable", quote_cs=False, label="utf-8"),
    )


def build():
    return [a17(), a18(), a19(), a20(), a21()]
