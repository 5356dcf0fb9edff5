"""Genuine business messages, Spanish (27-31)."""
from common import *

F = "business"
NIF_EX = "B50981273"
NIF_LAZARO = ids.es_cif("B", "5064218")
LAZARO_SRV = ("cp12.hostinet-cloud.es", "185.42.105.12")


@message(F, "es", "transportes-lazaro-factura-roundcube",
         "Genuine carrier invoice F-2026-0947 for October transports from facturacion@transporteslazaro.es (their cPanel hosting, Roundcube webmail), PDF attached, usual Ibercaja IBAN",
         "Real carrier domain, consistent hosting (same cPanel/Exim header style that attackers abuse elsewhere), PDF invoice matching real trips. "
         "Hard negative of attack/30 (fake Lázaro invoice as HTML).")
def b27():
    r = rng("b27")
    t = timez.local("de", 2026, 11, 2, 10, 0, 42)
    rcpt = "lucia.fernandez@examplegroup.eu"
    frm_addr = "facturacion@transporteslazaro.es"
    s = infra.cpanel_exim(r, t, rcpt, LAZARO_SRV[0], LAZARO_SRV[1], frm_addr, "88.26.211.140", tz="de", ua_helo="webmail.transporteslazaro.es")
    iban = fmt_iban(BANK["lazaro"])
    body = f"""Buenos días Lucía,

Adjuntamos la factura F-2026-0947 correspondiente a los portes del mes de octubre (12 servicios Zaragoza - Valencia / Bilbao / Barcelona).

Importe total: 8.954,90 € (IVA incluido)
Vencimiento: 02/12/2026
Forma de pago: transferencia a Ibercaja, {iban}

Un saludo,

Pilar Gracia
Administración - Facturación
Transportes Hermanos Lázaro S.L.
Polígono Plaza, C/ Tarento 6 - 50197 Zaragoza
Tel. 976 472 310
"""
    inv = pdf_doc([
        ("h1", "Transportes Hermanos Lázaro S.L."),
        ("small", f"CIF {NIF_LAZARO} · Polígono Plaza, C/ Tarento 6 · 50197 Zaragoza"),
        ("h2", "FACTURA F-2026-0947"),
        ("mono", f"Fecha: 31/10/2026\nCliente: Example Ibérica S.L. - NIF {NIF_EX}\nPolígono Malpica, Calle E 21, 50016 Zaragoza"),
        ("mono", "12 portes completos (detalle en anexo)          7.400,74 €\nBase imponible                               7.400,74 €\nIVA 21%                                      1.554,16 €\nTOTAL                                        8.954,90 €"),
        ("p", f"Vencimiento 02/12/2026 · Ibercaja · {iban}"),
    ], title="Factura F-2026-0947", creator="a3ERP", producer="a3ERP", date="D:20261102095501+01'00'")
    root = Multi("mixed", [Text(body, "plain", "UTF-8", "8bit", extra_ct="; format=flowed"),
                           pdf_att(inv, "F-2026-0947.pdf")], "=_" + rstr(r, HEX, 32))
    hdr = [rp(frm_addr)] + s["trace"] + H(
        ("MIME-Version", "1.0"),
        ("Date", s["date"]),
        ("From", A("Transportes Lázaro - Facturación", frm_addr, "UTF-8", "Q")),
        ("To", A("Lucía Fernández", rcpt, "UTF-8", "Q")),
        ("Subject", SUBJ("Factura F-2026-0947 portes octubre", "UTF-8", "Q")),
        ("Message-ID", f"<{rstr(r, HEX, 32)}@transporteslazaro.es>"),
        ("X-Sender", frm_addr),
        ("User-Agent", "Roundcube Webmail/1.6.9"),
    ) + s["xh"]
    return hdr, root


@message(F, "es", "sharepoint-compartido-genuino",
         "Genuine SharePoint Online sharing notification: Carmen López (Construcciones Aragón Sur) shared the folder 'Obra Parque Delicias - Pedidos'; sent by no-reply@sharepointonline.com through Microsoft's servers, link to construccionesaragonsur.sharepoint.com",
         "Real Microsoft sender and infrastructure, link to the customer's own SharePoint tenant, announced in a phone call. Hard negative of attack/29.")
def b28():
    r = rng("b28")
    t = timez.local("de", 2026, 11, 17, 11, 11, 4)
    rcpt = "javier.martinez@example.com"
    frm_addr = "no-reply@sharepointonline.com"
    s = infra.m365(r, t, rcpt, prd="eurprd08", tz="utc", tenant_domain="construccionesaragonsur.es")
    link = "https://construccionesaragonsur.sharepoint.com/:f:/s/Obras/EhK7f2m9QdNLu1vG0x3Y8bQBc1xgJm2H4tzkT3oRyu9Wqw?e=7XkP2a"
    plain = f"""Carmen López ha compartido una carpeta con usted

Aquí está la carpeta que Carmen López ha compartido con usted.

Obra Parque Delicias - Pedidos

Abrir: {link}

Este vínculo solo funciona para los destinatarios directos de este mensaje.

Declaración de privacidad: https://go.microsoft.com/fwlink/?LinkId=521839
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
"""
    html = html_wrap(f"""<table role="presentation" width="100%" style="max-width:600px"><tr><td style="padding:24px;font-family:'Segoe UI',sans-serif">
<p style="font-size:20px;color:#242424"><b>Carmen López</b> ha compartido una carpeta con usted</p>
<p style="color:#424242">Aquí está la carpeta que Carmen López ha compartido con usted.</p>
<table style="border:1px solid #e0e0e0;border-radius:4px;width:100%"><tr><td style="padding:12px"><img width="32" height="32" alt="" src="https://res-1.cdn.office.net/files/fabric-cdn-prod_20240610.001/assets/item-types/32/folder.png"> <b>Obra Parque Delicias - Pedidos</b></td></tr></table>
<p><a href="{link}" style="background:#0f6cbd;color:#fff;padding:8px 20px;border-radius:4px;text-decoration:none">Abrir</a></p>
<p style="font-size:12px;color:#616161">Este vínculo solo funciona para los destinatarios directos de este mensaje.</p>
<p style="font-size:11px;color:#616161"><a href="https://go.microsoft.com/fwlink/?LinkId=521839">Declaración de privacidad</a><br>Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</p>
</td></tr></table>""", "es", charset="utf-8", style="")
    root = Multi("alternative", [Text(plain, "plain", "utf-8", "quoted-printable"), Text(html, "html", "utf-8", "quoted-printable")], exch_bnd(s, 0))
    hdr = [rp(f"{rstr(r, HEX, 8)}-{rstr(r, HEX, 4)}@sharepointonline.com")] + s["trace"] + H(
        ("From", A("Carmen López (a través de SharePoint Online)", frm_addr, "utf-8", "B")),
        ("To", A("Javier Martínez", rcpt, "utf-8", "B")),
        ("Reply-To", A("Carmen López", "clopez@construccionesaragonsur.es", "utf-8", "B")),
        ("Subject", SUBJ("Carmen López ha compartido la carpeta \"Obra Parque Delicias - Pedidos\" con usted", "utf-8", "B")),
        ("Date", s["date"]),
        ("Message-ID", s["mid"]),
        ("X-MS-Exchange-Organization-SharePoint-Sharing", None),
        ("X-Sharing-Type", "SharingFolder"),
        ("Content-Language", "es-ES"),
    ) + s["xtail"]
    return hdr, root


@message(F, "es", "asesoria-verifactu-calendario",
         "The tax adviser (Asesoría Gil & Navarro, Google Workspace) explains the VERI*FACTU timetable, what the ERP vendor must deliver, and warns that AEAT never asks to 'register' software via e-mail links",
         "Known adviser from her real domain, informative, no links except to the official sede.agenciatributaria.gob.es page, no credentials "
         "requested. Hard negative of attack/27.")
def b29():
    r = rng("b29")
    t = timez.local("de", 2026, 10, 19, 16, 20, 55)
    rcpt = "lucia.fernandez@examplegroup.eu"
    frm_addr = "enavarro@asesoriagilnavarro.es"
    s = infra.gmail(r, t, rcpt, tz_client="de")
    body = """Hola Lucía:

Como os comenté en la última reunión, os resumo lo que toca con VERI*FACTU para Example Ibérica:

1. Plazo: al ser contribuyentes del Impuesto sobre Sociedades, el programa de facturación tiene que cumplir el reglamento (RD 1007/2023) desde el 1 de enero de 2027.
2. Lo tiene que adaptar vuestro proveedor del ERP, que debe entregaros la declaración responsable del software. Pedídsela por escrito antes de diciembre.
3. Recomiendo trabajar en modalidad VERI*FACTU (envío automático de los registros a la AEAT); así os ahorráis los requisitos adicionales de conservación.
4. Las facturas llevarán un código QR y la leyenda «Factura verificable en la sede electrónica de la AEAT».

Ojo: estos días están llegando correos falsos que dicen venir de la Agencia Tributaria y piden "dar de alta" el programa o el certificado en un enlace. La AEAT no pide nada de eso por correo. Si os llega algo parecido, no hagáis clic y reenviádmelo.

Información oficial: https://sede.agenciatributaria.gob.es/Sede/iva/sistemas-informaticos-facturacion-verifactu.html

Un saludo,

Elena Navarro
Asesoría Gil & Navarro
Paseo de Sagasta 28, 3.º - 50006 Zaragoza
Tel. 976 215 880
"""
    root = Multi("alternative", [Text(body, "plain", "UTF-8", "quoted-printable"),
                                 Text(f'<div dir="ltr">{p_html(body)}</div>\n', "html", "UTF-8", "quoted-printable")], s["bnd"]())
    hdr = [rp(frm_addr)] + s["trace"] + gmail_headers(
        s, A("Elena Navarro", frm_addr), A("Lucía Fernández", rcpt, "UTF-8", "Q"),
        SUBJ("VERI*FACTU - calendario y qué pedir al proveedor del ERP", "UTF-8", "B"),
        cc=A("Javier Martínez", "javier.martinez@example.com", "UTF-8", "Q"))
    return hdr, root


@message(F, "es", "cliente-reclamacion-retraso-penalizacion",
         "Genuine urgent complaint from Carmen López (customer, real tenant): toughened glass for the Parque Delicias site is a week late, the contract penalty clause will be applied from Monday",
         "Real customer, real project and order numbers, threat of contractual penalty but no payment redirection, links or attachments.")
def b30():
    r = rng("b30")
    t = timez.local("de", 2026, 12, 3, 8, 5, 31)
    rcpt = "javier.martinez@example.com"
    frm_addr = "clopez@construccionesaragonsur.es"
    s = infra.m365(r, t, rcpt, prd="eurprd08", tenant_domain="construccionesaragonsur.es")
    plain = """Buenos días, Javier:

Seguimos sin recibir los vidrios templados de la fase 2 de Parque Delicias (nuestro pedido PC-2026-1184, vuestra confirmación OV-ES-2026-0392). La entrega estaba confirmada para el 26 de noviembre y a día de hoy no tenemos ni fecha.

Tenemos la grúa y el equipo de montaje parados y la dirección facultativa nos está apretando con el plazo de la obra.

Te recuerdo que el contrato prevé una penalización del 0,5 % del importe del pedido por cada día laborable de retraso. Si el lunes 7 no tenemos el material en obra, empezaremos a aplicarla en la próxima certificación.

Necesito hoy mismo una fecha de entrega en firme. Llámame al móvil en cuanto leas esto.

Un saludo,

Carmen López
Jefa de Compras
Construcciones Aragón Sur S.A.
Móvil 659 40 21 88
"""
    html = html_wrap(f'<div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">{p_html(plain)}</div>', "es", charset="iso-8859-1", style="")
    root = Multi("alternative", [Text(plain, "plain", "iso-8859-1", "quoted-printable"), Text(html, "html", "iso-8859-1", "quoted-printable")], exch_bnd(s, 0))
    hdr = [rp(frm_addr)] + s["trace"] + exch_headers(
        s, A("Carmen López", frm_addr, "iso-8859-1", "Q"), A("Javier Martínez", rcpt, "iso-8859-1", "Q"),
        SUBJ("URGENTE: retraso vidrios templados Parque Delicias - aplicación de penalización", "iso-8859-1", "Q"), lang="es-ES",
        cc=A("Lucía Fernández", "lucia.fernandez@examplegroup.eu", "iso-8859-1", "Q"))
    return hdr, root


@message(F, "es", "transportes-lazaro-recordatorio-pago",
         "Miguel Lázaro (carrier owner, Outlook via his cPanel hosting) reminds about two overdue invoices and says he cannot load on Monday unless paid; usual IBAN",
         "Known carrier from its real domain and the same hosting as its invoices, pressure but no new bank details, personal phone number.")
def b31():
    r = rng("b31")
    t = timez.local("de", 2026, 12, 14, 12, 0, 17)
    rcpt = "javier.martinez@example.com"
    frm_addr = "miguel@transporteslazaro.es"
    s = infra.cpanel_exim(r, t, rcpt, LAZARO_SRV[0], LAZARO_SRV[1], frm_addr, "88.26.211.141", tz="de", ua_helo="OFICINA-MIGUEL")
    body = f"""Hola Javier,

Te escribo porque tenemos pendientes las facturas F-2026-0861 (septiembre, 7.912,35 €) y F-2026-0947 (octubre, 8.954,90 €). La de septiembre venció el 2 de noviembre.

Ya sabes que somos una empresa pequeña y no puedo seguir adelantando el gasoil. Si esta semana no recibimos al menos la de septiembre, el lunes no podré cargar los dos camiones que tenéis programados para Valencia.

La cuenta es la de siempre (Ibercaja, {fmt_iban(BANK['lazaro'])}). Si ya lo habéis pagado, mándame el justificante y olvidamos el tema.

Un abrazo,
Miguel Lázaro
Transportes Hermanos Lázaro S.L.
Móvil 620 118 437
"""
    root = Text(body, "plain", "windows-1252", "quoted-printable")
    hdr = [rp(frm_addr)] + s["trace"] + outlook_desktop_headers(
        r, s, A("Miguel Lázaro", frm_addr, "windows-1252", "Q"), A("Javier Martínez", rcpt, "windows-1252", "Q"),
        "Facturas pendientes septiembre y octubre", "transporteslazaro.es", lang="es")
    return hdr, root
