"""Attack messages, Spanish (27-31)."""
import tpl
from company import BANK, S, TAX
from compose import att_pdf, att_raw

MESSAGES = [
    dict(
        n=27, lang="es", slug="aeat-notificacion-sede-falsa",
        prof=("brevo", {}),
        frm=("Agencia Tributaria", "notificaciones@agenciatributaria-sede.es"),
        to=[S("es_acc")],
        subject="Aviso: notificación pendiente de comparecencia - Requerimiento IVA 3T 2026",
        when="2026-11-04 08:31:22",
        cs="utf-8", cte="quoted-printable", html="brand",
        brand=dict(name="Agencia Tributaria", color="#1e4f8c", logo="Agencia Tributaria &middot; Sede electrónica"),
        text="""# Aviso de notificación pendiente

Estimado/a contribuyente:

Le informamos de que tiene a su disposición una notificación en la Sede electrónica de la Agencia Tributaria:

Titular: EXAMPLE GROUP IBERIA SL – NIF %s
Procedimiento: Requerimiento de información – Impuesto sobre el Valor Añadido, 3T 2026
Referencia: 2026GRC48713950V

Transcurridos diez días naturales desde su puesta a disposición sin que se acceda a su contenido, la notificación se entenderá rechazada y se dará por efectuado el trámite, siguiéndose el procedimiento.

Para acceder a la notificación identifíquese con certificado electrónico o Cl@ve:

[[Acceder a la notificación|https://sede.agenciatributaria.gob.es.notificaciones-dehu.com/Sede/notificaciones?ref=2026GRC48713950V]]

Agencia Tributaria

~ Este mensaje se ha enviado de forma automática. Por favor, no responda a este correo.
""" % TAX["es_example"],
        what="Fake AEAT notice of a pending electronic notification leading to a fake 'Sede electrónica' login.",
        why="Sent through Brevo from agenciatributaria-sede.es; the link's real host is notificaciones-dehu.com (the gob.es part is a subdomain label); real AEAT notices point to sede.agenciatributaria.gob.es or DEHú without credential links; deadline threat taken from the genuine wording.",
    ),
    dict(
        n=28, lang="es", slug="director-pago-urgente-lookalike",
        prof=("m365", dict(edge=4, region="eurprd08", prefix="PAVPR08MB", lang="es-ES")),
        frm=("Javier Muñoz", "javier.munoz@examplegroup.es"),
        to=[S("es_acc")],
        subject="Pago urgente proveedor – confidencial",
        when="2026-11-19 09:14:51",
        cs="windows-1252", cte="quoted-printable", html=True,
        text="""Hola Lucía,

necesito que me gestiones hoy un pago urgente. Estamos cerrando con la central la compra del equipamiento de cocina para el nuevo contrato del Hospital Clínica Turia y el proveedor nos exige el anticipo antes de las 14:00 para reservar la fecha de entrega.

Son 48.900,00 €. Te paso los datos:

Beneficiario: Equipos Hosteleros Integrales S.L.
IBAN: %s
BIC: EVIULT2VXXX
Concepto: Anticipo pedido 2026-118

Por favor, no lo comentes todavía con nadie de la oficina, Klaus quiere anunciar el contrato personalmente la semana que viene. Estoy reunido toda la mañana, así que mejor por correo.

Mándame el justificante en cuanto lo tengas.

Gracias,
Javier
""" % BANK["es_ceo_fraud"],
        what="Manager impersonation (CEO-fraud variant) asking the Valencia accountant for an urgent advance payment.",
        why="Look-alike domain examplegroup.es on an attacker Microsoft 365 tenant; a 'Spanish' kitchen supplier paid to a Lithuanian e-money IBAN; secrecy, 14:00 deadline, 'only by e-mail'; no purchase order or invoice.",
    ),
    dict(
        n=29, lang="es", slug="proveedor-cambio-cuenta-lookalike",
        prof=("vps", dict(helo="mail.dalevante.com", rdns="srv481627.hstgr.cloud", ip="82.180.146.31",
                          mailer="thunderbird", lang="es-ES")),
        frm=("Administración - Distribuciones Alimentarias Levante", "administracion@dalevante.com"),
        to=[S("es_acc")],
        subject="Cambio de cuenta bancaria - Distribuciones Alimentarias Levante S.L.",
        when="2026-10-28 12:38:09",
        cs="iso-8859-15", cte="8bit",
        text="""Estimados clientes:

Les comunicamos que, por motivos de reestructuración bancaria, a partir del 2 de noviembre de 2026 las facturas de Distribuciones Alimentarias Levante S.L. deberán abonarse en la siguiente cuenta:

Titular: Distribuciones Alimentarias Levante S.L.
Entidad: Revolut Bank UAB, Sucursal en España
IBAN: %s
BIC: REVOESM2

Adjuntamos el certificado de titularidad de la cuenta. Les rogamos que las facturas pendientes (A-2026/3312 y A-2026/3357, total 12.486,90 €) se abonen ya en la nueva cuenta, ya que la cuenta anterior del Banco Sabadell quedará cancelada en los próximos días.

Rogamos nos confirmen por este medio la actualización de sus datos.

Un cordial saludo,

Departamento de Administración
Distribuciones Alimentarias Levante S.L.
CIF: %s
""" % (BANK["dalevante_fraud"], TAX["es_dalevante"]),
        atts=[att_pdf("Certificado_titularidad_cuenta.pdf", [
            "# CERTIFICADO DE TITULARIDAD",
            "Revolut Bank UAB, Sucursal en Espana",
            "",
            "Certificamos que la cuenta",
            "IBAN " + BANK["dalevante_fraud"],
            "figura a nombre de DISTRIBUCIONES ALIMENTARIAS LEVANTE S.L.",
            "CIF " + TAX["es_dalevante"],
            "",
            "Y para que conste, se expide el presente certificado en Madrid, a 27 de octubre de 2026.",
        ], producer="Microsoft\xae Word 2016", when="D:20261027184422+01'00'")],
        what="Supplier bank-detail change from a look-alike of a Spanish food distributor, with a home-made 'ownership certificate'.",
        why="Look-alike domain dalevante.com (genuine: dalevante.es) hosted on a Hostinger VPS; new account at a neobank; 'certificate' is a Word-generated PDF without bank signature or verification code; pending invoices redirected, confirmation by e-mail only (compare the proper process in business/28).",
    ),
    dict(
        n=30, lang="es", slug="verifactu-svg-certificado",
        prof=("sendgrid", {}),
        frm=("VERI*FACTU - Soporte a empresas", "soporte@verifactu-adaptacion.es"),
        to=[S("es_mgr")],
        subject="Obligatorio: adaptación de su software de facturación a VERI*FACTU",
        when="2026-11-24 10:05:44",
        cs="utf-8", cte="base64", html="brand",
        brand=dict(name="VERI*FACTU", color="#8c1c13", logo="VERI*FACTU &middot; Soporte a empresas"),
        text="""# Adaptación obligatoria a VERI*FACTU

Estimado cliente:

A partir del 1 de enero de 2027 todas las sociedades sujetas al Impuesto sobre Sociedades deberán utilizar sistemas informáticos de facturación que cumplan el Reglamento aprobado por el Real Decreto 1007/2023 (VERI*FACTU).

Según nuestros registros, el NIF %s todavía no ha completado la declaración responsable de su sistema de facturación. Le adjuntamos el certificado de adhesión pre-rellenado: revise los datos y active el servicio desde el propio documento.

Las empresas que no se adapten en plazo se exponen a sanciones de hasta 50.000 € por ejercicio (art. 201 bis de la Ley General Tributaria).

Atentamente,
Equipo de Soporte VERI*FACTU
""" % TAX["es_example"],
        atts=[att_raw("Certificado_adhesion_VERIFACTU_%s.svg" % TAX["es_example"], "image/svg+xml",
                      tpl.svg_lure("VERI*FACTU", ["Certificado de adhesión – " + TAX["es_example"],
                                                  "EXAMPLE GROUP IBERIA SL",
                                                  "Estado: pendiente de activación",
                                                  "Plazo: 31/12/2026"],
                                   "ACTIVAR SERVICIO",
                                   "https://verifactu-activacion.com/alta?nif=%s&src=svg" % TAX["es_example"],
                                   color="#8c1c13"))],
        what="VERI*FACTU compliance scare with an SVG 'certificate' whose button links to a credential/payment page.",
        why="SVG attachment used as a clickable lure (link to verifactu-activacion.com); sent via SendGrid from an official-sounding private domain; neither AEAT nor any vendor requires 'activation' via an e-mailed file; sanction threat (real article cited).",
    ),
    dict(
        n=31, lang="es", slug="bbva-netcash-firma-pendiente",
        prof=("exim_cpanel", dict(server="cpanel03.servidoresweb.es", server_ip="185.166.212.19",
                                  client_ip="45.155.205.33", mailer=None)),
        frm=("BBVA Net cash", "avisos@bbva-netcash-empresas.com"),
        env_from="contacto@talleresgarciamurcia.es", auth_id="contacto@talleresgarciamurcia.es",
        to=[S("es_acc")],
        subject="Net cash: tiene 3 órdenes pendientes de firma que caducan hoy",
        when="2026-11-27 11:47:02",
        cs="iso-8859-1", cte="quoted-printable", html="brand",
        brand=dict(name="BBVA Net cash", color="#004481", logo="BBVA &middot; Net cash"),
        text="""# Órdenes pendientes de firma

Estimado cliente:

Tiene 3 órdenes de pago pendientes de firma en BBVA Net cash que caducan hoy a las 18:00 h:

Remesa de transferencias SEPA - 14 órdenes - 38.912,44 EUR
Transferencia inmediata - 1 orden - 4.150,00 EUR
Remesa de nóminas noviembre - pendiente de segunda firma

Para revisar y firmar las órdenes acceda a Net cash con su código de empresa, usuario y clave:

[[Acceder a Net cash|https://www.bbvanetcash.com.empresas-firma.net/DFAUTH/slod_mult_mult/EAILServlet]]

Si no firma las órdenes antes del vencimiento, deberá volver a generarlas.

Atentamente,
BBVA - Banca de Empresas
""",
        what="Corporate-banking phishing: 'payment orders awaiting signature expire today' for BBVA Net cash.",
        why="Sent from a compromised Spanish workshop's cPanel account (envelope) with a BBVA look-alike From domain; link host empresas-firma.net disguised with a bbvanetcash.com prefix; same-day expiry including payroll to create pressure.",
    ),
]
