"""Attack messages, Spanish (5)."""
import infra as I
import kit as K
import facts as F
from checks import iban_fmt
from company import S


def M(**kw):
    kw.setdefault("lang", "es")
    return kw


def a27():
    text = """AGENCIA TRIBUTARIA

Estimado/a contribuyente:

Le informamos de que tiene a su disposición una notificación de la Agencia Estatal de Administración Tributaria relativa a:

Procedimiento: Requerimiento de información - Comprobación limitada IVA
Modelo: 303 - Periodo 3T 2026
Titular: EXAMPLE GROUP ANDAMIOS SL - NIF %s
Referencia: 2026GRC84417326D

Dispone de un plazo de 10 días hábiles desde la puesta a disposición para atender el requerimiento. Transcurrido dicho plazo, la notificación se entenderá practicada a todos los efectos.

Se adjunta el documento comprimido. Si no puede abrirlo, puede descargarlo también en el siguiente enlace:

[[Descargar notificación (2026GRC84417326D)|https://sede-agenciatributaria.notificaciones-aeat.com/descarga/2026GRC84417326D.zip]]

Agencia Tributaria
Este mensaje se ha generado automáticamente. Por favor, no responda a este correo.
""" % F.EXAMPLE_ES_CIF
    return M(
        slug="aeat-requerimiento-descarga-zip",
        what="Fake Agencia Tributaria notice: a VAT 'requerimiento' attached as a ZIP and also offered as a download link.",
        why="Sent from a compromised dental clinic website (PHP mailer on shared hosting); the attached (unencrypted) ZIP contains only 'Notificacion_AEAT_2026GRC84417326D.pdf.vbs' - a double-extension VBScript loader (inert placeholder here) - and the link serves a .zip from notificaciones-aeat.com (not agenciatributaria.gob.es); real AEAT notifications are only available in the Sede / DEHú after certificate login, never as attachments.",
        to=S["esacc"], frm=("Agencia Tributaria", "notificaciones@clinicadental-sonrisas-alcala.es"),
        subject="Notificación: Requerimiento de información - Modelo 303 3T 2026 (Ref. 2026GRC84417326D)", hcs="iso-8859-1", henc="Q",
        when=(11, 9, 9, 41), zone="ES",
        infra=lambda c: I.exim_cpanel(c, "es-web031.dinahosting-eu.net", "82.98.135.31", php=True, script="clinsonr"),
        envelope="clinsonr@es-web031.dinahosting-eu.net",
        body=K.mixed(K.alt(text, "iso-8859-1", "quoted-printable", "mail", "es", title="Agencia Tributaria",
                           button="display:inline-block;padding:10px 20px;background:#9c1c27;color:#fff;text-decoration:none"),
                     K.zip_att("Notificacion_AEAT_2026GRC84417326D.zip", [("Notificacion_AEAT_2026GRC84417326D.pdf.vbs", K.stub("vbs"))],
                               dt=(2026, 11, 9, 9, 30, 2))),
    )


def a28():
    text = """Estimado Sr. Martínez:

Me pongo en contacto con usted por indicación del Dr. Klaus Wagner, en relación con la operación de adquisición de Andamios y Encofrados del Sur, S.L. que nuestro despacho está asesorando por cuenta de Example Group SE.

La operación se encuentra en su fase final y está sujeta a un acuerdo de confidencialidad muy estricto. Por este motivo, hasta el anuncio oficial previsto para el lunes, le ruego que no comente este asunto con nadie de la oficina de Madrid ni con la central en Düsseldorf; el Dr. Wagner le escribirá directamente en cuanto le sea posible.

Para la firma ante notario es necesario que la filial española realice hoy una provisión de fondos de 184.600,00 € a la cuenta de consignación habilitada para la operación. Al tratarse de un vendedor con sociedad matriz portuguesa, la cuenta está abierta en Portugal:

Titular: Ferrer & Asociados - Cuenta de consignación
IBAN: %s
BIC: MPIOPTPL
Concepto: Provisión fondos exp. 2026/117-AES

Le agradecería que me confirmara por esta vía la orden de transferencia y me remitiera el justificante en cuanto lo tenga.

Quedo a su disposición.

Atentamente,

Ignacio Ferrer Ruiz-Giménez
Socio - Derecho Mercantil y M&A
Ferrer & Asociados Abogados
Paseo de la Castellana 91, 28046 Madrid
""" % iban_fmt(F.MULE_PT)
    return M(
        slug="abogado-operacion-confidencial",
        what="Fake lawyer (BEC): a 'partner of Ferrer & Asociados' says he acts for the CEO in a confidential acquisition and asks the Spanish office to pay a EUR 184,600 'provisión de fondos' to a Portuguese account today.",
        why="Look-alike law-firm domain on a VPS (ferrer-abogados-madrid.com, registered days earlier), invokes the CEO without the CEO writing, demands secrecy towards HQ, same-day payment to a foreign account, confirmation only by e-mail. Lawyer-impersonation variant of CEO fraud.",
        to=S["esmgr"], frm=("Ignacio Ferrer Ruiz-Giménez", "iferrer@ferrer-abogados-madrid.com"),
        subject="Operación confidencial - provisión de fondos", hcs="windows-1252", henc="Q",
        when=(11, 13, 10, 58), zone="ES",
        infra=lambda c: I.vps_postfix(c, "mail.ferrer-abogados-madrid.com", "hosted-by.leaseweb-vps.com", "212.32.245.117", mua="outlook"),
        lang_tag="es",
        body=K.alt(text, "windows-1252", "quoted-printable", "outlook", "es", label="Windows-1252"),
    )


SP_BTN = ("display:inline-block;padding:8px 20px;background:#0f6cbd;color:#ffffff;text-decoration:none;"
          "font-family:Segoe UI,Arial,sans-serif;font-size:14px;border-radius:4px")


def a29():
    text = """Raúl Navarro ha compartido un archivo con usted

Carmen, te paso el pedido para la obra de Valdebebas (fase 2). Revísalo y confírmame disponibilidad de material antes del viernes, por favor.

[[!Abrir|https://hnavarroconstrucciones-my.sharepoint.com/:o:/g/personal/raul_navarro_hnavarro-construcciones_es/EXa8Q2m1RkFJm0cY3vTnL0sBx7u4hK9wP2qZ1eA5dM3nYg?e=Qm3xT1]]

Pedido andamios - Obra Valdebebas F2.pdf

Este vínculo solo funcionará para los destinatarios directos de este mensaje.

Declaración de privacidad de Microsoft
"""
    return M(
        slug="sharepoint-onenote-cuenta-comprometida",
        what="Hand-made 'SharePoint' sharing notice from a real customer's mailbox (Construcciones Hermanos Navarro) pointing to a OneNote page in the customer's own SharePoint.",
        why="Sent from the genuinely compromised Exchange Online mailbox of raul.navarro@hnavarro-construcciones.es, not by SharePoint (no-reply@sharepointonline.com, compare business/); the link claims a PDF but opens a OneNote notebook (/:o:/) in the compromised tenant that carries the real phishing link - abuse of a genuine service to pass URL reputation checks.",
        to=S["essales"], frm=("Raúl Navarro", "raul.navarro@hnavarro-construcciones.es"),
        subject="Raúl Navarro le ha compartido «Pedido andamios - Obra Valdebebas F2.pdf»", hcs="utf-8", henc="B",
        when=(11, 25, 16, 12), zone="ES",
        infra=lambda c: I.exo(c, lang="es-ES"),
        body=K.alt(text, "utf-8", "base64", "mail", "es", title="SharePoint", button=SP_BTN),
    )


def a30():
    text = """Correos

Estimado cliente:

Su envío **CD417732095ES** procedente de Shenzhen (China) se encuentra retenido en la aduana de Madrid-Barajas pendiente del pago de los gastos de gestión aduanera.

Importe pendiente: 1,99 €
Fecha límite: 27/11/2026

Si el pago no se realiza en el plazo indicado, el envío será devuelto al remitente.

[[!Pagar ahora|https://correos-aduanas.envios-seguimiento.com/pago/?id=CD417732095ES]]

Gracias por confiar en Correos.
"""
    return M(
        slug="correos-aduanas-tasa",
        what="Customs-fee phishing: 'Correos' says a parcel from China is held in customs until EUR 1.99 is paid.",
        why="Sent via Mailgun from correos-aduanas-envios.com (Correos uses correos.es); link to envios-seguimiento.com to steal card data and 3-D Secure codes; no real shipment reference.",
        to=S["esmgr"], frm=("Correos", "avisos@correos-aduanas-envios.com"),
        subject="Su envío CD417732095ES está retenido en aduana", hcs="utf-8", henc="B",
        when=(11, 25, 19, 3), zone="ES",
        infra=lambda c: I.mailgun(c, "mg.correos-aduanas-envios.com"),
        body=K.alt(text, "utf-8", "base64", "mail", "es", title="Correos",
                   button="display:inline-block;padding:12px 28px;background:#ffcd00;color:#002e6d;text-decoration:none;font-weight:bold"),
    )


def a31():
    text = """BBVA net cash

Estimado cliente:

Tiene una remesa de transferencias pendiente de firma en BBVA net cash:

Referencia: REM-2026-11-00417
Nº de operaciones: 7
Importe total: 58.420,17 €
Firmas requeridas: 2 (firmada 0)

Desde la entrada en vigor de la verificación del beneficiario (VoP) es necesario reactivar el certificado de firma de los apoderados antes de autorizar nuevas remesas. Si la remesa no se firma hoy antes de las 18:00, será rechazada y deberá generarse de nuevo.

[[Firmar remesa|https://netcash-bbva.empresas-firma.com/nc/firma?ref=REM-2026-11-00417]]

Atentamente,
BBVA - Banca de Empresas
"""
    return M(
        slug="bbva-netcash-remesa-vop",
        what="Banking credential phishing: 'BBVA net cash' says a transfer batch of EUR 58,420.17 needs two signatures and the signing certificate must be 'reactivated' because of Verification of Payee.",
        why="SendGrid mail from bbva-netcash-empresas.com (BBVA uses bbva.es/bbva.com); link to empresas-firma.com; uses the real 2025 VoP regulation as a pretext and a same-day deadline to capture net cash user, password and OTP.",
        to=S["esacc"], frm=("BBVA net cash", "comunicaciones@bbva-netcash-empresas.com"),
        subject="BBVA net cash: remesa REM-2026-11-00417 pendiente de firma", hcs="windows-1252", henc="Q",
        when=(11, 30, 8, 14), zone="ES",
        infra=lambda c: I.sendgrid(c, "em2290.bbva-netcash-empresas.com"),
        body=K.alt(text, "windows-1252", "quoted-printable", "mail", "es", title="BBVA net cash", label="windows-1252"),
    )


def build():
    return [a27(), a28(), a29(), a30(), a31()]
