"""business/17-21: Italian-language genuine mail."""
import html as _h

from lib import data, ids, kit, mime, qr, png, containers, systems as sy
from lib.data import S, OFF
from lib.message import auth
from lib.mime import T, plus, Part, Multipart, attachment, text, local
from lib.registry import scenario
from msgs.attack_it import dropbox_share, FERRETTI_SIG

IT_BUYER = ['Example Antincendio S.r.l.', 'Via Stefanardo da Vimercate 28', '20128 Milano (MI)', 'P.IVA ' + OFF['IT']['taxid']]
FERRETTI_PIVA = 'IT' + ids.it_piva('0384127' + '023')


# ---------------------------------------------------------------------------
@scenario('business', '17-it-ferretti-fattura-copia-cortesia.eml')
def b17(m):
    r = m.rng
    luca = S('Bernardi')
    amm = ('Amministrazione Ferretti Trasporti', 'amministrazione@ferretti-trasporti.it')
    m.frm = amm
    m.to = [luca]
    m.rcpt = [luca[1]]
    m.mail_from = amm[1]
    num = 'FT 2026/01874'
    m.subject = 'Ferretti Trasporti S.p.A. - Copia di cortesia fattura n. %s del 30/09/2026' % num
    m.date = T(2026, 10, 6, 9, 2, 55)
    m.date_zone = 'UTC'
    m.accept_language, m.content_language = 'it-IT, en-US', 'it-IT'
    m.has_attach = True
    iban = data.FERRETTI_IBAN
    inv, tot = kit.invoice_pdf(
        'it', ['Ferretti Trasporti S.p.A.', 'Autotrasporti nazionali e internazionali', 'Via Sommacampagna 63 - 37137 Verona',
               'P.IVA %s' % FERRETTI_PIVA, 'Tel. +39 045 861 2240'],
        IT_BUYER, num, '30/09/2026',
        [('Trasporto groupage Hannover (DE) - Milano, 14 bancali, DDT 4471/4472 del 08-09/09/2026', 1, 4870.00),
         ('Supplemento carburante settembre 2026 (7,92 %)', 1, 385.74)],
        'EUR', 22, ['Banco BPM S.p.A. - Filiale di Verona Borgo Roma', 'IBAN %s' % ids.fmt_iban(iban), 'BIC BAPPIT21A84'],
        meta_lines=['Cod. cliente|C-20417', 'Scadenza|30/11/2026', 'Id. SdI|18427741930'],
        notes=['Copia di cortesia priva di valore fiscale ai sensi dell\'art. 21 DPR 633/72. L\'originale è stato trasmesso tramite '
               'Sistema di Interscambio ed è disponibile nella sua area riservata del portale Fatture e Corrispettivi.'],
        creator='TeamSystem Enterprise', producer='TeamSystem Enterprise - Stampa documenti', pdfdate="D:20261006103311+02'00'",
        logo_color=(0.0, 0.32, 0.6))
    assert abs(tot['gross'] - 6412.00) < 0.01
    body = ('Gentile Cliente,\n\nin allegato la copia di cortesia della fattura elettronica n. %s del 30/09/2026 '
            '(importo EUR 6.412,00), trasmessa tramite Sistema di Interscambio - identificativo SdI 18427741930.\n\n'
            'La copia allegata non ha valore fiscale: il documento originale è disponibile nel cassetto fiscale / portale '
            'Fatture e Corrispettivi.\n\nModalità di pagamento: bonifico bancario 60 gg d.f.f.m. su Banco BPM, IBAN %s.\n\n'
            'Cordiali saluti\n\nUfficio Amministrazione\nFerretti Trasporti S.p.A.\nVia Sommacampagna 63 - 37137 Verona\n'
            'Tel. +39 045 861 2211 - amministrazione@ferretti-trasporti.it\n') % (num, ids.fmt_iban(iban))
    html = kit.outlook_html(body, 'it', 'windows-1252', font='Aptos')
    region = 'EUR'
    host = sy.m365_hosts(m, region)[0][1]
    bnd_m, bnd_a = kit.boundary(r, 'outlook_m365', host), kit.boundary(r, 'outlook_m365', host)
    body_obj = Multipart('mixed', [Multipart('alternative', [text(body, 'plain', 'windows-1252', 'quoted-printable'),
                                                             text(html, 'html', 'windows-1252', 'quoted-printable')], bnd_a),
                                   attachment(inv, 'FT_2026_01874.pdf', 'application/pdf', 'outlook', r, plus(m.date, -120))], bnd_m)
    hdrs, conn, tmx, dkb = sy.m365_transport(m, m.date, region=region, lang='it', dkim_selector='selector1',
                                            tenant_id='3a8f0e52-7b1d-4c39-9e6a-0d4b2f81c7e5')
    m.finish(hdrs, conn, plus(tmx, 2), auth(spf=('pass', 'ferretti-trasporti.it'), dkim=[('pass', 'ferretti-trasporti.it', 'selector1', 2048, dkb)],
                                         dmarc=('pass', 'reject', 'ferretti-trasporti.it')), body_obj)
    m.fact('ibans', iban)
    m.fact('phones', '+39 045 861 2211', '+39 045 861 2240')
    m.what = 'Courtesy copy of Ferretti Trasporti\'s e-invoice FT 2026/01874 (EUR 6.412,00), original sent via SdI, PDF attached.'
    m.why = 'Carrier\'s real M365 tenant (aligned DKIM), routine courtesy copy referencing the SdI identifier, bank details unchanged (Banco BPM) and consistent with previous invoices.'
    m.hard_negative_of = (['17-it-ferretti-hijack-cambio-iban.eml'], 'Ferretti Trasporti invoice and bank details',
                          'Same mailbox family and invoice, but the account is the long-standing Banco BPM one and nothing asks to change it.')


# ---------------------------------------------------------------------------
@scenario('business', '18-it-sdi-pec-notifica-scarto.eml')
def b18(m):
    r = m.rng
    luca = S('Bernardi')
    pec_box = 'exampleantincendio@pec.it'
    sdi = 'sdi01@pec.fatturapa.it'
    m.frm = ('Per conto di: %s' % sdi, 'posta-certificata@pec.fatturapa.it')
    m.reply_to = (None, sdi)
    m.to = [(None, pec_box)]
    m.rcpt = [luca[1]]
    m.mail_from = 'SRS0=%s=%s=pec.fatturapa.it=posta-certificata@pec.aruba.it' % (r.alnum(4), r.alnum(2, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'))
    sdi_id = '18991542207'
    fname = 'IT08527410156_00A7K.xml'
    subj = 'Notifica di scarto %s' % sdi_id
    m.subject = 'POSTA CERTIFICATA: ' + subj
    m.date = T(2026, 11, 12, 10, 47, 31)
    ns = ('<?xml version="1.0" encoding="UTF-8"?>\n<?xml-stylesheet type="text/xsl" href="NS_v1.2.2.xsl"?>\n'
          '<types:NotificaScarto xmlns:types="http://ivaservizi.agenziaentrate.gov.it/docs/xsd/fatture/v1.0" '
          'xmlns:ds="http://www.w3.org/2000/09/xmldsig#" versione="1.0">\n'
          '  <IdentificativoSdI>%s</IdentificativoSdI>\n  <NomeFile>%s</NomeFile>\n'
          '  <DataOraRicezione>2026-11-12T10:41:07.000+01:00</DataOraRicezione>\n'
          '  <ListaErrori>\n    <Errore>\n      <Codice>00404</Codice>\n      <Descrizione>Fattura duplicata</Descrizione>\n'
          '      <Suggerimento>Verificare che la fattura n. 2026/0312 del 10/11/2026 non sia già stata trasmessa con identificativo SdI 18987305561</Suggerimento>\n'
          '    </Errore>\n  </ListaErrori>\n  <MessageId>%s</MessageId>\n'
          '  <ds:Signature Id="Signature1"><ds:SignedInfo><ds:CanonicalizationMethod Algorithm="http://www.w3.org/TR/2001/REC-xml-c14n-20010315"/>'
          '<ds:SignatureMethod Algorithm="http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"/></ds:SignedInfo>'
          '<ds:SignatureValue>%s</ds:SignatureValue></ds:Signature>\n</types:NotificaScarto>\n') % (
        sdi_id, fname, r.randrange(10 ** 10, 10 ** 11), r.b64(256))
    inner_body = ('Il file %s inviato al Sistema di Interscambio con identificativo %s è stato scartato.\n\n'
                  'Si allega notifica di scarto.\n\nSistema di Interscambio\n') % (fname, sdi_id)
    b_in = kit.boundary(r, 'javamail')
    nsname = 'IT08527410156_00A7K_NS_001.xml'
    inner_obj = Multipart('mixed', [Part('text/plain', inner_body, 'UTF-8', '7bit' if all(ord(c) < 128 for c in inner_body) else '8bit',
                                         ctype_value='text/plain; charset=UTF-8'),
                                    attachment(ns.encode('utf-8'), nsname, 'application/octet-stream', 'generic', r)], b_in)
    inner_mid = m.mid('javamail', 'pec.fatturapa.it') if False else '%d.%d.%d.JavaMail.sdi@sdiprod%02d' % (
        r.randrange(10 ** 8, 10 ** 9), r.randrange(10 ** 5, 10 ** 6), int(m.date.timestamp()) * 1000, r.randrange(1, 12))
    inner_headers = [('Date', mime.rfcdate(plus(m.date, -2), 'CET')), ('From', sdi), ('To', pec_box),
                     ('Message-ID', '<%s>' % inner_mid), ('Subject', subj), ('MIME-Version', '1.0'), ('<MIME>', None)]
    signed, ident, orig_mid = kit.pec_envelope(m, inner_headers, inner_obj, sdi, gestore='SOGEI S.p.A.', gestore_dom='pec.fatturapa.it',
                                               subject_inner=subj, t=m.date, recipients=[pec_box])
    m.msgid = ident
    k = r.randrange(1, 6)
    pre = [sy.rcv('from mx.pec.aruba.it (mx.pec.aruba.it [62.149.158.%d])\n\tby smtpcmd0%d.pec.aruba.it (Postfix) with ESMTP id %s\n\tfor <%s>; %s' % (
               20 + k, k, r.postfix_qid(), luca[1], mime.rfcdate(plus(m.date, 3), 'CET', comment=True))),
           sy.rcv('from pec.fatturapa.it (pec-out2.sogei.it [193.203.231.%d])\n\tby mx.pec.aruba.it (Postfix) with ESMTPS id %s\n\tfor <%s>; %s' % (
               r.randrange(2, 250), r.postfix_qid(), pec_box, mime.rfcdate(plus(m.date, 1), 'CET', comment=True))),
           ('X-Riferimento-Message-ID', orig_mid), ('X-Trasporto', 'posta-certificata'),
           ('X-Forwarded-To', luca[1]), ('X-Aruba-PEC-Inoltro', 'copia-inoltrata')]
    hdrs = pre + [('Date', mime.rfcdate(m.date, 'CET')), ('Subject', m.subject), ('From', '"%s" <%s>' % m.frm),
                  ('Reply-To', sdi), ('To', pec_box), ('Message-ID', '<%s>' % ident), ('MIME-Version', '1.0'),
                  ('X-TipoRicevuta', 'completa'), ('<MIME>', None)]
    conn = ('smtpcmd0%d.pec.aruba.it' % k, 'smtpcmd0%d.pec.aruba.it' % k, '62.149.158.%d' % (80 + k))
    m.finish(hdrs, conn, plus(m.date, 5), auth(spf=('pass', 'pec.aruba.it'), dkim=[], dmarc=('none', None, 'pec.fatturapa.it')), signed)
    m.fact('other', 'SdI identificativo %s, codice errore 00404 (fattura duplicata)' % sdi_id)
    m.what = 'Certified-mail (PEC) notification from the Italian e-invoicing exchange (SdI): rejection notice 00404 "duplicate invoice", forwarded by Aruba from the branch\'s PEC box to the accountant.'
    m.why = 'Authentic PEC structure (daticert.xml, postacert.eml, S/MIME signature) from the SdI address, attachment is the NotificaScarto XML (no executable), refers to the company\'s own invoice file name and VAT number.'
    m.hard_negative_of = (['18-it-pec-sollecito-zip-password.eml'], 'PEC certified mail with attachment',
                          'Sender is SdI, attachment is a signed XML receipt about the company\'s own submission; no archive, no password, no payment.')


# ---------------------------------------------------------------------------
@scenario('business', '19-it-brambilla-conferma-ordine.eml')
def b19(m):
    r = m.rng
    fra = S('Rinaldi')
    frank = S('Lüdtke')
    davide = ('Davide Brambilla', 'davide.brambilla@brambillavalvole.it')
    m.frm = davide
    m.to = [fra]
    m.cc = [frank]
    m.rcpt = [fra[1], frank[1]]
    m.mail_from = davide[1]
    m.subject = 'Conferma d\'ordine n. 2026/0788 - Vs. ordine 4500018790 (stazioni di controllo DN150)'
    m.date = T(2026, 10, 16, 11, 26, 4)
    m.msgid = m.mid('thunderbird', 'brambillavalvole.it')
    m.user_agent = 'Mozilla Thunderbird'
    m.content_language = 'it'
    m.hdr_enc = 'Q'
    body = ('Buongiorno Francesca,\n\nin allegato la nostra conferma d\'ordine n. 2026/0788 relativa al vostro ordine '
            '4500018790:\n\n- 4 stazioni di controllo ad umido DN150 complete (valvola di allarme, campana idraulica, '
            'pressostato, trim di prova)\n- 2 stazioni a secco DN100 con acceleratore\n\nConsegna prevista: settimana 46 '
            'franco vostro magazzino di Segrate, con trasporto Ferretti come da accordi.\nCertificazioni VdS/CE e dichiarazioni '
            'di prestazione verranno inviate insieme al DDT.\n\nCome d\'accordo metto in copia il collega Frank Lüdtke '
            'della sede di Hannover.\n\nCordiali saluti\nDavide Brambilla\nUfficio Commerciale\n\nValvole Brambilla S.r.l.\n'
            'Via Giacomo Matteotti 312 - 25065 Lumezzane (BS)\nTel. +39 030 892 1460\n')
    pdfdata = kit.letter_pdf(['Valvole Brambilla S.r.l.', 'Valvole e stazioni di controllo per impianti sprinkler',
                              'Via Giacomo Matteotti 312 - 25065 Lumezzane (BS) - P.IVA IT%s' % ids.it_piva('0291847' + '017')],
                             IT_BUYER, 'Lumezzane, 16/10/2026', 'Conferma d\'ordine n. 2026/0788 - Vs. ordine 4500018790 del 12/10/2026',
                             ['Confermiamo con la presente la fornitura di:',
                              '  Pos. 1 - Stazione di controllo ad umido DN150 completa, cod. SCU-150-VdS - 4 pz - EUR 2.940,00 cad.',
                              '  Pos. 2 - Stazione di controllo a secco DN100 con acceleratore, cod. SCS-100-ACC - 2 pz - EUR 4.180,00 cad.',
                              'Totale imponibile EUR 20.120,00 + IVA. Consegna: settimana 46/2026, resa franco destino (Segrate).',
                              'Pagamento: bonifico bancario 60 gg d.f.f.m. come da condizioni in essere.'],
                             'Valvole Brambilla S.r.l.\nUfficio Commerciale', creator='Zucchetti Ad Hoc Revolution',
                             producer='Zucchetti Ad Hoc Revolution', pdfdate="D:20261016111501+02'00'", accent=(0.1, 0.35, 0.2))
    bnd = kit.boundary(r, 'thunderbird')
    body_obj = Multipart('mixed', [Part('text/plain', body, 'UTF-8', '8bit', ctype_value='text/plain; charset=UTF-8; format=flowed'),
                                   attachment(pdfdata, 'Conferma_ordine_2026-0788.pdf', 'application/pdf', 'thunderbird', r)], bnd,
                           preamble='This is a multi-part message in MIME format.')
    hdrs, conn, tmx, dkb = sy.aruba(m, m.date, client_style='thunderbird')
    m.finish(hdrs, conn, plus(tmx, 2), auth(spf=('pass', 'brambillavalvole.it'), dkim=[('pass', 'brambillavalvole.it', 'a1', 2048, dkb)],
                                         dmarc=('pass', 'none', 'brambillavalvole.it')), body_obj)
    m.fact('phones', '+39 030 892 1460')
    m.what = 'Supplier order confirmation (alarm valve stations DN150/DN100) from Valvole Brambilla\'s sales contact, PDF attached.'
    m.why = 'Supplier\'s own domain via Aruba with Thunderbird, answers a real purchase order number, technical detail consistent with the trade, no payment or link.'
    m.hard_negative_of = (['21-it-dropbox-condivisione-abusata.eml'], 'Order document from Valvole Brambilla',
                          'Sent from the supplier\'s corporate mailbox with the PDF attached, not via a Gmail-based Dropbox account.')


# ---------------------------------------------------------------------------
@scenario('business', '20-it-dropbox-ferretti-cmr.eml')
def b20(m):
    r = m.rng
    luca = S('Bernardi')
    sender_name = 'Chiara Colombo'
    sender_email = 'c.colombo@ferretti-trasporti.it'
    m.frm = ('%s (tramite Dropbox)' % sender_name, 'no-reply@dropbox.com')
    m.reply_to = (sender_name, sender_email)
    m.to = [luca]
    m.rcpt = [luca[1]]
    m.mail_from = 'bounces+%s@em-s.dropbox.com' % r.hex(14)
    folder = 'CMR settembre 2026 - Example Antincendio'
    m.subject = '%s ha condiviso «%s» con te' % (sender_name, folder)
    m.date = T(2026, 10, 8, 14, 11, 37)
    m.date_zone = 'UTC'
    message = ('Ciao Luca, come richiesto ti condivido le CMR firmate dei trasporti di settembre (28 documenti) per la '
               'riconciliazione con le fatture 01874 e 01911.')
    plain, html, link = dropbox_share(m, sender_name, sender_email, folder, message, folder=True)
    bnd = kit.boundary(r, 'javamail')
    body_obj = Multipart('alternative', [text(plain, 'plain', 'utf-8', 'quoted-printable'), text(html, 'html', 'utf-8', 'quoted-printable')], bnd)
    hdrs, conn, tmx, bees = sy.dropbox(m, m.date)
    m.finish(hdrs, conn, plus(tmx, 1), auth(spf=('pass', 'em-s.dropbox.com'),
                                         dkim=[('pass', 'dropbox.com', 'smtpout', 2048, bees[0][1]), ('pass', 'dropboxmail.com', 'smtpout', 2048, bees[1][1])],
                                         dmarc=('pass', 'reject', 'dropbox.com')), body_obj)
    m.fact('urls', link)
    m.what = 'Genuine Dropbox folder share from the carrier\'s customer-service contact: signed CMR consignment notes for September, as requested for invoice reconciliation.'
    m.why = 'Dropbox mail whose sharer account is the carrier\'s corporate address, answers a request, content (CMR scans) fits the process; no login outside Dropbox.'
    m.hard_negative_of = (['21-it-dropbox-condivisione-abusata.eml'], 'Dropbox share notification',
                          'Sharer account = known partner\'s corporate mailbox; the attack uses a Gmail-based account with the supplier\'s name.')


# ---------------------------------------------------------------------------
@scenario('business', '21-it-aruba-pec-rinnovo-genuino.eml')
def b21(m):
    r = m.rng
    fra = S('Rinaldi')
    dom = 'staff.aruba.it'
    m.frm = ('Aruba.it', 'comunicazioni@' + dom)
    m.to = [fra]
    m.rcpt = [fra[1]]
    m.mail_from = 'bounce-%s@%s' % (r.hex(12), 'mailing.aruba.it')
    m.subject = 'Promemoria scadenza servizio PEC exampleantincendio@pec.it'
    m.date = T(2026, 11, 2, 6, 4, 12)
    m.msgid = '%s@%s' % (r.hex(32), 'mailing.aruba.it')
    body = ('Gentile Cliente,\n\nti ricordiamo che il servizio Posta Elettronica Certificata exampleantincendio@pec.it '
            '(login cliente 2291884@aruba.it) scadrà il 30/11/2026.\n\nIl rinnovo automatico è attivo con addebito sulla carta '
            'registrata: non devi fare nulla. Puoi verificare le impostazioni o disattivare il rinnovo automatico accedendo '
            'all\'Area Clienti dal sito [www.aruba.it](https://www.aruba.it).\n\nTi ricordiamo che Aruba non ti chiederà mai '
            'di inserire le tue credenziali tramite link contenuti in email o SMS.\n\nCordiali saluti\nAruba S.p.A.\n\n'
            'Aruba S.p.A. - Via San Clemente 53 - 24036 Ponte San Pietro (BG) - P.IVA 01573850516\n')
    html = kit.simple_html(body, 'Arial, Helvetica, sans-serif', '13px')
    plain = kit.to_plain(body, 'gmail')
    bnd = kit.boundary(r, 'javamail')
    body_obj = Multipart('alternative', [text(plain, 'plain', 'iso-8859-1', 'quoted-printable', ctype_value='text/plain; charset=ISO-8859-1'),
                                         text(html, 'html', 'iso-8859-1', 'quoted-printable', ctype_value='text/html; charset=ISO-8859-1')], bnd)
    hdrs, conn, tmx, dkb = sy.corp_relay(m, m.date, 'mailing07.aruba.it', '62.149.157.%d' % r.randrange(20, 60),
                                         inner=[('mktsend03.aruba.local', 'unknown', '10.23.%d.%d' % (r.randrange(255), r.randrange(2, 250)), 'mailing07.aruba.it', 'ESMTP')],
                                         dkim=(dom, 'a1'), client_style='generic')
    m.finish(hdrs, conn, plus(tmx, 2), auth(spf=('pass', 'mailing.aruba.it'), dkim=[('pass', dom, 'a1', 2048, dkb)],
                                         dmarc=('pass', 'quarantine', 'staff.aruba.it')), body_obj)
    m.fact('urls', 'https://www.aruba.it')
    m.what = 'Aruba reminder that the branch\'s PEC mailbox expires on 30/11 and will renew automatically; refers to the customer area without a login link.'
    m.why = 'Aruba\'s own sending domain with aligned DKIM, states auto-renewal (nothing to do), links only to www.aruba.it, explicit anti-phishing notice.'
    m.hard_negative_of = (['20-it-aruba-pec-scadenza-phishing.eml'], 'Aruba PEC expiry notice',
                          'Genuine sender and infrastructure, no button to a login page, no suspension threat.')
