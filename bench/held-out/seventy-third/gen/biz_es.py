"""Spanish genuine business messages 27-31."""
from lib import *
import facts as F

HQL_M365 = dict(region="EURPRD06", srv="PA4PR06MB", eop=("EUR02", "AM0", "am0eur02"), lang="es-ES", hcs="windows-1252", henc="Q")


def b27():
    slug = "hidroquimica-factura-cloruro-ferrico"
    r = rng_for(slug)
    t = local("CET", 2026, 10, 22, 11, 48, 36)
    snd = "facturacion@hidroquimica-levante.es"
    rcpt = S("es_acc")[1]
    p = infra.m365(r, t, snd, rcpt, **HQL_M365)
    text = """Buenos días:

Adjuntamos la factura FV26-1432 correspondiente al suministro de cloruro férrico 40 %% a la EDAR Horta Nord (albarán 26/4418 del 20/10/2026, su pedido PO-ES-2026-0388).

Importe total: 11.070,90 €
Vencimiento: 21/12/2026 (60 días fecha factura)
Forma de pago: transferencia a nuestra cuenta habitual de CaixaBank, %s

Recuerde que puede descargar todas sus facturas en formato Facturae desde nuestro portal de clientes.

Un saludo,

Departamento de Facturación
Hidroquímica Levante, S.L.
Pol. Ind. Fuente del Jarro, C/ Ciudad de Sevilla 34 - 46988 Paterna (Valencia)
CIF %s - Tel. 961 32 47 80""" % (iban_fmt(F.HQL_IBAN), F.HQL_CIF)
    pdf = simple_pdf("Factura FV26-1432", [
        "# Hidroquímica Levante, S.L.",
        "Pol. Ind. Fuente del Jarro, C/ Ciudad de Sevilla 34 · 46988 Paterna · CIF " + F.HQL_CIF,
        "",
        "Cliente: Example Group Ibérica S.L. · CIF " + F.EG_ES_CIF,
        "Av. de les Corts Valencianes 58 · 46015 València",
        "",
        "## FACTURA FV26-1432 · Fecha: 22/10/2026",
        "Su pedido: PO-ES-2026-0388 · Albarán: 26/4418 (20/10/2026) · Destino: EDAR Horta Nord",
        "",
        "Cloruro férrico 40 % (UN 2582), cisterna             22,10 t × 395,00 €      8.729,50 €",
        "Portes ADR                                                                                420,00 €",
        "Base imponible                                                                          9.149,50 €",
        "IVA 21 %                                                                                  1.921,40 €",
        "**TOTAL FACTURA                                                                     11.070,90 €",
        "",
        "Vencimiento: 21/12/2026 · Transferencia a CaixaBank " + iban_fmt(F.HQL_IBAN),
    ], author="Facturacion", creator="Sage 200", producer="Sage 200", created=pdfdate(plus(t, -300)))
    html = html_outlook(text, "windows-1252", lang="ES")
    body = mixed(p, alt(p, text, html, "windows-1252", "quoted-printable"), [att(p, pdf, "FV26-1432.pdf")])
    return Mail(27, "es", slug, B, p, ("Facturación Hidroquímica Levante", snd), [S("es_acc")],
                "Factura FV26-1432 - Hidroquímica Levante, S.L.", body,
                what="Genuine chemicals invoice from the Spanish supplier's billing address (their Microsoft 365 tenant), PDF attached, usual CaixaBank account.",
                why="Real .es domain and tenant, references PO and delivery note, 60-day terms, known account named 'habitual', no urgency.",
                pair=[28], pair_note="Same supplier and same invoice number as look-alike bank change 28; the genuine invoice names the CaixaBank account that the attacker claims is 'blocked'.")


def b28():
    slug = "soler-albaran-descarga-hipoclorito"
    r = rng_for(slug)
    t = local("CET", 2026, 11, 4, 16, 5, 17)
    snd = "trafico@transportes-soler.es"
    rcpt = S("es_proc")[1]
    p = infra.outlook_classic(r, t, snd, rcpt, dict(kind="arsys"), pc="TRAFICO-PC", client_ip="88.27.141.203",
                              lang="es", hcs="iso-8859-15")
    text = """Hola Carmen,

te confirmamos la descarga de esta mañana en la EDAR Horta Nord:

- Cisterna: 4817-KZM / R-2210-BCD, conductor Vicente Peris
- Producto: hipoclorito sódico 14 %, UN 1791, 24.040 kg según báscula
- Llegada 07:42, descarga finalizada 09:15, sin incidencias
- Albarán firmado por vuestro operador de planta (J. Llorens)

Te adjunto el CMR y el albarán escaneados. La factura del porte la recibirás a final de mes como siempre.

Para la próxima carga del día 18 seguimos con el mismo horario de entrada, salvo que nos digas otra cosa.

Un saludo,

Departamento de Tráfico
Transportes Hermanos Soler S.L.
Camí del Mar s/n, 46500 Sagunt (València)
Tel. 962 65 88 40 - Móvil guardia 629 41 07 55"""
    pdf = simple_pdf("CMR y albarán 26-4437", [
        "# Transportes Hermanos Soler S.L.",
        "CMR / Carta de porte n.º 26-4437",
        "",
        "Remitente: Hidroquímica Levante S.L., Paterna",
        "Destinatario: Example Group Ibérica S.L. – EDAR Horta Nord",
        "Mercancía: Hipoclorito sódico 14 % – UN 1791, 8, GE III – 24.040 kg",
        "Vehículo: 4817-KZM / R-2210-BCD",
        "",
        "Llegada: 04/11/2026 07:42   Fin de descarga: 09:15",
        "Recibido conforme: J. Llorens (EDAR Horta Nord)",
    ], author="Trafico", creator="HP Scan", producer="HP Scan", created=pdfdate(plus(t, -2400)))
    body = mixed(p, Text(text, "plain", "iso-8859-15", "quoted-printable"), [att(p, pdf, "CMR_albaran_26-4437.pdf")])
    return Mail(28, "es", slug, B, p, ("Tráfico - Transportes Soler", snd), [S("es_proc")],
                "Confirmación descarga hipoclorito EDAR Horta Nord - CMR 26-4437", body,
                what="Genuine carrier delivery confirmation (Outlook via Arsys hosting): tanker discharge of sodium hypochlorite at the treatment plant, CMR and delivery note attached.",
                why="Real carrier domain and hosting path, precise operational details (plates, weights, times, plant operator), no payment request or links.")


def b29():
    slug = "rrhh-nominas-portal-aviso-intern"
    r = rng_for(slug)
    t = local("CET", 2026, 11, 30, 9, 5, 40)
    snd = S("es_acc")[1]
    rcpt = S("es_mgr")[1]
    p = infra.exchange_internal(r, t, snd, rcpt, server="exch01", client_ip="10.50.1.22", lang="es-ES")
    p.hcs = "iso-8859-15"
    text = """Hola a todos:

Las nóminas de noviembre ya están disponibles en el Portal del Empleado (intranet > Personas > Mis nóminas). La paga extraordinaria de Navidad se abonará junto con la nómina de diciembre, el día 18.

Aviso de seguridad: en otras empresas del sector están circulando correos que, en nombre de "Recursos Humanos", piden escanear un código QR o "verificar el IBAN" para cobrar la nómina o la paga extra. Os recuerdo que:

- RRHH nunca os pedirá por correo que confirméis vuestros datos bancarios ni que escaneéis códigos QR.
- El cambio de cuenta bancaria solo se puede hacer en el Portal del Empleado (con vuestra sesión habitual) o en persona, aportando el certificado de titularidad del banco.
- Cualquier correo sospechoso, reenviadlo a phishing@example.com o usad el botón "Notificar phishing" de Outlook.

Para cualquier duda sobre la nómina, estoy en la extensión 5120.

Un saludo,
Lucía Fernández
Administración y Personal
Example Group Ibérica S.L."""
    html = html_outlook(text, "iso-8859-15", lang="ES")
    body = alt(p, text, html, "iso-8859-15", "quoted-printable")
    return Mail(29, "es", slug, B, p, S("es_acc"), [("Personal España", "personal-es@example.com")],
                "Nóminas de noviembre disponibles - aviso de seguridad", body, rcpt=rcpt,
                what="Genuine internal HR/payroll notice from the Spanish office (Exchange → mail-int01): payslips available in the intranet portal, warning about QR/IBAN phishing.",
                why="Internal path and real sender, points to the intranet without links, states that HR never asks for IBAN confirmation or QR scans, offers an internal extension.",
                pair=[30], pair_note="Same topic (payroll, December bonus, IBAN, employee portal) as payroll quishing 30; genuine notice is internal, has no QR or link and warns against exactly that.")


def b30():
    slug = "newsletter-agua-saneamiento-brevo"
    r = rng_for(slug)
    t = local("CET", 2026, 11, 26, 8, 0, 4)
    snd = "boletin@aguaysaneamiento.es"
    rcpt = S("es_proc")[1]
    p = infra.brevo(r, t, snd, rcpt)
    unsub = "https://r.sp1-brevo.net/mk/un/v2/%s" % alnum(r, 64)
    base = "https://www.aguaysaneamiento.es"
    text = """Agua y Saneamiento - Boletín semanal n.º 47/2026

- Reutilización de aguas: el nuevo reglamento y los plazos para las EDAR de más de 10.000 h-e
%s/noticias/reglamento-reutilizacion-2026

- Sequía en la Comunitat Valenciana: la CHJ mantiene la prealerta en el sistema Júcar
%s/noticias/chj-prealerta-jucar

- Licitaciones: explotación y mantenimiento de EDAR en Castellón (3 lotes)
%s/licitaciones

- Jornada técnica: deshidratación de fangos y ahorro de polielectrolito, Valencia, 15 de diciembre
%s/agenda/jornada-fangos-valencia

Recibes este boletín porque te suscribiste con %s.
Darte de baja: %s

Agua y Saneamiento Ediciones S.L. - C/ Colón 18, 46004 València""" % (base, base, base, base, rcpt, unsub)
    html = """<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>
<body style="margin:0;background:#edf4f7;font-family:Arial,Helvetica,sans-serif;color:#203040">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="background:#0f6e8c;padding:18px 24px;color:#fff"><b style="font-size:22px">Agua y Saneamiento</b><br><span style="font-size:12px">Boletín semanal n.º 47/2026</span></td></tr>
<tr><td style="padding:22px 24px;font-size:15px;line-height:1.5">
<p><a href="%(b)s/noticias/reglamento-reutilizacion-2026?utm_source=brevo&amp;utm_campaign=b47" style="color:#0f6e8c;font-weight:bold">Reutilización de aguas: el nuevo reglamento y los plazos para las EDAR de más de 10.000 h-e</a></p>
<p><a href="%(b)s/noticias/chj-prealerta-jucar?utm_source=brevo&amp;utm_campaign=b47" style="color:#0f6e8c;font-weight:bold">Sequía en la Comunitat Valenciana: la CHJ mantiene la prealerta en el sistema Júcar</a></p>
<p><a href="%(b)s/licitaciones?utm_source=brevo&amp;utm_campaign=b47" style="color:#0f6e8c;font-weight:bold">Licitaciones: explotación y mantenimiento de EDAR en Castellón (3 lotes)</a></p>
<p><a href="%(b)s/agenda/jornada-fangos-valencia?utm_source=brevo&amp;utm_campaign=b47" style="color:#0f6e8c;font-weight:bold">Jornada técnica: deshidratación de fangos y ahorro de polielectrolito, Valencia, 15 de diciembre</a></p>
</td></tr>
<tr><td style="padding:14px 24px;background:#f2f6f8;font-size:11px;color:#667">Recibes este boletín porque te suscribiste con %(rc)s. <a href="%(u)s" style="color:#667">Darte de baja</a><br>Agua y Saneamiento Ediciones S.L. - C/ Colón 18, 46004 València</td></tr>
</table>
<img width="1" height="1" src="https://r.sp1-brevo.net/tr/op/%(px)s" alt="">
</body></html>
""" % dict(b=base, rc=rcpt, u=unsub, px=alnum(r, 64))
    body = alt(p, text, html, "utf-8", "quoted-printable")
    return Mail(30, "es", slug, B, p, ("Agua y Saneamiento", snd), [S("es_proc")],
                "Boletín 47/2026: reutilización, sequía en el Júcar y licitaciones EDAR", body,
                extra=[("List-Unsubscribe", "<%s>, <mailto:unsubscribe@sendibt3.com?subject=unsub-%s>" % (unsub, hexs(r, 16))),
                       ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")],
                what="Subscribed Spanish trade newsletter sent through Brevo with List-Unsubscribe (one-click).",
                why="Publisher's own domain in content links, consistent Brevo infrastructure, proper unsubscribe headers, editorial content only.",
                pair=[20], pair_note="Uses the same ESP (Brevo) as the Aruba phishing 20 and Companies House lure 11 – the ESP alone is not a verdict.")


def b31():
    slug = "mancomunitat-queja-turbidez"
    r = rng_for(slug)
    t = local("CET", 2026, 10, 16, 13, 37, 51)
    snd = "vferrer@aigueshortanord.es"
    rcpt = S("es_mgr")[1]
    p = infra.gmail(r, t, snd, rcpt)
    text = """Buenas tardes Javier:

Te escribo en relación con la incidencia de turbidez en la red de agua potable del sector Massamagrell de ayer por la tarde. Entre las 17:00 y las 22:30 recibimos en la Mancomunitat 46 avisos de vecinos por agua turbia, y el analizador en línea del depósito de cabecera registró picos de 3,8 UNF.

Según nos indicó vuestro jefe de turno, la causa fue la maniobra de válvulas para la reparación de la tubería de DN 300 en el Camí Fondo, pero no se nos comunicó con antelación, tal y como establece el protocolo de comunicación del contrato.

Os pedimos, por favor:
1. Un informe de la incidencia con las maniobras realizadas y los resultados analíticos (turbidez, cloro libre) de los puntos de control de ayer y hoy.
2. Confirmación de que el agua cumple el RD 3/2023 en todo el sector.
3. Que las próximas maniobras programadas se nos comuniquen con al menos 48 h de antelación.

El lunes tenemos Junta de Gobierno y necesitamos poder informar a los alcaldes.

Gracias y un saludo,

Vicent Ferrer Ballester
Cap del Servei d'Aigües
Mancomunitat d'Aigües de l'Horta Nord
Tel. 961 44 20 18"""
    body = alt(p, text, html_gmail(text), "UTF-8", "quoted-printable")
    return Mail(31, "es", slug, B, p, ("Vicent Ferrer Ballester", snd), [S("es_mgr")],
                "Incidencia turbidez sector Massamagrell - solicitud de informe", body,
                what="Genuine customer (municipal water association) complaint about a turbidity incident after valve operations, requesting a report and compliance confirmation (Google Workspace).",
                why="Customer's own domain on Google's infrastructure, precise operational and regulatory details (RD 3/2023), contractual reference, no links or payment, plausible urgency (board meeting).")


def build():
    return [b27(), b28(), b29(), b30(), b31()]
