"""Italian messages (Milano office, Italian partners): 5 attacks, 5 genuine."""
from kit import *   # noqa: F401,F403

FERRETTI = ids.iban_it('05034', '11200', '000000041872')     # Banco BPM (genuine account of the carrier)
MULE_IT = ids.iban_it('03069', '09606', '100000178234')      # attacker mule account
ESCROW_PT = ids.iban_pt('0033', '0000', '45318726105')       # "escrow" account of the fake law firm
FERRETTI_PIVA = ids.it_piva('0281476015')
EG_IT_PIVA = ids.it_piva('1094382015')


def M365_FERRETTI(client_ip):
    return I.M365(domain='ferretti-trasporti.it', srv='DU0PR08MB9186', srv2='AM8PR08MB5627', region='eurprd08',
                  ob=('EUR05-DB8-obe.outbound.protection.outlook.com',
                      'mail-db8eur05on2078.outbound.protection.outlook.com', '40.107.20.78'),
                  content_language='it-IT', client_ip=client_ip)


FERRETTI_SIG = D('''
    Ferretti Trasporti S.p.A.
    Via dell'Artigianato 41 - 29122 Piacenza (PC)
    Tel. +39 0523 614 200 - www.ferretti-trasporti.it
    P.IVA %s - Cap. soc. 1.200.000 EUR i.v.
    ''' % FERRETTI_PIVA)


def define():
    # =====================================================================
    # ATTACKS
    # =====================================================================
    # 17 Agenzia delle Entrate / SdI phishing
    inf = I.VPS(helo='mail.agenziaentrate-fatturazione.it', rdns='vps-a3f21c9e.vps.ovh.net', ip='51.75.146.203',
                pc='localhost', client_ip='127.0.0.1', mimic='none', zone='IT')
    link = 'https://ivaservizi.agenziaentrate-fatturazione.it/portale/web/guest/scarto?id=14782613002'
    plain = D('''
        AGENZIA DELLE ENTRATE
        Fatture e Corrispettivi – Servizio di notifica

        Gentile contribuente,

        il Sistema di Interscambio (SdI) ha scartato la fattura elettronica di seguito indicata:

        Identificativo SdI: 14782613002
        Numero fattura: 2026/FE/01184 del 12/11/2026
        Cedente/prestatore: EXAMPLE GROUP ITALIA S.R.L. – P.IVA %s
        Codice errore: 00404 – Fattura duplicata

        La fattura non risulta trasmessa ai fini fiscali. Per evitare l'applicazione delle sanzioni previste dall'art. 6 del D.Lgs. 471/1997 è necessario regolarizzare la posizione entro 5 giorni dalla presente comunicazione, accedendo all'area riservata con SPID, CIE o CNS:

        %s

        Questo è un messaggio generato automaticamente, si prega di non rispondere.
        ''' % (EG_IT_PIVA, link))
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-15"></head>'
            '<body style="font-family:Titillium Web,Arial,sans-serif;background:#f5f5f5">'
            '<table width="620" align="center" style="background:#fff;border-top:6px solid #06c"><tr><td style="padding:22px">'
            '<div style="font-size:20px;font-weight:bold;color:#06c">AGENZIA DELLE ENTRATE</div>'
            '<div style="color:#555;margin-bottom:18px">Fatture e Corrispettivi &ndash; Servizio di notifica</div>'
            + ''.join('<p>%s</p>' % esc(p, 'iso-8859-15').replace('\n', '<br>') for p in plain.split('\n\n')[2:6]) +
            '<p style="text-align:center"><a href="%s" style="background:#06c;color:#fff;padding:10px 24px;text-decoration:none">Accedi con SPID / CIE</a></p>'
            '<p style="font-size:11px;color:#777">Questo &egrave; un messaggio generato automaticamente, si prega di non rispondere.</p>'
            '</td></tr></table></body></html>\n' % link)
    add('attack', 'it', 'agenzia-entrate-fattura-scartata', inf, T('2026-11-16 08:03:51', 'IT'),
        ('Agenzia delle Entrate', 'notifiche@agenziaentrate-fatturazione.it'), [S('marco.esposito')],
        'Notifica di scarto – Fattura elettronica 2026/FE/01184 – Codice errore 00404',
        alt(text(plain, 'iso-8859-15', 'quoted-printable'), text(html, 'iso-8859-15', 'quoted-printable', 'html')),
        hcs='iso-8859-15',
        what='"Agenzia delle Entrate" says the SdI rejected an e-invoice (duplicate, code 00404) and threatens penalties unless fixed in 5 days via SPID login',
        why='Look-alike domain agenziaentrate-fatturazione.it on an OVH VPS (real: agenziaentrate.gov.it; SdI notifications arrive via PEC/intermediary, never by ordinary mail with a login link); link to fake ivaservizi login harvesting SPID credentials; penalty threat and deadline',
        check={'technique': 'Tax-authority / e-invoicing (SdI) credential phishing, look-alike domain on VPS'})

    # 18 Carrier bank-detail change from look-alike domain
    inf = I.VPS(helo='mail.ferretti-trasporti.com', rdns='srv582114.hstgr.cloud', ip='89.116.52.117',
                pc='DESKTOP-R2H8VQ1', client_ip='102.220.117.45', mimic='outlook', lang='it', zone='IT')
    body = D('''
        Gentile Dott. Esposito,

        con la presente La informiamo che, a seguito della riorganizzazione della tesoreria del nostro gruppo, a partire dal 1° dicembre 2026 tutti i pagamenti a favore di Ferretti Trasporti S.p.A. dovranno essere effettuati esclusivamente sul seguente conto corrente:

        Intestatario: Ferretti Trasporti S.p.A.
        Banca: Intesa Sanpaolo S.p.A. – Filiale Milano 9606
        IBAN: %s
        BIC: BCITITMM

        Le fatture n. 2026/1877 (3.418,20 €) e n. 2026/1902 (5.960,75 €), in scadenza il 30/11, andranno quindi saldate sul nuovo conto. I pagamenti effettuati sulle vecchie coordinate dopo tale data verranno respinti dalla banca.

        In allegato trova la comunicazione ufficiale firmata dal nostro Amministratore Delegato. La preghiamo di darci conferma dell'avvenuto aggiornamento rispondendo a questa e-mail.

        Cordiali saluti

        Chiara Colombo
        Ufficio Amministrazione

        ''' % bnk(MULE_IT)) + FERRETTI_SIG
    letter = pdf_att('Comunicazione_variazione_coordinate_bancarie.pdf', [
        ('FERRETTI TRASPORTI S.p.A.', 15, True), "Via dell'Artigianato 41 - 29122 Piacenza (PC)", '',
        'Spett.le Example Group Italia S.r.l.', 'Via Solferino 22 - 20121 Milano', '',
        'Piacenza, 24/11/2026', '', ('Oggetto: variazione coordinate bancarie', 12, True), '',
        'Con la presente comunichiamo che a far data dal 01/12/2026 le nostre coordinate bancarie',
        'per tutti i pagamenti sono le seguenti:', '',
        'Banca: Intesa Sanpaolo S.p.A.', 'IBAN: ' + bnk(MULE_IT), 'BIC: BCITITMM', '',
        'Le precedenti coordinate non saranno piu valide.', '', 'Distinti saluti', '',
        'Roberto Ferretti', 'Amministratore Delegato', '', 'P.IVA ' + FERRETTI_PIVA],
        title='Comunicazione', author='Utente', creator='Microsoft Word', producer='Microsoft: Print To PDF',
        created="D:20261124170211+01'00'")
    add('attack', 'it', 'ferretti-variazione-coordinate-bancarie', inf, T('2026-11-25 09:37:18', 'IT'),
        ('Chiara Colombo', 'c.colombo@ferretti-trasporti.com'), [S('marco.esposito')],
        'Ferretti Trasporti – comunicazione variazione coordinate bancarie',
        mixed(alt(text(body, 'windows-1252', 'quoted-printable'),
                  text(html_of(body, 'outlook', 'windows-1252', 'IT'), 'windows-1252', 'quoted-printable', 'html')), letter),
        hcs='windows-1252',
        what='"Ferretti Trasporti" announces new bank details from 1 December and asks to pay two invoices due on 30 November there; PDF letter',
        why='Look-alike domain ferretti-trasporti.com (real: ferretti-trasporti.it, on Microsoft 365) sending from a Hostinger VPS; dispatcher name used for an accounting matter; old account declared invalid, due invoices redirected, confirmation by reply only - carrier impersonation / payment redirection',
        check={'technique': 'Carrier bank-detail change from look-alike domain on VPS, PDF letter', 'ibans': [MULE_IT]})

    # 19 Gift-card request impersonating the office manager
    inf = I.Gmail(host=('mail-lj1-f180.google.com', '209.85.208.180'), date_zone='IT')
    body = D('''
        Ciao Sara,

        sei in ufficio? Ho bisogno di un favore veloce e riservato, sono in riunione con i distributori fino a sera e non posso telefonare.

        Vorremmo fare una sorpresa di Natale ai nostri autori e traduttori: mi servono 6 gift card Amazon da 100 € ciascuna. Puoi comprarle all'Esselunga o in tabaccheria qui vicino? Poi gratta il retro e mandami per email una foto chiara dei codici, così li inoltro io con i biglietti di auguri.

        Ti rimborso tutto oggi stesso con la nota spese, conserva lo scontrino. Non dirlo agli altri, è una sorpresa.

        Grazie mille!
        Giulia

        Inviato da iPhone
        ''')
    add('attack', 'it', 'gift-card-responsabile-ufficio', inf, T('2026-12-09 11:42:30', 'IT'),
        ('Giulia Romano', 'giulia.romano.ufficio@gmail.com'), [S('sara.conti')],
        'Sei in ufficio?',
        alt(text(body, 'UTF-8', 'quoted-printable'), text(html_of(body, 'gmail', 'UTF-8'), 'UTF-8', 'quoted-printable', 'html')),
        what='"Giulia Romano" (office manager) asks the office assistant to buy six 100 EUR Amazon gift cards and mail photos of the codes',
        why='Gift-card scam: manager\'s name on a new Gmail address, "in a meeting, can\'t call", secrecy, codes to be photographed and mailed - irreversible value transfer to the attacker',
        check={'technique': 'Gift-card fraud impersonating a manager from free mail'})

    # 20 Courier (BRT) parcel-fee phishing from a compromised WordPress site
    inf = I.EximCpanel(helo='server47.hostingsolutions.it', rdns='server47.hostingsolutions.it', ip='94.177.203.58',
                       zone='IT', script='1034:class-phpmailer.php', cpuser='agritur5', client_ip=None)
    link = 'https://brt-giacenze.info/it/riconsegna?sp=051023874415'
    plain = D('''
        BRT – La tua spedizione è in giacenza

        Gentile cliente,

        non è stato possibile consegnare la spedizione n. 0510 2387 4415 (mittente: Amazon EU S.à r.l.) perché l'indirizzo risulta incompleto (numero civico / interno mancante).

        La spedizione rimarrà in giacenza presso la filiale di Milano Lambrate per 72 ore. Per programmare una nuova consegna conferma l'indirizzo e paga il contributo di riconsegna di 1,99 €:

        %s

        Trascorso questo termine la spedizione verrà restituita al mittente.

        BRT S.p.A. – Servizio Clienti
        ''' % link)
    html = ('<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;background:#eee">'
            '<div style="max-width:560px;margin:auto;background:#fff"><div style="background:#c4161c;color:#fff;font-size:24px;font-weight:bold;padding:14px 22px">BRT</div>'
            '<div style="padding:22px;font-size:14px;color:#222"><h3>La tua spedizione &egrave; in giacenza</h3>'
            + ''.join('<p>%s</p>' % esc(p) for p in plain.split('\n\n')[1:3]) +
            '<p style="text-align:center"><a href="%s" style="background:#c4161c;color:#fff;padding:11px 26px;text-decoration:none;font-weight:bold">Programma la riconsegna</a></p>'
            '<p>Trascorso questo termine la spedizione verr&agrave; restituita al mittente.</p><p style="font-size:12px;color:#777">BRT S.p.A. &ndash; Servizio Clienti</p></div></div></body></html>\n' % link)
    add('attack', 'it', 'brt-spedizione-giacenza', inf, T('2026-12-02 19:27:04', 'IT'),
        ('BRT Servizio Clienti', 'noreply@agriturismo-ilcastagno.it'), [S('sara.conti')],
        'Spedizione 051023874415 in giacenza – conferma indirizzo entro 72 ore',
        alt(text(plain, 'utf-8', 'base64'), text(html, 'utf-8', 'base64', 'html')),
        what='"BRT" courier says a parcel is held for an incomplete address and asks for a 1.99 EUR redelivery fee',
        why='Courier brand on a compromised farm-holiday website (PHP script on shared hosting, envelope from the site); link to brt-giacenze.info collecting card data; small fee and 72-hour deadline',
        check={'technique': 'Courier parcel-fee phishing (card theft), sent by a PHP mailer on a compromised WordPress site'})

    # 21 Fake lawyer, stage 2 of CEO fraud (Zoho)
    inf = I.Zoho()
    body = D('''
        Egregio Dott. Esposito,

        su incarico della Dott.ssa Katharina Vogt, Presidente del Consiglio di Amministrazione del Gruppo, Le scrivo in merito all'operazione riservata di acquisizione denominata "Progetto Aurora", che la Dott.ssa Vogt Le avrà anticipato.

        Per consentire il closing presso il notaio domattina, è necessario che la filiale italiana provveda oggi stesso al versamento del deposito cauzionale di 186.400,00 € sul conto vincolato (escrow) dello Studio:

        Beneficiario: Bassi & Associati – Conto Escrow Progetto Aurora
        Banca: Millennium bcp, Lisboa
        IBAN: %s
        BIC: BCOMPTPL
        Causale: Deposito cauzionale PA-2026-117

        La somma resterà vincolata fino al perfezionamento dell'operazione e sarà restituita integralmente in caso di mancato closing.

        Le ricordo che, ai sensi del Regolamento (UE) 596/2014 in materia di abusi di mercato, l'operazione è soggetta a obbligo di stretta riservatezza: La prego di non parlarne con altri colleghi e di comunicare esclusivamente con il sottoscritto e con la Dott.ssa Vogt per iscritto. Mi confermi cortesemente l'esecuzione del bonifico inviandomi la contabile entro le ore 15:00.

        Distinti saluti

        Avv. Lorenzo Bassi
        Bassi & Associati – Studio Legale
        Corso di Porta Romana 68, 20122 Milano
        ''' % bnk(ESCROW_PT))
    add('attack', 'it', 'falso-avvocato-acquisizione', inf, T('2026-11-10 10:18:44', 'IT'),
        ('Avv. Lorenzo Bassi', 'l.bassi@bassi-associati-legal.com'), [S('marco.esposito')],
        'RISERVATO – Progetto Aurora – deposito cauzionale',
        alt(text(body, 'utf-8', 'quoted-printable'), text(html_of(body, 'tb', 'utf-8'), 'utf-8', 'quoted-printable', 'html')),
        what='"Lawyer" acting for the CEO demands a 186,400 EUR escrow deposit today for a confidential acquisition, to a Portuguese account',
        why='Fake-lawyer stage of CEO fraud (same "confidential acquisition" story as attack 01): unknown law-firm domain registered on Zoho, foreign escrow account, secrecy justified with market-abuse rules, same-day deadline, bypasses the Italian accountant\'s normal approvals',
        check={'technique': 'BEC fake lawyer (stage 2 of CEO fraud), Zoho-hosted domain, foreign escrow IBAN', 'ibans': [ESCROW_PT]})

    # =====================================================================
    # GENUINE
    # =====================================================================
    # 17 Urgent reminder from the real carrier, service suspension
    inf = M365_FERRETTI('93.63.172.14')
    body = D('''
        Spett.le Example Group Italia S.r.l.,
        alla c.a. del Dott. Marco Esposito

        nonostante il nostro sollecito del 13/11, risultano ancora non saldate le seguenti fatture:

        Fatt. 2026/1633 del 30/09/2026 – scad. 30/10/2026 – 4.286,40 €
        Fatt. 2026/1711 del 15/10/2026 – scad. 14/11/2026 – 2.975,90 €
        Totale scaduto: 7.262,30 €

        Vi chiediamo di provvedere al pagamento entro e non oltre il 09/12/2026. In mancanza, saremo costretti a sospendere i ritiri programmati presso il Vostro magazzino di Piacenza a partire dal 10/12/2026, con le conseguenze sulle consegne natalizie alle librerie che potete immaginare.

        Le coordinate bancarie restano invariate: Banco BPM, IBAN %s.

        Se il pagamento è già stato disposto, Vi preghiamo di inviarci la contabile; per qualsiasi chiarimento potete contattare l'ufficio amministrazione al numero 0523 614 231.

        Cordiali saluti

        Ufficio Amministrazione
        ''' % bnk(FERRETTI)) + FERRETTI_SIG
    ec = pdf_att('Estratto_conto_cliente_C01884.pdf', [
        ('Ferretti Trasporti S.p.A. - Estratto conto cliente C01884', 12, True),
        'Example Group Italia S.r.l. - Via Solferino 22 - 20121 Milano', 'Data: 01/12/2026', '',
        'Documento      Data        Scadenza    Importo EUR   Residuo EUR',
        'Fatt. 2026/1633 30/09/2026  30/10/2026     4.286,40      4.286,40',
        'Fatt. 2026/1711 15/10/2026  14/11/2026     2.975,90      2.975,90',
        'Fatt. 2026/1877 31/10/2026  30/11/2026     3.418,20      3.418,20',
        ('Totale residuo                                        10.680,50', 10, True), '',
        'Coordinate: Banco BPM - IBAN ' + bnk(FERRETTI)],
        title='Estratto conto', author='Ferretti Trasporti', creator='TeamSystem Enterprise', producer='TeamSystem',
        created="D:20261201083000+01'00'")
    add('business', 'it', 'ferretti-sollecito-sospensione-ritiri', inf, T('2026-12-01 08:44:12', 'IT'),
        ('Amministrazione Ferretti Trasporti', 'amministrazione@ferretti-trasporti.it'), [S('marco.esposito')],
        'SOLLECITO URGENTE – fatture scadute – sospensione ritiri dal 10/12',
        mixed(alt(text(body, 'windows-1252', 'quoted-printable'),
                  text(html_of(body, 'outlook', 'windows-1252', 'IT'), 'windows-1252', 'quoted-printable', 'html')), ec),
        cc=[('Chiara Colombo', 'c.colombo@ferretti-trasporti.it')], hcs='windows-1252',
        what='Carrier\'s accounts department demands payment of two overdue invoices and threatens to suspend pick-ups from 10 December',
        why='Real domain ferretti-trasporti.it from its Microsoft 365 tenant (Italian ISP client IP), refers to its earlier reminder, bank details explicitly unchanged, statement attached, offers a phone number',
        pair=('ferretti-variazione-coordinate-bancarie', 'Same carrier, same accountant, payment pressure - but real domain and unchanged IBAN'))

    # 18 Bookshop complaint from consumer mail (Libero)
    inf = I.Libero(client_ip='151.38.114.207')
    body = D('''
        Buongiorno Giulia,

        vi scrivo per la fattura n. 2026/IT/03318 del 20 novembre: lo sconto applicato è il 35% invece del 38% concordato per la campagna di Natale (vedi la mail di Sara del 2 ottobre). In più nel collo n. 2 mancavano 4 copie di "La strada del sale", che risultano invece fatturate.

        Potete mandarmi una nota di credito per la differenza e le 4 copie mancanti? Preferirei che le copie arrivassero entro il 12, abbiamo la presentazione con l'autrice il 14 dicembre.

        Vi allego la bolla con le annotazioni del corriere.

        Grazie e buona giornata,
        Roberta Fabbri
        Libreria Il Segnalibro
        Via Santo Stefano 14/b – 40125 Bologna
        tel. 051 23 84 07
        ''')
    bolla = png_att('bolla_DDT_1884.png', photo_png('bolla-ddt'), style='tb')
    add('business', 'it', 'libreria-reclamo-sconto-libero', inf, T('2026-11-26 10:14:07', 'IT'),
        ('Libreria Il Segnalibro', 'libreria.ilsegnalibro@libero.it'), [S('giulia.romano')],
        'Fattura 2026/IT/03318 – sconto errato e copie mancanti',
        mixed(alt(text(body, 'UTF-8', 'quoted-printable'), text(html_of(body, 'ox', 'UTF-8'), 'UTF-8', 'quoted-printable', 'html')), bolla),
        cc=[S('sara.conti')],
        what='Small bookshop customer (on Libero consumer mail) disputes a discount and missing copies, asks for a credit note; photo of the delivery note',
        why='Known customer using its long-standing Libero address via Libero\'s Open-Xchange webmail from an Italian access IP; concrete invoice and prior agreement, asks for a credit note, no links or payment redirection',
        pair=('gift-card-responsabile-ufficio', 'Consumer mailbox writing to the Milan office - but a known customer address and an ordinary commercial request'))

    # 19 Colleague with broken laptop writing from private Libero address
    inf = I.Libero(client_ip='79.44.203.118')
    body = D('''
        Ciao Giulia, ciao Thomas,

        vi scrivo dalla mia mail privata perché il portatile aziendale stamattina non si accende più (lampeggia la spia arancione e poi niente, già provato con un altro alimentatore). Oggi lavoro da casa e senza il portatile non riesco ad accedere alla contabilità.

        Thomas, è possibile avere un portatile sostitutivo? Posso passare in ufficio domani mattina a ritirarlo e lasciarvi quello guasto. Nel frattempo controllo le mail dal telefono (Outlook funziona).

        Giulia, se arrivano fatture urgenti da registrare oggi le vediamo domani.

        Grazie,
        Marco
        ''')
    add('business', 'it', 'collega-portatile-guasto-mail-privata', inf, T('2026-12-10 08:21:55', 'IT'),
        ('Marco Esposito', 'marco.esposito78@libero.it'), [S('giulia.romano'), S('thomas.brandt')],
        'Portatile aziendale guasto',
        text(body, 'ISO-8859-15', 'quoted-printable', quote_charset=False),
        what='Italian accountant reports from his private Libero address that his company laptop does not start and asks IT for a replacement',
        why='Colleague writing from private mail for a plausible reason, to his manager and the IT head together, asks for nothing sensitive (no payment, no credentials, no data), proposes to hand over the broken device in person',
        pair=('gift-card-responsabile-ufficio', 'A colleague on free mail the day after the gift-card lure - but asks only for IT support, no money or secrecy'))

    # 20 Italian trade newsletter via SendGrid
    inf = I.SendGrid(node='xtrwkgmq', ip='167.89.76.118', uid=19873422, bounce_dom='em2291.giornaleeditoria.it')
    base = 'https://url2291.giornaleeditoria.it/ls/click?upn=u001.'
    arts = [('Mercato del libro: novembre a +2,4%, bene la varia e i ragazzi', 'Ka81'),
            ('Più libri più liberi 2026: il programma professionale', 'Lb92'),
            ('Fattura elettronica: le novità 2027 per editori e librerie', 'Mc03'),
            ('Traduzioni e IA: cosa prevedono i nuovi contratti tipo', 'Nd14')]
    plain = 'Giornale dell\'Editoria – newsletter del 4 dicembre 2026\n\n' + '\n\n'.join(
        '%s\n%s%s' % (t, base, k) for t, k in arts) + D('''


        Ricevi questa newsletter perché sei iscritto con l'indirizzo giulia.romano@example.com.
        Cancella l'iscrizione: https://url2291.giornaleeditoria.it/asm/unsubscribe/?user_id=19873422&data=Qx71
        Giornale dell'Editoria S.r.l. – Via Vittor Pisani 16 – 20124 Milano
        ''')
    html = ('<!DOCTYPE html><html lang="it"><head><meta charset="utf-8"></head><body style="margin:0;background:#f6f1ea">'
            '<table width="600" align="center" style="background:#fff;font-family:Georgia,serif"><tr><td style="padding:18px;font-size:24px;color:#8a1c1c">Giornale dell&#39;Editoria</td></tr>'
            + ''.join('<tr><td style="padding:12px 18px;border-top:1px solid #eee"><a href="%s%s" style="color:#222;font-size:17px;text-decoration:none">%s</a></td></tr>' % (base, k, esc(t)) for t, k in arts) +
            '<tr><td style="padding:18px;font-size:11px;color:#777;font-family:Arial">Ricevi questa newsletter perch&eacute; sei iscritto con l&#39;indirizzo giulia.romano@example.com. '
            '<a href="https://url2291.giornaleeditoria.it/asm/unsubscribe/?user_id=19873422&amp;data=Qx71">Cancella l&#39;iscrizione</a><br>Giornale dell&#39;Editoria S.r.l. &ndash; Via Vittor Pisani 16 &ndash; 20124 Milano</td></tr>'
            '</table><img src="https://url2291.giornaleeditoria.it/wf/open?upn=u001.Oe25" width="1" height="1" alt=""></body></html>\n')
    add('business', 'it', 'newsletter-giornale-editoria', inf, T('2026-12-04 07:30:02', 'IT'),
        ('Giornale dell\'Editoria', 'newsletter@giornaleeditoria.it'), [S('giulia.romano')],
        'Mercato del libro a novembre, Più libri più liberi, fattura elettronica 2027',
        alt(text(plain, 'utf-8', 'quoted-printable'), text(html, 'utf-8', 'quoted-printable', 'html')),
        extra=[('List-Unsubscribe', '<https://url2291.giornaleeditoria.it/asm/unsubscribe/?user_id=19873422&data=Qx71>, <mailto:unsubscribe@em2291.giornaleeditoria.it>'),
               ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click')],
        what='Subscribed Italian publishing-trade newsletter sent through SendGrid',
        why='SendGrid with the publisher\'s own authenticated link/bounce subdomains, List-Unsubscribe one-click, editorial content only',
        pair=('agenzia-entrate-fattura-scartata', 'Mentions e-invoicing like the SdI lure, but is an editorial newsletter with no action demanded'))

    # 21 Genuine e-invoicing provider notification (passive invoice received)
    inf = SV.app_mailer('smtpnotify02.aruba.it', '62.149.158.92', 'IT', 'fatturazioneelettronica.aruba.it',
                        'fe-notify.aruba.it', 'Aruba e-invoicing notification server')
    body = D('''
        Gentile Cliente,

        ti informiamo che è stata ricevuta una nuova fattura elettronica passiva per la tua azienda EXAMPLE GROUP ITALIA S.R.L.

        Fornitore: FERRETTI TRASPORTI S.P.A. (P.IVA %s)
        Numero documento: 2026/1961
        Data documento: 30/11/2026
        Identificativo SdI: 15109488217
        Data ricezione: 02/12/2026

        Puoi visualizzare e scaricare la fattura accedendo al pannello di Fatturazione Elettronica dal tuo Account Aruba.

        Questa è una comunicazione automatica: ti preghiamo di non rispondere.
        Aruba S.p.A. – Via San Clemente 53 – 24036 Ponte San Pietro (BG) – P.IVA 01573850516
        ''' % FERRETTI_PIVA)
    add('business', 'it', 'fatturazione-elettronica-fattura-ricevuta', inf, T('2026-12-02 06:12:39', 'IT'),
        ('Aruba Fatturazione Elettronica', 'noreply@fatturazioneelettronica.aruba.it'), [S('marco.esposito')],
        'Nuova fattura ricevuta da FERRETTI TRASPORTI S.P.A. – n. 2026/1961',
        text(body, 'iso-8859-1', '8bit'), hcs='iso-8859-1',
        what='E-invoicing intermediary notifies that a supplier invoice arrived through SdI',
        why='Notification from the company\'s e-invoicing provider on its own infrastructure; informational, no link to enter credentials, refers to the known supplier and SdI identifier',
        pair=('agenzia-entrate-fattura-scartata', 'Same subject area (SdI e-invoice notification) - genuine intermediary, no threat, no login link'))
