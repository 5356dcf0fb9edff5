"""Italian messages: 5 attacks, 5 business."""
import attach as A
import company as C
import ids
import infra as I
import mailkit as K
from common import (Body, Msg, S, PLACEHOLDER, b64url, fmt_iban, h, mid_exchange, mid_zimbra, pdf_att, zip_att)

ATTACKS = []
BUSINESS = []

FT_SIG = ('Ferretti Trasporti S.p.A.\nVia dell\'Industria 24 – 37135 Verona (VR)\n'
          'Tel. +39 045 820 4410 – P.IVA %s' % C.FERRETTI['piva'])
B18_MID = mid_zimbra('it-b18', 'ferretti-trasporti.it', 1793696724187)
GIULIA_MID = mid_exchange('it-giulia-reply-cmr')
SELLA_IBAN = ids.it_iban('03268', '22300', '052877331940')
AEE_IBAN = ids.it_iban('03069', '01785', '100000047713')

# ================================================================ ATTACKS
ATTACKS.append(Msg(
    'agenzia-entrate-zip-js', '2026-10-22 09:26:40',
    I.exim_cpanel('host14.serverplan-web.it', '31.14.139.58', '5.170.12.94', client='outlook16', ua_kw={'lang': 'it'}),
    ('Agenzia delle Entrate', 'info@agriturismo-ilcastagno.it'), [S('niccolo.rinaldi')],
    'Comunicazione di irregolarità n. 2026/4471/CR – Example Group Italia S.r.l.',
    Body('''Gentile Contribuente,

a seguito dei controlli automatizzati ai sensi dell'art. 54-bis del D.P.R. 633/1972 sulla dichiarazione IVA 2026 (periodo d'imposta 2025) sono emerse irregolarità nei versamenti relativi alla Vostra posizione (P.IVA %s).

In allegato trasmettiamo la comunicazione con il dettaglio degli importi dovuti e le modalità di regolarizzazione. Il pagamento entro 30 giorni dal ricevimento consente di beneficiare della riduzione delle sanzioni a un terzo.

Il documento è compresso per ridurne le dimensioni: per consultarlo è sufficiente estrarre il file sul proprio computer e aprirlo.

Cordiali saluti

Agenzia delle Entrate
Direzione Provinciale II di Milano – Ufficio Controlli
''' % C.EG['it_piva'], charset='windows-1252', cte='quoted-printable', html=True,
        atts=[zip_att('Comunicazione_2026_4471_CR.zip',
                      [('Comunicazione_irregolarita_2026_4471_CR.pdf.js', PLACEHOLDER, (2026, 10, 21, 18, 2, 44))],
                      seed='it-a17')]),
    what='Fake tax-office (Agenzia delle Entrate) "irregularity notice" with a ZIP containing a .pdf.js file.',
    why='Sent from a compromised agriturismo mailbox (cPanel/Exim) with the tax office as display name; Agenzia sends such '
        'notices via PEC/intermediary, never as JavaScript in a ZIP; double extension .pdf.js; sanction-reduction pressure.',
    tech='Tax-office impersonation, ZIP with script (double extension), compromised small-business mailbox'))

ATTACKS.append(Msg(
    'carrier-bank-change-lookalike', '2026-11-23 15:52:17',
    I.zoho(),
    ('Ferretti Trasporti S.p.A. – Amministrazione', 'amministrazione@ferretti-trasporti.com'), [S('niccolo.rinaldi')],
    'Variazione coordinate bancarie – Ferretti Trasporti S.p.A.',
    Body('''Spett.le Example Group Italia S.r.l.,

con la presente Vi comunichiamo che, a seguito di una revisione dei nostri rapporti bancari, a partire dalla data odierna i pagamenti delle nostre fatture dovranno essere effettuati esclusivamente sul seguente conto corrente:

Intestatario: Ferretti Trasporti S.p.A.
Banca: Banca Sella S.p.A.
IBAN: %s
BIC: SELBIT2BXXX

Il conto presso Banco BPM è temporaneamente bloccato a causa di una verifica in corso: eventuali bonifici disposti su tale conto verrebbero respinti.

Vi preghiamo pertanto di aggiornare la Vostra anagrafica fornitori e di disporre il pagamento delle fatture in scadenza (n. 2026/FT/01187 e n. 2026/FT/01244) sul nuovo conto entro venerdì 27 novembre. In allegato la comunicazione ufficiale.

Per qualsiasi chiarimento Vi preghiamo di rispondere a questa e-mail: in questi giorni l'ufficio amministrativo non è raggiungibile telefonicamente per un guasto alla linea.

Distinti saluti

Ufficio Amministrazione
%s
''' % (fmt_iban(SELLA_IBAN), FT_SIG), charset='utf-8', cte='quoted-printable', html=True,
        atts=[pdf_att('Comunicazione_variazione_IBAN_Ferretti.pdf', [
            ('FERRETTI TRASPORTI S.p.A.', 15, True), 'Via dell\'Industria 24 - 37135 Verona', '',
            'Spett.le Example Group Italia S.r.l.', 'Via Giovanni Durando 38 - 20158 Milano', '',
            'Verona, 23/11/2026', '', ('Oggetto: variazione coordinate bancarie', 11, True), '',
            'Si comunica che a far data dal 23/11/2026 i pagamenti dovranno essere effettuati sul conto:',
            'IBAN ' + fmt_iban(SELLA_IBAN) + ' - Banca Sella S.p.A. - BIC SELBIT2BXXX', '',
            'Distinti saluti', '', 'L\'Amministratore'],
            title='Comunicazione', producer='iLovePDF', date="D:20261123143012+01'00'")]),
    cc=[S('giulia.marchetti')],
    what='Carrier bank-detail change from a look-alike domain (ferretti-trasporti.com instead of .it) with an official-looking PDF.',
    why='Look-alike .com domain on Zoho Mail (Ferretti runs its own Zimbra server on .it); "blocked account" pretext, '
        'payment deadline for real invoice numbers, phone verification discouraged.',
    pair='carrier-invoice-genuine', tech='BEC: carrier bank-detail change (look-alike domain, Zoho)'))

_SVG_URL = 'https://onedrive-docs-condivisi.web.app/v/?u=%s&d=%s' % (b64url('giulia.marchetti@example.com'), h('it-a19', 12))
ATTACKS.append(Msg(
    'svg-invoice-credential-lure', '2026-10-09 12:03:55',
    I.libero(last=23, client_ip='151.38.%d.%d'),
    ('Studio Bertolini', 'studio.bertolini@libero.it'), [S('giulia.marchetti')],
    'Fattura n. 318/2026 – documento condiviso',
    Body('''Buongiorno,

in allegato la fattura in oggetto relativa alle prestazioni di ottobre. Il documento è consultabile in modalità protetta.

Restiamo a disposizione per qualsiasi chiarimento.

Cordiali saluti
Studio Bertolini
Consulenza contabile e fiscale
''', charset='utf-8', cte='quoted-printable', html=True,
        atts=[K.Att('Fattura_318_2026.svg', 'image/svg+xml', A.svg_doc(
            'Microsoft OneDrive', ['Studio Bertolini ha condiviso un file con te.', '',
                                   'Fattura_318_2026.pdf (214 KB)', '',
                                   'Il documento è protetto. Per visualizzarlo,',
                                   'accedi con il tuo account aziendale.'],
            'Visualizza documento', _SVG_URL, '#0364B8', data_attr=b64url('giulia.marchetti@example.com')).encode('utf-8'))]),
    what='Invoice lure with an SVG "OneDrive preview" attachment whose button links to a credential-phishing page.',
    why='Compromised libero.it mailbox of an unknown accounting studio; no business relation; the SVG embeds the victim\'s '
        'address and links to a Firebase (web.app) page asking for the company login.',
    tech='SVG attachment phishing, compromised free-mail account'))

ATTACKS.append(Msg(
    'fake-weee-register-renewal', '2026-11-12 10:41:03',
    I.ses(region='eu-south-1', ip='23.251.233.29', host='e233-29.smtp-out.eu-south-1.amazonses.com', feedback_tag='1'),
    ('Registro AEE – Segreteria', 'segreteria@registro-aee-produttori.it'), [S('giulia.marchetti')],
    'Registro Nazionale AEE – rinnovo annuale iscrizione n. IT20060000004471 – scadenza 30/11/2026',
    Body('''Gentile Produttore,

La informiamo che l'iscrizione della Sua impresa (Example Group Italia S.r.l., P.IVA %s) al Registro Nazionale dei soggetti obbligati al finanziamento dei sistemi di gestione dei RAEE risulta in scadenza il 30/11/2026.

Per il mantenimento dell'iscrizione per l'anno 2027 è dovuto il contributo annuale di segreteria pari a € 780,00 + IVA (€ 951,60), da versare entro la data di scadenza tramite bonifico bancario:

Beneficiario: Servizi Registro AEE S.r.l.
IBAN: %s
Causale: Rinnovo AEE IT20060000004471 – 2027

Si ricorda che l'immissione sul mercato di AEE senza valida iscrizione al Registro comporta la sanzione amministrativa pecuniaria da € 30.000 a € 100.000 (art. 38, D.Lgs. 49/2014).

In allegato l'avviso di pagamento.

Cordiali saluti
Segreteria Registro AEE
''' % (C.EG['it_piva'], fmt_iban(AEE_IBAN)), charset='utf-8', cte='quoted-printable',
        brand=('Registro Nazionale AEE', '#1b4f8a'),
        atts=[pdf_att('Avviso_di_pagamento_AEE_2026.pdf', [
            ('REGISTRO NAZIONALE AEE - AVVISO DI PAGAMENTO', 13, True), '',
            'Produttore: Example Group Italia S.r.l. - P.IVA ' + C.EG['it_piva'],
            'Numero di iscrizione: IT20060000004471', 'Scadenza: 30/11/2026', '',
            'Contributo annuale di segreteria 2027           EUR 780,00',
            'IVA 22%                                         EUR 171,60',
            ('Totale da versare                               EUR 951,60', 10, True), '',
            'Beneficiario: Servizi Registro AEE S.r.l.', 'IBAN: ' + fmt_iban(AEE_IBAN),
            'Causale: Rinnovo AEE IT20060000004471 - 2027'],
            title='Avviso di pagamento', producer='Dompdf', date="D:20261112093301+01'00'")]),
    what='Fake WEEE (RAEE) producer-register renewal fee of € 951,60 to a private company, threatening € 30.000 fines.',
    why='Impersonates the national WEEE register (run by the Chambers of Commerce, no such annual fee to a private '
        'S.r.l.); sent via Amazon SES from an unrelated domain; large-fine threat and short deadline.',
    tech='Fake regulator/register invoice (trade-specific: WEEE producer register)'))

ATTACKS.append(Msg(
    'thread-hijack-carrier-encrypted-zip', '2026-11-04 17:58:42',
    I.zimbra('mail.ferretti-trasporti.it', '93.63.171.28', client_ip='185.213.155.71', browser='FF128 (Linux)'),
    ('Chiara Colombo', 'c.colombo@ferretti-trasporti.it'), [S('giulia.marchetti')],
    'R: Ritiro 3 bancali Milano → Verona – DDT e CMR firmati',
    Body('''Buonasera Giulia,

come richiesto Vi inoltro i documenti aggiornati (DDT e CMR con le correzioni del magazzino di Verona) insieme alla fattura del trasporto.

Per motivi di privacy l'archivio è protetto, la password è: FT1187

Grazie e buona serata
Chiara Colombo
Ufficio Traffico
%s

----- Messaggio originale -----
Da: "Giulia Marchetti" <giulia.marchetti@example.com>
A: "Chiara Colombo" <c.colombo@ferretti-trasporti.it>
Inviato: Martedì, 3 novembre 2026 16:12:05
Oggetto: R: Ritiro 3 bancali Milano → Verona – DDT e CMR firmati

Grazie Chiara, ricevuto tutto. Sul CMR del secondo bancale manca però il timbro del destinatario: potete mandarci una copia corretta quando l'avete?

Giulia
''' % FT_SIG, charset='utf-8', cte='quoted-printable', html=True,
        atts=[zip_att('Documenti_trasporto_FT1187.zip',
                      [('DDT_CMR_aggiornati_1187.pdf.vbs', PLACEHOLDER, (2026, 11, 4, 17, 40, 12))],
                      password='FT1187', seed='it-a21')]),
    in_reply_to=GIULIA_MID, references='%s %s' % (B18_MID, GIULIA_MID),
    what='Reply in a real transport-documents thread from the carrier\'s compromised mailbox, with a password-protected ZIP.',
    why='Genuine Ferretti Zimbra server, but webmail session from a VPN address (X-Originating-IP 185.213.155.71, Linux '
        'Firefox instead of the office IP); encrypted archive with a .pdf.vbs script; Ferretti normally sends plain PDFs (business 18).',
    pair='carrier-cmr-documents', tech='Thread hijack from compromised partner mailbox, password-protected ZIP (ZipCrypto) with script'))

# ================================================================ BUSINESS
BUSINESS.append(Msg(
    'carrier-invoice-genuine', '2026-10-30 11:17:26',
    C.FERRETTI_ZIMBRA,
    ('Ferretti Trasporti - Amministrazione', 'amministrazione@ferretti-trasporti.it'), [S('niccolo.rinaldi')],
    'Ferretti Trasporti S.p.A. – copia di cortesia fattura n. 2026/FT/01187',
    Body('''Spett.le Example Group Italia S.r.l.,

in allegato trasmettiamo la copia di cortesia della fattura n. 2026/FT/01187 del 30/10/2026 relativa ai trasporti del mese di ottobre (Milano – Düsseldorf, 4 viaggi groupage).

La fattura elettronica è stata trasmessa al Sistema di Interscambio (SdI) ed è disponibile nella Vostra area riservata "Fatture e Corrispettivi". La presente copia non ha valore fiscale.

Imponibile: € 3.860,00 – IVA non imponibile art. 9 DPR 633/72
Totale documento: € 3.860,00
Scadenza: 30/12/2026, bonifico su Banco BPM, IBAN %s (coordinate invariate).

Cordiali saluti
Ufficio Amministrazione
%s
''' % (fmt_iban(C.FERRETTI['iban']), FT_SIG), charset='utf-8', cte='quoted-printable', html=True,
        atts=[pdf_att('Fattura_2026_FT_01187_copia_cortesia.pdf', [
            ('FERRETTI TRASPORTI S.p.A.', 15, True), 'Via dell\'Industria 24 - 37135 Verona - P.IVA ' + C.FERRETTI['piva'], '',
            'Cliente: Example Group Italia S.r.l. - Via Giovanni Durando 38 - 20158 Milano - P.IVA ' + C.EG['it_piva'], '',
            ('FATTURA N. 2026/FT/01187 del 30/10/2026 - COPIA DI CORTESIA', 11, True), '',
            '06/10  Milano - Düsseldorf  groupage 4 plt  CMR 26-01102     EUR 965,00',
            '13/10  Milano - Düsseldorf  groupage 3 plt  CMR 26-01127     EUR 935,00',
            '20/10  Milano - Düsseldorf  groupage 5 plt  CMR 26-01151     EUR 995,00',
            '27/10  Milano - Düsseldorf  groupage 4 plt  CMR 26-01176     EUR 965,00', '',
            'Imponibile EUR 3.860,00 - Non imponibile art. 9 DPR 633/72',
            ('Totale documento EUR 3.860,00', 10, True), '',
            'Pagamento: bonifico 60 gg d.f. - Banco BPM - IBAN ' + fmt_iban(C.FERRETTI['iban']),
            'Documento privo di valenza fiscale ai sensi dell\'art. 21 DPR 633/72. L\'originale è disponibile nell\'area riservata.'],
            title='Fattura 2026/FT/01187', creator='Zucchetti Ad Hoc Revolution', producer='Zucchetti PDF',
            date="D:20261030111012+01'00'")]),
    what='Genuine courtesy copy of the carrier\'s invoice (the legal e-invoice went through SdI).',
    why='Sent from the carrier\'s own Zimbra server and real domain, bank details unchanged, states the SdI process correctly, PDF only.',
    pair='carrier-bank-change-lookalike'))

BUSINESS.append(Msg(
    'carrier-cmr-documents', '2026-11-03 10:05:31',
    C.FERRETTI_ZIMBRA,
    ('Chiara Colombo', 'c.colombo@ferretti-trasporti.it'), [S('giulia.marchetti')],
    'Ritiro 3 bancali Milano → Verona – DDT e CMR firmati',
    Body('''Buongiorno Giulia,

il ritiro di ieri dei 3 bancali (notebook ricondizionati per il cliente di Verona) è stato consegnato stamattina alle 8:40. In allegato il CMR firmato dal destinatario e il Vostro DDT controfirmato.

Per il prossimo ritiro del 10/11 confermiamo l'orario 14:00–16:00 presso il Vostro magazzino di via Durando.

Buona giornata
Chiara Colombo
Ufficio Traffico
%s
''' % FT_SIG, charset='utf-8', cte='quoted-printable', html=True,
        atts=[pdf_att('CMR_26-01212.pdf', [
            ('CMR - LETTERA DI VETTURA INTERNAZIONALE', 13, True), 'N. 26-01212', '',
            '1 Mittente: Example Group Italia S.r.l., Via G. Durando 38, Milano',
            '2 Destinatario: Scaligera Office Service S.r.l., Via Torricelli 37, Verona',
            '3 Luogo di consegna: Verona   4 Luogo e data di presa in carico: Milano, 02/11/2026',
            '6-9 3 bancali EUR, notebook ricondizionati, 412 kg', '16 Vettore: Ferretti Trasporti S.p.A.',
            '24 Ricevuto il 03/11/2026 ore 08:40 - firma e timbro destinatario'],
            title='CMR 26-01212', producer='Canon iR-ADV C5840 PDF', date="D:20261103094522+01'00'"),
              pdf_att('DDT_EG-IT-2026-0871.pdf', [
                  ('Example Group Italia S.r.l. - Documento di trasporto', 12, True), 'DDT n. EG-IT-2026-0871 del 02/11/2026', '',
                  'Destinatario: Scaligera Office Service S.r.l. - Verona', 'Causale: vendita',
                  '24 x notebook Latitude 5440 ricondizionati grado A', '12 x docking station WD19S', '3 colli (bancali)',
                  'Vettore: Ferretti Trasporti S.p.A.', 'Firma vettore ______   Firma destinatario ______'],
                  title='DDT EG-IT-2026-0871', producer='Canon iR-ADV C5840 PDF', date="D:20261103094601+01'00'")]),
    msgid=B18_MID,
    what='Genuine message from the carrier\'s traffic office with signed CMR and delivery note as PDFs.',
    why='Carrier\'s own Zimbra server from the office IP, expected operational content, unencrypted PDFs.',
    pair='thread-hijack-carrier-encrypted-zip'))

_GA = ('https://accounts.google.com/AccountChooser?Email=alessandro.conti@example.com&continue=https://myaccount.google.com/'
       'alert/nt/1792171330000?rfn%%3D325%%26rfnc%%3D1%%26eid%%3D%s%%26et%%3D0' % h('it-b19', 19, '0123456789'))
BUSINESS.append(Msg(
    'google-security-alert-it', '2026-10-16 19:22:10',
    I.google_notify(last=73),
    ('Google', 'no-reply@accounts.google.com'), [S('alessandro.conti')],
    'Avviso di sicurezza',
    Body('''Nuovo accesso su Windows

alessandro.conti@example.com

Abbiamo rilevato un nuovo accesso al tuo Account Google su un dispositivo Windows. Se sei stato tu, non devi fare nulla. In caso contrario, ti aiuteremo a proteggere il tuo account.

[[!Controlla attività|%s]]

Puoi anche visualizzare l'attività di sicurezza all'indirizzo
https://myaccount.google.com/notifications

Ti abbiamo inviato questa email per informarti di modifiche importanti al tuo Account Google e ai tuoi servizi.
© 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
''' % _GA, charset='utf-8', cte='base64', params='; format=flowed; delsp=yes', brand=('Google', '#1a73e8')),
    what='Genuine Google account sign-in alert in Italian for the sales colleague\'s Google account (used for Google Ads).',
    why='Google\'s notification infrastructure (mail-sor, gaia.bounces Return-Path), links only to accounts.google.com / '
        'myaccount.google.com, informational.'))

BUSINESS.append(Msg(
    'customer-complaint-it', '2026-11-25 12:34:48',
    C.GABRIANZA_ARUBA,
    ('Marco Galli', 'm.galli@gabrianza.it'), [S('alessandro.conti')],
    'Reclamo: 12 notebook con tastiera difettosa – richiesta intervento urgente',
    Body('''Buongiorno Alessandro,

Le scrivo per segnalare formalmente un problema sulla fornitura del 4 novembre (ordine GAB-2026-0412, 60 notebook ricondizionati).

Ad oggi 12 dispositivi presentano tasti che non rispondono o si bloccano (in particolare la fila Q-W-E-R e la barra spaziatrice). Gli utenti coinvolti sono nello stabilimento di Lissone e nell'ufficio acquisti, e da una settimana lavorano con tastiere esterne di fortuna.

Come previsto dall'art. 8 del contratto quadro, Vi chiedo:
- la sostituzione dei 12 notebook entro 5 giorni lavorativi, con ritiro presso il nostro magazzino di Monza;
- una verifica su tutti gli altri 48 pezzi dello stesso lotto;
- una relazione scritta sulla causa del difetto.

In caso contrario saremo costretti ad applicare la penale contrattuale e a sospendere il pagamento della fattura di novembre fino alla risoluzione.

Resto in attesa di un Suo riscontro entro domani. Mi trova al 039 274 5513.

Cordiali saluti

Marco Galli
Responsabile IT
Gruppo Alimentare Brianza S.p.A.
Viale Lombardia 210 - 20900 Monza (MB)
''', charset='iso-8859-1', cte='quoted-printable', html=True),
    cc=[S('giulia.marchetti')],
    what='Genuine customer complaint about defective keyboards with contractual-penalty threat.',
    why='Customer\'s own domain on Aruba via Outlook, concrete order and contract references, asks for a phone call; no links or payment changes.'))

BUSINESS.append(Msg(
    'broken-laptop-private-libero', '2026-12-03 08:07:33',
    I.libero(last=31, client_ip='93.45.%d.%d'),
    ('Niccolò Rinaldi', 'niccolo.rinaldi82@libero.it'), [S('giulia.marchetti')],
    'Portatile guasto – scrivo dalla mail personale',
    Body('''Ciao Giulia,

ti scrivo dalla mail personale perché stamattina il portatile aziendale non parte più: dopo l'aggiornamento di stanotte si ferma sulla schermata blu di BitLocker e chiede la chiave di ripristino, che ovviamente non ho.

Puoi avvisare Tobias o l'helpdesk in Germania? Il numero di serie è sull'etichetta sotto: 7HX2KQ3. Nel frattempo vengo in ufficio per le 10 e lavoro dal PC della sala riunioni, così chiudo almeno le registrazioni di novembre.

Se serve, mi trovi sul cellulare: 347 218 9054.

Grazie mille
Niccolò
''', charset='utf-8', cte='quoted-printable', html=True),
    what='Colleague reports a broken laptop (BitLocker recovery) from his private libero.it address.',
    why='Plausible reason for using private mail, concrete serial number, asks the office manager to involve IT; no links, '
        'attachments or requests for credentials or money.'))
