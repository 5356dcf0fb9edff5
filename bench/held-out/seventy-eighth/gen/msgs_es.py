"""Spanish messages: 5 attacks, 5 genuine."""
import base64

from common import *  # noqa: F401,F403

JAVIER = C.P('es_mgr')
LUCIA = C.P('es_acc')
ALVARO = C.P('es_sales')


# =========================================================== ATTACKS ======
def a_aeat():
    t = T('ES', 2026, 11, 18, 9, 21, 47)
    url = 'https://sede-agenciatributaria.notificaciones-dehu.com/acceso/clave?ref=202646118731K&nif=%s' % C.EXG_ES_CIF
    body = """AGENCIA TRIBUTARIA
Sede Electrónica

Estimado/a contribuyente:

Le comunicamos que tiene a su disposición una notificación electrónica de la Agencia Estatal de Administración Tributaria dirigida a EXAMPLE IBÉRICA S.L. (NIF %s):

Procedimiento: Requerimiento de información - Sistemas informáticos de facturación (VERI*FACTU)
Referencia: 202646118731K
Fecha de puesta a disposición: 18/11/2026

En el marco de las actuaciones de comprobación previas a la entrada en vigor de la obligación de remisión de registros de facturación (Real Decreto 1007/2023), se requiere la aportación de la declaración responsable del software de facturación utilizado. Dispone de un plazo de 10 días hábiles desde la recepción de este aviso; la falta de atención al requerimiento podrá constituir infracción tributaria conforme al artículo 203 de la Ley 58/2003, General Tributaria.

Para acceder al contenido de la notificación identifíquese con Cl@ve o certificado electrónico:

[Acceder a la notificación](%s)

Agencia Tributaria - Departamento de Gestión Tributaria
""" % (C.EXG_ES_CIF, url)
    parts = body.strip().split('\n\n')
    blocks = [('h', 'Aviso de notificación electrónica')] + parts[1:5] + [('btn', 'Acceder a la notificación', url), parts[-1]]
    b = multi('alternative', [text(plain(body, 'colon'), 'utf-8', 'quoted-printable'),
                              htmlpart(html_branded(blocks, brand='#8f1b1b', logo_text='Agencia Tributaria | Sede Electrónica',
                                                    footer='Este mensaje ha sido generado automáticamente. Por favor, no responda.'), 'utf-8', 'quoted-printable')])
    return Mail('aeat-verifactu-requerimiento-phishing', t=t, frm=('Agencia Tributaria', 'avisos@agenciatributaria-notificaciones.es'), to=LUCIA,
                subject='Aviso de notificación: Requerimiento de información VERI*FACTU - Ref. 202646118731K', body=b,
                profile=I.ses, pkw=dict(region='us-east-1'),
                what='Spanish tax-office phishing themed on the VERI*FACTU invoicing-software obligation: fake notice with a Cl@ve/certificate login link.',
                why='Domain agenciatributaria-notificaciones.es instead of agenciatributaria.gob.es, sent through Amazon SES; link to notificaciones-dehu.com; AEAT notices point to DEHú/Sede without credential links; 10-day sanction threat.')


def a_levante_bank():
    t = T('ES', 2026, 11, 17, 18, 6, 3)
    body = """Buenas tardes Lucía:

Te escribo porque hemos cambiado de entidad bancaria y a partir de este mes los pagos de nuestras facturas deben hacerse a la nueva cuenta. Te adjunto el certificado de titularidad emitido por Bankinter.

Nueva cuenta: %s
BIC: BKBKESMMXXX
Titular: Transportes Levante Hnos. García S.L.

¿Podrías actualizarlo en vuestro sistema antes de la remesa del día 25? Tenemos pendientes las facturas TL-26/1843 y TL-26/1872. La cuenta de CaixaBank la cancelamos a final de mes, así que no hagáis más transferencias allí.

Cualquier cosa me dices por aquí, que estos días estoy en ruta y casi no cojo el teléfono.

Un saludo,
Raúl García
Transportes Levante Hnos. García S.L.
""" % ids.fmt(C.LEV_FAKE)
    cert = pdf([('h', 'Bankinter'), ('gap', 10), ('b', 'CERTIFICADO DE TITULARIDAD DE CUENTA'), ('gap', 8),
                ('p', 'Bankinter, S.A., con domicilio social en Paseo de la Castellana 29, 28046 Madrid, CERTIFICA:\n\n'
                      'Que la cuenta con código IBAN %s figura abierta en esta entidad a nombre de TRANSPORTES LEVANTE HNOS. GARCÍA S.L., '
                      'con CIF %s, en calidad de titular único.\n\nY para que así conste, a petición del interesado, se expide el presente certificado en Valencia, '
                      'a 12 de noviembre de 2026.' % (ids.fmt(C.LEV_FAKE), C.LEV_CIF)), ('gap', 30), ('p', 'Oficina 0731 - Valencia, Avda. del Puerto 112'),
                ('s', 'Documento firmado electrónicamente. CSV: BKT7-2611-4418-0931')],
               'Certificado titularidad', 'Bankinter', 'Microsoft® Word 2019', 'Microsoft® Word 2019', t)
    b = multi('mixed', [multi('alternative', [text(body, 'windows-1252', 'quoted-printable'),
                                              htmlpart(html_outlook(body, 'windows-1252', lang='ES'), 'windows-1252', 'quoted-printable')]),
                        pdf_att(cert, 'Certificado_titularidad_Bankinter.pdf')])
    return Mail('transportes-levante-cambio-cuenta-lookalike', t=t, frm=('Raúl García', 'raul.garcia@transporteslevante.com'), to=LUCIA,
                subject='Cambio de cuenta bancaria - Transportes Levante', hcs='iso-8859-1', henc='Q', body=b,
                profile=I.outlook_desktop, pkw=dict(domain='transporteslevante.com', smtp_style='exim', client_name='DESKTOP-R7K2V9M',
                                                    client_ip='102.176.94.30', server='mail.transporteslevante.com', server_ip='159.223.22.187',
                                                    server_rdns='unknown', lang='es', zone='ES'),
                what='Carrier bank-detail change from a look-alike domain with a forged bank "certificate of ownership"; targets two real upcoming invoices.',
                why='transporteslevante.com instead of transporteslevante.es (genuine mail comes from Google Workspace); own mail server on a DigitalOcean droplet without rDNS, client IP in West Africa; "hardly answer the phone", urgency before the payment run.')


def a_fake_docusign():
    t = T('ES', 2026, 12, 1, 8, 12, 55)
    url = 'https://u3390218.ct.sendgrid.net/ls/click?upn=u001.' + base64.b64encode(b'docusign-envelope.net/Signing/?env=7f2c9a41&u=javier.martinez').decode().rstrip('=') + '-2BxQ9'
    body = """Recursos Humanos le ha enviado un documento para revisar y firmar.

[REVISAR DOCUMENTO](%s)

Recursos Humanos - Example Group

Estimado/a Javier Martínez Ruiz:

Le hacemos llegar su carta de revisión salarial 2027 y la actualización de su paquete de retribución variable. Le rogamos que la revise y la firme antes del 04/12/2026 para que los cambios se apliquen en la nómina de enero.

No comparta este correo electrónico
Este correo electrónico contiene un enlace seguro a Docusign. No comparta este correo electrónico, el enlace ni el código de acceso con otras personas.

Acerca de Docusign
Firme documentos electrónicamente en solo minutos. Es seguro.
""" % url
    blocks = [('h', 'Recursos Humanos le ha enviado un documento para revisar y firmar.'), ('btn', 'REVISAR DOCUMENTO', url),
              'Estimado/a Javier Martínez Ruiz:\nLe hacemos llegar su carta de revisión salarial 2027 y la actualización de su paquete de retribución variable. '
              'Le rogamos que la revise y la firme antes del 04/12/2026 para que los cambios se apliquen en la nómina de enero.',
              ('small', 'No comparta este correo electrónico\nEste correo electrónico contiene un enlace seguro a Docusign. No comparta este correo electrónico, el enlace ni el código de acceso con otras personas.')]
    b = multi('alternative', [text(plain(body, 'colon'), 'utf-8', 'base64'),
                              htmlpart(html_branded(blocks, brand='#1e1e2f', logo_text='Docusign', footer='Este mensaje se envió a javier.martinez@example.com'),
                                       'utf-8', 'base64')])
    return Mail('docusign-phishing-sendgrid', t=t, frm=('Recursos Humanos via Docusign', 'dse@docusign-envelope.net'), to=JAVIER,
                subject='Complete con Docusign: Revisión salarial 2027 - Javier Martínez Ruiz', body=b,
                profile=I.sendgrid, pkw=dict(sender_domain='docusign-envelope.net', em='em9940', uid='33902181'),
                what='Fake DocuSign envelope ("2027 salary review") linking through SendGrid click-tracking to a look-alike DocuSign/Microsoft login.',
                why='Sender domain docusign-envelope.net sent via SendGrid, not DocuSign\'s own infrastructure; link does not go to docusign.net; no envelope/security code; salary-review lure with deadline.')


def a_customs():
    t = T('ES', 2026, 11, 23, 17, 44, 12)
    url = 'https://pagos.transitos-turia.es/liquidacion/031/0316042184471'
    body = """Estimados señores:

Les informamos de que el contenedor MSKU 8841260 (B/L MAEU 254871193, llegada 21/11/2026) con 18 t de pigmentos de óxido de hierro consignado a EXAMPLE IBÉRICA S.L. ha sido seleccionado por la Aduana de Valencia para control documental (circuito naranja).

Para proceder al levante de la mercancía es necesario abonar la liquidación provisional de derechos arancelarios e IVA de importación antes de las 14:00 h de mañana; a partir de esa hora la naviera repercutirá gastos de almacenaje de 185 € por día.

Importe: 3.742,18 €
Liquidación (modelo 031): 0316042184471

Pueden realizar el pago con tarjeta de empresa o mediante su banca electrónica a través de nuestra pasarela segura:
[Pagar liquidación 031](%s)

Quedamos a la espera.

Departamento de Aduanas
Tránsitos Marítimos Turia S.L.
Muelle de la Aduana s/n - Puerto de Valencia
""" % url
    b = multi('alternative', [text(plain(body, 'colon'), 'iso-8859-15', 'quoted-printable', label='iso-8859-15'),
                              htmlpart(html_simple(body, 'iso-8859-15'), 'iso-8859-15', 'quoted-printable', label='iso-8859-15')])
    return Mail('aduana-liquidacion-031-phishing', t=t, frm=('Tránsitos Marítimos Turia - Aduanas', 'aduanas@transitos-turia.es'), to=LUCIA,
                subject='URGENTE: contenedor MSKU 8841260 retenido - liquidación pendiente de pago', hcs='iso-8859-15', henc='Q', body=b,
                profile=I.vps_php, pkw=dict(mailhost='mail.transitos-turia.es', vps_rdns='srv618342.hstgr.cloud', vps_ip='82.180.131.77',
                                            mailer='PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)'),
                what='Customs-duty phishing: look-alike of the company\'s customs broker demands card/online-banking payment of import duties for a real container.',
                why='transitos-turia.es (hyphen) instead of transitosturia.es, PHPMailer on a Hostinger VPS; duties are paid by the broker\'s deferment account and re-invoiced (business 30); card/banking login via link; demurrage deadline.')


def a_fake_lawyer():
    t = T('ES', 2026, 12, 4, 12, 33, 9)
    body = """Estimado Sr. Martínez:

Me pongo en contacto con usted por indicación del Sr. Matthias Köhler, consejero delegado de Example Group, en relación con una operación corporativa que nuestro despacho está asesorando: la adquisición de un distribuidor de pinturas en Portugal.

Por tratarse de una operación sujeta a un acuerdo de confidencialidad con el regulador bursátil (la contraparte cotiza en bolsa), el Sr. Köhler le pide que no comente este asunto con nadie en la oficina de Valencia ni en la central hasta el anuncio oficial, previsto para el 15 de diciembre.

Necesitamos que Example Ibérica realice hoy una transferencia de 87.400,00 EUR en concepto de depósito de garantía a la cuenta escrow abierta para la operación:

Beneficiario: Golden Bridge Trading Ltd (escrow account)
Banco: HSBC Hong Kong
Número de cuenta: 817-492613-838
SWIFT: HSBCHKHHHKH
Concepto: Depósito garantía - Proyecto Lusitania

Le ruego que me confirme por este medio la ejecución de la transferencia y me remita el justificante. Por motivos de confidencialidad le pido que no utilice el teléfono de la oficina.

Atentamente,

Carlos Méndez Ortiz
Socio - Derecho Mercantil y M&A
Méndez Ortiz Abogados
Paseo de la Castellana 89, 28046 Madrid
"""
    b = multi('alternative', [text(body, 'iso-8859-1', 'quoted-printable'),
                              htmlpart(html_outlook(body, 'iso-8859-1', lang='ES'), 'iso-8859-1', 'quoted-printable')])
    return Mail('abogado-falso-operacion-confidencial', t=t, frm=('Carlos Méndez Ortiz', 'c.mendez@mendezortiz-abogados.com'), to=JAVIER,
                subject='Operación confidencial - instrucciones del Sr. Köhler', hcs='iso-8859-1', henc='Q', body=b,
                profile=I.o365, pkw=dict(domain='mendezortiz-abogados.com', srv='PAXP193MB2214', region='EURP193', lang='es-ES',
                                         obe=('EUR03-PAX-obe', 'mail-paxeur03on2112', '40.107.103.112')),
                what='Fake-lawyer BEC: a "Madrid M&A lawyer" instructs the Spanish office manager, allegedly on behalf of the CEO, to wire EUR 87,400 to a Hong Kong "escrow" account.',
                why='Unknown law firm on a freshly set-up Microsoft 365 tenant; the CEO is name-dropped but not in copy; secrecy towards HQ, same-day payment to an offshore third-party account, "don\'t use the office phone".')


def attacks():
    return [a_aeat(), a_levante_bank(), a_fake_docusign(), a_customs(), a_fake_lawyer()]


# =========================================================== BUSINESS =====
def b_verifactu_notice():
    t = T('ES', 2026, 11, 19, 10, 2, 18)
    body = """Hola a todos:

Os informo de que a partir del 1 de diciembre empezaremos a emitir las facturas de Example Ibérica con el nuevo módulo VERI*FACTU de SAP, adelantándonos a la obligación legal de enero de 2027. Para vosotros no cambia nada: las facturas llevarán un código QR tributario y la leyenda "VERI*FACTU".

Importante: la Agencia Tributaria no envía requerimientos ni notificaciones con enlaces por correo electrónico. Las notificaciones oficiales se consultan únicamente en la DEHú o en la Sede Electrónica, y eso lo gestiono yo. Si recibís algún correo "de Hacienda" con un enlace, no lo abráis y reenviádmelo.

Gracias,
Lucía

Lucía Fernández
Contabilidad - Example Ibérica S.L.
Tel. +34 961 327 412
"""
    b = multi('alternative', [text(body, 'iso-8859-1', 'quoted-printable'),
                              htmlpart(html_outlook(body, 'iso-8859-1', lang='ES'), 'iso-8859-1', 'quoted-printable')])
    return Mail('aviso-interno-verifactu', t=t, frm=LUCIA, to=('Todos Valencia', 'todos-valencia@example.com'), rcpt=JAVIER[1],
                subject='VERI*FACTU a partir del 1 de diciembre - y cuidado con los correos "de Hacienda"', hcs='iso-8859-1', henc='Q', body=b,
                profile=I.exchange_internal, pkw=dict(host='EXCH01', lang='es-ES', client_ip='10.70.1.44'),
                what='Genuine internal notice from the Spanish accountant about the VERI*FACTU roll-out with a warning about fake tax e-mails.',
                why='Internal Exchange -> mail-int01 path, informational, no link or attachment.',
                pair=(['aeat-verifactu-requerimiento-phishing'], 'Same VERI*FACTU/AEAT topic one day later; internal, no credential link.'))


def b_levante_invoice():
    t = T('ES', 2026, 11, 3, 12, 40, 26)
    body = """Hola Lucía,

te adjunto la factura TL-26/1843 de los portes de octubre (14 servicios Paterna - Madrid/Zaragoza). Importe total 9.847,65 € IVA incluido, vencimiento 25/11/2026 por transferencia a la cuenta de siempre de CaixaBank (%s).

Si ves cualquier cosa rara me dices.

Un saludo,
Raúl García
Transportes Levante Hnos. García S.L.
Tel. 961 54 33 20 · 659 21 87 44
""" % ids.fmt(C.LEV)
    doc = pdf([('h', 'TRANSPORTES LEVANTE HNOS. GARCÍA S.L.'), ('s', 'CIF %s · Camí Fondo 14, 46988 Paterna (Valencia)' % C.LEV_CIF), ('gap', 10),
               ('b', 'FACTURA TL-26/1843 - 31/10/2026'), ('p', 'Cliente: EXAMPLE IBÉRICA S.L. - CIF %s' % C.EXG_ES_CIF), ('rule',),
               ('row', [(50, 'Concepto'), (330, 'Servicios'), (460, 'Importe €')]),
               ('row', [(50, 'Portes Paterna - Madrid (completo)'), (330, '9'), (460, '5.040,00')]),
               ('row', [(50, 'Portes Paterna - Zaragoza (completo)'), (330, '5'), (460, '3.098,50')]), ('rule',),
               ('row', [(330, 'Base imponible'), (460, '8.138,55')]), ('row', [(330, 'IVA 21%'), (460, '1.709,10')]), ('row', [(330, 'TOTAL'), (460, '9.847,65')]),
               ('p', 'Forma de pago: transferencia a 25/11/2026 - CaixaBank %s' % ids.fmt(C.LEV))],
              'Factura TL-26-1843', 'Transportes Levante', 'a3ERP', 'a3ERP', t)
    b = multi('mixed', [multi('alternative', [text(body, 'UTF-8', 'quoted-printable', label='"UTF-8"'),
                                              htmlpart(html_gmail(body), 'UTF-8', 'quoted-printable', label='"UTF-8"')]),
                        pdf_att(doc, 'Factura TL-26-1843.pdf')])
    return Mail('transportes-levante-factura-octubre', t=t, frm=('Raúl García', 'raul.garcia@transporteslevante.es'), to=LUCIA,
                subject='Factura TL-26/1843 portes octubre', hcs='UTF-8', henc='Q', body=b, profile=I.gmail, pkw=dict(node='ed1'),
                what='Genuine monthly freight invoice from the Spanish carrier (Google Workspace) with PDF.',
                why='Real domain transporteslevante.es on Google\'s infrastructure, usual CaixaBank account, amounts consistent, friendly regular tone.',
                pair=(['transportes-levante-cambio-cuenta-lookalike'], 'Same sender name and invoice numbers; genuine domain and unchanged account.'))


def b_docusign():
    t = T('ES', 2026, 12, 2, 16, 24, 3)
    env, acct, er = '5b8e1c47-2a9f-4d03-8e71-c6a4f0b2d935', '9f3d2b71-e4c8-4a16-b05d-71e2c8a9f460', '2c7a91e5-b4d8-4f30-a6e2-d1f85b3c9074'
    url = 'https://eu.docusign.net/Signing/EmailStart.aspx?a=%s&etti=24&acct=%s&er=%s' % (env, acct, er)
    code = '5B8E1C472A9F4D038E71C6A4F0B2D9352'
    body = """Marta Sánchez le ha enviado documentos para revisar y firmar.

[REVISAR DOCUMENTO](%s)

Marta Sánchez
msanchez@pinturasmediterraneo.es

Hola Javier, te envío el contrato de distribución 2027 con los cambios que acordamos en la reunión del jueves (rappel del 3,5 %% y plazo de entrega de 5 días laborables). Firma Álvaro como apoderado en la página 9. Un saludo, Marta

No comparta este correo electrónico
Este correo electrónico contiene un enlace seguro a Docusign. No comparta este correo electrónico, el enlace ni el código de acceso con otras personas.

Método de firma alternativo
Visite docusign.com, haga clic en "Acceder a documentos" e introduzca el código de seguridad: %s

Acerca de Docusign
Firme documentos electrónicamente en solo minutos. Es seguro. Tanto si está en la oficina, en casa o de viaje, Docusign ofrece una solución de confianza.

¿Preguntas sobre el documento?
Si necesita modificar un documento o tiene preguntas sobre los detalles del mismo, póngase en contacto directamente con el remitente.
""" % (url, code)
    body = body.replace('%%', '%')
    blocks = [('h', 'Marta Sánchez le ha enviado documentos para revisar y firmar.'), ('btn', 'REVISAR DOCUMENTO', url),
              'Marta Sánchez\n[msanchez@pinturasmediterraneo.es](mailto:msanchez@pinturasmediterraneo.es)', body.split('\n\n')[3],
              ('small', body.split('\n\n')[4]), ('small', body.split('\n\n')[5])]
    b = multi('alternative', [text(plain(body, 'colon'), 'utf-8', 'quoted-printable'),
                              htmlpart(html_branded(blocks, brand='#1e1e2f', logo_text='Docusign',
                                                    footer='Este mensaje se envió a javier.martinez@example.com\n[Política de privacidad](https://www.docusign.com/es-es/privacidad) · Copyright 2026 Docusign, Inc.'),
                                       'utf-8', 'quoted-printable')])
    return Mail('docusign-contrato-distribucion-2027', t=t, frm=('Marta Sánchez via Docusign', 'dse@eumail.docusign.net'),
                reply_to=('Marta Sánchez', 'msanchez@pinturasmediterraneo.es'), to=JAVIER,
                subject='Complete con Docusign: Contrato_distribucion_2027_Example_Iberica.pdf', body=b, profile=I.docusign,
                what='Genuine DocuSign envelope from a customer (2027 distribution contract).',
                why='DocuSign EU infrastructure, Reply-To is the known customer contact, links to eu.docusign.net with envelope/account GUIDs and access code, content refers to a real negotiation.',
                pair=(['docusign-phishing-sendgrid'], 'Same brand and Spanish template one day apart; genuine DocuSign infrastructure, known sender, docusign.net link.'))


def b_customs_broker():
    t = T('ES', 2026, 11, 24, 12, 5, 44)
    body = """Buenos días Lucía:

Os informamos de que el contenedor MSKU 8841260 (B/L MAEU 254871193) ha obtenido hoy el levante a las 11:42 tras el control documental. Adjuntamos el DUA de importación nº 26ES00461110487291.

Los derechos arancelarios y el IVA de importación (3.742,18 €) se han liquidado con cargo a nuestra cuenta de aplazamiento y os los repercutiremos en la factura de servicios de este mes, junto con los honorarios de despacho. No tenéis que hacer ningún pago directo a la Aduana.

Transportes Levante recogerá el contenedor mañana a primera hora en la terminal APM de Valencia.

Un saludo,

Amparo Soler
Departamento de Aduanas
Tránsitos Marítimos Turia S.L.
Muelle de la Aduana s/n - 46024 Valencia
Tel. 963 67 41 20
"""
    dua = pdf([('h', 'DOCUMENTO ÚNICO ADMINISTRATIVO - IMPORTACIÓN'), ('s', 'Copia para el interesado'), ('gap', 6)]
              + [('row', [(50, a), (220, b)]) for a, b in (
                  ('MRN / Nº DUA', '26ES00461110487291'), ('Aduana', 'Valencia - Marítima'), ('Declarante', 'Tránsitos Marítimos Turia S.L.'),
                  ('Importador', 'Example Ibérica S.L. - %s' % C.EXG_ES_CIF), ('Contenedor', 'MSKU 8841260 - B/L MAEU 254871193'),
                  ('Mercancía', 'Pigmentos a base de óxidos de hierro - TARIC 2821 10 00 00'), ('Masa bruta', '18.240 kg'),
                  ('Derechos arancelarios', '0,00 € (0 %)'), ('IVA importación', '3.742,18 €'), ('Forma de pago', 'Aplazamiento - cuenta del declarante'),
                  ('Levante', '24/11/2026 11:42'))],
              'DUA 26ES00461110487291', 'Tránsitos Marítimos Turia', 'AduanaSoft', 'AduanaSoft', t)
    b = multi('mixed', [multi('alternative', [text(body, 'iso-8859-15', 'quoted-printable'),
                                              htmlpart(html_outlook(body, 'iso-8859-15', lang='ES'), 'iso-8859-15', 'quoted-printable')]),
                        pdf_att(dua, 'DUA_26ES00461110487291.pdf')])
    return Mail('transitario-dua-levante-contenedor', t=t, frm=('Amparo Soler - Tránsitos Turia', 'aduanas@transitosturia.es'), to=LUCIA,
                cc=[('Raúl García', 'raul.garcia@transporteslevante.es')], subject='Levante contenedor MSKU 8841260 - DUA 26ES00461110487291',
                hcs='iso-8859-15', henc='Q', body=b,
                profile=I.outlook_desktop, pkw=dict(domain='transitosturia.es', smtp_style='postfix', client_name='ADUANAS-02', client_ip='88.12.44.170',
                                                    client_rdns='170.red-88-12-44.staticip.rima-tde.net', server='mail.transitosturia.es',
                                                    server_ip='212.170.98.14', lang='es', zone='ES'),
                what='Genuine customs clearance notice from the broker with the import declaration (DUA) as PDF.',
                why='Broker\'s own domain and mail server on a Spanish static line, carrier in cc, states explicitly that no direct payment is needed; details match the shipment.',
                pair=(['aduana-liquidacion-031-phishing'], 'Same container and amount the day after the look-alike demanded payment; genuine domain, no payment link.'))


def b_complaint():
    t = T('ES', 2026, 10, 30, 9, 14, 36)
    body = """Hola Álvaro:

Te escribo muy molesta: el pedido PM-26-0774 (120 bidones de imprimación acrílica y 60 de esmalte sintético) tenía que haber llegado a nuestro almacén de Castellón el martes y a día de hoy no sabemos nada. Tenemos clientes parados en obra esperando el material.

Según nuestro contrato de distribución, los retrasos superiores a cinco días laborables dan lugar a una penalización del 2 % por semana sobre el importe del pedido, y si el viernes no está aquí la aplicaremos en la próxima factura.

Por favor, llámame hoy mismo con una fecha firme.

Un saludo,
Marta Sánchez
Directora de Compras
Pinturas Mediterráneo S.A.
Tel. 964 25 18 70
"""
    b = multi('alternative', [text(body, 'windows-1252', 'quoted-printable'),
                              htmlpart(html_outlook(body, 'windows-1252', lang='ES'), 'windows-1252', 'quoted-printable')])
    return Mail('reclamacion-retraso-pedido-cliente', t=t, frm=('Marta Sánchez', 'msanchez@pinturasmediterraneo.es'), to=ALVARO, cc=[JAVIER],
                subject='Pedido PM-26-0774 sin entregar - penalización', hcs='iso-8859-1', henc='Q', body=b,
                profile=I.o365, pkw=dict(domain='pinturasmediterraneo.es', srv='DU2PR08MB7731', region='eurprd08', lang='es-ES',
                                         obe=('EUR05-DU2-obe', 'mail-du2eur05on2118', '40.107.24.118')),
                what='Genuine angry customer complaint about a late delivery, threatening a contractual penalty.',
                why='Known customer\'s Microsoft 365 tenant, concrete order, contractual penalty is a legitimate commercial threat, asks for a phone call; no link or payment redirection.')


def business():
    return [b_verifactu_notice(), b_levante_invoice(), b_docusign(), b_customs_broker(), b_complaint()]
