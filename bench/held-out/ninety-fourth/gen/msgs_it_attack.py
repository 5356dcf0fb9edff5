"""Attack messages 17-21 (Italian)."""

import infra as I
import data as D
import checks as C
from compose import Mail, alt, text, html, mixed, att_pdf, att_zip
from mime import Multi
from world import S

MAILS = []


def add(**kw):
    MAILS.append(Mail(lang="it", folder="attack", **kw))


# 17 ------------------------------------------------------------------------
prev = "<5d0c9b2e8f7a4c1e9b3d6a2f0e4c7b18@EXMBX02.corp.example.com>"
first = "<2f6b8c1d-3a9e-4d7f-b1c5-8e0a4d2f6c93@ferretti-trasporti.it>"
add(n=17, slug="thread-hijack-carrier-iban",
    via=I.aruba, via_kw=dict(client_name="[192.168.10.37]", client_ip="5.157.99.214",
                             ua="Mozilla Thunderbird"),
    frm=("Chiara Colombo", "c.colombo@ferretti-trasporti.it"), to=[S("it_acc")],
    reply_to=("Chiara Colombo", "c.colombo@ferretti-trasportispa.it"),
    subject="Re: Fatture ottobre – trasporti Milano/Hannover", date=(2026, 11, 4, 8, 57, 21), zone="IT",
    irt=prev, refs=first + " " + prev,
    body=mixed(text("""Buongiorno Francesca,

grazie mille per la conferma.

Ti informo che, a seguito di una verifica fiscale in corso sulla nostra capogruppo, il conto presso Banco BPM è temporaneamente vincolato e fino alla chiusura della pratica non possiamo ricevere bonifici. Per non bloccare i pagamenti ad autisti e fornitori, l'amministrazione ci ha chiesto di far confluire gli incassi sul conto di appoggio della società:

Intestatario: Ferretti Trasporti S.p.A.
IBAN: %s
BIC: TRWIBEB1XXX (Wise Europe SA)

Ti chiedo quindi di disporre la distinta del 10 novembre (fatture 1187/26 e 1203/26, totale € 14.386,40) su queste coordinate. In allegato trovi la comunicazione firmata dal nostro amministratore delegato.

In questi giorni sono quasi sempre in giro per i depositi, per qualsiasi cosa rispondi pure a questa mail.

Grazie e buona giornata,
Chiara

-- 
Chiara Colombo
Ufficio Amministrazione e Traffico
Ferretti Trasporti S.p.A.
Via dell'Industria 44 – 24040 Ciserano (BG)
Tel. +39 035 884 1120

Il 02/11/2026 10:14, Francesca Galli ha scritto:
> Buongiorno Chiara,
>
> vi confermo che le fatture n. 1187/26 e 1203/26 sono state registrate e
> andranno in pagamento con la distinta del 10 novembre, come da scadenza a
> 30 giorni.
>
> Cordiali saluti
>
> Francesca Galli
> Amministrazione – Example Group Italia S.r.l.
>
> -----Messaggio originale-----
> Da: Chiara Colombo <c.colombo@ferretti-trasporti.it>
> Inviato: venerdì 30 ottobre 2026 16:02
> A: Francesca Galli <francesca.galli@examplegroup.eu>
> Oggetto: Fatture ottobre – trasporti Milano/Hannover
>
> Buonasera Francesca,
> in allegato le fatture di ottobre per i trasporti Milano–Hannover
> (bare e urne, 3 viaggi). Mi confermi la data di pagamento?
> Grazie, Chiara""" % D.fmt(D.FER_FAKE), cs="utf-8", cte="8bit"),
               att_pdf("Comunicazione_variazione_coordinate_bancarie.pdf", [
                   ("FERRETTI TRASPORTI S.p.A.", 15, True), "Via dell'Industria 44 - 24040 Ciserano (BG) - P.IVA " + C.it_piva("0281774016") + "", "",
                   "Spett.le Example Group Italia S.r.l.", "Ufficio Amministrazione", "",
                   ("Oggetto: comunicazione temporanea coordinate bancarie", 11, True), "",
                   "Con la presente vi comunichiamo che, fino a nuova comunicazione, i pagamenti",
                   "relativi alle nostre fatture dovranno essere effettuati sul seguente conto:", "",
                   "IBAN " + D.fmt(D.FER_FAKE) + "   BIC TRWIBEB1XXX", "",
                   "Il conto presso Banco BPM resta temporaneamente non operativo.", "",
                   "Ciserano, 03/11/2026", "", "L'Amministratore Delegato", "Giorgio Ferretti"],
                   title="Comunicazione", producer="iLovePDF", creator="Microsoft Word", date="D:20261103174210+01'00'")),
    what="Thread hijack from the carrier's genuinely compromised mailbox: reply in a real invoice thread redirects the "
         "10 November payment run to a Belgian Wise account; Reply-To goes to a look-alike domain",
    why="Sent from Ferretti's real Aruba mailbox (credentials stolen), so SPF/DKIM would pass; continues a genuine thread "
        "with correct invoice numbers, but moves an Italian carrier's receivables to a foreign e-money account under a "
        "'tax audit' pretext, discourages phone contact and silently sets Reply-To to ferretti-trasportispa.it.")

# 18 ------------------------------------------------------------------------
add(n=18, slug="agenzia-entrate-protected-zip",
    via=I.cpanel_exim, via_kw=dict(host="srv14.hostingitalia-cloud.it", host_ip="217.61.104.33",
                                   client_ip="185.216.70.12"),
    frm=("Agenzia delle Entrate", "segreteria@studiotecnicoferri.it"), to=[S("it_acc")],
    subject="Comunicazione di irregolarità n. 2026/MI/0048117 – Dichiarazione IVA 2026", date=(2026, 11, 11, 12, 8, 40),
    zone="IT", hcs="utf-8", henc="Q",
    body=mixed(alt("""Gentile Contribuente,

a seguito del controllo automatizzato della dichiarazione IVA 2026 (periodo d'imposta 2025), effettuato ai sensi dell'art. 54-bis del D.P.R. n. 633/1972, sono emerse irregolarità nei versamenti periodici per un importo complessivo di € 7.842,19, comprensivo di sanzioni e interessi.

Può regolarizzare la Sua posizione entro 60 giorni dal ricevimento della presente beneficiando della riduzione della sanzione a un terzo. Decorso tale termine si procederà all'iscrizione a ruolo delle somme dovute.

La comunicazione completa, con il dettaglio dei versamenti e il modello F24 precompilato, è allegata in formato protetto ai sensi del Regolamento (UE) 2016/679.

Password per l'apertura del file: AdE-48117

Distinti saluti

Ufficio Controlli
Direzione Provinciale II di Milano
Agenzia delle Entrate""", cs="utf-8", cte="quoted-printable", style="web"),
               att_zip("Comunicazione_2026_MI_0048117.zip", [
                   ("Comunicazione_2026_MI_0048117.pdf.js", "inert placeholder\n"),
                   ("F24_precompilato.pdf.vbs", "inert placeholder\n")], password="AdE-48117",
                   dt=(2026, 11, 11, 11, 58, 0))),
    what="Tax-office lure: 'Agenzia delle Entrate' notice of VAT irregularities with a password-protected ZIP containing "
         ".pdf.js and .pdf.vbs",
    why="Display name of the tax agency on a compromised engineering firm's mailbox (Roundcube on shared hosting); the "
        "agency sends such notices by PEC / cassetto fiscale, never as encrypted ZIPs; archive password in the body to "
        "defeat scanning; script files with double extensions.")

# 19 ------------------------------------------------------------------------
add(n=19, slug="gift-card-request-manager",
    via=I.gmail, frm=("Alessandro Ricci", "alessandro.ricci.direzione@gmail.com"), to=[S("it_sales")],
    subject="Richiesta riservata", date=(2026, 12, 10, 9, 34, 51), zone="IT",
    body=alt("""Ciao Roberta,

sei in ufficio? Avrei bisogno di un favore veloce e riservato.

Per Natale vorrei fare una sorpresa ai ragazzi del servizio notturno e agli autisti: mi servono 10 buoni regalo Amazon da 100 € l'uno. Riesci a prenderli stamattina alla tabaccheria qui vicino o al Carrefour? Poi grattali e mandami qui una foto chiara dei codici, così li preparo nei biglietti.

Ti rimborso tutto domani con la nota spese, tieni lo scontrino. Non dirlo a nessuno, è una sorpresa.

Sono in riunione dal notaio e non posso rispondere al telefono, scrivimi qui.

Grazie mille
Alessandro

Inviato da iPhone""", cs="UTF-8", cte="quoted-printable", style="gmail"),
    what="Gift-card fraud: the Milan office manager (on a Gmail address) asks a colleague to buy 10 × €100 Amazon cards "
         "and email photos of the codes",
    why="Manager's name on a free-mail account (real: alessandro.ricci@example.com), secrecy, unavailability by phone, "
        "request to send scratched codes by e-mail — the universally documented gift-card BEC pattern.")

# 20 ------------------------------------------------------------------------
inbiz = "https://inbiz-intesasanpaolo-aziende.com/login/okey-sync?cliente=EGI0731&sess=9b2e41"
add(n=20, slug="intesa-inbiz-okey-phishing",
    via=I.sendgrid, via_kw=dict(em_dom="em2281.inbiz-intesasanpaolo-aziende.com"),
    frm=("Intesa Sanpaolo Inbiz", "comunicazioni@inbiz-intesasanpaolo-aziende.com"), to=[S("it_acc")],
    subject="Inbiz: sincronizzazione obbligatoria del dispositivo O-Key entro il 30/11/2026",
    date=(2026, 11, 23, 10, 45, 5), zone="IT", hcs="iso-8859-1", henc="Q",
    body=alt("""Gentile Cliente,

nell'ambito dell'adeguamento ai nuovi standard di sicurezza previsti dalle linee guida EBA sull'autenticazione forte del cliente, tutti gli utenti Inbiz devono sincronizzare nuovamente il proprio dispositivo O-Key Smart entro il 30/11/2026.

Dopo tale data gli utenti non sincronizzati non potranno autorizzare bonifici, distinte SEPA e pagamenti F24 fino alla riattivazione presso la filiale.

La procedura richiede circa due minuti:

[[Accedi a Inbiz e sincronizza O-Key|%s]]

Tenga a portata di mano il codice titolare, il PIN e lo smartphone su cui è installata l'app Intesa Sanpaolo Business.

Cordiali saluti
Intesa Sanpaolo S.p.A.
Servizio Clienti Imprese

Questo messaggio è stato inviato automaticamente, si prega di non rispondere.""" % inbiz, cs="iso-8859-1",
             cte="quoted-printable", style="news"),
    what="Banking phishing: 'Intesa Sanpaolo Inbiz' demands re-synchronisation of the O-Key OTP device via a link",
    why="Look-alike domain inbiz-intesasanpaolo-aziende.com via SendGrid (the bank uses intesasanpaolo.com); asks for "
        "holder code, PIN and the OTP app — enough to take over corporate online banking; deadline and threat of blocked "
        "SEPA/F24 payments.")

# 21 ------------------------------------------------------------------------
add(n=21, slug="callback-fake-renewal-invoice",
    via=I.gmail, frm=("Servizio Fatturazione", "fatturazione.rinnovi.digitali@gmail.com"), to=[S("it_sales")],
    subject="Conferma rinnovo automatico – Fattura n. IT-77410938", date=(2026, 10, 28, 14, 20, 17), zone="IT",
    body=mixed(alt("""Gentile cliente,

il Suo abbonamento annuale è stato rinnovato automaticamente e l'importo di 399,99 € verrà addebitato entro 24 ore sul metodo di pagamento registrato.

Prodotto: Norton 360 Deluxe – 5 dispositivi
Durata: 12 mesi
Numero ordine: IT-77410938

Se non ha autorizzato questo rinnovo o desidera annullarlo, contatti il nostro servizio clienti entro 24 ore al numero +39 02 9475 3318 (lun–sab 8:00–20:00). Il rimborso verrà elaborato durante la chiamata.

La fattura è allegata a questa email.

Cordiali saluti
Servizio Clienti – Fatturazione""", cs="UTF-8", cte="base64", style="gmail"),
               att_pdf("Fattura_IT-77410938.pdf", [
                   ("FATTURA", 18, True), "Numero: IT-77410938      Data: 28/10/2026", "",
                   "Descrizione                                   Quantità      Importo",
                   "Norton 360 Deluxe - 5 dispositivi - 12 mesi        1         327,86 EUR",
                   "IVA 22%                                                       72,13 EUR",
                   ("Totale                                                        399,99 EUR", 10, True), "",
                   "Metodo di pagamento: addebito automatico", "",
                   ("Per annullare il rinnovo o richiedere il rimborso chiamare: +39 02 9475 3318", 11, True)],
                   title="Fattura", producer="Skia/PDF m131", creator="Google Docs Renderer",
                   date="D:20261028131500+00'00'")),
    what="Callback phishing (TOAD): fake antivirus renewal 'invoice' from Gmail with a phone number to cancel",
    why="Unknown free-mail sender, no link (evades URL scanning), the lure is the phone number; the 'refund' call leads "
        "to remote-access software and bank-transfer fraud. No such subscription exists in the company.")
