"""Genuine business messages, Spanish (27-31)."""
import mime
import htm
import infra as I
import services as SV
from company import S, CINESOL_IBAN, EG_ES_CIF
from ids import fmt_iban, es_cif
from kit import plain, html, alt, mixed, att, att_outlook, pdf_doc, pdf_date, dedent
from msg import M
from util import local_to_utc

F = "business"
CINESOL_CIF = es_cif("B", "8439127")


def b27():
    link = ("https://accounts.google.com/AccountChooser?Email=maria.nunez@example.com&continue=https://myaccount.google.com/"
            "alert/nt/1794389112000?rfn%3D31%26rfnc%3D1%26eid%3D7318402956713285114%26et%3D0")
    txt = dedent("""
    Nuevo inicio de sesión en Windows

    maria.nunez@example.com

    Hemos detectado un nuevo inicio de sesión en tu cuenta de Google desde un dispositivo Windows. Si has sido tú, no tienes que hacer nada. Si no, te ayudaremos a proteger tu cuenta.

    Consultar actividad
    <%s>

    También puedes ver la actividad de seguridad en
    https://myaccount.google.com/notifications

    Te hemos enviado este correo electrónico para informarte de cambios importantes en tu cuenta y en los servicios de Google.
    © 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
    """) % link
    h = ('<!DOCTYPE html><html lang="es"><head><meta name="format-detection" content="email=no"/><meta name="format-detection" '
         'content="date=no"/><style nonce="x7Q2">.awl a {color: #FFFFFF; text-decoration: none;}</style></head>\n'
         '<body style="margin:0;padding:0" bgcolor="#FFFFFF"><table width="100%" height="100%" style="min-width:348px" border="0" '
         'cellspacing="0" cellpadding="0" lang="es"><tr height="32" style="height:32px"><td></td></tr>\n'
         '<tr align="center"><td><div><table border="0" cellspacing="0" cellpadding="0" style="padding-bottom:20px;max-width:516px;'
         'min-width:220px"><tr><td><div style="border-style:solid;border-width:thin;border-color:#dadce0;border-radius:8px;'
         'padding:40px 20px" align="center">\n'
         '<img src="https://www.gstatic.com/images/branding/googlelogo/2x/googlelogo_color_74x24dp.png" width="74" height="24" '
         'aria-hidden="true" style="margin-bottom:16px" alt="Google">\n'
         '<div style="font-family:\'Google Sans\',Roboto,RobotoDraft,Helvetica,Arial,sans-serif;border-bottom:thin solid #dadce0;'
         'color:rgba(0,0,0,0.87);line-height:32px;padding-bottom:24px;text-align:center;word-break:break-word">'
         '<div style="font-size:24px">Nuevo inicio de sesión en Windows</div>'
         '<table align="center" style="margin-top:8px"><tr style="line-height:normal"><td><a style="font-family:\'Google Sans\','
         'Roboto,RobotoDraft,Helvetica,Arial,sans-serif;color:rgba(0,0,0,0.87);font-size:14px;line-height:20px">'
         'maria.nunez@example.com</a></td></tr></table></div>\n'
         '<div style="font-family:Roboto-Regular,Helvetica,Arial,sans-serif;font-size:14px;color:rgba(0,0,0,0.87);line-height:20px;'
         'padding-top:20px;text-align:left">Hemos detectado un nuevo inicio de sesión en tu cuenta de Google desde un dispositivo '
         'Windows. Si has sido tú, no tienes que hacer nada. Si no, te ayudaremos a proteger tu cuenta.'
         '<div style="padding-top:32px;text-align:center"><a href="' + link + '" target="_blank" style="font-family:\'Google Sans\','
         'Roboto,RobotoDraft,Helvetica,Arial,sans-serif;line-height:16px;color:#ffffff;font-weight:400;text-decoration:none;'
         'font-size:14px;display:inline-block;padding:10px 24px;background-color:#4184F3;border-radius:5px;min-width:90px">'
         'Consultar actividad</a></div></div>\n'
         '<div style="padding-top:20px;font-size:12px;line-height:16px;color:#5f6368;letter-spacing:0.3px;text-align:center">'
         'También puedes ver la actividad de seguridad en<br><a style="color:rgba(0,0,0,0.87);text-decoration:inherit">'
         'https://myaccount.google.com/notifications</a></div></div>\n'
         '<div style="text-align:left"><div style="font-family:Roboto-Regular,Helvetica,Arial,sans-serif;color:rgba(0,0,0,0.54);'
         'font-size:11px;line-height:18px;padding-top:12px;text-align:center"><div>Te hemos enviado este correo electrónico para '
         'informarte de cambios importantes en tu cuenta y en los servicios de Google.</div><div style="direction:ltr">&copy; 2026 '
         'Google LLC, <a style="font-family:Roboto-Regular,Helvetica,Arial,sans-serif;color:rgba(0,0,0,0.54);font-size:11px;'
         'line-height:18px;padding-top:12px;text-align:center">1600 Amphitheatre Parkway, Mountain View, CA 94043, USA</a></div>'
         '</div></div></td></tr></table></div></td></tr><tr height="32" style="height:32px"><td></td></tr></table></body></html>\n')
    h = h.replace("><", ">\n<")
    body = mime.multi("alternative", [plain(txt, "UTF-8", "base64", flowed=True, delsp=True),
                                      html(h, "UTF-8", "quoted-printable")])
    return M(folder=F, num=27, lang="es", slug="google-alerta-inicio-sesion",
             profile=SV.GoogleSys(), when=("es", 2026, 11, 10, 9, 14, 55),
             frm=("Google", "no-reply@accounts.google.com"), to=[S("es_acc")],
             env_from="3bx8RaQgTCxUbc-fSdZmOQQOUTnSAp.dlldiZhkYnkWXnlHiWvYUDYN.Rdb@gaia.bounces.google.com",
             subject="Alerta de seguridad",
             body=body,
             desc="Google account security alert (new sign-in on Windows) for the Google Ads account of the Spanish accountant",
             why="Sent by Google's own servers (mail-sor-f69.google.com, gaia bounce address); links only to "
                 "accounts.google.com / myaccount.google.com; informational; matches her new PC.")


def b28():
    body = dedent("""
    Estimada María:

    Adjuntamos la factura FV-2026-0934 correspondiente al alquiler de películas de septiembre de 2026 para el complejo de Alcalá 318, según la liquidación de taquilla enviada por ustedes el 2 de octubre.

    Base imponible: 21.406,00 €
    IVA 21%: 4.495,26 €
    Total: 25.901,26 €
    Vencimiento: 07/11/2026, por transferencia a la cuenta habitual.

    Un saludo cordial,

    Carmen Ortega
    Administración y Facturación
    Distribuciones Cinematográficas Sol S.L.
    Calle de Serrano 88, 28006 Madrid - Tel. 91 578 44 20
    """)
    inv = """
# Distribuciones Cinematográficas Sol S.L.
Calle de Serrano 88 - 28006 Madrid - CIF %s

Cliente: Example Group España S.L. - Calle de Alcalá 318, 28027 Madrid - CIF %s

## FACTURA FV-2026-0934        Fecha: 08/10/2026
Concepto: alquiler de películas, septiembre 2026 (complejo Alcalá 318)

Título                         Espectadores   Recaudación neta   Porcentaje   Importe
El último verano                    6.214          39.769,60 €        50 %%     19.884,80 €
La sombra del faro                    402           2.534,00 €        45 %%      1.140,30 €
Cortometraje programa doble           -                 -             tarifa       380,90 €

Base imponible                                                                21.406,00 €
IVA 21 %%                                                                       4.495,26 €
TOTAL FACTURA                                                                 25.901,26 €

Forma de pago: transferencia a 30 días
IBAN: %s (Banco Santander)
""" % (CINESOL_CIF, EG_ES_CIF, fmt_iban(CINESOL_IBAN))
    pdfb = pdf_doc(inv, title="FV-2026-0934", producer="Sage 200", creator="Sage 200",
                   created=pdf_date("es", 2026, 10, 8, 12, 20))
    sent = local_to_utc("es", 2026, 10, 8, 12, 44, 1)
    t = plain(body, "windows-1252", "quoted-printable")
    h = html(htm.outlook(body, "ES"), "windows-1252", "quoted-printable")
    return M(folder=F, num=28, lang="es", slug="distribuidora-factura-alquiler-peliculas",
             profile=I.Outlook365(srv="DB9P192MB1448", srv2="AM8P192MB0962", pod="EURP192", lang="es-ES",
                                  eop="mail-am6eur05on2129.outbound.protection.outlook.com", eop_ip="40.107.22.129",
                                  org="cinesol.es"),
             when=("es", 2026, 10, 8, 12, 44, 1),
             frm=("Carmen Ortega", "carmen.ortega@cinesol.es"), to=[S("es_acc")],
             cc=[("Facturación Cinesol", "facturacion@cinesol.es")],
             subject="Factura FV-2026-0934 - alquiler películas septiembre 2026",
             hcs="windows-1252",
             body=mixed(mime.multi("alternative", [t, h]),
                        att_outlook(pdfb, "application/pdf", "FV-2026-0934.pdf", sent)),
             hardneg=[29], hn_topic="Box-office based film-rental invoice (vs. fake SGAE settlement)",
             desc="Film distributor's monthly rental invoice with PDF (titles, admissions, percentages)",
             why="Known distributor contact from their Exchange Online tenant; amounts derived from our own box-office "
                 "report; pays to the usual account.")


def b29():
    body = dedent("""
    Hola a todos:

    Las nóminas de noviembre ya están disponibles en el portal del empleado de siempre:
    https://intranet.example.com/personal/nominas

    El abono se realizará el lunes 30 de noviembre. Este mes la nómina incluye la parte proporcional de la paga extra de Navidad para quienes la tengan prorrateada.

    Os recuerdo que el cambio de cuenta bancaria solo se puede hacer en persona con el formulario firmado y un certificado de titularidad del banco. Nunca os pediremos datos bancarios, contraseñas ni que escaneéis códigos QR por correo electrónico.

    Cualquier duda, me decís.

    Un saludo,
    María Núñez
    Administración | Example Group España S.L.
    """)
    t = plain(body, "iso-8859-1", "quoted-printable")
    h = html(htm.outlook(body, "ES"), "iso-8859-1", "quoted-printable")
    return M(folder=F, num=29, lang="es", slug="aviso-interno-nominas-noviembre",
             profile=I.ExchangeInternal(lang="es-ES"), when=("es", 2026, 11, 27, 13, 5, 22),
             frm=S("es_acc"), to=[("Todos Madrid", "todos-madrid@example.com")], rcpt="jose.ibanez@example.com",
             hcs="iso-8859-1",
             subject="Nóminas de noviembre disponibles en el portal",
             body=mime.multi("alternative", [t, h]),
             hardneg=[30], hn_topic="Payslip / employee-portal notice",
             desc="Internal notice that November payslips are available in the usual intranet portal",
             why="Internal relay and Exchange; link to our own intranet host; explains the in-person bank-change process "
                 "and warns against QR/credential requests.")


def b30():
    body = dedent("""
    Estimado José Ramón:

    Tal y como comentamos ayer por teléfono, le adjunto el borrador revisado del contrato de arrendamiento del local de Alcalá 318 con los cambios que nos pidió:

    - Cláusula 7ª: la actualización anual de la renta se limita al IPC general, con un máximo del 3 %.
    - Cláusula 11ª: se amplía el plazo de preaviso para la no renovación a seis meses.
    - Anexo II: se incorpora el inventario de instalaciones de climatización facilitado por la propiedad.

    Le agradecería que lo revise con la dirección financiera en Colonia. Si no hay más comentarios, lo remitiremos a los abogados de la propiedad la próxima semana.

    Un cordial saludo,

    Lucía Aranda
    Socia
    Ruiz & Aranda Abogados
    Calle de Velázquez 57, 28001 Madrid
    T +34 91 431 27 80
    """)
    doc = """
# CONTRATO DE ARRENDAMIENTO PARA USO DISTINTO DEL DE VIVIENDA
## BORRADOR v3 - 05/11/2026 - Ruiz & Aranda Abogados (con control de cambios aceptados)

En Madrid, a ___ de ___________ de 2026

REUNIDOS
De una parte, INMUEBLES ALCALÁ NORTE S.A. (la "Arrendadora").
De otra parte, EXAMPLE GROUP ESPAÑA S.L., con CIF %s (la "Arrendataria").

SÉPTIMA. Actualización de la renta.
La renta se actualizará anualmente conforme a la variación del Índice de Precios de Consumo (IPC) general
publicado por el INE, con un límite máximo del tres por ciento (3 %%) anual.

UNDÉCIMA. Duración y prórroga.
Cualquiera de las partes podrá comunicar su voluntad de no renovar con un preaviso mínimo de seis (6) meses.

ANEXO II. Inventario de instalaciones de climatización (según documentación de la propiedad).
""" % EG_ES_CIF
    pdfb = pdf_doc(doc, title="Contrato arrendamiento Alcala 318 - borrador v3", author="Lucía Aranda",
                   producer="Microsoft® Word para Microsoft 365", creator="Microsoft® Word para Microsoft 365",
                   created=pdf_date("es", 2026, 11, 5, 18, 30))
    sent = local_to_utc("es", 2026, 11, 6, 9, 58, 14)
    h = htm.outlook(body, "ES")
    return M(folder=F, num=30, lang="es", slug="abogados-borrador-contrato-arrendamiento",
             profile=I.Outlook365(srv="PR3P191MB1022", srv2="AS2P191MB1780", pod="EURP191", lang="es-ES",
                                  eop="mail-db5eur02on2117.outbound.protection.outlook.com", eop_ip="40.107.15.117",
                                  org="ruizaranda.es"),
             when=("es", 2026, 11, 6, 9, 58, 14),
             frm=("Lucía Aranda", "laranda@ruizaranda.es"), to=[S("es_mgr")],
             subject="Borrador contrato arrendamiento Alcalá 318 - versión revisada",
             body=mixed(alt(body, h, "utf-8", "base64"),
                        att_outlook(pdfb, "application/pdf", "Contrato_arrendamiento_Alcala318_borrador_v3.pdf", sent)),
             hardneg=[28], hn_topic="Mail from a law firm to the Spanish subsidiary",
             desc="The subsidiary's real law firm sends the revised lease draft after a phone call",
             why="Known firm and partner on their own Exchange Online tenant; follows a phone call; legal document for "
                 "review, no payment request, no secrecy; suggests involving finance in Cologne.")


def b31():
    txt = dedent("""
    Dirección Electrónica Habilitada única (DEHú)

    Aviso de puesta a disposición de notificación

    Le informamos de que tiene a su disposición una notificación en la Dirección Electrónica Habilitada única.

    Titular: EXAMPLE GROUP ESPAÑA SL - %s
    Organismo emisor: Agencia Estatal de Administración Tributaria
    Concepto: Comunicación - Modelo 303
    Fecha de puesta a disposición: 20/11/2026

    Para acceder al contenido de la notificación debe identificarse en https://dehu.redsara.es con certificado electrónico o Cl@ve. También puede acceder a través de la sede electrónica de la Agencia Tributaria.

    Dispone de 10 días naturales desde la puesta a disposición para acceder a la notificación. Transcurrido dicho plazo, la notificación se entenderá rechazada.

    Este aviso se envía con carácter informativo y no contiene la notificación. Por favor, no responda a este correo.
    """) % EG_ES_CIF
    h = htm.simple(txt, "font-family:Arial,sans-serif;font-size:13px").replace("charset=utf-8", "charset=iso-8859-1")
    return M(folder=F, num=31, lang="es", slug="dehu-aviso-notificacion-aeat",
             profile=SV.DEHU(), when=("es", 2026, 11, 20, 10, 31, 5),
             frm=("DEHú", "no-reply@correo.gob.es"), to=[S("es_acc")],
             env_from="no-reply@correo.gob.es", hcs="iso-8859-1",
             subject="Aviso de puesta a disposición de notificación - DEHú",
             body=alt(txt, h, "iso-8859-1", "quoted-printable"),
             hardneg=[27], hn_topic="Tax-agency notification notice",
             desc="Genuine DEHú notice that a tax-agency notification is available; the content itself is only in the portal",
             why="Sent by the government mail platform (correo.gob.es); contains no attachment and no download link, only "
                 "the official dehu.redsara.es address; access requires certificate or Cl@ve.")


MESSAGES = [b27, b28, b29, b30, b31]
