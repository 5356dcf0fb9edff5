"""Genuine business messages 27-31 (Spanish)."""
import files
import infra
import util
from business_en import docusign_body
from company import BANK, VAT
from compose import A, E, S, T, alt, html_gmail, html_outlook, mixed, msg
from mime import Leaf, addr, ew
from util import berlin, fmt_iban

RAMIREZ_TENANT = "9d3f6b21-4c8e-47a0-b1d5-3e27f08c6a94"


def build():
    # ------------------------------------------------------------ 27 carrier invoice (Google Workspace)
    dt = berlin(2026, 10, 29, 13, 30, 18)
    r = util.rng("b27")
    p = infra.gmail(r, dt, E("es_acc"), host="mail-wr1-f65.google.com", ip="209.85.221.65", zone="ES")
    text = """Buenos días, Lucía:

Te adjunto la factura F-2026/0612 correspondiente a los portes de octubre (7 servicios Haro/Logroño - Mainz y 2 servicios a Burdeos).

Base imponible: 8.149,75 €
IVA 21 %%: 1.711,45 €
Total: 9.861,20 €

Vencimiento a 30 días por transferencia a la cuenta de siempre en Ibercaja (%s).

Cualquier cosa me dices.

Un saludo,

Raúl Ortega
Transportes Hermanos Ortega S.L.
Polígono El Mazo, parcela 12 - 26200 Haro (La Rioja)
Tel. 941 31 08 44
""" % fmt_iban(BANK["ortega"])
    pdf = files.pdf([(14, "TRANSPORTES HERMANOS ORTEGA S.L.", "B"), "CIF " + VAT["ortega"] + " - Pol. El Mazo 12, 26200 Haro",
                     "", (12, "FACTURA F-2026/0612 - 28/10/2026", "B"),
                     "Cliente: Example Group España S.L. - NIF " + VAT["eg_es"], "",
                     "7 x Haro/Logroño - Mainz (DE), completo 33 palets      6.720,00",
                     "2 x Haro - Burdeos (FR), grupaje                          1.429,75", "",
                     "Base imponible 8.149,75   IVA 21% 1.711,45   TOTAL 9.861,20 EUR",
                     "Forma de pago: transferencia 30 días - Ibercaja " + fmt_iban(BANK["ortega"])],
                    title="F-2026-0612", producer="a3ERP", created="20261028171000+01'00'")
    body = mixed(p, alt(p, T(text, "UTF-8", "quoted-printable"), T(html_gmail(text), "UTF-8", "quoted-printable", sub="html")),
                 A("application/pdf", pdf, "F-2026-0612.pdf"))
    msg("27-es-ortega-factura-portes-octubre.eml", "business", "es", p, E("es_acc"), dt, "administracion@transportesortega.es",
        [("From", addr("Transportes Hermanos Ortega", "administracion@transportesortega.es")),
         ("To", addr("Lucía Fernández", E("es_acc"), "UTF-8", "Q")),
         ("Subject", "Factura F-2026/0612 portes octubre")],
        body,
        "Genuine monthly carrier invoice of the Rioja road haulier sent from its Google Workspace mailbox",
        "Known carrier on its own domain via Google's servers; invoice PDF with correct VAT arithmetic; payment to the "
        "usual Ibercaja account.", order="gmail")

    # ------------------------------------------------------------ 28 genuine customer order (HoReCa distributor)
    dt = berlin(2026, 10, 13, 10, 48, 52)
    r = util.rng("b28")
    p = infra.exim_cpanel(r, dt, E("es_mgr"), "es-cp14.webempresa.eu", "185.2.101.77", "compras@dhnorte.es",
                          client_ip="85.84.131.20", zone="ES", mailer=("X-Mailer", "Microsoft Outlook 16.0"))
    text = """Hola Javier:

Te paso el pedido para la campaña de Navidad:

- Rioja Crianza 2022: 120 cajas (6 x 75 cl)
- Rioja Reserva 2020: 60 cajas (6 x 75 cl)
- Rioja Blanco Viura 2025: 40 cajas (6 x 75 cl)

Entrega en nuestro almacén de Zamudio como siempre, antes del 4 de diciembre. Precios según tarifa 2026 y pago a 30 días, como de costumbre.

Adjunto el pedido en PDF.

Un saludo,

Ander Etxeberria
Compras
Distribuciones Hostelería del Norte S.L.
Parque Tecnológico, Edificio 204 - 48170 Zamudio (Bizkaia)
Tel. 944 03 27 19
"""
    pdf = files.pdf([(14, "DISTRIBUCIONES HOSTELERÍA DEL NORTE S.L.", "B"), "CIF " + VAT["dhnorte"], "",
                     (12, "PEDIDO DHN-2026-0917 - 13/10/2026", "B"), "Proveedor: Example Group España S.L.", "",
                     "120 cajas  Rioja Crianza 2022 (6x75cl)", "60 cajas   Rioja Reserva 2020 (6x75cl)",
                     "40 cajas   Rioja Blanco Viura 2025 (6x75cl)", "",
                     "Entrega: almacén Zamudio, antes del 04/12/2026", "Condiciones: tarifa 2026, pago 30 días"],
                    title="Pedido DHN-2026-0917", producer="Microsoft® Excel® para Microsoft 365",
                    created="20261013104000+02'00'")
    body = mixed(p, alt(p, T(text, "windows-1252", "quoted-printable"),
                        T(html_outlook(text, "windows-1252", "ES"), "windows-1252", "quoted-printable", sub="html")),
                 A("application/pdf", pdf, "Pedido_DHN-2026-0917.pdf"))
    msg("28-es-pedido-navidad-cliente-horeca.eml", "business", "es", p, E("es_mgr"), dt, "compras@dhnorte.es",
        [("From", addr("Compras DH Norte", "compras@dhnorte.es")),
         ("To", addr("Javier Martínez", E("es_mgr"), "windows-1252", "Q")),
         ("Subject", "Pedido Navidad DHN-2026-0917")],
        body,
        "Genuine Christmas order of an existing HoReCa distributor, delivery to its own warehouse on usual terms",
        "Established customer on its own domain (shared cPanel hosting, its usual Outlook), delivery to its known "
        "warehouse, standard tariff and 30-day terms already agreed; nothing new or rushed.", pair="A28")

    # ------------------------------------------------------------ 29 payroll agency: password-protected ZIP (genuine)
    dt = berlin(2026, 11, 27, 13, 2, 33)
    r = util.rng("b29")
    p = infra.exim_cpanel(r, dt, E("es_acc"), "es-cp09.webempresa.eu", "185.2.100.39", "nominas@gestoriaibanez.es",
                          client_ip="88.13.204.51", zone="ES")
    pw = "Lgr-Ib26#nov"
    pdfs = [("Nominas_EG_Espana_2026-11.pdf", files.pdf([(12, "Nóminas noviembre 2026 - Example Group España S.L.", "B"),
                                                         "9 trabajadores - total líquido: 21.384,55 EUR"],
                                                        title="Nominas 2026-11", producer="A3nom")),
            ("RLC_2026-11.pdf", files.pdf([(12, "Recibo de Liquidación de Cotizaciones - 11/2026", "B"),
                                           "Total a ingresar: 8.912,40 EUR - cargo en cuenta 31/12/2026"],
                                          title="RLC 2026-11", producer="Sistema RED")),
            ("Resumen_costes_2026-11.pdf", files.pdf([(12, "Resumen de costes de personal 11/2026", "B"),
                                                      "Coste empresa total: 34.118,02 EUR"],
                                                     title="Resumen costes", producer="A3nom"))]
    z = files.zip_crypto(pdfs, pw, "b29", when=(2026, 11, 27, 12, 55, 0))
    text = """Hola Lucía:

Te enviamos las nóminas de noviembre de 2026 de los 9 trabajadores de Example Group España, junto con el recibo de liquidación de cotizaciones (RLC) y el resumen de costes.

Como siempre, el archivo va protegido con la contraseña que os enviamos por SMS en enero; por protección de datos no la incluimos en el correo.

El cargo en cuenta de los seguros sociales se realizará el 31 de diciembre.

Un saludo,

Marta Ibáñez
Departamento Laboral
Gestoría Ibáñez
Calle Portales 41, 2º - 26001 Logroño
Tel. 941 22 46 70
"""
    body = mixed(p, T(text, "iso-8859-1", "8bit"), A("application/zip", z, "Nominas_EG_2026-11.zip"))
    msg("29-es-gestoria-nominas-zip-protegido.eml", "business", "es", p, E("es_acc"), dt, "nominas@gestoriaibanez.es",
        [("From", addr("Gestoría Ibáñez - Nóminas", "nominas@gestoriaibanez.es", "iso-8859-1", "Q")),
         ("To", addr("Lucía Fernández", E("es_acc"), "iso-8859-1", "Q")),
         ("Subject", ew("Nóminas noviembre 2026 y seguros sociales", "iso-8859-1", "Q"))],
        body,
        "Genuine payroll documents from the payroll agency in a password-protected ZIP (ZipCrypto) containing three "
        "PDFs; the password was sent by SMS months ago and is not in the mail",
        "Known agency on its own domain; encrypted for data protection with an out-of-band password; archive holds "
        "only PDFs; a routine monthly mail. (Validator password: " + pw + ")",
        pair="A27,A25,A37", zip_pw={"Nominas_EG_2026-11.zip": pw})

    # ------------------------------------------------------------ 30 genuine DocuSign from Bodegas Ramírez (Spanish)
    dt = berlin(2026, 10, 28, 10, 15, 49)
    r = util.rng("b30")
    p = infra.docusign(r, dt, E("es_mgr"), eu=True)
    body = docusign_body(p, r, "Carmen Ramírez", "c.ramirez@bodegasramirez.es", "",
                         "Hola Javier:\n\nComo hablamos el martes, te envío la adenda de precios de la uva de la "
                         "vendimia 2026 para vuestra firma. Los precios por kilo son los acordados en la reunión.\n\n"
                         "Un saludo,\nCarmen", eu=True, lang="es")
    msg("30-es-docusign-ramirez-adenda-uva.eml", "business", "es", p, E("es_mgr"), dt, "bounces@eumail.docusign.net",
        [("From", addr("Carmen Ramírez a través de Docusign", "dse@eumail.docusign.net", "utf-8", "Q")),
         ("Reply-To", addr("Carmen Ramírez", "c.ramirez@bodegasramirez.es", "utf-8", "Q")),
         ("To", addr("Javier Martínez", E("es_mgr"), "utf-8", "Q")),
         ("Subject", ew("Complete con Docusign: Contrato compraventa uva Vendimia 2026 - Adenda de precios.pdf",
                        "utf-8", "Q"))],
        body,
        "Genuine DocuSign envelope (Spanish template) from the supplier Bodegas Ramírez with the grape-price addendum",
        "DocuSign's EU infrastructure, sender on the real bodegasramirez.es, link to eu.docusign.net; follows a real "
        "meeting; same topic as the fake DocuSign of attack 30.", pair="A30")

    # ------------------------------------------------------------ 31 genuine Teams invitation (text/calendar)
    dt = berlin(2026, 11, 16, 12, 40, 11)
    r = util.rng("b31")
    p = infra.exo(r, dt, E("es_mgr"), "bodegasramirez.es", "EUR02-DB5-obe.outbound.protection.outlook.com",
                  ("mail-db5eur02on2104.outbound.protection.outlook.com", "40.107.249.104"), RAMIREZ_TENANT,
                  lang="es-ES", region="eurprd02", pre="AS8P")
    join = ("https://teams.microsoft.com/l/meetup-join/19%%3ameeting_%s%%40thread.v2/0?context=%%7b%%22Tid%%22%%3a%%22%s"
            "%%22%%2c%%22Oid%%22%%3a%%22%s%%22%%7d" % (util.alnum(r, 48), RAMIREZ_TENANT, util.det_uuid(r)))
    desc = """Hola Javier:

Te propongo revisar el martes los precios de la cosecha 2026 y las condiciones de suministro para 2027; te mando después la propuesta por escrito.

________________________________________________________________________________
Reunión de Microsoft Teams
Unirse desde el equipo, la aplicación móvil o el dispositivo de la sala
Haga clic aquí para unirse a la reunión <%s>
Id. de reunión: 371 902 448 615
Código de acceso: Xy4pR9
Más información <https://aka.ms/JoinTeamsMeeting> | Opciones de reunión <https://teams.microsoft.com/meetingOptions/>
________________________________________________________________________________
""" % join
    ics = files.ics("040000008200E00074C5B7101A82E008000000%s" % util.hexid(r, 40, True),
                    ("Carmen Ramírez", "c.ramirez@bodegasramirez.es"), [("Javier Martínez", E("es_mgr"))],
                    "20261124T100000", "20261124T110000", "Revisión precios cosecha 2026 / condiciones 2027",
                    "Reunión de Microsoft Teams", desc, dt.strftime("%Y%m%dT%H%M%SZ"))
    html = html_outlook(desc, "utf-8", "ES", links={"Haga clic aquí para unirse a la reunión": join})
    body = alt(p, T(desc, "utf-8", "quoted-printable"), T(html, "utf-8", "quoted-printable", sub="html"),
               Leaf("text/calendar", ics, charset="utf-8", cte="base64", params=[("method", "REQUEST")]))
    msg("31-es-invitacion-teams-ramirez-genuina.eml", "business", "es", p, E("es_mgr"), dt, "c.ramirez@bodegasramirez.es",
        [("From", addr("Carmen Ramírez", "c.ramirez@bodegasramirez.es", "utf-8", "Q")),
         ("To", addr("Javier Martínez", E("es_mgr"), "utf-8", "Q")),
         ("Subject", ew("Revisión precios cosecha 2026 / condiciones 2027", "utf-8", "Q"))],
        body,
        "Genuine Microsoft Teams meeting request (text/calendar) from the supplier's real tenant",
        "Real domain bodegasramirez.es via its Microsoft 365 tenant; join link on teams.microsoft.com with the "
        "sender's own tenant ID; same topic as the fake invitation of attack 31.", pair="A31", order="outlook")
