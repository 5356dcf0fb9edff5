"""Genuine business messages, Spanish (27-31)."""
from .common import *  # noqa
from .mime import local, plus, dd, Text, Att, Multi, addr, esc, fill_cs, rfc
from . import infra, ids, qr, pdfdoc, zipc

F = "business"
B = company.BANK
V = company.VAT
NAVARRO = ("mail.transportesnavarro.es", "82.98.134.61", "dinahosting-82-98-134-61.dinaserver.com")


def b27():
    seed = "b27"
    t = local("ES", "2026-11-17 13:26:50")
    rcpt = S["es_acc"]["addr"]
    sender = "administracion@sierramagina.es"
    ch = infra.postfix_small(seed, t, rcpt, "smtp.sierramagina.es", "185.42.105.19", "212.170.88.206", "206.red-212-170-88.staticip.rima-tde.net", "ES",
                             mua="outlook", sender_dom="sierramagina.es", rdns_server="srv19.hostalia-mail.es")
    plain = dd("""
        Buenos días:

        Adjuntamos la factura F-2026/0412 correspondiente a la segunda entrega de aceite de oliva virgen extra (24.360 kg) según el contrato de campaña 2026/27.

        Forma de pago: transferencia a 30 días a nuestra cuenta habitual de Caja Rural de Jaén, IBAN %(iban)s.

        Cualquier duda, estamos a su disposición.

        Un saludo,

        Administración
        Aceites Sierra Mágina S.C.A.
        Ctra. de Bedmar s/n - 23537 Albanchez de Mágina (Jaén)
        Tel. 953 35 71 20
        """) % {"iban": ids.fmt_iban(B["sierramagina"])}
    pdf = pdfdoc.make_pdf([[
        "# ACEITES SIERRA MÁGINA S.C.A.", "Ctra. de Bedmar s/n - 23537 Albanchez de Mágina (Jaén) - CIF " + V["sierramagina"], "",
        "## FACTURA F-2026/0412", "Fecha: 17/11/2026",
        "Cliente: Example Group Iberia S.L. - CIF " + V["example_es"], "Polígono Los Olivares, C/ Torredonjimeno 9 - 23009 Jaén", "",
        "Aceite de oliva virgen extra a granel, 2ª entrega contrato 2026/27",
        "24.360 kg x 4,85 EUR/kg                                     118.146,00 EUR",
        "IVA 4%                                                          4.725,84 EUR",
        "TOTAL FACTURA                                              122.871,84 EUR", "",
        "Forma de pago: transferencia a 30 días",
        "Caja Rural de Jaén - IBAN " + ids.fmt_iban(B["sierramagina"]) + "   BIC CRJAES33XXX"]],
        title="F-2026-0412", producer="a3ERP", created="D:20261117130540+01'00'")
    body = Multi("mixed", [outlook_alt(plain, bnd("outlook2", seed), cs="iso-8859-1", lang="ES"),
                           Att(pdf, "application/pdf", "F-2026-0412.pdf")], bnd("outlook", seed))
    return spec(F, "es", "cooperativa-factura-aove", seed, t, ch,
                frm=addr("Aceites Sierra Mágina - Administración", sender, "iso-8859-1", "Q"), to=addr("María Peña", rcpt, "iso-8859-1", "Q"),
                rcpt=rcpt, ret=sender, client_ip="212.170.88.206",
                subject=subj("Factura F-2026/0412 - 2ª entrega AOVE campaña 2026/27", "iso-8859-1", "Q"),
                body=body, zone="ES", ibans=[B["sierramagina"]], hn=[28],
                hn_note="The same invoice number and supplier that attack 28 abuses; here from the genuine domain and server with the usual Caja Rural account.",
                what="Olive oil cooperative sends the invoice for the second bulk delivery.",
                why="Genuine sierramagina.es via its hosting provider from the cooperative's static Telefónica IP, usual bank account, PDF invoice only, no change or urgency.")


def b28():
    seed = "b28"
    t = local("ES", "2026-12-03 17:02:33")
    rcpt = S["es_acc"]["addr"]
    sender = "lucia.navarro@transportesnavarro.es"
    ch = infra.postfix_small(seed, t, rcpt, NAVARRO[0], NAVARRO[1], "88.27.196.14", "14.red-88-27-196.dynamicip.rima-tde.net", "ES",
                             mua="thunderbird", sender_dom="transportesnavarro.es", rdns_server=NAVARRO[2])
    ch["extra"] = [("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "es-ES")]
    plain = dd("""
        Hola María:

        Como te comenté por teléfono el martes, a partir del 1 de enero de 2027 cambiamos la cuenta de cobro de Unicaja a BBVA.

        Te adjunto el certificado de titularidad emitido por BBVA y la carta firmada por mi padre como administrador.

        - Facturas de diciembre: se siguen pagando a la cuenta actual de Unicaja (%(old)s), que mantendremos abierta hasta marzo.
        - Facturas con fecha a partir del 01/01/2027: BBVA, IBAN %(new)s.

        Por favor, antes de cambiarlo en vuestro sistema llamadme al fijo de la oficina (953 65 20 11), como hacemos siempre, para confirmarlo.

        Un saludo,

        Lucía Navarro
        Administración
        Transportes Hermanos Navarro S.L.
        Pol. Ind. Los Rubiales, parcela 22 - 23700 Linares (Jaén)
        """) % {"old": ids.fmt_iban(B["navarro_old"]), "new": ids.fmt_iban(B["navarro_new"])}
    pdf = pdfdoc.make_pdf([[
        "# BBVA - Certificado de titularidad de cuenta", "",
        "Banco Bilbao Vizcaya Argentaria, S.A., oficina 4030 Linares, certifica que la cuenta",
        "IBAN " + ids.fmt_iban(B["navarro_new"]) + "   BIC BBVAESMMXXX",
        "figura abierta a nombre de TRANSPORTES HERMANOS NAVARRO S.L., CIF " + V["navarro"] + ",",
        "como titular único, con fecha de apertura 18/11/2026.", "",
        "Y para que conste a petición del interesado, se expide el presente certificado en Linares, a 25 de noviembre de 2026.", "",
        "Código de verificación: " + h(seed + "cv", 16, UPALNUM)]],
        title="Certificado de titularidad", producer="BBVA Net Cash", created="D:20261125101215+01'00'")
    body = Multi("mixed", [Text(plain, "plain", "UTF-8", "quoted-printable"),
                           Att(pdf, "application/pdf", "Certificado_titularidad_BBVA.pdf")], bnd("thunderbird", seed))
    return spec(F, "es", "transportista-cambio-cuenta-genuino", seed, t, ch,
                frm=addr("Lucía Navarro", sender, "UTF-8", "Q"), to=addr("María Peña", rcpt, "UTF-8", "Q"), rcpt=rcpt, ret=sender,
                client_ip="88.27.196.14",
                subject=subj("Cambio de cuenta bancaria a partir del 1 de enero de 2027", "UTF-8", "Q"),
                body=body, zone="ES", ibans=[B["navarro_old"], B["navarro_new"]], hn=[28],
                hn_note="Same topic as attack 28 (bank-account change of a Spanish partner); the genuine one was announced by phone, comes from the carrier's own domain, attaches the bank's ownership certificate, keeps the old account open and asks for phone confirmation.",
                what="Carrier announces its change of bank account from 1 Jan 2027, properly documented.",
                why="Known contact on the carrier's own domain and hosting, prior phone call, bank's ownership certificate in the carrier's name, long overlap with the old account, explicitly asks for verification by phone.")


def b29():
    seed = "b29"
    t = local("ES", "2026-11-27 08:30:00")
    rcpt = S["es_mgr"]["addr"]
    ch = infra.brevo(seed, t, rcpt, ip="77.32.148.31")
    sub = h(seed + "sub", 6, "abcdefghijklmnopqrstuvwxyz")
    def tr(i):
        return "https://%s.r.sp1-brevo.net/mk/cl/f/sh/%s/%s" % (sub, h(seed + "w%d" % i, 40, ALNUM), h(seed + "x%d" % i, 18, ALNUM))
    unsub = "https://%s.r.sp1-brevo.net/mk/un/sh/%s" % (sub, h(seed + "un", 40, ALNUM))
    rows = [("Virgen extra (Jaén)", "4,62", "+0,03"), ("Virgen", "4,18", "-0,02"), ("Lampante", "3,71", "-0,05"), ("Virgen extra (Córdoba)", "4,58", "+0,01")]
    table = "".join('<tr><td style="padding:6px 10px;border-bottom:1px solid #eee;">%s</td><td style="padding:6px 10px;border-bottom:1px solid #eee;text-align:right;">%s &euro;/kg</td><td style="padding:6px 10px;border-bottom:1px solid #eee;text-align:right;">%s</td></tr>' % r for r in rows)
    htm = dd("""
        <!DOCTYPE html><html lang="es"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"></head>
        <body style="margin:0;background:#f6f6f0;font-family:Arial,Helvetica,sans-serif;">
        <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:16px;">
        <table width="600" cellpadding="0" cellspacing="0" style="background:#fff;">
        <tr><td style="background:#5b7b2a;color:#fff;padding:18px 24px;font-size:24px;font-weight:bold;">Oleo Mercados <span style="font-size:13px;font-weight:normal;">Boletín semanal &middot; semana 48</span></td></tr>
        <tr><td style="padding:22px 24px;font-size:15px;line-height:22px;color:#222;">
        <p><b>El virgen extra se estabiliza en origen.</b> Tras tres semanas de subidas, las operaciones cerradas en Jaén se movieron en una horquilla estrecha. La molturación avanza con rendimientos algo inferiores a los de la campaña pasada.</p>
        <table cellpadding="0" cellspacing="0" style="font-size:14px;width:100%;border-collapse:collapse;margin:10px 0 18px 0;">
        <tr style="background:#eef2e6;"><th align="left" style="padding:6px 10px;">Categoría</th><th align="right" style="padding:6px 10px;">Precio medio</th><th align="right" style="padding:6px 10px;">Var. semanal</th></tr>
        __TABLE__</table>
        <p><a href="__T1__" style="color:#5b7b2a;font-weight:bold;">Leer el análisis completo</a> &middot; <a href="__T2__" style="color:#5b7b2a;">Histórico de precios</a></p>
        </td></tr>
        <tr><td style="padding:16px 24px;font-size:11px;color:#888;">Recibe este boletín porque se suscribió en oleomercados.es. Oleo Mercados &middot; C/ Virgen de la Capilla 14 &middot; 23001 Jaén<br><a href="__UNSUB__" style="color:#888;">Darse de baja</a></td></tr>
        </table></td></tr></table>
        <img width="1" height="1" src="https://__SUB__.r.sp1-brevo.net/mk/op/sh/__OP__" alt=""></body></html>
        """).replace("__TABLE__", table).replace("__T1__", esc(tr(1))).replace("__T2__", esc(tr(2))).replace("__UNSUB__", esc(unsub)).replace("__SUB__", sub).replace("__OP__", h(seed + "op", 40, ALNUM))
    plain = dd("""
        Oleo Mercados - Boletín semanal, semana 48

        El virgen extra se estabiliza en origen. Tras tres semanas de subidas, las operaciones cerradas en Jaén se movieron en una horquilla estrecha. La molturación avanza con rendimientos algo inferiores a los de la campaña pasada.

        """) + "\n".join("%-26s %6s EUR/kg  %s" % r for r in rows) + dd("""


        Leer el análisis completo: %s

        Recibe este boletín porque se suscribió en oleomercados.es.
        Darse de baja: %s
        """) % (tr(1), unsub)
    body = alt(plain, htm, bnd("java", seed), "utf-8", "quoted-printable")
    return spec(F, "es", "boletin-precios-aceite-brevo", seed, t, ch,
                frm=addr("Oleo Mercados", "boletin@oleomercados.es"), to=rcpt, rcpt=rcpt, ret=ch["bounce"],
                subject=subj("Boletín semanal: el virgen extra se estabiliza en origen (semana 48)", "utf-8", "Q"),
                body=body, zone="ES",
                extra=[("List-Unsubscribe", "<%s>, <mailto:unsubscribe-%s@bounces.brevo.com>" % (unsub, h(seed + "lm", 20, HEX))),
                       ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")],
                hn=[21], hn_note="Sent through Brevo exactly like attack 21; a subscribed newsletter with List-Unsubscribe and informational content.",
                what="Subscribed olive-oil price newsletter sent via Brevo.",
                why="Brevo (sendinblue) infrastructure with its own tracking domain, List-Unsubscribe and One-Click, content is market information the office subscribed to, no request for credentials or money.")


def b30():
    seed = "b30"
    t = local("ES", "2026-11-26 12:14:05")
    rcpt = S["es_acc"]["addr"]
    ch = infra.internal(seed, t, sender_ip="10.33.2.18", mbx="EXMBX02", rcpt=rcpt,
                        topic="Nóminas de noviembre y paga extra", lang="es-ES")
    plain = dd("""
        Hola a todos:

        Las nóminas de noviembre ya están disponibles en el portal del empleado de la gestoría (el de siempre: intranet > RRHH > Portal del empleado).

        La paga extra de Navidad se abonará junto con la nómina de diciembre, el día 22.

        Os recuerdo que los cambios de cuenta bancaria se hacen en persona, con el formulario firmado y un certificado de titularidad. No aceptamos cambios por correo electrónico y nunca os pediremos datos mediante códigos QR o enlaces externos. En otras empresas del sector están circulando correos falsos "de RRHH"; si os llega alguno, reenviádselo a Lukas Hoffmann (IT) y borradlo.

        Un saludo,
        José
        """)
    body = outlook_alt(plain, bnd("exchange", seed), cs="utf-8", cte="base64", lang="ES")
    return spec(F, "es", "rrhh-nominas-portal-interno", seed, t, ch,
                frm=addr("Muñoz, José", S["es_mgr"]["addr"], "utf-8", "B", quote_always=True),
                to=addr("Plantilla Jaén", "plantilla-jaen@example.com"), rcpt=rcpt, ret=S["es_mgr"]["addr"],
                subject=subj("Nóminas de noviembre y paga extra", "utf-8", "B"), body=body, zone="ES", internal=True, hn=[30],
                hn_note="Same topic as the quishing attack 30 (payroll data before the December payroll and bonus); internal route, no QR/link, warns against such messages.",
                what="Office manager tells the Jaén staff that payslips are in the usual portal and how bank changes work.",
                why="Internal route (Exchange, mail-int01) from the office manager to the staff list, no link, no QR code, no data requested; explicitly describes the in-person process.")


def b31():
    seed = "b31"
    t = local("ES", "2026-12-07 09:22:48")
    rcpt = S["es_mgr"]["addr"]
    sender = "trafico@transportesnavarro.es"
    ch = infra.postfix_small(seed, t, rcpt, NAVARRO[0], NAVARRO[1], "88.27.196.14", "14.red-88-27-196.dynamicip.rima-tde.net", "ES",
                             mua="thunderbird", sender_dom="transportesnavarro.es", rdns_server=NAVARRO[2])
    ch["extra"] = [("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "es-ES")]
    plain = dd("""
        Buenos días José:

        Confirmamos la carga del jueves 10/12 en vuestro almacén de Jaén:

        Mercancía: 33 palés europeos de aceite envasado (24,1 t aprox.)
        Vehículo: tráiler lona, matrícula 4827 LKP / semirremolque R-2913-BDF
        Conductor: Antonio Ruiz, móvil 687 40 22 19
        Hora de carga: 8:00
        Destino: Example Group GmbH, Mannheim (DE) - entrega prevista lunes 14/12 por la mañana

        Necesitamos el número de recogida y los albaranes el miércoles para preparar el CMR. Si hay que cargar algún palé de latas de 5 l, avisadnos para calzarlo bien.

        Un saludo,
        Tráfico - Transportes Hermanos Navarro S.L.
        Tel. 953 65 20 13
        """)
    body = Text(plain, "plain", "ISO-8859-1", "8bit")
    return spec(F, "es", "transportista-confirmacion-carga", seed, t, ch,
                frm=addr("Tráfico Transportes Navarro", sender, "ISO-8859-1", "Q"), to=addr("José Muñoz", rcpt, "ISO-8859-1", "Q"), rcpt=rcpt, ret=sender,
                client_ip="88.27.196.14",
                subject=subj("Carga jueves 10/12: 33 palés Jaén - Mannheim", "ISO-8859-1", "Q"), body=body, zone="ES",
                what="Carrier's dispatch confirms a truck loading in Jaén for Mannheim.",
                why="Known carrier on its own domain and hosting, purely operational details, no attachment, link or payment request.")


def messages():
    return [b27(), b28(), b29(), b30(), b31()]
