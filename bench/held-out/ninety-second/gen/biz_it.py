"""Genuine business messages 17-21 (Italian)."""
from lib import *

F = 'business'
PIVA_FERR = ck.it_piva('0192837465')
SIG_FERR = """Ferretti Trasporti S.p.A.
Via Renata Bianchi 38 - 16152 Genova
Tel. +39 010 6512 200 - www.ferretti-trasporti.it
P.IVA """ + PIVA_FERR


def b17():
    bank, bic, iban = BANK['ferr']
    body = """Spett.le Example Ferries Italia S.r.l.,

in allegato Vi inviamo copia di cortesia della fattura n. 2026/FT/1187 del 31/10/2026 relativa ai servizi di trazione e movimentazione semirimorchi presso il terminal di Genova (ottobre 2026).

Vi ricordiamo che la fattura elettronica in formato XML è stata regolarmente trasmessa tramite il Sistema di Interscambio al Vostro codice destinatario; il presente PDF non ha valore fiscale.

Importo totale: EUR 14.962,80 (IVA inclusa)
Scadenza: 30/11/2026
Pagamento: bonifico bancario sul conto abituale presso {bank} (IBAN {iban})

Restiamo a disposizione per qualsiasi chiarimento.

Cordiali saluti

Ufficio Amministrazione
""".format(bank=bank, iban=pretty(iban)) + SIG_FERR
    fat = pdf_part([
        '# FERRETTI TRASPORTI S.p.A.', 'Via Renata Bianchi 38 - 16152 Genova - P.IVA ' + PIVA_FERR, '',
        '## FATTURA N. 2026/FT/1187 del 31/10/2026   (copia di cortesia - documento non valido ai fini fiscali)', '',
        'Cliente: Example Ferries Italia S.r.l., Calata Gadda, 16126 Genova - P.IVA ' + ck.it_piva('0288341099'), '',
        '## Descrizione                                                       Q.tà      Prezzo       Importo',
        'Trazione semirimorchi terminal - nave (ottobre 2026)                   214       42,00      8.988,00',
        'Movimentazione piazzale / ricollocazione                               61        38,00      2.318,00',
        'Sosta tecnica e attese (ore)                                            14        55,00        770,00',
        'Imponibile 12.076,00 - IVA 22% 2.656,72 - fuori campo 230,08        Totale EUR 14.962,80', '',
        'Scadenza 30/11/2026 - Bonifico: ' + bank + ' - IBAN ' + pretty(iban) + ' - BIC ' + bic,
        'Fattura elettronica trasmessa tramite SdI - Id SdI 2291' + str(hnum('b17sdi', 100000, 999999))],
        'FT_2026_1187_copia_cortesia.pdf', title='Fattura 2026/FT/1187', author='Amministrazione',
        producer='TeamSystem Enterprise', creator='TeamSystem', created="D:20261102083000+01'00'")
    Mail(F, 17, 'it', 'ferretti-fattura-copia-cortesia',
         OutlookSMTP(tr=Aruba(pc='AMM-PC02', user_ip='93.39.177.48'), lang='it'), T(2026, 11, 2, 8, 41, 9),
         C['ferr_amm'], [S('it_acc')], 'Invio copia di cortesia fattura n. 2026/FT/1187 - ottobre 2026',
         mixed(text(body, 'iso-8859-1', 'quoted-printable'), fat),
         what='Ferretti Trasporti sends a courtesy copy of its monthly invoice (the XML went through SdI).',
         why='Genuine ferretti-trasporti.it mailbox via Aruba, invoice also in SdI, account already on file, no change '
             'requested. Hard negative for attack/17 and attack/18.')


def b18():
    body = """Buongiorno Marco, buongiorno Giulia,

vi scrivo perché dal nostro estratto conto risultano ancora aperte le fatture 2026/FT/0994 (settembre, EUR 13.418,60) e 2026/FT/1187 (ottobre, EUR 14.962,80), la prima scaduta ormai da oltre 30 giorni.

Capisco che a fine anno i pagamenti si accumulino, ma la nostra direzione mi ha chiesto di comunicarvi che, in mancanza del saldo almeno della fattura di settembre entro venerdì 11/12, dal 15/12 saremo costretti a sospendere il servizio di trazione al terminal fino alla regolarizzazione. Mi dispiacerebbe molto arrivare a questo, anche perché a dicembre avete le partenze extra per le feste.

Il pagamento va fatto come sempre sul conto Intesa Sanpaolo già in vostro possesso. Se ci sono contestazioni su qualche riga delle fatture, chiamatemi pure e le vediamo insieme.

Grazie e buona giornata

Chiara Colombo
Ufficio Amministrazione e Logistica
""" + SIG_FERR + "\nTel. diretto +39 010 6512 214"
    Mail(F, 18, 'it', 'ferretti-sollecito-sospensione-servizio',
         OutlookSMTP(tr=Aruba(pc='CCOLOMBO-NB', user_ip='93.39.177.48'), lang='it'), T(2026, 12, 3, 10, 5, 40),
         C['colombo'], [S('it_acc')], 'Sollecito pagamento fatture scadute - rischio sospensione servizio dal 15/12',
         text(body, 'windows-1252', '8bit'), cc=[S('it_mgr')],
         what='The carrier\'s genuine, firm payment reminder threatening to suspend haulage from 15 December.',
         why='Genuine Ferretti contact and Aruba infrastructure, refers to the account already on file, offers a phone '
             'call; pressure is commercial, no new bank data. Hard negative for urgency-based detection and attack/17.')


def b19():
    body = """Buongiorno,

vi scrivo in merito alla prenotazione n. EXG-P-2610-55817 per la traversata Genova - Porto Torres del 24 ottobre 2026 (partenza ore 20:30, 2 adulti, 1 auto, cabina interna).

La traversata è stata cancellata con un SMS ricevuto alle 17:10 dello stesso giorno, senza alcuna alternativa proposta per la stessa sera. Siamo stati costretti a pernottare a Genova e a partire il giorno successivo con un'altra compagnia, con una spesa aggiuntiva di 312 euro (ricevute in allegato alla richiesta sul vostro sito, pratica n. 88213, a cui però non ho ancora avuto risposta).

Ai sensi del Regolamento (UE) n. 1177/2010 chiedo il rimborso integrale del biglietto (246,50 euro) e il rimborso delle spese di pernottamento, oltre alla compensazione prevista.

Resto in attesa di un vostro riscontro. Potete contattarmi anche al 347 218 6640.

Cordiali saluti
Francesca Bruno
Via Amendola 17, 07100 Sassari"""
    Mail(F, 19, 'it', 'reclamo-passeggera-traversata-cancellata',
         Libero(), T(2026, 11, 9, 18, 22, 51), C['bruno'], [S('it_mgr')],
         'Reclamo prenotazione EXG-P-2610-55817 - traversata cancellata del 24/10',
         text(body, 'UTF-8', 'quoted-printable'),
         what='Passenger complaint asking for refund and compensation after a cancelled sailing.',
         why='Private customer on Libero Mail (Italiaonline infrastructure), concrete booking data, cites the EU '
             'passenger rights regulation; no link, no attachment, no payment instruction.')


def b20():
    body = """Care colleghe, cari colleghi,

come ogni anno, anche per il 2026 l'azienda mette a disposizione il credito welfare previsto dall'accordo integrativo: 500 € per ciascun dipendente della sede di Genova, utilizzabili sulla piattaforma Edenred entro il 31/12/2026.

Da quest'anno, oltre a buoni spesa e rimborsi per spese scolastiche e sanitarie, sulla piattaforma potete scegliere anche buoni regalo di diversi negozi online (tra cui Amazon, Decathlon, IKEA). I buoni si richiedono esclusivamente dalla vostra area personale sul portale Edenred (accesso con le credenziali che avete già): i codici arrivano direttamente a voi.

Vi ricordo che né io né la direzione chiederemo mai di acquistare buoni regalo per conto dell'azienda o di inviare codici via e-mail o WhatsApp. Se ricevete richieste di questo tipo, anche a nome del Dr. Brückner, segnalatele subito all'IT (phishing@example.com).

Per qualsiasi dubbio sulla piattaforma potete passare da me in ufficio.

Un saluto
Giulia Ricci
Office Manager - Example Ferries Italia S.r.l.
Calata Gadda, 16126 Genova
Tel. +39 010 2471 300"""
    Mail(F, 20, 'it', 'welfare-buoni-edenred-comunicazione-interna',
         Internal(lan='10.20.40.31', lang='it-IT'), T(2026, 11, 27, 9, 35, 12), S('it_mgr'),
         [('Sede Genova - tutti', 'genova-tutti@example.com')], 'Welfare aziendale 2026: credito disponibile sulla piattaforma Edenred',
         outlook_alt(body, 'iso-8859-15'), rcpt=S('it_acc')[1],
         what='Internal notice about the 2026 welfare credit (vouchers through the Edenred platform).',
         why='Genuine internal mail via Exchange/mail-int01 from the Genova office manager to the office list; '
             'vouchers only via the employee\'s own platform account, explicit warning against gift-card requests. '
             'Hard negative for attack/20.')


def b21():
    unsub = 'https://trasportieporti.musvc2.net/frontend/nl_unsubscribe.aspx?idUser=%d&idNL=%d&h=%s' % (
        hnum('b21u', 100000, 999999), hnum('b21n', 1000, 9999), hx('b21h', 32))
    plain = """TRASPORTI & PORTI - La newsletter settimanale dell'autotrasporto e della logistica portuale

Numero 46 - 17 novembre 2026

IN PRIMO PIANO
Porto di Genova: a ottobre traffico ro-ro in crescita del 4,3%
Il sistema portuale del Mar Ligure Occidentale chiude ottobre con un incremento dei rotabili trainato dalle linee con Sardegna e Spagna.

AUTOTRASPORTO
Tempi di attesa ai varchi portuali: le associazioni chiedono un tavolo con l'Autorità di sistema.

NORMATIVA
ETS marittimo: le compagnie di navigazione aggiornano i supplementi per il 2027.

Leggi la newsletter completa: https://www.trasportieporti.it/newsletter/46-2026

Ricevi questa e-mail perché sei iscritto alla newsletter con l'indirizzo giulia.ricci@example.com.
Per cancellarti: {unsub}
Trasporti & Porti - Editoriale Marittima S.r.l. - Piazza della Vittoria 12, 16121 Genova - P.IVA {piva}
""".format(unsub=unsub, piva=ck.it_piva('0388176102'))
    htm = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>Trasporti &amp; Porti</title></head>
<body style="margin:0;background:#eceff1"><table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Verdana,Arial,sans-serif">
<tr><td style="background:#b71c1c;color:#fff;padding:16px 22px;font-size:22px;font-weight:bold">TRASPORTI &amp; PORTI<div style="font-size:12px;font-weight:normal">Numero 46 &middot; 17 novembre 2026</div></td></tr>
<tr><td style="padding:20px 22px;font-size:14px;color:#263238;line-height:21px">
<p style="color:#b71c1c;font-weight:bold;margin:0">IN PRIMO PIANO</p><h3 style="margin:4px 0 8px">Porto di Genova: a ottobre traffico ro-ro in crescita del 4,3%</h3>
<p>Il sistema portuale del Mar Ligure Occidentale chiude ottobre con un incremento dei rotabili trainato dalle linee con Sardegna e Spagna.</p>
<p style="color:#b71c1c;font-weight:bold;margin:0">AUTOTRASPORTO</p><p>Tempi di attesa ai varchi portuali: le associazioni chiedono un tavolo con l'Autorit&agrave; di sistema.</p>
<p style="color:#b71c1c;font-weight:bold;margin:0">NORMATIVA</p><p>ETS marittimo: le compagnie di navigazione aggiornano i supplementi per il 2027.</p>
<p><a href="https://www.trasportieporti.it/newsletter/46-2026" style="color:#b71c1c">Leggi la newsletter completa</a></p></td></tr>
<tr><td style="padding:14px 22px;font-size:11px;color:#78909c;background:#f5f5f5">Ricevi questa e-mail perch&eacute; sei iscritto alla newsletter con l'indirizzo giulia.ricci@example.com. <a href="{unsub}">Cancellati</a><br>Trasporti &amp; Porti - Editoriale Marittima S.r.l. - Piazza della Vittoria 12, 16121 Genova</td></tr>
</table></td></tr></table></body></html>
""".format(unsub=unsub)
    Mail(F, 21, 'it', 'newsletter-trasporti-porti-mailup',
         MailUp(), T(2026, 11, 17, 5, 30, 2), ('Trasporti & Porti', 'newsletter@trasportieporti.it'), [S('it_mgr')],
         'Trasporti & Porti n. 46 - Genova, ro-ro in crescita del 4,3%',
         alt(text(plain, 'utf-8', 'quoted-printable'), html(htm, 'utf-8', 'quoted-printable')),
         extra=[('List-Unsubscribe', '<%s>, <mailto:unsubscribe@musvc2.net?subject=%s>' % (unsub, hx('b21s', 20))),
                ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click')],
         what='Subscribed Italian trade newsletter via the MailUp ESP.',
         why='Opted-in subscription, ESP infrastructure with List-Unsubscribe/One-Click, editorial content only.')


def build():
    for f in (b17, b18, b19, b20, b21):
        f()
