"""Italian messages: attack 17-21, business 17-21."""
from .msg import Msg
from .core import utc, plus, rfcdate, Text, Binary, Multi, Raw, guid, hexs, alnum, epoch, CRLF, fold
from . import systems as S, platforms as P, mk, docs, ident, org, arch, html as H
from .org import p
from .corr import FERR, sig_colombo
from .bodies import boundary

IT_E = org.ENTITIES[1]
PIVA_EX = IT_E['ids'][0][1]


def _pick(text):
    for c in ('iso-8859-1', 'windows-1252', 'utf-8'):
        try:
            text.encode(c)
            return c
        except UnicodeEncodeError:
            pass


# ------------------------------------------------------------------ PEC -----
def pec_wrap(m, sender_pec, provider, provider_host, provider_ip, inner_raw, inner_subject, inner_msgid, recipients,
             t_sent, dest_type='esterno', gestore='ARUBA PEC S.p.A.'):
    """Build the PEC transport envelope (multipart/signed with daticert.xml and postacert.eml)."""
    r = m.rng
    lt = t_sent + __import__('datetime').timedelta(hours=1)
    ident_ = 'opec%d.%s.%d.%d.1.%d@%s' % (r.randint(21000, 21999), lt.strftime('%Y%m%d%H%M%S'), r.randint(1000, 99999),
                                       r.randint(100, 999), r.randint(10, 99), provider)
    intro = ('Messaggio di posta certificata\n\nIl giorno %s alle ore %s (+0100) il messaggio\n"%s" è stato inviato da '
             '"%s"\nindirizzato a:\n%s\nIl testo originale si trova nell\'allegato di nome postacert.eml\n'
             'L\'allegato daticert.xml contiene informazioni di servizio sulla trasmissione\nIdentificativo messaggio: %s\n'
             % (lt.strftime('%d/%m/%Y'), lt.strftime('%H:%M:%S'), inner_subject, sender_pec, '\n'.join(recipients), ident_))
    intro_html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
                  '<h3>Messaggio di posta certificata</h3>' + ''.join('<p>%s</p>' % H.esc(x).replace('\n', '<br>')
                                                                      for x in intro.split('\n\n')[1:]) + '</body></html>')
    dati = ('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE postacert SYSTEM "daticert.dtd">\n'
            '<postacert tipo="posta-certificata" errore="nessuno">\n  <intestazione>\n    <mittente>%s</mittente>\n'
            + ''.join('    <destinatari tipo="%s">%s</destinatari>\n' % (dest_type, x) for x in recipients) +
            '    <risposte>%s</risposte>\n    <oggetto>%s</oggetto>\n  </intestazione>\n  <dati>\n'
            '    <gestore-emittente>%s</gestore-emittente>\n    <data zona="+0100">\n      <giorno>%s</giorno>\n'
            '      <ora>%s</ora>\n    </data>\n    <identificativo>%s</identificativo>\n    <msgid>%s</msgid>\n'
            '  </dati>\n</postacert>\n') % (sender_pec, sender_pec, H.esc(inner_subject), gestore, lt.strftime('%d/%m/%Y'),
                                           lt.strftime('%H:%M:%S'), ident_, H.esc(inner_msgid))
    dati = dati.replace('<!DOCTYPE postacert SYSTEM "daticert.dtd">\n', '')
    alt = Multi('alternative', [Text('plain', intro, 'UTF-8', 'quoted-printable'), Text('html', intro_html, 'UTF-8', 'quoted-printable')],
                boundary(m, 'java'))
    mixed = Multi('mixed', [alt, Binary('application/xml', dati.encode('utf-8'), 'daticert.xml', 'attachment',
                                        fname_style='2231'),
                            Raw('message/rfc822', inner_raw, headers=[('Content-Disposition', 'attachment; filename="postacert.eml"')],
                                cte=None)], boundary(m, 'java'))
    sig = bytes(r.randrange(256) for _ in range(3217))
    signed = Multi('signed', [mixed, Binary('application/pkcs7-signature', sig, 'smime.p7s', 'attachment',
                                            extra_headers=[('Content-Description', 'S/MIME Cryptographic Signature')])],
                   boundary(m, 'java'), params=['protocol="application/pkcs7-signature"', 'micalg=sha-256'])
    return signed, ident_


def inner_msg(m, headers, body):
    hs, b = body.serialize()
    lines = [fold(n, v) for n, v in headers + hs]
    return (CRLF.join(lines) + CRLF + CRLF + b + ('' if b.endswith(CRLF) else CRLF)).encode('latin-1')


def a17():
    m = Msg('attack', '17-it-ferretti-sharepoint-compromesso')
    m.t = utc(2026, 12, 3, 8, 52, 10)
    m.frm = ('Chiara Colombo', 'no-reply@sharepointonline.com')
    m.reply_to = ('Chiara Colombo', 'c.colombo@ferretti-trasporti.it')
    m.to = [p('luca.moretti')]
    m.cc = [p('francesca.bianchi')]
    m.subject = 'Chiara Colombo ha condiviso il file "FT-2026-1287 sollecito.pdf" con te'
    r = m.rng
    link = m.url('https://ferrettitrasporti-my.sharepoint.com/:b:/g/personal/c_colombo_ferretti-trasporti_it/E%s?e=%s'
                 % (alnum(r, 46, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-'), alnum(r, 6)),
                 'SharePoint link in the compromised tenant; the PDF behind it links to a credential page')
    priv = m.url('https://go.microsoft.com/fwlink/?LinkId=521839', 'Microsoft privacy statement')
    note = ('Buongiorno, vi condivido il sollecito relativo alla fattura FT-2026-1287 (trasporto rotore di coda '
            'Trento-Augsburg) che risulta ancora aperta. Vi chiedo cortesemente di visionare il documento e di darci '
            'riscontro entro oggi, grazie.')
    html, plain = H.notif([
        ('p', 'Chiara Colombo ha condiviso un file con te'),
        ('p', note),
        ('p', 'FT-2026-1287 sollecito.pdf'),
        ('btn', 'Apri', link),
        ('small', 'Questo collegamento funziona solo per i destinatari diretti di questo messaggio.'),
        ('small', 'Informativa sulla privacy: %s\nMicrosoft Corporation, One Microsoft Way, Redmond, WA 98052' % priv)],
        brand='SharePoint', color='#036c70', lang='it', title='SharePoint', bg='#ffffff')
    S.exo_prepare(m, 'EUR')
    m.body = Multi('alternative', [Text('plain', plain, 'utf-8', 'quoted-printable'), Text('html', html, 'utf-8', 'quoted-printable')],
                   boundary(m, 'exo', 0))
    m.extra = [('X-MS-Exchange-Organization-SharePoint', 'SharingNotification')] if False else []
    m.meta['mail_from'] = 'no-reply@sharepointonline.com'
    m.raw = S.exo(m, 'sharepointonline.com', FERR['tenant'], lang='it-IT', dkim_d='sharepointonline.com',
                  dmarc_policy='reject', notify=True, originator='ferrettitrasporti.onmicrosoft.com')
    m.meta['what'] = 'SharePoint Online notification: the carrier\'s contact shared an overdue-invoice reminder PDF'
    m.meta['why'] = ('Document-share lure from the compromised Microsoft 365 tenant of Ferretti Trasporti: a genuine '
                     'SharePoint notification (sharepointonline.com, auth pass) pointing to a file that carries the phishing '
                     'link; unexpected "reminder" for an invoice number that does not exist, same-day pressure. Ferretti '
                     'sends invoices as PDF by mail and via SdI (business/17, 18)')
    return m


def a18():
    m = Msg('attack', '18-it-pec-compromessa-zip')
    m.t = utc(2026, 11, 17, 10, 12, 44)
    sender = 'studiobertoldi@pec.it'
    m.frm = ('Per conto di: %s' % sender, 'posta-certificata@pec.aruba.it')
    m.reply_to = ('', sender)
    m.to = [('', 'luca.moretti@example.com')]
    inner_subject = 'Sollecito pagamento fattura n. 214/2026'
    m.subject = 'POSTA CERTIFICATA: ' + inner_subject
    pw = '7731'
    m.meta['zip_password'] = pw
    m.fact('ZIP password', pw, 'given in the message body')
    payload = ('Inert evaluation sample. In the real campaign this file was an obfuscated JScript downloader '
               '(Fattura_214_2026.pdf.js) that fetched a banking trojan from a compromised web server.\r\n').encode()
    z = arch.make_zip([('Fattura_214_2026.pdf.js', payload, (2026, 11, 17, 9, 58, 12))], rng=m.rng, password=pw.encode())
    inner_text = ('Gentile Cliente,\n\nin allegato trasmettiamo copia della fattura n. 214/2026 relativa alla consulenza '
                  'tecnica per l\'adeguamento dell\'hangar (pratica antincendio), che dai nostri registri risulta ancora '
                  'insoluta.\n\nPer motivi di riservatezza il documento è protetto da password: %s\n\n'
                  'Vi preghiamo di provvedere al saldo entro 5 giorni lavorativi per evitare l\'avvio delle procedure di '
                  'recupero del credito.\n\nDistinti saluti\n\nStudio Tecnico Ing. Bertoldi\nVia Brennero 118, 38121 Trento\n'
                  'P.IVA %s' % (pw, ident.it_piva('0193847022')))
    r = m.rng
    imid = '<%s@pec.it>' % hexs(r, 24)
    ibody = Multi('mixed', [Text('plain', inner_text, 'UTF-8', 'quoted-printable'),
                            Binary('application/zip', z, 'Fattura_214_2026.zip', 'attachment', fname_style='2231')],
                  boundary(m, 'roundcube'))
    ih = [('MIME-Version', '1.0'), ('Date', rfcdate(plus(m.t, -2), 'DE')), ('From', sender), ('To', 'luca.moretti@example.com'),
          ('Subject', inner_subject), ('Message-ID', imid), ('X-Sender', sender), ('User-Agent', 'Roundcube Webmail/1.6.9')]
    inner = inner_msg(m, ih, ibody)
    m.body, pid = pec_wrap(m, sender, 'pec.aruba.it', 'smtpdh05.ad.aruba.it', '62.149.158.95', inner, inner_subject, imid,
                           ['luca.moretti@example.com'], m.t)
    m.msgid = '<%s>' % pid
    d = S.enc_fields(m, 'UTF-8', 'Q')
    msg = [('Message-ID', m.msgid), ('X-Riferimento-Message-ID', imid), ('X-Trasporto', 'posta-certificata'),
           ('Date', rfcdate(m.t, 'DE')), ('Subject', d['Subject']), ('From', '"Per conto di: %s" <posta-certificata@pec.aruba.it>' % sender),
           ('Reply-To', sender), ('To', 'luca.moretti@example.com'), ('MIME-Version', '1.0')]
    inner_tr = [('Received', 'from mxcert.pec.aruba.it (mxcert.pec.aruba.it [10.10.%d.%d])\r\n\tby smtpdh05.ad.aruba.it '
                 '(Postfix) with ESMTP id %s;\r\n\t%s' % (r.randint(1, 60), r.randint(1, 250), S.postfix_qid(r, m.t),
                                                          rfcdate(plus(m.t, 1), 'DE', 'postfix')))]
    m.raw = S.relay(m, 'smtpdh05.ad.aruba.it', '62.149.158.95', 'pec.aruba.it', inner=inner_tr, msg_headers=msg,
                    mail_from='posta-certificata@pec.aruba.it', selector='a1', dmarc_policy='none')
    m.meta['what'] = ('Certified-mail (PEC) message from an engineering firm: overdue invoice 214/2026, password-protected '
                      'ZIP inside postacert.eml')
    m.meta['why'] = ('Malware loader via a compromised PEC mailbox (typical in Italy): the PEC envelope is genuine and '
                     'signed, the inner message carries an encrypted ZIP with a .pdf.js file (represented inertly) and the '
                     'password in the text; unknown firm, threat of debt collection. Genuine PEC: business/18')
    return m


def _ferretti_invoice_pdf():
    rows = [['1', 'Trasporto dedicato motore Arriel 2E (in cassa) Trento - Augsburg, sponda idraulica, 1 autista', '1', '3.450,00', '3.450,00'],
            ['2', 'Assicurazione merce valore dichiarato', '1', '410,00', '410,00'],
            ['3', 'Pedaggi e supplemento Brennero', '1', '140,00', '140,00']]
    return docs.invoice_pdf(
        'Ferretti Trasporti S.p.A.', ['Via dell\'Industria 14 · 24040 Verdellino (BG) · P.IVA %s' % FERR['piva']],
        ['Example Elicotteri S.r.l.', 'Via Lidorno 11', '38123 Trento (TN)', 'P.IVA %s' % PIVA_EX],
        'Fattura n. FT-2026-1242',
        [('Data', '30/11/2026'), ('Cod. cliente', 'C0412'), ('Rif. ordine', 'Mail 18/11/2026 F. Bianchi'),
         ('Scadenza', '30/12/2026')],
        ['Pos', 'Descrizione', 'Q.tà', 'Prezzo', 'Importo'], rows,
        [('Imponibile', '4.000,00 EUR', False), ('IVA 22%', '880,00 EUR', False), ('Totale documento', '4.880,00 EUR', True)],
        ['Pagamento: bonifico bancario 30 gg d.f. - Intesa Sanpaolo, IBAN %s' % ident.fmt_iban(FERR['iban']),
         'Copia di cortesia. Il documento fiscalmente valido è la fattura elettronica trasmessa tramite SdI.'],
        [['Ferretti Trasporti S.p.A. - Cap. soc. EUR 1.200.000 i.v.'], ['REA BG-318742 - P.IVA ' + FERR['piva']]],
        dict(title='FT-2026-1242', author='Ferretti Trasporti', creator='TeamSystem Enterprise',
             producer='TeamSystem PDF Engine', created="D:20261130164512+01'00'"),
        right_cols=(2, 3, 4), col_x=[50, 80, 330, 380, 470])


def b17():
    m = Msg('business', '17-it-ferretti-fattura-cortesia')
    m.t = utc(2026, 11, 30, 16, 48, 22)
    m.frm = ('Ferretti Trasporti - Amministrazione', 'amministrazione@ferretti-trasporti.it')
    m.to = [p('luca.moretti')]
    m.cc = [('Chiara Colombo', 'c.colombo@ferretti-trasporti.it')]
    m.subject = 'Copia di cortesia fattura n. FT-2026-1242 del 30/11/2026 - Example Elicotteri S.r.l.'
    ib = m.iban(FERR['iban'], 'Ferretti genuine account (Intesa Sanpaolo)')
    m.phone('+39 035 884 1270', 'Ferretti switchboard')
    m.url('www.ferretti-trasporti.it', 'website')
    pdf, ptxt = _ferretti_invoice_pdf()
    m.meta['doc_texts'] = [ptxt]
    text = ('Buonasera,\n\nin allegato inviamo copia di cortesia della fattura n. FT-2026-1242 del 30/11/2026 relativa al '
            'trasporto del motore Arriel 2E da Trento ad Augsburg del 24/11.\n\n'
            'La fattura elettronica è stata trasmessa in data odierna tramite il Sistema di Interscambio al vostro codice '
            'destinatario M5UXCR1; il documento fiscalmente valido è quello ricevuto tramite SdI.\n\n'
            'Modalità di pagamento: bonifico a 30 gg d.f. sul conto Intesa Sanpaolo %s (invariato).\n\n'
            'Cordiali saluti\n\nUfficio Amministrazione\nFerretti Trasporti S.p.A.\nVia dell\'Industria 14 - 24040 '
            'Verdellino (BG)\nTel. +39 035 884 1270\nwww.ferretti-trasporti.it' % ib)
    S.exo_prepare(m, 'EUR')
    cs = _pick(text)
    cid = 'image001.png@01DD80F1.%s' % hexs(m.rng, 8, True)
    logo = docs.logo_png(180, 48, (255, 255, 255), (0, 84, 147), 'bar', accent=(0, 84, 147))
    m.body = mk.client(m, 'exo', text, H.outlook_html(text, 'IT', sig_img_cid=cid), cs=cs,
                       inline=[(cid, 'image001.png', logo, 'image/png')],
                       attachments=[mk.att(m, 'exo', 'FT-2026-1242_Ferretti_Trasporti.pdf', pdf)])
    m.raw = S.exo(m, 'ferretti-trasporti.it', FERR['tenant'], lang='it-IT', dmarc_policy='quarantine')
    m.meta['what'] = 'Carrier sends the courtesy PDF copy of its invoice; the fiscal e-invoice went via SdI'
    m.meta['why'] = ('Genuine: Ferretti\'s own Microsoft 365 tenant (auth pass), expected invoice for a real transport, '
                     'unchanged bank account, points to the SdI original; sales contact in Cc')
    m.meta['pair'] = ['17']
    m.meta['topic'] = 'Ferretti Trasporti invoice / reminder'
    m.meta['pair_note'] = 'Direct PDF from the known account, no share link, matching SdI invoice (business/18)'
    return m


def b18():
    m = Msg('business', '18-it-sdi-pec-fattura-inoltro')
    m.t = utc(2026, 11, 30, 17, 5, 31)
    sdi = 'sdi01@pec.fatturapa.it'
    pecbox = 'example-elicotteri@legalmail.it'
    m.frm = ('Per conto di: %s' % sdi, 'posta-certificata@pec.fatturapa.it')
    m.reply_to = ('', sdi)
    m.to = [('', pecbox)]
    m.rcpt = ['luca.moretti@example.com']
    idsdi = '14587339210'
    fn = 'IT03187420165_b7K2q.xml'
    inner_subject = 'Invio File %s' % idsdi
    m.subject = 'POSTA CERTIFICATA: ' + inner_subject
    ib = m.iban(FERR['iban'], 'Ferretti account in the FatturaPA XML')
    xml = ('<?xml version="1.0" encoding="UTF-8"?>\n'
           '<p:FatturaElettronica versione="FPR12" xmlns:ds="http://www.w3.org/2000/09/xmldsig#" '
           'xmlns:p="http://ivaservizi.agenziaentrate.gov.it/docs/xsd/fatture/v1.2" '
           'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n<FatturaElettronicaHeader>\n'
           '<DatiTrasmissione><IdTrasmittente><IdPaese>IT</IdPaese><IdCodice>03187420165</IdCodice></IdTrasmittente>'
           '<ProgressivoInvio>b7K2q</ProgressivoInvio><FormatoTrasmissione>FPR12</FormatoTrasmissione>'
           '<CodiceDestinatario>M5UXCR1</CodiceDestinatario></DatiTrasmissione>\n'
           '<CedentePrestatore><DatiAnagrafici><IdFiscaleIVA><IdPaese>IT</IdPaese><IdCodice>03187420165</IdCodice>'
           '</IdFiscaleIVA><Anagrafica><Denominazione>Ferretti Trasporti S.p.A.</Denominazione></Anagrafica>'
           '<RegimeFiscale>RF01</RegimeFiscale></DatiAnagrafici><Sede><Indirizzo>Via dell\'Industria</Indirizzo>'
           '<NumeroCivico>14</NumeroCivico><CAP>24040</CAP><Comune>Verdellino</Comune><Provincia>BG</Provincia>'
           '<Nazione>IT</Nazione></Sede><IscrizioneREA><Ufficio>BG</Ufficio><NumeroREA>318742</NumeroREA>'
           '<CapitaleSociale>1200000.00</CapitaleSociale><SocioUnico>SM</SocioUnico><StatoLiquidazione>LN</StatoLiquidazione>'
           '</IscrizioneREA></CedentePrestatore>\n'
           '<CessionarioCommittente><DatiAnagrafici><IdFiscaleIVA><IdPaese>IT</IdPaese><IdCodice>%s</IdCodice>'
           '</IdFiscaleIVA><Anagrafica><Denominazione>Example Elicotteri S.r.l.</Denominazione></Anagrafica>'
           '</DatiAnagrafici><Sede><Indirizzo>Via Lidorno</Indirizzo><NumeroCivico>11</NumeroCivico><CAP>38123</CAP>'
           '<Comune>Trento</Comune><Provincia>TN</Provincia><Nazione>IT</Nazione></Sede></CessionarioCommittente>\n'
           '</FatturaElettronicaHeader>\n<FatturaElettronicaBody>\n<DatiGenerali><DatiGeneraliDocumento>'
           '<TipoDocumento>TD01</TipoDocumento><Divisa>EUR</Divisa><Data>2026-11-30</Data><Numero>FT-2026-1242</Numero>'
           '<ImportoTotaleDocumento>4880.00</ImportoTotaleDocumento><Causale>Trasporto dedicato motore Trento - Augsburg '
           'del 24/11/2026</Causale></DatiGeneraliDocumento></DatiGenerali>\n<DatiBeniServizi>\n'
           '<DettaglioLinee><NumeroLinea>1</NumeroLinea><Descrizione>Trasporto dedicato motore Arriel 2E Trento - Augsburg'
           '</Descrizione><Quantita>1.00</Quantita><PrezzoUnitario>3450.00</PrezzoUnitario><PrezzoTotale>3450.00</PrezzoTotale>'
           '<AliquotaIVA>22.00</AliquotaIVA></DettaglioLinee>\n'
           '<DettaglioLinee><NumeroLinea>2</NumeroLinea><Descrizione>Assicurazione merce</Descrizione><Quantita>1.00</Quantita>'
           '<PrezzoUnitario>410.00</PrezzoUnitario><PrezzoTotale>410.00</PrezzoTotale><AliquotaIVA>22.00</AliquotaIVA>'
           '</DettaglioLinee>\n<DettaglioLinee><NumeroLinea>3</NumeroLinea><Descrizione>Pedaggi e supplemento Brennero'
           '</Descrizione><Quantita>1.00</Quantita><PrezzoUnitario>140.00</PrezzoUnitario><PrezzoTotale>140.00</PrezzoTotale>'
           '<AliquotaIVA>22.00</AliquotaIVA></DettaglioLinee>\n'
           '<DatiRiepilogo><AliquotaIVA>22.00</AliquotaIVA><ImponibileImporto>4000.00</ImponibileImporto>'
           '<Imposta>880.00</Imposta><EsigibilitaIVA>I</EsigibilitaIVA></DatiRiepilogo>\n</DatiBeniServizi>\n'
           '<DatiPagamento><CondizioniPagamento>TP02</CondizioniPagamento><DettaglioPagamento>'
           '<ModalitaPagamento>MP05</ModalitaPagamento><DataScadenzaPagamento>2026-12-30</DataScadenzaPagamento>'
           '<ImportoPagamento>4880.00</ImportoPagamento><IstitutoFinanziario>INTESA SANPAOLO SPA</IstitutoFinanziario>'
           '<IBAN>%s</IBAN></DettaglioPagamento></DatiPagamento>\n</FatturaElettronicaBody>\n</p:FatturaElettronica>\n'
           % (PIVA_EX[2:], FERR['iban']))
    r = m.rng
    meta_xml = ('<?xml version="1.0" encoding="UTF-8"?>\n<ns3:FileMetadati xmlns:ns3="http://ivaservizi.agenziaentrate.gov.it/docs/xsd/fatture/v1.0" '
                'versione="1.0">\n<IdentificativoSdI>%s</IdentificativoSdI>\n<NomeFile>%s</NomeFile>\n'
                '<Hash>%s</Hash>\n<CodiceDestinatario>M5UXCR1</CodiceDestinatario>\n<Formato>FPR12</Formato>\n'
                '<TentativiInvio>1</TentativiInvio>\n<MessageId>%d</MessageId>\n</ns3:FileMetadati>\n'
                % (idsdi, fn, hexs(r, 64), r.randint(10 ** 10, 10 ** 11)))
    itext = ('Il Sistema di Interscambio ha trasmesso in allegato il file %s (identificativo SdI %s) e il relativo file '
             'dei metadati.\n\nMessaggio generato automaticamente dal Sistema di Interscambio. Non rispondere a questo '
             'messaggio.\n' % (fn, idsdi))
    imid = '<%d.%d.JavaMail.sdi@sdi01>' % (r.randint(10 ** 8, 10 ** 9), epoch(m.t) * 1000)
    ibody = Multi('mixed', [Text('plain', itext, 'UTF-8', '7bit' if False else 'quoted-printable'),
                            Binary('application/xml', xml.encode('utf-8'), fn, 'attachment', fname_style='2231'),
                            Binary('application/xml', meta_xml.encode('utf-8'), fn.replace('.xml', '_MT_001.xml'),
                                   'attachment', fname_style='2231')], boundary(m, 'java'))
    ih = [('Date', rfcdate(plus(m.t, -40), 'DE')), ('From', sdi), ('To', pecbox), ('Message-ID', imid),
          ('Subject', inner_subject), ('MIME-Version', '1.0')]
    inner = inner_msg(m, ih, ibody)
    m.body, pid = pec_wrap(m, sdi, 'pec.fatturapa.it', '', '', inner, inner_subject, imid, [pecbox], m.t,
                           dest_type='certificato', gestore='SOGEI S.p.A.')
    m.msgid = '<%s>' % pid
    msg = [('Message-ID', m.msgid), ('X-Riferimento-Message-ID', imid), ('X-Trasporto', 'posta-certificata'),
           ('Date', rfcdate(m.t, 'DE')), ('Subject', m.subject), ('From', '"Per conto di: %s" <posta-certificata@pec.fatturapa.it>' % sdi),
           ('Reply-To', sdi), ('To', pecbox), ('MIME-Version', '1.0')]
    t1 = plus(m.t, 4)
    inner_tr = [('Delivered-To', pecbox),
                ('Received', 'from mx.legalmail.it (mx.legalmail.it [10.7.%d.%d])\r\n\tby fwd02.legalmail.it (Postfix) with '
                 'ESMTP id %s\r\n\tfor <luca.moretti@example.com>; %s' % (r.randint(1, 60), r.randint(1, 250),
                                                                       S.postfix_qid(r, t1), rfcdate(t1, 'DE', 'postfix'))),
                ('Received', 'from pec.fatturapa.it (pecsdi01.sogei.it [217.175.%d.%d])\r\n\tby mx.legalmail.it (Postfix) '
                 'with ESMTPS id %s\r\n\tfor <%s>; %s' % (r.randint(40, 60), r.randint(1, 250), S.postfix_qid(r, m.t), pecbox,
                                                         rfcdate(plus(m.t, 2), 'DE', 'postfix')))]
    m.raw = S.relay(m, 'fwd02.legalmail.it', '198.51.100.88', 'legalmail.it', inner=inner_tr, msg_headers=msg,
                    mail_from='posta-certificata@pec.fatturapa.it', sign=False, spf='none', dmarc_res='none',
                    dmarc_policy=None)
    m.meta['what'] = ('SdI e-invoice delivery (PEC "Invio File") for Ferretti\'s invoice FT-2026-1242, auto-forwarded '
                      'from the company\'s Legalmail PEC box to the accountant')
    m.meta['why'] = ('Genuine: signed PEC transport envelope from the SdI (Sogei), FatturaPA XML + metadata file, '
                     'Delivered-To and forwarding hop of the PEC provider; invoice matches the courtesy copy (business/17). '
                     'SPF/DMARC "none" because forwarded')
    m.meta['pair'] = ['18']
    m.meta['topic'] = 'PEC certified mail with invoice'
    m.meta['pair_note'] = 'SdI invoice XML, no archive, no password; attack PEC carries an encrypted ZIP'
    return m


def a19():
    m = Msg('attack', '19-it-enac-pagopa-qr')
    m.t = utc(2026, 11, 9, 11, 3, 27)
    m.frm = ('ENAC - Servizio Riscossione', 'riscossione@enac-pagopa.it')
    m.to = [p('francesca.bianchi')]
    m.subject = 'Avviso di pagamento pagoPA - diritti ENAC rinnovo COA - scadenza 16/11/2026'
    lure = m.url('https://enac-pagopa.it/checkout/avviso/301947720183355962', 'fake pagoPA checkout (card phishing)')
    m.qr(lure, 'inline QR code in the HTML body', 'inline')
    qrpng = docs.qr_png(lure, scale=4)
    m.meta['png_qr'] = {'qrcode_avviso.png': True}
    html, plain = H.notif([
        ('h', 'Avviso di pagamento'),
        ('p', 'Gentile operatore,\nrisulta in scadenza il versamento dei diritti per il rinnovo del Certificato di Operatore '
              'Aereo (COA) e delle relative specifiche operative.'),
        ('kv', [('Ente creditore', 'ENAC - Ente Nazionale per l\'Aviazione Civile'),
                ('Codice avviso', '3019 4772 0183 3559 62'), ('Importo', '1.846,00 EUR'), ('Scadenza', '16/11/2026'),
                ('Destinatario', 'Example Elicotteri S.r.l. - P.IVA %s' % PIVA_EX)]),
        ('p', 'Inquadra il codice QR con lo smartphone oppure clicca sul pulsante per pagare con carta tramite il circuito '
              'pagoPA.'),
        ('img', 'qrcode_avviso', 'QR pagoPA', 164, 164),
        ('btn', 'Paga ora con pagoPA', lure),
        ('small', 'In caso di mancato pagamento entro la scadenza saranno applicati gli interessi di mora e la pratica '
                  'di rinnovo verrà sospesa.\nMessaggio inviato automaticamente, si prega di non rispondere.')],
        brand='ENAC · pagoPA', color='#0066cc', lang='it', title='Avviso di pagamento')
    m.body = mk.client(m, 'java', plain, html, cs='utf-8', inline=[('qrcode_avviso', 'qrcode_avviso.png', qrpng, 'image/png')])
    m.raw = S.mailgun(m, 'mg.enac-pagopa.it')
    m.meta['what'] = 'ENAC pagoPA payment notice for the AOC renewal fee with an inline QR code and "pay now" button'
    m.meta['why'] = ('Quishing/payment phishing: look-alike enac-pagopa.it via Mailgun, QR and button lead to a card '
                     'checkout on the same domain (real pagoPA QR codes encode payment data, not a URL), short deadline '
                     'and suspension threat. Genuine ENAC notice: business/19')
    return m


def b19():
    m = Msg('business', '19-it-enac-avviso-pagopa')
    m.t = utc(2026, 10, 15, 9, 40, 12)
    m.frm = ('ENAC - Pagamenti', 'noreply.pagamenti@enac.gov.it')
    m.to = [p('francesca.bianchi')]
    m.subject = 'ENAC - Avviso di pagamento n. 301000000412387653 - Sorveglianza COA I-EXHT 2027'
    cf_enac = '97158180584'
    cod = '301000000412387653'
    pay = 'PAGOPA|002|%s|%s|184600' % (cod, cf_enac)
    m.qr(pay, 'pagoPA QR code on the payment notice', 'pdf')
    io = m.url('https://checkout.pagopa.it', 'official pagoPA checkout (mentioned as payment channel)')
    text = ('Gentile utente,\n\nsi trasmette in allegato l\'avviso di pagamento pagoPA relativo ai diritti di sorveglianza '
            'per l\'anno 2027 (Certificato di Operatore Aereo IT.AOC.0117, pratica n. 2026/DT/44871).\n\n'
            'Codice avviso: %s\nCodice fiscale Ente creditore: %s\nImporto: 1.846,00 EUR\nScadenza: 31/12/2026\n\n'
            'Il pagamento può essere effettuato tramite l\'app IO, l\'home banking, gli sportelli bancari e postali, i '
            'punti vendita abilitati oppure su %s inserendo il codice avviso. Non è previsto il pagamento tramite link '
            'contenuti in messaggi di posta elettronica.\n\n'
            'Per informazioni: Direzione Regolazione Economica, tel. +39 06 44596 1.\n\n'
            'ENAC - Ente Nazionale per l\'Aviazione Civile\nViale Castro Pretorio 118 - 00185 Roma\n'
            'Messaggio generato automaticamente, si prega di non rispondere.' % (cod, cf_enac, io))
    m.phone('+39 06 44596 1', 'ENAC switchboard')
    pdf, ptxt = docs.simple_pdf([[
        ('h', 'AVVISO DI PAGAMENTO'),
        ('p', 'Diritti di sorveglianza COA 2027 - pratica 2026/DT/44871'),
        ('kv', [('Ente creditore', 'ENAC - Ente Nazionale per l\'Aviazione Civile'), ('Codice fiscale Ente', cf_enac),
                ('Destinatario', 'Example Elicotteri S.r.l.'), ('Codice fiscale / P.IVA', PIVA_EX[2:]),
                ('Codice avviso', '3010 0000 0412 3876 53'), ('Importo', '1.846,00 EUR'), ('Scadenza', '31/12/2026')]),
        ('qr', pay, 140, 'Inquadra il codice QR con l\'app IO o con l\'app della tua banca, oppure utilizza il codice '
                         'avviso e il codice fiscale dell\'Ente presso i canali abilitati a pagoPA.'),
        ('small', 'pagoPA - Il sistema per i pagamenti verso la Pubblica Amministrazione. Puoi pagare con carte, conto '
                  'corrente, CBILL. ENAC, Viale Castro Pretorio 118, 00185 Roma.')]],
        dict(title='Avviso di pagamento pagoPA', author='ENAC', creator='JasperReports Library version 6.20.0',
             producer='OpenPDF 1.3.30', created="D:20261015093801+02'00'"),
        header=('ENAC', ['Ente Nazionale per l\'Aviazione Civile', 'Viale Castro Pretorio 118 - 00185 Roma']),
        color=(0.0, 0.25, 0.5))
    m.meta['doc_texts'] = [ptxt]
    r = m.rng
    m.msgid = '<%d.%d.%d.JavaMail.pagamenti@app-pag02.enac.gov.it>' % (r.randint(10 ** 6, 10 ** 7), r.randint(100, 999), epoch(m.t) * 1000)
    m.body = Multi('mixed', [Text('plain', text, 'UTF-8', 'quoted-printable'),
                             Binary('application/pdf', pdf, 'Avviso_pagoPA_%s.pdf' % cod, 'attachment')], boundary(m, 'java'))
    msg = S.std_msg_headers(m, ('Date', 'From', 'To', 'Message-ID', 'Subject'), charset='UTF-8', enc='Q', mime_first=False)
    inner = [('Received', 'from app-pag02.enac.gov.it (app-pag02.enac.gov.it [10.30.4.22])\r\n\tby smtp-out.enac.gov.it '
              '(Postfix) with ESMTP id %s\r\n\tfor <francesca.bianchi@example.com>; %s' % (
                  S.postfix_qid(r, m.t), rfcdate(plus(m.t, 1), 'DE', 'postfix')))]
    m.raw = S.relay(m, 'smtp-out.enac.gov.it', '192.0.2.201', 'enac.gov.it', inner=inner, msg_headers=msg, selector='enac',
                    dmarc_policy='quarantine')
    m.meta['what'] = 'ENAC sends the pagoPA payment notice (PDF with pagoPA QR) for 2027 AOC oversight fees'
    m.meta['why'] = ('Genuine: enac.gov.it relay with DKIM/DMARC, standard pagoPA notice whose QR encodes the payment '
                     'data (PAGOPA|002|code|creditor tax code|amount), payable through any pagoPA channel; explicit: no '
                     'payment via links in e-mails')
    m.meta['pair'] = ['19']
    m.meta['topic'] = 'ENAC pagoPA payment notice with QR code'
    m.meta['pair_note'] = 'Real pagoPA data QR, generous deadline; attack QR is a URL to a card checkout'
    return m


def a20():
    m = Msg('attack', '20-it-ordine-acquisto-html')
    m.t = utc(2026, 10, 22, 14, 27, 55)
    m.frm = ('Ufficio Acquisti - Tecnoservice Valsugana', 'acquisti@tecnoservice-valsugana.it')
    m.to = [p('francesca.bianchi')]
    m.subject = 'Nuovo ordine di acquisto OA-2026-0917 - richiesta conferma'
    action = m.url('https://docs-conferma-ordini.it/excel/online/auth.php', 'form action in the HTML attachment')
    page = ('<!DOCTYPE html>\n<html lang="it">\n<head>\n<meta charset="utf-8">\n<title>Excel Online - OA-2026-0917.xlsx</title>\n'
            '<style>\nbody{margin:0;font-family:"Segoe UI",Arial,sans-serif;background:#f3f2f1}\n'
            '.bar{background:#107c41;color:#fff;padding:10px 18px;font-size:15px}\n'
            '.sheet{filter:blur(3px);margin:20px;background:#fff;height:380px;border:1px solid #c8c6c4}\n'
            '.modal{position:absolute;top:120px;left:50%;margin-left:-190px;width:380px;background:#fff;padding:28px;'
            'box-shadow:0 4px 18px rgba(0,0,0,.3)}\ninput{width:100%;padding:8px;margin:6px 0 14px;border:1px solid #8a8886;'
            'box-sizing:border-box}\nbutton{background:#0067b8;color:#fff;border:0;padding:9px 24px;float:right}\n'
            '</style>\n</head>\n<body>\n<div class="bar">Excel &middot; OA-2026-0917.xlsx</div>\n<div class="sheet"></div>\n'
            '<div class="modal">\n<h3>Verifica il tuo account</h3>\n<p>Il documento &egrave; protetto. Accedi con l\'account '
            'di posta aziendale per visualizzare l\'ordine.</p>\n<form method="post" action="ACTION">\n'
            '<input type="email" name="email" value="francesca.bianchi@example.com">\n'
            '<input type="password" name="pass" placeholder="Password">\n<button type="submit">Accedi</button>\n</form>\n'
            '</div>\n</body>\n</html>\n').replace('ACTION', action)
    text = ('Buongiorno,\n\nin allegato vi trasmettiamo il nostro ordine di acquisto OA-2026-0917 per n. 6 ore di volo '
            'con baricentrica (trasporto materiali per il cantiere della nuova linea a Passo Manghen), come da vostra '
            'offerta.\n\nVi chiediamo di confermare l\'ordine e la disponibilità per la settimana 45 aprendo il documento '
            'allegato.\n\nCordiali saluti\n\nMarco Tessadri\nUfficio Acquisti\nTecnoservice Valsugana S.r.l.\n'
            'Loc. Campiello 22 - 38056 Levico Terme (TN)\nTel. 0461 703 218')
    m.phone('0461 703 218', 'sender signature')
    r = m.rng
    m.msgid = S.outlook_msgid(m, 'tecnoservice-valsugana.it')
    cs = _pick(text)
    m.body = mk.client(m, 'outlook', text, H.outlook_html(text, 'IT', charset=cs), cs=cs,
                       attachments=[Binary('text/html', page.encode('utf-8'), 'OA-2026-0917.html', 'attachment',
                                           fname_style='2047')])
    hs, body = S.prep(m)
    d = S.enc_fields(m, cs, 'Q')
    msg = S.mua_headers(m, 'outlook', d, hs, 'it')
    n = r.randint(100, 999)
    t1 = plus(m.t, 2)
    below = [('Received', 'from DESKTOP-7QK2M4R ([93.44.%d.%d])\r\n\tby smtpcmd0%d.aruba.it with bizsmtp\r\n\tid %s; %s'
              % (r.randint(1, 250), r.randint(1, 250), n, alnum(r, 12), rfcdate(t1, 'DE'))),
             ('X-Sender-Auth', 'acquisti@tecnoservice-valsugana.it'),
             ('X-CMAE-Envelope', 'MS4xfN' + alnum(r, 120, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'))]
    from .core import epoch as ep
    sig = S.dk(m, body, 'aruba.it', 'a1', ['From', 'To', 'Subject', 'Date', 'Message-ID', 'MIME-Version', 'Content-Type'],
               t=ep(t1))
    below = [('DKIM-Signature', sig)] + below + msg
    conn = dict(helo='smtpcmd0%d.aruba.it' % n, rdns='smtpcmd0%d.aruba.it' % n, ip='62.149.156.%d' % (n % 200 + 20),
                t=plus(t1, 2), mail_from=m.frm[1])
    conn['auth'] = S.auth(m, dmarc='none', policy=None)
    m.raw = S.finish(m, below, conn)
    m.meta['what'] = 'Purchase order from a Trentino contractor for sling-load flights; "open the attached order to confirm"'
    m.meta['why'] = ('Fake PO with an HTML attachment imitating a protected Excel Online file and asking for the mailbox '
                     'password (inert form posting to docs-conferma-ordini.it); sent from a compromised Aruba mailbox of a '
                     'real-looking local company. Genuine SAP purchase order: business/20')
    return m


def b20():
    m = Msg('business', '20-it-elettrodotti-ordine-sap')
    m.t = utc(2026, 10, 29, 11, 16, 40)
    m.frm = ('Elettrodotti Alpini S.p.A. - Acquisti', 'acquisti@elettrodotti-alpini.it')
    m.to = [p('francesca.bianchi')]
    m.cc = [('Marco Pellegrini', 'marco.pellegrini@elettrodotti-alpini.it')]
    m.subject = 'Ordine di acquisto 4500231877 - Elettrodotti Alpini S.p.A.'
    m.phone('+39 0471 184 330', 'buyer phone')
    text = ('Spett.le Fornitore,\n\nsi trasmette in allegato l\'ordine di acquisto n. 4500231877 del 29.10.2026.\n\n'
            'Oggetto: ispezione elicotteristica linee AT 132 kV Bolzano Sud - Ora (tratte 14-38), lotto 2/2026, secondo '
            'offerta n. EE-OFF-2026-118 del 12.10.2026.\n\n'
            'Si prega di restituire l\'ordine firmato per accettazione entro 5 giorni lavorativi all\'indirizzo '
            'acquisti@elettrodotti-alpini.it. Le fatture dovranno riportare il numero d\'ordine ed essere trasmesse '
            'tramite SdI (codice destinatario 5RUO82D).\n\n'
            'Referente tecnico: Ing. Marco Pellegrini, tel. +39 0471 184 330.\n\n'
            'Distinti saluti\nElettrodotti Alpini S.p.A. - Ufficio Acquisti\n\n'
            'Questo messaggio è stato generato automaticamente dal sistema SAP.')
    rows = [['10', 'Ispezione elicotteristica linee AT 132 kV, tratta 14-38 (ore volo AS350/H125 con operatore '
                   'termografia)', '14 h', '2.150,00', '30.100,00'],
            ['20', 'Elaborazione report e rilievi termografici', '1 corpo', '3.400,00', '3.400,00']]
    pdf, ptxt = docs.invoice_pdf(
        'Elettrodotti Alpini S.p.A.', ['Via Galvani 40 · 39100 Bolzano (BZ) · P.IVA IT%s' % ident.it_piva('0287410021')],
        ['Example Elicotteri S.r.l.', 'Via Lidorno 11', '38123 Trento (TN)', 'Fornitore n. 4100872'],
        'Ordine di acquisto 4500231877',
        [('Data ordine', '29.10.2026'), ('Offerta', 'EE-OFF-2026-118'), ('Buyer', 'A. Kofler'), ('CIG', 'B2F7A41C09')],
        ['Pos.', 'Descrizione', 'Q.tà', 'Prezzo', 'Valore EUR'], rows,
        [('Totale netto', '33.500,00 EUR', True)],
        ['Condizioni di pagamento: 60 gg d.f.f.m. Consegna/esecuzione: entro 18.12.2026.',
         'Si applicano le Condizioni Generali di Acquisto Elettrodotti Alpini ed. 2025.'],
        [['Elettrodotti Alpini S.p.A.', 'Via Galvani 40, 39100 Bolzano'], ['Cap. soc. EUR 25.000.000 i.v.']],
        dict(title='Ordine 4500231877', author='SAP', creator='SAP NetWeaver', producer='SAP NetWeaver 7.58',
             created="D:20261029121602+01'00'"), right_cols=(2, 3, 4), col_x=[50, 80, 320, 380, 460])
    m.meta['doc_texts'] = [ptxt]
    r = m.rng
    m.msgid = '<%s@sapprd.elettrodotti-alpini.it>' % alnum(r, 32, '0123456789ABCDEF')
    m.body = Multi('mixed', [Text('plain', text, 'iso-8859-1', 'quoted-printable'),
                             Binary('application/pdf', pdf, 'ODA_4500231877.pdf', 'attachment')], boundary(m, 'sap'))
    msg = S.std_msg_headers(m, ('From', 'To', 'Cc', 'Subject', 'Message-ID', 'Date'), charset='iso-8859-1', enc='Q', mime_first=True)
    msg.append(('X-Mailer', 'SAP NetWeaver 7.58'))
    inner = [('Received', 'from sapprd.elettrodotti-alpini.it (sapprd.ea.local [10.60.2.15])\r\n\tby '
              'smtp-out.elettrodotti-alpini.it (Postfix) with ESMTP id %s;\r\n\t%s' % (S.postfix_qid(r, m.t),
                                                                                       rfcdate(plus(m.t, 1), 'DE', 'postfix')))]
    m.raw = S.relay(m, 'smtp-out.elettrodotti-alpini.it', '198.51.100.40', 'elettrodotti-alpini.it', inner=inner,
                    msg_headers=msg, selector='sap2025', dmarc_policy='reject')
    m.meta['what'] = 'Customer\'s SAP purchase order for power-line inspection flights (PDF), asks for signed acceptance'
    m.meta['why'] = ('Genuine: customer\'s own relay (DKIM/SPF/DMARC pass) from the SAP host, matches an offer the company '
                     'sent, named technical contact, PDF order without links or logins')
    m.meta['pair'] = ['20']
    m.meta['topic'] = 'Purchase order from a customer'
    m.meta['pair_note'] = 'PDF order from a known customer\'s ERP; the fake PO hides a login page in HTML'
    return m


def a21():
    m = Msg('attack', '21-it-unicredit-mobile-token')
    m.t = utc(2026, 12, 14, 6, 58, 2)
    m.frm = ('UniCredit Business', 'avvisi@unicredit-business-info.com')
    m.to = [p('luca.moretti')]
    m.meta['mail_from'] = 'www-data@agriturismo-maso-fiorito.it'
    m.subject = 'Banca Multicanale Business: riattivazione Mobile Token obbligatoria entro 24 ore'
    link = m.url('https://unicredit-business-info.com/it/imprese/sicurezza/riattivazione?id=EX8823145',
                 'credential/OTP phishing page')
    text = ('Gentile Cliente,\n\n'
            'in applicazione della Direttiva europea PSD2 e dei nuovi requisiti di autenticazione forte in vigore dal '
            '15 dicembre 2026, il dispositivo Mobile Token associato all\'utenza Banca Multicanale Business di EXAMPLE '
            'ELICOTTERI S.R.L. deve essere riattivato.\n\n'
            'Fino al completamento della procedura le disposizioni di bonifico e gli F24 saranno temporaneamente '
            'sospesi.\n\nPer riattivare il servizio accedi alla pagina dedicata:\n%s\n\n'
            'Ti ricordiamo di tenere a portata di mano il codice utente, il PIN e lo smartphone associato.\n\n'
            'Cordiali saluti\nUniCredit S.p.A. - Servizio Clienti Imprese\n\n'
            'UniCredit S.p.A. - Sede Sociale: Piazza Gae Aulenti 3 - Tower A - 20154 Milano' % link)
    html = ('<html><body style="margin:0;background:#f2f2f2"><table width="100%" cellpadding="0" cellspacing="0">'
            '<tr><td align="center"><table width="600" style="background:#fff;font-family:Arial,sans-serif;font-size:14px">'
            '<tr><td style="background:#e2001a;color:#fff;font-size:20px;font-weight:bold;padding:16px 24px">UniCredit</td></tr>'
            '<tr><td style="padding:24px">' + ''.join('<p>%s</p>' % H.linkify(b).replace('\n', '<br>') for b in text.split('\n\n'))
            + '<p><a href="%s" style="background:#e2001a;color:#fff;padding:12px 26px;text-decoration:none">Riattiva Mobile '
              'Token</a></p></td></tr></table></td></tr></table></body></html>' % link)
    m.body = mk.client(m, 'phpmailer', text, html, cs='utf-8', cte='quoted-printable')
    m.raw = S.cpanel(m, 'vps-3b71c2.hostingfacile.eu', '203.0.113.61', 'agriturismo-maso-fiorito.it', mua='phpmailer',
                     user='www-data', local=True, spf='pass', dmarc_res='none', dmarc_policy=None, dkim_sign=False,
                     rdns='unknown')
    m.meta['what'] = 'UniCredit Business says the Mobile Token must be re-activated within 24 h or transfers are blocked'
    m.meta['why'] = ('Bank credential/OTP phishing: look-alike unicredit-business-info.com, PHPMailer on a compromised '
                     'farm-holiday website (envelope sender differs, no rDNS), PSD2 pretext, blocking threat. Genuine '
                     'UniCredit notice without links: business/21')
    return m


def b21():
    m = Msg('business', '21-it-unicredit-documento-disponibile')
    m.t = utc(2026, 10, 6, 5, 31, 18)
    m.frm = ('UniCredit', 'comunicazioni@info.unicredit.it')
    m.to = [p('luca.moretti')]
    m.subject = 'Nuovo documento disponibile in Banca Multicanale'
    home = m.url('https://www.unicredit.it', 'bank homepage (text link)')
    text = ('Gentile Cliente,\n\nti informiamo che nella sezione "Documenti" di Banca Multicanale Business è disponibile il '
            'seguente documento relativo al rapporto intestato a EXAMPLE ELICOTTERI S.R.L.:\n\n'
            '- Estratto conto e documento di sintesi al 30/09/2026 - conto corrente n. ****2944\n\n'
            'Per consultarlo accedi come di consueto dal sito %s o dall\'app UniCredit Business Mobile.\n\n'
            'Ti ricordiamo che UniCredit non ti chiederà mai, tramite email, SMS o telefono, di comunicare codici di '
            'accesso, PIN o codici generati dal Mobile Token, né di cliccare su link per riattivare i servizi.\n\n'
            'Cordiali saluti\nUniCredit S.p.A.\n\nQuesta è una comunicazione automatica, ti preghiamo di non rispondere.\n'
            'UniCredit S.p.A. - Sede Sociale e Direzione Generale: Piazza Gae Aulenti 3 - Tower A - 20154 Milano' % home)
    html, _ = H.notif([('p', b) for b in text.split('\n\n')], brand='UniCredit', color='#e2001a', lang='it',
                      title='UniCredit')
    m.body = Multi('alternative', [Text('plain', text, 'iso-8859-1', 'quoted-printable'),
                                   Text('html', html.replace('charset=utf-8', 'charset=iso-8859-1'), 'iso-8859-1', 'quoted-printable')],
                   boundary(m, 'java'))
    r = m.rng
    m.msgid = '<%s.%d@mta-ucg03.info.unicredit.it>' % (hexs(r, 16), r.randint(10 ** 6, 10 ** 7))
    hs = S.std_msg_headers(m, ('Date', 'From', 'To', 'Message-ID', 'Subject'), charset='iso-8859-1', enc='Q')
    m.meta['ironport_d'] = 'scan'
    m.raw = P.ironport(m, 'info.unicredit.it', 'esa1.unicredit.iphmx.com', '68.232.152.%d' % r.randint(10, 90),
                       'mta-ucg03.info.unicredit.it', '10.210.%d.%d' % (r.randint(1, 99), r.randint(1, 250)), 'ucg2025',
                       mua_headers=hs)
    m.meta['what'] = 'UniCredit informs that the quarterly statement is available in online banking'
    m.meta['why'] = ('Genuine bank notification via the bank\'s Cisco ESA (auth pass), masked account number, no link '
                     'except the homepage, explicit anti-phishing reminder, no deadline')
    m.meta['pair'] = ['21']
    m.meta['topic'] = 'UniCredit online-banking notification'
    m.meta['pair_note'] = 'Real bank domain, no login link, no threat'
    return m


ATTACK = [a17, a18, a19, a20, a21]
BUSINESS = [b17, b18, b19, b20, b21]
