"""Italian PEC (posta elettronica certificata) transport envelopes and FatturaPA XML."""
from .core import Part, rfc2822, to_zone, rstr, HEXL, ALNUM
from . import mime


def p7s(m, n=3300):
    """Invented CMS SignedData-shaped bytes (DER SEQUENCE header + random body); not a real signature."""
    body = bytes(m.rng.randrange(256) for _ in range(n))
    return b'\x30\x82' + n.to_bytes(2, 'big') + b'\x06\x09\x2a\x86\x48\x86\xf7\x0d\x01\x07\x02' + body[11:]


def daticert(sender, recipient, subject, when, ident, msgid, gestore):
    d, _ = to_zone(when, 'Europe/Rome')
    off = d.utcoffset().total_seconds() // 3600
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<postacert tipo="posta-certificata" errore="nessuno">\n<intestazione>\n'
            '<mittente>%s</mittente>\n<destinatari tipo="certificato">%s</destinatari>\n<risposte>%s</risposte>\n'
            '<oggetto>%s</oggetto>\n</intestazione>\n<dati>\n<gestore-emittente>%s</gestore-emittente>\n'
            '<data zona="+%02d00">\n<giorno>%s</giorno>\n<ora>%s</ora>\n</data>\n<identificativo>%s</identificativo>\n'
            '<msgid>&lt;%s&gt;</msgid>\n</dati>\n</postacert>\n' % (
                sender, recipient, sender, mime.esc(subject), gestore, off, d.strftime('%d/%m/%Y'), d.strftime('%H:%M:%S'),
                ident, msgid)).encode('utf-8')


def envelope(m, inner_bytes, sender, recipient, subject, when, inner_msgid, gestore='ARUBA PEC S.p.A.', ident_domain='pec.aruba.it'):
    """Return (Part, ident) of the signed PEC transport envelope around inner_bytes (postacert.eml)."""
    ident = 'opec%d.%s.%d.%d.1.%d@%s' % (m.rng.randint(20000, 29999), to_zone(when, 'Europe/Rome')[0].strftime('%Y%m%d%H%M%S'),
                                        m.rng.randint(10000, 99999), m.rng.randint(10, 99), m.rng.randint(10, 99), ident_domain)
    d, _ = to_zone(when, 'Europe/Rome')
    off = '+%02d00' % (d.utcoffset().total_seconds() // 3600)
    txt = ('Messaggio di posta certificata\n\nIl giorno %s alle ore %s (%s) il messaggio\n"%s" è stato inviato da "%s"\n'
           'indirizzato a:\n%s\nIl messaggio originale è incluso in allegato.\nIdentificativo messaggio: %s\n' % (
               d.strftime('%d/%m/%Y'), d.strftime('%H:%M:%S'), off, subject, sender, recipient, ident))
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
            '<h3>Messaggio di posta certificata</h3><p>Il giorno %s alle ore %s (%s) il messaggio<br>"%s" è stato inviato da "%s"<br>'
            'indirizzato a:<br>%s<br>Il messaggio originale è incluso in allegato.</p><p>Identificativo messaggio: %s</p></body></html>' % (
                d.strftime('%d/%m/%Y'), d.strftime('%H:%M:%S'), off, mime.esc(subject), sender, recipient, ident))
    alt = mime.alt(m, 'java', mime.text(txt, 'UTF-8', 'quoted-printable'), mime.html(html, 'UTF-8', 'quoted-printable'))
    dc = Part('application/xml', body=daticert(sender, recipient, subject, when, ident, inner_msgid, gestore),
              filename='daticert.xml', disposition='inline', cte='base64')
    pc = Part('message/rfc822', body=inner_bytes, filename='postacert.eml', disposition='inline', cte='8bit', name_param=True)
    mixed = Part('multipart/mixed', children=[alt, dc, pc], boundary=mime.boundary(m, 'java', 'mixed'))
    sig = Part('application/x-pkcs7-signature', body=p7s(m), filename='smime.p7s', disposition='attachment', cte='base64')
    signed = Part('multipart/signed', children=[mixed, sig], boundary=mime.boundary(m, 'java', 'mixed'),
                  params=['protocol="application/x-pkcs7-signature"', 'micalg=sha-256'],
                  preamble='This is an S/MIME signed message')
    return signed, ident


def pec_headers(m, sender, recipient, subject, ident, inner_msgid, gestore_from='posta-certificata@pec.aruba.it'):
    from .core import addr, hdr_text
    return [('From', '"Per conto di: %s" <%s>' % (sender, gestore_from)),
            ('Reply-To', sender), ('To', recipient),
            ('Subject', hdr_text('POSTA CERTIFICATA: ' + subject, 'UTF-8', 'B')),
            ('Date', rfc2822(m.sent, 'Europe/Rome')), ('Message-ID', '<%s>' % ident),
            ('X-Riferimento-Message-ID', '<%s>' % inner_msgid), ('X-Trasporto', 'posta-certificata'),
            ('X-TipoRicevuta', 'completa'), ('MIME-Version', '1.0'), ('__MIME__', '')]


def fatturapa(seller, buyer, number, date, lines, iban, bank, due, causale=''):
    """Minimal but complete FatturaPA FPR12 document (B2B, TD01)."""
    rows = []
    net_total = 0
    for i, (desc, qty, um, price) in enumerate(lines, 1):
        tot = round(qty * price, 2)
        net_total += tot
        rows.append('<DettaglioLinee><NumeroLinea>%d</NumeroLinea><Descrizione>%s</Descrizione><Quantita>%.2f</Quantita>'
                    '<UnitaMisura>%s</UnitaMisura><PrezzoUnitario>%.2f</PrezzoUnitario><PrezzoTotale>%.2f</PrezzoTotale>'
                    '<AliquotaIVA>22.00</AliquotaIVA></DettaglioLinee>' % (i, mime.esc(desc), qty, um, price, tot))
    net_total = round(net_total, 2)
    vat = round(net_total * 0.22, 2)
    gross = round(net_total + vat, 2)
    xml = ('<?xml version="1.0" encoding="UTF-8"?>\n'
           '<p:FatturaElettronica versione="FPR12" xmlns:ds="http://www.w3.org/2000/09/xmldsig#" '
           'xmlns:p="http://ivaservizi.agenziaentrate.gov.it/docs/xsd/fatture/v1.2" '
           'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n<FatturaElettronicaHeader>'
           '<DatiTrasmissione><IdTrasmittente><IdPaese>IT</IdPaese><IdCodice>%s</IdCodice></IdTrasmittente>'
           '<ProgressivoInvio>%s</ProgressivoInvio><FormatoTrasmissione>FPR12</FormatoTrasmissione>'
           '<CodiceDestinatario>0000000</CodiceDestinatario><PECDestinatario>%s</PECDestinatario></DatiTrasmissione>'
           '<CedentePrestatore><DatiAnagrafici><IdFiscaleIVA><IdPaese>IT</IdPaese><IdCodice>%s</IdCodice></IdFiscaleIVA>'
           '<Anagrafica><Denominazione>%s</Denominazione></Anagrafica><RegimeFiscale>RF01</RegimeFiscale></DatiAnagrafici>'
           '<Sede><Indirizzo>%s</Indirizzo><CAP>%s</CAP><Comune>%s</Comune><Provincia>%s</Provincia><Nazione>IT</Nazione></Sede>'
           '</CedentePrestatore><CessionarioCommittente><DatiAnagrafici><IdFiscaleIVA><IdPaese>IT</IdPaese><IdCodice>%s</IdCodice>'
           '</IdFiscaleIVA><Anagrafica><Denominazione>%s</Denominazione></Anagrafica></DatiAnagrafici><Sede><Indirizzo>%s</Indirizzo>'
           '<CAP>%s</CAP><Comune>%s</Comune><Provincia>%s</Provincia><Nazione>IT</Nazione></Sede></CessionarioCommittente>'
           '</FatturaElettronicaHeader>\n<FatturaElettronicaBody><DatiGenerali><DatiGeneraliDocumento><TipoDocumento>TD01</TipoDocumento>'
           '<Divisa>EUR</Divisa><Data>%s</Data><Numero>%s</Numero><ImportoTotaleDocumento>%.2f</ImportoTotaleDocumento>'
           '<Causale>%s</Causale></DatiGeneraliDocumento></DatiGenerali><DatiBeniServizi>%s'
           '<DatiRiepilogo><AliquotaIVA>22.00</AliquotaIVA><ImponibileImporto>%.2f</ImponibileImporto><Imposta>%.2f</Imposta>'
           '<EsigibilitaIVA>I</EsigibilitaIVA></DatiRiepilogo></DatiBeniServizi><DatiPagamento><CondizioniPagamento>TP02</CondizioniPagamento>'
           '<DettaglioPagamento><ModalitaPagamento>MP05</ModalitaPagamento><DataScadenzaPagamento>%s</DataScadenzaPagamento>'
           '<ImportoPagamento>%.2f</ImportoPagamento><IstitutoFinanziario>%s</IstitutoFinanziario><IBAN>%s</IBAN></DettaglioPagamento>'
           '</DatiPagamento></FatturaElettronicaBody>\n</p:FatturaElettronica>\n') % (
        seller['piva'], seller['prog'], buyer['pec'], seller['piva'], mime.esc(seller['name']), mime.esc(seller['street']), seller['cap'],
        seller['city'], seller['prov'], buyer['piva'], mime.esc(buyer['name']), mime.esc(buyer['street']), buyer['cap'], buyer['city'],
        buyer['prov'], date, number, gross, mime.esc(causale), ''.join(rows), net_total, vat, due, gross, mime.esc(bank), iban)
    return xml.encode('utf-8'), net_total, vat, gross


def deliver(m, sender, recipient, subject, ident, inner_msgid, sender_gestore_host, gestore_from='posta-certificata@pec.aruba.it'):
    """Trace of a PEC message delivered to an Aruba PEC mailbox and forwarded to the user's ordinary address."""
    from . import systems
    from .core import postfix_short_qid
    import datetime
    rng = m.rng
    T = lambda s: datetime.timedelta(seconds=s)
    t0 = m.sent
    t1 = t0 + T(rng.randint(1, 3))
    t2 = t1 + T(rng.randint(2, 6))
    mb = rng.randint(1, 20)
    h = [('Received', 'from mbox-pec%02d.aruba.it (mbox-pec%02d.aruba.it [10.10.%d.%d])' % (
        mb, mb, rng.randint(1, 40), rng.randint(1, 250)) + systems.FOLD +
        'by inoltro-pec01.aruba.it (Postfix) with ESMTP id %s' % postfix_short_qid(rng) + systems.FOLD +
        'for <%s>; %s' % (m.rcpt, rfc2822(t2, 'Europe/Rome'))),
         ('Received', 'from %s ([%s]) by mx.pec.aruba.it with ESMTPS id %s' % (
             sender_gestore_host[0], sender_gestore_host[1], rstr(rng, ALNUM, 14)) + systems.FOLD +
          'for <%s>; %s' % (recipient, rfc2822(t1, 'Europe/Rome'))),
         ('Received', 'from [%s] by %s with ESMTPSA id %s;' % (
             sender_gestore_host[2], sender_gestore_host[0], rstr(rng, ALNUM, 14)) + systems.FOLD + rfc2822(t0, 'Europe/Rome'))]
    h += pec_headers(m, sender, recipient, subject, ident, inner_msgid, gestore_from)
    systems.finish(m, h, ('inoltro-pec01.aruba.it', 'inoltro-pec01.aruba.it', '62.149.158.61'), t2,
                   env_from=gestore_from)
