"""Spanish attack messages (27-31)."""
import checkdigits as cd
from company import S
from common import placeholder_zip
from infra import TLS12, TLS13

CIF_EG = cd.es_cif("B", "9841726")


def messages():
    M = []
    # ----------------------------------------------------------------- 27
    vf_link = "https://sede-aeat-verifactu.es/wlpl/VFAC-DECL/validar?nif=%s&ref=2026VF48213" % CIF_EG
    M.append(dict(
        slug="aeat-verifactu-validacion",
        date="2026-11-17 10:22:48", zone="ES",
        frm=("Agencia Tributaria", "avisos@sede-aeat-verifactu.es"),
        to=[S("es_acc")],
        subject="Aviso: adaptación obligatoria de su sistema de facturación a VERI*FACTU - Ref. 2026VF48213",
        via="sendgrid", via_opts=dict(bounce_domain="em8813.sede-aeat-verifactu.es"),
        charset="iso-8859-1", cte="quoted-printable", html="brand",
        brand=dict(name="Agencia Tributaria", color="#8a1538", logo_text="Agencia Tributaria · Sede electrónica",
                   button=("Acceder a la Sede electrónica", vf_link),
                   footer="Agencia Estatal de Administración Tributaria\nEste mensaje se ha generado automáticamente. No responda a esta dirección."),
        text="""Estimado/a contribuyente:

Le comunicamos que, según los datos de que dispone esta Agencia, el sistema informático de facturación utilizado por **EXAMPLE GROUP IBERIA SL** (NIF %s) no figura todavía como adaptado al Reglamento que establece los requisitos de los sistemas informáticos de facturación (Real Decreto 1007/2023).

A partir del 1 de enero de 2027 la emisión de facturas con sistemas no adaptados podrá ser sancionada con multas de hasta 50.000 euros por ejercicio.

Para evitar el inicio de un procedimiento sancionador, deberá validar la declaración responsable de su software antes del 30/11/2026 accediendo con Cl@ve o certificado electrónico:

[[Acceder a la Sede electrónica|%s]]

Atentamente,
Departamento de Gestión Tributaria
Agencia Estatal de Administración Tributaria""" % (CIF_EG, vf_link),
        what="Tax-authority credential phishing: fake AEAT notice that the company's invoicing software must be 'validated' for VERI*FACTU via Cl@ve or certificate.",
        why="AEAT does not send such e-mails from sede-aeat-verifactu.es via SendGrid (genuine domain agenciatributaria.gob.es); companies do not 'validate' the software's declaración responsable (the software vendor issues it); link to a look-alike Sede with Cl@ve/certificate login; sanction threat and deadline. Compare the adviser's genuine note in business 27.",
    ))
    # ----------------------------------------------------------------- 28
    M.append(dict(
        slug="ceo-fraude-whatsapp",
        date="2026-11-20 09:14:26", zone="ES",
        frm=("Jürgen Hoffmann", "jhoffmann.ceo.examplegroup@gmail.com"),
        to=[S("es_mgr")],
        subject="Consulta rápida",
        via="gmail",
        charset="utf-8", cte="quoted-printable", html="auto",
        text="""Hola Javier,

¿Estás en la oficina? Necesito que me ayudes con un asunto confidencial relacionado con una adquisición que estamos cerrando en España.

Ahora mismo estoy reunido con los abogados y no puedo hablar por teléfono. Por favor, envíame tu número de móvil para escribirte por WhatsApp y te explico los detalles por ahí.

De momento no lo comentes con nadie, tampoco con Lucía, hasta que te dé más información.

Gracias,
Jürgen Hoffmann
CEO, Example Group

Enviado desde mi iPhone""",
        what="CEO fraud, first contact: the CEO's name on a Gmail address asks the Spanish country manager for his mobile number to continue 'a confidential acquisition' on WhatsApp.",
        why="CEO impersonation on freemail; moving the conversation to WhatsApp to escape corporate logging and controls; secrecy towards the local accountant; the German CEO normally writes in German or English from the internal relay.",
    ))
    # ----------------------------------------------------------------- 29
    co_link = "https://correos-aduanas-envios.com/pago-tasas/?env=CX449218374ES"
    M.append(dict(
        slug="correos-aduana-tasas",
        date="2026-11-23 13:08:11", zone="ES",
        frm=("Correos", "notificaciones@correos-aduanas-envios.com"),
        to=[S("es_mgr")],
        subject="Su envío CX449218374ES está retenido en aduana - pago de tasas pendiente",
        via="cpanel", via_opts=dict(server="srv1873.hstgr.io", ip="145.223.104.27", client="phpmailer",
                                     public_ip="145.223.104.27"),
        charset="utf-8", cte="quoted-printable", html="brand",
        brand=dict(name="Correos", color="#ffcd00", button=("Pagar y programar entrega", co_link),
                   footer="Sociedad Estatal Correos y Telégrafos, S.A., S.M.E.\nNo responda a este correo."),
        text="""Estimado cliente:

Su envío **CX449218374ES** procedente de REINO UNIDO se encuentra retenido en la Aduana de Madrid-Barajas a la espera del pago de los gastos de importación.

Importe pendiente: 2,99 € (IVA de importación y gestión del DUA)

Si el pago no se realiza en un plazo de 48 horas, el envío será devuelto a origen.

[[Pagar y programar entrega|%s]]

Gracias por confiar en Correos.""" % co_link,
        what="Customs-fee phishing: fake Correos notice that a parcel from the UK is held in customs pending a 2.99 EUR import fee.",
        why="Domain correos-aduanas-envios.com is not Correos (correos.es), sent by PHPMailer from a Hostinger server; tiny fee to harvest card details and 3-D Secure codes; 48-hour threat; plausible because the Spanish office receives samples from UK suppliers.",
    ))
    # ----------------------------------------------------------------- 30
    ds_env = "5b7d2e91-3c4a-4f0e-9a6b-81c2d4e7f039"
    ds_link = "https://eu.docusign.net/Signing/EmailStart.aspx?a=2f9c1d4e-7a3b-4c85-9e61-0b5d8f2a7c14&etti=24&acct=8e4f1b27-3d9c-4a56-b0e2-7c1a5f9d3e80&er=e1a7c3f9-5b2d-4e86-9a0c-3f7d1b4e6a25"
    M.append(dict(
        slug="docusign-abuso-datos-bancarios",
        date="2026-11-25 17:33:52", zone="ES",
        frm=("Administración Harinera del Turia via DocuSign", "dse@eumail.docusign.net"),
        to=[S("es_acc")],
        reply_to=("Administración Harinera del Turia", "harineradelturia.administracion@gmail.com"),
        subject="Complete con DocuSign: Actualización datos bancarios - proveedor 40021 Harinera del Turia",
        via="docusign_eu", via_opts=dict(envelope=ds_env),
        charset="utf-8", cte="quoted-printable", html="brand", plain_links="angle",
        brand=dict(name="DocuSign", color="#1e4ca1", button=("REVISAR DOCUMENTO", ds_link),
                   footer="No comparta este correo electrónico\nEste correo contiene un enlace seguro a DocuSign. No comparta este correo, enlace o código de acceso con otras personas.\nAcerca de DocuSign: firme documentos electrónicamente en solo minutos."),
        text="""Administración Harinera del Turia le ha enviado un documento para revisar y firmar.

[[REVISAR DOCUMENTO|%s]]

Administración Harinera del Turia
harineradelturia.administracion@gmail.com

Estimada Lucía:

Por cambio de entidad bancaria necesitamos que firme el documento adjunto para actualizar nuestros datos de pago en su ERP antes del próximo vencimiento. El documento incluye el nuevo IBAN y el certificado de titularidad.

Un saludo,
Departamento de Administración

No comparta este correo electrónico
Este correo contiene un enlace seguro a DocuSign. No comparta este correo, enlace o código de acceso con otras personas.""" % ds_link,
        what="Abuse of a genuine e-signature service: a real DocuSign EU envelope, sent from an attacker's DocuSign account named after the flour supplier, asks the accountant to 'sign' a bank-detail update.",
        why="Genuine DocuSign infrastructure and links, but the envelope sender is a Gmail address, not harineradelturia.es; the supplier never uses DocuSign and sends invoices from its own server with the unchanged CaixaBank account (business 28); bank change pushed through a signing workflow to skip call-back verification.",
    ))
    # ----------------------------------------------------------------- 31
    bf_link = "https://burofax-certificado-online.es/descarga/BF-2026-0889137"
    M.append(dict(
        slug="burofax-descarga-zip",
        date="2026-12-02 08:27:15", zone="ES",
        frm=("Burofax Online Certificado", "notificacion@burofax-certificado-online.es"),
        to=[S("es_mgr")],
        subject="Ha recibido un Burofax con certificación de contenido - Nº BF-2026-0889137",
        via="smtp_client",
        via_opts=dict(client="script", out=("mail.burofax-certificado-online.es", "vps-a81c04d2.vps.ovh.net", "57.128.190.33"),
                      sub_style="local", sub_host="mail.burofax-certificado-online.es", zone="ES", tls=TLS12),
        charset="iso-8859-1", cte="8bit", html="brand",
        brand=dict(name="Burofax Online", color="#003d7c", button=("Descargar burofax y acuse de recibo", bf_link),
                   footer="Servicio de notificaciones certificadas\nAviso legal: el acceso al documento queda registrado con fecha y hora."),
        text="""Estimado/a destinatario/a:

Se ha depositado a nombre de EXAMPLE GROUP IBERIA SL un burofax con certificación de contenido y acuse de recibo remitido por LÓPEZ & ASOCIADOS ABOGADOS, en relación con "Reclamación de cantidad - contrato de suministro 2025/118".

Para su comodidad adjuntamos una copia comprimida del documento. El original con certificación de contenido y el acuse de recibo están disponibles durante 72 horas en el enlace inferior; transcurrido este plazo, el burofax se considerará rechazado a efectos legales.

[[Descargar burofax y acuse de recibo|%s]]

Nº de referencia: BF-2026-0889137
Fecha de depósito: 02/12/2026 08:14

Servicio de Notificaciones Certificadas""" % bf_link,
        attach=[placeholder_zip("Burofax_BF-2026-0889137.zip", "Burofax_BF-2026-0889137_Certificado.pdf.vbs",
                                seed="es-burofax-zip", date_time=(2026, 12, 2, 8, 14, 0))],
        what="Malware lure: fake 'certified burofax' with a legal claim; attached ZIP holds a VBScript disguised as a PDF, and a link offers the 'original' for download.",
        why="Burofax is delivered on paper by Correos, not by e-mail; unknown sender domain on an OVH VPS; legal threat ('considered rejected after 72 hours'); unencrypted ZIP with the double extension .pdf.vbs plus a download link on the same look-alike domain.",
    ))
    return M
