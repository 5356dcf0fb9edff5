# -*- coding: utf-8 -*-
"""Genuine business mail, Spanish (27-31)."""
from .common import *  # noqa: F401,F403
from .common import S, ACC, H, loc, ol_alt, outlook_html, ol_p, pdf_doc, gmail_html
from .orgs import DIS, COSTA
from lib import util, checks as K, archive, company as C, systems as SY
from lib.message import scenario


# ---------------------------------------------------------------------------------------------
@scenario("business", 27, "es", "modelo-303-justificante-interno")
def b27(m):
    m.at("ES", 2026, 10, 20, 12, 30)
    m.mua = "exchange"
    csv_code = util.alnum(m.rng, 16, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")
    m.fact("ids", ("AEAT CSV (código seguro de verificación)", csv_code))
    nref = "303%d" % m.rng.randrange(10 ** 12, 10 ** 13)
    text = ("Hola Marta,\n\n"
            "te adjunto el justificante de presentación del modelo 303 del tercer trimestre (IVA 3T 2026), presentado "
            "hoy a las 11:52 con el certificado de la empresa. Resultado a ingresar: 23.418,06 EUR, domiciliado en la "
            "cuenta de CaixaBank con cargo el 20/10.\n\n"
            "Guárdalo por favor en la carpeta de Fiscal > 2026 > 3T del SharePoint. Katrin, te pongo en copia para el "
            "cierre del trimestre.\n\n"
            "Por cierto: esta semana nos han llegado dos correos falsos de \"Agencia Tributaria\" con enlaces. Las "
            "notificaciones reales las consultamos en la DEHú con el certificado, nunca desde un enlace de un correo.\n\n"
            "Un saludo,\nJavier\n\nJavier Fernández Ruiz\nContabilidad · Example Iberia S.L.\nCarrer de Pere IV 78 · 08005 Barcelona\n"
            "Tel. +34 932 71 48 64\n")
    d = pdf_doc("helv", producer="AEAT - Sede Electrónica", creator="AEAT", title="Justificante de presentación Modelo 303",
                when=util.plus(m.date, -2300), tz_min=120)
    d.letterhead("Agencia Tributaria", ["Sede Electrónica · Justificante de presentación"], color=(0.71, 0.16, 0.18))
    d.kv([("Modelo", "303 – IVA. Autoliquidación"), ("Ejercicio / Periodo", "2026 / 3T"), ("NIF declarante", C.ES_CIF),
          ("Razón social", "EXAMPLE IBERIA SL"), ("Número de justificante", nref), ("Fecha y hora de presentación", "20-10-2026 11:52:37"),
          ("Resultado", "A ingresar: 23.418,06 EUR"), ("Forma de pago", "Domiciliación bancaria"),
          ("Código Seguro de Verificación (CSV)", csv_code)], keyw=190)
    d.para("La autenticidad de este documento puede ser comprobada mediante el Código Seguro de Verificación en la Sede "
           "Electrónica de la Agencia Tributaria.", 8)
    pdfb = d.build()
    body = m.mixed(ol_alt(m, text, "es", "iso-8859-1", "quoted-printable"),
                   m.attach(pdfb, "application/pdf", "Justificante_303_3T2026_%s.pdf" % nref))
    m.send(body, S["es_acc"], [S["es_om"]], "Modelo 303 3T 2026 presentado - justificante", SY.exchange_internal("EXCH01", "EXCH02"),
           cc=[S["cfo"]], rcpt=[S["es_om"][1], S["cfo"][1]])
    m.what = "Internal: the Barcelona accountant shares the AEAT filing receipt for VAT return 303 Q3 2026 (direct debit)."
    m.why = ("Internal Exchange mail with the official receipt (CSV code) as PDF, refers to filing with the company "
             "certificate and DEHú, CFO in copy; no links, no requests.")
    m.pair = ([27], "Spanish tax authority (AEAT / DEHú)", "Real AEAT paperwork travels internally as a filing receipt; the attack imitates a DEHú notification and links to a script on a hacked WordPress site.")


# ---------------------------------------------------------------------------------------------
@scenario("business", 28, "es", "distribuciones-orden-pago-confirming")
def b28(m):
    m.at("ES", 2026, 11, 26, 12, 15)
    m.mua = "gworkspace"
    iban = m.iban(ACC["eg_es"], "Example Iberia S.L. – own account at CaixaBank (beneficiary)")
    frm = DIS["martin"]
    m.phone(DIS["tel"])
    text = ("Buenos días Javier,\n\n"
            "Os adjunto la orden de pago de las facturas de octubre. Se ha emitido por confirming a través de BBVA con "
            "vencimiento 25/01/2027; si queréis anticipar el cobro, BBVA os contactará directamente por la plataforma de "
            "confirming (nosotros no intervenimos en la financiación).\n\n"
            "Facturas incluidas: FV26-1887, FV26-1902, FV26-1935 y FV26-1960, total 38.240,16 EUR, a la cuenta de "
            "CaixaBank que tenemos en el maestro de proveedores.\n\n"
            "Cualquier cosa me dices.\n\nUn saludo,\n\nLucía Martín\nAdministración\nDistribuciones Mediterráneo S.L.\n"
            "Tel. %s\n" % DIS["tel"])
    d = pdf_doc("helv", producer="Sage 200", creator="Sage 200", title="Orden de pago confirming", when=util.plus(m.date, -1800), tz_min=60)
    d.letterhead("Distribuciones Mediterráneo S.L.", ["%s · %s · CIF %s" % (DIS["street"], DIS["city"], DIS["cif"])],
                 color=(0.0, 0.45, 0.65), right_lines=("ORDEN DE PAGO CONFIRMING", "Remesa CF-2026-11-031", "Fecha: 26/11/2026"))
    d.kv([("Proveedor", "EXAMPLE IBERIA S.L. – NIF %s" % C.ES_CIF), ("Cuenta de abono", K.iban_fmt(iban)),
          ("Entidad confirming", "BBVA – línea confirming 0182-6035"), ("Vencimiento", "25/01/2027")], keyw=140)
    d.table(["Factura", "Fecha", "Importe EUR"], [["FV26-1887", "06/10/2026", "9.812,40"], ["FV26-1902", "13/10/2026", "8.944,32"],
                                                  ["FV26-1935", "20/10/2026", "10.206,12"], ["FV26-1960", "27/10/2026", "9.277,32"]],
            [180, 150, 153], ["l", "l", "r"])
    d.kv([("TOTAL", "38.240,16 EUR")], keyw=330)
    pdfb = d.build()
    body = m.mixed(m.alt(m.plain(text, "UTF-8", "quoted-printable"), m.html(gmail_html(text), "UTF-8", "quoted-printable")),
                   m.attach(pdfb, "application/pdf", "Orden_pago_confirming_CF-2026-11-031.pdf"))
    m.send(body, frm, [S["es_acc"]], "Orden de pago facturas octubre (confirming BBVA)", SY.gmail(workspace_dom="distribuciones-mediterraneo.es"),
           date_tz="ES")
    m.what = "The Valencia distributor (customer) sends its confirming payment order for four October invoices, 38,240.16 EUR."
    m.why = ("Customer's Google Workspace (DKIM/SPF/DMARC pass), pays to Example Iberia's own CaixaBank account from the "
             "vendor master, no link, financing explicitly left to the bank platform.")
    m.pair = ([28], "bank transfer / payment notice", "A payment notice that asks for nothing versus the fake CaixaBank 'pending transfer' that pushes a login link and a phone number.")


# ---------------------------------------------------------------------------------------------
@scenario("business", 29, "es", "distribuciones-google-drive-compartido")
def b29(m):
    m.at("ES", 2026, 12, 10, 9, 27)
    m.mua = "google"
    sid = util.b64url(m.rng, 33)
    link = m.url("https://docs.google.com/spreadsheets/d/%s/edit?usp=sharing_eil_m&ts=%s" % (sid, util.hexs(m.rng, 8)))
    logo = m.url("https://www.gstatic.com/images/branding/product/1x/sheets_2020q4_48dp.png")
    help_ = m.url("https://support.google.com/drive/?p=share_notification")
    name = "Previsión pedidos Navidad 2026 – Example Iberia"
    note = "Marta, te comparto la previsión por hotel para las entregas del 16 al 23/12. Si ves algo raro en los palets de vidrio, lo hablamos por teléfono."
    text = ("Jorge Navarro ha compartido una hoja de cálculo contigo\n\n%s\n\n%s\n%s\n\n"
            "Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA\n"
            "Has recibido este correo electrónico porque jorge.navarro@distribuciones-mediterraneo.es ha compartido una hoja de cálculo contigo "
            "desde Hojas de cálculo de Google.\nAyuda: %s\n" % (note, name, link, help_))
    html = ('<!doctype html><html><head><meta charset="utf-8"></head><body style="margin:0;font-family:Google Sans,Roboto,Arial,sans-serif">'
            '<table width="100%%" cellpadding="0" cellspacing="0" style="max-width:600px;margin:auto"><tr><td style="padding:24px">'
            '<div style="font-size:22px;color:#202124">Jorge Navarro ha compartido una hoja de cálculo contigo</div>'
            '<div style="font-size:14px;color:#3c4043;padding:16px 0">%s</div>'
            '<table style="border:1px solid #dadce0;border-radius:8px" cellpadding="12"><tr><td><img src="%s" width="20" height="20" alt=""> '
            '<span style="font-size:14px;color:#3c4043">%s</span></td></tr></table>'
            '<div style="padding:20px 0"><a href="%s" style="background:#1a73e8;color:#fff;padding:10px 24px;border-radius:4px;text-decoration:none;font-size:14px">Abrir</a></div>'
            '<div style="font-size:12px;color:#5f6368;padding-top:20px">Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA<br>'
            'Has recibido este correo electrónico porque jorge.navarro@distribuciones-mediterraneo.es ha compartido una hoja de cálculo contigo desde Hojas de cálculo de Google.<br>'
            '<a href="%s" style="color:#5f6368">Ayuda</a></div></td></tr></table></body></html>' % (H(note), H(logo), H(name), H(link), H(help_)))
    body = m.alt(m.plain(text, "UTF-8", "quoted-printable"), m.html(html, "UTF-8", "quoted-printable"))
    m.send(body, ("Jorge Navarro (a través de Hojas de cálculo de Google)", "drive-shares-dm-noreply@google.com"), [S["es_om"]],
           "Hoja de cálculo compartida contigo: \"%s\"" % name, SY.gmail(service=True), reply_to=DIS["navarro"],
           env_from="3%s-drive-shares-dm-noreply=google.com@doclist.bounces.google.com" % util.alnum(m.rng, 22), date_tz="US-P")
    m.what = "Google Sheets sharing notification: the distributor's buyer shares the Christmas order forecast per hotel."
    m.why = ("Real Google Drive notification (google.com DKIM, DMARC pass) for a document from a known customer contact who "
             "is reply-to, opens a spreadsheet on docs.google.com; matches ongoing Christmas deliveries, no sign-in prompt "
             "beyond the normal Google account.")
    m.pair = ([29], "cloud document share notification", "Both are genuine platform notifications; the attack's share comes from a compromised tenant of an unknown company and the PDF inside leads to a login page, here a known customer shares a live spreadsheet.")


# ---------------------------------------------------------------------------------------------
@scenario("business", 30, "es", "costa-dorada-solicitud-oferta-2027")
def b30(m):
    m.at("ES", 2026, 10, 26, 10, 5)
    m.mua = "m365"
    frm = COSTA["soler"]
    m.phone(COSTA["tel"])
    text = ("Estimada Marta:\n\n"
            "Como cada año, el Grupo Hoteles Costa Dorada abre el proceso de solicitud de ofertas para el suministro de "
            "agua mineral de la temporada 2027 (referencia COMP-2026-114). Adjuntamos el pliego de condiciones en PDF y "
            "la hoja de oferta económica en Excel.\n\n"
            "Volumen estimado: 780.000 unidades (vidrio 0,33 l y 0,75 l para restauración y PET 0,5 l para minibar), "
            "entregas semanales de abril a octubre en nuestros 7 hoteles de Salou, Cambrils y La Pineda.\n\n"
            "Plazo de presentación: 20 de noviembre de 2026. Las ofertas se envían a compras@hotelescostadorada.es; las "
            "dudas técnicas, directamente a mí.\n\n"
            "Gracias y un saludo,\n\nRosa Soler\nResponsable de Compras F&B\nGrupo Hoteles Costa Dorada S.A.\n"
            "%s · %s\nTel. %s\n" % (COSTA["street"], COSTA["city"], COSTA["tel"]))
    d = pdf_doc("helv", producer="Microsoft® Word para Microsoft 365", creator="Microsoft® Word para Microsoft 365",
                title="Pliego COMP-2026-114", author="Rosa Soler", when=util.plus(m.date, -86400 * 2), tz_min=60)
    d.letterhead("Grupo Hoteles Costa Dorada", ["%s · %s · CIF %s" % (COSTA["street"], COSTA["city"], COSTA["cif"])],
                 color=(0.85, 0.55, 0.1), right_lines=("Ref. COMP-2026-114",))
    d.heading("Pliego de condiciones – Suministro de agua mineral, temporada 2027", 13)
    for p in ("1. Objeto: suministro de agua mineral natural (con y sin gas) a los 7 hoteles del grupo entre el 1 de abril y el "
              "31 de octubre de 2027.", "2. Formatos: vidrio retornable 0,33 l y 0,75 l; PET 0,5 l con tapón sport para minibar.",
              "3. Condiciones: precios cerrados por temporada, entrega semanal DAP hotel, devolución de envases retornables.",
              "4. Pago: 60 días fecha factura mediante confirming.", "5. Criterios: precio (50 %), servicio y plazos (30 %), "
              "sostenibilidad del envase (20 %).", "6. Presentación de ofertas: hasta el 20/11/2026 a compras@hotelescostadorada.es."):
        d.para(p)
    pdfb = d.build()
    rows = [["Oferta económica COMP-2026-114 – Agua mineral 2027"], [],
            ["Formato", "Unidades estimadas", "Precio unitario EUR", "Importe EUR"],
            ["Agua sin gas vidrio 0,33 l", 210000, "", ("=B4*C4", 0)], ["Agua con gas vidrio 0,33 l", 160000, "", ("=B5*C5", 0)],
            ["Agua sin gas vidrio 0,75 l", 95000, "", ("=B6*C6", 0)], ["Agua sin gas PET 0,5 l (minibar)", 315000, "", ("=B7*C7", 0)],
            ["TOTAL", ("=SUM(B4:B7)", 780000), "", ("=SUM(D4:D7)", 0)]]
    xl = archive.xlsx([("Oferta", rows)], title="Oferta económica", creator="Rosa Soler")
    dx = archive.docx([("Condiciones generales de suministro – Grupo Hoteles Costa Dorada", "h"),
                       "1. Ámbito: las presentes condiciones rigen todos los pedidos de bebidas del grupo para la temporada 2027.",
                       "2. Pedidos: se realizan a través del portal de compras o por correo electrónico desde compras@hotelescostadorada.es.",
                       "3. Entregas: lunes a viernes de 7:00 a 12:00 en el muelle de cada hotel; los envases retornables se recogen en la siguiente entrega.",
                       "4. Calidad: el proveedor garantiza el cumplimiento del Real Decreto 1798/2010 sobre aguas minerales naturales y la trazabilidad por lote.",
                       "5. Facturación: una factura por hotel y mes; pago a 60 días mediante confirming.",
                       "6. Cambios de datos bancarios: solo se aceptan con certificado de titularidad bancaria y confirmación telefónica con Compras."],
                      title="Condiciones generales de suministro", creator="Rosa Soler")
    body = m.mixed(m.alt(m.plain(text, "utf-8", "quoted-printable"), m.html(outlook_html(ol_p(text), "utf-8", "es"), "utf-8", "quoted-printable")),
                   m.attach(pdfb, "application/pdf", "Pliego_COMP-2026-114.pdf"),
                   m.attach(dx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Condiciones_generales_suministro_2027.docx"),
                   m.attach(xl, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Oferta_economica_COMP-2026-114.xlsx"))
    m.send(body, frm, [S["es_om"]], "Solicitud de oferta agua mineral temporada 2027 – Ref. COMP-2026-114",
           SY.m365(tenant_id=COSTA["tenant"], domain="hotelescostadorada.es", lang="es-ES"), cc=[COSTA["compras"]],
           rcpt=[S["es_om"][1]])
    m.what = "Annual tender of a hotel-chain customer for 2027 water supply: specification PDF, general terms DOCX and price sheet XLSX."
    m.why = ("Existing customer's Microsoft 365 (DKIM selector1, DMARC pass), named buyer, open PDF and XLSX (no password, "
             "no macros), realistic volumes and criteria; compare with the fake tender ZIP in attack/30.")


# ---------------------------------------------------------------------------------------------
@scenario("business", 31, "es", "correo-privado-gmail-gastos")
def b31(m):
    m.at("ES", 2026, 11, 14, 17, 42)
    m.mua = "gmail"
    frm = ("Marta García López", "martagarcialopez82@gmail.com")
    text = ("Hola Javier,\n\n"
            "te lo mando desde mi Gmail porque en casa la VPN no me deja entrar al Outlook. Te adjunto el Excel con los "
            "gastos de la visita a Distribuciones Mediterráneo en Valencia (tren, hotel y la comida con Jorge). Los "
            "tickets originales te los dejo el lunes en tu mesa.\n\n"
            "No corre prisa, con que entre en el cierre de noviembre vale.\n\n"
            "¡Buen finde!\nMarta\n")
    rows = [["Hoja de gastos – Marta García López – Visita Valencia 11-12/11/2026"], [],
            ["Fecha", "Concepto", "Importe EUR", "Centro de coste"],
            ["11/11/2026", "Renfe AVE Barcelona – Valencia (ida y vuelta)", 96.40, "ES-200 Ventas"],
            ["11/11/2026", "Hotel Valencia Centro, 1 noche", 118.00, "ES-200 Ventas"],
            ["12/11/2026", "Comida con cliente (Distribuciones Mediterráneo, 3 pers.)", 87.50, "ES-200 Ventas"],
            ["12/11/2026", "Taxi estación – Paterna – estación", 42.30, "ES-200 Ventas"],
            ["", "TOTAL", ("=SUM(C4:C7)", 344.2), ""]]
    xl = archive.xlsx([("Gastos", rows)], title="Gastos Valencia", creator="Marta García")
    body = m.mixed(m.alt(m.plain(text, "UTF-8", "quoted-printable"), m.html(gmail_html(text), "UTF-8", "quoted-printable")),
                   m.attach(xl, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Gastos_Valencia_noviembre.xlsx"))
    m.send(body, frm, [S["es_acc"]], "Gastos visita Valencia", SY.gmail(), date_tz="ES")
    m.what = "The Barcelona office manager sends her travel-expense sheet from her private Gmail because the VPN fails at home."
    m.why = ("Colleague from private mail with a plausible reason, plain XLSX with small amounts and cost centre, originals "
             "handed over in person, no request to pay a third party or change bank data.")
    m.pair = ([8, 16], "colleague / executive writing from free-mail", "Private-address mail is normal when it asks for nothing risky; the attacks use a free-mail identity to redirect salary or to obtain gift-card codes.")
