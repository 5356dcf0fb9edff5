"""Spanish genuine business messages (27-31)."""
import checkdigits as cd
from company import S, BANK
from common import pdf_att, zip_att, photo_att
from files import pdf
from infra import TLS12, TLS13

CIF_EG = cd.es_cif("B", "9841726")
CIF_HARINERA = cd.es_cif("A", "4603318")
CIF_GIL = cd.es_cif("B", "1227465")


def messages():
    M = []
    # ----------------------------------------------------------------- 27
    M.append(dict(
        slug="asesoria-verifactu-proximos-pasos",
        date="2026-11-19 18:12:40", zone="ES",
        frm=("Marta Soler", "msoler@vidalsoler-asesores.es"), to=[S("es_acc")], cc=[S("es_mgr")],
        subject="VERI*FACTU: situación de Example Group Iberia y próximos pasos",
        via="smtp_client",
        via_opts=dict(client="outlook", out=("mail.vidalsoler-asesores.es", "mail.vidalsoler-asesores.es", "217.116.0.141"),
                      sub_host="mail.vidalsoler-asesores.es", public_ip="88.12.104.77",
                      public_rdns="77.red-88-12-104.staticip.rima-tde.net", zone="ES"),
        charset="windows-1252", cte="quoted-printable", html="auto", clang="es", plain_links="outlook",
        text="""Hola Lucía:

Te resumo lo que hablamos ayer por teléfono sobre VERI*FACTU.

Tras el aplazamiento aprobado a finales de 2025, la obligación para sociedades empieza el 1 de enero de 2027. Vuestro ERP (Sage 200) ya tiene versión adaptada y el fabricante ha publicado la declaración responsable del software, así que vosotros no tenéis que presentar ni "validar" nada ante la AEAT.

Lo que sí os recomiendo:
1) actualizar Sage 200 a la versión adaptada antes del 15/12;
2) hacer una prueba de emisión en el entorno de pruebas con una serie ficticia;
3) revisar las series de facturación de las tiendas (TPV de las cafeterías) con el proveedor del TPV.

Ojo: están circulando correos falsos, supuestamente de la Agencia Tributaria, que piden "validar" el software con Cl@ve o certificado desde un enlace. La AEAT no envía enlaces así; si os llega alguno, reenviádmelo antes de hacer nada.

Cualquier duda, me llamas.

Un abrazo,
Marta

Marta Soler Ibáñez
Asesoría Vidal & Soler, S.L.P.
C/ Colón 42, 3.º - 46004 València
Tel. 963 52 18 40""",
        what="Genuine note from the Spanish office's tax adviser about VERI*FACTU readiness after a phone call.",
        why="Known adviser on her firm's own domain and mail server; concrete and correct guidance (the software vendor issues the declaración responsable); no link to any login; explicitly warns about AEAT-themed phishing.",
        pair=["aeat-verifactu-validacion"],
        pair_note="Same VERI*FACTU topic; the adviser's note asks for no login and warns about fake AEAT e-mails, the attack asks to 'validate' the software with Cl@ve on a look-alike Sede.",
    ))
    # ----------------------------------------------------------------- 28
    M.append(dict(
        slug="harinera-factura-cuenta-habitual",
        date="2026-11-16 12:40:11", zone="ES",
        frm=("Harinera del Turia - Administración", "administracion@harineradelturia.es"), to=[S("es_acc")],
        subject="Factura FV26-004418 - Harinera del Turia",
        via="smtp_client",
        via_opts=dict(client="thunderbird", out=("mail.harineradelturia.es", "mail.harineradelturia.es", "91.126.217.34"),
                      sub_host="mail.harineradelturia.es", public_ip="91.126.217.33",
                      public_rdns="33.217.126.91.dyn.user.ono.com", zone="ES"),
        clang="es-ES",
        charset="iso-8859-15", cte="8bit",
        text="""Buenos días:

Adjuntamos la factura FV26-004418 correspondiente a los suministros de la semana 46 (harina de trigo T-55 y T-65, 24.000 kg).

Importe total: 11.947,50 € (IVA incluido)
Vencimiento: 60 días fecha factura
Forma de pago: transferencia a nuestra cuenta de siempre en CaixaBank, %s

Un saludo,

Departamento de Administración
Harinera del Turia, S.A. - CIF %s
Camí del Molí 3 - 46940 Manises (València)
Tel. 961 52 08 17""" % (cd.iban_fmt(BANK["harinera"]), CIF_HARINERA),
        attach=[pdf_att("FV26-004418.pdf", [
            "# Harinera del Turia, S.A.", "Factura FV26-004418 - 13/11/2026", "CIF " + CIF_HARINERA, "",
            "Cliente: Example Group Iberia S.L., CIF " + CIF_EG, "---",
            "Harina de trigo T-55, sacos 25 kg    16.000 kg   0,46 EUR/kg   7.360,00 EUR",
            "Harina de trigo T-65, sacos 25 kg     8.000 kg   0,50 EUR/kg   4.000,00 EUR",
            "Base imponible 11.360,00 EUR   IVA 4% 454,40 EUR",
            "Portes 110,00 EUR   IVA 21% 23,10 EUR (incluidos en total) ",
            "## Total factura 11.947,50 EUR", "---",
            "Vencimiento 12/01/2027 - Transferencia CaixaBank " + cd.iban_fmt(BANK["harinera"])],
            title="FV26-004418", producer="a3ERP", created="20261116123811+01'00'")],
        what="Genuine weekly invoice from the flour mill, sent from its own mail server, with the usual CaixaBank account.",
        why="Known supplier domain and server, Thunderbird client, invoice PDF, explicitly the long-standing account; no signature workflow or bank change.",
        pair=["docusign-abuso-datos-bancarios"],
        pair_note="Same supplier; the genuine invoice comes from harineradelturia.es with the known CaixaBank account, the attack is a DocuSign envelope from a Gmail-based account asking to 'sign' new bank details.",
    ))
    # ----------------------------------------------------------------- 29
    alb = [("CMR_%d_%s.pdf" % (4471 + i, d),
            pdf(["# Transportes Hermanos Gil S.L.", "CMR / Albarán %d - %s" % (4471 + i, d.replace("-", "/")),
                 "Origen: Example Group Iberia, Riba-roja de Túria", "Destino: %s" % dest, "---",
                 "Palets: %d  -  Mercancía: bollería congelada (-18 C)" % pal,
                 "Firmado por el receptor: %s" % rec], title="CMR %d" % (4471 + i), producer="Gil TMS"))
           for i, (d, dest, pal, rec) in enumerate([
               ("16-11-2026", "Cafetería Ruzafa, València", 2, "R. Giménez"),
               ("17-11-2026", "Tienda Castelló Centre", 3, "M. Ortí"),
               ("18-11-2026", "Tienda Gandia Platja", 2, "J. Ferrer"),
               ("19-11-2026", "Hotel Las Arenas, València", 4, "Recepción"),
               ("20-11-2026", "Tienda Castelló Grau", 3, "A. Sanz")])]
    M.append(dict(
        slug="transportes-gil-albaranes-zip",
        date="2026-11-23 17:58:05", zone="ES",
        frm=("Transportes Gil - Tráfico", "trafico@transportesgil.es"), to=[S("es_mgr")],
        subject="Albaranes firmados semana 47 - rutas Valencia/Castellón",
        via="m365", via_opts=dict(region="EUR", lang="es-ES", tenant="transportesgil.es"),
        charset="iso-8859-1", cte="quoted-printable", html="auto",
        text="""Buenas tardes Javier,

Os enviamos en el ZIP los albaranes firmados (CMR) de las entregas de la semana 47, rutas Valencia y Castellón, para que podáis cuadrar la facturación del mes.

Total: 5 entregas, 14 palets. Hubo una incidencia el martes en Castelló Centre (llegamos 40 minutos tarde por un corte en la N-340), ya lo hablamos con la encargada.

Cualquier cosa, llamad a Raúl al 961 66 30 19.

Saludos,
Departamento de Tráfico
Transportes Hermanos Gil, S.L.
Pol. Ind. El Oliveral, C/ F, 12 - 46394 Riba-roja de Túria""",
        attach=[zip_att("Albaranes_S47_2026.zip", alb, date_time=(2026, 11, 23, 17, 50, 12))],
        what="Genuine weekly mail from the carrier's dispatch with a plain ZIP of signed delivery notes (PDFs).",
        why="Known carrier on its Microsoft 365 tenant; ZIP is not encrypted and contains only text PDFs; content matches actual deliveries; phone contact given.",
        pair=["burofax-descarga-zip"],
        pair_note="Both deliver documents as an archive; the genuine carrier attaches an unencrypted ZIP of PDFs, the attack lures the manager to download a 'burofax' archive from a look-alike site.",
    ))
    # ----------------------------------------------------------------- 30
    M.append(dict(
        slug="queja-cliente-croissants-quemados",
        date="2026-11-27 20:15:37", zone="ES",
        frm=("Rosa Giménez", "rosagimenez71@hotmail.es"), to=[S("es_mgr")],
        subject="Queja pedidos cafetería Ruzafa - croissants quemados",
        via="m365", via_opts=dict(consumer=True, lang="es-ES"),
        charset="iso-8859-1", cte="quoted-printable", html="auto",
        text="""Buenas noches Javier,

Soy Rosa, la encargada de la Cafetería La Alquería en Ruzafa. Los dos últimos pedidos de croissants de mantequilla (martes 24 y jueves 26) han llegado con la base quemada, más o menos un 30 % de cada caja. Te adjunto una foto de la caja de hoy.

Necesito que me lo abonéis en la próxima factura y que me digáis si es un problema del lote, porque el sábado tengo mucho movimiento y no puedo servir eso.

Gracias,
Rosa Giménez
Cafetería La Alquería
Tel. 654 21 88 03""",
        attach=[photo_att(30, "IMG_20261127_191204.png")],
        what="Genuine customer complaint from a café manager (consumer Hotmail address) about burnt croissants, with a photo.",
        why="Known customer writing from her own mailbox; concrete delivery dates, product and share affected; asks for a credit note; photo attachment; no links.",
    ))
    # ----------------------------------------------------------------- 31
    unsub = "https://r.feriapanycafe.es/mk/un/sh/SMJz09Z3LEdGHeLmEdMOFR-xR8S/QfgT4nW0rEh2?e=javier.martinez%40example.com"
    M.append(dict(
        slug="newsletter-feria-pan-y-cafe",
        date="2026-10-21 10:00:05", zone="ES",
        frm=("Feria Pan y Café Valencia", "info@feriapanycafe.es"), to=[S("es_mgr")],
        subject="Feria Pan y Café 2027: abre la acreditación profesional gratuita",
        via="brevo",
        headers=[("List-Unsubscribe", "<%s>, <mailto:unsubscribe@feriapanycafe.es>" % unsub),
                 ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                 ("Precedence", "bulk")],
        charset="utf-8", cte="quoted-printable", html="brand",
        brand=dict(name="Feria Pan y Café 2027", color="#b5651d",
                   button=("Acreditarme gratis", "https://feriapanycafe.es/acreditacion?utm_source=brevo&utm_campaign=acreditacion2027"),
                   footer="Recibes este boletín porque te registraste en Feria Pan y Café.\nFeria Valencia · Av. de les Fires s/n · 46035 València\n[[Darse de baja|%s]]" % unsub),
        text="""¡Hola!

Ya está abierta la acreditación profesional gratuita para **Feria Pan y Café 2027**, que se celebrará del 8 al 10 de marzo en Feria Valencia.

Este año:
- más de 220 expositores de harinas, masas congeladas, maquinaria y café;
- el Campeonato de España de Croissant de Mantequilla;
- jornadas sobre VERI*FACTU y facturación en el sector, y sobre reducción del desperdicio alimentario.

La acreditación es gratuita hasta el 31 de enero para profesionales del sector.

[[Acreditarme gratis|https://feriapanycafe.es/acreditacion?utm_source=brevo&utm_campaign=acreditacion2027]]

¡Nos vemos en Valencia!
El equipo de Feria Pan y Café""",
        what="Subscribed trade-fair newsletter sent through Brevo with List-Unsubscribe.",
        why="Newsletter the manager registered for; ESP with one-click unsubscribe; links to the fair's own domain; no credential or payment request.",
    ))
    return M
