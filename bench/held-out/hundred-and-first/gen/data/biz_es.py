# -*- coding: utf-8 -*-
from data.common import *
from data.biz_de import internal_headers

TFG_IBAN = iban_es('2080', '0300', '3040012587')


# ----------------------------------------------------------------- 27 -------
@message('business', 27, 'es', 'customer-temperature-complaint',
         what='Customer complaint from the Spanish distributor DLN: three pallets rejected at receipt because the trailer logged 9.5 °C; reception report attached as PDF; asks who handles the claim with the carrier.',
         why='Known customer domain via its own mail server and Outlook from its office line, concrete delivery-note, lot and truck data, ordinary PDF, commercial request without payment changes or links.')
def b27():
    rn, ra = S('es_mgr')
    c = ctx('b27', '2026-11-17 12:36:15', 'CET', ra)
    frm = 'c.ortega@dln-lacteos.es'
    inf = postfix_client(c, 'mail.dln-lacteos.es', '185.93.8.61', '62.83.144.29.static.user.ono.com', '62.83.144.29', frm,
                         mua='outlook16', helo='DLN-CAL-02')
    text = """Buenos días José Ramón:

Os escribo por la entrega de ayer (albarán 2026-ES-04412, camión de TFG con matrícula 4817 KLM). A la recepción en nuestra plataforma de Llanera el registro de temperatura marcaba 9,5 °C en la zona trasera del semirremolque, por encima de los 8 °C que fija nuestra especificación.

Hemos rechazado 3 palés (Emmental lonchas 150 g, lotes 4463 y 4471) y los tenemos bloqueados en cámara a la espera de vuestras instrucciones. Adjunto el informe de recepción con la lectura del termógrafo.

¿Podéis confirmar si la reclamación la gestionáis vosotros con el transportista o si la abrimos nosotros directamente con TFG? Necesitamos reponer el producto antes del jueves para no romper stock en tienda.

Un saludo,

Carmen Ortega
Responsable de Calidad y Compras
Distribuciones Lácteas del Norte S.L.
Polígono de Asipo, Calle A, 12 - 33428 Llanera (Asturias)
Tel. 985 26 14 70
"""
    rep = pdf(c, [[(-14, 'Distribuciones Lácteas del Norte S.L. - Informe de recepción'), (9, ''),
                   (10, 'Albarán: 2026-ES-04412     Fecha: 16/11/2026     Transportista: TFG, 4817 KLM'),
                   (10, 'Proveedor: Example Group Ibérica S.L.'), (10, ''),
                   (10, 'Lectura termógrafo: inicio 3,9 °C - máx. 9,5 °C (zona trasera) - llegada 8,7 °C'),
                   (10, 'Especificación DLN: <= 8 °C'), (10, ''),
                   (10, 'Rechazado: 3 palés Emmental lonchas 150 g, lotes 4463 / 4471 (1.296 uds.)'),
                   (10, 'Estado: bloqueado en cámara 2, pendiente de instrucciones del proveedor'), (10, ''),
                   (10, 'Firmado: C. Ortega, Calidad')]],
              'Informe recepción 2026-ES-04412', 'Carmen Ortega', 'Microsoft Excel', 'Microsoft: Print To PDF')
    b1 = outlook_boundary(c, 0)
    b2 = outlook_boundary(c, 1)
    body = Multi('mixed', [Multi('alternative', [Text(text, charset='windows-1252', cte='quoted-printable'),
                                                 Text(html_outlook(text, 'ES', 'Calibri', 'windows-1252'), 'html', 'windows-1252', 'quoted-printable')], b2),
                           Bin(rep, 'application/pdf', 'Informe_recepcion_2026-ES-04412.pdf')], b1,
                 preamble='This is a multipart message in MIME format.')
    hs = [('From', '"Carmen Ortega" <%s>' % frm),
          ('To', addr('José Ramón Fernández', ra, 'iso-8859-1', 'Q', quote=True)),
          ('Cc', addr('Begoña Ibáñez', S('es_acc')[1], 'iso-8859-1', 'Q', quote=True)),
          ('Subject', htext('Reclamación albarán 2026-ES-04412 - rotura cadena de frío', 'iso-8859-1', 'Q')),
          ('Date', rfc(c.t, 'CET')),
          ('Message-ID', inf.msgid),
          ('MIME-Version', '1.0'),
          ('X-Mailer', 'Microsoft Outlook 16.0'),
          ('Thread-Index', thread_index(c)),
          ('Content-Language', 'es')]
    return assemble(c, inf, hs, body, frm, mime_pos=7)


# ----------------------------------------------------------------- 28 -------
@message('business', 28, 'es', 'tax-advisor-verifactu-note',
         what='The Spanish subsidiary\'s tax advisor explains the VERI*FACTU timeline (mandatory from 1 January 2027 for companies), that the ERP vendor issues the compliance statement, and warns about fake "Agencia Tributaria" e-mails.',
         why='Known advisor on her firm\'s domain via its hosted server and Thunderbird, factual guidance with no links to log in, no deadline pressure beyond the legal date.',
         hn=(['28-es-aeat-verifactu-requerimiento-phish.eml'],
             'same VERI*FACTU / AEAT topic; genuine one advises and links nothing'))
def b28():
    rn, ra = S('es_acc')
    c = ctx('b28', '2026-11-06 16:52:44', 'CET', ra)
    frm = 'laura.sanz@martinsanz-asesores.es'
    inf = postfix_client(c, 'smtp.martinsanz-asesores.es', '217.76.146.62', '88.12.101.45.dyn.user.ono.com', '88.12.101.45', frm)
    text = """Hola Begoña:

Te resumo lo que hablamos ayer por teléfono sobre VERI*FACTU:

1. Tras el aplazamiento aprobado a finales de 2025, la obligación de utilizar un sistema de facturación adaptado empieza el 1 de enero de 2027 para los contribuyentes del Impuesto sobre Sociedades, como Example Group Ibérica.

2. Vosotros no tenéis que presentar nada ante la AEAT: la "declaración responsable" la emite el fabricante del software (en vuestro caso, el proveedor del ERP). Pedidle por escrito la versión y la fecha prevista de la actualización.

3. Os recomiendo hacer una prueba en diciembre con facturas ficticias y revisar el código QR y la leyenda "VERI*FACTU" en el PDF de la factura.

Ojo: esta semana varios clientes han recibido correos falsos de la "Agencia Tributaria" con supuestos requerimientos sobre VERI*FACTU y un enlace para identificarse con certificado o Cl@ve. La AEAT notifica a través de la DEHú y de la Sede electrónica; no hagáis clic en esos enlaces y reenviádmelos si os llegan.

Un abrazo,

Laura Sanz
Martín & Sanz Asesores
C/ Alcalá 212, 3.º B - 28028 Madrid
Tel. 91 355 48 20
"""
    body = Text(text, charset='ISO-8859-15', cte='quoted-printable', params='; format=flowed', quoted=False)
    hs = [('Message-ID', inf.msgid),
          ('Date', rfc(c.t, 'CET')),
          ('MIME-Version', '1.0'),
          ('User-Agent', 'Mozilla Thunderbird'),
          ('Content-Language', 'es-ES'),
          ('To', addr('Begoña Ibáñez', ra, 'UTF-8', 'Q')),
          ('From', addr('Laura Sanz', frm)),
          ('Subject', 'VERI*FACTU: calendario y pasos para 2027')]
    return assemble(c, inf, hs, body, frm)


# ----------------------------------------------------------------- 29 -------
@message('business', 29, 'es', 'carrier-invoice-pdf',
         what='Genuine November freight invoice from the Spanish refrigerated carrier TFG, sent from its real domain (Exchange Online) with the invoice as PDF and the usual ABANCA account.',
         why='Real domain tfgallego.es on Exchange Online, PDF invoice (no HTML/login), account unchanged, invoice content matches the transport relationship.',
         hn=(['31-es-carrier-lookalike-html-invoice-login.eml'],
             'same carrier, same "November freight invoice"; genuine one is a PDF from tfgallego.es'))
def b29():
    rn, ra = S('es_acc')
    c = ctx('b29', '2026-11-30 09:05:31', 'CET', ra)
    frm = 'administracion@tfgallego.es'
    inf = m365(c, 'EUR')
    text = """Buenos días:

Les remitimos la factura TFG-2026-0974 correspondiente a los servicios de transporte refrigerado del mes de noviembre (14 servicios Madrid - Lugo - A Coruña y 3 servicios Madrid - Llanera), por importe de 7.418,12 EUR IVA incluido.

Vencimiento: 30/12/2026. Forma de pago: transferencia a nuestra cuenta habitual en ABANCA ({iban}).

Un saludo,

Departamento de Administración
Transportes Frigoríficos Gallego S.A.
Polígono Industrial O Ceao, Rúa da Industria 22 - 27003 Lugo
Tel. 982 20 71 50
""".format(iban=fmt_iban(TFG_IBAN))
    inv = pdf(c, [[(-14, 'Transportes Frigoríficos Gallego S.A.'), (9, 'Pol. Ind. O Ceao, Rúa da Industria 22 - 27003 Lugo - CIF A27184533'), (9, ''),
                   (-12, 'FACTURA TFG-2026-0974     Fecha 30/11/2026'), (10, 'Cliente: Example Group Ibérica S.L., Calle de Orense 34, 28020 Madrid, CIF ' + CIF_EXAMPLE_ES), (10, ''),
                   (10, '14 x Transporte refrigerado Madrid - Lugo - A Coruña           5.180,00 EUR'),
                   (10, ' 3 x Transporte refrigerado Madrid - Llanera                   950,68 EUR'), (10, ''),
                   (10, 'Base imponible 6.130,68 EUR   IVA 21% 1.287,44 EUR   Total 7.418,12 EUR'), (10, ''),
                   (10, 'Vencimiento 30/12/2026 - Transferencia a ' + fmt_iban(TFG_IBAN) + ' (ABANCA)')]],
              'Factura TFG-2026-0974', 'Administración TFG', 'a3ERP', 'a3ERP')
    b = inf.boundary()
    body = Multi('mixed', [alt(c, Text(text, charset='iso-8859-1', cte='quoted-printable'),
                               Text(html_outlook(text, 'ES', 'Aptos', 'iso-8859-1'), 'html', 'iso-8859-1', 'quoted-printable'),
                               boundary=b.replace('_000_', '_000_a')),
                           Bin(inv, 'application/pdf', 'Factura_TFG-2026-0974.pdf', size_param=True)], b.replace('_000_', '_004_'))
    hs = [('From', addr('Administración TFG', frm, 'iso-8859-1', 'Q')),
          ('To', addr('Begoña Ibáñez', ra, 'iso-8859-1', 'Q')),
          ('Subject', 'Factura TFG-2026-0974 - servicios noviembre 2026'),
          ('Thread-Topic', 'Factura TFG-2026-0974 - servicios noviembre 2026'),
          ('Thread-Index', thread_index(c)),
          ('Date', rfc(c.t, 'UTC')),
          ('Message-ID', inf.msgid),
          ('Accept-Language', 'es-ES, en-US'),
          ('Content-Language', 'es-ES')]
    return assemble(c, inf, hs, body, frm)


# ----------------------------------------------------------------- 30 -------
@message('business', 30, 'es', 'colleague-broken-laptop-gmail',
         what='The Spanish accountant writes from her private Gmail to her office manager: her work laptop screen broke on the train, she works from home on webmail only and asks for a spare laptop from IT.',
         why='Known colleague, obvious reason for the private address, no payment/data request and explicitly avoids banking/ERP from the private PC.',
         hn=(['27-es-manager-impersonation-homoglyph-whatsapp.eml'],
             'colleague-to-colleague message from a non-corporate address inside the Spanish office; genuine one asks for nothing sensitive'))
def b30():
    rn, ra = S('es_mgr')
    c = ctx('b30', '2026-12-02 08:44:06', 'CET', ra)
    frm = 'begona.ibanez.m@gmail.com'
    inf = gmail(c)
    text = """Hola José Ramón:

Te escribo desde mi Gmail porque el portátil del trabajo se me ha caído esta mañana en el Cercanías y la pantalla se ha roto (enciende, pero no se ve nada).

Hoy trabajo desde casa con el ordenador personal, sólo el correo por web; no voy a entrar al banco ni al ERP desde aquí.

¿Puedes pedir a IT en Kempten que me preparen uno de reserva? Mañana paso por la oficina a dejar el roto.

Gracias y perdona el lío,
Begoña
"""
    body = alt(c, Text(text, charset='UTF-8', cte='quoted-printable'), Text(html_gmail(text), 'html', 'UTF-8', 'quoted-printable'),
               boundary=inf.boundary())
    hs = [('MIME-Version', '1.0'),
          ('From', addr('Begoña Ibáñez', frm, 'UTF-8', 'Q')),
          ('Date', rfc(c.t, 'CET')),
          ('Message-ID', inf.msgid),
          ('Subject', htext('Portátil roto - trabajo hoy desde casa', 'UTF-8', 'Q')),
          ('To', addr('José Ramón Fernández', ra, 'UTF-8', 'Q'))]
    return assemble(c, inf, hs, body, frm)


# ----------------------------------------------------------------- 31 -------
@message('business', 31, 'es', 'microsoft-account-security-code',
         what='Genuine Microsoft account security-code e-mail (Spanish) requested by the Madrid office manager while resetting the password of the Microsoft account tied to his work address.',
         why='Sent by Microsoft\'s account protection service (account-security-noreply@accountprotection.microsoft.com) through Exchange Online Protection; contains only a one-time code and Microsoft links; user-initiated.',
         hn=(['30-es-bank-netcash-certificate-phish.eml'],
             'security/credential maintenance notice in Spanish; genuine one carries a code and no link to enter credentials'))
def b31():
    rn, ra = S('es_mgr')
    c = ctx('b31', '2026-10-26 18:21:40', 'CET', ra)
    inf = m365(c, 'NAM', zone='UTC')
    inf.msgid = '<%s@accountprotection.microsoft.com>' % c.uuid().upper()
    masked = 'jo*****@example.com'
    text = """Cuenta Microsoft

Código de seguridad

Usa el siguiente código de seguridad para la cuenta Microsoft %s.

Código de seguridad: 482913

Si no reconoces la cuenta Microsoft %s, puedes hacer clic aquí para quitar tu dirección de correo electrónico de esa cuenta:
https://account.live.com/dp?ft=%s

Gracias,
El equipo de cuentas Microsoft

Declaración de privacidad: https://go.microsoft.com/fwlink/?LinkId=521839
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
""" % (masked, masked, tok('b31', 60, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*'))
    html = brand_html('Código de seguridad', ['Usa el siguiente código de seguridad para la cuenta Microsoft <a href="mailto:%s">%s</a>.' % (masked, masked),
                                              'Código de seguridad: <b>482913</b>',
                                              'Si no reconoces la cuenta Microsoft %s, puedes <a href="https://account.live.com/dp?ft=%s">hacer clic aquí</a> para quitar tu dirección de correo electrónico de esa cuenta.' % (masked, tok('b31', 60, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*')),
                                              'Gracias,<br>El equipo de cuentas Microsoft'], None, None,
                      '<a href="https://go.microsoft.com/fwlink/?LinkId=521839">Declaración de privacidad</a><br>Microsoft Corporation, One Microsoft Way, Redmond, WA 98052',
                      color='#2672ec', logo_text='Cuenta Microsoft', lang='es')
    body = Multi('alternative', [Text(text, charset='utf-8', cte='quoted-printable'), Text(html, 'html', 'utf-8', 'quoted-printable')],
                 '--boundary_%d_%s' % (c.r.randint(0, 99), c.uuid()))
    hs = [('From', addr('Equipo de cuentas Microsoft', 'account-security-noreply@accountprotection.microsoft.com')),
          ('To', ra),
          ('Subject', htext('Código de seguridad de la cuenta Microsoft', 'utf-8', 'Q')),
          ('Date', rfc(c.t, 'UTC')),
          ('Message-ID', inf.msgid),
          ('MIME-Version', '1.0')]
    return assemble(c, inf, hs, body, 'account-security-noreply@accountprotection.microsoft.com', mime_pos=6)
