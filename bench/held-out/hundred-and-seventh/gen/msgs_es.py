# -*- coding: utf-8 -*-
"""Spanish messages: attacks 27-31, business 27-31 (Zaragoza office)."""
from common import *
import bodies as B
import lib_mime as M

# ---------------------------------------------------------------- attacks --

A(num=27, lang="es", slug="ceo-tarjetas-regalo-gmail",
  when=(2026, 12, 9, 9, 36, 12), tz="CET",
  frm=("Javier Martín Ruiz", "javiermartin.ruiz.dir@gmail.com"), to=[s("es_acc")],
  subject="¿Estás en la oficina?",
  hcs=("UTF-8", "B"),
  infra=("gmail", dict(zone="CET", pfx="ed1")),
  body=gmail("""Hola Lucía,

¿Estás en la oficina? Necesito que me hagas una gestión urgente y con discreción. Estoy entrando en una reunión con la dirección de Cerámicas del Moncayo y no puedo atender llamadas.

Queremos tener un detalle con varios clientes antes de cerrar los contratos de 2027. Necesito 10 tarjetas regalo de Amazon de 100 € cada una; puedes comprarlas en el Carrefour de PLAZA o en cualquier estanco. Cuando las tengas, rasca la parte de atrás y mándame una foto de cada código por aquí. Te lo reembolso hoy mismo como nota de gastos.

No lo comentes con nadie de momento, es una sorpresa de la dirección.

Gracias,
Javier Martín Ruiz
"""),
  what="Gift-card BEC: 'office manager' asks the accountant to buy ten EUR 100 Amazon gift cards and send photos of the codes",
  why="Gmail address imitating the Spanish office manager; cannot take calls; secrecy; gift cards with codes photographed – contradicts the company's gift policy (see business 27).",
  pair="business 27")

qr28 = "https://sede.aeat-notifica.es/dehu/acceso?ref=2026GRC41172&nif=B99381477"
qr28_att, _ = B.qr_png(qr28, "codigo_acceso.png", cid="qr-dehu-41172@aeat-notifica.es")
AEAT_HTML = B.card_html("Aviso de puesta a disposición de notificación", [
    "Estimado/a contribuyente:",
    "Le informamos de que tiene a su disposición una notificación electrónica de la Agencia Estatal de Administración Tributaria en relación con el procedimiento sancionador derivado de la autoliquidación del IVA (modelo 303) del tercer trimestre de 2026.",
    '<table cellpadding="4" style="font-size:14px;color:#333;margin-bottom:12px"><tr><td>Titular:</td><td><b>EXAMPLE GROUP IBERIA SL</b></td></tr>'
    '<tr><td>NIF:</td><td><b>%s</b></td></tr><tr><td>Referencia:</td><td><b>2026GRC41172</b></td></tr></table>' % TAX["own_es"],
    "Para acceder a la notificación, escanee el código QR con la cámara de su teléfono móvil e identifíquese con Cl@ve o certificado electrónico.",
    '<p style="text-align:center;margin:8px 0 18px 0"><img src="cid:qr-dehu-41172@aeat-notifica.es" width="198" height="198" alt="Código de acceso"></p>',
    '<p style="font-size:12px;color:#666">Transcurridos diez días naturales desde su puesta a disposición sin que se acceda a su contenido, la notificación se entenderá rechazada y se tendrá por efectuado el trámite (art. 43.2 de la Ley 39/2015).</p>'],
    brand="Agencia Tributaria", color="#a6192e", charset="utf-8", lang="es", font="Arial,Helvetica,sans-serif",
    footer="Agencia Estatal de Administración Tributaria · Sede Electrónica\nEste mensaje se ha generado automáticamente. Por favor, no responda a este correo.")
A(num=28, lang="es", slug="aeat-notificacion-quishing-qr",
  when=(2026, 11, 24, 8, 15, 47), tz="CET",
  frm=("Agencia Tributaria - Notificaciones", "notificaciones@aeat-notifica.es"), to=[s("es_acc")],
  subject="Aviso de puesta a disposición de notificación electrónica - Ref. 2026GRC41172",
  hcs=("UTF-8", "Q"),
  infra=("esp", dict(esp="brevo", bounce_domain="sib.aeat-notifica.es")),
  body=M.Multi("alternative", [
      T_("""Estimado/a contribuyente:

Le informamos de que tiene a su disposición una notificación electrónica de la Agencia Estatal de Administración Tributaria en relación con el procedimiento sancionador derivado de la autoliquidación del IVA (modelo 303) del tercer trimestre de 2026.

Titular: EXAMPLE GROUP IBERIA SL
NIF: %s
Referencia: 2026GRC41172

Para acceder a la notificación, escanee el código QR incluido en este mensaje con la cámara de su teléfono móvil e identifíquese con Cl@ve o certificado electrónico.

Transcurridos diez días naturales desde su puesta a disposición sin que se acceda a su contenido, la notificación se entenderá rechazada (art. 43.2 de la Ley 39/2015).

Agencia Estatal de Administración Tributaria
""" % TAX["own_es"], cs="utf-8"),
      related(H_(AEAT_HTML, cs="utf-8"), qr28_att)]),
  what="Quishing: fake Spanish Tax Agency notification whose QR code leads to a look-alike e-notification site",
  why="Look-alike domain aeat-notifica.es via Brevo; real AEAT/DEHú notices come from the public administration and are read on sede.agenciatributaria.gob.es or dehu.redsara.es; QR (real, decodable) points to sede.aeat-notifica.es and is meant to be opened on a phone; sanction and deadline pressure.",
  pair=None)

cert_pdf, _ = B.pdf("Certificado_titularidad_cuenta.pdf", [
    ("h1", "CERTIFICADO DE TITULARIDAD DE CUENTA"),
    ("s", "Banco Santander S.A. · Oficina 1500 · Zaragoza"),
    ("n", "Banco Santander S.A. certifica que la cuenta con IBAN %s figura abierta en esta entidad a nombre de:" % C.iban_fmt(BANK["ebro_fake"])),
    ("b", "TRANSPORTES EBRO INTERMODAL S.L. - CIF %s" % TAX["ebro"]),
    ("n", "Y para que así conste a petición del interesado, se expide el presente certificado en Zaragoza, a 3 de noviembre de 2026."),
    ("s", "Documento generado electrónicamente. Código de verificación: 5K9F-2QXB-77RT"),
], meta=dict(title="Certificado titularidad", producer="iText 2.1.7", creator="", created="20261103101500+01'00'"))
A(num=29, lang="es", slug="ebro-cambio-cuenta-dominio-com",
  when=(2026, 11, 3, 11, 2, 36), tz="CET",
  frm=("Transportes Ebro Intermodal - Administración", "administracion@ebrointermodal.com"), to=[s("es_acc")],
  subject="Actualización de datos bancarios - Transportes Ebro Intermodal S.L.",
  hcs=("iso-8859-1", "Q"),
  infra=("exo", dict(srv="PR3P189MB1042", region="EURP189", obe="EUR05-PR3-obe", mailhost="mail-pr3eur05on2118",
                     ip="40.107.21.118", lang="es-ES")),
  body=mixed(outlook("""Estimados señores:

Por la presente les comunicamos que, con motivo de la unificación de nuestra operativa bancaria, a partir del día de hoy los pagos de nuestras facturas deberán realizarse en la siguiente cuenta:

Titular: Transportes Ebro Intermodal S.L.
Entidad: Banco Santander S.A.
IBAN: %s
BIC: BSCHESMMXXX

Adjuntamos el certificado de titularidad emitido por la entidad. Les rogamos actualicen sus datos y nos confirmen el cambio respondiendo a este correo, ya que la cuenta anterior de Ibercaja quedará cancelada a final de mes y las transferencias que reciba serán devueltas.

Las facturas 2026-A-01288 y 2026-A-01305, con vencimiento el 15/11, deberán abonarse ya en la nueva cuenta.

Atentamente,

Departamento de Administración
Transportes Ebro Intermodal S.L.
Plataforma Logística PLAZA, C/ Bari 39 - 50197 Zaragoza
""" % C.iban_fmt(BANK["ebro_fake"]), cs="iso-8859-1", lang="ES"), cert_pdf),
  what="Supplier bank-detail change from a .com look-alike of the Zaragoza road/terminal partner, with a forged bank certificate",
  why="ebrointermodal.com instead of ebrointermodal.es (attacker's own M365 tenant); switch to a new Santander account 'from today', old account to be cancelled, confirmation only by reply; certificate PDF made with iText, not by the bank.",
  pair="business 28, business 31")

A(num=30, lang="es", slug="banco-retencion-callback-toad",
  when=(2026, 12, 2, 8, 52, 3), tz="CET",
  frm=("Santander Empresas - Seguridad", "alertas@santanderempresas-seguridad.com"), to=[s("es_acc")],
  subject="Operación retenida por seguridad - Ref. SEG-771204",
  hcs=("windows-1252", "Q"),
  infra=("vps_postfix", dict(host="mail.santanderempresas-seguridad.com", rdns="unknown", ip="164.90.183.57",
                             client="phpmailer", zone="UTC", msgid_domain="santanderempresas-seguridad.com")),
  date_zone="CET",
  body=alt("""Estimado cliente:

Por su seguridad, hemos retenido de forma preventiva la siguiente operación realizada desde su Banca Online Empresas:

Tipo: Transferencia SEPA inmediata
Importe: 14.980,00 €
Beneficiario: COMERCIAL NAVARRO LOPEZ SL
Fecha: 02/12/2026 08:41

Si usted no ha ordenado esta operación, póngase en contacto inmediatamente con nuestro Servicio de Seguridad 24 horas en el 518 88 20 47 indicando la referencia SEG-771204. No responda a este correo ni acceda a su banca online hasta haber hablado con un agente, ya que sus credenciales podrían estar comprometidas.

Si reconoce la operación, no es necesario que haga nada; se ejecutará automáticamente en un plazo de 2 horas.

Atentamente,
Servicio de Seguridad y Prevención del Fraude
Banco Santander
""", B.card_html("Operación retenida por seguridad", [
      "Estimado cliente:",
      "Por su seguridad, hemos retenido de forma preventiva la siguiente operación realizada desde su Banca Online Empresas:",
      '<table cellpadding="5" style="font-size:14px;color:#333;border:1px solid #ddd;width:100%;margin-bottom:14px">'
      '<tr><td>Tipo</td><td><b>Transferencia SEPA inmediata</b></td></tr><tr><td>Importe</td><td><b>14.980,00 €</b></td></tr>'
      '<tr><td>Beneficiario</td><td>COMERCIAL NAVARRO LOPEZ SL</td></tr><tr><td>Fecha</td><td>02/12/2026 08:41</td></tr></table>',
      "Si usted no ha ordenado esta operación, póngase en contacto inmediatamente con nuestro Servicio de Seguridad 24 horas en el 518 88 20 47 indicando la referencia SEG-771204. No responda a este correo ni acceda a su banca online hasta haber hablado con un agente, ya que sus credenciales podrían estar comprometidas.",
      "Si reconoce la operación, no es necesario que haga nada; se ejecutará automáticamente en un plazo de 2 horas."],
      brand="Santander", color="#ec0000", charset="windows-1252", lang="es", font="Arial,Helvetica,sans-serif",
      footer="Servicio de Seguridad y Prevención del Fraude · Banco Santander"),
      cs="windows-1252", cte="8bit"),
  what="Callback phishing (TOAD): fake bank alert about a held EUR 14,980 transfer with a 'security' phone number",
  why="Look-alike domain on a DigitalOcean droplet without reverse DNS, PHPMailer; no link at all so URL filters see nothing; the only action is to call a VoIP number where 'agents' take online-banking credentials/OTP.",
  pair=None)

SP_FAKE = "https://gimenoconstrucciones-my.sharepoint.com/:o:/g/personal/r_gimeno_gimenoconstrucciones_es/EkR3qW9xLmBPk2vT8cYz1aQBf4Hn7uJ0sD2eXq5mVwZr9g?e=4x9Qp2"
A(num=31, lang="es", slug="sharepoint-onenote-tenant-comprometido",
  when=(2026, 11, 26, 12, 41, 9), tz="CET",
  frm=("Raúl Gimeno", "no-reply@sharepointonline.com"), to=[s("es_acc")],
  subject="Raúl Gimeno ha compartido «Orden de compra 4500118273 - pago pendiente» contigo",
  hcs=("utf-8", "B"),
  infra=("service", dict(svc="sharepoint", lang="es-ES", pfx="AM")),
  env_from="no-reply@sharepointonline.com",
  body=alt("""Raúl Gimeno ha compartido un archivo contigo

Buenos días, le remito la orden de compra revisada y el justificante del pago pendiente. Quedo a la espera de su confirmación. Un saludo.

Orden de compra 4500118273 - pago pendiente
%s

Este vínculo solo funcionará para los destinatarios directos de este mensaje.

Declaración de privacidad de Microsoft: https://go.microsoft.com/fwlink/?LinkId=521839
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
""" % SP_FAKE, B.card_html("Raúl Gimeno ha compartido un archivo contigo", [
      '<p style="font-size:14px;color:#333;background:#f3f2f1;padding:10px;border-left:3px solid #0078d4">Buenos días, le remito la orden de compra revisada y el justificante del pago pendiente. Quedo a la espera de su confirmación. Un saludo.</p>',
      '<p style="font-size:15px;color:#7719aa;font-weight:600">&#128211; Orden de compra 4500118273 - pago pendiente</p>',
      '<p style="font-size:12px;color:#666">Este vínculo solo funcionará para los destinatarios directos de este mensaje.</p>'],
      button=("Abrir", SP_FAKE), brand="SharePoint", head_bg="#ffffff", head_fg="#038387", color="#0078d4", charset="utf-8", lang="es",
      footer='<a href="https://go.microsoft.com/fwlink/?LinkId=521839">Declaración de privacidad de Microsoft</a><br>Microsoft Corporation, One Microsoft Way, Redmond, WA 98052'),
      cs="utf-8"),
  what="Genuine SharePoint sharing notification from a compromised third-party tenant sharing a OneNote 'purchase order'",
  why="Real Microsoft infrastructure, but the sharer (a construction company) has no business with the office; OneNote (:o:) 'payment pending' document is the typical container for a second-stage credential-phishing link; generic message, no reference to any real order.",
  pair="business 31")

# --------------------------------------------------------------- business --

G(num=27, lang="es", slug="cestas-navidad-pedido-interno",
  when=(2026, 12, 3, 10, 12, 40), tz="CET",
  frm=s("es_mgr"), to=[s("es_acc")], cc=[s("assist")],
  subject="Cestas de Navidad clientes 2026 - pedido aprobado",
  hcs=("windows-1252", "Q"),
  infra=("exch_internal", dict(srv="EXCH02", lang="es-ES", net=24)),
  body=outlook("""Hola Lucía:

Te confirmo que ya está aprobado el presupuesto para los obsequios de Navidad a clientes: 14 cestas de Delicias del Moncayo a 85 € + IVA cada una. Claudia me ha confirmado desde Duisburgo que está autorizado.

Por favor, tramítalo por el circuito normal: pedido de compra en SAP con el centro de coste 4100 y que nos emitan la factura a nombre de Example Group Iberia S.L. La entrega la coordina recepción para el 14/12.

Como el año pasado, nada de tarjetas regalo ni vales: según la política de cumplimiento, solo obsequios físicos de valor moderado.

Gracias,
Javier

Javier Martín Ruiz
Director de Oficina
Example Group Iberia S.L. | Plataforma Logística PLAZA, Calle Osca 4 | 50197 Zaragoza
Tel. +34 976 41 88 20
""", cs="windows-1252", lang="ES"),
  what="Office manager asks the accountant to order client Christmas baskets through the normal purchasing process",
  why="Internal Exchange and relay chain; purchase order in SAP, cost centre, invoice to the company, CEO's assistant in copy; explicitly no gift cards.",
  pair="attack 27")

ebro_pdf, _ = B.pdf("Factura_2026-A-01412_Ebro_Intermodal.pdf", [
    ("h1", "Transportes Ebro Intermodal S.L."),
    ("s", "Plataforma Logística PLAZA, C/ Bari 39 · 50197 Zaragoza · CIF %s" % TAX["ebro"]),
    ("h2", "FACTURA 2026-A-01412"),
    ("n", "Fecha: 06/11/2026     Vencimiento: 06/12/2026"),
    ("n", "Cliente: Example Group Iberia S.L., Calle Osca 4, 50197 Zaragoza · CIF %s" % TAX["own_es"]),
    ("b", "Concepto                                                   Unid.     Precio       Importe"),
    ("m", "Tracción de último kilómetro PLAZA - Terminal TMZ, octubre       22     410,00 €    9.020,00 €"),
    ("m", "Maniobras en playa de vías (horas)                              36      95,00 €    3.420,00 €"),
    ("n", "Base imponible 12.440,00 €   IVA 21% 2.612,40 €   Total 15.052,40 €"),
    ("n", "Forma de pago: transferencia a Ibercaja, IBAN %s" % C.iban_fmt(BANK["ebro"])),
], meta=dict(title="Factura 2026-A-01412", producer="a3ERP", creator="a3ERP", created="20261106093000+01'00'"))
G(num=28, lang="es", slug="ebro-factura-octubre",
  when=(2026, 11, 6, 9, 41, 55), tz="CET",
  frm=("Administración Transportes Ebro Intermodal", "administracion@ebrointermodal.es"), to=[s("es_acc")],
  subject="Factura 2026-A-01412 - tracción y maniobras octubre 2026",
  hcs=("iso-8859-1", "Q"),
  infra=("exo", dict(srv="AS4PR02MB7713", region="eurprd02", obe="EUR02-AM0-obe", mailhost="mail-am0eur02on2097",
                     ip="40.107.247.97", lang="es-ES")),
  body=mixed(outlook("""Buenos días, Lucía:

Adjuntamos la factura 2026-A-01412 correspondiente a los servicios de tracción de último kilómetro y maniobras del mes de octubre.

El pago, como siempre, por transferencia a nuestra cuenta de Ibercaja indicada en la factura, a 30 días.

Un saludo,

Departamento de Administración
Transportes Ebro Intermodal S.L.
Plataforma Logística PLAZA, C/ Bari 39 - 50197 Zaragoza
Tel. 976 46 12 80
""", cs="iso-8859-1", lang="ES"), ebro_pdf),
  what="Zaragoza road/terminal partner sends its monthly invoice",
  why="Partner's real .es domain on its own Microsoft 365 tenant; invoice for real services; the Ibercaja account stays as always; no request to change anything.",
  pair="attack 29")

G(num=29, lang="es", slug="cliente-reclamacion-roturas",
  when=(2026, 10, 28, 12, 26, 14), tz="CET",
  frm=("Pablo Ortega", "p.ortega@ceramicasmoncayo.es"), to=[s("es_mgr")],
  subject="Reclamación envío 2026-ZAZ-0877: tres contenedores con producto roto",
  hcs=("UTF-8", "B"),
  infra=("gmail", dict(zone="CET", pfx="wr1")),
  body=gmail("""Buenos días, Javier:

Te escribo porque en la descarga del envío 2026-ZAZ-0877 en Duisburgo nuestro cliente ha encontrado tres contenedores (MSKU7712043, TCNU4405188 y CAIU8829310) con palets desplazados y unas 140 cajas de porcelánico roto. Según el informe del terminal, los contenedores llegaron con golpes en el lateral, y en el tren hubo al menos un frenazo fuerte cerca de Lyon.

Necesitamos:
- el parte de incidencias del tren y las fotos de salida de PLAZA,
- que abráis la reclamación con vuestro seguro de mercancías,
- una propuesta para los próximos envíos (calzado de palets o inspección en salida).

El importe de la mercancía dañada es de unos 11.600 €. Te mando el detalle por la tarde.

Un saludo,

Pablo Ortega
Jefe de Logística
Cerámicas del Moncayo S.A.
Tel. 976 64 32 10
"""),
  what="Customer (Google Workspace) complains about broken tiles in three containers and asks for an insurance claim",
  why="Customer's own domain hosted on Google Workspace; concrete incident with container numbers and a damage value, no link, attachment or payment redirection.",
  pair=None)

CLUSTER = B.card_html("Boletín Clúster Ferroviario de Aragón · Noviembre 2026", [
    "<h3 style=\"font-size:16px;margin:8px 0 6px 0;color:#004b87\">Autopista ferroviaria Zaragoza–Algeciras: nueva frecuencia</h3>",
    "Desde el 7 de diciembre la conexión de contenedores entre PLAZA y el puerto de Algeciras pasa a cinco frecuencias semanales.",
    "<h3 style=\"font-size:16px;margin:8px 0 6px 0;color:#004b87\">Jornada técnica: ancho estándar en el Corredor Cantábrico-Mediterráneo</h3>",
    "10 de diciembre, 9:30 h, Edificio Expo Zaragoza. Inscripción gratuita para socios: https://www.clusterferroviarioaragon.es/jornadas/ancho-estandar",
    "<h3 style=\"font-size:16px;margin:8px 0 6px 0;color:#004b87\">Ayudas</h3>",
    "Abierta la convocatoria 2027 de ayudas a la digitalización de terminales intermodales (plazo: 31 de enero)."],
    brand="Clúster Ferroviario de Aragón", color="#004b87", charset="utf-8", lang="es", font="Helvetica,Arial,sans-serif",
    footer='Recibe este boletín porque su empresa es socia del Clúster.<br>'
           '<a href="https://clusterferroviarioaragon.us21.list-manage.com/unsubscribe?u=7f3a9c2e41b8d6f05e1a2c3b4&amp;id=9d8e7f6a5b&amp;e=2c4e6a8b0d">Darse de baja</a> · '
           '<a href="https://clusterferroviarioaragon.us21.list-manage.com/profile?u=7f3a9c2e41b8d6f05e1a2c3b4&amp;id=9d8e7f6a5b">Actualizar preferencias</a><br>'
           'Clúster Ferroviario de Aragón · Calle María de Luna 11 · 50018 Zaragoza')
G(num=30, lang="es", slug="boletin-cluster-mailchimp",
  when=(2026, 11, 25, 11, 0, 0), tz="CET",
  frm=("Clúster Ferroviario de Aragón", "boletin@clusterferroviarioaragon.es"), to=[("", "javier.martin@example.com")],
  subject="Boletín de noviembre: nueva frecuencia a Algeciras, jornada de ancho estándar y ayudas 2027",
  hcs=("UTF-8", "Q"),
  infra=("esp", dict(esp="mailchimp")),
  extra_headers=["List-Unsubscribe: <https://clusterferroviarioaragon.us21.list-manage.com/unsubscribe?u=7f3a9c2e41b8d6f05e1a2c3b4&id=9d8e7f6a5b&e=2c4e6a8b0d&c=3a1b5c7d9e>,\r\n <mailto:unsubscribe-mc.us21_7f3a9c2e41b8d6f05e1a2c3b4.3a1b5c7d9e-2c4e6a8b0d@unsubscribe.mailchimpapp.net?subject=unsubscribe>",
                 "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
                 "List-Id: 7f3a9c2e41b8d6f05e1a2c3b4mc list <7f3a9c2e41b8d6f05e1a2c3b4.1284137.list-id.mcsv.net>"],
  body=alt("""Boletín Clúster Ferroviario de Aragón - Noviembre 2026

AUTOPISTA FERROVIARIA ZARAGOZA-ALGECIRAS: NUEVA FRECUENCIA
Desde el 7 de diciembre la conexión de contenedores entre PLAZA y el puerto de Algeciras pasa a cinco frecuencias semanales.

JORNADA TÉCNICA: ANCHO ESTÁNDAR EN EL CORREDOR CANTÁBRICO-MEDITERRÁNEO
10 de diciembre, 9:30 h, Edificio Expo Zaragoza. Inscripción gratuita para socios: https://www.clusterferroviarioaragon.es/jornadas/ancho-estandar

AYUDAS
Abierta la convocatoria 2027 de ayudas a la digitalización de terminales intermodales (plazo: 31 de enero).

Darse de baja: https://clusterferroviarioaragon.us21.list-manage.com/unsubscribe?u=7f3a9c2e41b8d6f05e1a2c3b4&id=9d8e7f6a5b&e=2c4e6a8b0d
""", CLUSTER, cs="utf-8"),
  what="Industry-cluster newsletter sent via Mailchimp",
  why="Mailchimp infrastructure with List-Unsubscribe (mailto + One-Click) and List-Id, consistent association content, no login or payment request.",
  pair="attack 28 (ESP-sent)")

SP_OK = "https://ebrointermodal-my.sharepoint.com/:x:/g/personal/mj_navarro_ebrointermodal_es/EXa91rTq2LdNm4kB8vW0yZcBq3Jf6Hs1dR7eUo9pLkVx2w?e=Hk2x7P"
G(num=31, lang="es", slug="sharepoint-tarifas-2027-socio",
  when=(2026, 11, 19, 17, 4, 48), tz="CET",
  frm=("María José Navarro", "no-reply@sharepointonline.com"), to=[s("es_mgr")],
  subject="María José Navarro ha compartido «Tarifas 2027 - propuesta Ebro Intermodal» contigo",
  hcs=("utf-8", "B"),
  infra=("service", dict(svc="sharepoint", lang="es-ES", pfx="DB", obe=("EUR02-DB5-obe", "mail-db5eur02on2131"))),
  env_from="no-reply@sharepointonline.com",
  body=alt("""María José Navarro ha compartido un archivo contigo

Javier, te dejo la propuesta de tarifas 2027 que comentamos el martes. He separado tracción y maniobras como pediste. Hablamos el lunes.

Tarifas 2027 - propuesta Ebro Intermodal
%s

Este vínculo solo funcionará para los destinatarios directos de este mensaje.

Declaración de privacidad de Microsoft: https://go.microsoft.com/fwlink/?LinkId=521839
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
""" % SP_OK, B.card_html("María José Navarro ha compartido un archivo contigo", [
      '<p style="font-size:14px;color:#333;background:#f3f2f1;padding:10px;border-left:3px solid #0078d4">Javier, te dejo la propuesta de tarifas 2027 que comentamos el martes. He separado tracción y maniobras como pediste. Hablamos el lunes.</p>',
      '<p style="font-size:15px;color:#107c41;font-weight:600">&#128202; Tarifas 2027 - propuesta Ebro Intermodal</p>',
      '<p style="font-size:12px;color:#666">Este vínculo solo funcionará para los destinatarios directos de este mensaje.</p>'],
      button=("Abrir", SP_OK), brand="SharePoint", head_bg="#ffffff", head_fg="#038387", color="#0078d4", charset="utf-8", lang="es",
      footer='<a href="https://go.microsoft.com/fwlink/?LinkId=521839">Declaración de privacidad de Microsoft</a><br>Microsoft Corporation, One Microsoft Way, Redmond, WA 98052'),
      cs="utf-8"),
  what="Genuine SharePoint share of an Excel price proposal from the known Zaragoza partner",
  why="Same Microsoft notification infrastructure as attack 31, but the sharer is the known partner contact on the partner's own tenant (ebrointermodal-my.sharepoint.com), an Excel file (:x:) expected after a meeting, personal message with context.",
  pair="attack 31")
