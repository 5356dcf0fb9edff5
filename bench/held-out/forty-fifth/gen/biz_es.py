"""Genuine business messages, Spanish (27-31)."""
import systems as S
import facts as FX
import partners as P
from kit import (compose, alt, text_to_html, html_escape, make, Text, Multi, st, co, pdf_att, hexid, alnum)

LANG = "es"


def b27():
    text = """Buenos días, Lucía:

Os adjuntamos la factura 2026-1183 correspondiente a los servicios de transporte del mes de octubre (detalle de albaranes en la segunda página).

Importe total: 6.473,50 EUR (base imponible 5.350,00 + IVA 21%% 1.123,50)
Vencimiento: 30 días fecha factura (03/12/2026)
Forma de pago: transferencia a nuestra cuenta de Ibercaja de siempre, %s

Como ya os comentamos, si en algún momento recibís un aviso de cambio de cuenta, llamadnos antes al 976 57 31 40.

Un saludo,
Pilar Gil
Administración
Transportes Hermanos Gil S.L.
Pol. Ind. Malpica, calle E, nave 14 - 50016 Zaragoza
CIF %s""" % (FX.F(FX.GIL_IBAN), FX.GIL_CIF)
    inv = """TRANSPORTES HERMANOS GIL S.L. - CIF %s
Pol. Ind. Malpica, calle E, nave 14 - 50016 Zaragoza

FACTURA N.º 2026-1183          Fecha: 03/11/2026

Cliente: EXAMPLE GROUP IBERIA S.L. - CIF %s
Av. de Cataluña 301, 50014 Zaragoza

Concepto                                                     Importe
Transportes nacionales octubre 2026 (14 servicios)           4.620,00
Transporte especial góndola cosechadora Zaragoza-Lleida        730,00

Base imponible                                               5.350,00
IVA 21%%                                                      1.123,50
TOTAL FACTURA                                            6.473,50 EUR

Vencimiento: 03/12/2026 - Transferencia a Ibercaja %s

Página 2: relación de albaranes
CMR 48812, 48819, 48830, 48837, 48851, 48862, 48870, 48871, 48889, 48893, 48902, 48915, 48920, 48934
Especial: CMR 48944 (góndola, 1 cosechadora Hokuto HC 7500)""" % (FX.GIL_CIF, FX.EG_ES_CIF, FX.F(FX.GIL_IBAN))
    p = pdf_att("Factura_2026-1183.pdf", inv, "A3ERP - Crystal Reports", "2026-11-03 12:31:00", zone="ES",
                title="Factura 2026-1183", size=9)
    c = compose(P.GIL, key="b-es-27", frm=co("gil"), to=[st("es_acc")],
                subject="Factura 2026-1183 - Transportes Hermanos Gil S.L. - octubre 2026", when="2026-11-03 12:40:22",
                body=lambda b: Multi("mixed", [Text(text, "plain", "UTF-8", "quoted-printable", params="; format=flowed"), p], b(0)))
    return make(LANG, "transportes-gil-factura", c,
                "Carrier's monthly invoice 2026-1183 (EUR 6,473.50) with PDF; payment to the usual Ibercaja account, advice to phone before accepting any account change.",
                "Sent from the carrier's own server through its webmail from a Spanish consumer IP, no Reply-To, known account, consistent CMR references.",
                pair=[("transportes-gil-cuenta-compromised", "Same mailbox, same person, invoices 2026-1183: genuine mail with the Ibercaja IBAN vs. compromised-mailbox mail with a BBVA IBAN and a look-alike Reply-To.")])


def b28():
    text = """Javier:

Te escribo bastante molesto. El pedido 2026/0388 (cribas y cóncavos para la HC 7500 de un cliente de Ejea) tenía que haber llegado el lunes y seguimos sin noticias. La agencia de transporte dice que la mercancía ni siquiera ha salido de vuestro almacén de Zaragoza.

Tenemos la máquina parada en plena campaña del maíz y el cliente ya nos está reclamando daños. Si mañana viernes a mediodía no tengo la mercancía o una fecha firme, tendré que comprar las piezas a otro proveedor y os repercutiré la diferencia y los costes de la parada, tal como prevé el contrato de concesión.

Espero tu llamada.

Carlos Ruiz
Jefe de Recambios
Maquinaria Agrícola Ebro S.L.
Ctra. de Logroño km 12 - 50180 Utebo (Zaragoza)
Tel. 976 77 04 12 - Móvil 659 41 28 73"""
    c = compose(P.EBRO, key="b-es-28", frm=co("ebro"), to=[st("es_mgr")], cc=[st("parts")],
                subject="Reclamación urgente - recambios cosechadora HC 7500, pedido 2026/0388", when="2026-10-08 18:02:31",
                body=lambda b: alt(b, text, text_to_html(text, "outlook", "ES", "windows-1252"), "windows-1252"))
    return make(LANG, "ebro-reclamacion-recambios", c,
                "Dealer's angry complaint about a late combine spare-parts order, with a threat to buy elsewhere and pass on downtime costs.",
                "Known dealer domain via its hoster (Outlook over SMTP from a Spanish IP), concrete order and machine, asks for a phone call - no links, attachments or payment instructions.")


def b29():
    text = """Estimado Javier:

Te informamos de que el Juzgado de Primera Instancia n.º 3 de Zaragoza ha admitido a trámite la petición inicial de procedimiento monitorio contra Agrícola Los Monegros S.C. por importe de 23.418,60 EUR (facturas impagadas de la empacadora y recambios, más intereses). Te adjuntamos el decreto de admisión.

El deudor dispone ahora de 20 días hábiles para pagar o formular oposición. Si paga, el ingreso se hará en la cuenta de consignaciones del Juzgado y os lo transferiremos nosotros; en ningún caso os pediremos que hagáis pagos a terceros en relación con este asunto.

Te mantendremos informado. Si tenéis contacto directo con el cliente, por favor no negociéis sin avisarnos.

Un saludo,

Beatriz Sierra
Abogada - Socia
Lanuza & Sierra Abogados
Paseo de la Independencia 24, 5.º - 50004 Zaragoza
Tel. 976 23 45 81"""
    dec = """JUZGADO DE PRIMERA INSTANCIA N.º 3 DE ZARAGOZA
Procedimiento: Monitorio 512/2026 - Sección C

DECRETO

Letrado de la Administración de Justicia: D. Fernando Lasheras Puyó
En Zaragoza, a 16 de noviembre de 2026.

ANTECEDENTES DE HECHO
Primero.- Por la representación de EXAMPLE GROUP IBERIA S.L. se ha presentado petición inicial de procedimiento monitorio frente a AGRÍCOLA LOS MONEGROS S.C. en reclamación de 23.418,60 euros.

PARTE DISPOSITIVA
Se admite a trámite la petición inicial de procedimiento monitorio y se requiere a AGRÍCOLA LOS MONEGROS S.C. para que, en el plazo de VEINTE DÍAS, pague al peticionario acreditándolo ante este Juzgado o comparezca y alegue sucintamente las razones por las que, a su entender, no debe, en todo o en parte, la cantidad reclamada.

Notifíquese esta resolución a las partes."""
    p = pdf_att("Decreto_admision_monitorio_512-2026.pdf", dec, "Adobe PDF Library 17.11", "2026-11-18 17:10:00", zone="ES",
                title="Decreto monitorio 512/2026")
    c = compose(P.ABOGADOS, key="b-es-29", frm=co("abogados"), to=[st("es_mgr")], cc=[st("es_acc")],
                subject="Procedimiento monitorio 512/2026 - Agrícola Los Monegros S.C. - admisión a trámite",
                when="2026-11-18 17:25:09",
                body=lambda b: Multi("mixed", [alt(b, text, text_to_html(text, "outlook", "ES", "iso-8859-1"), "iso-8859-1", idx=1), p], b(0)))
    return make(LANG, "abogados-monitorio-actualizacion", c,
                "The company's own law firm reports that a debt-collection (monitorio) claim was admitted; court decree attached.",
                "Known law firm on its own Microsoft 365 tenant, concerns a case the company brought, says explicitly that no payments to third parties will ever be requested; nothing to do but wait.",
                pair=[("abogado-falso-adquisicion", "Lawyer writing to the Spanish office manager: the company's known firm with case information and 'we never ask for payments' vs. an unknown 'M&A lawyer' demanding an escrow transfer.")])


def b30():
    base = "https://u1847392.ct.sendgrid.net/ls/click?upn=u001."
    links = [base + alnum("b-es-30-%d" % i, 120, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_") for i in range(3)]
    unsub = "https://agromaquinaria-news.es/baja?e=%s" % hexid("b-es-30-u", 20)
    arts = [("Matriculaciones de tractores: octubre cierra con un 6 % más que en 2025", "Aragón y Castilla y León tiran del mercado; los tractores de 100 a 130 CV concentran la mitad de las ventas."),
            ("Plan Renove 2026: el Ministerio amplía el plazo de solicitudes", "Las solicitudes para la renovación de maquinaria agrícola podrán presentarse hasta el 15 de diciembre."),
            ("Recambios: cómo planificar el stock para la campaña de cereal", "Tres concesionarios explican cómo reducen las paradas en plena cosecha.")]
    text = "AgroMaquinaria News - Boletín semanal n.º 412\n\n" + "\n\n".join(
        "%s\n%s\n%s" % (t, d, l) for (t, d), l in zip(arts, links)) + \
        "\n\nRecibes este boletín porque te suscribiste con javier.ortega@example.com.\nDarse de baja: %s\nEdiciones Agrotécnicas del Ebro S.L. - C/ Coso 98, 50001 Zaragoza" % unsub
    rows = "".join('<tr><td style="padding:14px 22px;border-bottom:1px solid #ddd"><a href="%s" style="font-size:17px;color:#2d6a1f;font-weight:bold;text-decoration:none">%s</a><p style="margin:6px 0 0;font-size:14px">%s</p></td></tr>'
                   % (l, html_escape(t), html_escape(d)) for (t, d), l in zip(arts, links))
    html = """<html><head><meta charset="utf-8"></head><body style="margin:0;background:#eef0ea;font-family:Arial,sans-serif">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="background:#2d6a1f;color:#fff;padding:18px 22px;font-size:21px"><b>AgroMaquinaria</b> News &middot; n.&ordm; 412</td></tr>%s
<tr><td style="padding:14px 22px;font-size:11px;color:#777">Recibes este bolet&iacute;n porque te suscribiste con javier.ortega@example.com. <a href="%s" style="color:#777">Darse de baja</a><br>Ediciones Agrot&eacute;cnicas del Ebro S.L. &middot; C/ Coso 98, 50001 Zaragoza</td></tr></table>
<img src="https://u1847392.ct.sendgrid.net/wf/open?upn=u001.%s" width="1" height="1" alt=""></body></html>""" % (rows, unsub, alnum("b-es-30-o", 100))
    sg = S.SendGrid(rdns="o1.ptr3318.agromaquinaria-news.es", ip="167.89.91.44")
    extra = [("List-Unsubscribe", "<%s>, <mailto:unsubscribe@agromaquinaria-news.es?subject=baja>" % unsub),
             ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")]
    c = compose(sg, key="b-es-30", frm=("AgroMaquinaria News", "boletin@agromaquinaria-news.es"), to=[st("es_mgr")],
                subject="Boletín semanal: matriculaciones de octubre, Plan Renove 2026 y stock de recambios",
                when="2026-11-25 06:00:04", env_from="bounces+1847392-3c0e-javier.ortega=example.com@em3318.agromaquinaria-news.es",
                extra=extra, body=lambda b: alt(b, text, html, "utf-8"))
    return make(LANG, "newsletter-agromaquinaria", c,
                "Subscribed Spanish trade newsletter via SendGrid (dedicated IP with branded rDNS), tracked links, one-click unsubscribe.",
                "Consistent sender and SendGrid sub-user domain, List-Unsubscribe + List-Unsubscribe-Post, subscription notice and imprint; editorial content only.")


def b31():
    text = """Microsoft

Se ha restablecido la contraseña de su cuenta

La contraseña de la cuenta lucia.fernandez@example.com de Example Group se ha restablecido correctamente mediante el autoservicio de restablecimiento de contraseña.

Si no ha sido usted, póngase en contacto inmediatamente con el administrador de su organización.

Gracias,
Microsoft en nombre de Example Group

Declaración de privacidad: https://go.microsoft.com/fwlink/?LinkId=521839
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052"""
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="font-family:'Segoe UI',Tahoma,Arial,sans-serif;font-size:14px;color:#333">
<table width="600" cellpadding="0" cellspacing="0"><tr><td style="padding:20px 0 10px;font-size:17px;color:#707070">Microsoft</td></tr>
<tr><td style="font-size:28px;color:#2672ec;padding-bottom:20px">Se ha restablecido la contrase&ntilde;a de su cuenta</td></tr>
<tr><td style="padding-bottom:16px">La contrase&ntilde;a de la cuenta <b>lucia.fernandez@example.com</b> de Example Group se ha restablecido correctamente mediante el autoservicio de restablecimiento de contrase&ntilde;a.</td></tr>
<tr><td style="padding-bottom:16px">Si no ha sido usted, p&oacute;ngase en contacto inmediatamente con el administrador de su organizaci&oacute;n.</td></tr>
<tr><td>Gracias,<br>Microsoft en nombre de Example Group</td></tr>
<tr><td style="padding-top:30px;font-size:11px;color:#888"><a href="https://go.microsoft.com/fwlink/?LinkId=521839" style="color:#888">Declaraci&oacute;n de privacidad</a><br>Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</td></tr></table></body></html>"""
    c = compose(P.MS_ONLINE, key="b-es-31", frm=("Microsoft en nombre de Example Group", "msonlineservicesteam@microsoftonline.com"),
                to=[st("es_acc")], subject="Se ha restablecido la contraseña de su cuenta", when="2026-12-01 08:44:37",
                body=lambda b: alt(b, text, html, "utf-8", "base64", "base64"))
    return make(LANG, "microsoft-sspr-confirmacion", c,
                "Genuine Microsoft Entra self-service password reset confirmation for the Spanish accountant (she reset her expired password that morning).",
                "Sent by Microsoft's own infrastructure from microsoftonline.com on behalf of the tenant, no action link, only Microsoft's privacy link; expected after her own reset.",
                pair=[("cuarentena-falsa-credenciales", "Mailbox/account-security notices to the same user: real Microsoft confirmation without links vs. fake quarantine digest with external 'release' links.")])


def messages():
    return [b27(), b28(), b29(), b30(), b31()]
