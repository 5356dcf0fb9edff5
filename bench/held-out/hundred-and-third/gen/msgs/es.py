# -*- coding: utf-8 -*-
"""Spanish attack (27-31) and business (27-31) messages."""
from common import *
from lib.infra import (cpanel_php, vps_postfix, outlook_hosted, gmail, ses, internal, acumbamail, roundcube, microsoft_notif,
                       hexs, alnum, uuid4, postfix_qid)
from lib.mime import rfc2822, plus

ATTACKS, BUSINESS = [], []

SS_SIG = ('Carmen Ruiz\nAdministración\nTransportes Sierra Sur S.L.\nPol. Ind. Juncaril, c/ Loja 14 – 18220 Albolote (Granada)\n'
          'Tel. 958 46 73 20 – CIF %s' % IDS['sierrasur_cif'])

# 27 DGT traffic-fine phishing from a compromised WordPress site
D27 = 'https://sede-dgt.pago-sanciones.com/expediente?id=1820260472931'
t27 = """Dirección General de Tráfico – Notificación de sanción

Estimado/a titular:

Le comunicamos que consta una sanción pendiente de pago asociada al vehículo con matrícula 4821 LKT, cuyo titular es EXAMPLE GROUP ESPAÑA SL, por exceso de velocidad (art. 48 del Reglamento General de Circulación) captado por el radar fijo de la A-395, km 26,4, el 11/10/2026 a las 16:52.

Expediente: 18/2026/0472931
Importe: 100,00 €
Importe con reducción del 50 %% por pronto pago (si abona en los próximos 3 días): 50,00 €

Si no se abona ni se presentan alegaciones en plazo, la sanción será firme y se procederá a su cobro por vía ejecutiva con el recargo correspondiente.

Se adjunta el expediente completo (boletín de denuncia y fotografía del radar) en formato comprimido.

[Consultar expediente y pagar](%s)

Dirección General de Tráfico
Ministerio del Interior""" % D27
h27 = notice_html('Notificación de sanción pendiente de pago', [
    'Estimado/a titular:',
    'Le comunicamos que consta una sanción pendiente de pago asociada al vehículo con matrícula 4821 LKT, cuyo titular es EXAMPLE GROUP ESPAÑA SL, por exceso de velocidad (art. 48 del Reglamento General de Circulación) captado por el radar fijo de la A-395, km 26,4, el 11/10/2026 a las 16:52.',
    'Expediente: 18/2026/0472931\nImporte: 100,00 €\nImporte con reducción del 50 % por pronto pago (si abona en los próximos 3 días): 50,00 €',
    'Si no se abona ni se presentan alegaciones en plazo, la sanción será firme y se procederá a su cobro por vía ejecutiva con el recargo correspondiente.',
    'Se adjunta el expediente completo (boletín de denuncia y fotografía del radar) en formato comprimido.'],
    button=('Consultar expediente y pagar', D27), footer=['Dirección General de Tráfico – Ministerio del Interior'],
    brand='DGT – Dirección General de Tráfico', color='#004a99', lang='es')
zip27 = make_zip([('Boletin_denuncia_18-2026-0472931.pdf.vbs', PLACEHOLDER, (2026, 10, 19, 7, 40, 12)),
                  ('Fotografia_radar_A-395_km26.jpg.msi', PLACEHOLDER, (2026, 10, 19, 7, 40, 30))], seed='attack27')
ATTACKS.append(M(
    folder='attack', n=27, lang='es', slug='dgt-multa-phishing-pago',
    when=('CE', 2026, 10, 19, 7, 58, 0),
    prof=lambda u, r: cpanel_php(u, r, 'server.hostinglatino.net', '200.58.111.74', 'sonrisa', 'clinicadentalsonrisa.com.ar',
                                 'wp-content/themes/twentytwentyfour/inc/mailer.php', zone='UTC'),
    frm=('DGT - Dirección General de Tráfico', 'notificaciones@clinicadentalsonrisa.com.ar'), to=[S('javier.munoz')],
    return_path='sonrisa@server.hostinglatino.net',
    subject='Notificación de sanción pendiente de pago – Expediente 18/2026/0472931', hcs=('UTF-8', 'B'),
    body=lambda c: MIX(c, ALT(c, t27, 'UTF-8', 'quoted-printable', html=h27),
                       [ATT(zip27, 'Expediente_18-2026-0472931.zip', 'application/zip')]),
    technique='Government traffic-fine lure (DGT): payment phishing link plus unencrypted ZIP with .pdf.vbs / .jpg.msi, from a compromised WordPress site abroad',
    what='"DGT" claims an unpaid speeding fine for a company van, links to a payment page with a 3-day 50 % discount and attaches a ZIP with "Boletin_denuncia….pdf.vbs" and "Fotografia_radar….jpg.msi".',
    why='Sent by a PHP script on a hacked Argentinian dental-clinic site; only the display name says DGT; look-alike payment domain; script/installer files with double extensions in the archive (Grandoreiro/Mekotio-style); DGT notifies through DEV/DEHú or post, not plain e-mail; the real early-payment period is 20 days, not 3.',
    hardneg=None))

# 28 Carrier bank-detail change from a look-alike domain
t28 = """Estimada Lucía:

Le informamos de que, a raíz de la integración de nuestra tesorería en el grupo, a partir de hoy las facturas pendientes y futuras deberán abonarse exclusivamente en la nueva cuenta de BBVA:

Titular: Transportes Sierra Sur S.L.
IBAN: %s
BIC: BBVAESMMXXX

Adjuntamos el certificado de titularidad emitido por la entidad. Les rogamos que actualicen sus datos antes del próximo pago (facturas F-2026/1184 y F-2026/1231, total 9.842,70 €), ya que la cuenta de CaixaBank quedará cancelada en los próximos días.

Quedamos a la espera de su confirmación por este medio.

Un saludo,
%s""" % (fi(BANK['sierrasur_fraud']), SS_SIG)
pdf28 = pdf([('BBVA', 18, True), 'Banco Bilbao Vizcaya Argentaria, S.A.', '', ('CERTIFICADO DE TITULARIDAD DE CUENTA', 12, True), '',
             'BBVA certifica que la cuenta abajo indicada figura a nombre de:', '', 'Titular: TRANSPORTES SIERRA SUR S.L.', 'CIF: ' + IDS['sierrasur_cif'],
             'IBAN: ' + fi(BANK['sierrasur_fraud']), 'BIC: BBVAESMMXXX', '', 'Y para que así conste, se expide el presente certificado en Granada,',
             'a 10 de noviembre de 2026.', '', 'Oficina 5919 – Granada'],
            title='Certificado de titularidad', producer='iLovePDF', created="20261110171204+01'00'")
ATTACKS.append(M(
    folder='attack', n=28, lang='es', slug='transportista-cambio-cuenta-dominio-similar',
    when=('CE', 2026, 11, 11, 12, 26, 0),
    prof=lambda u, r: vps_postfix(u, r, 'mail.transportes-sierrasur.es', 'static.91.142.21.65.clients.your-server.de', '65.21.142.91',
                                  '41.251.66.19', auth_user='administracion@transportes-sierrasur.es', domain='transportes-sierrasur.es', lang='es'),
    frm=('Administración - Transportes Sierra Sur', 'administracion@transportes-sierrasur.es'), to=[S('lucia.fernandez')],
    subject='Cambio de cuenta bancaria – Transportes Sierra Sur S.L.', hcs=('windows-1252', 'Q'),
    body=lambda c: MIX(c, ALT(c, t28, 'windows-1252', 'quoted-printable', style='outlook', lang='ES'),
                       [ATT(pdf28, 'Certificado_titularidad_BBVA.pdf', 'application/pdf')]),
    technique='Vendor bank-detail change (BEC) from look-alike carrier domain with forged bank certificate',
    what='"Transportes Sierra Sur" announces a new BBVA account for the open invoices (9,842.70 EUR) and attaches a "certificado de titularidad".',
    why='Domain transportes-sierrasur.es (hyphen) instead of transportessierrasur.es, on a Hetzner VPS with a Moroccan client IP; confirmation only "por este medio"; PDF made with iLovePDF, not a bank system; the real carrier later confirms the old account (business 27).',
    hardneg='business 27'))

# 29 SVG voicemail attachment from a compromised supplier mailbox
SVG_URL = 'https://voz-mensajeria.es-audio.com/play?e=bHVjaWEuZmVybmFuZGV6QGV4YW1wbGUuY29t&d=0047'
svg29 = """<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="480" height="220" viewBox="0 0 480 220">
  <rect width="480" height="220" rx="10" fill="#f4f6f8" stroke="#c9d1d9"/>
  <text x="24" y="42" font-family="Segoe UI, Arial" font-size="20" fill="#1f2328">Mensaje de voz nuevo</text>
  <text x="24" y="70" font-family="Segoe UI, Arial" font-size="14" fill="#57606a">De: +34 958 27 41 90   Duración: 00:47</text>
  <a xlink:href="%s" href="%s" target="_blank">
    <rect x="24" y="100" width="432" height="56" rx="28" fill="#0f6cbd"/>
    <polygon points="52,114 52,142 76,128" fill="#ffffff"/>
    <text x="96" y="135" font-family="Segoe UI, Arial" font-size="17" fill="#ffffff">Reproducir mensaje (requiere inicio de sesión)</text>
  </a>
  <text x="24" y="196" font-family="Segoe UI, Arial" font-size="11" fill="#8c959f">Servicio de buzón de voz · Microsoft Teams Phone</text>
</svg>
""" % (SVG_URL.replace('&', '&amp;'), SVG_URL.replace('&', '&amp;'))
t29 = """Tiene un nuevo mensaje de voz.

De: +34 958 27 41 90
Duración: 00:47
Recibido: 30/11/2026 9:12

Escuche el mensaje adjunto.

Distribuciones Hosteleras Genil S.L."""
ATTACKS.append(M(
    folder='attack', n=29, lang='es', slug='buzon-de-voz-adjunto-svg',
    when=('CE', 2026, 11, 30, 9, 14, 0),
    prof=lambda u, r: roundcube(u, r, 'distribucionesgenil.es', 'fr-smtpout2.hostinger.io', '185.224.137.72', 'pedidos@distribucionesgenil.es',
                                '102.164.31.200'),
    frm=('Distribuciones Genil', 'pedidos@distribucionesgenil.es'), to=[S('lucia.fernandez')],
    subject='Mensaje de voz nuevo (0:47) de +34 958 27 41 90', hcs=('UTF-8', 'Q'),
    body=lambda c: MIX(c, ALT(c, t29, 'UTF-8', 'quoted-printable', style='simple'),
                       [ATT(svg29.encode('utf-8'), 'Mensaje_de_voz_958274190.svg', 'image/svg+xml')]),
    technique='SVG attachment with embedded phishing link (voicemail lure) from a compromised supplier mailbox',
    what='"New voicemail" mail from a Granada food supplier\'s real mailbox with an SVG "player" whose button links to a login page; the recipient address is base64-encoded in the URL.',
    why='Voicemails do not arrive as SVG from a supplier\'s order mailbox; the SVG contains an external hyperlink to es-audio.com with the victim\'s address encoded; sent through webmail from an African IP; minimal text.',
    hardneg='business 30'))

# 30 Correos customs fee phishing via Amazon SES
C30 = 'https://correos-envios.es/gestion/CD0461829375ES?pago=aduana'
t30 = """Correos

Estimado/a cliente:

Su envío CD0461829375ES procedente de Suiza se encuentra retenido en la aduana de Madrid-Barajas pendiente del pago de los gastos de gestión aduanera e IVA de importación.

Importe a abonar: 2,99 €

Si el pago no se realiza en un plazo de 72 horas, el envío será devuelto al remitente.

[Pagar y gestionar mi envío](%s)

Correos – Sociedad Estatal Correos y Telégrafos, S.A., S.M.E.""" % C30
h30 = notice_html('Su envío está retenido en aduanas', [
    'Estimado/a cliente:',
    'Su envío CD0461829375ES procedente de Suiza se encuentra retenido en la aduana de Madrid-Barajas pendiente del pago de los gastos de gestión aduanera e IVA de importación.',
    'Importe a abonar: 2,99 €', 'Si el pago no se realiza en un plazo de 72 horas, el envío será devuelto al remitente.'],
    button=('Pagar y gestionar mi envío', C30), footer=['Correos – Sociedad Estatal Correos y Telégrafos, S.A., S.M.E.'],
    brand='Correos', color='#ffcc00', lang='es')
ATTACKS.append(M(
    folder='attack', n=30, lang='es', slug='correos-aduana-pago-phishing',
    when=('CE', 2026, 12, 10, 16, 40, 0),
    prof=lambda u, r: ses(u, r, 'eu-central-1'),
    frm=('Correos', 'notificaciones@correos-envios.es'), to=[S('javier.munoz')],
    return_path='0107019b2c3d4e5f-6a7b8c9d-0e1f-4a2b-8c3d-4e5f6a7b8c9d-000000@eu-central-1.amazonses.com',
    subject='Su envío CD0461829375ES está retenido en aduanas', hcs=('utf-8', 'B'),
    body=lambda c: ALT(c, t30, 'utf-8', 'quoted-printable', html=h30),
    technique='Courier customs-fee card phishing (Correos) via Amazon SES',
    what='"Correos" says a parcel from Switzerland is held in customs pending a 2.99 EUR fee.',
    why='Look-alike domain correos-envios.es (real: correos.es) sent through Amazon SES; tiny fee is the bait for card data; 72-hour threat.',
    hardneg=None))

# 31 VERI*FACTU lure with malware download
V31 = 'https://agenciatributaria-sede.es/verifactu/descarga/Kit_VeriFactu_AEAT_2027.zip'
t31 = """Agencia Tributaria

Estimado/a contribuyente:

Según la información de la que dispone esta Agencia, el sistema informático de facturación utilizado por EXAMPLE GROUP ESPAÑA SL no ha sido declarado conforme al Reglamento de requisitos de los sistemas informáticos de facturación (Real Decreto 1007/2023, VERI*FACTU).

La obligación de utilizar un sistema adaptado será exigible a partir del 1 de enero de 2027. La utilización de sistemas no adaptados puede dar lugar a sanciones de hasta 50.000 € por ejercicio (art. 201 bis de la Ley General Tributaria).

Para evitarlo, descargue e instale antes del 31/12/2026 el kit de adaptación VERI*FACTU, que incluye el certificado de conformidad y el conector para su programa de facturación:

[Descargar kit de adaptación VERI*FACTU](%s)

Atentamente,
Agencia Estatal de Administración Tributaria""" % V31
ATTACKS.append(M(
    folder='attack', n=31, lang='es', slug='verifactu-kit-descarga-malware',
    when=('CE', 2026, 12, 7, 10, 30, 0),
    prof=lambda u, r: vps_postfix(u, r, 'mail.agenciatributaria-sede.es', 'vmi1983277.contaboserver.net', '89.117.52.201', '127.0.0.1',
                                  submit_rdns='localhost', auth_user='verifactu@agenciatributaria-sede.es', client_style='script',
                                  domain='agenciatributaria-sede.es'),
    frm=('Agencia Tributaria', 'verifactu@agenciatributaria-sede.es'), to=[S('lucia.fernandez')],
    subject='VERI*FACTU: su sistema de facturación no está adaptado - requerimiento', hcs=('iso-8859-15', 'Q'),
    body=lambda c: ALT(c, t31.replace('–', '-'), 'iso-8859-15', 'quoted-printable', style='simple'),
    technique='Tax-authority lure (VERI*FACTU e-invoicing rules) leading to a malware download',
    what='"Agencia Tributaria" claims the invoicing system is not VERI*FACTU-compliant and asks to download an "adaptation kit" ZIP.',
    why='The AEAT never distributes software or certificates by e-mail; look-alike domain agenciatributaria-sede.es on a Contabo VPS (real: agenciatributaria.gob.es); executable download; sanction threat.',
    hardneg='business 31'))

# =============================================================================================== BUSINESS
b27 = """Estimada Lucía:

A fecha de hoy siguen pendientes de pago las siguientes facturas:

F-2026/1184 de 30/09/2026 – 5.218,30 € – vencida el 30/10/2026
F-2026/1231 de 15/10/2026 – 4.624,40 € – vencida el 14/11/2026

Total pendiente: 9.842,70 €

Le recuerdo que la cuenta para el pago sigue siendo la de siempre (CaixaBank, %s). Nos ha llegado que algún cliente ha recibido correos desde un dominio parecido al nuestro pidiendo cambiar la cuenta: no hemos cambiado nada.

Si no recibimos el pago o una propuesta de calendario antes del miércoles 25, lamentablemente tendremos que suspender los servicios de transporte a partir del 27/11, incluidos los portes de gasóleo y material para la apertura de temporada.

Si hay alguna incidencia con las facturas, llámeme y lo vemos.

Un saludo,
%s""" % (fi(BANK['sierrasur']), SS_SIG)
BUSINESS.append(M(
    folder='business', n=27, lang='es', slug='transportista-recordatorio-urgente-suspension',
    when=('CE', 2026, 11, 20, 13, 14, 0),
    prof=lambda u, r: outlook_hosted(u, r, 'transportessierrasur.es', 'smtp.dinaserver.com', '82.98.134.22', '212.170.41.93',
                                     '93.red-212-170-41.staticip.rima-tde.net', auth_user='administracion@transportessierrasur.es', lang='es'),
    frm=('Administración', 'administracion@transportessierrasur.es'), to=[S('lucia.fernandez')], cc=[S('javier.munoz')],
    subject='URGENTE: facturas vencidas – suspensión del servicio a partir del 27/11', hcs=('windows-1252', 'Q'),
    body=lambda c: ALT(c, b27, 'windows-1252', 'quoted-printable', style='outlook', lang='ES'),
    technique='-',
    what='Carrier\'s urgent reminder for two overdue invoices with a threatened service suspension.',
    why='Real domain via its hosting (Dinahosting) from the office\'s Telefónica line; confirms the unchanged account already in vendor master data and warns about the look-alike; offers a phone call. Threats are ordinary dunning.',
    hardneg='attack 28'))

b28 = """Buenas tardes:

El fin de semana pasado mi hijo Pablo (9 años) tenía reservado con ustedes un cursillo de esquí de tres días (reserva ESN-26-0821, pagado con tarjeta, 210 €). El sábado el monitor no apareció en el punto de encuentro de Borreguiles y en la taquilla nadie supo decirnos nada hasta pasadas las 11. Al final juntaron a su grupo con otro de nivel superior y el niño pasó la mañana sin poder seguir las clases.

Entiendo que haya problemas de personal al principio de temporada, pero nadie nos avisó. Solicito la devolución del día del sábado o que se le recupere la clase otro fin de semana.

Quedo a la espera de su respuesta.

Antonio Morales García
Tel. 655 318 207"""
BUSINESS.append(M(
    folder='business', n=28, lang='es', slug='queja-cliente-escuela-esqui',
    when=('CE', 2026, 12, 14, 18, 33, 0),
    prof=lambda u, r: gmail(u, r, 'javier.munoz@example.com'),
    frm=('Antonio Morales García', 'a.moralesgarcia@gmail.com'), to=[S('javier.munoz')],
    subject='Queja por las clases de esquí de mi hijo (reserva ESN-26-0821)', hcs=('UTF-8', 'B'),
    body=lambda c: ALT(c, b28, 'UTF-8', 'quoted-printable', style='gmail'),
    technique='-',
    what='Parent complains about a missed ski-school lesson and asks for a refund or make-up lesson.',
    why='Known customer on Gmail with a real booking number; no links or attachments; ordinary complaint.',
    hardneg=None))

b29 = """Cuenta Microsoft

Código de seguridad

Usa el siguiente código de seguridad para la cuenta Microsoft lu*****@example.com.

Código de seguridad: 471926

Si no reconoces la cuenta Microsoft lu*****@example.com, puedes [hacer clic aquí](https://account.live.com/dp?ft=-DhN5t0Wc2a9eJk4LqP7rX!3yZvBmQ8sHfU1oI6nE0gT$) para quitar tu dirección de correo electrónico de esa cuenta.

Gracias.
El equipo de cuentas Microsoft"""
h29 = notice_html('Código de seguridad', [
    'Usa el siguiente código de seguridad para la cuenta Microsoft lu*****@example.com.', 'Código de seguridad: 471926',
    'Si no reconoces la cuenta Microsoft lu*****@example.com, puedes [hacer clic aquí](https://account.live.com/dp?ft=-DhN5t0Wc2a9eJk4LqP7rX!3yZvBmQ8sHfU1oI6nE0gT$) para quitar tu dirección de correo electrónico de esa cuenta.',
    'Gracias.\nEl equipo de cuentas Microsoft'], footer=['Declaración de privacidad: https://go.microsoft.com/fwlink/?LinkId=521839', 'Microsoft Corporation, One Microsoft Way, Redmond, WA 98052'],
    brand='Cuenta Microsoft', color='#2672ec', lang='es')
BUSINESS.append(M(
    folder='business', n=29, lang='es', slug='microsoft-codigo-de-seguridad',
    when=('UTC', 2026, 11, 26, 8, 44, 0), date_zone='UTC',
    prof=lambda u, r: microsoft_notif(u, r),
    frm=('Equipo de cuentas Microsoft', 'account-security-noreply@accountprotection.microsoft.com'), to=[S('lucia.fernandez')],
    return_path='account-security-noreply@accountprotection.microsoft.com',
    subject='Código de seguridad de la cuenta Microsoft', hcs=('utf-8', 'B'),
    body=lambda c: ALT(c, b29, 'utf-8', 'quoted-printable', html=h29),
    technique='-',
    what='Genuine Microsoft account one-time security code requested by the Spanish accountant.',
    why='accountprotection.microsoft.com via Microsoft outbound, masked address, code only, link to account.live.com; no request to enter credentials elsewhere.',
    hardneg=None))

b30 = """Nuevo mensaje de voz

Extensión: 2104 (Administración – Lucía Fernández)
De: +34 958 27 41 90 (Distribuciones Hosteleras Genil)
Duración: 00:38
Recibido: 02/12/2026 9:47

El mensaje se adjunta en formato WAV. También puede escucharlo desde su teléfono (*97) o en la aplicación web de la centralita.

Centralita 3CX – Example Group Sierra Nevada"""
BUSINESS.append(M(
    folder='business', n=30, lang='es', slug='centralita-mensaje-de-voz-wav',
    when=('CE', 2026, 12, 2, 9, 48, 0),
    prof=lambda u, r: custom(('mail-int01.example.com', 'mail-int01.example.com', '10.20.0.25'),
                             ['from pbx01.sierranevada.corp.example.com (10.50.1.5) by EX02.corp.example.com (10.20.1.12)\n with Microsoft SMTP Server id 15.2.1544.14; %s' % rfc2822(plus(u, 1), 'CE')],
                             '<%s@pbx01.sierranevada.corp.example.com>' % uuid4(r), order='plain', delay=3,
                             bnd=lambda i: '----=_NextPart_3CX_%s' % hexs(r, 16)),
    frm=('Centralita 3CX Sierra Nevada', 'pbx-sierranevada@example.com'), to=[S('lucia.fernandez')],
    subject='Nuevo mensaje de voz de +34 958 27 41 90 (00:38)', hcs=('utf-8', 'Q'),
    hdrs=[('X-Mailer', '3CX Phone System 20.0')],
    body=lambda c: MIX(c, T(b30, 'utf-8', 'quoted-printable'),
                       [ATT(wav_silence(2), 'vmail_2104_20261202_0947.wav', 'audio/wav')]),
    technique='-',
    what='Internal PBX voicemail notification with the recording as WAV.',
    why='Generated by the company\'s own 3CX system and relayed internally; the attachment is a real audio file, not SVG/HTML; refers to the extension and the internal phone menu.',
    hardneg='attack 29'))

b31 = """Estimado cliente:

Como ya sabe, a partir del 1 de enero de 2027 su empresa deberá emitir las facturas con un sistema adaptado al Reglamento VERI*FACTU (Real Decreto 1007/2023).

La versión 8.4 de Gestiona PMS ya cumple estos requisitos. La actualización se instalará automáticamente en su servidor o en la nube la noche del 12 al 13 de diciembre; no tiene que descargar nada.

Qué debe hacer usted:
1. Revisar en Configuración > Fiscal que el NIF y las series de facturación son correctos.
2. Elegir la modalidad (envío VERI*FACTU a la AEAT o modalidad no VERI*FACTU) antes del 20 de diciembre.
3. Comprobar, tras la actualización, que las facturas muestran el código QR tributario y la leyenda correspondiente.

Recuerde: ni Gestiona ni la Agencia Tributaria le enviarán certificados ni programas por correo electrónico. Toda la información está en nuestra web: [https://www.gestionahosteleria.es/verifactu](https://www.gestionahosteleria.es/verifactu)

Si tiene dudas, llame a soporte al 910 48 27 60 o escriba a soporte@gestionahosteleria.es.

Un saludo,
Equipo de Soporte
Gestiona Hostelería S.L."""
BUSINESS.append(M(
    folder='business', n=31, lang='es', slug='proveedor-software-verifactu-aviso',
    when=('CE', 2026, 12, 2, 9, 30, 0),
    prof=lambda u, r: acumbamail(u, r),
    frm=('Gestiona Hostelería', 'soporte@gestionahosteleria.es'), to=[S('lucia.fernandez')],
    return_path='bounces-71834-lucia.fernandez=example.com@acumbamail.com',
    subject='Actualización VERI*FACTU: la versión 8.4 se instala el 12/12 – qué debe revisar', hcs=('utf-8', 'Q'),
    hdrs=[('List-Unsubscribe', '<https://acumbamail.com/unsubscribe/71834/a4f2c91e/>, <mailto:unsubscribe-71834@acumbamail.com>'),
          ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click')],
    body=lambda c: ALT(c, b31, 'utf-8', 'quoted-printable', style='simple'),
    technique='-',
    what='Hotel-software vendor informs customers about the VERI*FACTU update and the steps to check.',
    why='Known vendor, sent through its ESP with List-Unsubscribe; nothing to download (auto-update), links only to its own site, explicitly warns that neither vendor nor AEAT send software by e-mail.',
    hardneg='attack 31'))
