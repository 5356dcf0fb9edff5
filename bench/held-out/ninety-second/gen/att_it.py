"""Attack messages 17-21 (Italian)."""
from lib import *

F = 'attack'


def a17():
    bank, bic, iban = BANK['ferr_fake']
    body = """Gentile Dott. Esposito,

con la presente Vi comunichiamo che, a seguito della riorganizzazione dei rapporti bancari del nostro gruppo, a partire dalla data odierna le coordinate bancarie di Ferretti Trasporti S.p.A. sono variate.

Vi preghiamo pertanto di effettuare tutti i pagamenti, compresi quelli relativi alle fatture n. 2026/FT/1187 e 2026/FT/1204 attualmente in scadenza (totale EUR 23.716,40), esclusivamente sul nuovo conto:

Intestatario: Ferretti Trasporti S.p.A.
Banca: {bank}
IBAN: {iban}
BIC/SWIFT: {bic}

Il conto presso Intesa Sanpaolo verrà estinto entro fine mese; eventuali bonifici disposti sul vecchio IBAN saranno respinti dalla banca. In allegato trovate la comunicazione ufficiale firmata dal nostro Amministratore Delegato.

Vi chiediamo cortesemente di confermarci via e-mail l'avvenuto aggiornamento dell'anagrafica fornitori. In questi giorni il nostro centralino è in manutenzione, per qualsiasi necessità scriveteci a questo indirizzo.

Cordiali saluti

Chiara Colombo
Ufficio Amministrazione
Ferretti Trasporti S.p.A.
Via Renata Bianchi 38 - 16152 Genova
P.IVA {piva}
""".format(bank=bank, iban=pretty(iban), bic=bic, piva=ck.it_piva('0192837465'))
    letter = pdf_part([
        '# FERRETTI TRASPORTI S.p.A.', 'Autotrasporti - Logistica portuale · Via Renata Bianchi 38 · 16152 Genova', '',
        'Spett.le', 'Example Ferries Italia S.r.l.', 'Calata Gadda', '16126 Genova', '',
        'Genova, 19 ottobre 2026', '',
        '## Oggetto: Comunicazione variazione coordinate bancarie', '',
        'Con la presente si comunica che, con decorrenza immediata, tutti i pagamenti a favore di',
        'Ferretti Trasporti S.p.A. dovranno essere effettuati sul seguente conto corrente:', '',
        'Banca: ' + bank, 'IBAN: ' + pretty(iban), 'BIC: ' + bic, '',
        'Le precedenti coordinate non sono più valide. La presente annulla e sostituisce ogni',
        'precedente comunicazione.', '', 'Distinti saluti', '', 'L\'Amministratore Delegato', 'Roberto Ferretti', '',
        'Ferretti Trasporti S.p.A. - Capitale sociale EUR 1.200.000 i.v. - P.IVA ' + ck.it_piva('0192837465'),
    ], 'Comunicazione_variazione_IBAN_Ferretti.pdf', title='Variazione coordinate', author='Amministrazione',
        producer='LibreOffice 7.6', creator='Writer', created="D:20261019101200+02'00'")
    Mail(F, 17, 'it', 'ferretti-lookalike-variazione-iban',
         Roundcube(tr=VPSPostfix(host='mail.ferretti-trasporti.com', rdns='vmi2214587.contaboserver.net', ip='161.97.139.58',
                                 lan='10.8.0.6', user_ip='45.137.21.94')),
         T(2026, 10, 19, 8, 44, 10), ('Chiara Colombo', 'c.colombo@ferretti-trasporti.com'), [S('it_acc')],
         'Comunicazione variazione coordinate bancarie - Ferretti Trasporti S.p.A.',
         mixed(text(body, 'UTF-8', 'quoted-printable', flowed=True), letter),
         cc=[('Amministrazione', 'amministrazione@ferretti-trasporti.com')],
         what='Carrier bank-detail change with a signed-looking PDF, sent to the Italian accountant.',
         why='Domain ferretti-trasporti.com (real: ferretti-trasporti.it, hosted at Aruba) on a Contabo VPS; '
             'asks to redirect two open invoices to a new IBAN, confirm by e-mail only, switchboard "under '
             'maintenance" - supplier-impersonation BEC (genuine Ferretti mail: business/17, 18).')


def a18():
    link = 'https://ivaservizi.agenziaentrate.gov.it.fatture-sdi.com/portale/web/guest?idSdi=%d' % hnum('a18', 10 ** 10, 10 ** 11)
    plain = """Agenzia delle Entrate - Fatture e Corrispettivi

Notifica di scarto

Gentile contribuente,

il Sistema di Interscambio ha scartato il file fattura IT{piva}_0B7Q2.xml trasmesso per conto di EXAMPLE FERRIES ITALIA S.R.L.

Identificativo SdI: {idsdi}
Codice errore: 00305 - IdFiscaleIVA del CessionarioCommittente non valido

Per evitare sanzioni per omessa fatturazione (art. 6 D.Lgs. 471/97) la fattura deve essere corretta e ritrasmessa entro 5 giorni dalla data di questa notifica.

Per visualizzare il dettaglio dello scarto accedi all'area riservata con SPID, CIE o CNS:

{link}

Agenzia delle Entrate
Questo messaggio è generato automaticamente, si prega di non rispondere.
""".format(piva=ck.it_piva('0288341099'), idsdi=hnum('a18', 10 ** 10, 10 ** 11), link=link)
    htm = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
<body style="font-family:Titillium Web,Arial,sans-serif;color:#1a1a1a;font-size:15px">
<div style="background:#0066cc;color:#fff;padding:14px 22px;font-size:19px"><b>Agenzia delle Entrate</b> &middot; Fatture e Corrispettivi</div>
<div style="padding:18px 22px">
<h3 style="color:#cc3333;margin-top:0">Notifica di scarto</h3>
<p>Gentile contribuente,</p>
<p>il Sistema di Interscambio ha scartato il file fattura <b>IT{piva}_0B7Q2.xml</b> trasmesso per conto di <b>EXAMPLE FERRIES ITALIA S.R.L.</b></p>
<table style="font-size:14px;border-collapse:collapse"><tr><td style="padding:3px 12px 3px 0">Identificativo SdI:</td><td><b>{idsdi}</b></td></tr>
<tr><td style="padding:3px 12px 3px 0">Codice errore:</td><td><b>00305</b> - IdFiscaleIVA del CessionarioCommittente non valido</td></tr></table>
<p>Per evitare sanzioni per omessa fatturazione (art. 6 D.Lgs. 471/97) la fattura deve essere corretta e ritrasmessa <b>entro 5 giorni</b> dalla data di questa notifica.</p>
<p><a href="{link}" style="background:#0066cc;color:#fff;padding:10px 20px;text-decoration:none">Accedi con SPID / CIE</a></p>
<p style="font-size:12px;color:#666">Questo messaggio &egrave; generato automaticamente, si prega di non rispondere.</p></div></body></html>
""".format(piva=ck.it_piva('0288341099'), idsdi=hnum('a18', 10 ** 10, 10 ** 11), link=link)
    Mail(F, 18, 'it', 'sdi-notifica-scarto-phishing',
         Thunderbird(tr=Aruba(pc='[10.0.2.15]', user_ip='185.107.56.212'), lang='it'),
         T(2026, 11, 5, 9, 20, 48), ('Agenzia delle Entrate - Fatture e Corrispettivi', 'info@cantinacolliliguri.it'),
         [S('it_acc')], 'Notifica di scarto fattura elettronica - Identificativo SdI %d' % hnum('a18', 10 ** 10, 10 ** 11),
         alt(text(plain, 'UTF-8', 'quoted-printable'), html(htm, 'UTF-8', 'quoted-printable')),
         what='Fake SdI (e-invoicing exchange) rejection notice asking to log in with SPID/CIE.',
         why='Sent through the compromised mailbox of a winery (info@cantinacolliliguri.it at Aruba), submitted with '
             'the stolen password from a hosting IP (185.107.56.212); SdI notifications come through the SdI/PEC channel, not from third parties; the link host '
             'is agenziaentrate.gov.it.fatture-sdi.com - SPID credential phishing.')


def a19():
    verb = 'CP-GE/2026/%05d' % hnum('a19', 10000, 99999)
    link = 'https://checkout.pagopa.it.verbali-capitaneria.com/pay?iuv=%s' % hnum('a19iuv', 10 ** 16, 10 ** 17)
    plain = """Ministero delle Infrastrutture e dei Trasporti
Comando Generale del Corpo delle Capitanerie di Porto - Guardia Costiera
Capitaneria di Porto di Genova - Sezione Contenzioso

Avviso di notifica - Verbale di contestazione n. {verb}

Spett.le EXAMPLE FERRIES ITALIA S.R.L.,

Le comunichiamo che in data 18/11/2026 è stato redatto a carico della Vostra società il verbale di contestazione in oggetto per violazione dell'art. 1174 del Codice della Navigazione (inosservanza di norme sulla polizia dei porti - M/N Genova Link, accosto Ponte Colombo).

Importo della sanzione: EUR 2.066,00
Pagamento in misura ridotta (entro 5 giorni, riduzione del 30%): EUR 1.446,20

Il pagamento può essere effettuato tramite la piattaforma pagoPA al seguente indirizzo:
{link}

Decorso il termine senza pagamento, il verbale sarà trasmesso all'autorità competente per l'emissione dell'ordinanza-ingiunzione.

Capitaneria di Porto di Genova
Questa comunicazione è inviata in modalità automatica.
""".format(verb=verb, link=link)
    Mail(F, 19, 'it', 'capitaneria-verbale-pagopa-falso',
         SES(region='eu-west-1', date_zone='CET'), T(2026, 11, 24, 7, 55, 30),
         ('Capitaneria di Porto di Genova', 'notifiche@verbali-capitaneria.com'), [S('it_mgr')],
         'Avviso di notifica verbale n. %s - M/N Genova Link' % verb,
         text(plain, 'iso-8859-15', 'quoted-printable'),
         what='Fake Coast Guard (Capitaneria di Porto) fine for a named company vessel, with a pagoPA payment link.',
         why='Public bodies notify fines by PEC or registered mail, not via Amazon SES from verbali-capitaneria.com; '
             'the pagoPA link is checkout.pagopa.it.verbali-capitaneria.com (sub-domain trick); 5-day discount '
             'pressure - payment-card phishing with a regulator pretext.')


def a20():
    body = """Ciao Giulia,

sei in ufficio in questo momento? Ho bisogno che tu mi faccia un favore veloce e riservato.

Vorrei fare una sorpresa ai nostri equipaggi del Genova Link per la chiusura della stagione e ho promesso dei buoni regalo Amazon. Sono in riunione tutto il giorno con il consiglio e non posso telefonare.

Ti chiederei di acquistare 10 buoni regalo Amazon da 100 EUR ciascuno (li trovi in qualsiasi tabaccheria o supermercato vicino al porto). Poi gratta il retro, fai una foto chiara di ogni codice e mandamele qui via e-mail. La spesa ti verrà rimborsata con la nota spese di questo mese, ci penso io con Marco.

Non dirlo ancora a nessuno, deve essere una sorpresa.

Grazie mille, conto su di te.

Matthias

Inviato da iPhone
"""
    Mail(F, 20, 'it', 'ceo-buoni-regalo-amazon',
         Gmail(host=('pj1', 'f52', '209.85.216.52'), zone='CET'), T(2026, 12, 11, 12, 40, 19),
         ('Matthias Brückner', 'matthias.brueckner.ceo@gmail.com'), [S('it_mgr')],
         'Richiesta urgente',
         alt(text(body, 'UTF-8', 'quoted-printable'),
             html('<div dir="ltr">' + h2t(body).replace('\n', '<br>') + '</div>\n', 'UTF-8', 'quoted-printable')),
         what='Gift-card scam impersonating the CEO towards the Genova office manager.',
         why='CEO display name on a gmail.com address (the CEO writes from example.com via the internal relay and not '
             'in Italian), request to buy Amazon gift cards and e-mail photos of the codes, secrecy, "cannot phone" '
             '- gift-card fraud. Contrast with the genuine welfare voucher notice in business/20.')


def a21():
    rcpt = S('it_acc')
    url = 'https://hr-portal.examplegroup-hr.com/cedolino/firma?uid=%s&m=%s' % (hx('a21u', 12, ALNUM),
                                                                               rcpt[1].replace('@', '%40'))
    q = qr.QR(url, 'M')
    blocks = ['# Example Group - Risorse Umane', 'Comunicazione riservata al dipendente', '',
              'Destinatario: Marco Esposito', 'Sede: Genova', '',
              '## Adeguamento retributivo 2027 e nuovo cedolino digitale', '',
              'A seguito del rinnovo del CCNL e dell\'adeguamento retributivo previsto dal 1 gennaio 2027,',
              'il Suo cedolino aggiornato e il documento di accettazione sono disponibili sul portale HR.', '',
              'Per motivi di sicurezza il documento può essere aperto solo da dispositivo mobile.',
              'Inquadri il codice QR con la fotocamera del Suo smartphone e acceda con le credenziali aziendali', '(Microsoft 365).', '',
              '[[QR]]',
              'La firma del documento è richiesta entro il 04/12/2026. In assenza di firma l\'adeguamento sarà',
              'applicato solo dalla mensilità successiva.', '',
              'Ufficio Risorse Umane - Example Group']
    body = """Gentile Marco Esposito,

in allegato trova la comunicazione relativa all'adeguamento retributivo 2027 e al nuovo cedolino digitale.

La preghiamo di leggere il documento e di completare la firma entro il 04/12/2026.

Cordiali saluti
Ufficio Risorse Umane
Example Group
"""
    Mail(F, 21, 'it', 'quishing-pdf-adeguamento-retributivo',
         SendGrid(uid=51774206, em='em3318.examplegroup-hr.com'), T(2026, 12, 2, 8, 3, 27),
         ('Risorse Umane Example Group', 'hr-notifiche@examplegroup-hr.com'), [rcpt],
         'Adeguamento retributivo 2027 - documento da firmare',
         mixed(text(body, 'utf-8', 'quoted-printable'),
               pdf_part(blocks, 'Adeguamento_retributivo_2027_M.Esposito.pdf', title='Adeguamento retributivo 2027',
                        author='HR', producer='iText 7.2.5', creator='HR Portal', created="D:20261202080000+01'00'",
                        qr=(q.bitmap(), 130))),
         structure_note='QR code inside the PDF -> ' + url,
         what='HR-themed quishing: PDF "salary adjustment" with a QR code to be scanned with the phone.',
         why='Sent via SendGrid from examplegroup-hr.com (not a company domain); the QR code in the PDF leads to '
             + url + ' (Microsoft 365 credential harvesting on the unprotected phone); deadline pressure.')


def build():
    for f in (a17, a18, a19, a20, a21):
        f()
